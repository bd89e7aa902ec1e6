"""Tender intake: read a tender pack and pull out the contract, the evaluation and the questions, each cited.

Deterministic: regular expressions over the pack's lines and their layout (labels and values, table headers,
question blocks), no language model. A field is asserted only when the pack states it; otherwise it is null
and listed in ``not_found``. Labelled statements ("Contract value: £2.4m", a table row) win over prose, and
the first statement wins among equals. Uploaded documents are data: nothing in them is followed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, Iterable

from assistant.areas import AREAS, CITY_REGION, PLACES, TOWN_OF
from assistant.tender_numbers import (_NUM, DURATION, MONEY, PERCENT, _int, find_dates, money,  # noqa: F401 (find_dates: API)
                                      months_of, number, percent_signs, spell_units, words_to_number)
from assistant.tender_questions import (ASKS, BULLET, MARKS_ARE_PERCENT, MARKS_TOTAL, MIXED_HEADING, QUESTION_START, SHARE_OF_A_PART_HEADER, SV_HEADING,
                                       SV_THEMES, SV_THRESHOLD, TOC_LINE, WITHIN_ITS_CRITERION_HEADER,
                                       find_questions, listed_share, marks_total)
from assistant.tender_reader import Line, Pack, drop_short_form, looks_like_heading, read_pack

FIELDS = ("title", "reference", "buyer", "service", "area", "value_gbp", "annual_value_gbp", "months",
          "extension_option", "extension_months", "deadline", "social_value_weighting_percent",
          "qualitative_percent", "quantitative_percent", "scoring_scale", "framework")
FRAMEWORKS = ("cm-toms", "national-toms", "ppn-06-20", "ppn-002", "bespoke")


@dataclass(frozen=True)
class Found:
    value: Any
    line: Line
    rank: int  # 0 labelled, 1 stated in prose, 2 read from the title; -1 a notice that changes what was stated
    derived: str | None = None  # how a value the pack does not state outright was worked out from what it states

    def as_dict(self) -> dict[str, Any]:
        out = {"value": self.value, "source": self.line.source, "page": self.line.page,
               "section": self.line.section, "quote": self.line.text[:300]}
        if self.derived:
            out["derived"] = self.derived
        return out


# --- labels and values -------------------------------------------------------------------
def pairs(line: Line, following: Line | None) -> list[tuple[str, str]]:
    """(label, value) pairs a line states: table cells under their header or row label, or 'Label: value'."""
    out: list[tuple[str, str]] = []
    if line.cells is not None:
        cells = [c for c in line.cells]
        filled = [c for c in cells if c]
        if len(filled) == 2 and line.header is None:
            out.append((filled[0], filled[1]))
        elif line.header is not None:
            keys = [c for c, h in zip(cells, line.header) if c and not re.search(r"\d", _REFERENCE.sub("", c))]
            for cell, head in zip(cells, line.header):
                if cell and re.search(r"\d|£", cell):
                    out.append((" ".join(k for k in keys) + " " + head if keys else head, cell))
            if len(filled) == 2:
                out.append((filled[0], filled[1]))
        return out
    unbulleted = _BULLET.sub("", line.text, count=1)  # "- Contracting body: …": a bullet's mark is no part of its label
    text = _CLAUSE_NUMBER.sub("", unbulleted, count=1)  # "2.1 Term: 5 years …": the clause's number is no part of its label
    if text != line.text and not (_is_label_line(text) and not _VERB.search(text.split(":", 1)[0])):
        text = line.text  # "2.2 The deadline … is 2032-04-23 12:00": a sentence with a time's colon, no label
    match = re.match(r"^(?P<label>[A-Za-z][\w ()'&/,.-]{1,60}?)\s*:\s*(?P<value>.*)$", text)
    if not match and len(line.text.split()) <= 10:  # a table row as a PDF gives it: "Tender deadline 26 April 2027"
        match = re.match(r"^(?P<label>[A-Za-z][A-Za-z ().&'/-]{2,60}?)\s+(?P<value>(?:£|\d).*)$", line.text)
        if match and len(match.group("label").split()) > 5:
            match = None
    if not match and len(line.text.split()) <= 24:  # a long label in a PDF key-facts row, no verb in it
        match = re.match(r"^(?P<label>[A-Za-z][A-Za-z ().&'/,-]{2,100}?)\s+(?P<value>(?:£|\d).*)$", line.text)
        if match and (len(match.group("label").split()) > 12 or _VERB.search(match.group("label"))):
            match = None
    if not match:
        labelled = _known_label_row(line.text)
        if labelled:
            return [labelled]
    if match and len(match.group("label").split()) <= 12:
        value = match.group("value").strip()
        if not value and following is not None and following.page == line.page and following.source == line.source:
            value = following.text
        if value:
            out.append((match.group("label").strip(), value))
    return out


_BULLET = re.compile(r"^\s*[-–•*▪◦·]\s+(?=[A-Za-z])")
_REFERENCE = re.compile(r"\b[A-Z]{1,4}\d{1,2}(?:\.\d{1,2})?[a-z]?\b")  # a question's id in a row's name: "Social Value (Q5)"

_VERB = re.compile(r"\b(?:is|are|was|were|will|would|be|been|has|have|had|must|should|can|may|expects?|expected|"
                   r"intends?|plans?|completed|delivered|awarded|paid|pays)\b", re.I)


def _known_label_row(text: str) -> tuple[str, str] | None:
    """A PDF key-facts row with no colon: 'Contracting Authority Wirral Council', 'Contract Duration 3 years with …'.
    The longest opening of up to six words that is a known label, followed by a value that starts like one (a
    capital, a digit or £), not by a verb ('The contract value is …' is prose)."""
    words = text.split()
    if len(words) > 24 or text.isupper():  # "CONTRACT NOTICE" is a heading, not 'Contract: Notice'
        return None
    for k in range(min(6, len(words) - 1), 1, -1):  # two words at least: 'Contract Management Plan' is a heading
        label, value = " ".join(words[:k]), " ".join(words[k:])
        if not re.match(r"^(?:[A-Z£]|\d)", value) or (len(words) - k < 2 and not re.search(r"[\d£]", value)):
            continue
        if any(pattern.search(label.strip(" .")) for pattern in LABELS.values()):
            return label, value
    return None


LABELS: dict[str, re.Pattern] = {
    "title": re.compile(r"^(?:(?:contract|tender|procurement|project|programme|opportunity)\s+)?(?:title|name)$|^contract$|"
                        r"^(?:title|name) of (?:the )?(?:contract|tender|procurement|opportunity|project)$", re.I),
    "reference": re.compile(r"^(?:(?:tender|contract|procurement|project|our|your)\s+)?(?:reference|ref\.?)(?:\s+(?:no\.?|number))?$", re.I),
    "buyer": re.compile(r"(?:contracting|awarding) (?:authority|body)$|^(?:name of (?:the )?)?(?:contracting authority|buyer|"
                        r"purchaser|commissioner|commissioning (?:body|organisation|authority)|authority|client|customer|"
                        r"contracting body|issued by|procuring (?:body|organisation|authority))$", re.I),
    "service": re.compile(r"^(?:the )?services?(?: (?:required|to be provided|being procured))?$|^description of (?:the )?"
                          r"(?:services?|requirement|contract)$|^(?:scope|subject(?: matter)?)(?: of (?:the )?(?:services?|"
                          r"contract))?$|^(?:the )?requirement$|^service (?:description|required)$", re.I),
    "area": re.compile(r"^(?:area|location|locality|borough|region|geographical area|delivery area|service area|"
                       r"place of (?:delivery|performance)|delivery location|lot area)s?$", re.I),
    "value": re.compile(r"^(?!.*social)(?:.*\bvalue\b.*|.*\bbudget\b.*|contract price|total price|price)$", re.I),
    "months": re.compile(r"duration|\b(?:contract|initial|concession|agreement|framework)\s+(?:term|period|length)|^term$|^period$|^length of (?:the )?contract", re.I),
    "deadline": re.compile(r"deadline|closing date|return date|due date|submission date|tender return|"
                           r"(?:tenders?|quotes?|quotations?|bids?|responses?|submissions?) due|"
                           r"^return(?:ed)? by$|^submit by$|"
                           r"date for (?:the )?(?:receipt|submission|return)|"
                           r"^(?:return|receipt|submission)\s+of\s+(?:tenders?|bids?|quotes?|quotations?|responses?)$", re.I),
}
NOT_DEADLINE = re.compile(r"clarification|question(?!naire)|quer|expression|award|start|commence|mobilis|standstill|"
                          r"presentation|interview|site visit|bidder|evaluation", re.I)


def _known_area(text: str) -> str | None:
    found = _AREA.search(text.replace("&", "and"))
    return _area_list(text.replace("&", "and"), found) if found else None


_AREA_NAMES = sorted((*AREAS, CITY_REGION, *PLACES), key=len, reverse=True)
_AREA = re.compile(r"\b(?P<a>" + "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in _AREA_NAMES) + r")\b", re.I)
_ORG_WORDS = (r"(?:City\s+Council|Council|Borough|Metropolitan|Combined|Integrated|NHS|Social\s+Value|TOMs|University|"
              r"Police|Constabulary|Fire|"
              r"Hospitals?|Health|ICB|Framework|Charter|Policy|Community\s+Foundation)")
AREA_PROSE = re.compile(r"\b(?:in|across|throughout|within|for|to|of|on|serving|around)\s+(?:the\s+)?(?P<a>" +  # "in and around"
                        "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in _AREA_NAMES) + rf")\b(?!\s+{_ORG_WORDS})"
                        # nor the opening of a longer name of a body: "of the Liverpool City Region Combined Authority"
                        rf"(?!(?:\s+(?-i:[A-Z])[\w'-]*){{1,3}}\s+{_ORG_WORDS})", re.I)
# "within 40 nautical miles of Liverpool": a distance from a place, not where the work is
_DISTANCE_BEFORE = re.compile(r"\b(?:miles?|km|kilomet(?:re|er)s?|met(?:re|er)s?|minutes?|hours?)\s*$", re.I)

# A town of one borough, where the contract places the work ("for adults in Runcorn and Widnes"): that borough.
TOWN_PROSE = re.compile(r"\b(?:in|across|throughout|at|around|(?:residents|people|households|families|communities|tenants)\s+of)"
                        r"\s+(?:the\s+)?(?P<t>" + "|".join(
    re.escape(t).replace(r"\ ", r"\s+") for t in sorted(TOWN_OF, key=len, reverse=True)) + r")\b", re.I)
# A site's address ending in a known area ("at Walton Lea Crematorium, Warrington"): the work is placed there.
# Its parts may be several ("at Warrington Hospital, Lovely Lane, Warrington") and its last may be a town of one borough
# ("at the Grand Hall, Sea Road, Formby"): that borough.
_ADDRESS_PART = r"(?-i:(?:(?:[A-Z][\w'-]*|\d{1,4}[A-Za-z]?)\s+(?:(?:and|of|&)\s+)?){0,6}[A-Z][\w'-]*)"
AREA_ADDRESS = re.compile(rf"\b(?:at|in)\s+(?:the\s+)?{_ADDRESS_PART}(?:,\s+{_ADDRESS_PART}){{0,3}},\s+(?P<a>" +
                          "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in _AREA_NAMES) + rf")\b(?!\s+{_ORG_WORDS})"
                          r"(?!\s*,\s*(?-i:[A-Z])(?!(?-i:[A-Z])?\d)|\s+and\b)", re.I)
TOWN_ADDRESS = re.compile(rf"\b(?:at|in)\s+(?:the\s+)?{_ADDRESS_PART}(?:,\s+{_ADDRESS_PART}){{0,3}},\s+(?P<t>" + "|".join(
    re.escape(t).replace(r"\ ", r"\s+") for t in sorted(TOWN_OF, key=len, reverse=True)) + r")\b(?!\s*,\s*(?-i:[A-Z])(?!(?-i:[A-Z])?\d)|\s+and\b)", re.I)


_NEXT_AREA = re.compile(r"\s*(?:,\s*|,?\s+and\s+)(?:the\s+)?(?P<a>" + "|".join(
    re.escape(a).replace(r"\ ", r"\s+") for a in _AREA_NAMES) + r")\b", re.I)


def _area_list(text: str, match: re.Match) -> str:
    """The area a match opens, with the areas listed after it ('in Wirral, Sefton and St Helens'): a service
    delivered in several areas is delivered in all of them, one value as the pack lists it. A list runs to its 'and'."""
    names, end, closed = [_canonical_area(match.group("a"))], match.end("a"), False
    while not closed and (following := _NEXT_AREA.match(text, end)):
        names.append(_canonical_area(following.group("a")))
        end, closed = following.end("a"), re.match(r"\s*,?\s+and\s", following.group(0)) is not None
    if not closed or len(names) < 2 or len(set(names)) < len(names):
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _canonical_area(text: str) -> str:
    wanted = " ".join(text.split()).lower()
    return next(a for a in _AREA_NAMES if a.lower() == wanted)


# --- the extractor -------------------------------------------------------------------------
@dataclass
class IntakeResult:
    data: dict[str, Any]

    def as_dict(self) -> dict[str, Any]:
        return self.data


class TenderIntake:
    """Read tender pack files and extract the tender's fields and questions, each with its file and page."""

    def __init__(self, max_bytes: int = 50 * 1048576, max_pages: int = 2000) -> None:
        self.max_bytes = max_bytes
        self.max_pages = max_pages

    def run(self, paths: Iterable[Path | str]) -> IntakeResult:
        pack = read_pack([Path(p) for p in paths], max_bytes=self.max_bytes, max_pages=self.max_pages)
        return IntakeResult(extract(pack))


def extract(pack: Pack) -> dict[str, Any]:
    lines = pack.lines
    questions, question_lines = find_questions(lines)
    _own_named_questions(lines, questions)
    body = [line for i, line in enumerate(lines) if i not in question_lines]
    tender: dict[str, Any] = {}
    percents, back = _with_percent_signs(body)
    for name, finder in FINDERS.items():
        if name in _PERCENT_FIELDS:
            candidates = [replace(f, line=back.get(id(f.line), f.line)) for f in finder(percents)]
        else:
            candidates = (find_area(lines, question_lines) if name == "area" else find_framework(lines, question_lines)
                          if name == "framework" else finder(body))
        found = _best(candidates)
        tender[name] = found.as_dict() if found else None
        if found is not None and name != "framework":  # the pack states it differently elsewhere: say so
            others = {(c.value, c.line.source, c.line.page) for c in candidates
                      if c.rank == found.rank and c.value not in (None, "") and c.value != found.value}
            if others:
                tender[name]["also_stated"] = [{"value": v, "source": s, "page": p} for v, s, p in sorted(
                    others, key=lambda x: (str(x[1]), x[2] or 0, str(x[0])))][:3]
    if tender["social_value_weighting_percent"] is None:
        found = _best(_sv_section_weighting(body, questions))
        tender["social_value_weighting_percent"] = found.as_dict() if found else None
    if tender["social_value_weighting_percent"] is None:
        found = _sv_question_weighting(lines, questions)
        tender["social_value_weighting_percent"] = found.as_dict() if found else None
    split = _social_value_parts(body)
    if split and tender["social_value_weighting_percent"] is None:
        # a matrix with the social value criterion's qualitative and quantitative rows and no total row: the
        # criterion's weight is their sum. The split of the social value score is not stated, so it stays null.
        total, _, line = split
        tender["social_value_weighting_percent"] = Found(total, line, 0).as_dict()
    if any("share_of_quality_percent" in q for q in questions) and (quality := _quality_weight(body)):
        for question in questions:  # "Q1 Method (40% of the quality score)" with "Quality 60%": 24% of the whole
            if question["weighting_percent"] is None and "share_of_quality_percent" in question:
                question["weighting_percent"] = _int(round(question["share_of_quality_percent"] * quality[0] / 100, 1))
    _parts_of_the_whole(body, tender)
    _keep_only_a_split(tender)
    not_found = [name for name in FIELDS if tender.get(name) is None]
    return {"tender": tender, "questions": questions, "not_found": not_found,
            "files": pack.files, "errors": pack.errors, "specification": find_specification(body)}


_PERCENT_FIELDS = ("social_value_weighting_percent", "qualitative_percent", "quantitative_percent")


def _with_percent_signs(lines: list[Line]) -> tuple[list[Line], dict[int, Line]]:
    """The lines with percentages written out ('fifteen per cent (15 per cent)') as '15%', for the weighting finders,
    and a map back to the pack's own lines, which are what is cited."""
    out, back = [], {}
    for line in lines:
        text = percent_signs(line.text)
        if text == line.text:
            out.append(line)
            continue
        new = replace(line, text=text, cells=tuple(percent_signs(c) for c in line.cells) if line.cells else line.cells)
        out.append(new)
        back[id(new)] = line
    return out, back


# A file or section that sets out what the contract pays for: the draft's additionality check reads its requirements.
_SPECIFICATION = re.compile(r"\b(spec|specification|scope of (the )?(services?|works|contract)|service requirements?|"
                            r"statement of requirements?|requirements? of the (service|contract))\b|(^|[_\W])spec([_\W]|$)",
                            re.IGNORECASE)
SPECIFICATION_MAX_CHARS = 200_000


def find_specification(lines: list[Line]) -> dict[str, Any] | None:
    """The pack's specification text and where it came from: the files named as one, else the sections headed as
    one, else the whole pack (what any part of it obliges the supplier to do is what the contract pays for)."""
    def text(chosen: list[Line]) -> str:
        return "\n".join(" ".join(line.cells) if line.cells else line.text for line in chosen)[:SPECIFICATION_MAX_CHARS]

    files = sorted({line.source for line in lines if _SPECIFICATION.search(Path(line.source).stem.replace("-", " "))})
    if files:
        return {"text": text([line for line in lines if line.source in files]), "from": "file", "names": files}
    sections = list(dict.fromkeys(line.section for line in lines if line.section and _SPECIFICATION.search(line.section)))
    if sections:
        return {"text": text([line for line in lines if line.section in sections]), "from": "section",
                "names": sections}
    return {"text": text(lines), "from": "pack", "names": []} if lines else None


def _parts_of_the_whole(lines: list[Line], tender: dict[str, Any]) -> None:
    """A statement that gives social value's qualitative and quantitative parts as shares of the whole evaluation
    ('a qualitative response (6%) and quantitative commitments (4%)'): two percentages that do not make 100. The
    criterion's weighting is their sum when the pack gives no total, and neither part is the 60:40 split."""
    units = [(line, line.text) for line in lines if line.cells is None] + list(_sentences(lines))
    for line, text in units:
        if not (re.search(r"social\s+value", text, re.I) and re.search("qualitative", text, re.I)
                and re.search("quantitative", text, re.I)):
            continue
        percents = [float(m.group("n")) for m in PERCENT.finditer(text)]
        stated = tender["social_value_weighting_percent"]
        if len(percents) != 2 or sum(percents) >= 100 or (stated is not None and stated["value"] in percents):
            continue  # "Social value (10%) is 60% qualitative …": the total and one part of the split
        if stated is None:
            tender["social_value_weighting_percent"] = Found(_int(sum(percents)), line, 1).as_dict()
        for name in ("qualitative_percent", "quantitative_percent"):
            found = tender.get(name)
            if found is not None and found["source"] == line.source and found["page"] == line.page \
                    and found["value"] in percents:
                tender[name] = None
        return


def _keep_only_a_split(tender: dict[str, Any]) -> None:
    """Qualitative and quantitative percentages are the split of the social value score (60:40): two that do not
    add up to 100 are shares of the whole evaluation ('6% qualitative and 4% quantitative'), so neither is asserted."""
    qual, quant = tender.get("qualitative_percent"), tender.get("quantitative_percent")
    if qual is not None and quant is not None and qual["value"] + quant["value"] != 100:
        tender["qualitative_percent"] = tender["quantitative_percent"] = None


def _best(found: list[Found]) -> Found | None:
    found = [f for f in found if f.value is not None and f.value != ""]
    return min(found, key=lambda f: f.rank) if found else None  # min keeps the first among equals


def _labelled(lines: list[Line], field: str) -> Iterable[tuple[Line, str, str]]:
    for i, line in enumerate(lines):
        following = lines[i + 1] if i + 1 < len(lines) else None
        if field in ("title", "service") and (_in_a_question_s_table(lines, i) or _in_an_email_header(lines, i)):
            continue  # a question's own 'Title' row; an e-mail's 'Subject:' line names the message
        for label, value in pairs(line, following):
            if _is_label(field, label):
                yield line, label, value


_QUESTION_KEY = re.compile(r"^(?:question|method\s+statement|criterion|sub-criterion)(?:\s+(?:reference|ref\.?|no\.?|"
                           r"number|id))?$|^(?:question|method\s+statement)\s+(?:title|text|wording)$", re.I)
_EMAIL_HEADER = re.compile(r"^(?:from|to|sent|date|cc|bcc|subject|re|fw|fwd)\s*:", re.I)


def _in_a_question_s_table(lines: list[Line], index: int) -> bool:
    """A key-value table that sets out one question ('Question reference | QS1', 'Title | …', 'Question | …',
    'Weighting | 12%'): its 'Title' row is the question's title, not the tender's. The table is the row's own header
    and the rows beside it on its page (a PDF may cut the table where a long cell wraps)."""
    line = lines[index]
    if line.cells is None:
        return False
    keys = [line.header[0]] if line.header else []
    for step in (-1, 1):
        j = index + step
        while 0 <= j < len(lines) and abs(j - index) <= 4 and lines[j].cells is not None \
                and lines[j].source == line.source and lines[j].page == line.page:
            keys.append(lines[j].cells[0])
            j += step
    return any(_QUESTION_KEY.match(k.strip(" :")) for k in keys if k)


def _in_an_email_header(lines: list[Line], index: int) -> bool:
    """An e-mail's header lines ('From:', 'Sent:', 'To:', 'Subject:'): two or more of them together. The message's
    subject names the e-mail (a request for quotation, a clarification bulletin), not the contract's subject matter."""
    line = lines[index]
    if line.cells is not None or not _EMAIL_HEADER.match(line.text):
        return False
    near = [lines[j] for j in range(max(0, index - 4), min(len(lines), index + 5)) if j != index
            and lines[j].source == line.source and lines[j].page == line.page and lines[j].cells is None]
    return any(_EMAIL_HEADER.match(other.text) for other in near)


def _is_label(field: str, label: str) -> bool:
    """The label names the field, whole or by its opening words: 'Name of the contracting authority for this
    procurement' (a long label in a table's first column) is the buyer's as much as 'Contracting authority' is."""
    label = label.strip(" .")
    words = label.split()
    return bool(LABELS[field].search(label)) or not _VERB.search(label) and any(  # 'The service will start on' is prose
        LABELS[field].search(" ".join(words[:k])) for k in range(2, min(6, len(words))))


_LABEL_LINE = re.compile(r"^[A-Za-z][\w ()'&/,.-]{1,60}?\s*:(?!(?<=\d:)\d)\s*\S")  # not a ratio's or time's colon ("70:30")


def _is_label_line(text: str) -> bool:
    """'Contract value: £2m', not a sentence with a colon in it ('Bids are marked out of 100 points in total: …'),
    nor one that opens with a ratio's names ('Quality:price ratio 60:40. Social value is …' wraps on like prose)."""
    return bool(_LABEL_LINE.match(text)) and len(text.split(":", 1)[0].split()) <= 6 \
        and not re.match(r"^[A-Za-z]+:[A-Za-z]", text)


def _joins(previous: Line, line: Line) -> bool:
    """A PDF wraps a sentence over lines: the next line continues it when nothing marks a break between them."""
    if previous.source != line.source or previous.page != line.page or previous.cells is not None or line.cells is not None:
        return False
    if line.source.lower().endswith(".docx"):
        return False  # Word paragraphs are whole: the next one never continues a sentence
    if previous.heading or line.heading or re.search(r"[.?!:;]$", previous.text):
        return False
    if _is_label_line(line.text) or BULLET.match(line.text):
        return False
    if _is_label_line(previous.text) and not line.text[:1].islower() and not _open_ended(previous.text):
        return False  # a label's value wrapped onto a line starting in lower case ('… by up' / 'to twelve months') runs on
    if TOC_LINE.search(previous.text) or TOC_LINE.search(line.text):
        return False  # contents entries are not a sentence wrapped over lines
    if _title_case(previous.text) and line.text[:1].isupper():
        return False  # a title line ('Request for Quotation - Halton Borough Council, Adult Services') set above prose
    if line.text[:1].isupper() and (_GENERIC_TITLE.match(drop_short_form(previous.text.strip())) or
                                    _GENERIC_TITLE.match(drop_short_form(line.text.strip()))):
        return False  # a cover's "Invitation to tender", in any case, stands apart from the title above and prose below
    start = QUESTION_START.match(line.text)
    return not (start and ASKS.match(start.group("rest")))


def _open_ended(text: str) -> bool:
    """A line that cannot end there: it stops on a comma or inside a bracket it opened ('… (Zone 1 £38m, Zone 2')."""
    return text.rstrip().endswith(",") or text.count("(") > text.count(")")


def _title_case(text: str) -> bool:
    """A line in title case: three or more words and every word of four letters or more capitalised (a name, a title
    or a letterhead), which a sentence's first line wrapped in a PDF is not."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    long = [w for w in words if len(w) >= 4]
    return len(words) >= 3 and len(long) >= 2 and all(w[0].isupper() for w in long)


LETTERHEAD = re.compile(r"(?:[A-Z][\w&'.-]*\s+){1,6}(?:Council|Authority|Trust|ICB|Board)")
_CLAUSE_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?\s+(?=[A-Z])")


def _sentences(lines: list[Line]) -> Iterable[tuple[Line, str]]:
    """Sentences of the prose, a wrapped sentence joined back together, each with the line it starts on."""
    index = 0
    while index < len(lines):
        group = [lines[index]]
        while index + 1 < len(lines) and _joins(group[-1], lines[index + 1]):
            index += 1
            group.append(lines[index])
        index += 1
        text = " ".join(line.text for line in group)
        offsets, position = [], 0
        for line in group:
            offsets.append(position)
            position += len(line.text) + 1
        position = 0
        for sentence in re.split(r"(?<=[.;!?])\s+(?=[A-Z(\"'])", text):
            start = text.find(sentence, position)
            position = start + len(sentence)
            owner = max(i for i, offset in enumerate(offsets) if offset <= max(start, 0))
            yield group[owner], _CLAUSE_NUMBER.sub("", sentence, count=1)  # "1.1 Halton Borough Council is …"


# title ---------------------------------------------------------------------------------------
_TITLE_PROSE = re.compile(r"^(?:(?:invitation|request)\s+(?:to|for)\s+(?:tender|quotation|quote|proposals?)|itt|rfq|rft|"
                          r"tender|specification)\s*(?:for|:|-|–)\s*(?P<t>.+)$|^(?P<t2>.+?)\s*(?:-|–|:)\s*(?:invitation to "
                          r"tender|itt|rfq|request for quotation|tender (?:documents?|pack)|instructions to (?:bidders|"
                          r"tenderers)|method statements?|pricing schedule|(?:service )?specification.*)$", re.I)
_GENERIC_TITLE = re.compile(r"^(?:(?:part|appendix|annex|schedule|section|volume)\s+\w+\s*[:.–-]?\s*)?(?:invitation to tender|request for (?:quotation|quote|proposals?)|instructions to tenderers|tender|"
                            r"tender response (?:document|form)|(?:tender )?response form|form of tender|tender submission form|"
                            r"[\w\s]*method statements?|(?:your )?(?:response|answer)|specification|evaluation|contents|introduction|key information|"
                            r"[\w\s]*questions?|[\w\s]*questionnaire|timetable|weightings?|award criteria)"
                            r"(?:\s*[-–:]\s*(?:part|volume|section|appendix|annex|schedule)\s+\w+\b.*)?$", re.I)  # "ITT - Volume 1: …"


_TITLE_FOR = re.compile(r"^for\s+(?:the\s+)?(?:(?:provision|supply|delivery)\s+of\s+(?:an?\s+|the\s+)?)?(?P<t>[A-Z][^.;:]{4,100})$")


def find_title(lines: list[Line]) -> list[Found]:
    found = [Found(_tidy_value(v), line, 0) for line, _, v in _labelled(lines, "title") if not re.match(r"^[\d£]", v)
             and DURATION.match(v.strip()) is None and not find_dates(v[:20])]
    # 'Contract: three academic years (…), extendable …' states a term, 'Contract: 1 April …' a date: not a title
    found += _cover_titles(lines)
    for index, line in enumerate(lines):
        if not line.heading:
            if index == 0 and (match := _TITLE_PROSE.match(line.text)):  # a PDF's first line, not set as a heading:
                found.append(Found(_tidy_value(match.group("t") or match.group("t2")), line, 2))  # "Invitation to Tender: …"
            continue
        if LETTERHEAD.fullmatch(line.text.title() if line.text.isupper() else line.text):
            continue  # a letterhead ("HALTON BOROUGH COUNCIL") is the buyer's name, not the tender's title
        match = _TITLE_PROSE.match(line.text)
        following = lines[index + 1] if index + 1 < len(lines) else None
        if match:
            found.append(Found(_tidy_value(match.group("t") or match.group("t2")), line, 1))
        elif not _GENERIC_TITLE.match(drop_short_form(line.text)) and not re.match(r"^(?:section|part)\s+\w+|^\d{1,2}(?:\.\d{1,2})*\.?\s",
                                                                                  line.text, re.I):  # not "2. Contract details"
            found.append(Found(_tidy_value(line.text), line, 2))
        elif following is not None and following.page == line.page and following.source == line.source and (
                cover := _TITLE_FOR.match(following.text)):  # "Invitation to Tender" / "for the provision of …"
            found.append(Found(_tidy_value(cover.group("t")), following, 2))
        elif following is not None and following.page == line.page and following.source == line.source and \
                following.cells is None and looks_like_heading(following.text) \
                and not _GENERIC_TITLE.match(drop_short_form(following.text)) \
                and len(following.text.split()) >= 2 \
                and not _known_label_row(following.text) and ":" not in following.text:
            found.append(Found(_tidy_value(following.text), following, 2))  # "Invitation to Tender" / "Young Carers Service"
        break  # only the pack's first heading can be its title
    return found


_BODY_NAME = re.compile(r"\b(?:Council|Authority|Trust|ICB|Board|University|College|NHS|Limited|Ltd|plc|LLP)\b|[|@]", re.I)


def _cover_titles(lines: list[Line]) -> list[Found]:
    """A file's first line (its running header gone) over a generic document name on the same page: "Infant feeding
    peer support service 2031 to 2034" / "Invitation to tender". A PDF sets no heading style, and a title in sentence
    case or holding a figure reads as no heading, but the cover's order names it. A letterhead or body's name there
    is the buyer, not the title."""
    found = []
    for index, line in enumerate(lines[:-1]):
        if index and lines[index - 1].source == line.source:
            continue
        following = lines[index + 1]
        text = line.text.strip()
        if following.source != line.source or following.page != line.page or line.cells or following.cells \
                or not _GENERIC_TITLE.match(drop_short_form(following.text.strip())):
            continue
        if not 2 <= len(text.split()) <= 14 or text[-1] in ".,;:?!)" or not text[0].isupper() or ":" in text \
                or _BODY_NAME.search(text) or _GENERIC_TITLE.match(drop_short_form(text)) \
                or re.match(r"^(?:section|part|annex|appendix|schedule)\b", text, re.I) or find_dates(text) \
                and not re.search(r"\b\d{4}\s+to\s+\d{4}$", text) or _known_label_row(text):
            continue
        found.append(Found(_tidy_value(text), line, 1))
    return found


def find_reference(lines: list[Line]) -> list[Found]:
    return [Found(v.split()[0].strip(" .,;"), line, 0) for line, _, v in _labelled(lines, "reference")
            if re.search(r"\d", v) and len(v.split()) <= 3]


# buyer -----------------------------------------------------------------------------------------
_ORG = (r"(?P<b>(?:[A-Z][\w&'.-]*\s+)(?:(?:and|of|for|&|the|[A-Z][\w&'.-]*)\s+){0,7}?"
        r"(?:Council|Authority|Trust|Board|ICB|Partnership|Government|Agency|College|University|Police|Constabulary|Service|"
        r"Commissioner|Group|Limited|Ltd|CIC|plc)"
        r"|(?:London|Royal)\s+Borough\s+of\s+[A-Z][\w'-]+(?:\s+(?:and|upon)\s+[A-Z][\w'-]+)*"  # no 'Council'
        # a body's kind, then the place or thing it is of: "University of Salford", "College of West Anglia"
        r"|(?:University|College|Council|Borough|County|City)\s+of\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+(?:and\s+|upon\s+)?[A-Z][\w'-]+){0,2})")
# "Karbon Homes Limited, a registered provider of social housing,", "Sefton Council, through its Public Health team,",
# "Cheshire Constabulary (the Constabulary), on behalf of itself and the Police and Crime Commissioner,"
_APPOSITIVE = r"(?:,\s+(?:(?:a|an|the)\s+[^()]{3,160}?|(?:through|on\s+behalf\s+of|acting\s+(?:for|through)|via)\s+[^(),]{3,120}?),\s*)?"
BUYER_PROSE = re.compile(rf"^{_ORG}\s*(?:\([^)]*\)\s*)?{_APPOSITIVE}(?:is|are|invites?|wishes|requires|seeks|intends|has|"
                         rf"would like|wants|needs|commissions|procures|buys)\b")  # "… Board (the ICB) commissions …"
_BUYER_VERB = r"(?:is|are|invites?|wishes|requires|seeks|intends|has|would like)\b"
_KIND = (r"(?:registered\s+(?:social\s+)?(?:provider|landlord)|housing\s+association|provider|charity|trust|company|"
         r"organisation|body|authority|council|association|college|school|academy|society|co-?operative|partnership|"
         r"university|foundation|landlord)")
BUYER_DESCRIBED = re.compile(rf"^(?!(?:In|On|At|By|For|From|The|This|That|Following|After|Before|During|Since|Today|"
                             rf"Yesterday|However|Also)\b)(?P<b>(?:[A-Z][\w&'.-]*\s+){{1,4}}[A-Z][\w&'.-]*)\s*(?:\([^)]*\)\s*)?,\s+(?i:an?\s+(?:[\w-]+\s+)"
                             rf"{{0,4}}?{_KIND})\b[^()]{{0,160}}?,\s*{_BUYER_VERB}")  # "Magenta Living, a registered provider …, invites":
# a name of two words or more whose description says what kind of body it is (a name needs no 'Council' then)
_SHORT_FORM_AFTER = re.compile(r"^The\s+(?=[A-Z][^()]{3,80}?\s\((?:the\s+)?[\"“']?(?:the\s+)?[A-Z][\w\s]{1,30}[\"”']?\))")
# "Halton Housing is a not-for-profit housing association that owns …": a name said to be a kind of body that buys
BUYER_IS_A_KIND = re.compile(rf"^(?!(?:In|On|At|By|For|From|The|This|That|It|Our|Your|Social|Each|Every)\b)"
                             rf"(?P<b>(?:[A-Z][\w&'.-]*\s+){{1,4}}?[A-Z][\w&'.-]*)\s+is\s+(?i:an?\s+(?:[\w-]+\s+){{0,4}}?"
                             rf"{_KIND})\b(?!\s+(?:of|for|to|in)\b)")
BUYER_BEHALF = re.compile(rf"\b(?:on behalf of|(?:issued|published|procured|commissioned|let) by)\s+(?:the\s+)?{_ORG}")
# "Mersey Ferries requires a contractor to carry out …": a name of any kind that needs a contractor or provider buys
BUYER_NEEDS_A_CONTRACTOR = re.compile(
    r"^(?!(?:The|This|That|It|Its|Our|We|Your|You|Each|Every|Any|All|Social|Tenderers?|Bidders?|Suppliers?|Contractors?|"
    r"Providers?|Applicants?|Successful|Service|Services|Contract)\b)(?P<b>(?:[A-Z][\w&'.-]*\s+){0,4}[A-Z][\w&'.-]*)\s+"
    r"(?:requires|needs|is\s+seeking|seeks|wishes\s+to\s+appoint|intends\s+to\s+appoint|is\s+looking\s+for)\s+(?:a|an)\s+"
    r"(?:[a-z][\w-]*\s+){0,3}?(?:contractor|provider|supplier|operator|service\s+provider)s?\b")
# "Mersey Ferries, operated by Merseytravel on behalf of the … Combined Authority, runs …": the body named 'on behalf
# of' inside what is said about the sentence's subject owns that subject; it is not said to buy anything
_ABOUT_THE_SUBJECT = re.compile(r"^(?:[A-Z][\w&'.-]*\s+){0,5}[A-Z][\w&'.-]*\s*(?:\([^)]*\)\s*)?,[^,]*$")


BUYER_ROW = re.compile(rf"^(?i:(?:name of (?:the )?)?(?:contracting|awarding|commissioning|procuring)\s+(?:authority|body|"
                       rf"organisation)\b[^.:]{{0,50}}?)\s{_ORG}$")  # a long label, then the name (a PDF row)


def find_buyer(lines: list[Line]) -> list[Found]:
    found = [Found(_body_named(_tidy_value(v)), line, 0) for line, _, v in _labelled(lines, "buyer") if _names_something(v)]
    found += [Found(m.group("b"), line, 0) for line in lines if line.cells is None and (m := BUYER_ROW.match(line.text))]
    short_forms: dict[str, str] = {}  # "Mersey Care NHS Foundation Trust (the Trust)": 'the Trust' is that body
    for line, sentence in _sentences(lines):
        for defined in SHORT_FORM_DEFINED.finditer(sentence):
            short_forms.setdefault(defined.group("s").lower(), re.sub(r"^the\s+", "", defined.group("b"), flags=re.I))
        sentence = re.sub(r"^The\s+(?=(?:London|Royal)\s+Borough\s+of\s)", "", sentence)  # the name, not 'the Council'
        sentence = _SHORT_FORM_AFTER.sub("", sentence)  # "The West Yorkshire Combined Authority (the Combined Authority)"
        match = (BUYER_PROSE.match(sentence) or BUYER_DESCRIBED.match(sentence) or BUYER_IS_A_KIND.match(sentence)
                 or BUYER_NEEDS_A_CONTRACTOR.match(sentence) or BUYER_BEHALF.search(sentence))
        if match and match.re is BUYER_BEHALF and _ABOUT_THE_SUBJECT.match(sentence[:match.start()]) \
                and sentence[match.end():].lstrip().startswith(","):
            match = None
        if match and (not re.match(r"^the\b", match.group("b"), re.I) or _proper_after_the(match.group("b"))):
            found.append(Found(re.sub(r"^the\s+", "", match.group("b").strip(), flags=re.I), line, 1))
        elif match and match.re is not BUYER_BEHALF and (named := short_forms.get(
                re.sub(r"^the\s+", "", match.group("b").strip(), flags=re.I).lower())):
            found.append(Found(named, line, 1))  # "The Trust requires a provider …": the body it stands for
    # a letterhead: a line on a file's first page that is the body's name alone ("Knowsley Metropolitan Borough Council"),
    # or the body's name and then the part of it running the tender ("Halton Borough Council, Adult Learning and
    # Skills Service", "Warrington Borough Council - Bereavement Services")
    found += [Found(m.group("b"), line, 2) for line in lines if line.cells is None and line.page in (None, 1)
              and (m := LETTERHEAD_AND_PART.fullmatch(line.text.strip())) and not re.match(r"^the\b", m.group("b"), re.I)]
    # a letterhead that is the body's name and then its postal address ("University of Chester, Parkgate Road,
    # Chester, CH1 4BJ"): the body, of whatever kind, that the address is for
    found += [Found(m.group("b"), line, 2) for line in lines if line.cells is None and line.page in (None, 1)
              and (m := NAME_AND_ADDRESS.fullmatch(line.text.strip()))]
    return [Found(_without_its_department(f.value), f.line, f.rank, f.derived) for f in found]


_NAME_THEN_ASIDE = re.compile(r"^(?P<b>(?:[A-Z][\w&'.-]*\s+(?:(?:of|and|for|&|the)\s+)?){0,7}[A-Z][\w&'.-]*)\s*"
                              r"(?:\((?:the\s+)?[\"“']?[A-Z][\w\s]{0,30}[\"”']?\)\s*)?(?:,\s+(?:a|an|the)\s+[a-z].*)?$")


def _body_named(value: str) -> str:
    """A labelled buyer is its name: 'Dee Valley Homes Limited (DVH), a registered provider of social housing' gives
    the name, without the short form it will go by nor what kind of body it is."""
    match = _NAME_THEN_ASIDE.match(value)
    return match.group("b") if match else value


SHORT_FORM_DEFINED = re.compile(rf"{_ORG}\s*\((?:the\s+)?[\"“']?(?P<s>[A-Z][\w]*(?:\s+[A-Z][\w]*){{0,2}})[\"”']?\)")


def _names_something(value: str) -> bool:
    """A value that is more than a date, a time or a number: 'Issued by … on 3 March 2031' gives a date, no buyer."""
    rest = value
    for position, _ in reversed(find_dates(value)):
        rest = rest[:position] + " " + re.sub(r"^\S+(?:\s+\S+){0,4}?\s*20\d\d", "", rest[position:], count=1)
    return bool(re.search(r"[A-Za-z]{3,}", re.sub(r"\b(?:am|pm|noon|midday|hrs|on|at|by)\b", "", rest, flags=re.I)))


# "The Countess of Chester Hospital NHS Foundation Trust": 'The' before a proper name (a capitalised word that is no
# kind of body), not a short form ('The Council', 'The Trust', 'The Contracting Authority')
_SHORT_FORM_WORDS = {"city", "county", "borough", "metropolitan", "district", "combined", "contracting", "nhs", "foundation",
                     "council", "authority", "trust", "board", "partnership", "commissioner", "buyer", "client", "employer",
                     "purchaser", "integrated", "care", "royal", "national", "local", "health", "of", "and", "for", "&"}


def _proper_after_the(name: str) -> bool:
    words = name.split()[1:]
    return len(words) >= 3 and any(w[:1].isupper() and w.lower() not in _SHORT_FORM_WORDS for w in words)


_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}"
_BODY_KIND = r"(?:University|College|Council|Authority|Trust|ICB|Board|Police|Constabulary|Service|School|Academy|Hospitals?|" \
             r"Association|Limited|Ltd|CIC|Partnership|Agency|Group|Housing|Homes)"
NAME_AND_ADDRESS = re.compile(rf"(?P<b>(?:[A-Z][\w&'.-]*\s+(?:(?:of|and|for|&|the)\s+)?){{0,5}}{_BODY_KIND}(?:\s+(?:of|for)\s+"
                              rf"(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,2}})?)\s*,\s*(?:[^,]{{2,50}},\s*){{1,4}}{_POSTCODE}")


_NAME_WORD = r"(?:[A-Z][\w&'.-]*|and|of|for|&)"
# after the document's kind ("Invitation to Tender - Knowsley Metropolitan Borough Council, Education and Inclusion"),
# and a part named as a list ("Warrington Borough Council - Education, Inclusion and SEND Transport")
LETTERHEAD_AND_PART = re.compile(rf"(?:(?:Invitation\s+to\s+Tender|Request\s+for\s+(?:Quotations?|Tenders?|Proposals?)|ITT|RFQ|"
                                 rf"Tender(?:\s+Pack)?)\s*(?:\s[-–|:]\s|:)\s*)?"
                                 rf"(?P<b>[A-Z][\w&'.-]*\s+(?:{_NAME_WORD}\s+){{0,5}}(?:Council|Authority|Trust|ICB|Board))"
                                 rf"(?:\s*(?:,|\s[-–|]\s)\s*[A-Z][\w&'-]*(?:,?\s+{_NAME_WORD}){{0,6}}(?:\s*\([^()]{{2,60}}\))?)?")
_DEPARTMENT = re.compile(r"\s*(?:,|\s[-–]\s)\s*(?:the\s+)?[A-Z][\w&' ,-]{0,60}?\b(?:Directorate|Department|Division|Team|Unit|"
                         r"Portfolio|Service|Services|Commissioning)\s*$")


def _without_its_department(value: str) -> str:
    """'Wirral Council, Highways and Infrastructure Directorate': the buyer is the body that signs the contract, not
    the directorate, department or team of it that runs the tender."""
    if not isinstance(value, str):
        return value
    cut = _DEPARTMENT.sub("", value)
    return cut if len(cut.split()) >= 2 else value


# service ---------------------------------------------------------------------------------------
SERVICE_PROSE = re.compile(
    r"\b(?:is|are)?\s*(?:(?:seeking|looking|wishing|intending)\s+to\s+(?:appoint|procure|commission|contract with)|"
    r"seeking|looking for|procuring|inviting tenders for|invites tenders for|seeks|requires|"
    # "invites bids from passenger transport operators to provide …": what those invited are to provide
    r"invit(?:es|ing)\s+(?:tenders|bids|quotations|quotes|proposals|offers)\s+from\s+(?:[\w-]+\s+){1,6}?to\s+"
    r"(?:provide|deliver|run|operate|carry\s+out|undertake|supply)|"
    r"wishes to (?:appoint|procure|commission)|intends to (?:appoint|procure|commission)|to appoint)\s+"
    r"(?:(?:a|an|one or more)\s+)?(?:(?:[a-z][\w-]*\s+){0,4}?(?:provider|contractor|supplier|operator|organisation|"
    r"partner|service provider)s?\s*(?:(?:of|for)\s+|to\s+(?:deliver|provide|carry out|undertake|run)\s+)|"
    # "looking for a licensed boarding establishment to collect, kennel and …": whoever is sought, the work is what
    # they are sought to do (never a bidder asked to show something, nor a service sought for a purpose)
    r"(?:(?<=\ba\s)|(?<=\ban\s))(?!(?:[\w-]+\s+){0,4}?(?:bidders?|tenderers?|applicants?|candidates?|respondents?|"
    r"services?|contracts?|solutions?|programmes?|schemes?|systems?|frameworks?)\b)(?:[a-z][\w-]*\s+){1,5}?to\s+(?=[a-z]+\b)|"
    r"(?:tenders|bids|quotations)\s+for\s+)?(?P<s>[^.;]{6,160})", re.I)
_SERVICE_CUT = re.compile(r"\s+(?:across|throughout|within|at|from|in)\s+(?:the\s+|its\s+|our\s+)?"
                          # "care at home", "support in their own homes": where such a service is given is its kind
                          r"(?!(?:(?:their|your|people's|residents'|own)\s+){0,2}homes?\b)(?:[A-Z]|\d|sites?|"
                          r"premises|locations?|buildings?)"
                          r"|(?<=\bservice)\s+to\s+(?=[a-z]+\b)|(?<=\bservices)\s+to\s+(?=[a-z]+\b)"  # "… service to deliver …": its purpose
                          r"|\s+for\s+(?:the\s+)?(?:residents|people|communities|citizens)\s+of\b"
                          # how often or when it runs is no part of what it is ("…, every 20 minutes", "twice a week")
                          r"|,?\s+(?:every|each)\s+(?:\d+\s+|other\s+|[a-z]+(?:-[a-z]+)?\s+)?(?:minutes?|hours?|days?|nights?|"
                          r"weeks?|fortnights?|months?|weekdays?|mornings?|evenings?|working\s+days?)\b"
                          r"|,?\s+(?:once|twice|\d+\s+times|[a-z]+\s+times|[a-z]+\s+days)\s+(?:a|per|each)\s+(?:day|week|month|year)\b"
                          r"|,?\s+(?:24|twenty-four)\s+hours\s+a\s+day\b"
                          r"|,?\s+(?:who|whom|whose)\s", re.I)  # "… for adults | who live in …": who they are, not the work


# "… staff based | at 24 …", "… vehicle fleet operating | across Merseyside": words that place a thing, not work
_DANGLING = re.compile(r"\s+(?:based|located|situated|sited|housed|stationed|residing|operating|working)\s*$|"
                       r"(?:\s+[a-z]+ing)?(?:\s+(?:to|and|or|from|of|for|with|at|in|on|by|into|between|the|a|an))+\s*$",
                       re.I)


def _undangle(text: str) -> str:
    """What is left when the service is cut before a place ('… patients travelling to and | from the Northern
    General Hospital'): words that led into the place ('travelling to and', '… support staff based') mean nothing
    without it."""
    return _DANGLING.sub("", text)


_TITLE_KIND = re.compile(r"\s+(?:services?|contract|tender|framework(?:\s+agreement)?|project|programme|scheme)$", re.I)


def _named_as_titled(clause: str, titles: list[Found]) -> str:
    """The service is the thing delivered, which the tender's title names: a sentence saying what the buyer wants
    ('… requires a provider to operate a 24/7 out-of-hours repairs line: taking calls …') names it inside a clause of
    what the provider will do, for whom and how. Where the title's name ('Out-of-Hours Repairs Line Service') stands in
    the clause, the service is that name as the clause writes it, with its 'service' if the clause says so."""
    best = _best(titles)
    if best is None:
        return clause
    name = _TITLE_KIND.sub("", re.sub(r"^(?:the\s+)?(?:provision|delivery|supply)\s+of\s+(?:the\s+|an?\s+)?", "",
                                      str(best.value).strip(), flags=re.I))
    if len(name.split()) < 2:
        return clause
    words = r"\s+".join(re.escape(w) for w in name.split())
    match = re.search(rf"(?<![\w-]){words}(?:\s+services?)?(?![\w-])", clause, re.I)
    return match.group(0) if match else clause


# an aside between dashes ("the vehicle fleet - marked cars, vans and motorcycles - operating across …"): what the
# thing is made of, no part of its name
_DASHED_ASIDE = re.compile(r"\s+[-–—]\s+[^-–—.;]{3,120}?\s+[-–—](?=\s)")
# the first service cut before its users or purpose, then a second one joined to it: "a garden waste service to
# subscribing households, and a bulky waste service on request" names both, up to the second's 'service'
_AND_ANOTHER_SERVICE = re.compile(r"[^,;]{0,80}?,?\s+and\s+(?:an?\s+|the\s+)?(?P<second>(?:[\w-]+\s+){0,5}?services?)\b", re.I)


def _service_clause(text: str) -> str:
    """What a sentence's clause of the service names: cut before places, times and its users; a second service
    joined to the first by 'and' stays with it."""
    text = _DASHED_ASIDE.sub("", text)
    head = _SERVICE_CUT.split(text)[0]
    rest = text[len(head):]
    placed = re.match(r"\s*(?:across|throughout|within|at|from|in)\b", rest, re.I)  # cut before a place: it ends there
    more = _AND_ANOTHER_SERVICE.match(rest) if re.search(r"\bservices?$", head, re.I) and not placed else None
    if more and not _SERVICE_CUT.search(rest[:more.end()][1:]):
        head += rest[:more.end()]
    return _undangle(head)


def find_service(lines: list[Line]) -> list[Found]:
    found = [Found(_tidy_value(v), line, 0) for line, _, v in _labelled(lines, "service")]
    titles = find_title(lines)
    for line, sentence in _sentences(lines):
        if line.heading or line.cells:
            continue
        match = SERVICE_PROSE.search(sentence)
        if match and re.match(r"^(?:the\s+)?(?:council|authority|trust|board|we|icb|commissioner|buyer|[A-Z])", sentence):
            text = _service_clause(match.group("s"))
            text = re.sub(r"^(?:the\s+)?(?:provision|delivery)\s+of\s+", "", text.strip(), flags=re.I)
            if len(text.split()) >= 2 and not re.match(r"^(?:a|an|the)?\s*(?:provider|contractor|supplier|bidder|tenderer|applicant)s?\b", text, re.I):
                found.append(Found(_named_as_titled(text.strip(" ,"), titles), line, 1))
    for title in titles:
        text = re.sub(r"^(?:the\s+)?(?:provision|delivery)\s+of\s+(?:the\s+)?", "", title.value, flags=re.I)
        text = re.sub(r"\s+(?:contract|tender|framework|services? specification)$", "", text, flags=re.I)
        found.append(Found(_SERVICE_CUT.split(text)[0].strip(" ,") or text, title.line, 3))  # not "… in St Helens"
    return found


# area ------------------------------------------------------------------------------------------
# A body named for its place, opening the sentence that says what it is buying and placing the work at towns it
# lists ("Cheshire East Council invites tenders for the operation of its eight recycling centres at Alsager, Crewe and
# Poynton"): the service is delivered in the buyer's own area, stated there. A buyer merely named ("issued by Knowsley
# Council") or buying without placing the work ("Wirral Council is inviting tenders for peer support") states no area.
AREA_BUYER_BUYING = re.compile(r"^(?:the\s+)?(?P<a>" + "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in _AREA_NAMES) +
                               r")\s+(?:(?:City|County|Metropolitan|Borough|District)\s+){0,3}(?:Council|Police|Constabulary|"
                               r"Fire\s+and\s+Rescue(?:\s+Service)?)\b(?:\s*\([^)]*\))?"
                               # an aside between the body and its buying: ", acting through its Highways service,"
                               r"(?:\s*,\s*[^,.;]{3,80},)?\s+(?:is\s+)?(?:invit\w*\s+(?:tenders|bids|"
                               r"quotations)|seek\w*|looking\s+for|wants|needs|requires|wish\w*\s+to|would\s+like|intends\s+to|"
                               r"procur\w*|commission\w*)\b", re.I)
_PLACE = r"(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:\s+\([^()]{2,30}\))?"
TOWNS_LISTED = re.compile(rf"\b(?:at|in|across)\s+{_PLACE}(?:\s*,\s*(?:the\s+)?{_PLACE})*,?\s+and\s+(?:the\s+)?{_PLACE}"
                          # or the body's own area by its kind: "across the borough", "throughout the county"
                          r"|\b(?:across|throughout|within)\s+the\s+(?:whole\s+(?:of\s+the\s+)?)?(?:borough|county|city|district)\b")
ROUTE = re.compile(r"\b(?:linking|connecting|(?:runs?|running|travelling|shuttling)\s+between)\s+(?P<r>[^.;]{5,200})", re.I)
_TOWN_NAMED = re.compile(r"\b(?P<t>" + "|".join(
    re.escape(t).replace(r"\ ", r"\s+") for t in sorted(TOWN_OF, key=len, reverse=True)) + r")\b", re.I)
# A sentence about how bids are judged names the buyer's priorities, not where the service is delivered.
_ABOUT_EVALUATION = re.compile(r"social\s+value|\b(?:assessed|evaluated|scored|marked|weighted)\b", re.I)


def find_area(lines: list[Line], question_lines: frozenset[int] | set[int] = frozenset()) -> list[Found]:
    """The place the service is delivered: labelled (rank 0); stated in the contract's own prose (1); else a place
    named only in a question or in a sentence about the evaluation (3), which speak of the buyer's priorities rather
    than of where the work is done."""
    found = []
    for line, _, value in _labelled(lines, "area"):
        area = _known_area(value)
        if area:
            found.append(Found(area, line, 0))
    asked = {id(lines[i]) for i in question_lines}
    # the prose and the questions read apart: a question's words must not join the heading above it into a sentence
    # that reads as the pack's own ("Quality questions Q1 … the families of Halton …")
    prose = [line for i, line in enumerate(lines) if i not in question_lines]
    texts = list(_area_texts(prose)) + list(_area_texts([lines[i] for i in sorted(question_lines)]))
    order = {id(line): i for i, line in enumerate(lines)}
    for line, text in sorted(texts, key=lambda t: order[id(t[0])]):  # stable: in the pack's order
        buying = AREA_BUYER_BUYING.match(text.replace("&", "and")) if id(line) not in asked else None
        if buying and TOWNS_LISTED.search(text):
            found.append(Found(_canonical_area(buying.group("a")), line, 1))
        weaker = id(line) in asked or _ABOUT_EVALUATION.search(text)
        match = AREA_PROSE.search(text.replace("&", "and")) or AREA_ADDRESS.search(text.replace("&", "and"))
        if match and match.re is AREA_PROSE and _DISTANCE_BEFORE.search(text[:match.start()]):
            match = None
        if match:
            found.append(Found(_area_list(text.replace("&", "and"), match), line, 3 if weaker else 1))
        elif town := TOWN_ADDRESS.search(text) or TOWN_PROSE.search(text):
            found.append(Found(TOWN_OF[" ".join(town.group("t").split()).lower()], line, 3 if weaker else 2))
        elif (route := ROUTE.search(text)) and (place := _AREA.search(route.group("r").replace("&", "and"))
                                                or _TOWN_NAMED.search(route.group("r"))):
            # the route the service runs ("a bus linking Countess of Chester Hospital and Ellesmere Port Hospital"):
            # its stops, even sites named for their place, are where the work is
            area = (_canonical_area(place.group("a")) if "a" in place.groupdict()
                    else TOWN_OF[" ".join(place.group("t").split()).lower()])
            found.append(Found(area, line, 3 if weaker else 2))
        elif OWN_KIND.search(text) and id(line) not in asked and (body := _place_named_body(lines, line)):
            found.append(Found(body, line, 2))  # "Liverpool City Council" … "to homes across the city"
    for line in lines:  # the buyer's letterhead address ("Dee Homes, Harbour House, …, Birkenhead, CH41 5AL")
        if line.cells is None and line.page in (None, 1) and (m := NAME_AND_ADDRESS.fullmatch(line.text.strip())):
            address = line.text.strip()[m.end("b"):]
            if place := _AREA.search(address.replace("&", "and")) or _TOWN_NAMED.search(address):
                area = (_canonical_area(place.group("a")) if "a" in place.groupdict()
                        else TOWN_OF[" ".join(place.group("t").split()).lower()])
                found.append(Found(area, line, 3))
    return found


# the work placed in the buyer's own area by its kind: "to homes across the city", "throughout the borough"
OWN_KIND = re.compile(r"\b(?:across|throughout|within)\s+the\s+(?:whole\s+(?:of\s+the\s+)?)?(?:borough|county|city|district)\b"
                      # "across its nine places: …", "in each of its boroughs": the body's own area, by its parts
                      r"|\b(?:across|throughout|in\s+(?:each|all)\s+of)\s+its\s+(?:[a-z]+\s+)?(?:places|boroughs|districts|"
                      r"localities|local\s+authority\s+areas)\b", re.I)
AREA_BODY = re.compile(r"\b(?P<a>" + "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in _AREA_NAMES) +
                       r")\s+(?:(?:(?:City|County|Metropolitan|Borough|District)\s+){0,3}Council|Integrated\s+Care\s+Board|"
                       r"ICB|Combined\s+Authority)\b")


def _place_named_body(lines: list[Line], at: Line) -> str | None:
    """The one council named for its place on the line's page: the area 'the city' or 'the borough' is."""
    bodies = {_canonical_area(m.group("a")) for line in lines if (line.source, line.page) == (at.source, at.page)
              for m in AREA_BODY.finditer(line.text)}
    return next(iter(bodies)) if len(bodies) == 1 else None


def _area_texts(lines: list[Line]) -> Iterable[tuple[Line, str]]:
    """Table rows one by one (not a labelled row: e.g. the buyer's name) and prose as sentences (a PDF wraps a name),
    in the pack's order: the first statement wins among equals, so a table in a later file must not come first."""
    seen: set[int] = set()
    for line, sentence in _sentences(lines):
        if line.cells is None:
            yield line, sentence
        elif id(line) not in seen and (line.header is not None or len([c for c in line.cells if c]) != 2):
            seen.add(id(line))
            yield line, line.text


# value -----------------------------------------------------------------------------------------
_ANNUAL = re.compile(r"per annum|\bp\.?\s?a\b|per year|a year|each year|annual|yearly|"
                     # one financial year's money ("the budget for 2032/33 is £800,000"), not a span of them
                     r"\b(?:for|in|during)\s+(?:the\s+)?(?:financial\s+year\s+)?20\d\d\s*/\s*\d\d(?![\d/])"
                     r"(?!\s*(?:to|-|–|and)\s*20\d\d)", re.I)
VALUE_PROSE = re.compile(r"contract value|value of (?:the|this) contract|total value|estimated value|valued at|budget|"
                         r"combined value|aggregate value|(?:is|are)\s+estimated\s+at\s+(?:approximately\s+|around\s+|about\s+)?£|"
                         r"contract is worth|worth (?:approximately|around|up to)?\s*£|contract price|"
                         # money the buyer has put by for the contract: "The Council has set aside up to £0.6m across …"
                         r"\b(?:set\s+aside|earmarked|ring-?fenced|allocated)\s+(?:a\s+(?:total\s+|maximum\s+)?(?:budget\s+)?"
                         r"of\s+)?(?:up\s+to\s+|approximately\s+|around\s+|about\s+)?£|"
                         # money said to be there for the contract: "Up to £1.05m is available across the life of …"
                         r"£\s?\d[\d,.]*\s*(?:m|k|million|bn)?\s+(?:is|are|has\s+been|have\s+been)\s+(?:available|"
                         r"allocated|budgeted|set\s+aside)\b", re.I)


_PER_YEAR_AFTER = re.compile(r"^\s*(?:\(?\s*(?:excl\w*|incl\w*|ex)\.?\s+VAT\s*\)?\s*)?(?:per annum|p\.?\s?a\b|per year|a year|"
                             r"each year|annually)", re.I)
_WHOLE_AFTER = re.compile(r"^\s*(?:\(?\s*(?:excl\w*|incl\w*|ex)\.?\s+VAT\s*\)?\s*)?(?:in total|total|over (?:the|its) "
                          r"(?:[\w.-]+\s+){0,3}?(?:term|contract|life|period)|whole[- ]life|"
                          r"(?:over|for) (?:the\s+|its\s+)?(?:(?:full|whole|entire|maximum|max\.?|total|initial)\s+)?"
                          r"(?:[\w-]+\s+)(?:years|months)|"
                          # "for the initial five-year period", "for the three-year term": a term said by its length
                          r"for (?:the|its) (?:(?:initial|full|whole|entire|total|maximum)\s+)?\w+[\s-](?:years?|months?)"
                          r"\s+(?:term|period|contract|life)\b)",
                          re.I)  # "over the max. 5 yr term", "over the full 6 years"
# "the total value over the maximum term is £2.1m": the whole, said before the amount
_WHOLE_BEFORE = re.compile(r"\b(?:total|whole[- ]life|lifetime|aggregate)\s+(?:contract\s+)?value\b[^£]{0,60}$|"
                           r"\bover\s+the\s+(?:full|whole|entire|maximum|total|initial)\s+(?:contract\s+)?(?:term|period|duration)\b"
                           r"[^£]{0,30}$", re.I)
# an amount said before it to be a year's: "based on current annual sales of around £383,000", "yearly spend of £90k"
_PER_YEAR_BEFORE = re.compile(r"\b(?:annual|yearly)\s+(?:[a-z-]+\s+){0,2}?(?:of|is|are|at)\s+(?:approximately\s+|approx\.\s+|"
                              r"around\s+|about\s+|some\s+|roughly\s+|c\.\s*)?$", re.I)
# An amount for each month ("£180,000 for the term (£7,500 a month)"): a rate of the whole, neither it nor a year's
_PER_MONTH_AFTER = re.compile(r"^\s*(?:\(?\s*(?:excl\w*|incl\w*|ex)\.?\s+VAT\s*\)?\s*)?(?:per (?:calendar )?month|a month|"
                              r"each month|monthly|pcm\b)", re.I)
# what opens a bracket giving another form of the amount before it: "£4.6m (about £1.53m a year)"
_BRACKET_RESTATES = re.compile(r"\s*\(\s*(?:(?:approximately|approx\.?|about|around|roughly|some|circa|c\.|i\.e\.?|"
                               r"equivalent\s+to|equating\s+to|or)\s+)?", re.I)
_POUNDS_LABEL = re.compile(r"£|\bgbp\b|pounds|sterling", re.I)
_BARE_AMOUNT = re.compile(r"^\s*(?P<n>\d{1,3}(?:,\d{3})+|\d{5,})(?:\.\d{2})?(?!\s*(?:%|years?|months?|words|characters))\b")


PAST_VALUE = re.compile(r"\b(?:was|were|previous(?:ly)?|incumbent|existing contract|current contract|last year|to date|"
                        r"historic(?:al)?)\b", re.I)  # what a past contract was worth is not this one's value


# A price for one thing or one unit of time ("a fixed price of £800 each", "£18.50 per hour", "£95 a visit"): a rate,
# never the contract's value nor one of two amounts that are
_RATE_AFTER = re.compile(r"^\s*(?:\(?\s*(?:excl\w*|incl\w*|ex)\.?\s+VAT\s*\)?\s*)?(?:each\b|per\s+(?!annum\b|year\b|month\b|"
                         r"the\b|contract\b)[a-z]+|an?\s+(?:hour|day|week|visit|item|unit|session|night|head|person|place|"
                         r"child|pupil|client|case|referral|call|trip|journey|mile)\b)", re.I)


# An amount said to be a part of the one before it ("£975,000 over the term, of which approximately £140k is for
# inspections"): no amount of its own
_PART_BEFORE = re.compile(r"\bof\s+which\s+(?:(?:approximately|approx\.?|around|about|some|roughly|up\s+to)\s+)?$", re.I)


def _amounts(text: str) -> list[re.Match]:
    """The amounts of money the text states, rates and parts of another amount aside."""
    text = spell_units(text)
    found = [m for m in MONEY.finditer(text) if not _RATE_AFTER.match(text[m.end():])
             and not _PART_BEFORE.search(text[:m.start()])]
    return _without_breakdowns(text, found)


def _without_breakdowns(text: str, found: list[re.Match]) -> list[re.Match]:
    """Amounts in a bracket after another that add up to it ('£96m over five years (Zone 1 £38m, Zone 2 £27m,
    Zone 3 £31m)') are its parts, not amounts of their own."""
    kept, i = [], 0
    while i < len(found):
        whole = found[i]
        kept.append(whole)
        opening = text.find("(", whole.end())
        closing = text.find(")", opening) if opening >= 0 else -1
        parts = [m for m in found[i + 1:] if opening < m.start() < closing] if closing > opening >= 0 else []
        if len(parts) >= 2 and parts[0] is found[i + 1] and "£" not in text[whole.end():opening] \
                and abs(sum(money(m) for m in parts) - money(whole)) <= 0.005 * money(whole):
            i += 1 + len(parts)
            continue
        i += 1
    return kept


def _whole_stated(text: str) -> bool:
    """The text's one amount (rates aside) is said to be the whole ('£96,000 over the 3 years'), whatever else in it
    happens 'a year' ('… based on about 40 funerals a year')."""
    text = spell_units(text)
    matches = _amounts(text)
    return len(matches) == 1 and bool(_WHOLE_AFTER.match(text[matches[0].end():]))


def _money_in(text: str, annual: bool | None = None, pounds: bool = False) -> float | None:
    """The one amount the text states. Two amounts are one only when one is per year and the other the whole
    ('£400,000 per annum (£1.2m over the term)'): then the one asked for (annual or not). A bare number counts
    when the label gives the unit ('Estimated value (£)')."""
    text = spell_units(text)  # "over the 5 yr term"
    matches = _amounts(text)  # "£800 each" is a rate
    if not matches and pounds and (bare := _BARE_AMOUNT.match(text)):
        return float(bare.group("n").replace(",", ""))
    if len(matches) == 2 and annual is not None:
        starts = [0, matches[0].end()]  # what is said of each amount before it, since the one before
        kinds = ["annual" if _PER_YEAR_AFTER.match(text[m.end():]) or _PER_YEAR_BEFORE.search(text[start:m.start()]) else
                 "monthly" if _PER_MONTH_AFTER.match(text[m.end():]) else
                 "whole" if _WHOLE_AFTER.match(text[m.end():]) or _WHOLE_BEFORE.search(text[start:m.start()]) else None
                 for m, start in zip(matches, starts)]
        if kinds[0] is None and kinds[1] in ("annual", "monthly") \
                and _BRACKET_RESTATES.fullmatch(text[matches[0].end():matches[1].start()]):
            kinds[0] = "whole"  # "£2.4m (£800k a year for three years)": the bracket gives the whole's annual rate
        if sorted(k or "" for k in kinds) == ["annual", "whole"]:
            return money(matches[kinds.index("annual" if annual else "whole")])
        if sorted(k or "" for k in kinds) == ["monthly", "whole"]:  # a month's rate beside the whole
            return None if annual else money(matches[kinds.index("whole")])
    amounts = [money(m) for m in matches]
    return amounts[0] if len(amounts) == 1 else None  # a range or several figures is not one stated value


def _value_candidates(lines: list[Line], annual: bool) -> list[Found]:
    found = []
    for line, label, value in _labelled(lines, "value"):
        if _one_lot(line, label):
            continue  # one lot's value is not the contract's
        split = _money_in(value, annual)
        if split is not None and len(_amounts(value)) == 2:
            found.append(Found(_int(split), line, 0))  # an annual and a whole-life amount, told apart
            continue
        amount = _money_in(value, pounds=bool(_POUNDS_LABEL.search(label)))
        if amount is not None and bool(_ANNUAL.search(label + " " + value) and not _whole_stated(value)) == annual:
            found.append(Found(_int(amount), line, 0))
    for line, sentence in _sentences(lines):
        if line.cells is None and VALUE_PROSE.search(sentence) and not re.search(r"social value", sentence, re.I) \
                and not PAST_VALUE.search(sentence) and not _LOT.search(sentence):
            split = _money_in(sentence, annual)
            if split is not None and len(_amounts(sentence)) == 2:
                found.append(Found(_int(split), line, 1))
                continue
            amount = _money_in(sentence)
            if amount is not None and bool(_ANNUAL.search(sentence) and not _whole_stated(sentence)) == annual:
                found.append(Found(_int(amount), line, 1))
    return found


def _one_lot(line: Line, label: str) -> bool:
    """A value stated for one lot: its label or its table row names 'Lot 2'."""
    row = " ".join(line.cells) if line.cells is not None else ""
    return bool(re.search(r"\blot\s*\d", label + " " + row, re.I) or _LOT.search(line.text))


def find_value(lines: list[Line]) -> list[Found]:
    return _value_candidates(lines, annual=False)


def find_annual_value(lines: list[Line]) -> list[Found]:
    return _value_candidates(lines, annual=True)


# term and extension ----------------------------------------------------------------------------
EXTENSION = re.compile(r"option(?:al)?\s+(?:to\s+)?exten|\bextendable\b|\boption\s+(?:of|for)\s+(?:[\w-]+\s+){0,4}?exten|exten\w*\s+option|optional\s+(?:\S+\s+){0,3}?extension|possible\s+extension|may be extended|"
                       r"\bmay\s+(?:choose\s+to\s+|decide\s+to\s+|wish\s+to\s+)?extend\b|"  # "The Council may extend the contract …"
                       # "we may roll it on for up to two further years": an option to run on is an extension
                       r"\bmay\s+(?:choose\s+to\s+|decide\s+to\s+)?roll\s+(?:it\s+|this\s+|the\s+(?:contract|agreement)\s+)?"
                       r"(?:on|over)\b|"
                       r"\bextend(?:ed)?\b[^.;]{0,30}?\b(?:by|for)\b|\+\s*\d|\bplus\s+(?:an?\s+)?(?:optional\s+)?\d", re.I)
NO_EXTENSION = re.compile(r"\bno\s+(?:option|provision)\s+to\s+extend|will not be extended|cannot be extended|no extension", re.I)
TERM_PROSE = re.compile(r"(?:contract|agreement|service|framework|\b(?:each|every|both|all)\s+(?:of\s+the\s+)?(?:two\s+|three\s+)?"
                        r"lots?)\b[^.]{0,80}?\b(?:run|last|be|is|lasts|runs)\s+(?:for\s+)?"
                        r"(?:a\s+period\s+of\s+|an?\s+(?:initial\s+)?(?:term|period)\s+of\s+)?(?P<d>[^.]{0,30})|"
                        r"\binitial\s+(?:term|period)\s+of\s+(?P<d2>[^.]{0,30})|"
                        r"\bcontract\s+(?:period|term|length|duration)\s+(?:of|is|will be)\s+(?P<d3>[^.]{0,30})", re.I)
_RANGE = re.compile(r"\b(?:from\s+)?(?P<a>.{6,30}?\d{4})\s+(?:to|until|-|–|and\s+(?:will\s+)?(?:run|continue)s?\s+(?:to|until)|"
                    r"and\s+(?:will\s+)?(?:end|expire)s?\s+on)\s+(?P<b>.{6,30}?\d{4})", re.I)  # "commence on … and run until …"


_EXTENSION_BEFORE = re.compile(r"(?:exten\w*(?:\s+(?:for|by))?|further|optional|additional|\+|plus)\s*"
                               r"(?:(?:up\s+to|a|an|of|periods?|by|for|to|the|one|two|three|\(\d\))\s+)*$", re.I)


def _plus(text: str) -> int:
    return sum(int(n) for n in re.findall(r"\d+", text))


def _extension_months(text: str) -> int:
    return sum(int(n) * (12 if unit.lower().startswith("y") else 1)
               for n, unit in re.findall(r"(\d{1,2})\s*(years?|months?)", text, flags=re.I))


def _extension_chain(m: re.Match) -> str:
    """'1 + 1 years' or '1 year plus 1 year' after 'extend for': every part an extension, added up in months (each
    part in its own unit, else the one after the chain); left alone when no part states a unit."""
    parts = re.findall(r"(\d{1,2})\s*(years?|months?)?", m.group("chain"), flags=re.I)
    last = m.group("u") or next((u for _, u in reversed(parts) if u), None)
    if not last:
        return m.group(0)
    months = sum(int(n) * (12 if (u or last).lower().startswith("y") else 1) for n, u in parts)
    return f"{m.group('cue')}{months} months"


_WORDS_WITH_FIGURES = re.compile(rf"\b(?P<w>{_NUM})\s*\(\s*(?P<d>\d{{1,3}})\s*\)", re.I)
_WORD_BEFORE_UNIT = re.compile(rf"\b(?P<w>{_NUM})(?=[\s-]+(?:further\s+|additional\s+|more\s+|academic\s+)?(?:years?|months?)\b)", re.I)
# "may extend it once, by up to a year", "for a further year": one year, said with "a"
_A_YEAR = re.compile(r"\b(?P<p>(?:by|for)\s+(?:up\s+to\s+|(?:a\s+)?(?:maximum|max\.?)\s+of\s+)?)an?\s+"
                     r"(?P<f>(?:further|additional|extra)\s+)?(?P<u>year|month)\b(?!\s*(?:'s|’s|\s+in\s+advance))", re.I)
_MONTHS_SHORT = re.compile(r"(?<![£$€\d.,])(?<![£$€]\s)(?P<n>\d{1,3})m\b(?!\s*(?:£|pounds))", re.I)


def _figures_for_words(text: str) -> str:
    """A number written in words then in figures ('two (2) further periods') as its figures, a number in words
    before its unit ('one year plus one year') as figures, and '+24m' as '+24 months' (a bare 'm' after a number that
    is not money), so the term's arithmetic reads each one number the same way however it is written."""
    text = _WORDS_WITH_FIGURES.sub(lambda m: m.group("d") if number(m.group("w")) == int(m.group("d")) else m.group(0), text)
    text = _WORD_BEFORE_UNIT.sub(lambda m: str(number(m.group("w"))) if number(m.group("w")) is not None else m.group(0), text)
    text = _A_YEAR.sub(lambda m: f"{m.group('p')}1 {m.group('f') or ''}{m.group('u')}", text)
    # a chain's bare part in words, its unit left to the part before: "two years + one", "three years plus two."
    text = _BARE_WORD_PART.sub(lambda m: f"{m.group('p')}{number(m.group('w'))}", text)
    return _MONTHS_SHORT.sub(lambda m: f"{m.group('n')} months", text)


_BARE_WORD_PART = re.compile(r"(?P<p>(?:\+|\bplus\b)\s*)(?P<w>one|two|three|four|five|six)\b(?=\s*(?:[.,;)+]|$|\bplus\b))", re.I)
_BREAKDOWN = re.compile(r"\b(?P<n>\d{1,3})\s*(?P<u>years?|months?)\s*\(\s*(?P<parts>\d{1,2}(?:\s*\+\s*\d{1,2})+)\s*"
                        r"(?P<pu>years?|months?)?\s*\)", re.I)


# "extend it by up to", "extension period of", "extendable for a further": what follows is the extension itself
_EXTENDED_BY = re.compile(r"\bexten\w*\b(?:\s+(?!and\b|or\b)[a-z]+){0,3}?\s+(?:by|for|of)\s+(?:up\s+to\s+)?"
                          r"(?:(?:a\s+)?(?:maximum|further|total)\s+(?:of\s+)?)?$", re.I)


def _term_breakdown(text: str) -> str:
    """'48 months (2+1+1)' states the whole term with its breakdown: the first part is the initial term and the rest
    are extensions. Read so only when the parts add up to the whole (in years, unless the brackets give a unit);
    otherwise the bracket is left alone and nothing is read from it. After an extension's own cue ('may extend it by
    up to 36 months (1+1+1)') the whole is the extension and the parts its steps: the whole is read, not split."""
    def split(m: re.Match) -> str:
        if _EXTENDED_BY.search(text[max(0, m.start() - 60):m.start()]):
            return f"{m.group('n')} {m.group('u')}"
        parts = [int(n) for n in re.findall(r"\d+", m.group("parts"))]
        whole = int(m.group("n")) * (12 if m.group("u").lower().startswith("y") else 1)
        unit = (m.group("pu") or "years").lower()
        per = 12 if unit.startswith("y") else 1
        if sum(parts) * per != whole:
            return m.group(0)
        return f"{parts[0] * per} months + {sum(parts[1:]) * per} months"
    return _BREAKDOWN.sub(split, text)


MAXIMUM_TERM = re.compile(rf"(?:up\s+)?to\s+a\s+(?:maximum|total)\s+(?:(?:total|overall|whole|aggregate)\s+)?"
                          rf"(?:(?:contract\s+)?(?:term|period|duration|length)\s+)?of\s+(?P<n>{_NUM})[\s-]*(?P<unit>years?|months?)\b", re.I)  # the whole, not the extension


# "so that the total period does not exceed 72 months", "the overall term will not exceed six years": the whole term's
# ceiling written as a limit it may not pass
TERM_NOT_EXCEEDING = re.compile(rf"\b(?:total|overall|whole|entire|maximum|aggregate)\s+(?:contract\s+)?(?:term|period|"
                                rf"duration|length)\s+(?:\(?including\s+(?:any\s+)?extensions?\)?\s+)?(?:does|shall|will|"
                                rf"can|may|must|is\s+not\s+to|would)\s+not\s+exceed\s+(?P<n>{_NUM})[\s-]*(?P<unit>years?|"
                                rf"months?)\b", re.I)


def _ceiling(text: str) -> re.Match | None:
    """'extendable annually up to a maximum of five years': with an extension named, 'to a maximum of' gives the
    whole term's ceiling; 'extend for (up to) a maximum of 24 months' gives the extension itself, so it is not one."""
    match = MAXIMUM_TERM.search(text) or TERM_NOT_EXCEEDING.search(text)
    if not match or not EXTENSION.search(text) or re.search(r"\b(?:for|by)\s+(?:up\s+)?$", text[:match.start()], re.I):
        return None
    if re.search(r"\b(?:further|additional|extension)\s+(?:period|term)s?(?:\s+or\s+periods)?\s*,?\s*(?:of\s+)?(?:up\s+)?$",
                 text[:match.start()], re.I):
        return None  # "for a further period or periods up to a maximum of two years": the extension's own maximum
    return match


_FURTHER = r"(?:further|additional|another)\s+(?:period\s+of\s+)?(?:up\s+to\s+)?\d{1,2}\s*(?:years?|months?)\b"
# "a further 12 months and another 12 months", "extend by 12 months, then by a further 12 months": one extension each
_FURTHER_CHAIN = re.compile(rf"\b(?P<w>further|additional|another|exten(?:d|ded|sion)\s+(?:by|for|of))\s+(?:period\s+of\s+)?(?:up\s+to\s+)?\d{{1,2}}\s*"
                            rf"(?:years?|months?)\b(?:\s*,?\s*(?:and\s+)?(?:then\s+)?(?:(?:by|for)\s+)?(?:an?\s+)?{_FURTHER})+",
                            re.I)


# "two further single years": single years, one at a time, are years
_SINGLE_YEARS = re.compile(r"\b(?P<w>further|additional|separate|optional)\s+single\s+(?P<u>years|months)\b", re.I)
# "2 years, with an option of a third year": the next year after the initial term, taken as an option
_NEXT_YEAR = re.compile(r"\b(?P<n>\d{1,2})[\s-]*years?\b(?P<between>[^.;]{0,40}?\b(?:an?\s+|the\s+)?(?:option(?:al)?\s+(?:of|for|to\s+"
                        r"(?:add|take)|to\s+extend\s+(?:in)?to)\s+a|optional))\s+(?P<o>second|third|fourth|fifth|sixth)\s+"
                        r"year\b", re.I)
_ORDINAL = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}


def _next_year(m: re.Match) -> str:
    if _ORDINAL[m.group("o").lower()] != int(m.group("n")) + 1:
        return m.group(0)  # "3 years, with the option of a fifth year": not the next one, left unread
    return f"{m.group('n')} years{m.group('between')} optional extension of 12 months"


def _term(text: str) -> tuple[int | None, int | None, bool | None]:
    """(initial months, extension months, extension option) stated in a term statement."""
    text = _term_breakdown(_figures_for_words(spell_units(text)))
    text = _SINGLE_YEARS.sub(lambda m: f"{m.group('w')} {m.group('u')}", text)
    text = _NEXT_YEAR.sub(_next_year, text)
    ceiling = _ceiling(text)  # the whole term's ceiling is neither the initial term nor an extension
    if ceiling:
        text = text[:ceiling.start()] + " " * (ceiling.end() - ceiling.start()) + text[ceiling.end():]
    # "2 + 1 years", "3+1+1 years", "3 years (+1+1)": the initial term, then optional extensions in the same unit
    text = re.sub(r"\b(\d{1,2})((?:\s*\+\s*\d{1,2})+)\s*(years?|months?)\b",
                  lambda m: f"{m.group(1)} {m.group(3)} + {_plus(m.group(2))} {m.group(3)}", text, flags=re.I)
    text = re.sub(r"\b(\d{1,2})\s*(years?|months?)\s*\(?((?:\s*\+\s*\d{1,2}(?!\d))+)\s*\)?(?!\s*(?:years?|months?))",
                  lambda m: f"{m.group(1)} {m.group(2)} + {_plus(m.group(3))} {m.group(2)}", text, flags=re.I)
    # "extend for 1 + 1 years", "extend by one year plus one year": after an extension's own cue every part of the
    # chain is an extension (there is no initial term in it), so the extension is their sum
    text = re.sub(rf"(?P<cue>\bexten\w*\s+(?:(?:by|for)\s+)?(?:up\s+to\s+)?(?:an?\s+)?(?:(?:further|additional)\s+)?)(?P<chain>\d{{1,2}}(?:\s*(?:years?|months?))?"
                  rf"(?:\s*(?:\+|\bplus\b|\band\s+then\b)\s*\d{{1,2}}(?:\s*(?:years?|months?))?)+)\s*(?P<u>years?|months?)?",
                  _extension_chain, text, flags=re.I)
    # "3 years plus 1 year plus 1 year", "24 months + 12 months + 12 months": extensions one after another add up
    text = re.sub(r"\b(\d{1,2})\s*(years?|months?)((?:\s*(?:\+|\bplus\b)\s*\d{1,2}\s*(?:years?|months?)\b){2,})",
                  lambda m: f"{m.group(1)} {m.group(2)} + {_extension_months(m.group(3))} months", text, flags=re.I)
    # "a further 12 months and then a further 12 months": extensions one after another add up (never 'or': a choice)
    text = _FURTHER_CHAIN.sub(lambda m: f"{m.group('w')} {_extension_months(m.group(0))} months", text)
    # "two further periods of 12 months", "two optional 12 month extensions": the extension is their sum
    text = re.sub(rf"\b(?P<k>two|three|four|2|3|4)\s+(?:(?:further|additional|optional|separate|possible)\s+)*(?:(?:extension\s+)?periods?\s+of\s+"
                  rf"(?:up\s+to\s+)?(?P<n>{_NUM})[\s-]*(?P<u>months?|years?)|(?P<n2>{_NUM})[\s-]*(?P<u2>months?|years?)\s+"
                  rf"(?:extension\s+)?(?:extension|period)s)\b(?!\s+extension)",
                  lambda m: f"optional extension of {number(m.group('k')) * number(m.group('n') or m.group('n2'))} "
                            f"{m.group('u') or m.group('u2')}",
                  text, flags=re.I)
    # "3 x 12 months": a period taken that many times
    text = re.sub(rf"\b(?P<k>[1-9])\s*[x×]\s*(?P<n>{_NUM})[\s-]*(?P<u>months?|years?)\b",
                  lambda m: f"{int(m.group('k')) * number(m.group('n'))} {m.group('u')}", text, flags=re.I)
    # "extend by 12 months, twice", "12 months on up to two occasions": one period taken that many times
    text = re.sub(rf"\b(?P<n>{_NUM})[\s-]*(?P<u>months?|years?)\s*,?\s*(?:(?:on\s+)?(?:up\s+to\s+)?(?P<k>two|three|2|3)\s+"
                  rf"(?:occasions|times|separate\s+occasions)|(?P<w>twice))\b",
                  lambda m: f"{number(m.group('n')) * (2 if m.group('w') else number(m.group('k')))} {m.group('u')}",
                  text, flags=re.I)
    extension_at = None if NO_EXTENSION.search(text) else EXTENSION.search(text)
    initial = extension = None
    durations = [(match, months, bool(_EXTENSION_BEFORE.search(text[max(0, match.start() - 40):match.start()])))
                 for match in DURATION.finditer(text) if (months := months_of(match)) is not None]
    for index, (match, months, cued) in enumerate(durations):
        if initial is None and not cued and any(c for _, _, c in durations[index + 1:]):
            initial = months  # "term and extension options: 36 months with an option to extend for a further 24 months"
            continue
        if extension_at and match.start() >= extension_at.start() - 2 or cued:
            if initial is not None or extension_at:
                extension = extension if extension is not None else months
                continue
        if initial is None and not (extension_at and match.start() > extension_at.start()):
            initial = months
    if ceiling and initial is not None and extension is None and extension_at and (
            total := months_of(ceiling)) is not None and total > initial:
        extension = total - initial  # "two years, extendable annually up to a maximum of five years": 36 more
    option = True if extension_at else (False if NO_EXTENSION.search(text) else None)
    if initial is None:
        dates = find_dates(text)
        span = _RANGE.search(text)
        # the term's own two dates; a third, that it 'may be extended to', ends the extension ("from 1 October 2030
        # until 30 September 2034 and may be extended to 30 September 2035": 48 months and 12)
        later = [d for at, d in dates[2:] if re.search(r"\bextend\w*\s+(?:\w+\s+){0,3}?(?:to|until)\s+(?:\w+\s+)?$",
                                                          text[max(0, at - 40):at], re.I)]
        if span and (len(dates) == 2 or len(dates) == 3 and later):
            start, end = dates[0][1], dates[1][1]
            days = (end - start).days + 1
            if days > 27:
                initial = round(days / 30.4375)
                if later and extension is None and (more := round((later[0] - end).days / 30.4375)) > 0:
                    extension = more
    return initial, extension, option


_LOT = re.compile(r"\blot\s*\d{1,2}\b(?:\s*\([^)]*\))?[^.;]{0,40}?\b(?:will\s+(?:run|last|be)|runs|lasts|is\s+for|"
                  r"term|duration|period|value|worth|valued|budget)|\b(?:term|duration|period|value|budget)\s+(?:of|for)\s+"
                  r"lot\s*\d", re.I)  # a sentence about one lot's term or value, not the contract's


_CONTRACT_ITSELF = re.compile(r"^(?:the\s+)?(?:contract|agreement|concession|framework)$", re.I)


def find_months(lines: list[Line]) -> list[Found]:
    found = [Found(m, line, 0) for line, label, v in _labelled(lines, "months") if (m := _term(v)[0])
             and not _one_lot(line, label)]  # one lot's term is not the contract's
    # 'Contract: three academic years (2030/31 to 2032/33), extendable …': a row naming the contract itself whose value
    # opens with a duration states its term
    for i, line in enumerate(lines):
        for label, v in pairs(line, lines[i + 1] if i + 1 < len(lines) else None):
            if _CONTRACT_ITSELF.match(" ".join(label.split()).strip(" .:")) and DURATION.match(v.strip()) and (m := _term(v)[0]):
                found.append(Found(m, line, 0))
    for line, sentence in _sentences(lines):
        match = TERM_PROSE.search(sentence)
        if match and not line.heading and not _LOT.search(sentence):
            span = sentence[match.start():]
            months = _term(span)[0]
            if months:
                found.append(Found(months, line, 2 if WHOLE_TERM.search(span) else 1))
    return found + _start_and_end_rows(lines)


# "over the full ten-year term", "for the whole 5-year term": the whole term, extensions and all, that a value covers;
# a statement of the initial term ('an initial term of five (5) years, with the option to extend …') comes first
WHOLE_TERM = re.compile(rf"\b(?:full|whole|entire|maximum|total)\s+(?:(?:contract\s+)?(?:term|period|duration)\s+of\s+)?"
                        rf"{_NUM}[\s-]*(?:years?|months?)\b", re.I)


_START_LABEL = re.compile(r"^(?:(?:expected|anticipated|planned|estimated)\s+)?(?:contract\s+)?(?:start|commencement)(?:\s+date)?$", re.I)
_END_LABEL = re.compile(r"^(?:(?:expected|anticipated|planned|estimated)\s+)?(?:contract\s+)?(?:end|expiry|finish)(?:\s+date)?$", re.I)


def _start_and_end_rows(lines: list[Line]) -> list[Found]:
    """'Contract start | 1 April 2029' and 'Contract end | 31 March 2032' rows in one file: the term between them,
    only when each row states one date and the file has one of each (never an end 'including extensions')."""
    found = []
    for source in dict.fromkeys(line.source for line in lines):
        starts, ends = [], []
        for i, line in enumerate(lines):
            if line.source != source:
                continue
            for label, value in pairs(line, lines[i + 1] if i + 1 < len(lines) else None):
                label = " ".join(label.split()).strip(" :")
                dates = find_dates(value)
                if len(dates) != 1 or re.search(r"exten|lot\b", label + " " + value, re.I):
                    continue
                if _START_LABEL.match(label):
                    starts.append((dates[0][1], line))
                elif _END_LABEL.match(label):
                    ends.append((dates[0][1], line))
        if len({d for d, _ in starts}) == 1 and len({d for d, _ in ends}) == 1:
            days = (ends[0][0] - starts[0][0]).days + 1
            if days > 27:
                found.append(Found(round(days / 30.4375), starts[0][1], 1))
    return found


def find_extension_months(lines: list[Line]) -> list[Found]:
    found = []
    initial = None  # the contract's initial term, for a ceiling stated on its own
    for line, label, value in _labelled(lines, "months"):
        if (extension := _term(value)[1]) is not None and not _one_lot(line, label):
            found.append(Found(extension, line, 0))
        elif (extension := _beyond_the_initial(lines, value, initial)) is not None and not _one_lot(line, label):
            initial = extension[1]
            found.append(Found(extension[0], line, 0))
    for line, sentence in _sentences(lines):
        if not EXTENSION.search(sentence) or _LOT.search(sentence):
            continue
        if (extension := _term(sentence)[1]) is not None:
            found.append(Found(extension, line, 1))
        elif (beyond := _beyond_the_initial(lines, sentence, initial)) is not None:
            initial = beyond[1]
            found.append(Found(beyond[0], line, 1))
    return found


def _beyond_the_initial(lines: list[Line], text: str, initial: int | None) -> tuple[int, int] | None:
    """'Extension | may be extended so that the total period does not exceed 72 months' beside 'Initial contract
    period | 48 months': an extension stated only as the whole term's ceiling is the ceiling less the pack's one
    initial term (24 months), when the pack states exactly one."""
    ceiling = _ceiling(spell_units(text))
    if not ceiling or _term(text)[0] is not None or (total := months_of(ceiling)) is None:
        return None
    if initial is None:
        initials = {f.value for f in find_months(lines)}
        if len(initials) != 1:
            return None
        initial = next(iter(initials))
    return (total - initial, initial) if total > initial else None


def find_extension_option(lines: list[Line]) -> list[Found]:
    found = [Found(option, line, 0) for line, _, value in _labelled(lines, "months")
             if (option := _term(value)[2]) is not None]
    for line, sentence in _sentences(lines):
        if NO_EXTENSION.search(sentence):
            found.append(Found(False, line, 1))
        elif EXTENSION.search(sentence) and re.search(r"exten", sentence, re.I):
            found.append(Found(True, line, 1))
    return found


# deadline --------------------------------------------------------------------------------------
DEADLINE_PROSE = re.compile(r"\b(?:submit|submitted|submission|receipt|received|return|returned|due|closing|closes?|deadline|"
                            r"reach|arrive|"
                            r"upload(?:ed)?)\b[^.]{0,80}?\b(?:by|before|no later than|on|at)\b|"
                            # "Quotes by 12 noon on Friday 2 July": what is sent, straight before when it is due
                            r"^\W{0,3}(?:(?:your|completed|all)\s+)?(?:tenders?|quotes?|quotations?|bids?|proposals?)\s+"
                            r"(?:by|before|no\s+later\s+than)\b", re.I)
# a tender's closing date named in prose with its date straight after, no preposition: the tender's deadline whatever
# else the clause names (not 'closing date for clarification questions': NOT_DEADLINE)
CLOSING_DATE = re.compile(r"\bclosing\s+date(?:\s*(?:and|&)\s*time)?\s*(?:[:\-–]|is)?\s*(?=\d|[A-Z][a-z]+day\b|\d{1,2}(?:st|nd|rd|th)?\s)",
                          re.I)
TENDER_WORDS = re.compile(r"tender|bid|submission|response|quotation|proposal|document|questionnaire", re.I)


# a selection stage's questionnaire: its return date is not the tender's unless the tender is returned with it
_SELECTION_QUESTIONNAIRE = re.compile(r"\b(?:(?:standard\s+)?selection|pre-?qualification|supplier)\s+questionnaires?\b|"
                                      r"\b(?:PQQ|SQ|PSQ)s?\b", re.I)


def _not_deadline(text: str) -> bool:
    """A date for something other than the tender's return: clarifications, award, a selection questionnaire alone."""
    return bool(NOT_DEADLINE.search(text)) or bool(_SELECTION_QUESTIONNAIRE.search(text)) and not TENDER_WORDS.search(
        _SELECTION_QUESTIONNAIRE.sub("", text))


def find_deadline(lines: list[Line]) -> list[Found]:
    found = []
    for line, label, value in _labelled(lines, "deadline"):
        dates = find_dates(value)
        if dates and not _not_deadline(label):
            found.append(Found(dates[0][1].isoformat(), line, 0))
    for line, sentence in _sentences(lines):
        # a timetable in one sentence ("questions close 24/01/2030; tenders are due by …; presentations …"): each
        # clause its own date
        for clause in re.split(r"\s*;\s*", sentence):
            match = DEADLINE_PROSE.search(clause)
            if match is None or not TENDER_WORDS.search(clause):
                match = CLOSING_DATE.search(clause)  # "closing date & time 14:00 hrs, Thursday 9th May 2030"
            if match and not _not_deadline(clause):
                dates = [d for pos, d in find_dates(clause) if pos >= match.start()]
                if dates:
                    found.append(Found(dates[0].isoformat(), line, 1))
            moved = DEADLINE_MOVED.search(clause)
            if moved and not _not_deadline(clause[:moved.end()]) and not re.search(
                    r"\b(?:may|might|could|would|if|unless|should)\b", clause[:moved.start()], re.I):
                dates = [d for pos, d in find_dates(clause) if pos >= moved.end()]
                if dates:  # a notice that moves the deadline ("… has been extended to 12:00 on …") overrides it
                    found.append(Found(dates[0].isoformat(), line, -1))
    return found


DEADLINE_MOVED = re.compile(r"\b(?:deadline|closing\s+date|(?:date|time)\s+for\s+(?:the\s+)?(?:submission|return|receipt)\b)"
                            # "has been extended to", and the notice's present "is (now) extended to", "is moved to"
                            r"[^.]{0,60}?\b(?:(?:has|have)\s+(?:now\s+)?been|is|are)\s+(?:now\s+)?(?:extended|moved|changed|revised|deferred|"
                            r"put\s+back|brought\s+forward)\s+(?:to|until)\b", re.I)


# weightings --------------------------------------------------------------------------------------
_KEYS = {"social value": r"social\s+value", "qualitative": r"qualitative", "quantitative": r"quantitative",
         "other": r"price|quality|cost|commercial|technical|financial"}
_KEY = "|".join(f"(?P<{k.replace(' ', '_')}>{v})" for k, v in _KEYS.items())
LABEL_THEN_VALUE = re.compile(rf"(?:{_KEY})(?:\s+(?:element|elements|criteria|criterion|questions?|responses?|weighting))?"
                              rf"\s*(?:[:=|(-]\s*|\s+(?:for\s+)?)(?P<n>\d{{1,3}}(?:\.\d+)?)\s?%", re.I)
VALUE_THEN_LABEL = re.compile(rf"(?P<n>\d{{1,3}}(?:\.\d+)?)\s?%\s+(?:of\s+(?:the\s+)?(?:social\s+value\s+)?(?:marks|score|"
                              rf"weighting|points|evaluation)\s+)?"
                              rf"(?:(?:is|are|will be)\s+)?(?:(?:allocated|given|awarded|attributed)\s+)?(?:for|to|on)?\s*"
                              rf"(?:the\s+)?(?:{_KEY})", re.I)
SV_VERB = re.compile(r"social\s+value\b[^.%]{0,60}?\b(?:(?:ac)?counts?\s+for|carr(?:y|ies)|takes|receives|is\s+worth|makes?\s+up|represents?|"
                     r"(?:is|will be)\s+weighted\s+at|weighting\s+of|is\s+allocated|totals?|comprises?|is|will be)\s+"
                     r"(?:a\s+(?:weighting|total)\s+of\s+|a\s+minimum\s+of\s+|an?\s+(?=\d)|the\s+(?:remaining|other|final)\s+)?"
                     r"(?P<n>\d{1,3}(?:\.\d+)?)\s?%"  # "carries a 10% weighting"
                     r"|\bsocial\s+value\W{0,2}\s+at\s+(?P<at>\d{1,3}(?:\.\d+)?)\s?%", re.I)  # "Local Benefit (social value) at 10%"
SV_PASSIVE = re.compile(r"(?:weighting\s+of\s+)?(?P<n>\d{1,3}(?:\.\d+)?)\s?%\s+(?:weighting\s+)?(?:of\s+(?:the\s+(?:total|overall)"
                        r"\s+(?:score|marks|evaluation)|(?:the|all)\s+(?:marks|points)(?:\s+available)?)\s+)?(?:(?:is|are|will be)\s+)?(?:allocated|given|attributed|awarded|"
                        r"applied)?\s*(?:to|for)\s+social\s+value", re.I)
# The two parts of a social value split, by the names packs give them: "the quantified commitments" is the
# quantitative part as much as "quantitative offer" is.
QUALITATIVE = re.compile(r"\bqualitative\b", re.I)
QUANTITATIVE = re.compile(r"\bquantitative\b|\bquantified\s+(?:commitments?|offers?|measures?|outputs?)\b", re.I)
SPLIT_EQUALLY = re.compile(r"\b(?:split|divided|shared|weighted)\s+(?:\w+\s+)?equally\b|\bequal(?:ly)?\s+(?:split|weight\w*|shares?)\b",
                           re.I)
RATIO = re.compile(r"(?P<a>\d{1,3})\s*[:/]\s*(?P<b>\d{1,3})\b")


def _claims(sentence: str) -> dict[int, set[str]]:
    """For each % in the sentence (by position), the keys it is written against."""
    claims: dict[int, set[str]] = {}
    for pattern in (LABEL_THEN_VALUE, VALUE_THEN_LABEL):
        for match in pattern.finditer(sentence):
            key = next(k for k in ("social_value", "qualitative", "quantitative", "other") if match.group(k))
            if pattern is LABEL_THEN_VALUE and key in ("qualitative", "quantitative") and re.search(r"social\s+value\W{0,3}$", sentence[:match.start()], re.I):
                continue  # "Social Value Qualitative 6%": a part of the criterion as a share of the whole
            claims.setdefault(match.start("n"), set()).add(key)
    for pattern in (SV_VERB, SV_PASSIVE):
        for match in pattern.finditer(sentence):
            claims.setdefault(match.start("n" if match.group("n") else "at"), set()).add("social_value")
    return claims


def _prose_by_line(lines: list[Line]) -> dict[int, list[str]]:
    """Each prose line's sentences, a sentence a PDF wrapped over lines joined back and kept with the line it starts
    on: 'social value accounts | for 15% of the overall evaluation' states its weighting only when read whole."""
    out: dict[int, list[str]] = {}
    for line, sentence in _sentences(lines):
        if line.cells is None:
            out.setdefault(id(line), []).extend(re.split(r"(?<=[.;])\s+", sentence))
    return out


# a bracket after a criterion's name that says where in the pack it is: "(Section 4)", "(Part C)", "(see Appendix F)"
PART_REFERENCE = re.compile(r"\s*\((?:see\s+)?(?:section|part|appendix|annex|schedule|volume)\s+[\w.]{1,4}\)", re.I)


def _percent_for(lines: list[Line], key: str) -> list[Found]:
    found = []
    label_key = {"social_value": r"social\s+value", "qualitative": r"qualitative", "quantitative": r"quantitative"}[key]
    prose = _prose_by_line(lines)
    for i, line in enumerate(lines):
        for label, value in pairs(line, lines[i + 1] if i + 1 < len(lines) else None):
            value = BREAKDOWN.sub("", value)  # "10% (of which Quality 6%, Quantitative 4%)": the criterion's own 10%
            percent = PERCENT.fullmatch(value.strip()) or (  # "Weighting (%) | 10": the header gives the unit
                re.fullmatch(r"(?P<n>\d{1,3}(?:\.\d+)?)", value.strip()) if re.search(r"%|per ?cent", label, re.I) else None)
            if not percent and key == "social_value" and re.search(r"points|marks|weight", label, re.I) and _out_of_100(lines, line):
                percent = re.fullmatch(r"(?P<n>\d{1,3}(?:\.\d+)?)", value.strip())  # points out of a total of 100
            elif not percent and key == "social_value" and re.search(  # "Social value | 20" under "Marks available"
                    r"points|marks", " ".join([label, *(line.header or ())]), re.I) and re.search(
                    label_key, label, re.I) and (total := _marks_total(lines, line)) and (
                    marks := re.fullmatch(r"\d{1,3}(?:,\d{3})*|\d+", value.strip())):
                share = float(marks.group(0).replace(",", "")) * 100 / total  # "Social Value | 150" of "Total | 1,000"
                if 0 < share < 100:
                    found.append(Found(_int(round(share, 1)), line, 0, f"{marks.group(0)} of the {total:,} marks in "
                                                                       f"total"))
                continue
            if not percent or not re.search(label_key, label, re.I):
                continue
            if line.header is not None and (SHARE_OF_A_PART_HEADER.search(label) or any(
                    cell == value and (SHARE_OF_A_PART_HEADER.search(head) or WITHIN_ITS_CRITERION_HEADER.search(head))
                    for cell, head in zip(line.cells, line.header))):
                continue  # under "Share of quality section": a part of one criterion (see _share_of_quality)
            if re.search(r"qualitative|quantitative", label, re.I) and (
                    key == "social_value" or re.search(r"social\s+value", label, re.I)):
                continue  # a part of the social value criterion, as a share of the whole: see _social_value_parts
            found.append(Found(_int(float(percent.group("n"))), line, 0))
        if line.cells is not None:
            continue
        row = MATRIX_ROW.match(re.sub(r"\s*\([^()%]*\)", "", line.text))  # a PDF matrix row: "Social Value C3 Local benefits 15%"
        if row and re.match(label_key, row.group("label"), re.I) and not re.search(
                r"qualitative|quantitative|price|quality|cost", row.group("rest"), re.I):
            found.append(Found(_int(float(row.group("n"))), line, 1))
            continue
        for sentence in prose.get(id(line), []):
            sentence = PART_REFERENCE.sub("", sentence)  # "Social Value (Section 4) 15%": the criterion's own 15%
            for position, keys in _claims(sentence).items():
                if key == "social_value" and (SHARE_OF_A_PART.match(sentence, position)
                                              or OF_WHICH_BEFORE.search(sentence[:position])
                                              or SHARES_OF_A_PART_LEAD.search(sentence[:position])):
                    continue  # "10% of the quality score", "Quality 70%, of which Social Value 15%": a part of one criterion
                if keys == {key}:
                    value = PERCENT.match(sentence, position) or re.match(r"(\d{1,3}(?:\.\d+)?)", sentence[position:])
                    n = float(value.group(1) if value.lastindex == 1 and not value.groupdict() else value.group("n"))
                    found.append(Found(_int(n), line, 1))
            qual_at, quant_at = QUALITATIVE.search(sentence), QUANTITATIVE.search(sentence)
            if key in ("qualitative", "quantitative") and qual_at and quant_at:
                qual_first = qual_at.start() < quant_at.start()
                percents = [float(m.group("n")) for m in PERCENT.finditer(sentence)]
                if re.search(r"\brespectively\b", sentence, re.I) and len(percents) == 2 and sum(percents) == 100:
                    qual, quant = percents if qual_first else percents[::-1]
                    found.append(Found(_int(qual if key == "qualitative" else quant), line, 1))
                ratio = RATIO.search(sentence)
                if ratio and int(ratio.group("a")) + int(ratio.group("b")) == 100:
                    a, b = int(ratio.group("a")), int(ratio.group("b"))
                    qual, quant = (a, b) if qual_first else (b, a)
                    found.append(Found(qual if key == "qualitative" else quant, line, 1))
                elif not percents and SPLIT_EQUALLY.search(sentence):
                    found.append(Found(50, line, 1))  # "split equally between qualitative and quantitative"
    if key in ("qualitative", "quantitative"):
        found += _split_by_parts(lines, key)
    if key == "social_value":
        found = _one_criterion_over_rows(lines, found)
        found += _points_out_of_100(lines)
        found += _equivalent_of_the_whole(lines)
        found += _bare_weights_of_the_whole(lines)
        found += _ratio_of_the_whole(lines)
    return found


def _one_criterion_over_rows(lines: list[Line], found: list[Found]) -> list[Found]:
    """Adjacent rows of one table that each name social value as their criterion ('Social value | Portal commitments |
    6%', 'Social value | written response | 4%') are the criterion's parts: its weighting is their sum, not the first."""
    index = {id(line): i for i, line in enumerate(lines)}
    rows: dict[int, Found] = {}
    for f in found:
        line = f.line
        if f.rank == 0 and line.cells and line.header is not None and id(line) in index \
                and re.match(r"social\s+value\b", line.cells[0].strip(), re.I):
            rows.setdefault(index[id(line)], f)
    runs: list[list[int]] = []
    for i in sorted(rows):
        if runs and i == runs[-1][-1] + 1 and lines[i].header == lines[i - 1].header:
            runs[-1].append(i)
        else:
            runs.append([i])
    out = list(found)
    for run in (r for r in runs if len(r) > 1):
        parts = [rows[i] for i in run]
        if len({id(p.line) for p in parts}) != len(parts) or any(
                len(PERCENT.findall(" ".join(lines[i].cells))) != 1 for i in run):
            continue  # a row with two percentages (a share within the criterion beside it) is not one part
        total = sum(float(p.value) for p in parts)
        if total >= 100:
            continue
        in_run = {id(lines[i]) for i in run}
        out = [f for f in out if id(f.line) not in in_run]
        out.append(Found(_int(total), parts[0].line, 0, " + ".join(f"{p.value}%" for p in parts)
                         + ": the social value rows of one table"))
    return out


# "Price : Quality : Social Value in the ratio 50 : 35 : 15": the parts named in one order, their numbers in the same
# order, as many of each, adding up to 100
NAMED_RATIO = re.compile(r"(?P<names>(?:[A-Za-z][A-Za-z -]{1,30}?\s*:\s*){1,4}[A-Za-z][A-Za-z -]{1,30}?)\s+(?:(?:in\s+)?(?:the|a)\s+"
                         r"ratio(?:\s+of)?|ratio(?:\s+of)?|=|of)\s*(?P<nums>\d{1,3}(?:\s*:\s*\d{1,3}){1,4})\b(?!\s*%)", re.I)


# the same with slashes, the names as a label: "Price/Quality/Social Value: 40/45/15"
SLASHED_RATIO = re.compile(r"(?P<names>(?:[A-Za-z][A-Za-z -]{1,30}?\s*/\s*){2,4}[A-Za-z][A-Za-z -]{1,30}?)\s*(?:[:=]|\s[-–]|"
                           r"\s+(?:(?:in\s+)?(?:the|a)\s+)?(?:ratio|split|weighting)(?:\s+of)?)\s*"
                           r"(?P<nums>\d{1,3}(?:\s*/\s*\d{1,3}){2,4})\b(?!\s*%|\s*/)", re.I)


def _ratio_of_the_whole(lines: list[Line]) -> list[Found]:
    found = []
    for line, sentence in _sentences(lines):
        if line.cells is not None:
            continue
        for m in [*NAMED_RATIO.finditer(sentence), *SLASHED_RATIO.finditer(sentence)]:
            names = [n.strip() for n in re.split(r"[:/]", m.group("names"))]
            names[0] = re.split(r"\b(?:on|by|using|as)\s+", names[0])[-1].strip()  # "evaluated on Price"
            nums = [int(n) for n in re.findall(r"\d+", m.group("nums"))]
            social = [i for i, n in enumerate(names) if re.fullmatch(r"(?:the\s+)?social\s+value", n, re.I)]
            if len(names) == len(nums) >= 3 and sum(nums) == 100 and len(social) == 1:
                found.append(Found(nums[social[0]], line, 1, f"{m.group('names')} = {m.group('nums')}"))
    return found


# The two parts of the social value score named for what is marked: the written answer ("written response",
# "narrative response", "method statement") and the commitments offered ("TOMs commitments", "TOMs offer", "measurable
# commitments")
QUAL_PART = re.compile(r"\b(?:written|narrative|qualitative)\s+(?:response|answer|submission|element|part)s?\b|"
                       r"\bmethod\s+statements?\b", re.I)
QUANT_PART = re.compile(r"\b(?:TOMs?|quantitative|quantified|measurable)\s+(?:commitments?|offers?|measures?|element|part|"
                        r"submissions?|returns?)\b|"
                        r"\bcommitments?\s+(?:entered|made|offered|submitted)\b|"
                        # what the bidder commits to in the TOMs: "the measures you commit to in the TOMs", "the
                        # commitments you enter in the TOMs calculator"
                        r"\b(?:commitments?|measures?|offers?)\s+(?:you|bidders?|tenderers?)\s+(?:commit\s+to|enter|make|offer|"
                        r"submit|record)\b(?=[^.;]{0,40}?\b(?:TOMs?|calculator|portal)\b)", re.I)
RATIO_SPLIT = re.compile(r"\bsplit\s+(?:in\s+the\s+ratio\s+)?(?P<a>\d{1,3})\s*:\s*(?P<b>\d{1,3})\s+between\b", re.I)
# "the written answer and the TOMs measures are weighted in the ratio 3:1": a ratio said to be one, any sum
RATIO_NAMED = re.compile(r"\b(?:weighted|split|divided|shared|scored)\s+(?:in\s+)?(?:the|a)\s+ratio\s+(?:of\s+)?"
                         r"(?P<a>\d{1,3})\s*:\s*(?P<b>\d{1,3})\b(?!\s*:)", re.I)
_PART_AMOUNT = re.compile(r"(?<![\d.,])(?P<n>\d{1,4}(?:\.\d+)?)\s*(?P<u>%|points|marks)", re.I)


def _split_by_parts(lines: list[Line], key: str) -> list[Found]:
    """'60 points are awarded for the written response … and 40 points for the TOMs commitments', 'narrative response
    9%, TOMs offer 6%', '50% of the social value marks go to the written response and the other 50% to the measurable
    commitments': in a sentence about social value naming each part once, the two amounts (in one unit, in the order
    the parts are named) give the split, as shares of their sum (said so), when they are parts of social value's own
    total: they add up to the total the sentence states ('Of the 100 social value points', 'Social value (15%):'), or
    are percentages 'of the social value marks' adding up to 100."""
    found = []
    sentences = list(_sentences(lines))
    sv_marks = _social_value_marks(sentences)
    for index, (line, sentence) in enumerate(sentences):
        # marks in words ("Sixty marks are for the written answer … and forty marks for …") as figures
        sentence = _MARKS_IN_WORDS.sub(lambda m: f"{words_to_number(m.group('w').lower())}{m.group('u')}"
                                       if words_to_number(m.group('w').lower()) else m.group(0), sentence)
        about = re.search(r"social\s+value", sentence, re.I)
        if not about and index and (sentences[index - 1][0].source, sentences[index - 1][0].page) == (line.source, line.page) \
                and re.search(r"social\s+value", sentences[index - 1][1], re.I) and (sv_marks or RATIO_NAMED.search(sentence)):
            about = True  # the sentence after one about social value, whose own marks the pack states, goes on about it
        if line.cells is not None or not about:
            continue
        quals, quants = list(QUAL_PART.finditer(sentence)), list(QUANT_PART.finditer(sentence))
        if len(quals) != 1 or len(quants) != 1:
            continue
        every = list(_PART_AMOUNT.finditer(sentence))
        totals = [m for m in every if re.match(r"\s+social\s+value\b", sentence[m.end():], re.I)
                  or re.search(r"social\s+value\W{0,3}$", sentence[:m.start()], re.I)]
        amounts = [m for m in every if m not in totals]
        totals += list(re.finditer(r"(?<![\d.,])(?P<n>\d{1,4})\s+social\s+value\s+(?P<u>points|marks)\b", sentence, re.I))
        if not amounts and totals:  # "Of the 150 social value marks, 105 are for … and 45 are for …": the total's unit
            # "90 go to the written answer and 30 to the quantified commitments": the second's verb left out
            amounts = list(re.finditer(r"(?<![\w.,£])(?P<n>\d{1,4})(?P<u>)(?=\s+(?:are|is|go|goes|will\s+be)\b|"
                                       r"\s+(?:to|for)\s+(?:the|a|an|its|their|your)\s)", sentence, re.I))
        if not amounts and SPLIT_EQUALLY.search(sentence):
            # "the social value weighting is split equally between the method statement and the quantified
            # commitments": the two parts named once each, half each
            found.append(Found(50, line, 1, "split equally between the written answer and the commitments"))
            continue
        ratio = (RATIO_SPLIT.search(sentence) or RATIO_NAMED.search(sentence)) if not amounts else None
        if ratio and (int(ratio.group("a")) + int(ratio.group("b")) == 100 or ratio.re is RATIO_NAMED) \
                and int(ratio.group("a")) > 0 and int(ratio.group("b")) > 0:
            # "the social value score is split 65:35 between your written answer and the commitments you make …"
            amounts = [ratio, ratio]
        elif len(amounts) != 2 or len({m.group("u").lower() for m in amounts}) != 1:
            continue
        a, b = ((float(ratio.group("a")), float(ratio.group("b"))) if ratio and amounts[0] is ratio
                else (float(m.group("n")) for m in amounts))
        of_its_own = amounts[0] is ratio or any(float(t.group("n")) == a + b for t in totals) or (
            amounts[0].group("u").lower() in ("marks", "points") and a + b in sv_marks) or (
            a + b == 100 and amounts[0].group("u") == "%" and re.search(r"%\s+of\s+the\s+social\s+value\s+(?:marks|points|score)",
                                                                       sentence, re.I))
        if not of_its_own:
            continue  # 'a qualitative response (6%) and quantitative commitments (4%)': shares of the whole, not a split
        first_is_qual = quals[0].start() < quants[0].start()
        qual, quant = (a, b) if first_is_qual else (b, a)
        if qual <= 0 or quant <= 0:
            continue
        share = qual * 100 / (qual + quant) if key == "qualitative" else quant * 100 / (qual + quant)
        unit = "%" if amounts[0] is ratio else amounts[0].group("u")
        found.append(Found(_int(round(share, 1)), line, 1, f"{_int(qual)}{'' if unit == '%' else ' '}{unit} written, "
                                                           f"{_int(quant)}{'' if unit == '%' else ' '}{unit} commitments"))
    return found


_UNITS_WORDS = r"one|two|three|four|five|six|seven|eight|nine"
_MARKS_IN_WORDS = re.compile(rf"\b(?P<w>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:{_UNITS_WORDS}))?|"
                             rf"ten|eleven|twelve|fifteen|{_UNITS_WORDS})(?P<u>\s+(?:marks|points))\b", re.I)


def _social_value_marks(sentences: list[tuple[Line, str]]) -> set[float]:
    """The marks the pack gives social value in its prose ('100 marks for social value', '… 500 for quality and 100 for
    social value'): the total a split in marks must add up to."""
    marks = set()
    for line, sentence in sentences:
        if line.cells is not None:
            continue
        said = list(POINTS_FOR_SV.finditer(sentence)) or (
            list(BARE_POINTS_FOR_SV.finditer(sentence)) if LISTED_MARKS.search(sentence) else [])
        marks |= {float(m.group("n") or m.group("n2") or m.groupdict().get("n3")) for m in said}
    return marks


# "Price 50 | Quality 35 | Social Value 15 (percentages of the total score)": bare numbers the pack says are shares of
# the whole, read only when every part is a name and a number and they add up to 100
DECLARED_OF_THE_WHOLE = re.compile(r"(?:\b(?:percentages?|per\s?cent|shares?)|%)\s+of\s+the\s+(?:total|overall|whole)\s+"
                                   r"(?:score|marks?|evaluation|tender)\b", re.I)
_NAME_AND_NUMBER = re.compile(r"(?P<name>[A-Za-z][A-Za-z &'-]{1,40}?)\s*[:=–-]?\s*(?P<n>\d{1,3}(?:\.\d+)?)")


def _bare_weights_of_the_whole(lines: list[Line]) -> list[Found]:
    found = []
    for line, sentence in _sentences(lines):
        if line.cells is not None or not DECLARED_OF_THE_WHOLE.search(sentence):
            continue
        body = re.sub(r"\([^()]*\)", " ", sentence).strip(" .")
        body = re.sub(r"^[A-Za-z ]{1,30}:\s*", "", body)  # "Evaluation: …"
        parts = [p.strip() for p in re.split(r"\s*[|;,/]\s*", body) if p.strip()]
        named = [m for p in parts if (m := _NAME_AND_NUMBER.fullmatch(p))]
        if len(named) >= 2 and len(named) == len(parts) and sum(float(m.group("n")) for m in named) == 100:
            found += [Found(_int(float(m.group("n"))), line, 1) for m in named
                      if re.fullmatch(r"social\s+value", m.group("name").strip(), re.I)]
    return found


EQUIVALENT_OF_THE_WHOLE = re.compile(r"\b(?:equivalent\s+to|equating\s+to|which\s+is|amounting\s+to)\s+(?P<n>\d{1,3}(?:\.\d+)?)\s?"
                                     r"(?:%|per ?cent)\s+of\s+(?:the\s+)?(?:overall|total|whole)\b", re.I)


def _equivalent_of_the_whole(lines: list[Line]) -> list[Found]:
    """'Social value is worth 15% of the quality marks, equivalent to 9% of the overall score': the pack states the
    share of the whole itself, beside the share of one criterion (which is never turned into one)."""
    found = []
    for line, sentence in _sentences(lines):
        if line.cells is not None or not re.search(r"social\s+value", sentence, re.I):
            continue
        for position, keys in _claims(sentence).items():
            if keys == {"social_value"} and SHARE_OF_A_PART.match(sentence, position):
                after = EQUIVALENT_OF_THE_WHOLE.search(sentence, position)
                if after and not re.search(r"\d\s?%", sentence[position:after.start()].split("%", 1)[1]):
                    found.append(Found(_int(float(after.group("n"))), line, 1))
    return found


BREAKDOWN = re.compile(r"(?<=%)\s*\(\s*(?:of\s+which|comprising|made\s+up\s+of|split)\b[^()]*\)\s*$", re.I)
SHARE_OF_A_PART = re.compile(r"\d{1,3}(?:\.\d+)?\s?(?:%|per ?cent)\s+of\s+(?:the\s+)?(?:quality|technical|qualitative|"
                             r"non-price|method statements?|written)\b", re.I)
# A list of percentages introduced as shares of one criterion ("weighted as shares of the quality score: Q1 Method 40%,
# … Q3 Social Value 20%", "as a percentage of the technical marks - ..."): every % after that lead-in is a share of it.
SHARES_OF_A_PART_LEAD = re.compile(r"\b(?:as\s+)?(?:shares?|percentages?|proportions?|parts?|fractions?)\s+(?:of|within)\s+(?:the\s+)?"
                                   r"(?:quality|technical|qualitative|non-price)\s+(?:score|marks|weighting|element|section|"
                                   r"evaluation|criteria|criterion)\b[^.;]*?[:\-–]", re.I)
OF_WHICH_BEFORE = re.compile(r"\bof\s+which\s+(?:the\s+)?social\s+value\W{0,3}(?:(?:is|at|weighting)\s+)?$", re.I)
MATRIX_ROW = re.compile(r"^(?P<label>social\s+value|qualitative|quantitative)\b(?P<rest>[^%\d]{0,60}?(?:\b(?:[A-Z]{1,3}\d{1,2}"
                        r"(?:\.\d{1,2})?|\d{1,2}\.\d{1,2})\b[^%\d]{0,60}?)?)\s(?P<n>\d{1,3}(?:\.\d+)?)\s?%$", re.I)


def _points_out_of_100(lines: list[Line]) -> list[Found]:
    """'scored out of 100 points: … 10 points for social value' (prose that may wrap over lines); and points of another
    total the same sentence states ('Social value - 100 points (1,000 points in total)': 10, said so)."""
    found = []
    for line, sentence in _sentences(lines):
        if line.cells is not None:
            continue
        if OUT_OF_100.search(sentence) or OUT_OF_100.search(line.text):  # the total may be its paragraph's first sentence
            found += [Found(int(m.group("n") or m.group("n2") or m.groupdict().get("n3")), line, 1) for m in POINTS_FOR_SV.finditer(sentence)]
        elif len(totals := {marks_total(m) for m in MARKS_TOTAL.finditer(sentence)} or {  # or its paragraph's
                marks_total(m) for m in MARKS_TOTAL.finditer(line.text)}) == 1:
            total = next(iter(totals))
            said = list(POINTS_FOR_SV.finditer(sentence))
            if not said and LISTED_MARKS.search(sentence):  # "400 marks are for price, 500 for quality and 100 for
                said = list(BARE_POINTS_FOR_SV.finditer(sentence))  # social value": its unit said once, for the list
            for m in said:
                if 0 < (points := int(m.group("n") or m.group("n2") or m.groupdict().get("n3"))) < total:
                    found.append(Found(_int(round(points * 100 / total, 1)), line, 1,
                                       f"{points} of the {total:,} points in total"))
    return found


LISTED_MARKS = re.compile(r"\d\s+(?:marks|points)\s+(?:are\s+|go\s+)?(?:for|to)\b", re.I)
BARE_POINTS_FOR_SV = re.compile(r"(?:,|\band)\s+(?P<n>\d{1,4})\s+(?:for|to)\s+(?:the\s+)?social\s+value\b(?P<n2>)", re.I)
# "scored out of 100 points", "(100 marks in total)", "of the 100 marks available": marks that are percentages
OUT_OF_100 = re.compile(r"(?:out of|total of|maximum of)\s+(?:the\s+)?100\s+(?:points|marks)|"
                        r"\b\d{1,3}\s+of\s+the\s+100\s+(?:(?:evaluation|available|tender|total)\s+)?(?:points|marks)\b|"
                        r"\b100\s+(?:points|marks)\s+(?:in\s+total|available|overall)|"
                        # "the total available is 100 points", "the maximum score is 100 marks"
                        r"\b(?:total|maximum)(?:\s+(?:available|score|number\s+of\s+(?:points|marks)))?\s+(?:is|will\s+be)\s+"
                        r"100\s+(?:points|marks)\b", re.I)
POINTS_FOR_SV = re.compile(r"(?P<n>\d{1,3})\s+(?:points|marks)\s+(?:(?:are|is|will be)\s+)?(?:allocated\s+|awarded\s+)?"
                           r"(?:for|to)\s+(?:the\s+)?social\s+value|"
                           r"\bsocial\s+value\W{0,3}(?P<n2>\d{1,3})\s+(?:points|marks)\b(?!\s+(?:in\s+total|available))|"
                           # "Social value is worth 12 of the 100 tender marks"
                           r"\bsocial\s+value\s+(?:carries|is\s+worth|receives|attracts|gets|has)\s+(?P<n3>\d{1,3})\s+of\s+"
                           r"the\s+100\s+(?:(?:evaluation|available|tender|total)\s+)?(?:points|marks)\b", re.I)


def _marks_total(lines: list[Line], row: Line) -> int | None:
    """The row's table (same header) has a 'Total' row of marks other than 100 (1,000; 200): that total."""
    for line in lines:
        if line.source == row.source and line.header == row.header and line.cells and re.match(r"total", line.cells[0], re.I):
            totals = {int(c.replace(",", "")) for c in line.cells[1:] if re.fullmatch(r"\d{1,3}(?:,\d{3})*|\d+", c.strip())}
            if len(totals) == 1 and (total := next(iter(totals))) > 100:
                return total
    return None


def _out_of_100(lines: list[Line], row: Line) -> bool:
    """The row's table (same header) has a 'Total' row of 100: its points are percentages of the whole."""
    return any(line.header == row.header and line.cells and re.match(r"total", line.cells[0], re.I)
               and "100" in line.cells[1:] for line in lines if line.source == row.source)


def _social_value_parts(lines: list[Line]) -> tuple[float, float, Line] | None:
    """A table whose rows split social value into qualitative and quantitative parts of the total, with no total."""
    parts: dict[str, float] = {}
    first: Line | None = None
    for line in lines:
        if line.cells is None and len(line.text.split()) > 8:
            continue  # a table row, or a short line as a PDF gives a table row
        text = " ".join(line.cells) if line.cells is not None else line.text
        if not re.search(r"social\s+value", text, re.I):
            continue
        percents = [float(m.group("n")) for m in PERCENT.finditer(text)]
        if not percents:
            continue
        kind = "qualitative" if re.search("qualitative", text, re.I) else (
            "quantitative" if re.search("quantitative", text, re.I) else None)
        if kind is None or len(percents) != 1:
            return None  # a total row, or a row that is not one part
        parts[kind] = percents[0]
        first = first or line
    if set(parts) != {"qualitative", "quantitative"} or first is None:
        return None
    total = parts["qualitative"] + parts["quantitative"]
    return _int(total), parts["qualitative"] * 100 / total, first


SV_CRITERION_NAMES = re.compile(r"(?<!innovation and )(?<!innovation & )(?<!quality and )(?<!technical and )"
                                r"\b(?:community\s+benefits?|added\s+value|local\s+benefits?)\b", re.I)  # not a compound


def find_sv_weighting(lines: list[Line]) -> list[Found]:
    """The social value criterion's weighting; a pack that never weights 'social value' by that name may weight it as
    'Community Benefits', 'Added Value' or 'Local Benefit' (the names councils give the criterion), or under a name
    the pack itself says is its name for social value ('Community Wealth Building, which is how the Council
    evaluates social value')."""
    found = _percent_for(lines, "social_value")
    if found:
        return found
    if any(re.search(r"social\s+value\W{0,3}(?:\(|\||:|is|accounts|carries|weight)", line.text, re.I) for line in lines):
        return _share_of_quality(lines)
    names = SV_CRITERION_NAMES.pattern
    own = own_sv_names(lines)
    if own:
        names = "|".join([*(re.escape(n).replace(r"\ ", r"\s+") for n in own), names])
    pattern = re.compile(names, re.I)
    renamed = [_renamed(line, pattern) if pattern.search(line.text) else line for line in lines]
    back = {id(new): old for new, old in zip(renamed, lines)}
    found = [Found(f.value, back.get(id(f.line), f.line), f.rank) for f in _percent_for(renamed, "social_value")]
    if not found:
        found = [Found(f.value, back.get(id(f.line), f.line), f.rank, f.derived) for f in _share_of_quality(renamed)]
    return found


QUALITY_WEIGHT = re.compile(r"\bquality\s*(?:\(|:|-|–|=)?\s*(?P<n>\d{1,3})\s?%|\bquality\s+(?P<r>\d{1,3})\s*[:/]\s*(?:price|cost)\s+\d{1,3}\b|"
                            r"\b(?:price|cost)\s+\d{1,3}\s*[:/]\s*quality\s+(?P<r2>\d{1,3})\b|(?P<a>\d{1,3})\s*:\s*\d{1,3}\s+quality\s*:\s*price\b|"
                            r"\bquality\s+(?:is\s+)?(?:weighted\s+at|worth|carries)\s+(?P<w>\d{1,3})\s?%|"
                            # everything but price is quality's share: "the non-price element 60%"
                            r"\bnon-price\s+(?:element|score|criteria|weighting|part)?\s*(?:is\s+)?(?:worth\s+|weighted\s+at\s+|"
                            r"carries\s+)?(?P<np>\d{1,3})\s?%|"
                            r"(?P<on>\d{1,3})\s?%\s+(?:on|for)\s+(?:the\s+)?quality\b", re.I)  # "evaluated 60% on Quality"
SHARE_OF_QUALITY = re.compile(r"(?P<n>\d{1,3}(?:\.\d+)?)\s?(?:%|per ?cent)\s+of\s+(?:the\s+)?(?:quality|non-price)\s+(?:marks|score|weighting|"
                              r"element|criteria|evaluation)\b", re.I)


def _share_of_quality(lines: list[Line]) -> list[Found]:
    """'Social value is 20% of the quality marks' with the pack's quality weighting stated ('Quality 60%', 'a 60:40
    quality:price basis'): the share of the whole, worked out and said so; without one quality weighting, nothing."""
    shares = []
    sentences = list(_sentences(lines))
    for index, (line, sentence) in enumerate(sentences):
        for position, keys in _claims(sentence).items():
            share = SHARE_OF_QUALITY.match(sentence, position)
            if keys == {"social_value"} and share and not EQUIVALENT_OF_THE_WHOLE.search(sentence):
                shares.append((float(share.group("n")), line))
            elif keys == {"social_value"} and (lead := SHARES_OF_A_PART_LEAD.search(sentence[:position])) and re.search(
                    r"quality|technical", lead.group(0), re.I) and (n := PERCENT.match(sentence, position)):
                shares.append((float(n.group("n")), line))  # "weighted as shares of the quality score: … Social Value 20%"
        shares += _of_which_share(sentences, index)
    for line in lines:  # "Social Value | SC4 | 25%" under a column "Share of quality section"
        if line.cells is not None and line.header is not None and re.search(r"social\s+value", line.text, re.I):
            shares += [(float(m.group("n")), line) for cell, head in zip(line.cells, line.header)
                       if SHARE_OF_A_PART_HEADER.search(head) and re.search(r"quality|technical", head, re.I)
                       and (m := PERCENT.fullmatch(cell.strip()))]
    if len({n for n, _ in shares}) != 1:
        return []
    quality = _quality_weight(lines)
    if quality is None:
        return []
    quality, quality_line = quality
    share, line = shares[0]
    value = share * quality / 100
    return [Found(_int(round(value, 1)), line, 1,
                  f"{_int(share)}% of the quality marks x quality {_int(quality)}% of the total "
                  f"({quality_line.source} p{quality_line.page}: {quality_line.text[:80]!r})")]


def _quality_weight(lines: list[Line]) -> tuple[float, Line] | None:
    """The pack's one quality (or non-price) weighting, as a share of the whole, and where it is stated."""
    qualities: dict[float, Line] = {}
    for i, line in enumerate(lines):
        for label, value in pairs(line, lines[i + 1] if i + 1 < len(lines) else None):
            if re.fullmatch(r"(?:technical\s+)?quality(?:\s+weighting)?", " ".join(label.split()).strip(" :"), re.I) and (
                    m := PERCENT.fullmatch(value.strip())):
                qualities.setdefault(float(m.group("n")), line)
        if line.cells is None:
            for m in QUALITY_WEIGHT.finditer(line.text):
                if not SHARE_OF_QUALITY.search(line.text[max(0, m.start() - 30):m.end() + 5]):
                    n = next(g for g in (m.group(k) for k in ("n", "r", "r2", "a", "w", "np", "on")) if g)
                    qualities.setdefault(float(n), line)
    if len(qualities) != 1:
        return None
    (quality, quality_line), = qualities.items()
    return (quality, quality_line) if 0 < quality <= 100 else None


OF_WHICH_SV = re.compile(r"\bquality\s*(?:\(|:|-|–|=)?\s*\d{1,3}\s?%\s*\)?\s*[,;]?\s*\(?\s*of\s+which\s+(?:the\s+)?social\s+value"
                         r"\W{0,3}(?:(?:is|at|weighting)\s+)?(?P<n>\d{1,3}(?:\.\d+)?)\s?%", re.I)
OF_QUALITY_STATED = re.compile(r"\b(?:percentage|share|proportion|part)\s+of\s+the\s+quality\s+(?:marks|score|weighting|"
                               r"element)|\bof\s+the\s+quality\s+(?:marks|score|weighting)\b[^.]{0,20}?\bnot\s+(?:of\s+)?the\s+"
                               r"(?:total|overall)", re.I)


def _of_which_share(sentences: list[tuple[Line, str]], index: int) -> list[tuple[float, Line]]:
    """'Quality 70%, of which Social Value 15%' is a share of quality only when the pack says so, in that sentence or
    the next ('The Social Value weighting is a percentage of the quality marks'): 'of which' alone may as well give
    the part of the whole that quality's 70% includes, so it is not read as either."""
    line, sentence = sentences[index]
    match = OF_WHICH_SV.search(sentence)
    if not match:
        return []
    said = [sentence] + [s for other, s in sentences[index + 1:index + 2] if (other.source, other.page) == (line.source, line.page)]
    return [(float(match.group("n")), line)] if any(OF_QUALITY_STATED.search(s) for s in said) else []


NAMED_AS_SV = re.compile(r"(?<![\w'-])(?!The\s)(?P<name>(?:[A-Z][\w'-]*\s+){0,4}[A-Z][\w'-]*),?\s+(?:which\s+)?is\s+(?:how\s+"
                         r"the\s+[\w\s]{0,30}?(?:evaluates|assesses|measures|scores)|(?:the\s+)?[\w\s'’]{0,40}?\bname\s+for)"
                         r"\s+social\s+value\b")


# a part of the tender evaluated against the buyer's own commitments by their proper name, which the same sentence says
# are about what social value is ("Section 4 is evaluated against our Good Neighbour Charter, the commitments we have made
# to our residents on local jobs, warm homes and community investment"): that name is the pack's name for social value
OWN_COMMITMENTS = re.compile(r"\b(?:assessed|evaluated|scored|measured|marked)\s+(?:against|in\s+line\s+with|using)\s+"
                             r"(?:our|(?-i:(?:[A-Z][\w&-]*\s+){0,4}[A-Z][\w&-]*)(?:['’]s|(?<=s)['’]))\s+(?:own\s+)?"
                             r"(?P<name>(?-i:(?:[A-Z][\w&'-]*\s+){0,4}[A-Z][\w&'-]*))\b(?P<what>[^.]{0,240})", re.I)


def _about_social_value(text: str) -> bool:
    return bool(SV_HEADING.search(text) or re.search(r"community\s+investment", text, re.I) or any(
        pattern.search(text) and (needs is None or needs.search(text)) for _, pattern, needs in SV_THEMES))


def own_sv_names(lines: list[Line]) -> list[str]:
    """The pack's own names for social value, longest first: a name it says is its name for social value ('Community
    Wealth Building, which is how the Council evaluates social value'), or the buyer's own commitments by their proper
    name that a part of the tender is evaluated against, said in the same sentence to be about local jobs, community
    investment or another social value theme."""
    names = set()
    for _, sentence in _sentences(lines):
        names |= {m.group("name") for m in NAMED_AS_SV.finditer(sentence)}
        names |= {m.group("name") for m in OWN_COMMITMENTS.finditer(sentence)
                  if not SV_HEADING.search(m.group("name")) and _about_social_value(m.group("what"))}
    return sorted(names, key=len, reverse=True)


def _name_pattern(names: list[str]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + r")\b", re.I)


def _own_named_questions(lines: list[Line], questions: list[dict]) -> None:
    """A question that asks about the buyer's own commitments the pack names for social value ('How will this
    contract help us keep the promises in our Good Neighbour Charter?') is the social value question."""
    names = own_sv_names(lines)
    if not names:
        return
    pattern = _name_pattern(names)
    for question in questions:
        said = " ".join([question["text"], *question["sub_criteria"]])
        if question["social_value_score"] >= 0 and (named := pattern.search(said)):
            question["social_value_why"].append(f"names the buyer's own social value commitments '{named.group(0)}' (+3)")
            question["social_value_score"] += 3
            question["social_value"] = question["social_value_score"] >= SV_THRESHOLD


_SECTION_NUMBER = re.compile(r"^(?:section|part|volume)\s+\w{1,3}\s*[:.\-–]\s*", re.I)


def _sv_section_weighting(lines: list[Line], questions: list[dict]) -> list[Found]:
    """A pack that weights social value under its own name for the section that holds the social value questions
    ('Section C: Responsible Procurement' holds only C1, and the award table weights 'Responsible Procurement
    (Section C)' 10%): that criterion's weighting is social value's. Never a section that also holds other
    questions, nor one named for quality or price or for the document ('Tender Response Document')."""
    flags: dict[str, list[bool]] = {}
    for question in questions:
        if question.get("section"):
            flags.setdefault(question["section"], []).append(bool(question["social_value"]))
    names = {_SECTION_NUMBER.sub("", section).strip() for section, sv in flags.items() if all(sv)}
    names = sorted((n for n in names if len(n.split()) >= 2 and not MIXED_HEADING.search(n)
                    and not _GENERIC_TITLE.match(n)), key=len, reverse=True)  # not "Tender Response Document"
    if not names:
        return []
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names) + r")\b", re.I)
    renamed = [_renamed(line, pattern) if pattern.search(line.text) else line for line in lines]
    back = {id(new): old for new, old in zip(renamed, lines)}
    return [Found(f.value, back.get(id(f.line), f.line), f.rank) for f in _percent_for(renamed, "social_value")]


WEIGHTINGS_OF_THE_WHOLE = re.compile(r"\bweightings?\b[^.]{0,40}(?:\b(?:percentages?|per\s?cent|shares?)|%)\s+of\s+the\s+"
                                     r"(?:total|overall|whole)\s+(?:score|marks|evaluation|tender)", re.I)


def _sv_question_weighting(lines: list[Line], questions: list[dict]) -> Found | None:
    """A pack that weights social value only as its one social value question's weighting, having said that the
    questions' weightings are of the total score ('Weightings are percentages of the total score', or the whole is marked
    out of 100 and the question's weighting is its marks): that is social
    value's weighting, cited at the question. Not when the pack also scores a quantitative part (a TOMs offer) that the
    question's weighting would leave out."""
    sv = [q for q in questions if q["social_value"]]
    if len(sv) != 1 or sv[0]["weighting_percent"] is None:
        return None
    if not any(WEIGHTINGS_OF_THE_WHOLE.search(line.text) or MARKS_ARE_PERCENT.search(line.text) for line in lines) or any(
            re.search(r"quantitative|toms\s+(?:offer|calculator|commitments?)|commitments?\s+form", line.text, re.I)
            for line in lines):
        return None
    weight = f"{sv[0]['weighting_percent']:g}"
    line = next((ln for ln in lines if ln.cells is not None and sv[0]["id"] is not None  # where its weight is stated:
                 and ln.cells[0].strip(" .:") == sv[0]["id"]  # a matrix row "MS5 | x2 | 8"
                 and any(c.strip(" %") == weight for c in ln.cells[1:])), None) or \
        next((ln for ln in lines if ln.cells is None and sv[0]["id"] is not None  # a list "… Q3 15 marks and Q4 15 marks"
              and (m := listed_share(sv[0]["id"]).search(ln.text)) and m.group("n") == weight), None) or \
        next((ln for ln in lines if ln.source == sv[0]["source"] and ln.page == sv[0]["page"]
              and sv[0]["text"][:40] in ln.text), None)
    return Found(sv[0]["weighting_percent"], line, 1, "the social value question's own weighting of the total") \
        if line is not None else None


def _renamed(line: Line, pattern: re.Pattern = SV_CRITERION_NAMES) -> Line:
    def swap(text: str) -> str:
        return pattern.sub("Social Value", text)

    return Line(swap(line.text), line.source, line.page, line.section,
                tuple(swap(c) for c in line.cells) if line.cells is not None else None, line.header, line.heading)


def find_qualitative(lines: list[Line]) -> list[Found]:
    return _percent_for(lines, "qualitative") + _split_in_a_matrix(lines, "qualitative")


def find_quantitative(lines: list[Line]) -> list[Found]:
    return _percent_for(lines, "quantitative") + _split_in_a_matrix(lines, "quantitative")


MATRIX_QUANT_PART = re.compile(rf"{QUANT_PART.pattern}|\b(?:portal|calculator)\s+commitments?\b|"
                               r"\b(?:measures?|commitments?)\s+(?:committed|entered|made|offered|submitted)\b", re.I)
MATRIX_QUAL_PART = re.compile(rf"{QUAL_PART.pattern}|\bquestion\b|^\s*(?:[A-Z]{{1,4}}\d{{1,2}}|\d{{1,2}}\.\d{{1,2}})\b", re.I)


def _split_in_a_matrix(lines: list[Line], key: str) -> list[Found]:
    """An evaluation matrix whose social value criterion has two rows, one for the commitments ('Social Value Portal
    commitments', 'National TOMs measures') and one for the written answer ('MS3 written response', '4.3 Social value
    delivery plan'): the split is each part's share of their sum. A row whose criterion cell is blank belongs to the
    criterion above it."""
    found = []
    for i, line in enumerate(lines):
        if line.cells is None or line.header is None or not re.match(r"social\s+value\b", line.cells[0].strip(), re.I) \
                or (i and lines[i - 1].header == line.header and lines[i - 1].cells
                    and re.match(r"social\s+value\b", lines[i - 1].cells[0].strip(), re.I)):
            continue  # not the criterion's first row
        rows = [line]
        for later in lines[i + 1:]:
            if later.header != line.header or later.cells is None or later.source != line.source or (
                    later.cells[0].strip() and not re.match(r"social\s+value\b", later.cells[0].strip(), re.I)):
                break
            rows.append(later)
        within = [c for c, head in enumerate(line.header) if WITHIN_ITS_CRITERION_HEADER.search(head)]
        parts: dict[str, float] = {}
        for row in rows:
            if within:
                cell = row.cells[within[0]] if within[0] < len(row.cells) else ""
                percents = [float(m.group("n")) for m in PERCENT.finditer(cell)]
            else:
                percents = [float(m.group("n")) for m in PERCENT.finditer(" ".join(row.cells))]
            names = " ".join(c for c in row.cells[1:] if not PERCENT.search(c))
            kinds = {k for k, pattern in (("quantitative", MATRIX_QUANT_PART), ("qualitative", MATRIX_QUAL_PART))
                     if pattern.search(names)}
            if len(percents) != 1 or len(kinds) != 1 or next(iter(kinds)) in parts:
                parts = {}
                break
            parts[next(iter(kinds))] = percents[0]
        if set(parts) == {"qualitative", "quantitative"} and len(rows) == 2 and all(v > 0 for v in parts.values()):
            total = parts["qualitative"] + parts["quantitative"]
            found.append(Found(_int(round(parts[key] * 100 / total, 1)), line, 0,
                               f"{_int(parts['qualitative'])}% written, {_int(parts['quantitative'])}% commitments"))
    return found


# scoring scale -------------------------------------------------------------------------------------
SCALE = re.compile(r"\b(?:scale|scored|scoring|scores?|mark|marked|rated)\b[^.]{0,30}?\b(?P<a>[01])\s*(?:to|-|–|and)\s*(?P<b>\d{1,3})\b",
                   re.I)
DESCRIPTOR = re.compile(r"^(?:excellent|very good|good|satisfactory|acceptable|adequate|limited|weak|poor|unacceptable|"
                        r"unsatisfactory|fail|minor reservations|major reservations|serious reservations|no response|"
                        r"partial|fair|strong|outstanding|inadequate|insufficient)\b", re.I)


SCALE_LISTED = re.compile(r"\b(?:scale|scored|scoring|score|marked|marks?|rated|awarded|given|receives?)\b[^.]{0,30}?\b(?P<list>[01](?:\s*,\s*\d{1,2}){1,10}),?"
                          r"\s*(?:or|and|to)\s*(?P<b>\d{1,2}|100)\b(?!\s*(?:%|months?|years?|weeks?|days?|words|characters))|"
                          r"\b(?:scale|scored|scoring|score|marked|rated)\b[^.]{0,30}?(?<![\d/])(?P<slashed>[01](?:\s*/\s*\d{1,2}){2,10})"
                          r"(?![\d/%])", re.I)


def find_scoring_scale(lines: list[Line]) -> list[Found]:
    found = []
    for line, sentence in _sentences(lines):
        # "nil (0) to ten (10)": a mark in words then in figures is its figures
        sentence = _MARK_IN_WORDS.sub(lambda m: m.group("d") if _mark_word(m.group("w")) == int(m.group("d")) else m.group(0),
                                      sentence)
        sentence = re.sub(r"(?<=\d)\s*\([A-Za-z][A-Za-z ]{0,30}\)", "", sentence)  # "0 (unacceptable) to 5 (excellent)"
        # a range of marks written in words only: "a mark from nought to ten", "scored zero to five"
        sentence = _RANGE_IN_WORDS.sub(lambda m: f"{_mark_word(m.group('a'))} to {_mark_word(m.group('b'))}", sentence)
        match = SCALE.search(sentence)
        if match and int(match.group("b")) > int(match.group("a")) and not re.match(r"\s*%", sentence[match.end():]):
            found.append(Found(f"{match.group('a')}-{match.group('b')}", line, 1))
            continue
        out_of = MARKED_OUT_OF.search(sentence)  # "marked out of ten (0 = no response, 10 = exceptional)"
        if out_of and (top := number(out_of.group("b"))) and top > int(bottom := out_of.group("a") or out_of.group("a2")):
            found.append(Found(f"{bottom}-{top}", line, 1))
            continue
        # "scored 0, 1, 2, 3 or 4": every score, one step apart; "Score 0 / 1 / 3 / 5", marks written as a scale is,
        # may use only some marks of its range, in order from 0 or 1 (as a descriptor table may)
        listed = SCALE_LISTED.search(sentence)
        if listed and listed.group("list"):  # "0, 1, 2, 3 or 4", "a mark of 0, 2, 4, 6, 8 or 10": evenly spaced
            values = [int(n) for n in re.findall(r"\d+", listed.group("list"))] + [int(listed.group("b"))]
            if len({b - a for a, b in zip(values, values[1:])} - {0}) == 1 and values == sorted(set(values)):
                found.append(Found(f"{values[0]}-{values[-1]}", line, 1))
        elif listed:
            values = [int(n) for n in re.findall(r"\d+", listed.group("slashed"))]
            if _a_scale(values) and values == sorted(values):
                found.append(Found(f"{values[0]}-{values[-1]}", line, 1))
        elif SCORED_WORDS.search(sentence):
            # each mark given with what it means, in a sentence about scoring: "0 - no response; 1 - significant
            # concerns; …", letter grades "A = 4 marks, B = 3, …", descriptors then bare marks "Poor 1, Good 3, …".
            # Four or more, every step from 0 or 1, in one order.
            for pattern in (MARK_THEN_MEANING, LETTER_THEN_MARK, DESCRIPTOR_THEN_BARE_MARK):
                marks = [int(m.group("n")) for m in pattern.finditer(sentence)]
                if len(marks) >= 4 and marks in (sorted(marks), sorted(marks)[::-1]) and min(marks) in (0, 1) and \
                        sorted(marks) == list(range(min(marks), max(marks) + 1)):
                    found.append(Found(f"{min(marks)}-{max(marks)}", line, 1))
                    break
            else:  # "marked out of 10 using these descriptors: 10 Excellent, 8 Good, …, 0 Unacceptable", wrapped
                marks = [int(m.group("n")) for m in MARK_THEN_DESCRIPTOR.finditer(sentence)]  # over a PDF's lines
                if len(marks) >= 3 and _a_scale(marks):
                    found.append(Found(f"{min(marks)}-{max(marks)}", line, 1))
    for index, line in enumerate(lines):
        if line.cells is not None or index and _joins(lines[index - 1], line) \
                or index + 1 < len(lines) and _joins(line, lines[index + 1]):
            continue  # a line of a sentence wrapped over lines holds only part of its marks: read the sentence above
        # one line of marks and descriptors: "0 Unacceptable | 1 Poor | 2 Adequate | 3 Good | 4 Excellent"; or of
        # descriptors and the share of the marks each earns: "Excellent 100%; Good 70%; … Unacceptable 0%"
        marks = [int(m.group("n")) for m in MARK_THEN_DESCRIPTOR.finditer(line.text)]
        if len(marks) < 3:  # "Unsatisfactory (0) - Limited (1) - Satisfactory (2) - Good (3)": the mark after each
            marks = [int(m.group("n")) for m in DESCRIPTOR_THEN_MARK.finditer(line.text)]
        if SCORED_WORDS.search(line.text):
            # grades of the pack's own naming with their marks ("Nil (0), Deficient (1), … or Exemplary (5)"): four or
            # more, one step apart from 0 or 1, in a line about scoring; all of them, not only the usual descriptors
            graded = [int(m.group("n")) for m in GRADE_THEN_MARK.finditer(line.text)]
            if len(graded) >= max(4, len(marks) + 1) and graded == list(range(graded[0], graded[0] + len(graded))) \
                    and graded[0] in (0, 1):
                marks = graded
        shares = [int(m.group("n")) for m in DESCRIPTOR_THEN_SHARE.finditer(line.text)]
        if len(marks) >= 3 and _a_scale(marks):
            found.append(Found(f"{min(marks)}-{max(marks)}", line, 1))
        elif len(shares) >= 3 and min(shares) == 0 and max(shares) == 100 and shares in (sorted(shares),
                                                                                         sorted(shares)[::-1]):
            found.append(Found("0-100", line, 1))
    found += _scale_lines(lines)
    scores: list[tuple[int, Line]] = []
    mark_at = 0  # the column of the marks in the table being read
    for line in lines + [Line("", "", None)]:
        cells = [c for c in (line.cells or ()) if c]
        if len(cells) >= 2 and cells[0].isdigit() and DESCRIPTOR.match(cells[1]):
            scores.append((int(cells[0]), line))
            mark_at = 0
            continue
        if len(cells) >= 2 and cells[1].isdigit() and DESCRIPTOR.fullmatch(cells[0]):  # "Grade | Score": "Good | 3"
            scores.append((int(cells[1]), line))
            mark_at = 1
            continue
        if scores and len(cells) >= 2 and cells[mark_at].isdigit() and line.header == scores[-1][1].header \
                and line.source == scores[-1][1].source:  # the same table's next mark, whatever its meaning's words
            scores.append((int(cells[mark_at]), line))  # ("0 | Not answered or irrelevant" after "1 | Poor - …",
            continue  # "No answer | 0" after "Weak | 1")
        if len(scores) >= 3 and _a_scale([s for s, _ in scores]):
            found.append(Found(f"{min(s for s, _ in scores)}-{max(s for s, _ in scores)}", scores[0][1], 0))
        scores = []
    return found


# a PDF's mark table read as lines, a row a line: "Excellent 5" / "Very good 4" / … / "No answer 0", or "4 Very good -
# fully meets …" / … / "0 Not answered"
_WORDS_THEN_MARK = re.compile(r"^(?P<w>[A-Za-z][A-Za-z ,'/-]{1,40}?)\s+(?P<n>\d{1,3})$")
_MARK_THEN_WORDS = re.compile(r"^(?P<n>\d{1,3})\s+(?:[-–=:.)]\s*)?(?P<w>[A-Za-z].{0,200})$")
# a three-column descriptor table's row with its mark last, read as a line (a PDF's layout may or may not have cut it
# into cells): "Strong A detailed, credible answer … 4", "Excellent | A full answer … | 5"
_WORDS_MEANING_MARK = re.compile(r"^(?P<w>[A-Za-z][^|]{0,40}?)(?:\s*\|\s*|\s+)[^|]{3,240}?(?:\s*\|\s*|\s+)(?P<n>\d{1,2})$")


def _scale_lines(lines: list[Line]) -> list[Found]:
    """Consecutive lines of one page, each a mark and its meaning in one order, the first meaning a descriptor
    ('Excellent', 'Very good'), the rest whatever they say: three or more that make a scale (see _a_scale)."""
    found = []
    run: list[tuple[int, Line]] = []
    shape: re.Pattern | None = None
    for line in lines + [Line("", "", None)]:
        match = None if shape is None or line.cells is not None and shape is not _WORDS_MEANING_MARK \
            else shape.match(line.text)
        if match is not None and line.page == run[-1][1].page and line.source == run[-1][1].source:
            run.append((int(match.group("n")), line))
            continue
        if len(run) >= 3 and _a_scale([n for n, _ in run]):
            found.append(Found(f"{min(n for n, _ in run)}-{max(n for n, _ in run)}", run[0][1], 1))
        run, shape = [], None
        for pattern in (_WORDS_THEN_MARK, _MARK_THEN_WORDS, _WORDS_MEANING_MARK):
            first = pattern.match(line.text) if line.cells is None or pattern is _WORDS_MEANING_MARK else None
            if first and DESCRIPTOR.match(first.group("w")):
                run, shape = [(int(first.group("n")), line)], pattern
                break
    return found


_DESCRIPTOR_WORDS = DESCRIPTOR.pattern[1:]  # without its anchor
MARK_THEN_DESCRIPTOR = re.compile(rf"(?:^|[|;,:]\s*)(?P<n>\d{{1,3}})\s*(?:[-–=:.)]\s*)?(?i:{_DESCRIPTOR_WORDS})")
DESCRIPTOR_THEN_MARK = re.compile(rf"(?i:{_DESCRIPTOR_WORDS})\s*\(\s*(?P<n>\d{{1,3}})\s*\)")
GRADE_THEN_MARK = re.compile(r"\b[A-Za-z][a-z]+(?:\s+[a-z]+)?\s*\(\s*(?P<n>\d{1,2})\s*\)")
SCORED_WORDS = re.compile(r"\b(?:scored|scores?|scoring|marked|marks|marking|graded|rated|awarded)\b", re.I)
MARK_THEN_MEANING = re.compile(r"(?:^|[;|]\s*|:\s*)(?P<n>\d{1,2})\s*[-–=:]\s+(?=[a-z])")  # "; 1 - significant concerns"
LETTER_THEN_MARK = re.compile(r"(?<![\w-])(?-i:[A-F])\s*=\s*(?P<n>\d{1,2})\b(?!\s*%)")  # "A = 4 marks", "E = 0"
_MARK_WORDS = {"nil": 0, "zero": 0, "nought": 0, "hundred": 100, "one hundred": 100}
_MARK_IN_WORDS = re.compile(r"\b(?P<w>nil|zero|nought|one\s+hundred|hundred|one|two|three|four|five|six|seven|eight|nine|ten|"
                            r"twenty)\s*\(\s*(?P<d>\d{1,3})\s*\)", re.I)


_RANGE_IN_WORDS = re.compile(r"\b(?P<a>nil|zero|nought|one)\s+(?:to|-|–)\s+(?P<b>three|four|five|six|seven|eight|nine|ten|"
                             r"twenty|one\s+hundred)\b(?!\s*\()", re.I)


def _mark_word(word: str) -> int | None:
    word = " ".join(word.lower().split())
    return _MARK_WORDS[word] if word in _MARK_WORDS else number(word)


MARKED_OUT_OF = re.compile(r"\b(?:marked|scored|rated|scores?)\s+out\s+of\s+(?P<b>\d{1,3}|three|four|five|ten|twenty|"
                           r"hundred)\b\s*(?:\(\s*(?P<a>[01])\s*(?:=|-|–|:)|"
                           # "scored out of 4, where 0 means no answer and 4 …": the bottom mark said in words after it
                           r",?\s*(?:where|with)\s+(?P<a2>[01])\s+(?:means|meaning|is|=|indicates|indicating|represents|representing|being|denotes|denoting)\b)", re.I)
DESCRIPTOR_THEN_BARE_MARK = re.compile(rf"(?i:{_DESCRIPTOR_WORDS})\s*(?:[-–=:]\s*)?(?P<n>\d{{1,2}})(?=\s*(?:[,;.]|or\b|and\b|$))")
DESCRIPTOR_THEN_SHARE = re.compile(rf"(?i:{_DESCRIPTOR_WORDS})\s*[-–=:(]?\s*(?P<n>\d{{1,3}})\s?%")


def _a_scale(listed: list[int]) -> bool:
    """A descriptor table's scores make a scale when they run one step apart (0, 1, 2, 3, 4, 5), or, from 0 or 1, in
    one order with none repeated: a scale may use only some marks of its range (10, 7, 5, 3, 0 on a 0-10 scale)."""
    values = sorted(listed)
    if values == list(range(values[0], values[-1] + 1)):
        return True
    return values[0] in (0, 1) and len(set(values)) == len(values) and listed in (values, values[::-1])


# framework -------------------------------------------------------------------------------------------
FRAMEWORK_PATTERNS = (
    ("cm-toms", re.compile(r"cheshire\s*(?:and|&)\s*merseyside[^.]{0,40}?(?:\btoms\b|themes,?\s+outcomes|social\s+value\s+framework)", re.I)),
    ("national-toms", re.compile(r"national\s+(?:social\s+value\s+)?(?:toms|themes,?\s+outcomes)|social\s+value\s+portal|"
                                 r"national\s+social\s+value\s+measurement\s+framework", re.I)),
    ("ppn-002", re.compile(r"\bppn\s*0?02\b|procurement\s+policy\s+note\s*0?02\b|\bppn\s*02/25\b", re.I)),
    ("ppn-06-20", re.compile(r"\bppn\s*0?6/20\b|procurement\s+policy\s+note\s*0?6/20|social\s+value\s+model", re.I)),
    ("bespoke", re.compile(r"(?:own|bespoke|local)\s+social\s+value(?!\s+(?:questions?|sections?|weightings?|scores?|marks|"
                           r"criteri\w+|responses?|answers?|method\s+statements?)\b)|social\s+value\s+(?:charter|policy|strategy|priorities)", re.I)),
)


OWN_STRATEGY = re.compile(r"\b(?:assessed|evaluated|scored|measured|marked)\s+(?:against|in\s+line\s+with|using)\s+(?:[\w\s-]{0,30}?"
                          r"\bof\s+)?(?:the\s+(?:[\w-]+\s+){0,4}?(?:council|authority|trust|board|icb|buyer|university|college|"
                          r"constabulary|partnership|association)|(?-i:(?:[A-Z][\w&-]*\s+){0,4}[A-Z][\w&-]*))(?:['’]s|(?<=s)['’])\s+(?:own\s+)?"
                          r"[\w\s-]{0,60}?\b"
                          r"(?:strategy|charter|policy|framework|priorities|plan)\b", re.I)


# the buyer's own commitments by their proper name, whatever they are called: "assessed against our Neighbourhood
# Pledge", "evaluated using Halton Housing's Community Promise"
OWN_NAMED = re.compile(r"\b(?:assessed|evaluated|scored|measured|marked)\s+(?:against|in\s+line\s+with|using)\s+(?:our|"
                       r"(?-i:(?:[A-Z][\w&-]*\s+){0,4}[A-Z][\w&-]*)(?:['’]s|(?<=s)['’]))\s+(?:own\s+)?"
                       r"(?-i:(?:[A-Z][\w&'-]*\s+){0,4}[A-Z][\w&'-]*)\b", re.I)


# the buyer's own commitments by a proper name ending in what they are, after "the": "assessed against the Wirral
# Fairer Futures Pledge", "scored against the Knowsley Community Promise" (not "the National TOMs")
OWN_THE_NAMED = re.compile(r"\b(?:assessed|evaluated|scored|marked)\s+(?:against|in\s+line\s+with|using)\s+the\s+"
                           r"(?-i:(?:[A-Z][\w&'-]*\s+){1,5}(?:Pledge|Promise|Charter|Commitments?|Compact|Priorities|"
                           r"Ambitions?|Covenant))\b", re.I)
# a framework named as what bids are assessed with or bidders asked to use
USED_FOR_BIDS = re.compile(r"\b(?:will\s+be|are|is|be|being)\s+(?:\w+\s+)?(?:assessed|evaluated|scored|marked|weighted|"
                           r"measured|reported|recorded)\b|\b(?:using|use|complete|completing|submit\w*|in\s+line\s+with|"
                           r"against|based\s+on|aligned\s+(?:to|with)|from|via|through|per)\b", re.I)


NOT_USED = re.compile(r"\b(?:no|neither)\b[^.;]{0,80}?\b(?:is|are|will\s+be)\s+(?:used|applied|required)\b|"
                      r"\b(?:is|are|will)\s+not\s+(?:be\s+)?(?:used|applied|required)\b|\bwithout\s+(?:using|reference\s+to)\b|"
                      # bidders told they need not use it: "do not need to complete a TOMs return", "are not required to"
                      r"\b(?:do(?:es)?\s+not|don['’]t)\s+(?:need|have)\s+to\b|\bneed\s+not\b|\bno\s+need\s+to\b|"
                      r"\b(?:is|are|will)\s+not\s+(?:be\s+)?(?:required|asked|expected)\s+to\b|"
                      # the buyer says it does not use it: "The Council does not use the National TOMs"
                      r"\b(?:do(?:es)?|will|shall)\s+not\s+(?:be\s+)?us(?:e|ing)\b|\b(?:don['’]t|doesn['’]t|won['’]t)\s+use\b",
                      re.I)


def _clauses(sentence: str) -> list[str]:
    """A sentence's clauses: 'Bidders may refer to TOMs measures, but no Social Value Portal is used' names a
    framework only to say it is not used, and that clause must not stand for the rest of the sentence."""
    return re.split(r"[;,]\s+(?=(?:but|however|although|though|whereas|and)\b)|;\s*", sentence)


_ANSWERS_AS_SUBJECT = re.compile(r"^(?:responses|answers|submissions|bids|tenders|proposals|commitments|it|they|these|this)\s+"
                                 r"(?:will\s+be|are|is)\b", re.I)


def _follows_the_criterion(sentences: list[tuple[Line, str]], index: int, criterion: re.Pattern) -> bool:
    """'Local Economic Benefit is Magenta Living's name for social value. Responses will be assessed against Magenta
    Living's Community Investment Strategy': a sentence about plain 'responses' (or 'it') right after one that opens
    with the social value criterion, on the same page, says how that criterion is assessed."""
    line, sentence = sentences[index]
    if index == 0 or not _ANSWERS_AS_SUBJECT.match(sentence):
        return False
    before, previous = sentences[index - 1]
    return (before.source, before.page) == (line.source, line.page) and bool(criterion.match(previous))


def find_framework(lines: list[Line], question_lines: frozenset[int] | set[int] = frozenset()) -> list[Found]:
    """The framework social value is measured against. Of two statements naming the same framework, the pack's own
    (how bids are evaluated) is cited before a question's (what the bidder is asked to report against)."""
    found = []
    sentences = list(_sentences(lines))
    own = own_sv_names(lines)
    criterion = re.compile("|".join([r"social\s+value", SV_CRITERION_NAMES.pattern,
                                     *(re.escape(n).replace(r"\ ", r"\s+") for n in own)]), re.I)
    named_in: list[str] = []  # the sentences naming a published framework
    own_stated: list[Found] = []
    for index, (line, sentence) in enumerate(sentences):
        for rank, (name, pattern) in enumerate(FRAMEWORK_PATTERNS):
            if any(pattern.search(clause) for clause in _clauses(sentence) if not NOT_USED.search(clause)):
                found.append(Found(name, line, rank))
                if name != "bespoke":
                    named_in.append(sentence)
        if (OWN_STRATEGY.search(sentence) or OWN_NAMED.search(sentence) or OWN_THE_NAMED.search(sentence)) and (
                criterion.search(sentence) or _follows_the_criterion(sentences, index, criterion)):
            own_stated.append(Found("bespoke", line, len(FRAMEWORK_PATTERNS)))  # scored against the buyer's own: bespoke
    if own_stated and not any(USED_FOR_BIDS.search(sentence) for sentence in named_in):
        # a published framework named only in passing ("last year's suppliers reported £6.8m, measured with the
        # National TOMs"), never as what bids are assessed with or asked to use: the buyer's own is the framework
        own_stated = [replace(f, rank=-1) for f in own_stated]
    found += own_stated
    asked = {id(lines[i]) for i in question_lines}
    return sorted(found, key=lambda f: id(f.line) in asked)  # stable: the pack's order otherwise


def _tidy_value(text: str) -> str:
    return " ".join(text.split()).strip(" .;,:*")


FINDERS: dict[str, Callable[[list[Line]], list[Found]]] = {
    "title": find_title, "reference": find_reference, "buyer": find_buyer, "service": find_service,
    "area": find_area, "value_gbp": find_value, "annual_value_gbp": find_annual_value, "months": find_months,
    "extension_option": find_extension_option, "extension_months": find_extension_months,
    "deadline": find_deadline, "social_value_weighting_percent": find_sv_weighting,
    "qualitative_percent": find_qualitative, "quantitative_percent": find_quantitative,
    "scoring_scale": find_scoring_scale, "framework": find_framework,
}
