"""The files a bid writer submits from a draft, rendered from the draft's result (``DraftResult.as_dict()``).

- the response: only the response (its sections, the commitments table) and its references, numbered as
  cited; A4, the organisation as author. No check wording: flagged activities are not in it.
- the checks: every activity with its relevant / proportionate / additional checks and why, for the bid
  team; a separate file, or an appendix to the response when the user asks for one.
- the commitments as CSV in the columns a social value portal takes: code, measure, quantity, unit, year.
"""

from __future__ import annotations

import csv
import math
import re
from pathlib import Path
from typing import Any

from assistant.export import Report, reference_lines, write_report

CHECK_TITLES = {"relevant": "Relevant", "proportionate": "Proportionate", "additional": "Additional"}
COMMITMENT_COLUMNS = ["code", "measure", "quantity", "unit", "year"]


def _title(data: dict[str, Any]) -> str:
    return f"Social value response: {data['contract']['service']}"


def response_report(data: dict[str, Any], organisation: str = "", appendix: bool = False) -> Report:
    """The response alone, with references; the checks as an appendix only when ``appendix``."""
    report = Report(_title(data), author=organisation)
    if data.get("question"):
        report.paragraph(f"Question: {data['question']}")
    for block in data["blocks"]:
        if block["kind"] == "heading":
            report.heading(block["text"])
        elif block["kind"] == "table":
            report.table(block["header"], block["rows"])
        else:
            report.paragraph(block["text"])
    if data.get("citations"):
        report.heading("References")
        report.bullets(reference_lines(data["citations"]))
    if appendix:
        report.heading("Appendix: checks on each planned activity")
        _checks_blocks(report, data)
    return report


def checks_report(data: dict[str, Any], organisation: str = "") -> Report:
    """For the bid team, not for submission: each activity, its code and its three checks."""
    report = Report(f"Checks on the planned activities: {data['contract']['service']}", author=organisation)
    report.paragraph("For the bid team. Activities that fail a check are left out of the response; fix or replace them "
                     "before submitting.")
    _checks_blocks(report, data)
    return report


def _checks_blocks(report: Report, data: dict[str, Any]) -> None:
    rows = []
    for index, c in enumerate(data["commitments"], start=1):
        quantity = "" if c.get("quantity") is None else f"{c['quantity']:g}" if isinstance(c["quantity"], float) else str(c["quantity"])
        rows.append([str(index), c["activity"], ", ".join(c["codes"]), f"{quantity} {c['unit']}".strip(),
                     "in the response" if c["included"] else "left out"]
                    + [("meets it: " if c["checks"][name]["ok"] else "fails: ") + c["checks"][name]["why"]
                       for name in CHECK_TITLES])
    report.table(["#", "Activity", "Code", "Quantity", "Status", *CHECK_TITLES.values()], rows)
    for note in data.get("notes") or []:
        report.paragraph(note)


def commitment_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Included commitments as portal rows. A yearly quantity ('300 hours a year') gets one row per contract year;
    any other quantity is for the whole contract and its year reads '1-N'. No figure is made up: quantities are
    as stated, never split or multiplied."""
    months = int(data["contract"].get("months") or 12)
    years = max(1, math.ceil(months / 12))
    rows = []
    for c in data["commitments"]:
        if not c["included"]:
            continue
        yearly = bool(re.search(r"\beach year\b|\ba year\b|\bper year\b|\bannual", c.get("when", "") + " " + c["activity"],
                                flags=re.IGNORECASE))
        spans = [str(y) for y in range(1, years + 1)] if yearly else ["1" if years == 1 else f"1-{years}"]
        for code in c["codes"]:
            for span in spans:
                rows.append({"code": code, "measure": c.get("measure", ""),
                             "quantity": "" if c.get("quantity") is None else c["quantity"],
                             "unit": c["unit"], "year": span})
    return rows


def write_commitments_csv(data: dict[str, Any], path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COMMITMENT_COLUMNS)
        writer.writeheader()
        for row in commitment_rows(data):
            writer.writerow({k: _safe(v) for k, v in row.items()})
    return path


def _safe(value: Any) -> Any:
    """A cell a spreadsheet will not run as a formula."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def write_draft_files(data: dict[str, Any], folder: Path, organisation: str = "", appendix: bool = False,
                      stem: str = "social-value-response") -> list[Path]:
    """The response (.docx, .md), the checks (.docx) unless appended, and the commitments (.csv)."""
    folder.mkdir(parents=True, exist_ok=True)
    response = response_report(data, organisation, appendix)
    paths = [write_report(response, folder / f"{stem}.docx"), write_report(response, folder / f"{stem}.md")]
    if not appendix:
        paths.append(write_report(checks_report(data, organisation), folder / "checks.docx"))
    paths.append(write_commitments_csv(data, folder / "commitments.csv"))
    return paths
