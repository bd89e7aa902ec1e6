"""Derive the shipped knowledge files from the roadmap seed (run once; outputs are committed).

    python scripts/build_knowledge_from_seed.py ../shared/seeds/towards-a-social-value-economy.md

1. knowledge/roadmap/towards-a-social-value-economy.md: the seed with `<!-- page: N -->` markers.
   Pages come from the report's contents page (chapter start pages) plus one page per numbered
   section, which fits every chapter exactly (each chapter's last section ends the page before the
   next chapter starts); Appendix A has one page per framework table; the rest are listed below.
2. knowledge/data/toms-measures.csv: the 52 rows of the Cheshire and Merseyside TOM framework
   tables, as the source has them, with quirks recorded in `source_note`.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHAPTER_START = {1: 5, 2: 8, 3: 14, 4: 18, 5: 22, 6: 24, 7: 33, 8: 41, 9: 48, 10: 52, 11: 59, 12: 63}
FIXED_PAGES = {
    "# Towards a Social Value Economy": 1,
    "# Forewords": 2,
    "## Forewords": 3,
    "# Contents": 4,
    "# Measuring Social Value: The TOM System™": 53,
    "# Positive steps have been made to create the conditions for collaborative working with the VCFSE sector beyond Social Value commissioning": 60,
    "# Limiting attitudes between sectors often represent the biggest barriers to collaboration, and trusting relationships the biggest enabler": 61,
    "# Creative routes to commissioning VCFSE sector organisations can foster innovation": 62,
    "# References": 64,
    "## References (cont.)": 65,
    "# Examples": 66,
}
FRAMEWORK_TABLE = re.compile(r"^# Cheshire and Merseyside Social Value (TOM|Measurement) Framework$")
FIRST_TABLE_PAGE = 54

# Units: stated = the measure text names it; usual = the usual TOMs unit, not stated in the roadmap table.
UNITS = {
    "NT1": ("FTE", "stated"), "NT1b": ("FTE", "stated"), "NT2": ("%", "stated"), "NT3": ("FTE", "stated"),
    "NT3d": ("FTE", "stated"), "NT4": ("FTE", "stated"), "NT4a": ("FTE", "stated"), "NT76": ("FTE", "stated"),
    "NT5": ("FTE", "stated"), "NT6": ("FTE", "stated"), "NT8": ("hours", "stated"), "NT9": ("weeks", "stated"),
    "NT10": ("weeks", "stated"), "NT80": ("weeks", "stated"), "NT81": ("%", "stated"), "NT11": ("hours", "stated"),
    "NT13": ("weeks", "usual"), "NT13a": ("weeks", "usual"), "NT14": ("£", "stated"), "NT15": ("hours", "usual"),
    "NT16": ("£", "stated"), "NT17": ("hours", "stated"), "NT18": ("£", "stated"), "NT19": ("£", "stated"),
    "NT20": ("people", "stated"), "NT21": ("hours", "usual"), "NT41": ("%", "stated"), "NT42": ("%", "stated"),
    "NT58": ("FTE", "stated"), "NT22": ("%", "stated"), "NT24": ("£", "usual"), "NT25": ("£", "usual"),
    "NT63": ("£", "usual"), "NT26": ("£", "usual"), "NT27": ("£", "usual"), "NT28": ("£", "stated"),
    "NT29": ("hours", "stated"), "NT29a": ("hours", "stated"), "NT31": ("tonnes CO2e", "stated"),
    "NT83": ("yes/no", "usual"), "NT82": ("tonnes CO2e", "usual"), "NT32": ("miles", "stated"),
    "NT50": ("hours", "usual"), "NT85": ("£", "usual"), "NT90": ("£", "usual"), "NT87": ("tonnes", "usual"),
    "NT69": ("£", "usual"), "NT70": ("tonnes", "usual"), "NT72": ("tonnes", "usual"), "NT88": ("tonnes", "usual"),
    "NT35": ("%", "stated"), "C19-18": ("£", "usual"),
}
NOTES = {
    "NT81": "measure text repeats NT2 word for word in the source table",
    "NT22": "the source row has no theme cell; it sits in the Growth table",
    "NT32": "outcome reads 'Air pollution is reduce' in the table ('reduced' in section 4.3)",
}
CODE = re.compile(r"^(NT\d+[a-z]?\*?|C19-18)$")


def mark_pages(lines: list[str]) -> list[str]:
    out: list[str] = []
    table_page = FIRST_TABLE_PAGE
    seen: set[str] = set()
    for i, line in enumerate(lines):
        text = line.strip()
        page = None
        if text in FIXED_PAGES and text not in seen:
            page = FIXED_PAGES[text]
            seen.add(text)
        elif FRAMEWORK_TABLE.match(text):
            page, table_page = table_page, table_page + 1
        elif re.fullmatch(r"\d{1,2}", text):  # a bare chapter number before the chapter's heading
            following = next((x.strip() for x in lines[i + 1 :] if x.strip()), "")
            if following.startswith("#") or following.startswith("References"):
                page = CHAPTER_START[int(text)]
        else:
            section = re.match(r"^#{1,3}\s+(\d{1,2})(?:\.(\d))?\s*$", text)
            if section:
                page = CHAPTER_START[int(section.group(1))] + int(section.group(2) or 1)
        if page is not None:
            out.append(f"<!-- page: {page} -->")
        out.append(line)
    return out


def catalogue_rows(lines: list[str]) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    theme = outcome = ""
    page = FIRST_TABLE_PAGE - 1
    for line in lines:
        if FRAMEWORK_TABLE.match(line.strip()):
            page += 1
        if "\t" not in line:
            continue
        cells = line.split("\t") + ["", "", ""]
        position = next((i for i, c in enumerate(cells[:3]) if CODE.match(c.strip())), None)
        if position is None:
            continue
        if position == 2:
            theme = cells[0].strip() or theme
            outcome = (cells[1].strip() or outcome).removesuffix(" (cont.)")
        elif position == 1:
            outcome = cells[0].strip()
        raw_code = cells[position].strip()
        code = raw_code.rstrip("*")
        unit, basis = UNITS[code]
        rows.append({
            "code": code,
            "theme": theme,
            "outcome": outcome,
            "measure": cells[position + 1].strip(),
            "unit": unit,
            "unit_basis": basis,
            "partner_vcfse_key": "yes" if raw_code.endswith("*") else "no",
            "page": str(page),
            "source_note": NOTES.get(code, ""),
        })
    return rows


def main(seed: Path) -> None:
    lines = seed.read_text(encoding="utf-8").splitlines()
    roadmap = ROOT / "knowledge" / "roadmap" / "towards-a-social-value-economy.md"
    roadmap.write_text("\n".join(mark_pages(lines)) + "\n", encoding="utf-8")
    rows = catalogue_rows(lines)
    assert len(rows) == 52, len(rows)
    with open(ROOT / "knowledge" / "data" / "toms-measures.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
