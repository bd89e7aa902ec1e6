"""The questions of a tender pack: id as printed, verbatim text, limits, weighting, sub-criteria, social value.

Read from the pack's lines (assistant/tender_reader.py): a question starts at an id ("SV1", "Question 4.1", "B4.")
or, under a heading about questions, at a line that asks the bidder something; a table row under a header that
names its columns is one question. Limits and weightings are read out of the text, never left in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from assistant.areas import AREAS, CITY_REGION
from assistant.tender_numbers import PERCENT, _int, number, percent_signs
from assistant.tender_reader import Line
from assistant.text import CODE

_ID = r"(?:(?:question|method\s+statement|criterion|q)\s*(?:no\.?\s*)?(?:(?-i:[A-Z]{1,4}-[A-Z]{1,3})|[A-Z]{1,4}[ -]?)?\d{1,2}(?:\.\d{1,2})*[a-z]?|(?-i:[A-Z]{1,4}-[A-Z]{1,3})\d{1,2}(?:\.\d{1,2})*[a-z]?|[A-Z]{1,4}[ -]?\d{1,2}(?:\.\d{1,2})*[a-z]?|\d{1,2}(?:\.\d{1,2})+)"
EVERY_QUESTION = re.compile(r"\b(?:each|all|every)\s+(?:of\s+(?:the|your)\s+)?(?:responses?|answers?|questions?|method "
                            r"statements?|submissions?)\b", re.I)
BARE_NUMBER_START = re.compile(r"^(?P<id>\d{1,2})(?:\s*[.:)]\s*|\s+)(?P<rest>.*)$")  # "1 Describe ..." under Questions
TOPIC_THEN_ID = re.compile(r"^(?!(?:The|See|In|At|For|Under|Refer|Please|Answer|Each|This|That|Our|Your|Any|All)\b)"
                           r"(?P<id>(?P<topic>(?:[A-Z][\w&'-]*\s+){1,4})(?:[Qq]uestion|[Mm]ethod\s+[Ss]tatement)\s*"
                           r"(?:no\.?\s*)?\d{1,2}(?:\.\d{1,2})*[a-z]?)(?:\s*[.:)]\s*|\s*[-–]\s*|\s+|$)(?P<rest>.*)$")
LETTERED_START = re.compile(r"^(?P<id>\([a-h]\))\s*(?P<rest>\S.*)$")  # "(a) Describe …" in a list of questions
BRACKET_TOPIC = re.compile(r"^\((?P<t>[^()]{2,40})\)\s*[-–:.]?\s*(?P<r>.+)$")
# "Q2. Staff retention. What will you …", "QT1 Fleet: Describe …": a short title that ends at a full stop or colon before
# the question's own sentence; the title is the question's topic, not its words
TITLE_THEN_QUESTION = re.compile(r"^(?P<t>[A-Z][\w&'/, -]{1,60}?)\s*[.:]\s+(?P<r>[A-Z].+)$")
# "Staffing (20%) - How will you …?", "Vetting (weighting 10%; maximum 750 words). How will you …?": a title, its
# bracket of weighting and limits, then the question ("Social Value (10%): Please …" keeps its title as its words)
TITLE_BRACKET_QUESTION = re.compile(r"^(?P<t>[A-Z][\w&'/, -]{1,60}?)\s*(?P<b>\([^()]{2,80}\))\s*(?:\.|\s[-–]|(?<=words\))\s*:|"
                                    r"(?<=characters\))\s*:|(?<=pages\))\s*:)\s+(?P<r>[A-Z].+)$")  # "Delivery (1,000 words): How …"
# (a colon after a bracket of weighting alone, "Social Value (10%): Please …", keeps the title as the question's words,
# but in a lettered list, "(b) Reliability (10%): What will …", each item's title is set off as its topic)
LETTERED_TITLE_BRACKET = re.compile(r"^(?P<t>[A-Z][\w&'/, -]{1,60}?)\s*(?P<b>\([^()]{2,80}\))\s*[.:]\s+(?P<r>[A-Z].+)$")
TITLE_DASH_QUESTION = re.compile(r"^(?P<t>[A-Z][\w&'/, ]{1,60}?)\s+[-–]\s+(?P<r>[A-Z].+)$")
SIGN_OFF = re.compile(r"^(?:yours\s+(?:faithfully|sincerely|truly)|(?:kind|best|warm)?\s*regards|many\s+thanks|thank\s+you)\W*$|"
                      r"^(?:(?:many\s+)?thanks?(?:\s+you)?\s+(?:again\s+)?for\s+your\s+(?:interest|time)|we\s+look\s+forward\s+to\s+"
                      r"(?:receiving|hearing|reading|seeing))\b", re.I)  # "Thank you for your interest. We look forward to …"  # a letter's or e-mail's sign-off ends the body, and the question before it
LIMIT_EACH = re.compile(r"\b(?:words?|characters?|pages?|sides?(?:\s+of\s+A4)?)\s+(?:each|per\s+(?:question|answer|response))\b", re.I)
QUESTION_START = re.compile(rf"^(?P<id>{_ID})(?:\s*[.:)]\s*|\s*[-–]\s*|\s+|$)(?P<rest>.*)$", re.I)
# "Question 2.1 | Type: Text | Max Characters: 3000 | Weighting: 12.00%": a portal's row of a question's fields
PORTAL_ROW = re.compile(rf"^(?P<id>{_ID})\s+\|\s+(?P<rest>.*)$", re.I)
ASKS = re.compile(r"^(?:[\w ,&'/()%.-]{2,40}:\s*)?(?:please\s+)?(?:describe|explain|set out|provide|outline|detail|give|"
                  r"demonstrate|tell|confirm|state|list|identify|summarise|show|how|what|which|why|where|when|who|do|"
                  r"does|will|can|are|is|would|submit|include|complete|attach|upload|populate|fill in)\b", re.I)
ASKS_WITHIN = re.compile(r"\b(?:describe|explain|set out|outline|demonstrate|tell us|summarise)\b|\?(?:\s*[(\[][^()\[\]]*[)\]])?$", re.I)  # "Using X, describe …"
# "two A4 pages", "2 x A4 sides": the paper size between the count and the unit; the 4 of "A4" is never a count
LIMIT = re.compile(r"\b(?P<nw>one|two|three|four|five|six)\s+(?:A4\s+)?(?P<unitw>sides?(?:\s+of\s+A4)?|pages?)\b|"
                   r"(?<![\w.,])(?P<n>\d[\d,]*)(?:\s*|-)(?:(?:x\s+)?A4\s+(?=sides?|pages?))?"
                   r"(?P<unit>words?|characters?|chars?|sides?(?:\s+of\s+A4)?|pages?)\b|"
                   r"\b(?P<unit2>words?|characters?|chars?|pages?)\s+(?:limit|count|maximum|max\.?)\s*(?:is|of|:|-)?\s*"
                   r"(?P<n2>\d[\d,]*)(?![\d,])(?!\s*(?:words?|characters?|chars?|sides?|pages?)\b)|"
                   r"\b(?:max(?:imum)?\.?|limit)\s+(?P<unit3>words|characters|chars|pages)\s*(?::|-|of)\s*(?P<n3>\d[\d,]*)(?![\d,])",
                   re.I)  # "Max Characters: 3000", a portal's field
NO_LIMIT = re.compile(r"\bno\s+(?:word|character|page)\s+(?:limit|count)", re.I)
WEIGHT = re.compile(r"weight(?:ing|ed)?[^%\d]{0,20}(?P<n>\d{1,3}(?:\.\d+)?)\s?%|^[(\[]?(?P<m>\d{1,3}(?:\.\d+)?)\s?%[)\]]?$|"
                    r"\b(?:this|the|each)\s+(?:question|response|section|method statement)\s+(?:carries|is worth|accounts "
                    r"for|attracts|represents)\s+(?P<k>\d{1,3}(?:\.\d+)?)\s?%|"
                    r"(?<![\d.])(?P<j>\d{1,3}(?:\.\d+)?)\s?%\s+weight(?:ing)?\b", re.I)
# "(20%)" or "(14% of the total score)": a share of the whole evaluation in the title's closing bracket
TITLE_WEIGHT = re.compile(r"(?:^|\s)\(\s*(?P<n>\d{1,3}(?:\.\d+)?)\s?(?:%|per\s?cent\b)(?:\s+of\s+(?:the\s+)?(?:total|overall)\s+"
                          r"(?:score|marks|weighting|evaluation))?\s*\)\s*$", re.I)
# "Q1 Method (40% of the quality score)": the question's share of one part of the evaluation, not of the whole
TITLE_PART_SHARE = re.compile(r"\s\(\s*(?P<n>\d{1,3}(?:\.\d+)?)\s?(?:%|per\s?cent\b)\s+of\s+(?:the\s+)?(?:quality|technical|"
                              r"non-price)\s+(?:score|marks|weighting|element|section|evaluation)\s*\)\s*$", re.I)
BULLET = re.compile(r"^(?:[•\-*◦▪–·]\s*|\(?[a-z]\)\s+|\(?[ivx]{1,4}\)\s+|\d{1,2}[.)]\s+)+", re.I)
NOT_SOCIAL = re.compile(r"safeguard|health and safety|mobilis|data protection|gdpr|tupe|insurance|pricing|price|"
                        r"quality assurance|business continuity|complaints|cyber|food standards|collection schedule|staffing",
                        re.I)
SOCIAL = re.compile(r"social\s+value|community\s+benefits?|additional benefits|added\s+value", re.I)
# what a social value question asks about in its own words (PPN 06/20 and TOMs themes), each a cue of its own
_LOCAL = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in (*AREAS, CITY_REGION)) + r"|\blocal\b|\bresidents?\b|\b(?:the|our) (?:borough|city|district|region)\b|\bwards?\b|neighbourhoods?|\bcommunit(?:y|ies)\b|unemploy|care leavers?|veterans|\bNEETs?\b|not in education|" \
         r"furthest from|disadvantaged|deprived|ex-offenders|disabilit"
SV_THEMES = (
    ("local jobs and skills", re.compile(r"\b(?:jobs?|employ\w*|apprentice\w*|recruit\w*|work (?:placements?|experience)|"
                                         r"traineeships?|training opportunit\w*|skills?|careers?|(?:into|back (?:in)?to) work)\b", re.I), re.compile(_LOCAL, re.I)),
    ("volunteering", re.compile(r"volunteer\w*", re.I), None),
    ("VCFSE", re.compile(r"\bvcf?se\b|voluntary|charit(?:y|ies|able)|social enterprises?|"
                                          r"community (?:groups?|organisations?|kitchens?|centres?|interest compan\w+)|"
                                          r"food banks?|faith", re.I), None),
    ("local supply chain", re.compile(r"supply chain|spend with|suppliers?|subcontract\w*|businesses|firms|makers|\bm?smes?\b", re.I),
     re.compile(_LOCAL + r"|\bm?smes?\b|small (?:and medium|businesses|firms)|microbusiness", re.I)),
    ("environment", re.compile(r"carbon|emissions?|net zero|climate|biodiversity|environment\w*|green spaces?|air quality|"
                               r"waste (?:reduction|minimisation)|(?:cut|reduc\w*|minimi\w*|prevent\w*)\s+(?:\w+\s+){0,2}"
                               r"(?:waste|packaging|plastics?)|recycl\w*|sustainab\w*", re.I), None),
    ("fair work", re.compile(r"real living wage|living wage|fair work|good work", re.I), None),
    ("beyond the contract", re.compile(r"beyond (?:the|your) (?:core |basic |contracted |delivery of (?:the |this |your )?)?"
                                       r"(?:service|contract|requirements?)\w*|"
                                       r"over and above|in addition to (?:the|your) (?:core )?(?:service|contract)", re.I), None),
)
SV_HEADING = re.compile(r"social\s+value|community\s+benefits?|added\s+value|additional\s+benefits?|local\s+benefits?|"
                        r"community\s+wealth|responsible\s+procurement|local\s+economy|inclusive\s+(?:growth|economy)", re.I)
MIXED_HEADING = re.compile(r"quality|technical|price|commercial|method statements?", re.I)
SERVICE_ITSELF = re.compile(r"(?:design|running|deliver|shape|improve|develop|review)\w*\s+(?:and\s+\w+\s+)?(?:of\s+)?"
                            r"(?:the|this|your)\s+service\b|(?:people|those|residents) who use (?:the|this) service|"
                            r"service[- ]users?", re.I)
ENGAGEMENT = re.compile(r"\b(?:engag|consult|communicat|inform|notif|liais)\w*\s+(?:with\s+)?(?:\w+\s+){0,3}?"
                        r"(?:residents|communit\w+|people|public|stakeholders|service users|tenants|neighbours|groups)", re.I)
OTHER_TOPIC = re.compile(r"\b(?:quality|technical|service (?:delivery|model|design|user)|delivery|method(?:ology)?|"
                         r"staff\w*|workforce|resourc\w*|management|innovation|performance|pric\w*|cost\w*|approach)\b", re.I)
COMPLIANCE = re.compile(r"\bcompl(?:y|ies|iance)\b|legislation|regulations?\b|\bISO\s?\d{4,5}|accreditations?|"
                        r"management system", re.I)
SV_LEAD_IN = re.compile(r"social\s+value\s+(?:questions?|responses?|sections?|method statements?|criteri\w+)", re.I)
# "SV1 is evaluated under …", "Q3 will be scored …": a statement with the id as its subject, not a question (a question
# that opens with 'is' or 'will' asks, and ends with a question mark).
ABOUT_THE_ID = re.compile(r"^(?:is|are|was|were|will|shall|can|may|must|has|have|carries|counts?|accounts?)\b(?![^?]*\?)",
                          re.I)
# A table column of shares of one part of the evaluation, not of the whole: "Share of quality section", "% of technical"
# (a '%' that opens a header, "% of quality score", has no word boundary before it: it stands outside the '\b')
SHARE_OF_A_PART_HEADER = re.compile(r"(?:\b(?:share|per\s?cent|percentage|proportion|weighting)|%)\s+(?:of|within)\s+(?:the\s+)?"
                                    r"(?:quality|technical|qualitative|non-price)\b", re.I)
# a matrix column giving each row's share of its own criterion: "Weighting within criterion", "% of section"
WITHIN_ITS_CRITERION_HEADER = re.compile(r"(?:\b(?:weighting|share|per\s?cent|percentage|proportion)|%)\s+(?:of|within|in)\s+"
                                         r"(?:the\s+|its\s+|that\s+|each\s+)?(?:criterion|criteria|element|section|category|"
                                         r"heading)\b", re.I)
# Marks that are percentages of the whole tender: "(100 marks in total)", "marks are out of the 100 available for the
# whole tender" (not "each answer is scored out of 100", a scoring scale)
MARKS_ARE_PERCENT = re.compile(r"\b100\s+(?:marks|points)\s+in\s+total\b|\b(?:marks|points)\b[^.]{0,30}\bout\s+of\s+"
                               r"(?:the\s+)?100\b[^.]{0,30}\b(?:whole|total|overall|entire)\b|"
                               r"\b(?:weightings?|marks|points)\b[^.]{0,40}\bthe\s+total\s+(?:available\s+)?(?:is|will\s+be)\s+"
                               r"100\s+(?:points|marks)\b|"  # "weightings are given as points; the total available is 100 points"
                               # said outright: "Points are percentages of the total score", "each mark is one per cent of
                               # the overall evaluation"
                               r"\b(?:marks|points|each\s+(?:mark|point))\s+(?:are|is|equals?|represents?)\s+(?:one\s+)?"
                               r"(?:percentages?|per\s?cent(?:ages?)?|%)\s+of\s+the\s+(?:total|overall|whole)\b|"
                               # the whole marked out of 100: "Bids are scored out of 100", "carries 15 of the 100
                               # evaluation marks" (not an answer's own scale)
                               r"\b(?:bids|tenders|submissions|quotes|quotations|proposals|offers|the\s+(?:bid|tender|"
                               r"submission|quote|quotation)|each\s+(?:bid|tender|submission|quote|quotation))\s+(?:are|is|will\s+be)\s+(?:marked|scored|evaluated|assessed)\s+out\s+of\s+"
                               r"(?:a\s+(?:possible|maximum\s+of|total\s+of)\s+)?100\b(?!\s*%)|"
                               r"\b\d{1,2}(?:\.\d+)?\s+of\s+the\s+100\s+(?:(?:evaluation|available|tender|total)\s+)?"
                               r"(?:marks|points)\b", re.I)
# Marks of a whole stated as another total: "(1,000 points in total)", "out of a total of 200 marks": each question's
# marks are that share of the whole
MARKS_TOTAL = re.compile(r"\b(?P<t>\d{1,3}(?:,\d{3})+|\d{3,5})\s+(?:marks|points)\s+(?:in\s+total|overall)\b|"
                         r"\b(?:out\s+of\s+)?a\s+total\s+of\s+(?P<t2>\d{1,3}(?:,\d{3})+|\d{3,5})\s+(?:marks|points)\b|"
                         # the whole's total said as what is available: "The maximum score available is 1,000 marks",
                         # "Total available: 200 points"
                         r"\b(?:maximum|total)\s+(?:(?:score|marks|points)\s+)?(?:available\s*)?(?:is\s+|:\s*|of\s+)"
                         r"(?P<t3>\d{1,3}(?:,\d{3})+|\d{3,5})\s+(?:marks|points)\b|"
                         # the whole marked out of it: "Bids are marked out of a possible 1,000" (not an answer's scale)
                         r"\b(?:bids|tenders|submissions|quotes|quotations|proposals|offers|the\s+(?:bid|tender|submission|"
                         r"quote|quotation)|each\s+(?:bid|tender|submission|quote|quotation))\s+"
                         r"(?:are|is|will\s+be)\s+(?:marked|scored|evaluated|assessed)\s+out\s+of\s+(?:a\s+(?:possible|"
                         r"maximum\s+of|total\s+of)\s+)?(?P<t4>\d{1,3}(?:,\d{3})+|\d{3,5})\b(?!\s*%)", re.I)


def marks_total(match: re.Match) -> int:
    """The total a MARKS_TOTAL match states."""
    return int((match.group("t") or match.group("t2") or match.group("t3") or match.group("t4")).replace(",", ""))
# "(150 points)" closing a question's title: its marks
TITLE_MARKS = re.compile(r"(?:\s\(\s*|\s[-–]\s*|:\s*)(?P<n>\d{1,4}(?:\.\d+)?)\s+(?:marks|points)\s*\)?\s*$|"  # "- 200 marks"
                         # a bracket that labels the number: "[Available marks: 200]", "(Marks available - 90)"
                         r"\s[(\[]\s*(?:(?:available|maximum|max\.?)\s+)?(?:marks|points)(?:\s+available)?\s*[:\-–=]?\s*"
                         r"(?P<n2>\d{1,4}(?:\.\d+)?)\s*[)\]]\s*$", re.I)
# a question's own line giving its marks: "Points available: 200", "Maximum marks - 150", "Marks: 90"
MARKS_LINE = re.compile(r"^(?:(?:points|marks)\s+available|(?:maximum|max\.?|available|total)\s+(?:points|marks)|points|marks)"
                        r"\s*[:\-–=]?\s*(?P<n>\d{1,4}(?:,\d{3})?)(?:\s+(?:points|marks))?\.?$", re.I)
LOT_PREFIX = re.compile(r"^(?P<lot>lot\s*\d{1,2}[a-z]?)\b\s*[:.\-–]?\s*", re.I)
SV_THRESHOLD = 3  # a question is the social value question at this score (see social_value_cues)


_HEADER_ROLES = (("id", re.compile(r"^(?:ref(?:erence)?\.?|no\.?|number|id|(?:question|method statement) (?:no\.?|number|ref(?:erence)?\.?|id)|q\.?\s*no\.?|q\.?|#)$", re.I)),
                 ("points", re.compile(r"guidance|sub-?criteri|points? to (?:address|cover)|what (?:we are|evaluators are) "
                                       r"looking for|to address|evaluation criteria|should (?:include|cover)", re.I)),
                 # "Title | Programme management": a box's row naming its question, read as part of the box
                 ("title", re.compile(r"^(?:(?:question|method statement)\s+)?(?:title|topic|heading)$", re.I)),
                 ("text", re.compile(r"question|requirement|method statement|criterion|criteria", re.I)),
                 ("weight", re.compile(r"weight", re.I)),
                 ("marks", re.compile(r"^(?:(?:max(?:imum)?|evaluation|available|total)\s+)?(?:marks|points)(?:\s+available)?$", re.I)),
                 # "Max score | 5": the top of the scoring scale each answer is marked on, neither a limit nor a weighting
                 ("score", re.compile(r"^(?:(?:max(?:imum)?\.?|highest|top|available)\s+)?scor(?:e|ing)(?:\s+available)?$", re.I)),
                 ("limit", re.compile(r"limit|\bwords?\b|characters?|length|max|count", re.I)))


@dataclass
class _Question:
    id: str | None
    line: Line
    text: list[str]
    word_limit: int | None = None
    char_limit: int | None = None
    page_limit: int | None = None
    weighting: float | None = None
    sub_criteria: list[str] | None = None
    header_only: bool = False
    topic: str = ""  # the words on the id line before the question, e.g. "Social Value (Weighting: 10%)"
    lead_in: str = ""  # the line just before the question on its page, when it is not a question's own
    matrix_social_value: bool = False  # an evaluation matrix row files this question under social value
    stated_social_value: bool = False  # its own weighting or note line says it is the social value question
    header_limit: str = ""  # its table's header states the limit: "Question (maximum 500 words each)"
    lot: str = ""  # "Lot 2", printed before its id or as the heading it sits under
    marks: float | None = None  # its table's "Marks" cell: a weighting when the pack's marks total 100 for the whole
    share_of_quality: float | None = None  # "(40% of the quality score)": a weighting once the quality weight is known
    unnamed_pack: bool = False  # its pack never names social value (by any name the criterion goes by)

    def lot_name(self) -> str | None:
        if self.lot:
            return self.lot
        heading = LOT_PREFIX.match(self.line.section or "")
        return _tidy_id(heading.group("lot")) if heading else None

    def as_dict(self) -> dict[str, Any]:
        text = " ".join(_strip_limits(self, " ".join(self.text)).split())  # limits may wrap over lines: read them whole
        text = text.lstrip(":-– ") if re.match(r"^[:\-–]\s", text) else text  # "Question 4 (max 500 words): Describe …"
        if self.header_limit and not (self.word_limit or self.char_limit or self.page_limit):
            _header_limit(self, self.header_limit)  # its own limit, read from its text above, comes first
        cues = social_value_cues(self, " ".join([text, *(self.sub_criteria or [])]))  # the points it asks for count
        return {"id": self.id, "text": text, "word_limit": self.word_limit, "char_limit": self.char_limit,
                "page_limit": self.page_limit,
                "weighting_percent": _int(self.weighting) if self.weighting is not None else None,
                **({"share_of_quality_percent": _int(self.share_of_quality)} if self.share_of_quality is not None else {}),
                "sub_criteria": [_point(p) for p in self.sub_criteria or []],
                "social_value": sum(score for _, score in cues) >= SV_THRESHOLD,
                "social_value_score": sum(score for _, score in cues),
                "social_value_why": [f"{why} ({score:+d})" for why, score in cues],
                "_against": any(score < 0 for _, score in cues),  # for _only_candidate; not in the result
                "lot": self.lot_name(), "source": self.line.source, "page": self.line.page, "section": self.line.section}


def social_value_cues(question: _Question, text: str) -> list[tuple[str, int]]:
    """The evidence that a question is the social value one, each cue with its score: its own words (social value,
    TOMs codes, what it asks about), its id, the heading and topic it sits under, the sentence that introduces it,
    and an evaluation matrix that files it under social value; a question about another topic (safeguarding,
    health and safety) or about the running of the service itself scores against."""
    cues: list[tuple[str, int]] = []
    topic, section = question.topic or "", question.line.section or ""
    if SOCIAL.search(text):
        cues.append(("names social value in its text", 3))
    if CODE.search(text) or re.search(r"\bTOMs\b", text):
        cues.append(("asks for TOMs measures", 3))
    themes = [name for name, pattern, needs in SV_THEMES if pattern.search(text) and (needs is None or needs.search(text))]
    green = set(themes) <= {"environment", "beyond the contract"}
    if themes and question.unnamed_pack and green and len(themes) > 1:  # a net zero question is not forced to be it
        cues.append((f"asks about {', '.join(themes)}, in a pack that never names social value", 2))
    elif themes:
        cues.append((f"asks about {', '.join(themes)}", 2 if len(themes) == 1 else 3))
    if re.search(r"(?:^|\s)S\.?V(?:Q)?[ -]?\d", question.id or "", re.I):
        cues.append(("social value id", 2))
    if SV_HEADING.search(topic):
        cues.append((f"topic '{topic}'", 3))
    if SV_HEADING.search(section) and section != topic:
        cues.append((f"under the heading '{section}'", 1 if MIXED_HEADING.search(section) else 3))
    source = re.sub(r"[_.-]+", " ", question.line.source or "")
    if SV_HEADING.search(source) and not SV_HEADING.search(section) and not MIXED_HEADING.search(source):
        cues.append((f"in the file '{question.line.source}'", 2))  # "Appendix D - Social Value Questionnaire.docx"
    if question.lead_in and SV_LEAD_IN.search(question.lead_in):
        cues.append(("introduced as a social value question", 2))
    if question.matrix_social_value:
        cues.append(("filed under social value in the evaluation matrix", 3))
    if question.stated_social_value:
        cues.append(("its weighting or note line names social value", 3))
    if NOT_SOCIAL.search(text) or NOT_SOCIAL.search(topic):
        cues.append(("asks about another topic", -6))
    elif topic and OTHER_TOPIC.search(topic) and not SV_HEADING.search(topic):
        cues.append((f"topic '{topic}' is another criterion", -3))  # "Question 1: Service Delivery"
    elif COMPLIANCE.search(text):
        cues.append(("asks about compliance", -1))
    elif SERVICE_ITSELF.search(text) and not re.search(r"beyond", text, re.I):
        cues.append(("asks about the service itself", -2))
    elif ENGAGEMENT.search(text) and not re.search(r"beyond", text, re.I):
        cues.append(("asks about engaging or informing people", -2))
    return cues


def is_social_value(question: _Question, text: str) -> bool:
    """A scored decision over social_value_cues: at SV_THRESHOLD or more."""
    return sum(score for _, score in social_value_cues(question, text)) >= SV_THRESHOLD


def _limits(question: _Question, text: str) -> bool:
    """Read word, character and page limits and weightings from a statement; True when it is one."""
    hit = False
    for match in LIMIT.finditer(text):
        if match.group("nw"):  # "no more than two sides of A4"
            n, unit = number(match.group("nw")) or 0, match.group("unitw").lower()
        else:
            n = int((match.group("n") or match.group("n2") or match.group("n3")).replace(",", ""))
            unit = (match.group("unit") or match.group("unit2") or match.group("unit3")).lower()
        if n == 0:
            continue
        if unit.startswith("word"):
            question.word_limit = question.word_limit or n
        elif unit.startswith("char"):
            question.char_limit = question.char_limit or n
        else:
            question.page_limit = question.page_limit or n
        hit = True
    residue = re.sub(r"\b(?:maximum|max|limit|up to|no more than)\b|[^\w%.]", " ", LIMIT.sub("", text), flags=re.I).strip(" .")
    weight = WEIGHT.search(percent_signs(text)) or WEIGHT.search(residue)  # "worth fifteen per cent": 15%  # "(Maximum 1,500 words, 25%)": the % left is a weighting
    if weight:
        if question.weighting is None:
            question.weighting = float(next(g for g in (weight.group(n) for n in "nmkj") if g))
        hit = True
    return hit or bool(NO_LIMIT.search(text))


def _strip_limits(question: _Question, text: str) -> str:
    """The question's own words: limits and weightings in brackets or sentences of their own are read and removed."""
    def bracket(match: re.Match) -> str:
        return "" if _limits(question, match.group(0)) else match.group(0)

    text = re.sub(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])", bracket, text)  # "(max 500 words)", "[15%]"
    kept = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if (LIMIT.search(sentence) or WEIGHT.search(sentence) or NO_LIMIT.search(sentence)) and len(sentence.split()) <= 14 \
                and not ASKS.match(sentence):
            _limits(question, sentence)
            continue
        kept.append(sentence)
    return " ".join(kept).strip()


def find_questions(lines: list[Line]) -> tuple[list[dict[str, Any]], set[int]]:
    """Every question with its id, verbatim text, limits, weighting and sub-criteria; and the lines they use."""
    questions: list[_Question] = []
    used: set[int] = set()
    current: _Question | None = None
    in_bullets = False
    closed = False  # the current question's text is complete (a bullet list or a limit came after it)
    defaults: list[tuple[int, str, _Question]] = []  # limits stated for every question that follows
    owner: dict[int, _Question] = {}  # the question each used line went to
    column: tuple[str, int | None, str | None, bool, str] | None = None  # a PDF table header above: unit, weights, limit
    forms = _form_questions(lines)
    boxed: _Question | None = None  # a question box whose question ends 'Please cover:': the bullets after the box
    paragraphs: set[tuple[str, str, str, int]] = set()  # ids that numbered a paragraph, not a question ('D1 The …')
    for index, line in enumerate(lines):
        if index in forms:  # a question box: 'Question number | SV1', 'Question | …', 'Word limit | 1,000'
            question = forms[index]
            if question.line is line:
                questions.append(question)
            boxed = question if " ".join(question.text).rstrip().endswith(":") else None
            current, closed = None, True
            used.add(index)
            owner[index] = question
            continue
        if boxed is not None and line.cells is None and (point := BULLET.match(line.text)):
            boxed.sub_criteria = (boxed.sub_criteria or []) + [line.text[point.end():].strip()]
            used.add(index)
            owner[index] = boxed
            continue
        boxed = None
        if line.cells is not None and line.header is not None and _table_question(line, questions):
            current, closed = None, True
            used.add(index)
            owner[index] = questions[-1]
            continue
        if TOC_LINE.search(line.text):  # "4. Questions ........ 3": a contents entry, not a question or its text
            continue
        if column is not None and ((line.heading and len(line.text.split()) > 3) or (line.source, line.page) != column[:2]):
            column = None  # a short 'heading' under a PDF table header is the row's first cell ('Quality')
        if line.cells is None and _column_header(line.text):  # a PDF table's header row: "Ref Question Max characters"
            column = (line.source, line.page, _column_unit(LIMIT.sub("", line.text)),
                      bool(re.search(r"weight", line.text, re.I)), line.text if LIMIT.search(line.text) else "")
            current = None if current is not None and current.text else current
            continue
        if line.cells is not None and line.header is None and index + 1 < len(lines) \
                and lines[index + 1].header == line.cells:  # a table's header row: it ends the question before it
            current = None if current is not None and current.text else current
            continue
        parts = [c for c in line.cells if c] if line.cells is not None and line.header is None else [line.text]
        if line.cells is not None and line.header is None and len(parts) == 2 and not QUESTION_START.match(parts[0]):
            if current is not None and current.text:  # a 'Label | value' row ends a question
                current = None
            continue
        for text in parts:
            lot = LOT_PREFIX.match(text)  # "Lot 2 SV1 Describe …": the lot is not the question's id
            if lot and (inner := QUESTION_START.match(text[lot.end():])) and (
                    ASKS.match(inner.group("rest")) or ASKS_WITHIN.search(inner.group("rest"))):
                text = text[lot.end():]
            else:
                lot = None
            start = (portal if line.cells is None and (portal := PORTAL_ROW.match(text)) and labelled_fields(
                portal.group("rest")) else None) or QUESTION_START.match(text) or TOPIC_THEN_ID.match(text) or (BARE_NUMBER_START.match(text) if (re.search(
                r"question|method statement", line.section or "", re.I) or _after_a_lead_in(lines, index))
                and not _names_the_questions(line) else None) or (
                LETTERED_START.match(text) if (current is None or closed or re.fullmatch(r"\([a-h]\)", current.id or "")) and
                _lettered_question(lines, index) else None)  # "(b) …" after the lettered question "(a) …"
            rest, topic = (start.group("rest"), "") if start else ("", "")
            titled_bracket = ""
            bracket = BRACKET_TOPIC.match(rest)  # "Criterion 3 (Social Value) - How will you …"
            if bracket and (ASKS.match(bracket.group("r")) or ASKS_WITHIN.search(bracket.group("r"))) and not (
                    LIMIT.search(bracket.group("t")) or PERCENT.search(bracket.group("t"))):  # not "(max 750 words)"
                rest, topic = bracket.group("r"), bracket.group("t")
            elif start and (titled := _title_then_question(rest, lettered=start.re is LETTERED_START)):
                rest, topic = titled
                if (bracket := ENDING_BRACKET.search(topic)) and (LIMIT.search(bracket.group(0)) or PERCENT.search(
                        percent_signs(bracket.group(0)))):  # "Repairs (5%) - How will …": the title's limits and weighting
                    topic, titled_bracket = topic[:bracket.start()].strip(), bracket.group(0)
            if start and "topic" in start.groupdict() and start.group("topic"):
                topic = " ".join(start.group("topic").split())  # "Social Value Question 1: …"
            starts = bool(start) and (ASKS.match(rest) or ASKS_WITHIN.search(rest) or _header_only(rest)) \
                and not ABOUT_THE_ID.match(re.sub(rf"^{_ID}\s+", "", rest, count=1, flags=re.I))  # "4.4 Q4 is assessed …"
            numbered = _paragraph_number(start.group("id"), line) if start else None
            if numbered and (numbered[:-1] + (numbered[-1] - 1,)) in paragraphs:
                starts = False  # "C3 Bidders should describe …" after paragraphs C1 and C2: the section's numbering
            if start and not starts and numbered:
                paragraphs.add(numbered)
                if current is not None and current.header_only and not current.text:
                    current = None  # "D3 Contractors should …", a paragraph numbered in its own series, is not the
                    continue        # text of a title read just before it ('SV2 Community investment | 40%')
            if starts:
                merged = None
                if current is not None and current.header_only and not current.text and (
                        current.id is None or _same_id(current.id, _tidy_id(start.group("id")))):
                    questions.remove(current)  # "Question B4 (Social Value)" then "B4. What ...": one question
                    current.header_only = False
                    merged = current
                current = _Question(_tidy_id(start.group("id")), line, [], header_limit=column[4] if column else "",
                                    lot=_tidy_id(lot.group("lot")) if lot else "", topic=topic)
                for i in [i for i, q in owner.items() if q is merged]:
                    owner[i] = current
                if titled_bracket:
                    _limits(current, titled_bracket)
                if ASKS.match(rest) or ASKS_WITHIN.search(rest):
                    current.text.append(_column_cell(current, rest, column))
                else:
                    current.header_only = True
                    current.topic = "" if labelled_fields(rest) else rest
                    _limits(current, rest)
                    titled = TITLE_WEIGHT.search(rest)  # "MS1 Service Delivery (20%)": the title's bracket is its weighting
                    if titled and current.weighting is None:
                        current.weighting = float(titled.group("n"))
                        current.topic = rest[:titled.start()].strip()
                    elif (part := TITLE_PART_SHARE.search(rest)) and current.share_of_quality is None:
                        current.share_of_quality = float(part.group("n"))
                        current.topic = rest[:part.start()].strip()
                    elif (marked := TITLE_MARKS.search(rest)) and current.marks is None:
                        current.marks = float(marked.group("n") or marked.group("n2"))  # "QU1 Kennelling (150 points)"
                        current.topic = rest[:marked.start()].strip()
                questions.append(current)
                in_bullets, closed = False, False
                if current.text and LIMIT.search(tail := (ENDING_BRACKET.search(rest) or _NO_MATCH).group(0)) \
                        and re.search(r"[.?!]\s*[(\[][^()\[\]]*[)\]]\.?$", rest):
                    closed = True  # "Q3. What will you do …? For example, … (no more than 300 words)": its limit ends it
                used.add(index)
                owner[index] = current
                continue
            if current is None:
                if (EVERY_QUESTION.search(text) or LIMIT_EACH.search(text)) and LIMIT.search(text):  # "Each response must not exceed 500 words"
                    rule = _Question(None, line, [])
                    _limits(rule, text)
                    rule.weighting = None  # a limit for every question, not a weighting
                    defaults.append((len(questions), line.source, rule))
                    used.add(index)
                    continue
                if line.heading or not ASKS.match(text) or not re.search(r"\byou|\byour", text, re.I):
                    continue
                if not re.search(r"question", line.section or "", re.I):
                    continue
                current = _Question(None, line, [])
                questions.append(current)
                current.text.append(text)
                in_bullets, closed = False, False
                used.add(index)
                owner[index] = current
                continue
            # inside a question block
            # "… deliver. (Weighting" / "20%, max 500 words)": a bracket that closes over lines closes the sentence too
            last = re.sub(r"\s*\([^()]*\)$", "", " ".join(current.text)) if current.text else ""
            previous_open = bool(last) and not re.search(r"[.?:!]$", last)
            if line.heading and not previous_open and current.line.page != line.page or (
                    line.heading and not previous_open and line.section != current.line.section):
                current = None
                continue
            used.add(index)
            owner[index] = current
            if current.text and SOCIAL.search(text) and (WEIGHT.search(text) or THIS_QUESTION.search(text)):
                current.stated_social_value = True  # "Weighting: 10% (social value)", "This question is the social value …"
            if column is not None and BARE_CELLS.match(text):  # the row's weighting and limit cells, on their own line
                for cell in text.split():
                    if cell.endswith("%") and current.weighting is None and column[3]:
                        current.weighting = float(cell[:-1])
                    elif BARE_LIMIT.match(cell) and column[2]:
                        _limits(current, f"{cell} {column[2]}")
                closed = bool(current.text)
                continue
            if (marked := MARKS_LINE.match(text)) and current.marks is None:
                current.marks = float(marked.group("n").replace(",", ""))  # "Points available: 200" under its heading
                continue
            bullet = BULLET.match(text)
            if previous_open and not bullet and not closed:  # a wrapped line of the question's sentence
                current.text.append(_column_cell(current, text, column))
                continue
            if not bullet and in_bullets and not closed and _continues_the_point(current.sub_criteria, text):
                current.sub_criteria[-1] = f"{current.sub_criteria[-1]} {text}"  # a bullet wrapped onto the next line
                continue
            if bullet and (current.text or current.header_only):
                # kept whole until the list ends: a wrapped bullet's 'evidenced and' / 'reported …' keeps its 'and'
                current.sub_criteria = (current.sub_criteria or []) + [text[bullet.end():].strip()]
                in_bullets = True
                continue
            if _is_limit_statement(text) and _limits(current, text):
                closed = bool(current.text)
                continue
            if in_bullets and current.sub_criteria and previous_open is False and not closed:
                closed = True
            if closed and not in_bullets and not current.sub_criteria and POINTS_LEAD_IN.match(text):
                continue  # "Your answer should cover:" after the limit or weighting: the points below are this question's
            if closed or in_bullets:
                if current.text:
                    current = None
                    used.discard(index)  # not the question's: the tender's fields may be stated here
                continue
            if current.header_only and not current.text and not (ASKS.match(text) or ASKS_WITHIN.search(text)):
                continue  # "Using the National TOMs …, set out …" asks as much as "Set out …" does
            if current.header_only and not current.text and (label := TEXT_LABEL.match(text)) \
                    and _form_role(label.group("l")) == "text":
                text = text[label.end():]  # "Question Text: Describe …": the field's label is not the question's words
            if current.id is None and ASKS.match(text) and not previous_open and not (
                    current.word_limit or current.char_limit or current.weighting is not None or current.sub_criteria):
                current = _Question(None, line, [text])  # unnumbered: a new request starts a new question
                questions.append(current)
                continue
            if current.text and (SIGN_OFF.match(text) or not (
                    ASKS.match(text) or re.search(r"\byou|\byour", text, re.I) or text.endswith(":"))):
                closed = True  # a note for evaluators, a footer: not the question's own words
                used.discard(index)
                continue
            current.text.append(text)
    for start, source, rule in defaults:
        for question in questions[start:]:
            if question.line.source == source and not (question.word_limit or question.char_limit or question.page_limit):
                question.word_limit, question.char_limit, question.page_limit = rule.word_limit, rule.char_limit, rule.page_limit
    kept = [q for q in questions if q.text and any(t for t in q.text) and not _answered_in_the_log(lines, q, owner)]
    _box_cut_by_its_layout(lines, kept, owner)
    for index, question in owner.items():  # a heading that never got a question's text gives its lines back
        if not any(question is q for q in kept):
            used.discard(index)
    if not any(SOCIAL.search(line.text) or SV_HEADING.search(line.text) for line in lines):
        for question in kept:
            question.unnamed_pack = True
    _read_lead_ins(lines, kept, used)
    _read_matrix_rows(lines, kept, used)
    _marks_listed_by_id(lines, kept, used)
    if any(MARKS_ARE_PERCENT.search(line.text) for line in lines):  # each question's marks are its share of the whole
        for question in kept:
            if question.weighting is None and question.marks is not None:
                question.weighting = question.marks
    elif len(totals := ({marks_total(m) for line in lines
                         for m in MARKS_TOTAL.finditer(line.text)} | _table_totals(lines)) - {100}) == 1:
        total = next(iter(totals))  # one stated total of marks for the whole (1,000): each question's share of it
        for question in kept:
            if question.weighting is None and question.marks is not None and question.marks < total:
                question.weighting = round(question.marks * 100 / total, 2)
    read = [(q, q.as_dict()) for q in kept]
    result = [d for q, d in read if _is_a_question(d, q.id)]
    dropped = [q for q, d in read if not any(d is r for r in result)]
    for index, question in owner.items():  # an instruction read as a question gives its lines back to the body
        if any(question is q for q in dropped):
            used.discard(index)
    _only_candidate(lines, result)
    _quality_questions_beside_a_social_value_section(result)
    for question in result:
        question.pop("_against")
    return result, used


_ASKED = re.compile(r"^(?:Q|Question|Query)\s*[:.–-]\s*\S", re.I)
_ANSWERED = re.compile(r"^(?:A|Answer|Response|Reply)\s*[:.–-]\s*\S", re.I)


def _answered_in_the_log(lines: list[Line], question: _Question, owner: dict[int, _Question]) -> bool:
    """'CQ08' / 'Q: Will the Authority …?' / 'A: Yes. …': a bidder's clarification question and the buyer's answer, a
    log entry, not a question the bid must answer."""
    held = [i for i, q in owner.items() if q is question]  # its lines, and the one after: where the answer sits
    if not (_ASKED.match(" ".join(question.text).strip()) or any(_ASKED.match(lines[i].text) for i in held)):
        return False  # its text, or its line before a 'Question:' label was read off it
    return any(_ANSWERED.match(lines[i].text) for i in {*held, *(i + 1 for i in held)} if i < len(lines))


ENDING_BRACKET = re.compile(r"[(\[][^()\[\]]*[)\]]\.?$")
_NO_MATCH = re.match(r"", "")


def _only_a_theme(question: dict[str, Any]) -> bool:
    return bool(question["social_value_why"]) and all(why.startswith("asks about ") for why in question["social_value_why"])


def _quality_questions_beside_a_social_value_section(result: list[dict[str, Any]]) -> None:
    """A question that is social value only by what it asks about (recruiting and training the service's own staff or
    volunteers, say), in a file whose social value question says it is one outright (names social value and is
    labelled so: its id, topic, heading or lead-in): a question about running the service, not social value."""
    labelled = ("social value id", "topic '", "under the heading '", "introduced as a social value question",
                "filed under social value", "its weighting or note line names social value")
    own = [q for q in result if q["social_value"] and any(why.startswith("names social value") for why in
                                                          q["social_value_why"])
           and any(why.startswith(labelled) for why in q["social_value_why"])]
    for question in result:
        if question["social_value"] and _only_a_theme(question) and any(
                o["source"] == question["source"] and o["social_value_score"] > question["social_value_score"]
                for o in own):
            question["social_value"] = False
            question["social_value_why"].append("asks about a theme only, beside the file's own social value question")


def _table_totals(lines: list[Line]) -> set[int]:
    """A marks table's 'Total | 1,000' row (under a header naming marks or points): the whole's total of marks."""
    return {int(cell.replace(",", "")) for line in lines if line.cells and line.header is not None
            and re.match(r"total\b", line.cells[0].strip(), re.I) and any(re.search(r"marks|points", h, re.I) for h in line.header)
            for cell in line.cells[1:] if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d{3,5}", cell.strip())}


def _read_lead_ins(lines: list[Line], questions: list[_Question], used: set[int]) -> None:
    """The line just before each question on its page, when no question uses it ('Social value questions follow …')."""
    index_of = {id(line): i for i, line in enumerate(lines)}
    for question in questions:
        i = index_of.get(id(question.line))
        if i and i - 1 not in used and lines[i - 1].source == question.line.source \
                and lines[i - 1].page == question.line.page:
            question.lead_in = lines[i - 1].text


def _id_pattern(identifier: str | None) -> re.Pattern | None:
    """How a question's id appears in another table's row: 'Q3', 'SV1', '6.1', 'Question 2' (a bare '2' is too
    common a number to be read as a question's id)."""
    if not identifier or not re.search(r"[A-Za-z]|\d\.\d", identifier):
        return None
    return re.compile(rf"(?<![\w.]){re.escape(identifier)}(?![\w]|\.\d)", re.I)


def _read_matrix_rows(lines: list[Line], questions: list[_Question], used: set[int]) -> None:
    """An evaluation matrix row that names one question's id and one percentage gives that question's weighting
    ('Quality | Q2 Safeguarding | 15%'), and files it under social value when the row says so."""
    patterns = [(q, pattern) for q in questions if (pattern := _id_pattern(q.id)) is not None]
    if not patterns:
        return
    for index, line in enumerate(lines):
        if index in used or (line.cells is None and len(line.text.split()) > 14):
            continue
        text = " ".join(c for c in line.cells if c) if line.cells is not None else line.text
        following = lines[index + 1] if index + 1 < len(lines) else None
        if line.cells is None and following is not None and index + 1 not in used and following.cells is None \
                and following.page == line.page and following.text[:1].islower():
            text += " " + following.text  # a PDF wraps a row's cell: "T2 Technology and" / "payment 20% 750 words"
        named = [(q, m) for q, pattern in patterns if (m := pattern.search(text))]
        if len(named) < 1 or ASKS_WITHIN.search(text):
            continue
        if line.cells is not None and line.header is not None and any(
                PERCENT.search(cell) and SHARE_OF_A_PART_HEADER.search(head) for cell, head in zip(line.cells, line.header)):
            # "Social Value | SC4 | 25%" under "Share of quality section": not SC4's share of the whole, but its share
            # of the quality score, a weighting once the quality weight is known (one question, one such cell, in a
            # table of questions: a criterion's share, 'Quality criterion | Question(s) | Share …', is not its question's;
            # a row keyed by the question's own id, 'Ref | Criterion | % of quality' over 'Q2 | Staffing | 20%', is)
            shares = [m for cell, head in zip(line.cells, line.header) if SHARE_OF_A_PART_HEADER.search(head)
                      and re.search(r"quality", head, re.I) for m in [PERCENT.fullmatch(cell.strip())] if m]
            keyed_by_id = bool(line.cells) and named[0][1].group(0).strip().lower() == line.cells[0].strip(" .:").lower()
            if len(named) == 1 and len(shares) == 1 and named[0][0].share_of_quality is None \
                    and (keyed_by_id or not any(re.search(r"criteri|section|categor|theme|lot\b", head, re.I)
                                                for head in line.header)) \
                    and named[0][0].weighting is None:
                named[0][0].share_of_quality = float(shares[0].group("n"))
            continue
        if line.cells is not None and line.header is not None and any(
                PERCENT.search(cell) and WITHIN_ITS_CRITERION_HEADER.search(head) for cell, head in zip(line.cells, line.header)):
            _share_of_its_criterion(lines, index, named)
            continue
        if len(named) > 1:
            _several_in_one_row(line, patterns)
            continue
        question, at = named[0]
        # the cells after the id are the question's: "Technical | 60% | T1 Car park operations | 25% | 1,000 words"
        percents = list(PERCENT.finditer(text))
        after = [p for p in percents if p.start() >= at.end()]
        percent = percents[0] if len(percents) == 1 else after[0] if len(after) == 1 else None
        if percent is None:
            _marks_cell(line, question)  # "MS1 | x4 | 16" under "… | Weighting factor | Maximum weighted score"
            continue
        if question.weighting is None:
            question.weighting = float(percent.group("n"))
        if not (question.word_limit or question.char_limit or question.page_limit):
            _limits_only(question, text[at.end():])
        if not (question.word_limit or question.char_limit or question.page_limit):
            _limit_columns(line, question)
        if SV_HEADING.search(text) and not NOT_SOCIAL.search(text):
            question.matrix_social_value = True


_LISTED_SHARE = r"\s*[-–:=]?\s*\(?\s*(?P<n>\d{1,4}(?:\.\d+)?)\s*(?P<u>marks|points|%|per\s?cent)\b"


def listed_share(identifier: str) -> re.Pattern:
    """A question's id followed by its marks or percentage: 'QB 20 marks', 'T2 (15%)'."""
    return re.compile(rf"(?<![\w.]){re.escape(identifier)}(?![\w]|\.\d){_LISTED_SHARE}", re.I)


def _marks_listed_by_id(lines: list[Line], questions: list[_Question], used: set[int]) -> None:
    """A sentence listing questions by id, each with its marks or percentage ('… split between the questions: QA 30
    marks, QB 20 marks and QC 10 marks'): each question's marks (a weighting once the whole's total is known), or its
    weighting outright. Two or more ids so listed make the list; one id with a number may be anything."""
    patterns = [(q, listed_share(q.id)) for q in questions if _id_pattern(q.id) is not None]
    for index, line in enumerate(lines):
        if index in used or line.cells is not None:
            continue
        listed = [(q, m) for q, pattern in patterns if (m := pattern.search(line.text))]
        if len(listed) < 2:
            continue
        for question, m in listed:
            if re.match(r"marks|points", m.group("u"), re.I):
                question.marks = question.marks if question.marks is not None else float(m.group("n"))
            elif question.weighting is None:
                question.weighting = float(m.group("n"))


def _limit_columns(line: Line, question: _Question) -> None:
    """A bare number under a column whose name is a limit's unit ('Word limit', 'Max characters'): the row's limit."""
    if line.cells is None or line.header is None:
        return
    for cell, head in zip(line.cells, line.header):
        if (unit := _column_unit(head)) and re.search(r"limit|max|count|length", head, re.I) \
                and (bare := BARE_LIMIT_CELL.match(cell or "")):
            _limits_only(question, f"{bare.group('n')} {unit}")


MARKS_HEADER = re.compile(r"^(?:max(?:imum)?\.?\s+)?(?:weighted\s+)?(?:score|marks|points)(?:\s+available)?$", re.I)


def _marks_cell(line: Line, question: _Question) -> None:
    """A matrix row naming one question and, under a column of its maximum (weighted) score, marks or points, a bare
    number: the question's marks, a weighting when the pack's whole is marked out of 100 (see find_questions)."""
    if line.cells is None or line.header is None or question.marks is not None:
        return
    cells = [(cell.strip(), head) for cell, head in zip(line.cells, line.header) if MARKS_HEADER.match(head.strip())]
    if len(cells) == 1 and re.fullmatch(r"\d{1,4}(?:\.\d+)?", cells[0][0]):
        question.marks = float(cells[0][0])


def _share_of_its_criterion(lines: list[Line], index: int, named: list[tuple[_Question, re.Match]]) -> None:
    """'Quality | 35% | 4.1 Staffing | 60%' under 'Weighting within criterion': the question's share of the whole is
    the criterion's weighting times its share within it (21%); the criterion's cell left blank on a row below is the
    one above it in the same table. Without the criterion's own weighting, no weighting."""
    line = lines[index]
    within = [i for i, head in enumerate(line.header) if WITHIN_ITS_CRITERION_HEADER.search(head)]
    own = [i for i, head in enumerate(line.header) if re.search(r"weight|%", head, re.I) and i not in within]
    if len(within) != 1 or len(own) != 1 or not named:
        return
    cell = line.cells[within[0]].strip() if within[0] < len(line.cells) else ""
    if len(named) > 1:  # a PDF folds the sub-rows into one: 'Q1 … Q2 … Q3 …' over '40% 40% 20%', paired in order
        shares = [m for m in PERCENT.finditer(cell)] if re.fullmatch(r"(?:\s*\d{1,3}(?:\.\d+)?\s?%\s*)+", cell) else []
        if len(shares) != len(named):
            return
        pairs = list(zip([q for q, _ in sorted(named, key=lambda qm: qm[1].start())], shares))
    else:
        pairs = [(named[0][0], PERCENT.fullmatch(cell))]
    if any(question.weighting is not None for question, _ in pairs):
        return
    criterion = None
    for row in reversed(lines[:index + 1]):
        if row.cells is None or row.header != line.header or row.source != line.source:
            break
        cell = row.cells[own[0]].strip() if own[0] < len(row.cells) else ""
        if cell:
            criterion = PERCENT.fullmatch(cell)
            break
    for question, share in pairs:
        if share and criterion:
            question.weighting = round(float(criterion.group("n")) * float(share.group("n")) / 100, 2)


def _several_in_one_row(line: Line, patterns: list[tuple[_Question, re.Pattern]]) -> None:
    """A PDF matrix folds an element's sub-rows into one row: 'Quality | 50% | 3.1 Access 3.2 Safeguarding | 30% 20%'.
    When one cell names the questions' ids and a later cell holds only percentages, as many as the ids, they pair in
    order."""
    if line.cells is None:
        return
    for at, cell in enumerate(line.cells):
        named = sorted(((m.start(), q) for q, pattern in patterns if (m := pattern.search(cell))), key=lambda x: x[0])
        if len(named) < 2:
            continue
        for later in line.cells[at + 1:]:
            if re.fullmatch(r"(?:\s*\d{1,3}(?:\.\d+)?\s?%\s*)+", later or ""):
                percents = [float(m.group("n")) for m in PERCENT.finditer(later)]
                if len(percents) == len(named):
                    for (_, question), percent in zip(named, percents):
                        if question.weighting is None:
                            question.weighting = percent
                break
        return


def _limits_only(question: _Question, text: str) -> None:
    """The limits a text states for the question, never a weighting from it."""
    weighting = question.weighting
    _limits(question, " ".join(m.group(0) for m in LIMIT.finditer(text)))
    question.weighting = weighting


def _only_candidate(lines: list[Line], questions: list[dict[str, Any]]) -> None:
    """A pack that evaluates social value but none of whose questions reaches the threshold: the one question that
    asks about it (a unique best score of at least 2, no cue against) is taken; a tie or nothing is left alone."""
    if any(q["social_value"] for q in questions) or not any(SOCIAL.search(line.text) for line in lines):
        return
    scored = [q for q in questions if q["social_value_score"] >= 2 and not q["_against"]]
    if not scored:
        return
    best = max(q["social_value_score"] for q in scored)
    top = [q for q in scored if q["social_value_score"] == best]
    if len(top) == 1:
        top[0]["social_value"] = True
        top[0]["social_value_why"].append("the only question about it in a pack that evaluates social value")


COLUMN_HEADER_TEXT = re.compile(r"\b(?:questions?|requirements?|criteri(?:on|a))\b", re.I)
COLUMN_HEADER_LIMIT = re.compile(r"\b(?:words?|characters?|chars?|pages?|sides?|limit|max(?:imum)?|weight(?:ing)?s?)\b", re.I)
POINTS_LEAD_IN = re.compile(r"^(?:in\s+)?(?:your|the|each)\s+(?:answer|response|submission)s?\s+(?:should|must|will need to)\s+"
                            r"(?:\w+\s+){0,3}?(?:cover|address|include|set out|describe|demonstrate)\w*(?:\s+the following)?"
                            r"(?:\s+points)?\s*:$", re.I)
THIS_QUESTION = re.compile(r"\b(?:this|the above)\s+(?:question|response|section|method statement)\b", re.I)
TOC_LINE = re.compile(r"(?:\.{4,}|…{2,}|\s\.\s\.\s\.)\s*\d{1,3}$")
BARE_LIMIT = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d{2,5}$")
BARE_CELLS = re.compile(r"^(?:(?:\d{1,3}(?:\.\d+)?%|\d{1,3}(?:,\d{3})+|\d{2,5})(?:\s+|$)){1,3}$")
TRAILING_LIMIT = re.compile(r"^(?P<t>.*[.?!])\s+(?P<n>\d{1,3}(?:,\d{3})+|\d{2,5})$")


def _column_header(text: str) -> bool:
    """A table's header row as a PDF gives it, one line of column names: 'Ref Question Max characters (incl. spaces)',
    'Ref Question (maximum 500 words each) Weighting' (a limit in a column's name is the limit of every row)."""
    return (len(text.split()) <= 12 and not re.search(r"\d|[.?:]$", LIMIT.sub("", text)) and bool(COLUMN_HEADER_TEXT.search(text))
            and bool(COLUMN_HEADER_LIMIT.search(text)) and not ASKS.match(text))


def _header_limit(question: _Question, header: str) -> None:
    """The limit a column header states for every row ('Response (max 500 words)'); never a weighting from it."""
    weighting = question.weighting
    _limits(question, " ".join(m.group(0) for m in LIMIT.finditer(header)))
    question.weighting = weighting


def _column_unit(text: str) -> str | None:
    for pattern, unit in ((r"char", "characters"), (r"\bwords?\b", "words"), (r"\b(?:pages?|sides?)\b", "pages")):
        if re.search(pattern, text, re.I):
            return unit
    return None


def _column_cell(question: _Question, text: str, column: tuple[str, int | None, str | None, bool] | None) -> str:
    """Under a PDF table header, a number after the question's last sentence is its limit column's cell."""
    match = TRAILING_LIMIT.match(text) if column is not None and column[2] else None
    if not match:
        return text
    _limits(question, f"{match.group('n')} {column[2]}")
    return match.group("t")


# An instruction about how to answer or submit, not a request for an answer: a prohibition ("Do not attach
# brochures."), or a form or document to fill in, sign or upload ("Complete the pricing template and upload it …")
INSTRUCTION = re.compile(r"^(?:please\s+)?(?:do\s+not|don['’]t|you\s+(?:must|should)\s+not|never|"
                         r"(?:complete|sign|upload|submit|return|send|attach|save|name)\b(?=[^?]*\b(?:documents?|forms?|"
                         r"schedules?|portal|templates?|files?|appendix|declarations?|questionnaires?|workbooks?)\b))",
                         re.I)


def _is_a_question(question: dict[str, Any], printed_id: str | None) -> bool:
    """An unnumbered line that asks something is a question only with a limit, a weighting, points to cover or a
    question mark: 'Please provide your responses in Arial 11.' is an instruction; so is a numbered clause of the
    instructions ('1.2 Please provide …') that is not under a heading about the questions, and a numbered line that
    only tells the bidder what not to do or which form to complete and upload ('C3 Do not attach brochures.')."""
    if INSTRUCTION.match(question["text"]) and not (
            question["word_limit"] or question["char_limit"] or question["page_limit"] or question["social_value"]
            or question["weighting_percent"] is not None or question["sub_criteria"] or "?" in question["text"]
            or ASKS_WITHIN.search(question["text"])):
        return False
    if printed_id is not None and re.fullmatch(r"\d{1,2}(?:\.\d{1,2})+", printed_id) and not re.search(
            r"question|method statement|evaluat|response|quality|technical|social value|award|criteri|submission",
            question["section"] or "", re.I):  # a clause number ('1.2 Please provide …') outside any questions
        return bool(question["word_limit"] or question["char_limit"] or question["page_limit"] or question["social_value"]
                    or question["weighting_percent"] is not None or ASKS_WITHIN.search(question["text"]))
    if printed_id is not None:
        return True
    return bool(question["word_limit"] or question["char_limit"] or question["page_limit"]
                or question["weighting_percent"] is not None or question["sub_criteria"] or question["text"].endswith("?"))


def _point(text: str) -> str:
    """A bullet point without the list's joining punctuation or word at its end ('…;', '…; and', '… or')."""
    return re.sub(r"(?:[;,.]\s*(?:and|or)?|\s+(?:and|or))$", "", text.strip()).strip()


def _continues_the_point(points: list[str] | None, text: str) -> bool:
    """A PDF wraps a long bullet: a line that starts in lower case after a point that did not close its sentence is
    the rest of that point ('… people returning' / 'to work'), not a note after the list."""
    return bool(points) and text[:1].islower() and not re.search(r"[.;:?!]$", _point(points[-1]))


def _after_a_lead_in(lines: list[Line], index: int) -> bool:
    """'1. …' is a question when it is one of a numbered list that a lead-in opens ('Please answer the following
    questions:'), though no heading names a questions section (an e-mail, a letter)."""
    earlier = _line_above_the_list(lines, index, BARE_NUMBER_START, reach=12)
    return earlier is not None and earlier.text.rstrip().endswith(":") and bool(
        re.search(r"\b(?:questions|method statements)\b", earlier.text, re.I))


def _line_above_the_list(lines: list[Line], index: int, item: re.Pattern, reach: int) -> Line | None:
    """The line just above the list that ``lines[index]`` is an item of (its earlier items, matching ``item``,
    passed over, up to ``reach`` lines back), or None when a heading, a table row or another file comes first."""
    line = lines[index]
    for earlier in reversed(lines[max(0, index - reach):index]):
        if earlier.source != line.source or earlier.heading or earlier.cells is not None:
            return None
        if not item.match(earlier.text):
            return earlier
    return None


def _names_the_questions(line: Line) -> bool:
    """A numbered heading that names the questions ('3. Quality Questions', '4 Method Statements') opens the section
    they sit in; it is not the first of them."""
    return line.heading and bool(re.search(r"\b(?:questions|method statements)\b", line.text, re.I))


TEXT_LABEL = re.compile(r"^(?P<l>[A-Za-z][\w ]{1,30}?)\s*:\s+(?=\S)")


def labelled_fields(text: str) -> bool:
    """'Type: Text | Max Characters: 2000 | Weighting: 8.00%': two or more 'Label: value' fields parted by bars."""
    fields = [part.strip() for part in re.split(r"\s+\|\s+", text) if part.strip()]
    return len(fields) >= 2 and all(re.match(r"^[A-Za-z][\w ()/-]{0,30}:\s*\S", part) for part in fields)


def _header_only(rest: str) -> bool:
    """'Mobilisation (Weighting: 5%)', '(Social Value)', 'Recruitment and retention of patrol officers (15%)', '' : an
    id line whose question text follows. A title runs to eight words; a longer line is the question's own sentence."""
    if labelled_fields(rest):
        return True  # "Type: Text | Max Characters: 3000 | Weighting: 12.00%": a portal row's fields, its text below
    bare = re.sub(r"\([^)]*\)|\[[^\]]*\]", "", rest).strip(" -–:")
    return len(bare.split()) <= 8 and not re.search(r"[.?]$", bare) and (not bare or bare[0].isupper())


def _paragraph_number(raw: str, line: Line) -> tuple[str, str, str, int] | None:
    """A letter-and-number id ('D2') as the file, section, letters and number of a paragraph it might number."""
    match = re.fullmatch(r"([A-Z]{1,2})(\d{1,2})", raw.strip(" .:-–)"))
    return (line.source, line.section or "", match.group(1), int(match.group(2))) if match and line.cells is None else None


def _title_then_question(rest: str, lettered: bool = False) -> tuple[str, str] | None:
    """The question's words and its title when the id is followed by a short title (up to eight words, not itself a
    request or a sentence about the bidder) and then a sentence that asks: ('How will you …?', 'Delivery model').
    A title set off by a dash may carry its weighting in brackets: 'Staffing (20%) - How will you …?'."""
    match = (LETTERED_TITLE_BRACKET if lettered else TITLE_BRACKET_QUESTION).match(rest)
    if match and not (LIMIT.search(match.group("b")) or PERCENT.search(percent_signs(match.group("b")))):
        match = None  # "Catering (school meals). How …": a bracket that is part of the title
    match = match or TITLE_THEN_QUESTION.match(rest) or TITLE_DASH_QUESTION.match(rest)
    if not match:
        return None
    bare, asked = match.group("t").strip(), match.group("r")
    title = f"{bare} {match.group('b')}" if "b" in match.groupdict() else bare
    if len(bare.split()) > 8 or re.search(r"\b(?:you|your|we|our|the\s+bidder)\b", bare, re.I) or ASKS.match(bare) \
            or LIMIT.search(bare) or PERCENT.search(bare) or _VERB_WORD.search(bare):
        return None
    if not re.match(r"(?:please\s+)?(?:describe|explain|set out|provide|outline|detail|give|demonstrate|tell|"
                    r"summarise|show|how|what|which|why|where|when|who|beyond|using|with|in)\b", asked, re.I) \
            or not (ASKS.match(asked) or ASKS_WITHIN.search(asked)):
        return None
    return asked, title


_VERB_WORD = re.compile(r"\b(?:is|are|was|were|will|would|must|should|can|may|shall|has|have|had|do|does)\b", re.I)


def _is_limit_statement(text: str) -> bool:
    if NO_LIMIT.search(text):
        return True
    if not (LIMIT.search(text) or WEIGHT.search(percent_signs(text))):
        return False
    fields = [part for part in re.split(r"\s+\|\s+", text) if part.strip()]
    if len(fields) >= 2 and all(re.match(r"^[A-Za-z][\w ()/-]{0,30}:\s*\S", part.strip()) for part in fields):
        return True  # a line of labelled fields, however long its labels' values: "Key criterion: … | Weighting: 15% | …"
    if len(text.split()) <= 14 and not ASKS.match(text.split(":", 1)[-1].strip() if ":" in text else text) or \
            re.match(r"^(?:please\s+write|your\s+response|response|word|limit|max|maximum|up to|no more)", text, re.I):
        return True
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text.strip())
    # "This question carries 15% of the marks. Please keep to 800 words.": sentences that are each a limit or weighting
    return len(sentences) > 1 and all(_is_limit_statement(s) for s in sentences)


def _lettered_question(lines: list[Line], index: int) -> bool:
    """'(a) Describe …' is a question of its own, not a point of the one above, when it sits under a questions heading,
    asks something, and states its own limit or weighting before the next lettered item, heading or file."""
    line = lines[index]
    start = LETTERED_START.match(line.text)
    if not start or line.cells is not None or not (ASKS.match(start.group("rest")) or ASKS_WITHIN.search(start.group("rest"))):
        return False
    if not re.search(r"question|method statement", line.section or "", re.I):
        return _under_a_limit_for_every_answer(lines, index)  # a letter's "(a) …, (b) …" after "keep each answer to …"
    for later in [line, *lines[index + 1:index + 12]]:
        if later is not line and (later.heading or later.source != line.source or LETTERED_START.match(later.text)):
            return False
        text = later.text if later is not line else start.group("rest")
        if LIMIT.search(text) or WEIGHT.search(text):
            return True
    return False


def _under_a_limit_for_every_answer(lines: list[Line], index: int) -> bool:
    """A lettered list led, just above its first item, by one limit for every answer ('Please keep each answer to no
    more than 300 words.'): each item that asks is a question of its own, though no heading names them questions."""
    earlier = _line_above_the_list(lines, index, LETTERED_START, reach=8)
    return earlier is not None and bool((EVERY_QUESTION.search(earlier.text) or LIMIT_EACH.search(earlier.text))
                                        and LIMIT.search(earlier.text))


def _same_id(a: str, b: str) -> bool:
    """'Question B4' and 'B4.' are one id; 'Good 3' (a mark table's row read as an id) and 'Q1' are not."""
    def core(i: str) -> str:
        return re.sub(r"^(?:question|method\s+statement|criterion|q(?=\s*\d))\s*(?:no\.?\s*)?|[\s.:-]", "", i,
                      flags=re.I).lower()
    return core(a) == core(b)


def _tidy_id(raw: str) -> str:
    """The id as printed, without a label word before an id that is whole on its own: 'Question Q1' is Q1 (and
    'Question SV1' SV1), while 'Question 4' keeps its word, a bare '4' being no id."""
    tidy = " ".join(raw.split()).strip(" .:-–)")
    if re.fullmatch(r"\([a-z]", tidy):
        return tidy + ")"  # a lettered question, "(a)", keeps its brackets
    return re.sub(r"^(?:question|method\s+statement|criterion)\s+(?:no\.?\s*)?(?=[A-Z]{1,4}(?:-[A-Z]{1,3})?[ -]?\d)", "", tidy,
                  flags=re.I)


def _form_questions(lines: list[Line]) -> dict[int, _Question]:
    """Question boxes: a table of 'label | value' rows, one of them labelled as the question ('Question', 'Method
    statement'), the others its id, limit, weighting and guidance. Each line's index maps to its question."""
    out: dict[int, _Question] = {}
    index = 0
    while index < len(lines):
        block: list[int] = []
        while index < len(lines) and _form_row(lines[index]) and (
                not block or lines[index].source == lines[block[0]].source):
            block.append(index)
            index += 1
        if not block:
            index += 1
            continue
        groups: list[list[tuple[int, str | None, str]]] = [[]]
        for i in block:
            role = "id_text" if _id_and_question_row(lines[i]) else "id" if _id_and_title_row(lines[i]) else \
                _form_role(lines[i].cells[0])
            if groups[-1] and (role in ("id", "id_text") or role == "text" and any(r in ("text", "id_text")
                                                                                    for _, r, _ in groups[-1])):
                groups.append([])  # the next question's box
            groups[-1].append((i, role, lines[i].cells[1]))
        for group in groups:
            texts = [(i, value) for i, role, value in group if role in ("text", "id_text") and len(value.split()) >= 3
                     and (ASKS.match(value) or ASKS_WITHIN.search(value))]  # not "Clarification questions by | 5 Oct"
            if len(texts) != 1:
                continue
            question = _Question(None, lines[texts[0][0]], [texts[0][1]])
            for i, role, cell in group:
                if role == "id" and _id_and_title_row(lines[i]):
                    question.id = _tidy_id(lines[i].cells[0])  # "MS1 | Person-centred care": the id, then a title
                elif role == "id" and cell:
                    question.id = _tidy_id(cell)
                elif role == "id_text":
                    question.id = _tidy_id(lines[i].cells[0])
                elif role == "weight" and (percent := PERCENT.search(cell)):
                    question.weighting = float(percent.group("n"))
                elif role == "marks" and re.fullmatch(r"\d{1,4}(?:\.\d+)?", cell.strip()):
                    question.marks = float(cell.strip())  # "Points | 15": a weighting when the pack's marks total 100
                elif role == "limit" and cell and not _limits(question, cell) and (bare := BARE_LIMIT_CELL.match(cell)):
                    # "5,000", "6,000 incl. spaces", "max. 750": the unit is the label's ("Character limit")
                    _limits(question, f"{bare.group('n')} {_column_unit(lines[i].cells[0]) or 'words'}")
                elif role == "points" and cell:
                    question.sub_criteria = [p.strip(" .;") for p in re.split(r"\s*(?:;|\n|•|\s-\s)\s*", cell)
                                             if p.strip(" .;")]
                out[i] = question
            _from_the_row_holding_the_box(lines, group[0][0], question)
    return out


def _box_cut_by_its_layout(lines: list[Line], questions: list[_Question], owner: dict[int, _Question]) -> None:
    """A PDF may cut a question box where its long 'Question' cell wraps: 'Question reference | QS1' and 'Title | …'
    rows, then the question as a heading and lines of prose, then 'Weighting | 12%' and 'Maximum length | 1,500 words'
    rows. The box's rows just before and after the question, on its page, give the id and limit it states none of."""
    for question in questions:
        owned = sorted(i for i, q in owner.items() if q is question)
        if not owned:
            continue
        first, last = owned[0], owned[-1]

        def box_row(i: int) -> str | None:
            line = lines[i]
            if line.source != question.line.source or line.page != question.line.page or line.cells is None \
                    or len([c for c in line.cells if c]) != 2:
                return None
            return _form_role(line.cells[0])

        if question.id is None:
            i = first - 1
            while i >= 0 and first - i <= 3 and (box_row(i) in ("title", "id") or lines[i].heading
                                                  and _form_role(lines[i].text) == "text"):
                if box_row(i) == "id" and re.fullmatch(_ID, lines[i].cells[1].strip(" .:"), re.I):
                    question.id = _tidy_id(lines[i].cells[1])
                    break
                i -= 1
        i = last + 1
        while i < len(lines) and i - last <= 3 and i not in owner and box_row(i) in ("limit", "weight"):
            cell = lines[i].cells[1]
            if box_row(i) == "limit" and not (question.word_limit or question.char_limit or question.page_limit):
                if not _limits(question, cell) and (bare := BARE_LIMIT_CELL.match(cell)):
                    _limits(question, f"{bare.group('n')} {_column_unit(lines[i].cells[0]) or 'words'}")
            elif box_row(i) == "weight" and question.weighting is None and (percent := PERCENT.search(cell)):
                question.weighting = float(percent.group("n"))
            i += 1


def _from_the_row_holding_the_box(lines: list[Line], first: int, question: _Question) -> None:
    """A Word box nested in a row of an outer table ('Ref | Question details | Weighting' over 'Q1 | [box] | 15%'):
    the row, read just before the box, gives the id and weighting the box does not. Only a row with an empty cell
    (where the box sat) and an id under an id column."""
    row = lines[first - 1] if first > 0 else None
    if row is None or row.cells is None or row.header is None or row.source != question.line.source \
            or "" not in row.cells or row.page != question.line.page:
        return
    roles = {role: i for i, head in enumerate(row.header) for role in ("id", "weight")
             if dict(_HEADER_ROLES)[role].search(head) and i < len(row.cells)}
    if "id" in roles and question.id is None and re.fullmatch(_ID, row.cells[roles["id"]].strip(" .:"), re.I):
        question.id = _tidy_id(row.cells[roles["id"]])
    if "weight" in roles and question.weighting is None and (percent := PERCENT.fullmatch(row.cells[roles["weight"]].strip())):
        question.weighting = float(percent.group("n"))


# A limit cell that is a number with only a qualifier beside it ("6,000 incl. spaces", "max. 750", "2,000 (inc spaces)")
BARE_LIMIT_CELL = re.compile(r"^\s*(?:(?:max(?:imum)?|up\s+to|no\s+more\s+than)\.?\s*)?(?P<n>\d{1,3}(?:,\d{3})+|\d{2,6})"
                             r"(?![\d.%])(?:\s*\(?\s*(?:incl(?:uding|\.)?|inc\.?|excl(?:uding|\.)?|with|without)\s+spaces\s*\)?"
                             r"|\s*(?:max(?:imum)?|maximum\s+limit)\.?)?\s*$", re.I)


def _id_and_question_row(line: Line) -> bool:
    """A box's first row giving the question's id as printed and its text ('Q1 | How will you …'): the box's question."""
    return line.cells is not None and len(line.cells) == 2 and line.header is None and bool(
        re.fullmatch(_ID, line.cells[0].strip(" .:"), re.I)) and bool(ASKS.match(line.cells[1]) or ASKS_WITHIN.search(line.cells[1]))


def _id_and_title_row(line: Line) -> bool:
    """A box's first row giving the question's id as printed and a short title ('MS2 | Safeguarding and medication'),
    its question in a row below."""
    return line.cells is not None and len(line.cells) == 2 and line.header is None and bool(
        re.fullmatch(_ID, line.cells[0].strip(" .:"), re.I)) and not LOT_PREFIX.match(line.cells[0]) and bool(
        line.cells[1].strip()) and _header_only(line.cells[1])


def _form_row(line: Line) -> bool:
    """A 'label | value' row: two cells, on its own or under a first row that is one too (read as a header)."""
    return _id_and_question_row(line) or _id_and_title_row(line) or line.cells is not None and len(line.cells) == 2 and (line.header is None or len(line.header) == 2) \
        and _form_role(line.cells[0]) is not None or (line.cells is not None and len(line.cells) == 2
                                                      and re.match(r"^(?:response|answer|your response)\W*$",
                                                                   line.cells[0], re.I) is not None)


def _form_role(label: str) -> str | None:
    label = label.strip(" :")
    if len(label.split()) > 5:
        return None
    return next((role for role, pattern in _HEADER_ROLES if pattern.search(label)), None)


def _table_question(line: Line, questions: list[_Question]) -> bool:
    """A row of a table with a header naming its columns (Ref | Question | Word limit | Weighting)."""
    roles: dict[str, int] = {}
    headers = list(line.header or ())
    asked = [i for i, head in enumerate(headers) if re.search(r"question", head, re.I)]
    for i, head in enumerate(headers):
        if asked and i != asked[0] and re.search(r"criteri|section|theme|category|area|lot\b", head, re.I) \
                and not re.search(r"question|limit|weight", head, re.I):
            roles.setdefault("group", i)  # "Criterion | Question | …": the question column holds the text
            continue
        for role, pattern in _HEADER_ROLES:
            if role not in roles and pattern.search(head):
                roles[role] = i
                break
    if "text" not in roles or len(line.cells or ()) <= roles["text"]:
        return False
    cells = list(line.cells or ())
    text = cells[roles["text"]]
    if "id" not in roles:  # a column its header does not name ("MS | Method statement | …") that holds an id in each row
        roles.update({"id": i for i, cell in enumerate(cells[:roles["text"]])
                      if i not in roles.values() and re.fullmatch(_ID, cell.strip(" .:"), re.I)
                      and re.search(r"[A-Za-z]", cell) and len(headers[i].split()) <= 2 and not re.search(r"\d", headers[i])})
    identifier = cells[roles["id"]] if "id" in roles and roles["id"] < len(cells) else None
    start = QUESTION_START.match(text) if identifier is None else None
    if start and ASKS.match(start.group("rest")):
        identifier, text = start.group("id"), start.group("rest")
    titled = bool(identifier) and bool(re.fullmatch(_ID, identifier.strip(" .:"), re.I)) and bool(re.search(
        r"question", headers[roles["text"]], re.I)) and len(text.split()) >= 3  # "SV1 | Your commitments to …"
    if not ASKS.match(text) and not titled:
        return False
    question = _Question(_tidy_id(identifier) if identifier else None, line, [])
    question.text.append(text)
    if "group" in roles and roles["group"] < len(cells) and SV_HEADING.search(cells[roles["group"]]):
        question.matrix_social_value = True  # the row's criterion is social value
    if "points" in roles and roles["points"] < len(cells) and cells[roles["points"]]:
        points = [p.strip(" .;") for p in re.split(r"\s*(?:;|\n|•|\s-\s)\s*", cells[roles["points"]]) if p.strip(" .;")]
        question.sub_criteria = points
    if "weight" in roles and roles["weight"] < len(cells):
        percent = PERCENT.search(cells[roles["weight"]]) or (  # "Weighting (%) | 10": the header gives the unit
            re.fullmatch(r"(?P<n>\d{1,3}(?:\.\d+)?)", cells[roles["weight"]].strip())
            if re.search(r"%|per ?cent", headers[roles["weight"]], re.I) else None)
        if percent:
            question.weighting = float(percent.group("n"))
    if "marks" in roles and roles["marks"] < len(cells) and re.fullmatch(r"\d{1,3}(?:\.\d+)?", cells[roles["marks"]].strip()):
        question.marks = float(cells[roles["marks"]].strip())
    if "limit" in roles and roles["limit"] < len(cells):
        cell, head = cells[roles["limit"]], line.header[roles["limit"]]
        if not _limits(question, cell) and cell.replace(",", "").strip().isdigit():
            _limits(question, f"{cell} {_column_unit(head) or 'words'}")  # 'Max pages | 4': the header's unit
    if not (question.word_limit or question.char_limit or question.page_limit):
        question.header_limit = " ".join(head for head in headers if LIMIT.search(head))
    questions.append(question)
    return True
