"""One renderer for a review's score, shared by the app and the CLI, so both show the same figures."""

from __future__ import annotations

from typing import Any


def score_line(data: dict[str, Any]) -> str:
    """'84/100 — Good: qualitative 50/60, quantitative 36/40, penalty −2 for flags (60:40).'"""
    penalty = f", penalty −{data['penalty']} for flags" if data.get("penalty") else ""
    split = f" ({data['split']})" if data.get("split") else ""
    return (f"{data['score']}/100 — {data['band']}: qualitative {data['qualitative']['points']}/60, "
            f"quantitative {data['quantitative']['points']}/40{penalty}{split}.")


def render_text(data: dict[str, Any]) -> str:
    """The review as plain text for the terminal."""
    lines = [f"Score {score_line(data)}"]
    for part in ("qualitative", "quantitative"):
        for c in data[part]["criteria"].values():
            lines.append(f"  {c['points']:>5}/{c['max_points']}  {c['criterion']}")
            lines += [f"           “{q}”" for q in c["evidence"][:2]]
            if c["to_raise"] != "Strong.":
                lines.append(f"           to raise it: {c['to_raise']}")
    if data["flags"]:
        lines += ["", "Flags:"] + [f"  - {f['kind']}: {f['why']}\n      “{f['quote']}”" for f in data["flags"]]
    if "improved" in data:
        i = data["improved"]
        lines += ["", f"Improved the weakest section ({i['criterion']}): score {data['score']} -> {i['score']}",
                  f"({i['note']})", "", i["text"]]
    return "\n".join(lines)
