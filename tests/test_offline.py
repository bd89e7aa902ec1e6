"""Nothing on the default path touches the network: proven in a fresh process with sockets blocked."""

import os
import subprocess
import sys
import textwrap

BLOCK_NETWORK = textwrap.dedent(
    """
    import socket
    def _refuse(*args, **kwargs):
        raise OSError("network use attempted in an offline test")
    socket.socket.connect = _refuse
    socket.socket.connect_ex = _refuse
    socket.create_connection = _refuse
    socket.getaddrinfo = _refuse
    """
)


def _run(code: str, env_extra: dict[str, str]) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("TIKTOKEN_CACHE_DIR", "SVA_DATA_DIR")}
    env.update(env_extra)
    return subprocess.run([sys.executable, "-c", BLOCK_NETWORK + code], capture_output=True, text=True, env=env, timeout=600)


def test_tiktoken_standard_encodings_work_offline_after_seeding(tmp_path):
    code = textwrap.dedent(
        f"""
        from pathlib import Path
        from assistant.offline import seed_tiktoken_cache
        seed_tiktoken_cache(Path({str(tmp_path / 'tk')!r}))
        import tiktoken
        for name in ("cl100k_base", "o200k_base"):
            assert len(tiktoken.get_encoding(name).encode("Partner VCFSE commitment")) > 2
        from langchain_text_splitters import RecursiveCharacterTextSplitter
        splitter = RecursiveCharacterTextSplitter.from_tiktoken_encoder(encoding_name="cl100k_base", chunk_size=20, chunk_overlap=0)
        assert len(splitter.split_text("social value " * 100)) > 3
        print("ok")
        """
    )
    result = _run(code, {})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("ok")


def test_build_ingest_and_ask_use_no_network(tmp_path):
    doc = tmp_path / "notes.md"
    doc.write_text("# Volunteering\nOur staff gave 120 hours to the Wirral food bank this year.\n", encoding="utf-8")
    code = textwrap.dedent(
        f"""
        from pathlib import Path
        from assistant.assistant import build
        from assistant.settings import Settings
        a = build(Settings(data_dir=Path({str(tmp_path / 'data')!r})))
        report = a.ingest([{str(doc)!r}])
        assert report.ingested[0]["status"] == "added", report.as_dict()
        answer = a.ask("How many hours did staff give to the food bank?")
        assert answer.grounded and "120 hours" in answer.answer, answer.answer
        print("ok")
        """
    )
    result = _run(code, {"TIKTOKEN_CACHE_DIR": str(tmp_path / "tk")})
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip().endswith("ok")


def test_telemetry_is_off_after_build(shipped):
    assert os.environ["GRADIO_ANALYTICS_ENABLED"] == "False"
    assert os.environ["ANONYMIZED_TELEMETRY"] == "False"
    assert shipped.store.client.get_settings().anonymized_telemetry is False
