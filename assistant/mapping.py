"""Map an activity, in the user's own words, to ranked TOMs measure codes with the evidence for each.

Three kinds of evidence, each named in ``why``:
- meaning: embedding similarity to the measure text, our note of what counts, and typical examples
  (knowledge/data/measure-guidance.json), taking the closest;
- words: patterns that signal a measure (e.g. "care leaver", "pro bono", "CV");
- quantity: the kind of quantity stated (hours, £, FTE, weeks, tonnes CO2e, %) against the measure's unit.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import numpy as np

from assistant.embeddings import MiniLMEmbedder
from assistant.measures import Catalogue, Measure
from assistant.proxies import ProxyTable
from assistant.quantities import InUnit, Quantity, extract_quantity, in_unit

GUIDANCE_FILE = Path("data") / "measure-guidance.json"
NOT_MAPPED = {"NT81": "its wording repeats NT2 in the source table; NT2 is used instead"}

# Which quantity units fit which measure units.
_UNIT_FITS = {
    "hours": {"hours", "days", "sessions"},
    "weeks": {"weeks", "months", "years", "people"},
    "FTE": {"FTE", "people"},
    "people": {"people", "FTE"},
    "£": {"£"},
    "%": {"%"},
    "tonnes CO2e": {"tonnes CO2e", "%"},
    "tonnes": {"tonnes", "%"},
    "miles": {"miles"},
}


@dataclass
class Guidance:
    counts: str
    examples: list[str]
    patterns: list[re.Pattern]
    how_to_choose: str
    named: list[re.Pattern] = field(default_factory=list)  # terms the measure's own wording names
    not_when: list[re.Pattern] = field(default_factory=list)  # words putting an activity outside its wording
    requires: list[re.Pattern] = field(default_factory=list)  # words its wording needs (one of them at least)
    # a second thing its wording needs as well (NT17's hours must support a VCSE: one of these words at least)
    requires_also: list[re.Pattern] = field(default_factory=list)


@dataclass
class MappedMeasure:
    measure: Measure
    score: float
    why: str
    evidence: dict[str, Any] = field(default_factory=dict)
    how_to_choose: str = ""
    proxy: dict[str, Any] | None = None
    in_unit: InUnit | None = None  # the stated quantity in this measure's unit, or what is missing

    def as_dict(self) -> dict[str, Any]:
        data = self.measure.as_dict()
        data.update(score=round(self.score, 3), why=self.why, evidence=self.evidence)
        if self.in_unit is not None:
            data["in_unit"] = self.in_unit.as_dict()
        if self.proxy is not None:
            data["proxy"] = self.proxy
        return data


@dataclass
class Mapping:
    activity: str
    measures: list[MappedMeasure]
    quantity: Quantity | None
    ambiguous: bool = False
    choose: str | None = None
    fits: bool = True  # False: no measure is close enough (the best score is under SVA_MAP_NO_FIT_BELOW)
    # the activity's closest meaning to any measure's wording, note or examples, whatever the ranking after words
    closest_meaning: float | None = None

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "activity": self.activity,
            "measures": [m.as_dict() for m in self.measures],
            "quantity": self.quantity.as_dict() if self.quantity else None,
            "ambiguous": self.ambiguous,
            "fits": self.fits,
        }
        if self.choose:
            data["choose"] = self.choose
        return data


def load_guidance(knowledge_dir: Path, catalogue: Catalogue) -> dict[str, Guidance]:
    raw = json.loads((knowledge_dir / GUIDANCE_FILE).read_text(encoding="utf-8"))["measures"]
    unknown = [code for code in raw if code not in catalogue]
    if unknown:
        raise ValueError(f"guidance names codes that are not in the catalogue: {unknown}")
    return {
        catalogue.get(code).code: Guidance(
            counts=item["counts"],
            examples=list(item["examples"]),
            patterns=[re.compile(p, re.IGNORECASE) for p in item["patterns"]],
            how_to_choose=item["how_to_choose"],
            named=[re.compile(p, re.IGNORECASE) for p in item.get("named", [])],
            not_when=[re.compile(p, re.IGNORECASE) for p in item.get("not_when", [])],
            requires=[re.compile(p, re.IGNORECASE) for p in item.get("requires", [])],
            requires_also=[re.compile(p, re.IGNORECASE) for p in item.get("requires_also", [])],
        )
        for code, item in raw.items()
    }


# A named term that only says whom a gift goes to ("a homelessness charity", "a cancer trust"): the activity is the
# gift, which its own measure counts, not an initiative on that cause.
_RECIPIENT = re.compile(r"(?:'s)?\s+(charit(y|ies)|trusts?|foundations?|organi[sz]ations?|CICs?|social enterprises?)\b",
                        re.IGNORECASE)

_CAUSE_WORDS = 3  # a word pattern's hit this short names a cause, not an activity


def _term(match: re.Match) -> str:
    """The words a pattern found: its ``term`` group when it has one (the rest only sets where it applies)."""
    return match.group("term") if "term" in match.re.groupindex else match.group(0)


@dataclass(frozen=True)
class MapWeights:
    """The tuning knobs of an activity's score; described in Settings (map_weight_*), the defaults are theirs."""

    words: float = 0.22
    unit: float = 0.06
    named: float = 0.12
    outside: float = 0.15
    ambiguous_margin: float = 0.04

    @classmethod
    def from_settings(cls, settings: Any) -> "MapWeights":
        return cls(settings.map_weight_words, settings.map_weight_unit, settings.map_weight_named,
                   settings.map_weight_outside, settings.map_ambiguous_margin)


class ActivityMapper:
    """Ranks measure codes for an activity; every code it returns is from the catalogue."""


    def __init__(
        self,
        catalogue: Catalogue,
        guidance: dict[str, Guidance],
        embedder: MiniLMEmbedder,
        proxies: ProxyTable | None = None,
        no_fit_below: float | None = None,
        weights: MapWeights | None = None,
        spell_out: Callable[[str], str] | None = None,
    ) -> None:
        self.weights = weights or MapWeights()
        self.spell_out = spell_out  # the asker's shorthand in the catalogue's words ("RLW", "subbie"), before scoring
        self.no_fit_below = no_fit_below
        self.catalogue = catalogue
        self.proxies = proxies
        self.guidance = guidance
        self.embedder = embedder
        self.codes = [m.code for m in catalogue if m.code not in NOT_MAPPED]
        texts: list[str] = []
        owners: list[int] = []
        for index, code in enumerate(self.codes):
            measure, guide = catalogue.get(code), guidance[code]
            for text in (measure.measure, f"{measure.outcome}: {guide.counts}", *guide.examples):
                texts.append(text)
                owners.append(index)
        self._owners = np.array(owners)
        self._vectors = embedder.embed(texts)
        self._measure_vectors = embedder.embed([catalogue.get(c).measure for c in self.codes])

    # --- the parts of the score ------------------------------------------------------
    def meaning(self, vector: np.ndarray) -> np.ndarray:
        """Per code, the best similarity of ``vector`` to the measure text, its note or an example."""
        similarity = self._vectors @ vector
        best = np.full(len(self.codes), -1.0, dtype=np.float32)
        np.maximum.at(best, self._owners, similarity)
        return best

    def _words(self, activity: str) -> tuple[np.ndarray, list[list[str]]]:
        scores = np.zeros(len(self.codes), dtype=np.float32)
        matched: list[list[str]] = []
        for index, code in enumerate(self.codes):
            hits = []
            for pattern in self.guidance[code].patterns:
                found = pattern.search(activity)
                # a cause word that only names whom a gift or partnership goes to ("a homelessness charity") is no
                # more a signal of the measure on that cause than it is a term its wording names (see _RECIPIENT);
                # a longer match says what is done ("volunteer on a canal restoration with a conservation trust")
                if found and not (len(found.group(0).split()) <= _CAUSE_WORDS and _RECIPIENT.match(activity, found.end())):
                    hits.append(found.group(0))
            matched.append(hits)
            scores[index] = min(len(hits), 2) / 2
        return scores, matched

    def _wording(self, activity: str) -> tuple[np.ndarray, list[list[str]], list[list[str]]]:
        """Per code: +1 when the activity uses a term the measure's wording names, -1 when it is outside it."""
        scores = np.zeros(len(self.codes), dtype=np.float32)
        named_hits: list[list[str]] = []
        outside_hits: list[list[str]] = []
        for index, code in enumerate(self.codes):
            guide = self.guidance[code]
            named = list(dict.fromkeys(_term(m) for p in guide.named
                                       if (m := p.search(activity)) and not _RECIPIENT.match(activity, m.end())))
            outside = [_term(m) for p in guide.not_when if (m := p.search(activity))]
            if guide.requires and not any(p.search(activity) for p in guide.requires):
                outside.append("")  # none of the words its wording needs
            elif guide.requires_also and not any(p.search(activity) for p in guide.requires_also):
                outside.append("")
            if outside:
                named = []  # a term the measure names counts only where its wording applies (a careers talk outside school)
            named_hits.append(named)
            outside_hits.append(outside)
            scores[index] = self.weights.named * bool(named) - self.weights.outside * bool(outside)
        return scores, named_hits, outside_hits

    def _unit(self, quantity: Quantity | None) -> np.ndarray:
        scores = np.zeros(len(self.codes), dtype=np.float32)
        if quantity is None:
            return scores
        for index, code in enumerate(self.codes):
            unit = self.catalogue.get(code).unit
            fits = _UNIT_FITS.get(unit, {unit})
            if quantity.unit in fits:
                scores[index] = 1.0
            elif quantity.unit in ("£", "%", "hours", "FTE", "tonnes CO2e", "tonnes", "miles", "weeks"):
                scores[index] = -1.0
        return scores

    # --- ranking ------------------------------------------------------------------------
    def map(self, activity: str, top: int = 3) -> Mapping:
        activity = " ".join(activity.split())
        if not activity:
            raise ValueError("the activity is empty: describe what you will do, e.g. 'staff volunteer at a food bank'")
        shown, activity = activity, self.spell_out(activity) if self.spell_out else activity
        vector = self.embedder.embed([activity])[0]
        quantity = extract_quantity(activity)
        meaning = self.meaning(vector)
        words, matched = self._words(activity)
        unit = self._unit(quantity)
        wording, named, outside = self._wording(activity)
        # words signal a measure only where its wording applies: outside it they are no evidence for it
        words = np.where([bool(o) for o in outside], 0.0, words).astype(np.float32)
        total = meaning + self.weights.words * words + self.weights.unit * unit + wording
        order = np.argsort(-total)[: max(1, top)]
        results = []
        for index in order:
            code = self.codes[int(index)]
            measure = self.catalogue.get(code)
            converted = in_unit(activity, quantity, measure.unit)
            evidence = {
                "meaning": round(float(meaning[index]), 3),
                "words": matched[index],
                "quantity_fits_unit": None if quantity is None and not converted.ok else converted.ok,
            }
            if named[index]:
                evidence["named_in_wording"] = named[index]
            if outside[index]:
                evidence["outside_wording"] = outside[index]
            mapped = MappedMeasure(
                measure, float(total[index]), self._why(measure, evidence, quantity, converted), evidence,
                self.guidance[code].how_to_choose, in_unit=converted,
            )
            if self.proxies is not None:
                mapped.proxy = self.proxies.value_of(code, quantity)
            results.append(mapped)
        mapping = Mapping(activity=shown, measures=results, quantity=quantity,
                          closest_meaning=round(float(np.max(meaning)), 3))
        if self.no_fit_below is not None and results[0].score < self.no_fit_below:
            mapping.fits = False
        if len(results) > 1 and results[0].score - results[1].score < self.weights.ambiguous_margin:
            mapping.ambiguous = True
            first, second = results[0], results[1]
            mapping.choose = (
                f"{first.measure.code} and {second.measure.code} are close. "
                f"{first.how_to_choose} {second.how_to_choose}"
            )
        return mapping

    def baseline(self, activity: str, top: int = 3) -> list[str]:
        """Plain embedding similarity between the activity and each measure's text (for the eval)."""
        similarity = self._measure_vectors @ self.embedder.embed([activity])[0]
        return [self.codes[int(i)] for i in np.argsort(-similarity)[:top]]

    @staticmethod
    def _why(measure: Measure, evidence: dict[str, Any], quantity: Quantity | None,
             converted: InUnit | None = None) -> str:
        parts = [f"close in meaning to {measure.code} ({evidence['meaning']:.2f})"]
        if evidence["words"]:
            parts.append("words that signal it: " + ", ".join(f"'{w}'" for w in evidence["words"]))
        if evidence.get("named_in_wording"):
            parts.append("its wording names " + ", ".join(f"'{w}'" for w in evidence["named_in_wording"]))
        outside = [w for w in evidence.get("outside_wording", []) if w]
        if outside:
            parts.append("but " + ", ".join(f"'{w}'" for w in outside) + " is outside its wording")
        elif "outside_wording" in evidence:
            parts.append("but it names none of the things its wording counts")
        if converted is not None and converted.ok and converted.how:
            parts.append(f"in its unit ({measure.unit}): {converted.how}")
        elif converted is not None and converted.ok and quantity is not None:
            parts.append(f"'{quantity.text}' is in its unit ({measure.unit})")
        elif converted is not None and converted.missing and quantity is not None:
            parts.append(f"'{quantity.text}' is not in its unit ({measure.unit}): {converted.missing}")
        if measure.partner_vcfse_key:
            parts.append("a Partner VCFSE key measure")
        return "; ".join(parts)
