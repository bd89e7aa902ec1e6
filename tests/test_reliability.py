"""Faults: SIGKILL in the middle of an ingest, and two ingests plus a stream of questions at once (real processes)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from assistant.assistant import build
from assistant.settings import Settings
from evals.faults import chunk_counts, ingest_and_kill, report_folder

REPO = Path(__file__).resolve().parents[1]


def _env(data: Path) -> dict[str, str]:
    return {**os.environ, "SVA_DATA_DIR": str(data), "SVA_LLM_PROVIDER": "none", "SVA_LOG_LEVEL": "WARNING"}


def _consistent(data: Path) -> dict[str, int]:
    """The record matches the store: every source complete, its chunk count in Chroma, nothing else there."""
    assistant = build(Settings(data_dir=data), index_shipped=False)
    records = {r.source: r for r in assistant.sources()}
    chunks = assistant.store.all_chunks()
    by_source = chunk_counts(assistant)
    assert all(r.status == "complete" for r in records.values()), [r for r in records.values() if r.status != "complete"]
    assert by_source == {name: r.chunks for name, r in records.items()}
    assert len({h.id for h in chunks}) == len(chunks) == assistant.store.count()
    return by_source


def test_sigkill_mid_ingest_then_rerun_leaves_a_complete_consistent_store(tmp_path):
    folder = report_folder(tmp_path / "inbox", "wirral", files=24)
    data = tmp_path / "data"
    command = [sys.executable, "-m", "assistant.cli", "ingest", str(folder)]
    killed_with = ingest_and_kill(folder, data, "wirral", REPO, after=4)
    assert "pending" in killed_with, "the ingest finished before it could be killed part-way"

    rerun = subprocess.run(command + ["--json"], env=_env(data), cwd=REPO, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    report = json.loads(rerun.stdout)
    assert not report["errors"]
    by_source = _consistent(data)
    assert sorted(s for s in by_source if s.startswith("wirral-")) == [f"wirral-{i:02d}.txt" for i in range(24)]


def test_two_ingests_and_questions_at_once(tmp_path):
    data = tmp_path / "data"
    build(Settings(data_dir=data))  # the shipped knowledge, so questions have something to answer from
    one = report_folder(tmp_path / "one", "halton", files=8)
    two = report_folder(tmp_path / "two", "sefton", files=8)
    asker = tmp_path / "asker.py"
    asker.write_text(
        "import json, sys, time\n"
        "from assistant.assistant import build\n"
        "a = build(index_shipped=False)\n"
        "answers, errors, end = 0, [], time.time() + float(sys.argv[1])\n"
        "while time.time() < end:\n"
        "    try:\n"
        "        r = a.ask('What is the Partner VCFSE commitment?')\n"
        "        answers += 1 if r.grounded and r.citations else 0\n"
        "    except Exception as exc:\n"
        "        errors.append(repr(exc))\n"
        "print(json.dumps({'answers': answers, 'errors': errors}))\n",
        encoding="utf-8",
    )
    ingests = [subprocess.Popen([sys.executable, "-m", "assistant.cli", "ingest", str(folder), "--json"], env=_env(data),
                                cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for folder in (one, two)]
    questions = subprocess.run([sys.executable, str(asker), "15"], env=_env(data), cwd=REPO, capture_output=True,
                               text=True, timeout=300)
    results = [p.communicate(timeout=300) for p in ingests]
    assert all(p.returncode == 0 for p in ingests), [r[1] for r in results]
    reports = [json.loads(out) for out, _ in results]
    assert all(not r["errors"] and len(r["ingested"]) == 8 for r in reports)
    asked = json.loads(questions.stdout)
    assert asked["errors"] == [] and asked["answers"] >= 3
    by_source = _consistent(data)
    assert {f"halton-{i:02d}.txt" for i in range(8)} | {f"sefton-{i:02d}.txt" for i in range(8)} <= set(by_source)
