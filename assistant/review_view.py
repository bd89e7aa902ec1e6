"""A review's input read one way (pasted or a file), its score line, and the 'improve' step, for every front end."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Any

_MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+\S", re.MULTILINE)


def _looks_like_heading(line: str, following: str) -> bool:
    """A short line with no closing punctuation, starting with a capital, followed by text: a heading copied
    from a rendered page ('Our social value offer'), not a sentence."""
    words = line.split()
    return (0 < len(words) <= 10 and line[:1].isupper() and not re.search(r"[.!?:;,)\]]$", line)
            and "|" not in line and bool(following.strip()))


def response_text(value: str) -> str:
    """The response to review, read one way whether it is pasted (app or CLI) or a file: a .docx/.md/.txt file by
    its loader; pasted text as a Markdown file is read, with headings (written '## …' or copied from a rendered
    page as a short line of their own) kept as section labels rather than scored as sentences."""
    from assistant.tasks.review import read_response

    text = read_response(value)
    if text is not value:
        return text
    lines = value.splitlines()
    marked = []
    for index, line in enumerate(lines):
        stripped = line.strip()
        following = next((l for l in lines[index + 1:] if l.strip()), "")
        if not _MARKDOWN_HEADING.match(line) and _looks_like_heading(stripped, following) and len(lines) > 1:
            marked.append(f"## {stripped}")
        else:
            marked.append(line)
    text = "\n".join(marked)
    if not _MARKDOWN_HEADING.search(text):
        return value
    with tempfile.TemporaryDirectory(prefix="sva-review-") as folder:
        path = Path(folder) / "pasted-response.md"
        path.write_text(text, encoding="utf-8")
        return read_response(str(path))


def score_line(data: dict[str, Any]) -> str:
    """'84/100 — Good: qualitative 50/60, quantitative 36/40, penalty −2 for flags (60:40).'"""
    penalty = f", penalty −{data['penalty']} for flags" if data.get("penalty") else ""
    split = f" ({data['split']})" if data.get("split") else ""
    return (f"{data['score']}/100 — {data['band']}: qualitative {data['qualitative']['points']}/60, "
            f"quantitative {data['quantitative']['points']}/40{penalty}{split}.")


IMPROVE_NOTE = ("The added text is a starting point: it has [gaps] for what only you can confirm (a named lead, partner, "
                "month, figure); gaps are not scored, so fill them with what you will really do, keep it only if you "
                "will, and review again.")


def improve_review(task: Any, request: Any, before: Any) -> dict[str, Any]:
    """Rework the weakest section of a reviewed response and score it again: the ``improved`` part of a review."""
    key, improved, again = task.improve(request, before)
    return {"criterion": key, "criterion_name": again.data["qualitative"]["criteria"][key]["criterion"],
            "text": improved, "score": again.data["score"], "note": IMPROVE_NOTE,
            "difference": round(again.data["score"] - before.data["score"], 1), "review": again.data}
