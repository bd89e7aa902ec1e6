"""Commissioner: draft social value tender questions, recommended measures and an evaluation matrix.

Rules come from policy (each cited to its passage); measures are ranked by relevance to the
service (meaning + the kind of contract), the area's local needs and any priority outcomes,
and their number is proportionate to the contract's value and length (tiers in settings).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.areas import REGION, normalise_area
from assistant.export import Report, citation_lines
from assistant.mapping import ActivityMapper
from assistant.measures import Catalogue, Measure, outcome_from_label, outcome_label
from assistant.policy import (
    MIN_TENDER_WEEKS_VCFSE,
    MIN_WEIGHTING_PERCENT,
    QUALITATIVE_PERCENT,
    QUANTITATIVE_PERCENT,
    PolicySources,
    local_needs,
    measures_for_needs,
    vcfse_relevant,
)
from assistant.store import KnowledgeStore
from assistant.resources import prompt_file
from assistant.writing import SectionWriter

PROFILES_FILE = Path("data") / "service-profiles.json"
SCORING_FILE = prompt_file("question-scoring.json")
SCORING: dict[str, Any] = json.loads(SCORING_FILE.read_text(encoding="utf-8"))
SECTORS = ("nhs", "council", "other")
CLIMATE_CODES = ("NT31", "NT83", "NT82")
QUALITATIVE_CRITERIA = (
    ("Method and delivery plan: who delivers, milestones, resources", 20),
    ("Relevance to the contract and to local needs", 15),
    ("Collaboration with VCFSE organisations (direct delivery or enabling resources)", 15),
    ("Measurement, reporting and accountability during the contract", 10),
)


_GENERIC_SERVICE_WORDS = frozenset("service services contract contracts works work provision scheme programme".split())


class ServiceProfiles:
    """Kinds of contract (construction, catering, ...) by the words in a service, and their usual measures."""

    def __init__(self, knowledge_dir: Path, catalogue: Catalogue) -> None:
        raw = json.loads((knowledge_dir / PROFILES_FILE).read_text(encoding="utf-8"))["profiles"]
        self.profiles = {
            name: (re.compile(item["pattern"], re.IGNORECASE), [catalogue.get(c).code for c in item["measures"]])
            for name, item in raw.items()
        }

    @staticmethod
    def _heads(text: str) -> tuple[list[str], str]:
        """The head words (what is bought) and the head phrase of a service description."""
        head_phrase, rest = text, None
        match = re.match(r"^(.*?)\s+(?:for|of|in|at|to|across|with|within)\s+(.*)$", text)
        if match:
            head_phrase, rest = match.group(1), match.group(2)
        if rest and re.fullmatch(r"(the\s+)?(supply|provision|purchase|procurement|delivery)", head_phrase, re.IGNORECASE):
            head_phrase = rest
        heads = []
        for part in re.split(r"\s*(?:,|\band\b|&)\s*", head_phrase):
            words = [w for w in part.split() if w.lower() not in _GENERIC_SERVICE_WORDS]
            if words:
                heads.append(words[-1])
        return heads, head_phrase

    def bought(self, service: str) -> str:
        """What the contract buys, in words ("catering" for "hospital patient catering"): for ranking measures."""
        heads, head_phrase = self._heads(" ".join(service.split()))
        found = [h for h in heads if any(p.search(h) for p, _ in self.profiles.values())]
        return " and ".join(found) if found else service

    def kinds(self, service: str) -> list[str]:
        """Kinds of contract by what is bought, not where it is delivered: 'hospital patient catering' is catering.

        English puts what is bought last in a compound before any 'for', 'of', 'in' ... ('hospital patient
        *catering*', 'home-to-school *transport* for children'); 'supply of office furniture' buys furniture.
        That head word decides; failing it the head phrase, then the whole description."""
        text = " ".join(service.split())
        heads, head_phrase = self._heads(text)
        for candidate in (" ".join(heads), head_phrase, text):
            found = [name for name, (pattern, _) in self.profiles.items() if pattern.search(candidate)]
            if found:
                return found
        return []

    def codes_for(self, service: str) -> set[str]:
        return {code for kind in self.kinds(service) for code in self.profiles[kind][1]}


class BadContractError(ValueError):
    """Contract details that cannot be used; the message says what to fix."""


@dataclass
class Contract:
    service: str
    value: float
    months: int
    area: str | None
    sector: str = "other"
    priorities: list[str] = field(default_factory=list)

    def validate(self) -> "Contract":
        if not self.service.strip():
            raise BadContractError("describe the service, e.g. 'community mental health support'")
        if not (self.value > 0):
            raise BadContractError("the contract value must be a positive amount in £")
        if not (1 <= self.months <= 240):
            raise BadContractError("the contract length must be between 1 and 240 months")
        if self.sector not in SECTORS:
            raise BadContractError(f"sector must be one of {', '.join(SECTORS)}")
        self.area = normalise_area(self.area)
        return self


@dataclass
class QuestionsResult:
    contract: Contract
    data: dict[str, Any]

    def as_dict(self) -> dict[str, Any]:
        return self.data

    def report(self) -> Report:
        """The questions, measures, matrix and notes as a document for export."""
        d = self.data
        c = d["contract"]
        report = Report(f"Social value tender questions: {c['service']}")
        report.paragraph(
            f"Contract: {c['service']}, £{c['value']:,.0f} over {c['months']} months, {c['area']} ({c['sector']}). "
            f"Social value weighting at least {d['weighting_percent']}% of the total score, evaluated "
            f"{d['qualitative_percent']}:{d['quantitative_percent']} qualitative to quantitative."
            + (f" Minimum tender period: {d['min_tender_weeks']} weeks." if d["min_tender_weeks"] else "")
        )
        report.heading("Recommended measures")
        report.table(["Code", "Measure", "Unit", "Why"], [[m["code"], m["measure"], m["unit"], m["why"]] for m in d["measures"]])
        report.heading("Questions")
        for number, q in enumerate(d["questions"], start=1):
            report.heading(f"Question {number} ({', '.join(q['measures'])})", level=2)
            report.paragraph(q["text"])
            report.paragraph(f"Scoring: {q['scoring']}")
        report.heading("Evaluation matrix")
        report.table(
            ["Part", "Criterion", "% of social value", "% of total score"],
            [[r["part"], r["criterion"], r["percent_of_social_value"], r["percent_of_total"]] for r in d["evaluation_matrix"]],
        )
        report.heading("Notes")
        report.bullets(d["notes"])
        report.heading("Sources")
        report.bullets(citation_lines(d["citations"]))
        return report


def measure_count(value: float, months: int, tiers: list[tuple[float, int, int]]) -> tuple[int, tuple[int, int]]:
    """How many measures to ask for: the tier's minimum for the value, plus one or two for long contracts."""
    for ceiling, low, high in tiers:
        if value < ceiling:
            break
    extra = 2 if months >= 48 else 1 if months > 24 else 0
    return min(low + extra, high), (low, high)


class QuestionsTask:
    def __init__(
        self,
        catalogue: Catalogue,
        mapper: ActivityMapper,
        store: KnowledgeStore,
        knowledge_dir: Path,
        tiers: list[tuple[float, int, int]],
        writer: SectionWriter | None = None,
        framework_name: str | None = None,
        service_profiles: ServiceProfiles | None = None,
    ) -> None:
        """``framework_name`` and ``service_profiles`` (built on the shipped TOMs) when ``catalogue`` is a loaded framework."""
        self.writer = writer or SectionWriter(None)
        self.catalogue = catalogue
        self.framework_name = framework_name  # None: the shipped Cheshire and Merseyside TOMs
        self.mapper = mapper
        self.store = store
        self.tiers = tiers
        self.service_profiles = service_profiles or ServiceProfiles(knowledge_dir, catalogue)
        self.profiles = self.service_profiles.profiles

    # --- ranking --------------------------------------------------------------------
    def _rank(self, contract: Contract) -> list[tuple[Measure, float, list[Any]]]:
        """Every mappable measure with its score and reasons (text, or local facts to cite), best first."""
        # what is bought, not where it is delivered: "hospital patient catering" is ranked as catering
        bought = self.service_profiles.bought(contract.service)
        vectors = self.mapper.embedder.embed([contract.service, bought])
        meaning = (self.mapper.meaning(vectors[0]) + self.mapper.meaning(vectors[1])) / 2 if bought != contract.service \
            else self.mapper.meaning(vectors[0])
        kinds = self.service_profiles.kinds(contract.service)
        needs = measures_for_needs(local_needs(self.store, contract.area))
        ranked = []
        for index, code in enumerate(self.mapper.codes):
            measure = self.catalogue.get(code)
            score = float(meaning[index])
            reasons: list[Any] = []
            for kind in kinds:
                profile_codes = self.profiles[kind][1]
                if code in profile_codes:
                    score += 0.25 * (1 - profile_codes.index(code) / (2 * len(profile_codes)))
                    reasons.append(f"commonly relevant to {kind} contracts")
                    break
            if code in needs:
                score += 0.12
                reasons.append(needs[code][:2])
            if any(p.lower() in measure.outcome.lower() for p in contract.priorities):
                score += 0.5  # the commissioner's own priority outweighs our guesses
                reasons.append(f"in your priority outcome '{outcome_label(measure.outcome)}'")
            if contract.sector == "nhs" and code in CLIMATE_CODES:
                score += 0.3
                reasons.append("nhs-climate")
            ranked.append((measure, score, reasons))
        ranked.sort(key=lambda item: -item[1])
        return ranked

    @staticmethod
    def _explain(reasons: list[Any], score: float, sources: PolicySources) -> str:
        parts = []
        for reason in reasons:
            if reason == "nhs-climate":
                parts.append(f"NHS tenders include the Fighting Climate Change theme{_mark(sources.cite('weighting_nhs'))}")
            elif isinstance(reason, list):
                parts.append("answers local needs: " + "; ".join(
                    f"{f.indicator} ({f.area}): {f.value} [{sources.cite_hit(f.hit, anchor=f.indicator)}]" for f in reason
                ))
            else:
                parts.append(reason)
        return "; ".join(parts) or f"close in meaning to the service ({score:.2f})"

    def _choose(self, ranked, count: int, contract: Contract) -> list[tuple[Measure, float, list[str]]]:
        chosen = ranked[:count]
        partner = [item for item in ranked if item[0].partner_vcfse_key]
        if partner and not any(m.partner_vcfse_key for m, _, _ in chosen):  # always carry a Partner VCFSE key measure
            chosen = chosen[: max(count - 1, 1)] + [partner[0]]
        if contract.sector == "nhs" and not any(m.code in CLIMATE_CODES for m, _, _ in chosen):
            climate = next((item for item in ranked if item[0].code in CLIMATE_CODES), None)
            if climate is None:  # a loaded framework without the TOMs' climate codes
                return chosen
            # replace the weakest measure that is not the Partner VCFSE key measure
            drop = max((i for i, (m, _, _) in enumerate(chosen) if not m.partner_vcfse_key), default=None)
            if drop is None or len(chosen) < 2:
                chosen = chosen + [climate]
            else:
                chosen = chosen[:drop] + chosen[drop + 1:] + [climate]
        return chosen

    # --- the whole job --------------------------------------------------------------
    def __call__(self, contract: Contract) -> QuestionsResult:
        contract.validate()
        outcomes = sorted({m.outcome for m in self.catalogue})
        contract.priorities = [outcome_from_label(p) for p in contract.priorities]
        for priority in contract.priorities:
            if not any(priority.lower() in outcome.lower() for outcome in outcomes):
                raise BadContractError(f"'{priority}' is not a{' TOMs' if self.framework_name is None else 'n'} outcome"
                                       f"{'' if self.framework_name is None else ' of the ' + self.framework_name}; use one of: "
                                       f"{'; '.join(outcome_label(o) for o in outcomes)}")
        sources = PolicySources(self.store)
        relevant, terms = vcfse_relevant(contract.service)
        count, (low, high) = measure_count(contract.value, contract.months, self.tiers)
        chosen = self._choose(self._rank(contract), count, contract)

        n_weight = _mark(sources.cite("weighting"))
        n_split = _mark(sources.cite("split"))
        n_rpa = _mark(sources.cite("relevant_proportionate_additional"))
        n_six = _mark(sources.cite("six_weeks")) if relevant else ""
        n_partner = _mark(sources.cite("partner_vcfse_public"))
        measures = [
            {
                "code": m.code,
                "measure": m.measure,
                "unit": m.unit,
                "partner_vcfse_key": m.partner_vcfse_key,
                "why": self._explain(reasons, score, sources),
            }
            for m, score, reasons in chosen
        ]
        partner_codes = [m["code"] for m in measures if m["partner_vcfse_key"]]
        questions = self._questions(contract, chosen)
        notes = [
            f"Social value should carry at least {MIN_WEIGHTING_PERCENT}% of the total score (PPN 06/20; NHS since "
            f"April 2022; PPN 002 from October 2025){n_weight}.",
            f"Score the social value answer at least {QUALITATIVE_PERCENT}:{QUANTITATIVE_PERCENT} qualitative to "
            f"quantitative{n_split}.",
            f"{count} measures for a £{contract.value:,.0f} contract over {contract.months} months (tier {low}–{high} "
            "measures for this value, one more over 24 months and two more from 48): keep requirements relevant, "
            f"proportionate and additional{n_rpa}.",
        ]
        if relevant:
            notes.append(
                f"Relevant to VCFSE organisations (the service mentions {', '.join(repr(t) for t in terms[:4])}): "
                f"allow at least {MIN_TENDER_WEEKS_VCFSE} weeks for tenders{n_six}."
            )
        else:
            notes.append(
                "Not judged relevant to VCFSE providers from the service description (no community, care, advice, "
                "youth, food, housing or similar terms), so no minimum tender period applies; say so if that is wrong."
            )
        notes.append(self._partner_note(partner_codes, n_partner))
        data = {
            "contract": {
                "service": contract.service, "value": contract.value, "months": contract.months,
                "area": contract.area or REGION, "sector": contract.sector,
            },
            "framework": self.framework_name or "Cheshire and Merseyside TOMs",
            "weighting_percent": MIN_WEIGHTING_PERCENT,
            "qualitative_percent": QUALITATIVE_PERCENT,
            "quantitative_percent": QUANTITATIVE_PERCENT,
            "vcfse_relevant": relevant,
            "min_tender_weeks": MIN_TENDER_WEEKS_VCFSE if relevant else None,
            "measures": measures,
            "questions": questions,
            "evaluation_matrix": self._matrix([m.code for m, _, _ in chosen]),
            "notes": notes,
            "citations": [c.as_dict() for c in sources.citations],
        }
        return QuestionsResult(contract, data)

    def _partner_note(self, partner_codes: list[str], mark: str) -> str:
        verb = "is" if len(partner_codes) == 1 else "are"
        if self.framework_name is None:
            return f"Partner VCFSE: {', '.join(partner_codes)} {verb} included; public bodies baseline NT14 and set year-on-year targets{mark}."
        if not partner_codes:
            return (f"Partner VCFSE: the {self.framework_name} marks no measure as a Partner VCFSE key measure, so none "
                    f"is included; VCFSE collaboration is still baselined with year-on-year targets{mark}.")
        return (f"Partner VCFSE: {', '.join(partner_codes)} ({self.framework_name}) {verb} included; baseline it and set "
                f"year-on-year targets{mark}.")

    def _questions(self, contract: Contract, chosen) -> list[dict[str, Any]]:
        partner = [m.code for m, _, _ in chosen if m.partner_vcfse_key]
        environment = [m.code for m, _, _ in chosen if m.theme == "Environment" and not m.partner_vcfse_key]
        core = [m.code for m, _, _ in chosen if m.code not in partner and m.code not in environment]
        area = contract.area or REGION
        wording = SCORING["questions"]  # prompts/question-scoring.json

        def asked(kind: str, codes: list[str]) -> tuple[list[str], str]:
            return codes, wording[kind].format(service=contract.service, area=area, codes=", ".join(codes))

        groups = [asked(kind, codes) for kind, codes in (("core", core), ("partner", partner),
                                                         ("environment", environment)) if codes]
        if len(groups) > 1 and len(chosen) <= 3:  # a small contract gets one combined question
            groups = [asked("combined", [code for codes, _ in groups for code in codes])]
        questions = []
        for codes, text in groups:
            written = self.writer.write(text)  # reworded where a model is available, checked in code
            questions.append({"text": written.text, "measures": codes, "scoring": self._scoring(codes),
                              "marking_scale": SCORING["scale"], "worded_by_model": written.by_model})
        return questions

    def _scoring(self, codes: list[str]) -> str:
        """Guidance for this question's own measures: what a strong answer shows for their themes and units."""
        measures = [self.catalogue.get(code) for code in codes]
        partner = [m.code for m in measures if m.partner_vcfse_key]
        others = [m for m in measures if not m.partner_vcfse_key]
        parts = []
        if others:
            themes = list(dict.fromkeys(m.theme for m in others))
            expectations = "; ".join(SCORING["themes"][t] for t in themes if t in SCORING["themes"])
            units = ", ".join(dict.fromkeys(f"{m.code} in {m.unit}" for m in others))
            parts.append(SCORING["lead"].format(codes=", ".join(m.code for m in others),
                                                expectations=expectations or "specific, measured and timed commitments",
                                                units=units))
        if partner:
            parts.append(SCORING["partner"].format(codes=", ".join(partner)))
        parts.append(f"Qualitative ({QUALITATIVE_PERCENT}%): mark 0-5 on the scale below. "
                     + SCORING["quantitative"].format(quantitative=QUANTITATIVE_PERCENT, codes=", ".join(codes)))
        return " ".join(parts)

    @staticmethod
    def _matrix(codes: list[str]) -> list[dict[str, Any]]:
        rows = [
            {"part": "qualitative", "criterion": name, "percent_of_social_value": weight,
             "percent_of_total": round(weight * MIN_WEIGHTING_PERCENT / 100, 2)}
            for name, weight in QUALITATIVE_CRITERIA
        ]
        share = QUANTITATIVE_PERCENT / len(codes)
        rows += [
            {"part": "quantitative", "criterion": f"{code} commitment", "percent_of_social_value": round(share, 2),
             "percent_of_total": round(share * MIN_WEIGHTING_PERCENT / 100, 2)}
            for code in codes
        ]
        return rows


def _mark(number: int | None) -> str:
    """' [n]' for a citation, or nothing when the passage is not in the store (e.g. knowledge edited away)."""
    return f" [{number}]" if number is not None else ""
