"""The built wheel runs on its own: it carries knowledge/ and prompts/ as package data (read through
importlib.resources), so an installed `sva` answers from any folder.

The wheel is built from a copy of the sources (nothing is written into the checkout) and installed into a fresh
virtual environment that borrows this environment's installed dependencies (a path file), so the test needs no
network; the project itself comes only from the wheel."""

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "assistant", "ingest", "evals", "knowledge", "prompts")


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV") and not k.startswith("SVA_")}
    return env | extra


def test_the_wheel_ships_its_data_and_answers_from_another_folder(tmp_path):
    source = tmp_path / "src"
    source.mkdir()
    for name in SOURCES:
        if not (ROOT / name).exists():
            continue
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__", ".*"))
        else:
            shutil.copy2(ROOT / name, source / name)
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(dist),
                    str(source)], check=True, env=_env(), timeout=300, capture_output=True)
    wheel = next(dist.glob("social_value_assistant-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {f"assistant/knowledge/{p.relative_to(ROOT / 'knowledge').as_posix()}" for p in (ROOT / "knowledge").rglob("*")
               if p.is_file() and "__pycache__" not in p.parts}
    shipped |= {f"assistant/prompts/{p.name}" for p in (ROOT / "prompts").iterdir() if p.is_file()}
    shipped |= {f"assistant/{p.name}" for p in (ROOT / "assistant").glob("*.css")}
    assert "assistant/knowledge/manifest.json" in shipped and shipped <= names, sorted(shipped - names)

    target = tmp_path / "venv"
    venv.create(target, with_pip=False)
    python = target / "bin" / "python"
    site = Path(subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                               check=True, capture_output=True, text=True).stdout.strip())
    (site / "borrowed-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", "-q",
                    str(wheel)], check=True, env=_env(), timeout=300, capture_output=True)

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = _env(SVA_DATA_DIR=str(tmp_path / "data"), SVA_LLM_PROVIDER="none")
    where = subprocess.run([python, "-c", "import assistant.resources as r; print(r.__file__); print(r.knowledge_dir())"],
                           cwd=elsewhere, env=env, check=True, capture_output=True, text=True).stdout.split()
    assert all(Path(p).is_relative_to(site) for p in where)  # the wheel's copy, not the checkout
    asked = subprocess.run([target / "bin" / "sva", "ask", "How long should VCFSE tenders be open?", "--json"],
                           cwd=elsewhere, env=env, capture_output=True, text=True, timeout=600)
    assert asked.returncode == 0, asked.stderr[-2000:]
    answer = json.loads(asked.stdout)
    assert answer["grounded"] is True and answer["citations"]
    manifest = json.loads((ROOT / "knowledge" / "manifest.json").read_text(encoding="utf-8"))
    assert answer["citations"][0]["source"] in {item["source"] for item in manifest["sources"]}  # the shipped knowledge
