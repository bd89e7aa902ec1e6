"""CSV cells that a spreadsheet would run as formulas, neutralised on the way out and restored on the way in.

OWASP's CSV-injection advice: a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
is prefixed with a single quote, so Excel, LibreOffice and Google Sheets show it as text. Plain numbers
("-12.5", "+44") are left alone, so figures stay figures. :func:`restore` takes the quote off again on import,
so an export read back gives exactly what was saved.
"""

from __future__ import annotations

import re
from typing import Any, Iterable

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def neutralise(value: Any) -> Any:
    """A cell value safe to open in a spreadsheet; numbers and harmless text unchanged."""
    if not isinstance(value, str) or not value.startswith(TRIGGERS) or _NUMBER.match(value):
        return value
    return "'" + value


def restore(value: Any) -> Any:
    """The value :func:`neutralise` was given (the quote it added taken off)."""
    if isinstance(value, str) and value.startswith("'") and value[1:].startswith(TRIGGERS) and not _NUMBER.match(value[1:]):
        return value[1:]
    return value


def safe_row(row: Iterable[Any]) -> list[Any]:
    return [neutralise(v) for v in row]


def safe_dict(row: dict[str, Any]) -> dict[str, Any]:
    return {k: neutralise(v) for k, v in row.items()}


def restored_dict(row: dict[str, Any]) -> dict[str, Any]:
    return {k: restore(v) for k, v in row.items()}
