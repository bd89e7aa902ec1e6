"""Where the shipped knowledge (``knowledge/``) and prompt files (``prompts/``) are read from.

An installed wheel carries them as package data inside ``assistant/`` (setup.py copies them in at build time)
and they are found through :mod:`importlib.resources`; a checkout (or an editable install) reads the folders at
the repository root, where they are edited. Nothing else in the code builds these paths.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

PACKAGE = "assistant"
CHECKOUT_ROOT = Path(__file__).resolve().parents[1]


def data_dir(name: str) -> Path:
    """The folder ``name`` (``knowledge`` or ``prompts``): the package's copy when installed, else the checkout's.

    Installed packages are plain folders on disk (pip unpacks wheels), so the resource is returned as a Path."""
    packaged = resources.files(PACKAGE) / name
    if packaged.is_dir():
        return Path(str(packaged))
    return CHECKOUT_ROOT / name


def knowledge_dir() -> Path:
    return data_dir("knowledge")


def prompt_file(name: str) -> Path:
    """A prompt template, e.g. ``prompt_file("ask.md")``."""
    return data_dir("prompts") / name


def prompt_text(name: str) -> str:
    return prompt_file(name).read_text(encoding="utf-8")
