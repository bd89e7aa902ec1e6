"""A user's own licensed proxy-value table (£ per unit). None ships: TOMs values are licensed.

CSV columns: ``code, unit, value_gbp, source, year``; one row per code. Mapped
commitments then show a £ figure labelled with that source and year.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from assistant.measures import Catalogue, UnknownMeasureError
from assistant.quantities import Quantity

REQUIRED = ("code", "unit", "value_gbp", "source", "year")


class ProxyTableError(ValueError):
    """The proxy table cannot be used; the message says which row and why."""


@dataclass(frozen=True)
class ProxyValue:
    code: str
    unit: str
    value_gbp: float
    source: str
    year: str


class ProxyTable:
    def __init__(self, values: dict[str, ProxyValue]) -> None:
        self.values = values

    @classmethod
    def load(cls, path: Path, catalogue: Catalogue) -> "ProxyTable":
        try:
            with open(path, encoding="utf-8-sig", newline="") as handle:
                rows = list(csv.DictReader(handle))
        except OSError as exc:
            raise ProxyTableError(f"cannot read the proxy table {path}: {exc.strerror or exc}") from exc
        if not rows:
            raise ProxyTableError(f"the proxy table {path} has no rows")
        missing = [c for c in REQUIRED if c not in (rows[0].keys())]
        if missing:
            raise ProxyTableError(f"the proxy table {path} lacks columns: {', '.join(missing)} (needs {', '.join(REQUIRED)})")
        values: dict[str, ProxyValue] = {}
        for number, row in enumerate(rows, start=2):
            try:
                code = catalogue.get(row["code"]).code
            except UnknownMeasureError as exc:
                raise ProxyTableError(f"{path} line {number}: {exc}") from exc
            try:
                value = float(str(row["value_gbp"]).replace("£", "").replace(",", ""))
            except ValueError as exc:
                raise ProxyTableError(f"{path} line {number}: value_gbp '{row['value_gbp']}' is not a number") from exc
            if value < 0:
                raise ProxyTableError(f"{path} line {number}: value_gbp must not be negative")
            if not row["source"].strip():
                raise ProxyTableError(f"{path} line {number}: every value needs its source")
            values[code] = ProxyValue(code, row["unit"].strip(), value, row["source"].strip(), row["year"].strip())
        return cls(values)

    def value_of(self, code: str, quantity: Quantity | None) -> dict | None:
        """The £ equivalent of ``quantity`` for ``code``, when the table has the code in the same unit."""
        proxy = self.values.get(code)
        if proxy is None or quantity is None or quantity.unit.lower() != proxy.unit.lower():
            return None
        return {
            "value_gbp": round(quantity.value * proxy.value_gbp, 2),
            "per_unit_gbp": proxy.value_gbp,
            "unit": proxy.unit,
            "source": proxy.source,
            "year": proxy.year,
            "label": f"£ equivalent using your proxy table ({proxy.source}, {proxy.year})",
        }
