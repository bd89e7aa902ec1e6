"""A CSV row as sentences a person can read and an answer can quote, with nothing added that the row lacks.

Rows of a known shape (a local-needs fact, a policy fact, a framework measure) read as a sentence; any other row
reads as its columns, labelled. The source address stays in metadata (cited), not in the text.
"""

from __future__ import annotations

import re

_UNSTATED = {"", "not stated", "n/a", "na", "unknown", "-"}
# a figure that is not a year ("16,500", "26.6%", "4th", "1 in 3"): a note's clause holding one is a fact, not a source
_FACT_FIGURE = re.compile(r"(?<![\w.])(?!(?:19|20)\d{2}\b)\d[\d,.]*(?:%|st|nd|rd|th)?\b")
# a value that reads as its own predicate ("matches England's", "Crewe is the only …"): joined with a colon, not "was"
_PREDICATE = re.compile(r"^(matches|exceeds|equals|remains|is|are|has|have|falls|rises|[A-Z]\w*\s+(is|are|has|was)\b)",
                        re.I)


def _period(value: str) -> str:
    value = value.strip()
    return "" if value.lower() in _UNSTATED or value.lower().startswith("not stated") else value


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if text.endswith((".", "!", "?")) else text + "."


def _note_facts(note: str) -> tuple[list[str], str]:
    """A note's clauses that state a figure ("16,500 residents … claim key out-of-work benefits", "4th on income"),
    and the rest (where the figure comes from), which is not quoted as an answer."""
    clauses = [c.strip() for c in note.split(";") if c.strip()]
    facts = [c for c in clauses if _FACT_FIGURE.search(c)]
    return facts, "; ".join(c for c in clauses if c not in facts)


def row_sentences(fields: dict[str, str]) -> list[str]:
    """The row's sentences, the main one first; ``fields`` maps column names to (stripped) values.

    A local-needs row's note often holds a second fact beside its source ("Knowsley Knowledge, the council's JSNA
    site; 16,500 residents … claim key out-of-work benefits"): that fact reads as its own sentence, with the row's
    area and indicator, so it can be quoted; the source part stays a note."""
    lower = {k.lower(): v for k, v in fields.items() if v}
    note = lower.get("note")
    out: list[str] = []
    if {"area", "indicator", "value"} <= lower.keys():
        period = _period(lower.get("period", ""))
        when = f" in {period}" if period and not period[0].isalpha() else (f" ({period})" if period else "")
        joiner = ":" if _PREDICATE.match(lower["value"]) else " was"
        out.append(_sentence(f"In {lower['area']}, {lower['indicator']}{joiner} {lower['value']}{when}"))
        if note:
            facts, note = _note_facts(note)
            if facts:
                out.append(_sentence(f"In {lower['area']} ({lower['indicator']}): {'; '.join(facts)}"))
    elif {"topic", "fact"} <= lower.keys():
        out.append(_sentence(f"{lower['topic']}: {lower['fact']}"))
    elif {"code", "measure"} <= lower.keys():
        unit = f" (unit: {lower['unit']})" if lower.get("unit") else ""
        where = "; ".join(lower[k] for k in ("theme", "outcome") if lower.get(k))
        out.append(_sentence(f"{lower['code']}: {lower['measure']}{unit}"))
        if where:
            out.append(_sentence(f"{lower['code']} is under {where}"))
        if lower.get("partner_vcfse_key", "").lower() in ("yes", "true", "1"):
            out.append(_sentence(f"{lower['code']} is a key measure for the Partner VCFSE commitment"))
        note = lower.get("source_note") or note
    else:
        return [_sentence("; ".join(f"{k}: {v}" for k, v in fields.items() if v))]
    if note:
        out.append(_sentence(f"Note: {note}"))
    return out
