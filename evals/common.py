"""Shared helpers for the eval runner and benchmarks: datasets, a throw-away assistant, tables."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

DATASETS = Path(__file__).resolve().parent / "datasets"
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def load_jsonl(name: str) -> list[dict[str, Any]]:
    with open(DATASETS / name, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def normalise(text: str) -> str:
    """Lower case, straight quotes, no emphasis stars, single spaces: for evidence matching."""
    return " ".join(text.translate(_QUOTES).replace("*", "").split()).lower()


def scratch_assistant(**overrides: Any):
    """An Assistant over the shipped knowledge in a new temporary data folder."""
    from assistant.assistant import build
    from assistant.settings import Settings

    folder = tempfile.mkdtemp(prefix="sva-eval-")
    return build(Settings(data_dir=Path(folder), **overrides))


def table(headers: list[str], rows: list[list[Any]]) -> str:
    cells = [[str(h) for h in headers]] + [[f"{c:.3f}" if isinstance(c, float) else str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ChromaServer:
    """Chroma's own server (`chroma run`, installed with chromadb) on 127.0.0.1, for the scale-out tests."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = None

    def start(self) -> "ChromaServer":
        import shutil
        import subprocess
        import sys
        import time
        import urllib.request

        binary = Path(sys.executable).with_name("chroma")
        binary = str(binary) if binary.exists() else shutil.which("chroma")
        log = open(self.path.parent / f"chroma-{self.port}.log", "w")
        env = {**os.environ, "ANONYMIZED_TELEMETRY": "False"}
        self.process = subprocess.Popen([binary, "run", "--path", str(self.path), "--host", "127.0.0.1",
                                         "--port", str(self.port)], stdout=log, stderr=subprocess.STDOUT, env=env)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                urllib.request.urlopen(f"{self.url}/api/v2/heartbeat", timeout=1)
                return self
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"the Chroma server did not start: {(self.path.parent / f'chroma-{self.port}.log').read_text()[-1000:]}")

    def restart(self) -> "ChromaServer":
        """Start again on the same port and data, as after an outage."""
        self.stop()
        return self.start()

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=20)
            self.process = None
