"""Bid writer: turn planned activities into checked commitments and a social value response.

Each activity is mapped to a measure code, its quantity read, and checked for being relevant, proportionate
and additional (assistant/checks.py). Failing activities stay in the list with their flags and are left out
of the response. The response is built from templates that hold every fact (local needs cited to their
source, the commitments table, a delivery plan, reporting, VCFSE involvement), trimmed to the word limit,
and then, where a language model is available, each prose section is reworded and checked in code
(assistant/writing.py).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.additionality import requirements
from assistant.areas import REGION
from assistant.checks import Check, CommitmentChecks, cosine
from assistant.export import Report, citation_lines, to_markdown
from assistant.mapping import ActivityMapper, Mapping
from assistant.measures import Catalogue, outcome_label
from assistant.policy import NEED_MEASURES, PolicySources, local_needs, measures_for_needs
from assistant.quantities import over_own_duration, rate, share_of_contract, without_rate
from assistant.store import KnowledgeStore
from assistant.resources import prompt_file
from assistant.tasks.questions import BadContractError, Contract, ServiceProfiles
from assistant.writing import SectionWriter, count_words

MAX_ACTIVITIES = 30
CHECK_NAMES = {"relevant": "relevance", "proportionate": "proportionality", "additional": "additionality"}
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
    specification: str = ""  # the tender's specification, when known: what the contract already pays for
    characters: int | None = None  # a character limit, when the tender sets one instead of (or as well as) words
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
        if self.characters is not None and self.characters < 1000:
            raise BadContractError("the character limit must be at least 1,000 characters")
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


TEMPLATES_FILE = prompt_file("draft-sections.json")
TEMPLATES: dict[str, Any] = {k: v for k, v in json.loads(TEMPLATES_FILE.read_text(encoding="utf-8")).items() if k != "about"}
_NOT_A_NEED = re.compile(r"\bVC[F]?SE\b|organisations\b", re.IGNORECASE)  # counts of the sector are context, not needs
_SUBJECT = re.compile(r"^(?:(?:our|the|all|every|each|my)\b[^,.;]*?|we|i)\s+(will|shall|would|are going to|plan to|aim to)\b",
                      re.IGNORECASE)
_PLURAL_START = re.compile(r"^(children|residents|people|neighbourhoods|households|pupils|young people|adults|"
                           r"women|men|families|the|a|an)\b", re.IGNORECASE)


# units counting people or shares, not a flow over time: a rate near them is someone's working week, not theirs
_STOCK_UNITS = frozenset({"FTE", "people", "%", "yes/no"})


def pick(variants: list[str], number: int) -> str:
    """The template variant for the ``number``-th use, so that neighbouring sentences do not read alike."""
    return variants[number % len(variants)]


def _join(items: list[str]) -> str:
    items = [i for i in items if i]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1] if items else ""


def _the(indicator: str) -> str:
    text = indicator.strip()
    text = text[:1].lower() + text[1:] if not text[:3].isupper() else text
    return text if _PLURAL_START.match(text) else "the " + text


def _period(fact) -> str:
    period = " ".join(str(fact.hit.metadata.get("period", "") or "").split())
    if not period:
        fields = dict(line.split(": ", 1) for line in fact.hit.text.splitlines() if ": " in line)
        period = fields.get("period", "")
    return "" if not period or period.lower().startswith("not stated") else f" ({period})"


def _topic(indicator: str) -> str:
    for pattern, _ in NEED_MEASURES:
        if re.search(pattern, indicator, re.IGNORECASE):
            return pattern
    return indicator


def _lower_words(text: str) -> str:
    """Lower case, keeping acronyms ("MSMEs", "VCSEs") as written."""
    return " ".join(w if sum(ch.isupper() for ch in w) >= 2 else w.lower() for w in text.split())


# Outcome labels as the catalogue words them, turned into noun phrases a sentence can carry
# ("Carbon emissions are reduced" -> "reduced carbon emissions"; "Creating a healthier community" -> "a healthier community").
_OUTCOME_FORMS = (
    (re.compile(r"^(?P<what>.+?) (is|are) promoted$", re.IGNORECASE), "more {what}"),
    (re.compile(r"^(?P<what>.+?) (is|are) (?P<done>\w+ed)$", re.IGNORECASE), "{done} {what}"),
    (re.compile(r"^(?P<what>.+?) (is|are) (?P<rest>\w+ed .+)$", re.IGNORECASE), "{what} {rest}"),
    (re.compile(r"^(creating|promoting) (?P<what>.+)$", re.IGNORECASE), "{what}"),
    (re.compile(r"^reducing (?P<what>.+)$", re.IGNORECASE), "reduced {what}"),
    (re.compile(r"^safeguarding (?P<what>.+)$", re.IGNORECASE), "protection of {what}"),
    (re.compile(r"^improve (?P<what>.+)$", re.IGNORECASE), "better {what}"),
    (re.compile(r"^more working (?P<what>.+)$", re.IGNORECASE), "more work {what}"),
)


# A fact value that leads with a figure reads inside any fact sentence; a phrase ("lowest in Crewe Central: ...")
# is quoted after a colon instead.
_FIGURE_LEAD = re.compile(r"^(about |around |over |under |nearly |almost |more than |less than )?[£\d]", re.IGNORECASE)


def outcome_phrase(outcome: str) -> str:
    """The measure's outcome as a noun phrase in lower case: 'More local people in employment' stays as it is."""
    text = outcome_label(outcome).strip().rstrip(".")
    for pattern, form in _OUTCOME_FORMS:
        found = pattern.match(text)
        if found:
            text = form.format(**{k: v for k, v in found.groupdict().items()})
            break
    return _lower_words(text)


def _lower_first(text: str) -> str:
    text = text.strip().rstrip(".")
    return text if text[:2].isupper() else text[:1].lower() + text[1:]


def _as_clause(activity: str) -> str:
    """The activity as a clause with its own subject: 'Take on 4 apprentices' -> 'we will take on 4 apprentices';
    'Our carers will give 150 hours' stays as it is; '300 volunteer hours a year' -> 'we will provide 300 volunteer hours'."""
    text = without_rate(activity.strip().rstrip("."))
    if _SUBJECT.match(text):
        return text[:1].lower() + text[1:] if text[:2].lower() in ("we", "i ") else text
    return "we will " + _as_action(text)


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
                   needs: dict, sources: PolicySources, vector=None) -> dict[str, Any]:
        contract = request.contract
        best = mapping.measures[0]
        code = best.measure.code
        need_reasons = [
            f"answers a local need: {f.indicator} ({f.area}): {f.value} [{sources.cite_hit(f.hit, anchor=f.indicator)}]"
            for f in needs.get(code, [])[:1]
        ]
        if self.checks.benefits_self(activity, contract.service):
            # not social value at all (relevance says why), so whether it repeats the contract is not asked
            additional = Check(True, "not judged: its benefit goes to the bidder or its client (see relevance)")
        else:
            additional = self.checks.additional(activity, mapping, similarity, contract.service,
                                                request.specification, vector)
        repeats = not additional.ok and additional.repeats is not None
        checks = {
            # what the contract already pays for is not a commitment: additionality says so, relevance is not asked
            "relevant": Check(True, "not judged: it repeats what the contract already pays for (see additionality)")
            if repeats else
            self.checks.relevant(activity, mapping, similarity, code in self.profiles.codes_for(contract.service), need_reasons,
                                 contract.service),
            # what the contract already pays for is not a commitment, so its scale is not judged
            "proportionate": self.checks.proportionate(activity, mapping, contract.value, contract.months)
            if not repeats else
            Check(True, "not judged: it repeats what the contract already pays for (see additionality)"),
            "additional": additional,
        }
        if checks["proportionate"].scale == "token" and self.checks.benefits_self(activity, contract.service):
            # for the bidder itself: scaling it up would not make it social value (too large is still said: it
            # costs the bid)
            checks["proportionate"] = Check(True, "not judged as too small: its benefit goes to your own "
                                                  "organisation (see relevance), so scaling it up would not make it "
                                                  "social value")
        q = mapping.quantity
        every = rate(activity, q.text if q else None)
        converted = best.in_unit
        if converted is not None and not converted.ok and q is not None:
            converted = share_of_contract(activity, q, best.measure.unit, contract.value) or converted
        value = converted.as_dict()["value"] if converted is not None and converted.ok else None
        how = converted.how if converted is not None else ""
        # a rate with a duration of its own ("£50 a month for the 3 years"): the total over it is what is committed;
        # a bare rate ("£30,000 a year") stands as stated, never multiplied by the contract's length unasked
        over = (over_own_duration(activity, every[1], contract.months)
                if every and value is not None and best.measure.unit not in _STOCK_UNITS else None)
        if over and q is not None and (q.text in over[1] or q.unit == "%"):
            over = None  # the quantity read is that duration itself ("for all 7 years"), or a share of the whole
            # contract's value ("35% ..., tracked monthly"): already the total
        if over:
            rate_value = value
            value = round(value * over[0], 6)
            value = int(value) if float(value).is_integer() else value
            how = (f"{how}; " if how else "") + (f"{rate_value:g} {best.measure.unit} {every[0]} × {over[0]:g} "
                                                 f"({over[1]}) = {value:g} {best.measure.unit}")
        item = {
            "activity": activity,
            "codes": [code],
            "measure": best.measure.measure,
            "outcome": best.measure.outcome,
            "quantity": value,  # always in the measure's unit; None when it cannot be worked out (see "missing")
            "unit": best.measure.unit,
            "measure_unit": best.measure.unit,
            "stated": q.text if q else None,
            "conversion": how,
            "missing": converted.missing if converted is not None else "",
            "when": f"in total, {over[1]}" if over else f"each {every[1]} of the {contract.months}-month contract"
                    if every else f"over the {contract.months}-month contract",
            "checks": {name: check.as_dict() for name, check in checks.items()},
            "included": all(check.ok for check in checks.values()),
            "why_code": best.why,
        }
        if mapping.ambiguous and mapping.choose:
            item["alternatives"] = [m.measure.code for m in mapping.measures[1:2]]
            item["choose"] = mapping.choose
        return item

    # --- the response -----------------------------------------------------------------
    def _facts(self, area: str | None, codes: list[str], needs: dict) -> list:
        """Up to three local-needs facts: the area's own before the region's, those behind a commitment first."""
        facts = [f for f in local_needs(self.store, area) if not _NOT_A_NEED.search(f.indicator)]
        relevant = {f.hit.id for code in codes for f in needs.get(code, [])}
        own = [f for f in facts if area and f.area == area]
        pool = own or facts
        pool.sort(key=lambda f: f.hit.id not in relevant)  # stable: keeps the shipped order within each group
        chosen, topics = [], set()
        for fact in pool:
            topic = _topic(fact.indicator)
            if topic in topics:
                continue
            topics.add(topic)
            chosen.append(fact)
            if len(chosen) == 3:
                break
        return chosen

    def _sections(self, request: DraftRequest, included: list[dict], needs: dict, sources: PolicySources) -> list[dict]:
        """Sections as (heading, [(sentence, priority)]): priority 0 is kept under any word limit."""
        t = TEMPLATES
        c = request.contract
        area = c.area or REGION
        codes = [item["codes"][0] for item in included]
        sections: list[dict] = []

        opening = [(pick(t["opening"], 0).format(service=c.service, area=area), 0)]
        for number, fact in enumerate(self._facts(c.area, codes, needs)):
            mark = sources.cite_hit(fact.hit, anchor=fact.indicator)
            own = c.area and fact.area == c.area
            template = pick(t["fact"] if own else t["region_fact"], number)
            if not _FIGURE_LEAD.match(str(fact.value)):
                template = pick(t["fact_phrase"], number)
            opening.append((template.format(area=fact.area, Area=fact.area, indicator=_the(fact.indicator),
                                            value=fact.value, period=_period(fact), mark=mark), 1 + number))
        plan = sources.cite("local_needs_plans")
        if plan:
            opening.append((pick(t["plan"], 0).format(mark=plan), 5))
        if codes:
            summary = t["summary_one"] if len(codes) == 1 else t["summary"]  # "one measurable outcome", not "1 … outcomes"
            opening.append((pick(summary, 0).format(count=len(codes), codes=_join(list(dict.fromkeys(codes)))), 0))
        sections.append({"heading": "Our social value offer", "sentences": opening, "rewrite": True})

        method: list[tuple[str, int]] = []
        months = c.months
        agree = min(3, months)
        for number, item in enumerate(included):
            code = item["codes"][0]
            clause = _as_clause(item["activity"])
            quantity = (f"{item['quantity']:,} {item['unit']}" if isinstance(item["quantity"], (int, float))
                        else f"a quantity in {item['unit']} to be confirmed")
            method.append((pick(t["commitment"], number).format(Clause=clause[:1].upper() + clause[1:], clause=clause,
                                                                 when=item["when"], code=code, quantity=quantity), 0))
            if item.get("conversion"):
                method.append((pick(t["conversion"], number).format(how=item["conversion"]), 2))
            need = ""
            for fact in needs.get(code, [])[:1]:
                if c.area is None or fact.area == c.area:
                    need = pick(t["need"], 0).format(indicator=_the(fact.indicator), value=fact.value,
                                                     mark=sources.cite_hit(fact.hit, anchor=fact.indicator))
            method.append((pick(t["benefit"], number).format(outcome=outcome_phrase(item["outcome"]), area=area, need=need), 3))
            if request.partners:
                method.append((pick(t["how_with_partners"], number).format(partners=_join(request.partners)), 3))
            else:
                method.append((pick(t["how"], number).format(agree=agree), 4))
            start = min(agree + 1, months)
            method.append((pick(t["milestones"], number).format(start=start, end=months), 4))
            method.append((pick(t["evidence"], number).format(evidence=EVIDENCE.get(item["measure_unit"], "records"),
                                                              code=code), 2))
        if included:
            review = f", and at month {months // 2} we review progress and adjust the plan" if months >= 12 else ""
            method.append((pick(t["method_close"], 0).format(agree=agree, review=review, end=months), 1))
            sections.append({"heading": "Method and delivery plan", "sentences": method, "rewrite": True})

        partner_items = [item for item in included if item["codes"][0] in self.catalogue.partner_vcfse_codes()
                         or re.search(r"\b(VC[F]?SEs?|charit\w*|voluntary|community groups?|social enterprises?)\b",
                                      item["activity"], re.IGNORECASE)]
        if partner_items:
            direct = [i for i in partner_items if i["codes"][0] == "NT14"]
            enabling = [i for i in partner_items if i not in direct]
            vcfse = []
            if direct:
                vcfse.append((pick(t["vcfse_direct"], 0).format(items="; ".join(_lower_first(i["activity"]) for i in direct)), 0))
            if enabling:
                vcfse.append((pick(t["vcfse_enabling"], 0).format(items="; ".join(_lower_first(i["activity"]) for i in enabling)),
                              1 if direct else 0))
            if request.partners:
                vcfse.append((pick(t["vcfse_partners"], 0).format(partners=_join(request.partners)), 1))
            mark = sources.cite("vcfse_collaboration")
            if mark:
                vcfse.append((pick(t["vcfse_roadmap"], 0).format(mark=mark), 5))
            sections.append({"heading": "Working with VCFSE organisations", "sentences": vcfse, "rewrite": True})

        if included:
            evidence = sorted({EVIDENCE.get(i["measure_unit"], "records") for i in included})
            lines = t["report"]
            report = [(lines[0].format(codes=_join(list(dict.fromkeys(codes))), evidence=_join(evidence)), 0),
                      (lines[1].format(area=area), 1), (lines[2], 2)]
            sections.append({"heading": "How we will measure and report delivery", "sentences": report, "rewrite": True})
        return sections

    def _table(self, included: list[dict]) -> dict[str, Any]:
        rows = []
        for item in included:
            quantity = f"{item['quantity']:,}" if isinstance(item["quantity"], (int, float)) else "to be agreed"
            rows.append([item["codes"][0], item["measure"], quantity, item["unit"], item["when"]])
        return {"kind": "table", "header": ["Code", "Measure", "Quantity", "Unit", "When"], "rows": rows}

    @staticmethod
    def _blocks(sections: list[dict], table: dict | None) -> list[dict[str, Any]]:
        blocks: list[dict[str, Any]] = []
        for number, section in enumerate(sections):
            if not section["sentences"]:
                continue
            blocks.append({"kind": "heading", "text": section["heading"]})
            blocks.append({"kind": "paragraph", "text": " ".join(t for t, _ in section["sentences"]), "by_model": False})
            if number == 0 and table is not None:
                blocks += [{"kind": "heading", "text": "Commitments"}, table]
        return blocks

    def _trim(self, sections: list[dict], table: dict | None, words: int | None, characters: int | None) -> bool:
        """Drop optional sentences, least important first, until the response is within the word and the
        character limit (as the reader counts them in the finished response); True if it fits."""
        def over() -> bool:
            markdown = to_markdown(response_report("", self._blocks(sections, table)), title=False)
            return bool((words and count_words(markdown) > words) or (characters and len(markdown) > characters))
        while over():
            candidates = [(p, si, ti) for si, s in enumerate(sections) for ti, (_, p) in enumerate(s["sentences"]) if p > 0]
            if not candidates:
                return False
            # the least important sentence, the last of equals (later commitments' details go first)
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
            item = self.commitment(activity, mapping, request, cosine(vectors[0], vectors[index + 1]), needs, sources,
                                   vectors[index + 1])
            commitments.append(item)
            for name, check in item["checks"].items():
                if not check["ok"]:
                    flags.append({"activity_index": index, "check": CHECK_NAMES[name], "why": check["why"]})
        included = [item for item in commitments if item["included"]]
        table = self._table(included)
        sections = self._sections(request, included, needs, sources)
        fits = self._trim(sections, table if included else None, request.words, request.characters)

        blocks: list[dict[str, Any]] = []
        notes = []
        for number, section in enumerate(sections):
            if not section["sentences"]:
                continue
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
        if not any(item["codes"][0] in self.catalogue.partner_vcfse_codes() for item in included):
            mark = sources.cite("partner_vcfse_private")
            notes.append("No commitment uses a Partner VCFSE key measure (NT14 spend with VCSEs, NT15 expert advice, "
                         "NT16 donated resources, NT17 volunteering hours); the roadmap asks organisations to measure "
                         f"these{f' [{mark}]' if mark else ''}.")
        for item in included:
            if item.get("conversion"):
                notes.append(f"{item['codes'][0]}: counted in {item['unit']} as {item['conversion']}.")
            elif item.get("missing"):
                notes.append(f"{item['codes'][0]} ('{item['activity']}'): {item['missing']}.")
        markdown = to_markdown(response_report("", blocks), title=False)
        if request.characters and len(markdown) > request.characters and any(b.get("by_model") for b in blocks):
            blocks = self._blocks(sections, table if included else None)  # the model's wording ran over: templates
            markdown = to_markdown(response_report("", blocks), title=False)
        if not fits:
            limits = " and ".join(x for x in (f"{request.words}-word" if request.words else "",
                                              f"{request.characters}-character" if request.characters else "") if x)
            notes.append(f"Even with every optional sentence removed the response is over the {limits} limit: "
                         "remove activities or raise the limit.")
        data = {
            "question": request.question,
            "contract": {"service": c.service, "value": c.value, "months": c.months,
                         "area": c.area or REGION},
            "commitments": commitments,
            "flags": flags,
            "response_markdown": markdown,
            "words": count_words(markdown),
            "word_limit": request.words,
            "characters": len(markdown),
            "character_limit": request.characters,
            "blocks": blocks,
            "notes": notes,
            "citations": [cit.as_dict() for cit in sources.citations],
            "evidence": track["sources"] if track else [],
        }
        if request.specification:
            data["specification"] = specification_matches(request.specification, commitments)
        return DraftResult(request, data)


def specification_matches(specification: str, commitments: list[dict[str, Any]]) -> dict[str, Any]:
    """How many of the specification's requirements the additionality check read, and which activity repeats which."""
    matched = [{"activity_index": index, "activity": item["activity"], "requirement": requirement}
               for index, item in enumerate(commitments)
               if (requirement := item["checks"]["additional"].get("requirement"))]
    return {"requirements": len(requirements(specification)), "matched": matched}


def _track_record_block(request: DraftRequest, included: list[dict]) -> dict[str, Any] | None:
    """The track-record section from the bidder's evidence library (None without records)."""
    if not request.evidence:
        return None
    from assistant.evidence import track_record

    return track_record(request.evidence, [item["codes"][0] for item in included if item["codes"]])
