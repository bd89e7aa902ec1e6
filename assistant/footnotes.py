"""Footnote marks kept through ingestion, and the footnote a quoted sentence points to.

Markdown converted from a PDF writes a footnote mark as ``<sup>6</sup>``. Ingestion keeps it as superscript
digits ("… in the country.⁶"), which no figure check reads as a number, and the footnote itself as a line that
starts with the same mark ("⁶ Racheal Jones, …, “State of the Sector Review 2023”"). Quoted text drops the marks
(``strip_marks``); "which report is that from?" follows them (``marks_of`` then ``footnote``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:  # the store reads strip_marks: no import of it at run time
    from assistant.store import Hit

_TO_MARK = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_FROM_MARK = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_MARKS = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+(?:·[⁰¹²³⁴⁵⁶⁷⁸⁹]+)*")
_SUP = re.compile(r"<sup>([^<]*)</sup>")
_FOOTNOTE_LINE = re.compile(r"^\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s+(\S.*)$", re.M)
_IBID = re.compile(r"^\W*ibid\W*$", re.I)


def superscript(html_text: str) -> str:
    """``<sup>2, 3</sup>`` as "²·³"; a ``<sup>`` holding anything but numbers is dropped, as before."""
    def mark(match: re.Match[str]) -> str:
        numbers = re.findall(r"\d+", match.group(1))
        if not numbers or re.sub(r"[\d,\s]", "", match.group(1)):
            return ""
        return "·".join(n.translate(_TO_MARK) for n in numbers)
    return _SUP.sub(mark, html_text)


def strip_marks(text: str) -> str:
    return _MARKS.sub("", text)


def marks_of(raw: str, sentence: str) -> list[int]:
    """The footnote numbers marked at the end of ``sentence`` (as quoted, marks stripped) in the passage ``raw``."""
    said = " ".join(sentence.split())
    spaced = " ".join(raw.split())
    start = strip_marks(spaced).find(said[:60]) if said else -1
    if start < 0:
        return []
    # walk the marked text to the same place: count unmarked characters
    seen = position = 0
    target = start + len(said)
    while position < len(spaced) and seen < target:
        match = _MARKS.match(spaced, position)
        if match:
            position = match.end()
            continue
        seen += 1
        position += 1
    after = re.match(rf"[\W_]{{0,3}}?({_MARKS.pattern})", spaced[position:])
    if not after:
        return []
    return [int(n.translate(_FROM_MARK)) for n in after.group(1).split("·")]


def footnote(chunks: Iterable[Hit], source: str, number: int) -> tuple[str, Hit] | None:
    """The text of footnote ``number`` of ``source``, and the passage holding it; "Ibid" is the one before it."""
    notes: dict[int, tuple[str, Hit]] = {}
    for hit in chunks:
        if hit.metadata.get("source") != source:
            continue
        for match in _FOOTNOTE_LINE.finditer(hit.text):
            notes.setdefault(int(match.group(1).translate(_FROM_MARK)), (match.group(2).strip(), hit))
    while number in notes and _IBID.match(notes[number][0]) and number > 1:
        number -= 1
    found = notes.get(number)
    return found if found and not _IBID.match(found[0]) else None
