"""What every ``sva`` command shares: one JSON object or readable text on stdout, CSV exports and imports."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Callable

from assistant.inputs import read_text_file


def emit(data: Any, as_json: bool, render: Callable[[Any], str]) -> None:
    """``data`` (a dict or a typed result) as one JSON object, or as the text ``render`` makes of it."""
    if as_json:
        plain = data.model_dump() if hasattr(data, "model_dump") else data
        sys.stdout.write(json.dumps(plain, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(render(data).rstrip("\n") + "\n")


_emit = emit  # the name the bid commands import


def csv_output(text: str, out: str | None, as_json: bool) -> dict[str, Any] | None:
    """An exported CSV: written to ``out``, or given as JSON, or printed (then None: nothing more to show)."""
    if out:
        Path(out).write_text(text, encoding="utf-8")
        return {"message": f"wrote {out}", "written": out}
    if as_json:
        return {"csv": text}
    sys.stdout.write(text)
    return None


def read_csv_file(path: str) -> str:
    """A CSV to import, as text; a file that cannot be read is bad input."""
    return read_text_file(path)
