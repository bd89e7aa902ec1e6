"""Procurement policy rules, each with the passage of its source, and the local needs behind measure choices."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.areas import REGION, area_scope
from assistant.citations import Citation, citation_for
from assistant.store import Hit, KnowledgeStore

MIN_WEIGHTING_PERCENT = 10  # PPN 06/20, NHS England since April 2022, PPN 002
QUALITATIVE_PERCENT = 60  # the roadmap: at least 60:40 qualitative to quantitative
QUANTITATIVE_PERCENT = 40
MIN_TENDER_WEEKS_VCFSE = 6  # the roadmap, citing the Greater Manchester VCSE Commissioning Framework

# Where each rule is written: (source, words the passage contains).
RULE_SOURCES = {
    "weighting": ("Policy facts", "social value must carry a minimum 10% of the total score"),
    "weighting_nhs": ("Policy facts", "minimum 10% net zero and social value weighting"),
    "weighting_ppn002": ("Policy facts", "mandatory from 1 Oct 2025; minimum 10% weighting"),
    "split": ("Towards a Social Value Economy", "minimum 60% weighting on qualitative and 40% on quantitative"),
    "six_weeks": ("Towards a Social Value Economy", "minimum six-week procurement timescale for tenders relevant to VCFSE"),
    "relevant_proportionate_additional": ("Towards a Social Value Economy", "Proportionate to the underlying activity taking place"),
    "partner_vcfse_public": ("Towards a Social Value Economy", "measure progress using NT14 from the"),
    "partner_vcfse_private": ("Towards a Social Value Economy", "measure progress using NT14, NT15, NT16 and NT17"),
    "vcfse_collaboration": ("Towards a Social Value Economy", "direct collaboration with the VCFSE Sector"),
    "local_needs_plans": ("Towards a Social Value Economy", "informed by a robust assessment of local needs"),
}

# Services where VCFSE organisations are commonly providers or partners (community, care, advice, ...).
VCFSE_SERVICE_TERMS = (
    "community", "health", "care", "wellbeing", "well-being", "mental health", "advice", "advocacy", "youth",
    "young people", "children", "family", "families", "food", "meals", "housing", "homeless", "supported living",
    "social prescribing", "befriending", "carers", "domiciliary", "addiction", "substance", "drug", "alcohol",
    "recovery", "employability", "volunteer", "older people", "disab", "refugee", "domestic abuse",
    "counselling", "sports development", "arts", "culture", "community transport", "outreach", "engagement",
)

# Local-needs indicators and the measures that answer them. A count of VCFSE organisations is context about
# the sector, not a need, so it never makes a measure relevant.
NEED_MEASURES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"unemploy|employment rate|economic inactivity|inactivity|workless|not in work|claimant|universal credit",
     ("NT76", "NT3", "NT11", "NT1", "NT4", "NT10", "NT13", "NT13a")),
    (r"poverty|low-income|low income", ("NT41", "NT1b", "NT28", "NT16", "NT26")),
    (r"deprived|IMD|deprivation", ("NT1b", "NT1", "NT19", "NT18")),
    (r"life expectancy|health", ("NT26", "NT29a", "NT20", "NT27")),
)


@dataclass
class NeedFact:
    area: str
    indicator: str
    value: str
    hit: Hit


def find_passage(store: KnowledgeStore, source: str, contains: str) -> Hit | None:
    """The chunk of ``source`` whose text contains ``contains`` (spaces and case ignored)."""
    wanted = " ".join(contains.split()).lower()
    for hit in store.all_chunks(where={"source": source}):
        if wanted in " ".join(hit.text.split()).lower():
            return hit
    return None


class PolicySources:
    """Turns rule names into numbered citations of the passages that state them."""

    def __init__(self, store: KnowledgeStore) -> None:
        self.store = store
        self.citations: list[Citation] = []
        self._numbers: dict[str, int] = {}

    def cite(self, rule: str) -> int | None:
        if rule in self._numbers:
            return self._numbers[rule]
        source, contains = RULE_SOURCES[rule]
        hit = find_passage(self.store, source, contains)
        if hit is None:
            return None
        return self.cite_hit(hit, key=rule, anchor=contains)

    def cite_hit(self, hit: Hit, key: str | None = None, anchor: str | None = None) -> int:
        key = key or hit.id
        if key not in self._numbers:
            number = len(self.citations) + 1
            self._numbers[key] = number
            citation = citation_for(hit, number, anchor=anchor)
            citation.score = 1.0
            self.citations.append(citation)
        return self._numbers[key]


def vcfse_relevant(service: str) -> tuple[bool, list[str]]:
    """Whether a service is relevant to VCFSE providers, and the words in it that say so."""
    text = service.lower()
    found = [term for term in VCFSE_SERVICE_TERMS if re.search(rf"\b{re.escape(term)}", text)]
    return bool(found), found


def local_needs(store: KnowledgeStore, area: str | None) -> list[NeedFact]:
    """The local-needs facts that apply to ``area`` (the area itself, then the wider region)."""
    scope = area_scope(area) or [REGION]
    facts = []
    for hit in store.all_chunks(where={"$and": [{"kind": "local-needs"}, {"area": {"$in": scope}}]}):
        fields = hit.metadata  # the CSV row's fields are kept in the chunk's metadata (assistant/documents/loaders.py)
        facts.append(NeedFact(hit.metadata["area"], str(fields.get("indicator", "")), str(fields.get("value", "")), hit))
    facts.sort(key=lambda f: (scope.index(f.area), f.hit.metadata.get("row", 0)))
    return facts


def measures_for_needs(facts: list[NeedFact]) -> dict[str, list[NeedFact]]:
    """Measure code -> the local facts that make it relevant."""
    reasons: dict[str, list[NeedFact]] = {}
    for fact in facts:
        for pattern, codes in NEED_MEASURES:
            if re.search(pattern, fact.indicator, re.IGNORECASE):
                for code in codes:
                    reasons.setdefault(code, []).append(fact)
    return reasons


def sector_recommendations(store: KnowledgeStore, pages: tuple[int, ...], limit: int = 3) -> list[tuple[str, Citation]]:
    """The roadmap's recommended actions on ``pages`` (its bullets), each with its citation."""
    found: list[tuple[str, Citation]] = []
    for hit in store.all_chunks(where={"source": "Towards a Social Value Economy"}):
        if hit.metadata.get("page") not in pages:
            continue
        for line in hit.text.splitlines():
            text = line.strip()
            if text.startswith("- ") and "Partner VCFSE commitment" not in text and len(text) > 40:
                found.append((text[2:].strip().lstrip("➤ ").strip(), hit))
    seen, result = set(), []
    # actions about working with the VCFSE sector first, then in the roadmap's order
    for text, hit in sorted(found, key=lambda item: ("VCFSE" not in item[0], item[1].metadata.get("page"), item[1].id)):
        if text in seen:
            continue
        seen.add(text)
        result.append((text, citation_for(hit, len(result) + 1, anchor=text)))
        if len(result) >= limit:
            break
    return result
