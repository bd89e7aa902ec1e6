"""Issue #20: hostile files (bombs built here), per-file isolation, unfinished ingests that never block,
CSV formula neutralisation, security headers, login throttle, private temp folder, host guard, visible names
and onnxruntime telemetry off."""

from __future__ import annotations

import csv
import io
import json
import os
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.csv_safety import neutralise, restore
from assistant.names import visible
from assistant.settings import Settings
from evals import bombs

REPO = Path(__file__).resolve().parents[1]


def _build(tmp_path: Path, **settings):
    from assistant.assistant import build

    return build(Settings(data_dir=tmp_path / "data", **settings), index_shipped=False)


def _good(tmp_path: Path) -> Path:
    path = tmp_path / "inbox" / "zz-good.md"
    path.parent.mkdir(exist_ok=True)
    path.write_text("# Halton\nThe Halton befriending service runs every Thursday.\n", encoding="utf-8")
    return path


def _peak_rss_kb() -> int:
    status = Path("/proc/self/status").read_text()
    return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")))


def _reset_peak_rss() -> int:
    """Reset this process's peak resident memory (Linux: clear_refs 5) and return the current resident memory."""
    Path("/proc/self/clear_refs").write_text("5")
    status = Path("/proc/self/status").read_text()
    return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")))


def _errors(report) -> dict[str, str]:
    return {e["source"]: e["error"] for e in report.errors}


# --- 1 and 2: bounded ingest, every failure inside one file is that file's error ------------------------------
def test_bombs_are_refused_in_seconds_and_the_good_file_in_the_same_call_goes_in(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    bombs.docx_bomb(inbox / "bomb.docx", inflated_mb=120)
    bombs.docx_billion_laughs(inbox / "laughs.docx")
    bombs.long_line_markdown(inbox / "line.md", megabytes=10)
    bombs.csv_huge_field(inbox / "field.csv", field_kb=200)  # over csv.field_size_limit(), under the char limit
    bombs.pdf_deep_page_tree(inbox / "deep.pdf", depth=5000)
    bombs.pdf_self_reference(inbox / "self.pdf")
    bombs.pdf_stream_bomb(inbox / "stream.pdf", inflated_mb=100)
    good = _good(tmp_path)
    assert (inbox / "bomb.docx").stat().st_size < 1024 * 1024
    assistant = _build(tmp_path)

    before = _reset_peak_rss()
    started = time.perf_counter()
    report = assistant.ingest([inbox])
    elapsed = time.perf_counter() - started
    grown = _peak_rss_kb() - before

    errors = _errors(report)
    assert set(errors) == {"bomb.docx", "laughs.docx", "line.md", "field.csv", "deep.pdf", "self.pdf", "stream.pdf"}
    assert "safety limits" in errors["stream.pdf"]
    assert "SVA_MAX_INFLATED_MB" in errors["bomb.docx"] and "zip bomb" in errors["bomb.docx"]
    assert "SVA_MAX_CHARS_PER_FILE" in errors["line.md"]
    assert errors["field.csv"].startswith("not a readable CSV file")
    assert errors["laughs.docx"].startswith("not a readable Word")
    assert errors["deep.pdf"].startswith("not a readable PDF")
    assert [e["source"] for e in report.ingested] == [good.name]
    assert elapsed < 30, elapsed
    # KB: the ingest's own peak (this test process may hold other tests' models; the reliability report measures
    # the whole `sva ingest` process, 500-700 MB)
    assert grown < 1024 * 1024, grown
    assert assistant.ask("When does the Halton befriending service run?").citations[0].source == good.name


def test_a_long_run_without_spaces_is_refused_before_it_is_split(tmp_path):
    path = tmp_path / "run.txt"
    path.write_text("x" * 2_500_000, encoding="utf-8")  # under the character limit; ~14,000 chunks
    assistant = _build(tmp_path)
    started = time.perf_counter()
    report = assistant.ingest([path])
    assert time.perf_counter() - started < 10
    assert "SVA_MAX_CHUNKS_PER_FILE" in report.errors[0]["error"] and "chunks" in report.errors[0]["error"]


def test_a_csv_of_many_tiny_rows_is_refused_before_it_is_split(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text("topic,n\n" + "".join(f"x,{i}\n" for i in range(20_000)), encoding="utf-8")
    started = time.perf_counter()
    report = _build(tmp_path, max_chunks_per_file=5_000).ingest([path])
    assert time.perf_counter() - started < 10
    assert "at least 20,000 chunks" in report.errors[0]["error"]


def test_chunk_and_character_limits_are_settings_and_name_themselves(tmp_path):
    path = tmp_path / "report.md"
    path.write_text("# Report\n" + "Volunteers in Sefton gave time to the food bank this quarter. " * 400, encoding="utf-8")
    assert "SVA_MAX_CHUNKS_PER_FILE" in _build(tmp_path / "a", max_chunks_per_file=3).ingest([path]).errors[0]["error"]
    assert "SVA_MAX_CHARS_PER_FILE" in _build(tmp_path / "b", max_chars_per_file=1000).ingest([path]).errors[0]["error"]
    assert _build(tmp_path / "c").ingest([path]).ingested[0]["chunks"] > 3


def test_a_docx_under_the_inflated_limit_is_read(tmp_path):
    import docx

    path = tmp_path / "plan.docx"
    document = docx.Document()
    document.add_paragraph("Our Knowsley apprenticeships start in May.")
    document.save(str(path))
    report = _build(tmp_path).ingest([path])
    assert report.ingested and not report.errors


@pytest.mark.parametrize("failure, words", [
    (MemoryError(), "more memory"), (RecursionError("maximum recursion depth exceeded"), "nested too deeply"),
    (AttributeError("'IndirectObject' object has no attribute 'get'"), "AttributeError"),
    (csv.Error("field larger than field limit (131072)"), "field larger"),
])
def test_any_failure_inside_one_file_is_that_files_error(tmp_path, monkeypatch, failure, words):
    import assistant.documents.loaders as loaders

    hostile = tmp_path / "inbox" / "aa-hostile.txt"
    hostile.parent.mkdir()
    hostile.write_text("text", encoding="utf-8")
    good = _good(tmp_path)
    real = loaders.load_text

    def load_text(path, max_chars=None):
        if path.name == hostile.name:
            raise failure
        return real(path, max_chars)

    monkeypatch.setattr(loaders, "load_text", load_text)
    report = _build(tmp_path).ingest([hostile.parent])
    assert [e["source"] for e in report.ingested] == [good.name]
    assert report.errors[0]["source"] == hostile.name and words in report.errors[0]["error"]


def test_a_failure_while_storing_one_file_does_not_stop_the_next(tmp_path, monkeypatch):
    assistant = _build(tmp_path)
    first = tmp_path / "inbox" / "aa-first.md"
    first.parent.mkdir()
    first.write_text("# First\nThe Wirral pantry opens on Fridays.\n", encoding="utf-8")
    good = _good(tmp_path)
    real = assistant.store.replace_source

    def replace_source(record, chunks):
        if record.source == first.name:
            raise RuntimeError("disk full")
        return real(record, chunks)

    monkeypatch.setattr(assistant.store, "replace_source", replace_source)
    report = assistant.ingest([first.parent])
    assert report.errors == [{"source": first.name, "error": "could not be added (RuntimeError: disk full)"}]
    assert [e["source"] for e in report.ingested] == [good.name]


def test_the_cli_names_the_refused_file_and_still_ingests_the_good_one(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    bombs.docx_bomb(inbox / "bomb.docx", inflated_mb=120)
    _good(tmp_path)
    env = {**os.environ, "SVA_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-m", "assistant.cli", "ingest", str(inbox), "--json"], env=env, cwd=REPO,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert [e["source"] for e in report["ingested"]] == ["zz-good.md"]
    assert report["errors"][0]["source"] == "bomb.docx"


# --- 1: an unfinished ingest never blocks start-up or other commands ------------------------------------------
def _leave_pending(assistant, path: Path) -> None:
    """What a kill -9 leaves: the record pending and only some of the chunks stored."""
    assistant.ingest([path])
    record = assistant.store.registry.get(path.name)
    record.status = "pending"
    assistant.store.registry.put(record)
    ids = sorted(c.id for c in assistant.store.all_chunks())
    assistant.store.collection.delete(ids=ids[1:])


def test_start_up_and_delete_do_not_redo_an_unfinished_ingest(tmp_path, monkeypatch):
    from assistant.assistant import build
    from assistant.cli import main
    import assistant.ingest.pipeline as pipeline

    path = tmp_path / "strategy.md"
    path.write_text("# Strategy\n" + "We will cut carbon on site by 20 tonnes each year. " * 60, encoding="utf-8")
    _leave_pending(_build(tmp_path), path)

    real = pipeline.load_file

    def no_reading(path, **limits):
        assert Path(path).name != "strategy.md", "the unfinished ingest was redone"
        return real(path, **limits)

    monkeypatch.setattr(pipeline, "load_file", no_reading)
    monkeypatch.setenv("SVA_DATA_DIR", str(tmp_path / "data"))
    again = build(Settings(data_dir=tmp_path / "data"))  # start-up, shipped knowledge included
    assert [r.source for r in again.pending_sources()] == ["strategy.md"]
    assert main(["sources"]) == 0
    assert main(["delete", "strategy.md", "--json"]) == 0
    assert "strategy.md" not in {r.source for r in again.sources()}
    assert not again.store.all_chunks(where={"source": "strategy.md"})


def test_resume_redoes_an_unfinished_ingest_and_drops_one_now_refused(tmp_path):
    assistant = _build(tmp_path, max_chunks_per_file=50)
    fine = tmp_path / "fine.md"
    fine.write_text("# Plan\n" + "Apprenticeships for Halton residents start in May. " * 60, encoding="utf-8")
    _leave_pending(assistant, fine)
    grown = tmp_path / "grown.md"
    grown.write_text("# Plan\n" + "Volunteering hours at the Wirral food bank. " * 60, encoding="utf-8")
    _leave_pending(assistant, grown)
    grown.write_text("# Plan\n" + "Volunteering hours at the Wirral food bank. " * 2000, encoding="utf-8")

    report = assistant.resume_pending()

    assert [e["source"] for e in report.ingested] == ["fine.md"]
    assert report.errors[0]["source"] == "grown.md" and "SVA_MAX_CHUNKS_PER_FILE" in report.errors[0]["error"]
    assert [(r.source, r.status) for r in assistant.sources()] == [("fine.md", "complete")]
    assert not assistant.pending_sources()


def test_sva_ingest_resume_redoes_it_and_sources_says_how(tmp_path, monkeypatch, capsys):
    from assistant.cli import main

    assistant = _build(tmp_path)
    path = tmp_path / "plan.md"
    path.write_text("# Plan\n" + "Apprenticeships for Halton residents start in May. " * 60, encoding="utf-8")
    _leave_pending(assistant, path)
    monkeypatch.setenv("SVA_DATA_DIR", str(tmp_path / "data"))
    assert main(["sources"]) == 0
    assert "sva ingest --resume" in capsys.readouterr().out
    assert main(["ingest", "--resume", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [(e["source"], e["status"]) for e in report["ingested"]] == [("plan.md", "updated")]
    assert main(["ingest"]) == 2  # nothing named and no --resume


def test_the_app_redoes_unfinished_ingests_in_the_background(tmp_path):
    from assistant.app import UI

    assistant = _build(tmp_path)
    path = tmp_path / "plan.md"
    path.write_text("# Plan\n" + "Apprenticeships for Halton residents start in May. " * 60, encoding="utf-8")
    _leave_pending(assistant, path)
    thread = UI(assistant).resume_in_background()
    assert thread is not None
    thread.join(timeout=120)
    assert assistant.store.registry.get("plan.md").status == "complete"
    assert UI(assistant).resume_in_background() is None


# --- 3: CSV formulas neutralised on export, restored on import ------------------------------------------------
HOSTILE = ['=HYPERLINK("http://example.invalid","x")', "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "\tTAB", "\rCR"]


@pytest.mark.parametrize("value", HOSTILE)
def test_formula_cells_are_neutralised_and_restored(value):
    assert neutralise(value) == "'" + value
    assert restore(neutralise(value)) == value


@pytest.mark.parametrize("value", ["-12.5", "+44", "1e3", "Acme Ltd", "", "'quoted already", 12, None])
def test_numbers_and_plain_text_are_left_alone(value):
    assert neutralise(value) == value and restore(value) == value


def test_partner_vcfse_csv_neutralises_every_formula_and_round_trips(tmp_path):
    from assistant.measures import Catalogue
    from assistant.tracker import CommitmentTracker, Entry

    catalogue = Catalogue.load(Settings().knowledge_dir)
    tracker = CommitmentTracker(tmp_path / "one.sqlite3", catalogue)
    name = '=HYPERLINK("http://example.invalid","x")'
    tracker.add_organisation(name, "private", None)
    tracker.record([Entry(name, "NT17", 2024, "baseline", 400, "+cmd|' /C calc'!A0", "@SUM(1+1)")])

    text = tracker.export_csv()
    rows = list(csv.DictReader(io.StringIO(text)))
    for row in rows:
        for cell in row.values():
            assert not cell.startswith(("=", "+", "@", "\t", "\r")), cell
            assert not (cell.startswith("-") and not cell.lstrip("-").replace(".", "").isdigit()), cell
    assert rows[0]["organisation"] == "'" + name and rows[0]["value"] == "400"

    other = CommitmentTracker(tmp_path / "two.sqlite3", catalogue)
    assert other.import_csv(text) == 1
    entry = other.entries(name)[0]
    assert (entry.organisation, entry.note, entry.evidence) == (name, "+cmd|' /C calc'!A0", "@SUM(1+1)")
    assert other.export_csv() == text


def test_the_map_tab_csv_neutralises_formulas(tmp_path):
    from assistant.app import UI

    ui = UI(_build(tmp_path))
    _, path, *_ = ui.map_activities("=HYPERLINK(\"http://example.invalid\",\"x\") 200 volunteering hours at the food bank")
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    activity = rows[0].index("Activity")
    assert rows[1][activity].startswith("'=HYPERLINK")
    assert all(not cell.startswith(("=", "+", "@")) for row in rows for cell in row)


# --- 4: security headers and the login throttle, on the real app -----------------------------------------------
def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def running_app(shipped_dir):
    from assistant.app import launch

    settings = Settings(data_dir=shipped_dir, port=_free_port(), auth="ada:correct-horse", login_attempts=3,
                        login_window_seconds=60)
    import gradio as gr

    _, url, _ = launch(settings, prevent_thread_lock=True)
    yield url.rstrip("/"), settings
    gr.close_all()


def test_every_response_carries_the_security_headers(running_app):
    import httpx

    url, _ = running_app
    for path in ("/", "/config", "/login"):
        response = httpx.get(url + path, timeout=30)
        assert response.headers["x-frame-options"] == "DENY"
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "no-referrer"


def test_wrong_passwords_lock_the_address_out(running_app):
    import httpx

    url, settings = running_app
    wrong = [httpx.post(url + "/login", data={"username": "ada", "password": f"guess{i}"}, timeout=30).status_code
             for i in range(settings.login_attempts)]
    assert wrong == [400] * settings.login_attempts
    locked = httpx.post(url + "/login", data={"username": "ada", "password": "correct-horse"}, timeout=30)
    assert locked.status_code == 429 and int(locked.headers["retry-after"]) > 0
    assert locked.headers["x-frame-options"] == "DENY"


def test_the_guard_counts_per_address_and_forgives_after_the_window():
    from assistant.web_security import LoginGuard

    now = [0.0]
    guard = LoginGuard(attempts=3, window=60, clock=lambda: now[0])
    for _ in range(3):
        guard.failed("10.0.0.1")
    assert guard.retry_after("10.0.0.1") == 60 and guard.retry_after("10.0.0.2") == 0
    now[0] = 61
    assert guard.retry_after("10.0.0.1") == 0
    guard.failed("10.0.0.2")
    guard.succeeded("10.0.0.2")
    guard.failed("10.0.0.2")
    guard.failed("10.0.0.2")
    assert guard.retry_after("10.0.0.2") == 0  # a right password cleared the count


# --- 5: a private temporary folder for uploads and exports -----------------------------------------------------
def test_uploads_and_exports_live_in_a_private_folder_and_exports_are_cleaned(tmp_path):
    import assistant.app as app_module

    assistant = _build(tmp_path)
    blocks = app_module.make_app(assistant)
    root = assistant.settings.temp_dir
    assert stat.S_IMODE(root.stat().st_mode) == 0o700
    assert Path(os.environ["GRADIO_TEMP_DIR"]).is_relative_to(root)
    assert Path(blocks.GRADIO_CACHE).is_relative_to(root)  # where Gradio keeps uploads and files it serves
    exported = app_module.export_dir()
    assert exported.is_relative_to(root)
    (exported / "bid.md").write_text("draft", encoding="utf-8")
    app_module.clean_exports()
    assert not exported.exists()


def test_old_temporary_files_are_removed_and_new_ones_kept(tmp_path):
    from assistant.app import remove_older_than

    old, new = tmp_path / "gradio" / "abc" / "old.pdf", tmp_path / "gradio" / "def" / "new.pdf"
    for path in (old, new):
        path.parent.mkdir(parents=True)
        path.write_bytes(b"x")
    os.utime(old, (time.time() - 3 * 86400, time.time() - 3 * 86400))
    assert remove_older_than(tmp_path, 86400) == 1
    assert new.exists() and not old.exists() and not old.parent.exists()


# --- 6: no open network without a login ----------------------------------------------------------------------
@pytest.mark.parametrize("host, auth, allow, refused", [
    ("0.0.0.0", None, False, True), ("::", None, False, True), ("192.168.1.20", None, False, True),
    ("0.0.0.0", "ada:pw", False, False), ("0.0.0.0", None, True, False),
    ("127.0.0.1", None, False, False), ("localhost", None, False, False), ("::1", None, False, False),
])
def test_host_guard(host, auth, allow, refused):
    from assistant.web_security import OpenNetworkError, check_exposure

    settings = Settings(host=host, auth=auth, allow_no_login_on_network=allow)
    if refused:
        with pytest.raises(OpenNetworkError, match="SVA_AUTH"):
            check_exposure(settings)
    else:
        check_exposure(settings)


def test_sva_app_on_all_addresses_without_a_login_is_refused(monkeypatch, capsys):
    from assistant.cli import main

    monkeypatch.delenv("SVA_AUTH", raising=False)
    assert main(["app", "--host", "0.0.0.0"]) == 2
    assert "--no-login-on-network" in capsys.readouterr().err


# --- 7: names shown with hidden characters made visible --------------------------------------------------------
def test_control_and_bidi_characters_are_made_visible():
    assert visible("report\x1b[2J.pdf") == "report\\x1b[2J.pdf"
    assert visible("invoice\u202efdp.exe") == "invoice<U+202E>fdp.exe"
    assert visible("two\nlines.txt") == "two\\nlines.txt"
    assert visible("Café £ report – 2025.pdf") == "Café £ report – 2025.pdf"


def test_sources_and_library_show_hidden_characters(tmp_path, monkeypatch, capsys):
    from assistant.app import UI
    from assistant.cli import main

    assistant = _build(tmp_path)
    name = "notes\x1b[31m\u202etxt.md"
    path = tmp_path / name
    path.write_text("# Notes\nThe Sefton pantry opens on Fridays.\n", encoding="utf-8")
    assistant.ingest([path])
    monkeypatch.setenv("SVA_DATA_DIR", str(tmp_path / "data"))
    assert main(["sources"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out and "notes\\x1b[31m<U+202E>txt.md" in out
    ui = UI(assistant)
    assert "notes\\x1b[31m<U+202E>txt.md" in [row[0] for row in ui.sources_table()]
    assert ("notes\\x1b[31m<U+202E>txt.md", name) in ui.source_names()["choices"]
    message, table, _ = ui.delete(name)  # the stored name still works for delete
    assert "Deleted" in message and "notes\\x1b[31m<U+202E>txt.md" not in [row[0] for row in table]


def test_an_error_with_no_text_is_never_a_bare_line(monkeypatch, capsys):
    import assistant.assistant as wiring
    from assistant.cli import main

    def out_of_memory(*args, **kwargs):
        raise MemoryError()

    monkeypatch.setattr(wiring, "build", out_of_memory)
    assert main(["sources"]) == 1
    assert "sva: error: out of memory" in capsys.readouterr().err


# --- 8: onnxruntime telemetry off -----------------------------------------------------------------------------
def test_onnxruntime_writes_nothing_to_the_developer_tools_cache(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "ORT_DISABLE_TELEMETRY"}
    # the control first: onnxruntime imported on its own, with the switch unset, writes its usage events on most
    # machines; where it writes nothing (CI's sandbox did not), there is nothing for this test to prove
    control = tmp_path / "control"
    control.mkdir()
    subprocess.run([sys.executable, "-c", "import onnxruntime"],
                   env=env | {"HOME": str(control), "XDG_CACHE_HOME": str(control / ".cache")}, cwd="/",
                   capture_output=True, timeout=300)
    if not (control / ".cache" / "Microsoft").exists():
        pytest.skip("onnxruntime writes no usage events on this machine even with telemetry on: nothing to compare")
    ours = tmp_path / "ours"
    ours.mkdir()
    env |= {"HOME": str(ours), "XDG_CACHE_HOME": str(ours / ".cache")}
    code = ("from assistant.embeddings import MiniLMEmbedder\n"
            "import onnxruntime\n"
            "assert MiniLMEmbedder().embed(['social value']).shape == (1, 384)\n")
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert not (ours / ".cache" / "Microsoft").exists()
