"""The Cheshire and Merseyside TOMs catalogue: load, validate, look up codes (data in knowledge/data)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from assistant.text import code_shape

CATALOGUE_FILE = Path("data") / "toms-measures.csv"
EXPECTED_ROWS = 52


class UnknownMeasureError(ValueError):
    """A measure code that is not in the Cheshire and Merseyside catalogue."""


@dataclass(frozen=True)
class Measure:
    code: str
    theme: str
    outcome: str
    measure: str
    unit: str
    unit_basis: str
    partner_vcfse_key: bool
    page: int
    source_note: str = ""

    def as_dict(self) -> dict:
        return {
            "code": self.code, "measure": self.measure, "theme": self.theme, "outcome": self.outcome,
            "unit": self.unit, "partner_vcfse_key": self.partner_vcfse_key, "page": self.page,
        }


class Catalogue:
    """The 52 measures, looked up by code case-insensitively, with or without the key-measure star."""

    def __init__(self, measures: list[Measure], name: str = "Cheshire and Merseyside TOMs") -> None:
        self.measures = measures
        self.name = name  # the framework's name, for messages (another framework: assistant/frameworks.py)
        self._by_key = {m.code.lower(): m for m in measures}

    @classmethod
    def load(cls, knowledge_dir: Path) -> "Catalogue":
        path = knowledge_dir / CATALOGUE_FILE
        with open(path, encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        measures = []
        for number, row in enumerate(rows, start=2):
            missing = [k for k in ("code", "theme", "outcome", "measure", "unit") if not (row.get(k) or "").strip()]
            if missing:
                raise ValueError(f"{path} line {number}: empty {', '.join(missing)}")
            measures.append(
                Measure(
                    code=row["code"].strip(), theme=row["theme"].strip(), outcome=row["outcome"].strip(),
                    measure=row["measure"].strip(), unit=row["unit"].strip(), unit_basis=row["unit_basis"].strip(),
                    partner_vcfse_key=row["partner_vcfse_key"].strip().lower() == "yes",
                    page=int(row["page"]), source_note=(row.get("source_note") or "").strip(),
                )
            )
        codes = [m.code.lower() for m in measures]
        if len(set(codes)) != len(codes):
            raise ValueError(f"{path}: duplicate measure codes")
        if len(measures) != EXPECTED_ROWS:
            raise ValueError(f"{path}: {len(measures)} measures, expected the source's {EXPECTED_ROWS}")
        return cls(measures)

    def __len__(self) -> int:
        return len(self.measures)

    def __iter__(self):
        return iter(self.measures)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and self._key(code) in self._by_key

    @staticmethod
    def _key(code: str) -> str:
        shape = code_shape(code)
        return shape.lower() if shape else (code or "").strip().lower()

    def get(self, code: str) -> Measure:
        """The measure for ``code`` ('nt14', 'NT14*', ' NT14 '), or UnknownMeasureError."""
        measure = self._by_key.get(self._key(code))
        if measure is None:
            examples = "NT14, NT17, NT29" if "nt14" in self._by_key else ", ".join(m.code for m in self.measures[:3])
            raise UnknownMeasureError(f"'{code}' is not a {self.name} measure code (there are {len(self)}; e.g. {examples})")
        return measure

    def validate(self, codes: list[str]) -> list[Measure]:
        return [self.get(code) for code in codes]

    def by_theme(self, theme: str) -> list[Measure]:
        return [m for m in self.measures if m.theme.lower() == theme.strip().lower()]

    def by_outcome(self, outcome: str) -> list[Measure]:
        return [m for m in self.measures if m.outcome.lower() == outcome.strip().lower()]

    def partner_vcfse_measures(self) -> list[Measure]:
        return [m for m in self.measures if m.partner_vcfse_key]

    def partner_vcfse_codes(self) -> tuple[str, ...]:
        """The Partner VCFSE key measure codes, as the catalogue marks them (NT14-NT17 in the shipped TOMs)."""
        return tuple(m.code for m in self.partner_vcfse_measures())


# Outcome wording as the source table prints it, where it is ungrammatical, and how it is shown to people
# (knowledge/data/toms-measures.csv keeps the source's wording; its source_note records the slip).
OUTCOME_LABELS = {"Air pollution is reduce": "Air pollution is reduced"}


def outcome_label(outcome: str) -> str:
    """The outcome as shown in lists and text: the source's wording with its known slips corrected."""
    return OUTCOME_LABELS.get(outcome, outcome)


def outcome_from_label(label: str) -> str:
    """The catalogue's outcome for a label shown to people (the inverse of outcome_label)."""
    for raw, shown in OUTCOME_LABELS.items():
        if label.strip().lower() == shown.lower():
            return raw
    return label
