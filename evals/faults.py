"""Fault injectors shared by the tests and the reliability report: a misbehaving model server on loopback,
and a folder of reports to ingest (and kill part-way)."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class BadModelServer:
    """An OpenAI-compatible endpoint that is slow (``delay`` seconds) or replies with garbage."""

    def __init__(self, mode: str, delay: float = 5.0) -> None:
        self.mode, self.delay = mode, delay
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # quiet
                pass

            def do_POST(self) -> None:  # noqa: N802
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if outer.mode == "slow":
                    time.sleep(outer.delay)
                body = b"<html>502 Bad Gateway</html>" if outer.mode == "garbage" else json.dumps({
                    "id": "x", "object": "chat.completion", "created": 0, "model": "m",
                    "choices": [{"index": 0, "finish_reason": "stop",
                                 "message": {"role": "assistant", "content": "Too late."}}],
                }).encode()
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> "BadModelServer":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def report_folder(path: Path, prefix: str, files: int, paragraphs: int = 40) -> Path:
    """``files`` text reports of ``paragraphs`` paragraphs each (about 10 chunks a file)."""
    path.mkdir(parents=True)
    for i in range(files):
        text = "\n\n".join(
            f"{prefix} report {i}, section {p}: the {prefix} project supported {i * 10 + p} local volunteers "
            f"with food parcels, befriending and advice sessions across the borough this quarter."
            for p in range(paragraphs)
        )
        (path / f"{prefix}-{i:02d}.txt").write_text(text, encoding="utf-8")
    return path


def ingest_and_kill(folder: Path, data: Path, prefix: str, repo: Path, after: int = 3, timeout: float = 120) -> list[str]:
    """Start ``sva ingest folder`` in its own process and SIGKILL it once ``after`` of its sources are recorded
    and one is half-indexed (``pending``); returns the statuses seen at the kill ([] if it finished first)."""
    import os
    import signal
    import sqlite3
    import subprocess
    import sys

    env = {**os.environ, "SVA_DATA_DIR": str(data), "SVA_LLM_PROVIDER": "none", "SVA_LOG_LEVEL": "WARNING"}
    process = subprocess.Popen([sys.executable, "-m", "assistant.cli", "ingest", str(folder)], env=env, cwd=repo,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seen: list[str] = []
    deadline = time.time() + timeout
    while time.time() < deadline and process.poll() is None:
        try:
            with sqlite3.connect(data / "sources.sqlite3", timeout=1) as db:
                statuses = [s for (s,) in db.execute("SELECT status FROM sources WHERE source LIKE ?", (f"{prefix}-%",))]
        except sqlite3.Error:
            statuses = []
        if len(statuses) >= after and "pending" in statuses:
            os.kill(process.pid, signal.SIGKILL)
            seen = statuses
            break
        time.sleep(0.02)
    process.wait(timeout=30)
    return seen


def chunk_counts(assistant) -> dict[str, int]:
    """Chunks in the store per source, read from the store itself."""
    counts: dict[str, int] = {}
    for hit in assistant.store.all_chunks():
        counts[hit.metadata["source"]] = counts.get(hit.metadata["source"], 0) + 1
    return counts
