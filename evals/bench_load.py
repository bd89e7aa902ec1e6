"""Load on loopback: N users asking through the app's HTTP API (gradio_client) for a fixed time.

Reports throughput, p50/p95 latency and errors per level of concurrency, against one user as the baseline
measured in the same run. Answers are extractive (SVA_LLM_PROVIDER=none) unless --provider says otherwise,
so the figures are the app, retrieval and queue, not the language model.
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

from evals.common import table

QUESTIONS = [
    "What is the Partner VCFSE commitment?",
    "How long should tenders relevant to VCFSEs stay open?",
    "Which measure counts volunteering hours for charities?",
    "How much of the score should social value carry?",
    "What is the employment rate in Liverpool?",
]
REPO = Path(__file__).resolve().parents[1]


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_app(provider: str = "none", concurrency: int = 2) -> tuple[subprocess.Popen, str]:
    data = Path(tempfile.mkdtemp(prefix="sva-load-"))
    port = _port()
    env = {**os.environ, "SVA_DATA_DIR": str(data), "SVA_LLM_PROVIDER": provider,
           "SVA_APP_CONCURRENCY": str(concurrency), "GRADIO_ANALYTICS_ENABLED": "False"}
    process = subprocess.Popen([sys.executable, "-m", "assistant.cli", "app", "--port", str(port)], env=env, cwd=REPO,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/"
    for _ in range(600):
        try:
            urllib.request.urlopen(url, timeout=1)
            return process, url
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("the app did not start")


def _user(url: str, seconds: float, latencies: list[float], errors: list[str], index: int) -> None:
    from gradio_client import Client

    client = Client(url, verbose=False)
    end = time.time() + seconds
    n = index
    while time.time() < end:
        question = QUESTIONS[n % len(QUESTIONS)]
        n += 1
        start = time.perf_counter()
        try:
            result = client.predict(question, [], "All of Cheshire and Merseyside", False, api_name="/ask")
            chat = result[0]
            if not chat or "[" not in str(chat[-1].get("content", "")):
                errors.append("answer without a citation")
        except Exception as exc:  # counted, never raised: the point is to see them
            errors.append(type(exc).__name__)
        latencies.append(time.perf_counter() - start)


def run(levels: tuple[int, ...] = (1, 4, 8), seconds: float = 20.0, provider: str = "none") -> dict[str, Any]:
    process, url = start_app(provider)
    rows, results = [], {}
    try:
        _user(url, 3, [], [], 0)  # warm up
        for users in levels:
            latencies: list[float] = []
            errors: list[str] = []
            threads = [threading.Thread(target=_user, args=(url, seconds, latencies, errors, i)) for i in range(users)]
            start = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            elapsed = time.perf_counter() - start
            ordered = sorted(latencies)
            stats = {
                "requests": len(latencies), "errors": len(errors), "error_kinds": sorted(set(errors)),
                "throughput_per_s": len(latencies) / elapsed,
                "p50_s": statistics.median(ordered) if ordered else None,
                "p95_s": ordered[int(0.95 * (len(ordered) - 1))] if ordered else None,
            }
            results[users] = stats
        base = results[levels[0]]
        for users, stats in results.items():
            stats["throughput_ratio"] = stats["throughput_per_s"] / base["throughput_per_s"]
            stats["p50_ratio"] = stats["p50_s"] / base["p50_s"]
            rows.append([users, stats["requests"], stats["errors"], stats["throughput_per_s"], stats["throughput_ratio"],
                         stats["p50_s"], stats["p95_s"], stats["p50_ratio"]])
    finally:
        process.terminate()
        process.wait(timeout=30)
    return {"seconds": seconds, "provider": provider, "levels": results, "rows": rows}


def render(results: dict[str, Any]) -> str:
    return (f"Load: users asking through the app's HTTP API for {results['seconds']:.0f} s per level "
            f"(provider {results['provider']}; queue concurrency 2)\n"
            + table(["users", "requests", "errors", "req/s", "x 1 user", "p50 s", "p95 s", "p50 x 1 user"], results["rows"]))
