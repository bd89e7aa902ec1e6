"""The root app.py: `python app.py` starts the app on the offline defaults, and `gradio app.py` serves the
module-level `demo` and reloads it when the file changes (Gradio's convention)."""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", "replace") if response.status == 200 else None
    except OSError:
        return None


def _wait_for(url: str, process: subprocess.Popen, contains: str = "", seconds: float = 180) -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, f"the app exited with status {process.returncode}"
        body = _get(url)
        if body is not None and contains in body:
            return body
        time.sleep(1)
    raise AssertionError(f"{url} did not answer with {contains!r} within {seconds} s")


def _start(command: list, cwd: Path, data_dir: Path, port: int) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SVA_", "GRADIO_WATCH"))}
    env |= {"SVA_DATA_DIR": str(data_dir), "SVA_PORT": str(port), "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def test_python_app_py_starts_the_app(shipped_dir):
    port = _free_port()
    process = _start([sys.executable, "app.py"], ROOT, shipped_dir, port)
    try:
        page = _wait_for(f"http://127.0.0.1:{port}/", process)
        assert "gradio" in page.lower()
        assert "Social Value" in _wait_for(f"http://127.0.0.1:{port}/config", process)
    finally:
        _stop(process)


def test_gradio_app_py_serves_demo_and_reloads_on_change(shipped_dir, tmp_path):
    gradio = Path(sys.executable).parent / "gradio"
    folder = tmp_path / "project"
    folder.mkdir()
    shutil.copy2(ROOT / "app.py", folder / "app.py")
    port = _free_port()
    process = _start([str(gradio), "app.py"], folder, shipped_dir, port)
    try:
        _wait_for(f"http://127.0.0.1:{port}/config", process, contains="Social Value")
        with open(folder / "app.py", "a", encoding="utf-8") as handle:
            handle.write('\ndemo.title = "Reloaded assistant"\n')
        # Gradio's watcher first re-runs the module itself, then notes each file's time: touch the file until
        # it has seen it change
        deadline = time.monotonic() + 240
        while "Reloaded assistant" not in (_get(f"http://127.0.0.1:{port}/config") or ""):
            assert time.monotonic() < deadline, "the app did not reload when app.py changed"
            assert process.poll() is None, f"the app exited with status {process.returncode}"
            os.utime(folder / "app.py")
            time.sleep(5)
    finally:
        _stop(process)
