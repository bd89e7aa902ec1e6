"""Review a social value response like an evaluator: a 60:40 rubric, quoted evidence, flags, and a rework loop.

Qualitative (60 points, 12 each): relevance to the contract and local needs; method and delivery plan;
VCFSE collaboration; accountability (measuring and reporting); evidence and track record. Each criterion
is scored 0-4 from what the text shows (the signals found are quoted back), so the score is explainable.
Quantitative (40 points): commitments with valid codes, quantities and units (20); and commitments that
are proportionate and additional (20), using the same checks as drafting (assistant/checks.py).

Flags: codes that are not in the catalogue, figures claimed as value without a basis, commitments that
restate the contract, and over-promising (the roadmap warns that suppliers overpromise to game the system).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.checks import Check, CommitmentChecks, cosine
from assistant.mapping import ActivityMapper
from assistant.measures import Catalogue
from assistant.policy import PolicySources, find_passage
from assistant.citations import citation_for
from assistant.store import KnowledgeStore
from assistant.resources import prompt_file
from assistant.tasks.questions import BadContractError, Contract
from assistant import text as text_rules
from assistant.areas import REGION
from assistant.text import measure_codes
from assistant.writing import SectionWriter

_QUANTITY = re.compile(r"£\s?\d|\b\d[\d,.]*\s?(%|hours?|days?|weeks?|months?|FTEs?|people|apprentices?|tonnes?|jobs?|"
                       r"placements?|sessions?|volunteers?|workshops?|miles?)\b", re.IGNORECASE)
_VALUE_CLAIM = re.compile(r"\b(social value (of|worth)|worth of social value|SROI|social return|return on investment|"
                          r"generat\w* £|deliver\w* £[\d,.]+\s?(m|k|million)? (of|in) (social )?value|£[\d,.]+\s?(m|k|million)? "
                          r"of social value)", re.IGNORECASE)
_BASIS = re.compile(r"\b(based on|calculated|using the (TOMs|proxy)|proxy values?|measured (by|with)|\[\d+\])", re.IGNORECASE)
_PROMISE = re.compile(r"^(we|our \w+( \w+)?) (will|shall|commit|guarantee|pledge)\b", re.IGNORECASE)
# Promising outcomes no contract can deliver. A guaranteed interview scheme is a standard, deliverable commitment,
# so "guarantee" alone is not over-promising; guaranteeing an outcome for everyone is (caught by the rest).
_OVERPROMISE = re.compile(r"\b(every (resident|child|person|family|household)|all (residents|families|"
                          r"unemployed|children|young people) in|eliminat\w* (poverty|unemployment|homelessness|"
                          r"loneliness)|end (poverty|homelessness|unemployment)|100% of (local )?(residents|people|"
                          r"the community))\b", re.IGNORECASE)

# What makes a sentence evidence rather than words: a figure, a measure code, a source marker, a date, or a name.
_FIGURE = re.compile(r"£\s?\d|\b\d[\d,.]*\s?%?|\[\d+\]|\bNT\d+[a-z]?\b|\b(January|February|March|April|May|June|July|"
                     r"August|September|October|November|December|Q[1-4])\b")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z][\w&'-]*(?:\s+(?:[A-Z][\w&'-]*|of|and|for|the))*")
_GENERIC = frozenset("We Our The This That These It In On By For With And Social Value Living Wage Real National "
                     "Great Britain England UK Council Government Each Every All Any".split())
# Sentences about the offer itself (who manages it, how it is reported) rather than a commitment in it.
_ABOUT_THE_OFFER = re.compile(r"\b(these|our|the|all|each|every) (social value )?(commitments?|offer|plan|measures?)\b|"
                              r"\bsocial value (plan|offer|commitments?)\b", re.IGNORECASE)
# A placeholder the bidder has not filled in yet ("[name the lead]"): not evidence of anything.
_PLACEHOLDER = re.compile(r"\[[^\]\d][^\]]*\]")
PADDING_CRITERIA = 3  # a sentence touching this many criteria with nothing specific in it is padding


def specific(sentence: str, area: str = "") -> bool:
    """Whether ``sentence`` carries something checkable: a figure, code, source, date, or a name other than the area."""
    if _PLACEHOLDER.search(sentence):
        return False
    if _FIGURE.search(sentence):
        return True
    own = {w.lower() for w in re.findall(r"[A-Za-z]+", area)}
    for match in _NAME.finditer(sentence):
        words = [w for w in match.group(0).split() if w[:1].isupper()]
        if any(w not in _GENERIC and w.lower() not in own and not w.isupper() for w in words):
            return True
    return False


SIGNALS: dict[str, list[tuple[str, re.Pattern]]] = {
    "relevance": [
        ("names the contract's area", re.compile(r"PLACEHOLDER_AREA")),
        ("cites local needs or figures about the area", re.compile(
            r"\b(unemploy\w* rate|employment rate|deprivation|deprived|poverty|life expectancy|local needs?|JSNA|"
            r"needs assessment|health inequalit\w*|child poverty)\b", re.IGNORECASE)),
        ("ties the offer to the contract", re.compile(r"PLACEHOLDER_SERVICE")),
        ("explains why it matters locally", re.compile(r"\b(because|so that|which (will )?help|in response to|responds? to|"
                                                       r"to address|to tackle|priorit\w*)\b", re.IGNORECASE)),
    ],
    "method": [
        ("says who delivers", re.compile(r"\b(manager|coordinator|co-ordinator|lead|officer|team|director|champion)\b",
                                          re.IGNORECASE)),
        ("gives milestones or timing", re.compile(r"\b(month \d+|months? \d+|by (month|year|quarter|the end)|in (the )?"
                                                  r"(first|second|third) (year|quarter|month)|quarter \d|Q[1-4]|year [1-5]|"
                                                  r"milestones?|within \d+ (weeks|months))\b", re.IGNORECASE)),
        ("describes how it will be done", re.compile(r"\b(we will (work|recruit|partner|deliver|run|provide|offer|"
                                                     r"establish|set up|use|train)|through|by (working|recruiting|"
                                                     r"partnering))\b", re.IGNORECASE)),
        ("names resources", re.compile(r"\b(budget|funded|ring-?fenced|resources?|dedicated|£[\d,]+ (a|per) year)\b",
                                       re.IGNORECASE)),
    ],
    "vcfse": [
        ("works with VCFSE organisations", re.compile(r"\b(VCFSEs?|VCSEs?|charit(y|ies)|social enterprises?|voluntary|"
                                                      r"community (groups?|organisations?)|CICs?|CVS)\b", re.IGNORECASE)),
        ("direct collaboration (supply chain or joint delivery)", re.compile(
            r"\b(subcontract\w*|supply chain|spend \w* with|commission\w*|joint(ly)? deliver\w*|co-deliver\w*|"
            r"partner(ship)? (to|with) deliver)\b", re.IGNORECASE)),
        ("enabling resources (advice, equipment, volunteering)", re.compile(
            r"\b(volunteer\w*|pro bono|expert (advice|support)|donat\w*|equipment|mentoring|capacity building)\b",
            re.IGNORECASE)),
        ("names its partners", re.compile(r"\b[A-Z][\w&'-]+(?: [A-Z][\w&'-]+)* (Trust|CIC|Foundation|Network|CVS|"
                                          r"Charity|Food Bank|Centre|Association|Partnership|Hub)\b")),
    ],
    "accountability": [
        ("reports regularly", re.compile(r"\b(quarterly|monthly|every quarter|each quarter|annual report|report(s|ing)? "
                                         r"(progress|on|against))\b", re.IGNORECASE)),
        ("against the measure codes", re.compile(r"\b(against (the )?(NT\d+|TOMs|measures?|codes?|KPIs?)|KPIs?)\b",
                                                 re.IGNORECASE)),
        ("with evidence", re.compile(r"\b(evidence|timesheets?|invoices?|payroll|records|verified|audit\w*)\b",
                                     re.IGNORECASE)),
        ("case studies or qualitative reporting", re.compile(r"\b(case stud\w*|testimon\w*|stories|feedback)\b",
                                                             re.IGNORECASE)),
    ],
    "evidence": [
        ("track record", re.compile(r"\b(track record|previously|last year|in 20\d\d|on our (current|previous)|"
                                    r"have (already )?(delivered|supported|created|employed|donated))\b", re.IGNORECASE)),
        ("results achieved", re.compile(r"\b(achieved|delivered|resulted in|led to|helped \d+|supported \d+)\b",
                                        re.IGNORECASE)),
        ("accreditation or recognition", re.compile(r"\b(accredit\w*|Living Wage Employer|certified|award\w*|ISO \d+|"
                                                    r"B Corp)\b", re.IGNORECASE)),
        ("references a source", re.compile(r"\[\d+\]|\b(source|according to|JSNA|ONS)\b", re.IGNORECASE)),
    ],
}
RUBRIC: dict[str, Any] = json.loads(prompt_file("review-rubric.json").read_text(encoding="utf-8"))
CRITERIA = {key: (c["name"], c["to_raise"]) for key, c in RUBRIC["criteria"].items()}  # prompts/review-rubric.json
IMPROVE_FILE = prompt_file("review-improve.json")
IMPROVE: dict[str, Any] = json.loads(IMPROVE_FILE.read_text(encoding="utf-8"))
QUAL_POINTS = 12
QUANT_POINTS = 20


@dataclass
class ReviewRequest:
    text: str
    question: str
    contract: Contract
    evidence: list[Any] | None = None  # the bidder's evidence-library records: claimed past figures are checked

    def validate(self) -> "ReviewRequest":
        self.contract.validate()
        if len(self.text.split()) < 20:
            raise BadContractError("the response is too short to review: give the whole answer (at least 20 words)")
        return self


@dataclass
class ReviewResult:
    data: dict[str, Any]
    sentences: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return self.data


def read_response(value: str, max_bytes: int = 5_000_000) -> str:
    """A response from a .docx, .md or .txt file, or the text itself."""
    path = Path(value)
    looks_like_file = len(value) < 500 and "\n" not in value and path.suffix.lower() in (".docx", ".md", ".txt", ".markdown")
    if not looks_like_file:
        return value
    if not path.is_file():
        raise BadContractError(f"no such file: {value}")
    from assistant.documents.loaders import IngestError, load_file

    try:
        documents = load_file(path, max_bytes=max_bytes, max_pages=200)
    except IngestError as exc:
        raise BadContractError(str(exc)) from exc
    return "\n\n".join(d.page_content for d in documents)


def split_sentences(text: str) -> list[str]:
    cleaned = re.sub(r"^\s*[#>*-]+\s*|\|", " ", text, flags=re.MULTILINE)
    return [" ".join(s.split()) for s in text_rules.split_sentences(cleaned, lines=True) if len(s.split()) >= 3]


class ReviewTask:
    def __init__(self, catalogue: Catalogue, mapper: ActivityMapper, store: KnowledgeStore,
                 checks: CommitmentChecks, writer: SectionWriter) -> None:
        self.catalogue = catalogue
        self.mapper = mapper
        self.store = store
        self.checks = checks
        self.writer = writer

    def _signals(self, contract: Contract) -> dict[str, list[tuple[str, re.Pattern]]]:
        area = contract.area or REGION
        service_words = [w for w in re.findall(r"[a-z]{4,}", contract.service.lower()) if w not in ("services", "service")]
        signals = {k: list(v) for k, v in SIGNALS.items()}
        signals["relevance"][0] = ("names the contract's area", re.compile(re.escape(area), re.IGNORECASE))
        service = "|".join(re.escape(w[:6]) for w in service_words) or re.escape(contract.service.lower())
        signals["relevance"][2] = ("ties the offer to the contract", re.compile(rf"\b({service})\w*", re.IGNORECASE))
        return signals

    def padding(self, sentences: list[str], contract: Contract) -> list[str]:
        """Sentences that touch several criteria's words with nothing specific in them: words, not evidence."""
        area = contract.area or ""
        signals = self._signals(contract)
        found = []
        for sentence in sentences:
            if specific(sentence, area):
                continue
            touched = {key for key, items in signals.items()
                       for label, pattern in items if label != "names the contract's area" and pattern.search(sentence)}
            if len(touched) >= PADDING_CRITERIA:
                found.append(sentence)
        return found

    def qualitative(self, sentences: list[str], contract: Contract) -> dict[str, dict[str, Any]]:
        """Each criterion 0-4 from its evidence: a signal counts only in a sentence that is specific (a figure,
        code, source, date or name), so restating the rubric's words adds nothing."""
        area = contract.area or ""
        padded = set(self.padding(sentences, contract))
        usable = [s for s in sentences if s not in padded and not _PLACEHOLDER.search(s)]
        result = {}
        for key, signals in self._signals(contract).items():
            found, quotes = [], []
            for label, pattern in signals:
                for sentence in usable:
                    needs_evidence = label != "names the contract's area"
                    if pattern.search(sentence) and (not needs_evidence or specific(sentence, area)):
                        found.append(label)
                        if sentence not in quotes:
                            quotes.append(sentence)
                        break
            score = len(found)
            name, advice = CRITERIA[key]
            missing = [label for label, _ in signals if label not in found]
            result[key] = {
                "criterion": name, "part": "qualitative", "score": score, "out_of": 4,
                "points": round(QUAL_POINTS * score / 4, 1), "max_points": QUAL_POINTS,
                "found": found, "evidence": quotes[:3],
                "to_raise": ("Add, with a figure, date or name each: " + "; ".join(missing) + ". " + advice)
                if missing else "Strong.",
            }
        return result

    def commitments(self, sentences: list[str], contract: Contract) -> list[dict[str, Any]]:
        """Sentences that commit to a quantity, with the code they map to and the three checks."""
        past = SIGNALS["evidence"][0][1]  # "in 2023 we delivered ...": track record, not a commitment
        candidates = [s for s in sentences if (_QUANTITY.search(s) or _PROMISE.search(s)) and not _VALUE_CLAIM.search(s)
                      and not (past.search(s) and not re.search(r"\bwill\b", s, re.IGNORECASE))]
        if not candidates:
            return []
        vectors = self.mapper.embedder.embed([contract.service, *candidates])
        items = []
        for sentence, vector in zip(candidates, vectors[1:]):
            mapping = self.mapper.map(sentence, top=2)
            similarity = cosine(vectors[0], vector)
            stated = measure_codes(sentence)
            if _ABOUT_THE_OFFER.search(sentence) and not stated and mapping.quantity is None:
                continue  # "our manager will coordinate these commitments": about the offer, not a commitment
            additional = self.checks.additional(sentence, mapping, similarity, contract.service, "", vector)
            proportionate = (self.checks.proportionate(sentence, mapping, contract.value, contract.months)
                             if additional.ok or additional.repeats is None else
                             Check(True, "not judged: it repeats what the contract already pays for"))
            items.append({
                "sentence": sentence,
                "code": mapping.measures[0].measure.code,
                "stated_codes": stated,
                "quantity": mapping.quantity.as_dict() if mapping.quantity else None,
                "additional": additional.as_dict(),
                "proportionate": proportionate.as_dict(),
            })
        return items

    def __call__(self, request: ReviewRequest) -> ReviewResult:
        request.validate()
        contract = request.contract
        sentences = split_sentences(request.text)
        qualitative = self.qualitative(sentences, contract)
        commitments = self.commitments(sentences, contract)
        flags: list[dict[str, Any]] = []
        known = {m.code for m in self.catalogue}
        for sentence in sentences:
            for code in measure_codes(sentence):
                if code.upper() not in {k.upper() for k in known}:
                    flags.append({"kind": "unknown_code", "quote": sentence,
                                  "why": f"{code} is not a Cheshire and Merseyside TOMs measure code"})
            if _VALUE_CLAIM.search(sentence) and not _BASIS.search(sentence):
                flags.append({"kind": "figure_without_basis", "quote": sentence,
                              "why": "a value figure with no stated basis (which measures, quantities and proxy "
                                     "values it comes from): evaluators discount it"})
            over = _OVERPROMISE.search(sentence)
            if over:
                flags.append({"kind": "over_promising", "quote": sentence,
                              "why": f"'{over.group(0)}' promises more than one contract can deliver or evidence"})
        if request.evidence is not None:
            from assistant.evidence import unsupported_claims

            flags += unsupported_claims(sentences, request.evidence)
        for item in commitments:
            if not item["additional"]["ok"]:
                flags.append({"kind": "restates_contract", "quote": item["sentence"], "why": item["additional"]["why"]})
            if not item["proportionate"]["ok"]:
                kind = "over_promising" if "out of proportion" in item["proportionate"]["why"] else "token_commitment"
                flags.append({"kind": kind, "quote": item["sentence"], "why": item["proportionate"]["why"]})

        # quantitative: commitments with valid codes, quantities and units; then proportionate and additional
        valid = [c for c in commitments if c["quantity"] and _QUANTITY.search(c["sentence"]) and (not c["stated_codes"] or set(c["stated_codes"]) <= {k.upper() for k in known})]
        coded = [c for c in valid if c["stated_codes"]]
        count_score = min(len(valid), 4)  # up to four quantified commitments
        code_bonus = 1 if coded else 0
        commit_points = round(QUANT_POINTS * min(count_score + code_bonus, 4) / 4, 1)
        quantified = [c for c in commitments if c["quantity"]]
        sound = [c for c in quantified if c["additional"]["ok"] and c["proportionate"]["ok"]]
        restated = [c for c in commitments if not c["additional"]["ok"]]
        judged = len(quantified) + len([c for c in restated if not c["quantity"]])
        sound_points = round(QUANT_POINTS * (len(sound) / judged), 1) if judged else 0.0
        quantitative = {
            "commitments": {
                "criterion": "Commitments with measure codes, quantities and units", "part": "quantitative",
                "points": commit_points, "max_points": QUANT_POINTS,
                "evidence": [c["sentence"] for c in valid[:3]],
                "to_raise": "Strong." if commit_points >= QUANT_POINTS else
                "State each commitment as a quantity in its measure's unit with its code, e.g. '300 volunteering hours "
                "with local charities (NT17)'.",
            },
            "proportionate_additional": {
                "criterion": "Proportionate to the contract and additional to it", "part": "quantitative",
                "points": sound_points, "max_points": QUANT_POINTS,
                "evidence": [c["sentence"] for c in sound[:3]],
                "to_raise": "Strong." if judged and len(sound) == judged else
                "Drop or rescale the flagged commitments: nothing the contract already pays for, nothing out of scale.",
            },
        }
        qual_total = sum(c["points"] for c in qualitative.values())
        quant_total = commit_points + sound_points
        penalty = min(10, 2 * len([f for f in flags if f["kind"] in ("unknown_code", "figure_without_basis", "over_promising")]))
        total = max(0.0, round(qual_total + quant_total - penalty, 1))
        sources = PolicySources(self.store)
        gaming = find_passage(self.store, "Towards a Social Value Economy", "overpromise in bidding")
        citations = [c.as_dict() for c in sources.citations]
        if gaming is not None:
            citations.append(citation_for(gaming, len(citations) + 1, anchor="overpromise").as_dict())
        weakest = min(qualitative, key=lambda k: qualitative[k]["points"])
        padding = self.padding(sentences, contract)
        data = {
            "padding": [{"quote": p, "why": "it names what evaluators look for without a figure, date, name or "
                                            "commitment, so it adds nothing to the score"} for p in padding],
            "score": total, "out_of": 100, "band": _band(total, qualitative["evidence"]["score"]),
            "qualitative": {"points": round(qual_total, 1), "max_points": 60, "criteria": qualitative},
            "quantitative": {"points": round(quant_total, 1), "max_points": 40, "criteria": quantitative},
            "penalty": penalty, "flags": flags, "commitments": commitments,
            "weakest": weakest, "citations": citations,
            "split": "60:40 qualitative to quantitative, as the roadmap asks",
        }
        return ReviewResult(data, sentences)

    def improve(self, request: ReviewRequest, result: ReviewResult,
                facts: dict[str, str] | None = None) -> tuple[str, str, ReviewResult]:
        """Add to the weakest criterion from the template in prompts/review-improve.json, then score again.

        Without ``facts`` the addition holds [bracketed] gaps for the bidder to fill, and a gap is not evidence,
        so the score does not move; with the bidder's confirmed facts (lead, milestone, partner, ...) filled in,
        the addition is scored like any other text. A boilerplate sentence never raises a score."""
        qualitative = result.data["qualitative"]["criteria"]
        # a track record cannot be written for the bidder: rework the weakest of the others, and say so
        key = min((k for k in qualitative if k != "evidence"), key=lambda k: qualitative[k]["points"])
        contract = request.contract
        codes = sorted({c["code"] for c in result.data["commitments"]
                        if c["additional"]["ok"] and c["proportionate"]["ok"]})
        values = {"area": contract.area or REGION, "service": contract.service,
                  "months": str(contract.months), "codes": ", ".join(codes) if codes else "[the measure codes]"}
        template = IMPROVE[key]
        for name in re.findall(r"\{(\w+)\}", template):
            values.setdefault(name, (facts or {}).get(name) or f"[{IMPROVE['gaps'].get(name, name)}]")
        addition = template.format(**values)
        if not _PLACEHOLDER.search(addition):
            addition = self.writer.write(addition).text
        improved = request.text.rstrip() + "\n\n" + addition
        return key, improved, self(ReviewRequest(improved, request.question, contract))


def _band(score: float, track_record: int = 4) -> str:
    # Scores count only specific evidence (figures, dates, names, codes), so they run lower than a keyword count
    # would: a response with quantified, coded commitments and little else is adequate, one with named partners,
    # milestones, reporting and a track record is strong (calibrated on evals/datasets/review_responses.jsonl).
    # Strong also needs a track record shown with figures: without it, commitments are promises only.
    return "strong" if score >= 60 and track_record >= 2 else "adequate" if score >= 30 else "weak"
