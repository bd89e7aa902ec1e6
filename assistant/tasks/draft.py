"""Bid writer: turn planned activities into checked commitments and a social value response.

Each activity is mapped to a measure code, its quantity read, and checked for being relevant, proportionate
and additional (assistant/checks.py). Failing activities stay in the list with their flags and are left out
of the response. The response is built from templates that hold every fact (local needs cited to their
source, the commitments table, a delivery plan, reporting, VCFSE involvement), trimmed to the word limit,
and then, where a language model is available, each prose section is reworded and checked in code
(assistant/writing.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from assistant.checks import CommitmentChecks, cosine
from assistant.export import Report, citation_lines, to_markdown
from assistant.mapping import ActivityMapper, Mapping
from assistant.measures import Catalogue
from assistant.policy import PolicySources, local_needs, measures_for_needs
from assistant.quantities import rate, without_rate
from assistant.store import KnowledgeStore
from assistant.tasks.questions import BadContractError, Contract, ServiceProfiles
from assistant.writing import SectionWriter, count_words

MAX_ACTIVITIES = 30
CHECK_NAMES = {"relevant": "relevance", "proportionate": "proportionality", "additional": "additionality"}
PARTNER_CODES = ("NT14", "NT15", "NT16", "NT17")
EVIDENCE = {
    "hours": "timesheets and volunteer logs signed off by the partner",
    "£": "invoices and payment records",
    "FTE": "payroll records with employees' postcodes",
    "%": "payroll and supplier records",
    "weeks": "apprenticeship and training agreements",
    "people": "programme registers",
    "tonnes CO2e": "metered energy and fuel data against the stated baseline",
    "tonnes": "waste transfer notes",
    "miles": "travel logs",
    "yes/no": "the published report",
}


@dataclass
class DraftRequest:
    question: str
    contract: Contract
    activities: list[str]
    partners: list[str] = field(default_factory=list)
    words: int | None = None
    evidence: list[Any] = field(default_factory=list)  # the bidder's evidence-library records (assistant/evidence.py)

    def validate(self) -> "DraftRequest":
        self.contract.validate()
        if not self.question.strip():
            raise BadContractError("give the tender's social value question (--question)")
        self.activities = [" ".join(a.split()) for a in self.activities if a and a.strip()]
        if not self.activities:
            raise BadContractError("list at least one planned activity (--activity), e.g. '200 staff volunteering hours "
                                   "with local food banks'")
        if len(self.activities) > MAX_ACTIVITIES:
            raise BadContractError(f"at most {MAX_ACTIVITIES} activities in one draft")
        if self.words is not None and self.words < 150:
            raise BadContractError("the word limit must be at least 150 words")
        self.partners = [" ".join(p.split()) for p in self.partners if p and p.strip()]
        return self


@dataclass
class DraftResult:
    request: DraftRequest
    data: dict[str, Any]

    def as_dict(self) -> dict[str, Any]:
        return self.data

    def report(self) -> Report:
        """The response as a document: its sections, the commitments table, flags left out, and sources."""
        report = response_report(f"Social value response: {self.request.contract.service}", self.data["blocks"])
        if self.data["flags"]:
            report.heading("Not included: activities that failed a check")
            report.bullets([f"{self.request.activities[f['activity_index']]} — {f['check']}: {f['why']}"
                            for f in self.data["flags"]])
        if self.data["citations"]:
            report.heading("Sources")
            report.bullets(citation_lines(self.data["citations"]))
        return report


def _as_action(activity: str) -> str:
    """'Recruit 6 people' -> 'recruit 6 people'; '300 volunteer hours a year' -> 'provide 300 volunteer hours'."""
    text = re.sub(r"^(we|i)\s+(will|shall|would)\s+", "", activity.strip().rstrip("."), flags=re.IGNORECASE)
    text = without_rate(text)
    if text[:1].isdigit() or text[:1] == "£":
        return "provide " + text
    first, _, rest = text.partition(" ")
    word = first if first.isupper() and len(first) > 1 else first.lower()
    return f"{word} {rest}".strip()


def response_report(title: str, blocks: list[dict[str, Any]]) -> Report:
    """The response's blocks (headings, paragraphs, the commitments table) as an exportable report."""
    report = Report(title)
    for block in blocks:
        if block["kind"] == "heading":
            report.heading(block["text"])
        elif block["kind"] == "table":
            report.table(block["header"], block["rows"])
        else:
            report.paragraph(block["text"])
    return report


class DraftTask:
    def __init__(self, catalogue: Catalogue, mapper: ActivityMapper, store: KnowledgeStore,
                 checks: CommitmentChecks, profiles: ServiceProfiles, writer: SectionWriter) -> None:
        self.catalogue = catalogue
        self.mapper = mapper
        self.store = store
        self.checks = checks
        self.profiles = profiles
        self.writer = writer

    # --- commitments ------------------------------------------------------------------
    def commitment(self, activity: str, mapping: Mapping, request: DraftRequest, similarity: float,
                   needs: dict, sources: PolicySources) -> dict[str, Any]:
        contract = request.contract
        best = mapping.measures[0]
        code = best.measure.code
        need_reasons = [
            f"answers a local need: {f.indicator} ({f.area}): {f.value} [{sources.cite_hit(f.hit, anchor=f.indicator)}]"
            for f in needs.get(code, [])[:1]
        ]
        checks = {
            "relevant": self.checks.relevant(activity, mapping, similarity, code in self.profiles.codes_for(contract.service), need_reasons),
            "proportionate": self.checks.proportionate(activity, mapping, contract.value, contract.months),
            "additional": self.checks.additional(activity, mapping, similarity, contract.service),
        }
        q = mapping.quantity
        every = rate(activity)
        item = {
            "activity": activity,
            "codes": [code],
            "measure": best.measure.measure,
            "quantity": q.as_dict()["value"] if q else None,
            "unit": q.unit if q else best.measure.unit,
            "measure_unit": best.measure.unit,
            "when": f"each {every[1]} of the {contract.months}-month contract" if every
                    else f"over the {contract.months}-month contract",
            "checks": {name: check.as_dict() for name, check in checks.items()},
            "included": all(check.ok for check in checks.values()),
            "why_code": best.why,
        }
        if mapping.ambiguous and mapping.choose:
            item["alternatives"] = [m.measure.code for m in mapping.measures[1:2]]
            item["choose"] = mapping.choose
        return item

    # --- the response -----------------------------------------------------------------
    def _sections(self, request: DraftRequest, included: list[dict], needs: dict, sources: PolicySources) -> list[dict]:
        """Sections as (heading, [(sentence, priority)]): priority 0 is kept under any word limit."""
        c = request.contract
        area = c.area or "Cheshire and Merseyside"
        codes = [item["codes"][0] for item in included]
        sections: list[dict] = []

        facts, seen = [], set()
        for code in codes:
            for fact in needs.get(code, []):
                if fact.hit.id not in seen and len(facts) < 2:
                    seen.add(fact.hit.id)
                    facts.append(fact)
        if not facts:
            facts = [f for f in local_needs(self.store, c.area)][:2]
        opening = [(f"Our social value offer for this {c.service} contract is built around the needs of {area}"
                    + (f" and commits to {len(codes)} measurable outcomes ({', '.join(dict.fromkeys(codes))})." if codes
                       else "."), 0)]
        for fact in facts:
            mark = sources.cite_hit(fact.hit, anchor=fact.indicator)
            opening.append((f"{fact.indicator} in {fact.area}: {fact.value} [{mark}].", 1))
        plan = sources.cite("local_needs_plans")
        if plan:
            opening.append((f"We have shaped these commitments around that evidence, as the Cheshire and Merseyside "
                            f"roadmap asks [{plan}].", 3))
        sections.append({"heading": "Our social value offer", "sentences": opening, "rewrite": True})

        method: list[tuple[str, int]] = []
        for item in included:
            method.append((f"For {item['codes'][0]}, we will {_as_action(item['activity'])} {item['when']}.", 0))
        if included:
            method.append(("Our contract manager leads delivery, with named leads for each commitment"
                           + (f" and our VCFSE partners {', '.join(request.partners)}." if request.partners else "."), 1))
        if included:
            m = c.months
            quarter = min(3, m)
            steps = [f"in the first {quarter} months we agree each commitment's baseline, partners and plan with the "
                     "commissioner"]
            if m >= 6:
                steps.append(f"from month {quarter} we report every quarter")
            if m >= 12:
                steps.append(f"at month {m // 2} we review progress and adjust the plan")
            steps.append(f"by month {m} we report the final results against every commitment")
            method.append(("Milestones: " + "; ".join(steps) + ".", 1))
        if included:
            sections.append({"heading": "Method and delivery plan", "sentences": method, "rewrite": True})

        partner_items = [item for item in included if item["codes"][0] in PARTNER_CODES
                         or re.search(r"\b(VC[F]?SEs?|charit\w*|voluntary|community groups?|social enterprises?)\b",
                                      item["activity"], re.IGNORECASE)]
        if partner_items:
            direct = [i for i in partner_items if i["codes"][0] == "NT14"]
            enabling = [i for i in partner_items if i not in direct]
            vcfse = []
            if direct:
                vcfse.append((f"We will work directly with VCFSE organisations in our supply chain "
                              f"({'; '.join(i['activity'].rstrip('.') for i in direct)}).", 0))
            if enabling:
                vcfse.append((f"We will support the VCFSE sector with enabling resources "
                              f"({'; '.join(i['activity'].rstrip('.') for i in enabling)}).", 0))
            if request.partners:
                vcfse.append((f"Our partners are {', '.join(request.partners)}.", 1))
            mark = sources.cite("vcfse_collaboration")
            if mark:
                vcfse.append(("This follows the roadmap's call for direct collaboration and enabling resources "
                              f"[{mark}].", 3))
            sections.append({"heading": "Working with VCFSE organisations", "sentences": vcfse, "rewrite": True})

        if included:
            evidence = sorted({EVIDENCE.get(i["measure_unit"], "records") for i in included})
            report = [
                (f"We will report progress every quarter against {', '.join(dict.fromkeys(codes))}, in each "
                 f"measure's unit, with evidence from {', '.join(evidence)}.", 0),
                ("Each quarterly report will include a short case study of the difference made to local people.", 1),
                ("Our contract manager owns the social value plan and reviews it at every contract meeting.", 2),
            ]
            sections.append({"heading": "How we will measure and report delivery", "sentences": report, "rewrite": True})
        return sections

    def _table(self, included: list[dict]) -> dict[str, Any]:
        rows = []
        for item in included:
            quantity = f"{item['quantity']:,}" if isinstance(item["quantity"], (int, float)) else "to be agreed"
            rows.append([item["codes"][0], item["measure"], quantity, item["unit"], item["when"]])
        return {"kind": "table", "header": ["Code", "Measure", "Quantity", "Unit", "When"], "rows": rows}

    @staticmethod
    def _trim(sections: list[dict], fixed_words: int, limit: int | None) -> bool:
        """Drop optional sentences, least important first, until the response fits; True if it fits."""
        def total() -> int:
            return fixed_words + sum(count_words(s["heading"]) + sum(count_words(t) for t, _ in s["sentences"])
                                     for s in sections)
        if limit is None:
            return True
        while total() > limit:
            candidates = [(p, si, ti) for si, s in enumerate(sections) for ti, (_, p) in enumerate(s["sentences"]) if p > 0]
            if not candidates:
                return False
            _, si, ti = max(candidates)
            del sections[si]["sentences"][ti]
        return True

    def __call__(self, request: DraftRequest) -> DraftResult:
        request.validate()
        c = request.contract
        sources = PolicySources(self.store)
        needs = measures_for_needs(local_needs(self.store, c.area))
        vectors = self.mapper.embedder.embed([c.service, *request.activities])
        commitments, flags = [], []
        for index, activity in enumerate(request.activities):
            mapping = self.mapper.map(activity, top=3)
            item = self.commitment(activity, mapping, request, cosine(vectors[0], vectors[index + 1]), needs, sources)
            commitments.append(item)
            for name, check in item["checks"].items():
                if not check["ok"]:
                    flags.append({"activity_index": index, "check": CHECK_NAMES[name], "why": check["why"]})
        included = [item for item in commitments if item["included"]]
        table = self._table(included)
        sections = self._sections(request, included, needs, sources)
        table_words = sum(count_words(" ".join(row)) for row in table["rows"]) + count_words(" ".join(table["header"]))
        fits = self._trim(sections, table_words + count_words("Commitments"), request.words)

        blocks: list[dict[str, Any]] = []
        notes = []
        for number, section in enumerate(sections):
            text = " ".join(t for t, _ in section["sentences"])
            written = self.writer.write(text, words=count_words(text)) if section["rewrite"] else None
            if written is not None and written.note:
                notes.append(f"{section['heading']}: {written.note}")
            blocks.append({"kind": "heading", "text": section["heading"]})
            blocks.append({"kind": "paragraph", "text": written.text if written else text,
                           "by_model": bool(written and written.by_model)})
            if number == 0 and included:
                blocks += [{"kind": "heading", "text": "Commitments"}, table]
        track = _track_record_block(request, included)  # quotes only the bidder's evidence library, cited
        if track is not None:
            blocks += [{"kind": "heading", "text": track["heading"]},
                       {"kind": "paragraph", "text": track["text"], "by_model": False}]
        if not included:
            notes.append("No activity passed all three checks, so the response has no commitments: see the flags.")
        if not any(item["codes"][0] in PARTNER_CODES for item in included):
            mark = sources.cite("partner_vcfse_private")
            notes.append("No commitment uses a Partner VCFSE key measure (NT14 spend with VCSEs, NT15 expert advice, "
                         "NT16 donated resources, NT17 volunteering hours); the roadmap asks organisations to measure "
                         f"these{f' [{mark}]' if mark else ''}.")
        if not fits:
            notes.append(f"Even with every optional sentence removed the response is over the {request.words}-word limit: "
                         "remove activities or raise the limit.")
        markdown = to_markdown(response_report("", blocks), title=False)
        data = {
            "question": request.question,
            "contract": {"service": c.service, "value": c.value, "months": c.months,
                         "area": c.area or "Cheshire and Merseyside"},
            "commitments": commitments,
            "flags": flags,
            "response_markdown": markdown,
            "words": count_words(markdown),
            "word_limit": request.words,
            "blocks": blocks,
            "notes": notes,
            "citations": [cit.as_dict() for cit in sources.citations],
            "evidence": track["sources"] if track else [],
        }
        return DraftResult(request, data)


def _track_record_block(request: DraftRequest, included: list[dict]) -> dict[str, Any] | None:
    """The track-record section from the bidder's evidence library (None without records)."""
    if not request.evidence:
        return None
    from assistant.evidence import track_record

    return track_record(request.evidence, [item["codes"][0] for item in included if item["codes"]])
