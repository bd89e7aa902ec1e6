"""A CSV row as sentences a person can read and an answer can quote, with nothing added that the row lacks.

Rows of a known shape (a local-needs fact, a policy fact, a framework measure) read as a sentence; any other row
reads as its columns, labelled. The source address stays in metadata (cited), not in the text.
"""

from __future__ import annotations

_UNSTATED = {"", "not stated", "n/a", "na", "unknown", "-"}


def _period(value: str) -> str:
    value = value.strip()
    return "" if value.lower() in _UNSTATED or value.lower().startswith("not stated") else value


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if text.endswith((".", "!", "?")) else text + "."


def row_sentences(fields: dict[str, str]) -> list[str]:
    """The row's sentences, the main one first; ``fields`` maps column names to (stripped) values."""
    lower = {k.lower(): v for k, v in fields.items() if v}
    note = lower.get("note")
    out: list[str] = []
    if {"area", "indicator", "value"} <= lower.keys():
        period = _period(lower.get("period", ""))
        when = f" in {period}" if period and not period[0].isalpha() else (f" ({period})" if period else "")
        out.append(_sentence(f"In {lower['area']}, {lower['indicator']} was {lower['value']}{when}"))
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
