"""Token-aware chunking with tiktoken's cl100k_base, keeping the section heading with each chunk."""

from __future__ import annotations

import re

from langchain_core.documents import Document
from langchain_text_splitters import RecursiveCharacterTextSplitter

from assistant.offline import ensure_tiktoken_offline
from assistant.text import TOKEN_ENCODING as ENCODING, count_tokens

_SENTENCE_BOUNDARY = re.compile(r"(?:[.!?:;][\"'”’)]*|\n)\s*$")
_LINE_BREAK = re.compile(r"[ \t]*\n")  # a piece cut where its line ends (a list item, a heading) is whole


class Chunker:
    """Splits page- or section-level Documents into chunks of at most ``chunk_tokens`` tokens."""

    def __init__(self, chunk_tokens: int = 180, chunk_overlap: int = 30) -> None:
        if chunk_overlap >= chunk_tokens:
            raise ValueError("chunk_overlap must be smaller than chunk_tokens")
        self.chunk_tokens = chunk_tokens
        self.chunk_overlap = chunk_overlap
        ensure_tiktoken_offline()  # LangChain's splitter asks tiktoken for cl100k_base by name

    def _splitter(self, budget: int) -> RecursiveCharacterTextSplitter:
        return RecursiveCharacterTextSplitter.from_tiktoken_encoder(
            encoding_name=ENCODING,
            chunk_size=budget,
            chunk_overlap=min(self.chunk_overlap, budget // 3),
            separators=["\n\n", "\n", ". ", "; ", ", ", " ", ""],
        )

    def split(self, docs: list[Document]) -> list[Document]:
        chunks: list[Document] = []
        for doc in docs:
            heading = doc.metadata.get("section")
            prefix = f"{heading}\n" if heading else ""
            budget = max(self.chunk_tokens - count_tokens(prefix), 32)
            text, position = doc.page_content, 0
            for piece in self._splitter(budget).split_text(text):
                piece = piece.strip()
                if not piece:
                    continue
                metadata = dict(doc.metadata)
                found = text.find(piece, position)
                if found > 0 and not _SENTENCE_BOUNDARY.search(text[:found]):
                    metadata["cut_start"] = True  # begins mid-sentence: its first sentence is not quotable
                if found >= 0:
                    position = found + 1
                    after = text[found + len(piece):]
                    if after.strip() and not _SENTENCE_BOUNDARY.search(piece) and not _LINE_BREAK.match(after):
                        metadata["cut_end"] = True  # ends mid-sentence: its last sentence is not quotable
                chunks.append(Document(page_content=prefix + piece, metadata=metadata))
        for index, chunk in enumerate(chunks):
            chunk.metadata["chunk"] = index
        return chunks
