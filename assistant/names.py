"""Names shown to people (file names, organisations) with hidden characters made visible.

A file name can hold terminal escape sequences, newlines or a right-to-left override (U+202E) that makes
``invoice‮fdp.exe`` read as ``invoiceexe.pdf``. :func:`visible` shows each such character as ``\\x1b``,
``\\n`` or ``<U+202E>`` so the name on screen is the name on disk; the stored name is never changed.
"""

from __future__ import annotations

import unicodedata

# bidirectional embeddings, overrides and isolates, and the invisible direction marks
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _shown(char: str) -> str:
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"<U+{code:04X}>"


def hidden(char: str) -> bool:
    """A control, format (bidi, zero-width), line/paragraph separator or unassigned-surrogate character."""
    return char in BIDI_CONTROLS or unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp", "Cs")


def visible(name: str | None) -> str:
    """``name`` with every hidden character written out, e.g. ``report\\x1b[2J.pdf``, ``a<U+202E>fdp.exe``."""
    if not name:
        return name or ""
    if not any(hidden(c) for c in name):
        return name
    return "".join(_shown(c) if hidden(c) else c for c in name)
