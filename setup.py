"""Build hook only (the project's metadata is in pyproject.toml).

The shipped knowledge (``knowledge/``) and prompt files (``prompts/``) live at the repository root, where they
are edited; a wheel carries them as package data inside ``assistant/`` (``assistant/knowledge``,
``assistant/prompts``), read through importlib.resources by assistant/resources.py. An editable install reads
the root folders directly, so nothing is copied for it.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
PACKAGE_DATA = ("knowledge", "prompts")


class BuildPyWithData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        for name in PACKAGE_DATA:
            shutil.copytree(ROOT / name, Path(self.build_lib) / "assistant" / name, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("__pycache__", ".*"))


setup(cmdclass={"build_py": BuildPyWithData})
