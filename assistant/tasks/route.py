"""Which job a chat message asks for: a question for the sources, an activity to map, codes to look up, or a task.

Decided in code from the shape of the message (no model): "does our befriending service count?" and "which
measure would coaching a junior rugby team count under?" go to the activity mapper; "what is NT14?" to the
catalogue; "draft our response" and "write tender questions" to the tasks that do those; the rest to the sources.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.text import CODE, asked_part

_CODE = CODE
_COUNTS = re.compile(
    r"\b(does|do|would|will|could|can|should)\b[^?]*\b(count|qualify|be counted|be recorded|be reported|be logged)\b"
    r"|\bcount(s|ed)? (as|under|towards|for)\b|\bcan (we|i|they) (count|claim|record|report|include|log|put)\b"
    r"|\b(is|are) (it|this|that|they|these) (social value|additional)\b"
    r"|\b(offer|put|put forward|submit|use|claim|include|present|list)( (it|this|that|those|these|them))?( forward)? "
    r"(as|towards) (our |my |the )?social value\b", re.I)
# "… on tablets. measure code?": a bare ask for the measure after the activity
_TRAILING_MEASURE = (r"[.,;:!-]\s*((which |what )?(toms? )?(measure|code|tom|metric)s?( code)?|which one(['’]s| is| would)"
                     r" (that|this|it)( be| go under| come under)?)( (pls|please|plz|thanks|ta|cheers))?\s*[?!.]*\s*$")
# "… workshops - which one is that", "… community cafe in Ellesmere Port. code pls"
# "is there a (specific) TOMs code …": whether a measure exists for something
_IS_THERE_A_MEASURE = (r"(is|are) there (a|an|any)( (specific|separate|dedicated|particular|single|proper))? (toms? )?"
                       r"(measures?|codes?|metrics?)")
_WHICH_MEASURE = re.compile(
    r"\b(which|what)(['’]?s| is| are)?( the)?( (right|best|correct|relevant|appropriate|closest|nearest|proper|"
    r"likeliest|most likely))? (toms? )?(measure|measures|code|codes|toms?|metric|metrics|ref|reference)\b"
    r"|\b(measure|code|toms?) (for|would|does|do|should)\b|\bmap (this|it|that|our|my)\b"
    rf"|\b{_IS_THERE_A_MEASURE}\b"
    r"|\bhow (do|should|would|can|could|will) (we|i|they) (log|record|report|count|claim|code|classify|book) (that|this|it|"
    r"them|those|these)\b|\bwhat (do|should|would|can|could|will) (we|i|they) (log|record|report|count|claim|code|class|"
    r"classify|book) (that|this|it|them|those|these)( \w+)? (as|under|against)\b"
    r"|\bwhere (does|do|would|will|should|could) (that|this|it|they|those|these) (sit|go|fit|fall|belong|land)\b|\bwhat (would|does|do|will|could|should) (it|that|"
    r"this|they|those) (go|come|fall|sit|count|be logged|be recorded|be reported) under\b"
    r"|\b(fit|fits|match|matches|come under|fall under|go under)\s+(any|a|one of the|one of your|which)\s+(of the )?(toms? )?"
    r"(measure|code|tom|metric)s?\b|" + _TRAILING_MEASURE, re.I)


def asks_for_measure(text: str) -> bool:
    """Whether ``text`` asks which measure or code something goes under ("… - which TOM is that?")."""
    return bool(_WHICH_MEASURE.search(text))


# Questions about the framework or the policy itself, not about an activity of the asker's.
_ABOUT_FRAMEWORK = re.compile(
    r"\b(partner vcfse|key measures?|commitment|roadmap|framework|appendix|themes?|outcomes?|public sector|"
    r"private sector|private compan|sector organisations?|commissioners?|evaluat|weighting|baseline|"
    r"how many measures|all (the )?measures|list|ppn|policy|minimum|act|regulations?|guidance|weighting)\b", re.I)
_LIST_MEASURES = re.compile(r"\b(which|what|list|name|show)\b[^?]*\b(measures?|codes?|toms?|metrics?)\b"
                            # "need the full set of codes under 'More opportunities for …'"
                            r"|\b(full|whole|complete|entire) (set|list) of (the )?(measures|codes|toms|metrics)\b"
                            r"|\b(all|every one of) (the )?(measures|codes|toms|metrics) (under|for|in|within)\b"
                            r"|^\W*(the )?(measures|codes|toms|metrics) (under|for|in|within)\b"
                            r"|\b(measures|codes|toms|metrics)\b[^?]*\bwhich (ones?|of them|is|are)\b",  # "…measures… which ones"
                            re.I)
# "which measures are counted in hours?": the catalogue's measures of one unit
_UNIT_NAMED = re.compile(r"\b(?:counted|reported|measured|recorded|expressed|given|quantified|"
                         r"(?:is|are)(?: just| only| simply)?)\s+(?:(?:in|as)\s+)?(?:(?:a|an|the)\s+)?"
                         r"(?:[a-z]+\s*/\s*)?"  # "counted as headcount/FTE": the unit after the slash
                         r"(?P<unit>tonnes|hours|weeks|miles|fte|£|pounds|percent(?:age)?s?|%|proportions?|people|headcount"
                         r"|posts|jobs|full[- ]time equivalents?|yes\s*(?:/|or)\s*no)(?!\w)", re.I)
UNIT_GROUP = "unit:"
_UNIT_WORDS = {"pounds": "£", "percent": "%", "fte": "FTE", "headcount": "FTE", "posts": "FTE", "jobs": "FTE"}


def _unit_of(word: str) -> str:
    """The catalogue's unit for a unit as a question names it: "full time equivalent" is FTE, "a proportion" %."""
    word = " ".join(word.lower().split())
    if word.startswith("full"):
        return "FTE"
    if word.startswith(("percent", "proportion")):
        return "%"
    if word.startswith("yes"):
        return "yes/no"
    return _UNIT_WORDS.get(word, word)


# "what are the themes in the TOMs?": the framework's own structure, answered from the catalogue
_FRAMEWORK_PARTS = re.compile(r"\b(what|which|list|name|show)\b[^?]*\b(themes|outcomes)\b", re.I)
_FRAMEWORK_NAMED = re.compile(r"\b(toms?|framework|measures?|catalogue)\b", re.I)
THEMES = "themes"
_SEVERAL = re.compile(r"\b(which|what|any|list)\b[^?]*?\b(toms|measures|codes|metrics)\b", re.I)
_EXISTS_FOR = re.compile(rf"^\W*{_IS_THERE_A_MEASURE}\b[^?]{{0,40}}?\b(for|covering|that covers?)\s+\w", re.I)
_ACTIVITY_WORDS = re.compile(
    r"\b(we|our|us|i|my|staff|employees?|team|volunteers?|drivers?|carers?|apprentic\w*|donat\w*|sponsor\w*|"
    r"recruit\w*|hire|hiring|employ\w*|train\w*|mentor\w*|coach\w*|visit\w*|buy\w*|spend\w*|spent|run\w*|"
    r"provid\w*|offer\w*|deliver\w*|support\w*|fund\w*|give|giving|plant\w*|clean\w*|reduc\w*|cut\w*|pay\w*)\b",
    re.I)
# "we run CV workshops for people out of work": a statement of what the asker does, pasted to be mapped
_DOING = re.compile(
    r"^\s*(we|i|our ([\w&'-]+ ){0,3}(team|staff|employees|volunteers|drivers|carers|apprentices|company|charity|"
    r"organisation|manager|officer|lead|director|engineers?|operatives|crew|workforce|colleagues|people)|my (team|staff))\s*(['’]ve|['’]ll| have| will)?\s+(also |already |currently |regularly |will |plan to |want to |"
    r"recently |just )?(switched|swapped|replaced|introduced|installed|started|launched|set up|created|cut|moved|"
    r"reduced|planted|donated|sponsored|funded|hired|recruited|trained|employed|opened|built|upgraded|bought|paid|gave|"
    r"ran|taught|helped|hosted|organised|organized|collected|delivered|provided|offered|supported|mentored|coached|"
    r"visited|cleaned|cooked|volunteered|spent|partnered|took on|taken on|brought in|signed up|"
    r"(run|give|donate|provide|offer|employ|recruit|hire|train|mentor|coach|deliver|support|fund|plant|sponsor|"
    r"volunteer|host|organise|organize|buy|spend|pay|visit|clean|collect|cook|teach|help|work with|partner with))\b",
    re.I)
# "… for a small local roofing firm for free. what's that?": after a statement of what the asker does, a bare "what
# is that?" asks which measure it is (on its own it asks what a term means)
_DOING_WILL = re.compile(r"^\s*(we|i|our ([\w&'-]+ ){0,3}[\w&'-]+)\s*(['’]ll| will| are going to| is going to| plan to)\s+"
                         r"(also |now |then |each year |every year )?[a-z]+", re.I)  # "our finance director will go over …"
_VAGUE_MEASURE = re.compile(r"[.!]\s*(so )?(what(['’]s| is| would be) (that|this|it)( then)?|what (do|does|would|will) "
                            r"(that|this|it) (count as|come under|go under|be))\s*\?+\s*$", re.I)
# "setting up a car share scheme for the lads on site, which TOM?": an activity told from its doing, with no subject
_GERUND_LED = re.compile(r"^\W*(?!(?:during|according|regarding|including|concerning|considering|something|anything|"
                         r"nothing|everything|morning|evening|thing|bring|spring|king|being)\b)[a-z]{2,}ing\b", re.I)
# "we're cutting …", "I am running …": what the asker is doing now
_DOING_NOW = re.compile(r"^\s*(we|i|our (\w+ ){0,2}(team|staff|company|charity|organisation))\s*(['’]re|['’]m| are| am| is)"
                        r"\s+(also |already |currently |now )?[a-z]+ing\b", re.I)
PAGE_ASKED = re.compile(r"\b(what|which) page\b|\bpage (number|no\.?)\b", re.I)  # "which page is NT11 on?"
_TASK_DRAFT = re.compile(r"\b(draft|write|prepare|help me (with|write))\b[^?]*\b(response|bid|answer to|submission|"
                         r"method statement|social value (section|question))\b", re.I)
_TASK_QUESTIONS = re.compile(r"\b(tender questions?|evaluation (matrix|criteria)|scoring (guidance|matrix)|"
                             r"(write|draft|generate|suggest)[^?]*\bquestions?\b)", re.I)
_TASK_REVIEW = re.compile(r"\b(review|score|mark|check)\b[^?]*\b(my|our|this|a) (draft|response|bid)\b", re.I)
_DEFINE = re.compile(r"^\s*(what('?s| is| are| does| do)|define|explain|meaning of|tell me about|describe)\b"
                     r"|\b(about|mean|measure|count|cover|record)s?\W*$|\b(unit|counted in|measured in|theme|outcome)\b", re.I)
_COMPARE = re.compile(r"\b(differen\w*|differ|same|compare\w*|comparison|versus|vs\.?|alike|similar|overlap\w*|"
                      r"between)\b", re.I)
# A request for a proxy value (£ of social value per unit of a measure): licensed, never shipped
_PROXY_ASKED = re.compile(r"\bproxy (£ ?|financial |monetary |social |unit )?(values?|figures?|rates?)\b|\bproxies\b"
                          # "what £ value per hour does the framework put on volunteering?", "what's an hour worth?"
                          r"|£\s?(values?|figures?|amounts?|rates?|worth)\s+(per|for|of|on|an?|each)\b"
                          r"|\b(value|worth)\s+(per|an?|each)\s+(hour|unit|fte|job|week|person|apprentice\w*|volunteer\w*)\b"
                          r"|\bwhat(['’]s| is) (an?|each|one) (hour|unit|fte|job|week|apprentice\w*)\b[^?]{0,30}\bworth\b", re.I)
_PROXY_VALUE = re.compile(r"\bproxy values? (for|of|per|on)\b|\b(how much|how many pounds|worth|in pounds|per (unit|hour|"
                          r"week|fte|person|job|head|apprentice\w*|volunteer\w*))\b|£", re.I)
# A question about proxies, not for one: how they are worked out, what they mean ("what is a proxy value?", not
# "… what's the proxy value?" after "how many pounds is it worth")
_PROXY_ABOUT = re.compile(r"\b(calculat(e|ed|es|ing|ions?)|work(ed)? out|derived?|data sources?|mean\w*|defin\w*|copy|licen[cs]\w*|"
                          r"allowed|publish\w*|why|represent\w*|stands? for|supposed to (be|show|tell)|what(['’]s| is| are) (an? )?"
                          r"prox(y|ies)( values?)?(?=\s*\?|\s*$|\s+(in|under|within)\b))", re.I)
_FRAMING = re.compile(
    r"^\s*(hi|hello|please|so|ok|okay)[,!.\s]+"
    r"|\b(which|what)(['’]?s| is| are)? (the )?(toms?|measures?|codes?|metrics?)( codes?)? (do|should|would|can|could|"
    r"shall) (i|we|you) (use|pick|choose|apply|put|record|log|report)( (this|it|that))?( (for|under|when|if))?\b"
    rf"|^\s*{_IS_THERE_A_MEASURE}( in (the )?[\w&]+( toms?)?( framework)?)?( (for|that covers?|covering|to record))?\b"
    r"|\b(which|what)('s| is| are)? (the )?(toms? )?(measure|measures|code|codes|metric|metrics)\b"
    r"( (covers?|records?|counts?|captures?|is for|are for|for))?"
    r"( (would|does|do|could|should|will|can))?( (it|this|that|they))?|\b(does|do|would|will|could|can|should) "
    r"(this|that|it|they)\b|\bcount(s|ed)? (as|under|towards|for)\b|\b(count|qualify)\b|\bas social value\b"
    r"|\b(which|what) (toms?|measures?|codes?|metrics?) (are|is|cover|covers)( about| for| on)?\b"
    r"|\bunder the toms?\b|\bin the toms?\b|" + _TRAILING_MEASURE + r"|[?!]+\s*$", re.I)


# "which measures should a council use for Partner VCFSE?" turns on the asker's sector (the roadmap says so); "what
# are the Partner VCFSE measures?" asks for its key measures
_SECTOR_CHOICE = re.compile(r"\b(should|use|using|pick|choose|sector|councils?|compan(y|ies)|charit(y|ies)|"
                            r"organisations?|business(es)?|suppliers?|we|our|us|i|my)\b", re.I)


# a question for the roadmap, not a request for a task ("is there any steer from the roadmap on that split?")
_ASKS_THE_SOURCES = re.compile(r"\b(the roadmap|according to|any (steer|guidance|advice|rule)|the sources|what does (it|the "
                               r"\w+) say)\b", re.I)
# "how many hours …", "what does X have to include …", "is there a minimum …": about a code's rules, not an activity
_ABOUT_A_CODE = re.compile(r"^\W*(how (many|much|long|often)|what (does|do|is|are|should|must)|is there|are there"
                           r"|(what|which) (\w+ ){0,2}(rate|amount|level|figure|threshold|minimum|maximum|number|value|"
                           r"wage|price|sum|percentage|share))\b", re.I)  # "what hourly rate counts as … for NT41?"


# the topic of a list of measures: "… about the living wage", "… to do with carbon", "the 'pay people properly' ones"
# (a topic is words: "the old ones (about 30) to a charity" says how many, not what about)
_TOPIC = re.compile(r"\b(measures|codes|toms|metrics|ones)\b[^?]{0,30}\b(about|covering|relat(e|es|ing) to|to do with|"
                    r"mention(s|ing)?|on)\s+(?P<topic>[A-Za-z][^?]*)|\bthe ['‘\"“](?P<named>[^'’\"”]{3,40})['’\"”] ones\b", re.I)


# a question for a person or a body ("who said …", "which of the foreword writers …", "which organisation led …")
_ASKS_WHO = re.compile(r"^\W*(who\b(?!.*\b(count|qualify|would|could)\b)|whose\b|which (of the )?(\w+ ){0,2}(writers?|authors?|people|person|"
                       r"leaders?|signatories|contributors|speakers|chairs?|organisations|bodies|partners|partnerships|"
                       r"individuals?)\b(?! (would|could|does|do|will) (count|qualify)))", re.I)


@dataclass
class Route:
    kind: str  # "ask", "activity", "codes", "measures", "proxy", "draft", "questions", "review"
    activity: str = ""
    codes: list[str] = field(default_factory=list)
    group: str = ""  # for "measures": the theme or outcome named, or "partner vcfse"
    several: bool = False  # "which measures cover X?": the measures that fit, not only the best one
    outcomes: bool = False  # "what outcomes come under the Jobs theme?": the theme's outcomes, not its measures
    exists: bool = False  # "is there a code for X?": whether a measure names X, not only the nearest


_DANGLING = re.compile(r"(?<=[.;!?])\s*(is|was|would|does|will) (that|it|this|they)( be)?\s*$", re.I)


# the words of a question that only asks where an activity goes
_ASKING_ONLY = frozenset("what where which does that this those these against into under should would could will "
                         "count counts counted claim record report code codes measure measures toms right correct best "
                         "sit sits goes fall falls belong bid bids tender tenders form there then about with social "
                         "value return returns show shows fits match matches".split())


def activity_text(message: str) -> str:
    """The activity in a 'does this count?' message, with the question's framing removed."""
    text = re.split(r"\s[—–-]{1,2}\s|:\s", message, maxsplit=1)
    if len(text) == 2 and (_COUNTS.search(text[1]) or _WHICH_MEASURE.search(text[1])):
        # "we run a food bank — does that count?"; but "leisure centre operator - on freezing nights we'll open a room
        # to people sleeping rough. which measure?" says after the dash what is done: that stays, without the question
        rest = " ".join(s for s in re.split(r"(?<=[.?!])\s+", text[1])
                        if not (_COUNTS.search(s) or _WHICH_MEASURE.search(s))).strip()
        message = f"{text[0]}; {rest}" if len(rest.split()) >= 3 else text[0]
    sentences = re.split(r"(?<=[.!?])\s+", message.strip())
    if len(sentences) > 1 and (_COUNTS.search(sentences[-1]) or _WHICH_MEASURE.search(sentences[-1])) \
            and len(" ".join(sentences[:-1]).split()) >= 3 \
            and not [w for w in re.findall(r"[a-z]{4,}", sentences[-1].lower()) if w not in _ASKING_ONLY]:
        # "Our HR manager will help a charity rewrite its handbook. What do I log that against in the bid?": the
        # activity is what comes before a question that adds nothing to it ("how do we log that spend?" adds spend)
        message = " ".join(sentences[:-1])
    stripped = _FRAMING.sub(" ", message)
    stripped = re.sub(r"^\W*(and|but|so|if|when)?\s*(does|do|would|will|could|can)\s+", "", stripped.strip(), flags=re.I)
    stripped = " ".join(stripped.split()).strip(" ,.;:")
    stripped = _DANGLING.sub("", stripped).strip(" ,.;:")  # "… run themselves. is that" once "what code" has gone
    return stripped if stripped else message.strip()


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", text.lower()).split())


def measure_group(message: str, groups: list[str]) -> str:
    """The theme, outcome (or 'partner vcfse') that a 'which measures are under X?' message names, longest first."""
    text = _norm(message)
    for group in sorted(groups, key=len, reverse=True):
        if len(group.split()) == 1 and not re.search(r"\btheme\b", text):
            continue  # a one-word theme ("Social", "Jobs") is named as a theme, not in passing
        if re.search(rf"\b{re.escape(_norm(group))}\b", text):
            return group
    if re.search(r"\boutcomes?\b", text):  # "… increase local employment … for that outcome": an outcome named by its
        words = set(text.split())  # own content words ("More local people in employment": local, employment)
        for group in sorted(groups, key=len, reverse=True):
            content = [w for w in _norm(group).split() if w not in _OUTCOME_FILLER]
            if len(group.split()) >= 2 and content and all(w in words or w.rstrip("s") in words for w in content):
                return group
    return ""


_OUTCOME_FILLER = frozenset("more is are be the a an of in for to and with by people helped reduced".split())


def _asks_outcomes(text: str) -> bool:
    """The message asks for outcomes ("what outcomes come under the Jobs theme in the TOMs?"), not measures ("just
    the outcome names, not the codes" still asks for outcomes)."""
    text = re.sub(r"\b(not|no|without|rather than|instead of|minus)( the| any)? (measures?|codes?|metrics?|kpis?)\b", " ",
                  text, flags=re.I)
    return bool(re.search(r"\boutcomes?\b", text, re.I)) and not re.search(
        r"\b(measures?|codes?|metrics?|kpis?)\b", text, re.I)


# "what share of …", "how many children …": a figure from the data, not a measure for an activity
_FIGURE_ASKED = re.compile(r"\b(what|which) (share|proportion|percentage|fraction|%|rate|number)\b|\bhow many (people|"
                           r"children|residents|households|neighbourhoods|areas|wards|adults|families|pupils)\b", re.I)
# "they" also in "they're"; "what if it's a day planting trees instead?": "it" is the activity before
_THEY = re.compile(r"\b(they|them|those people|these people|it)\b", re.I)
_ELLIPTICAL = re.compile(r"^\s*(?:(?:and|but|or|so|what about|how about|what if|if)\b[\s,]*)+", re.I)


def route(message: str, groups: list[str] | None = None, previous: str | None = None) -> Route:
    """The job ``message`` asks for; ``groups`` are the framework's theme and outcome names. ``previous`` is the
    question before, when ``message`` may follow it up: "and if the money goes to a community project instead?"
    after an activity question is another activity to map."""
    found = _route(message, groups, previous)
    if found.kind == "activity" and not found.codes and _only_who_we_are(found.activity):
        # "ok so we're a private contractor - which codes do we track our progress against?": who asks is no activity
        # to map; the sources say what is asked of them
        return Route("ask")
    return found


# a sentence that only says who the asker is ("so we're a private contractor", "I'm a small charity in Halton")
_WHO_WE_ARE = re.compile(r"(?!.*\b\w+ing\s+(the|a|an|our|their|local|people|staff|more|over|at|on|up)\b)"  # "… paying the"
                         r"\W*((ok|okay|so|well|right|and|but|hi|hello)[\s,]+)*(we['’]?re|we are|i['’]?m|i am)\s+"
                         r"(just\s+|only\s+)?(an?|the)\s+(?:(?!(that|who|which|where|we|our|us|to|for|with|by|and)\b)"
                         r"[\w&'’-]+\s*){1,7}[\s.,!?]*", re.I)


def _only_who_we_are(activity: str) -> bool:
    """The activity says who the asker is, and the rest of it only asks ("we are a builder. what TOMs do we track")."""
    told, *rest = re.split(r"(?<=[.!?;])\s+|\s+[—–-]\s+", activity.strip())
    return bool(_WHO_WE_ARE.fullmatch(told)) and all(
        _WHICH_MEASURE.search(r) or _LIST_MEASURES.search(r) or _COUNTS.search(r) for r in rest)


def _route(message: str, groups: list[str] | None = None, previous: str | None = None) -> Route:
    text = " ".join(message.split())
    if previous and _ELLIPTICAL.match(text) and not _CODE.search(text) \
            and route(previous, groups).kind == "activity" and len(text.split()) >= 4:
        stripped = _ELLIPTICAL.sub("", activity_text(text)).strip(" ,")
        if _THEY.search(stripped):  # "and if they're survivors of modern slavery?": they are the people of the activity before
            stripped = f"{activity_text(previous)}; {stripped}"
        return Route("activity", activity=stripped or activity_text(text))
    if _ASKS_WHO.match(text):  # "which of the foreword writers said to pick a handful of TOMs?": a person, from the sources
        return Route("ask")
    if groups and _LIST_MEASURES.search(text) and not _CODE.search(text):
        group = measure_group(text, groups)
        if group == "partner vcfse" and not re.search(r"\bkey\b", text, re.I) and _SECTOR_CHOICE.search(text):
            group = ""  # "which measures should a council use for Partner VCFSE?" depends on the sector: the roadmap says
        if group:
            return Route("measures", group=group, outcomes=_asks_outcomes(text))
        unit = _UNIT_NAMED.search(text)
        if unit:  # "which TOMs are counted in hours rather than £?": the first unit named
            return Route("measures", group=UNIT_GROUP + _unit_of(unit.group("unit")))
        topic = _TOPIC.search(text)  # (no code is named here: the branch is for lists without one)
        if topic and not _ABOUT_FRAMEWORK.search(text):
            # "which measures are about the living wage?", "which of the TOMs are the 'pay people properly' ones?": the
            # measures that fit the topic
            said = re.sub(r"\s*\b(which|what)\b.*$", "", topic.group("topic") or topic.group("named")).strip(" .!,-")
            after = text.split("?", 1)[1].strip() if "?" in text else ""  # "… ones? we're a living wage employer"
            if re.fullmatch(r"it|that|this|they|them|those people|these people", said, re.I):  # "… mention it?"
                return Route("activity", activity=activity_text(text), several=True)
            return Route("activity", activity=f"{said}; {after}" if after else said, several=True)
    codes = [c.upper() for c in _CODE.findall(text)]
    if groups and not codes and _FRAMEWORK_PARTS.search(text):
        named = measure_group(text, groups)  # "what outcomes come under the Jobs theme?" names the framework's theme
        if named or _FRAMEWORK_NAMED.search(text):
            return Route("measures", group=named or THEMES, outcomes=_asks_outcomes(text))
    # what the question asks, not why ("… under NT10? Need it for our bid calculator.")
    if _PROXY_ASKED.search(text) and (codes or _PROXY_VALUE.search(text)) and not _PROXY_ABOUT.search(asked_part(text)):
        return Route("proxy", codes=list(dict.fromkeys(codes)))
    if not _ASKS_THE_SOURCES.search(text):  # "… evaluation matrix … is there any steer from the roadmap?" asks the sources
        if _TASK_QUESTIONS.search(text):
            return Route("questions")
        if _TASK_DRAFT.search(text):
            return Route("draft")
        if _TASK_REVIEW.search(text):
            return Route("review")
    if len(set(codes)) >= 2 and _COMPARE.search(text):  # "NT81 reads the same as NT2 - any difference?"
        return Route("codes", codes=list(dict.fromkeys(codes)))
    if codes and PAGE_ASKED.search(text):  # "which page lists NT14?": the code's catalogue row, which cites its page
        return Route("codes", codes=list(dict.fromkeys(codes)))
    rest = len(_CODE.sub("", text).split())  # "what does NT8 count?" asks about the code, not an activity
    if codes and _DEFINE.search(text) and (rest <= 4 or not _COUNTS.search(text)) and rest <= 8:
        return Route("codes", codes=list(dict.fromkeys(codes)))
    if not codes and _EXISTS_FOR.search(text):
        # "is there a TOMs code in the C&M framework for hiring veterans?": whether a measure fits what follows "for"
        # (what comes after the question says who asks: "… veterans? we're a forces charity")
        return Route("activity", activity=activity_text(re.split(r"(?<=\?)\s+", text, maxsplit=1)[0]), exists=True)
    if not codes and _FIGURE_ASKED.search(text) and not _WHICH_MEASURE.search(text):
        return Route("ask")  # "what share of our neighbourhoods count as highly deprived?" asks for a figure
    asks_measure = bool(_COUNTS.search(text) or _WHICH_MEASURE.search(text)
                        or (_VAGUE_MEASURE.search(text) and (_DOING.match(text) or _DOING_NOW.match(text)
                                                              or _DOING_WILL.match(text))))
    if codes and _COUNTS.search(text) and not _ABOUT_A_CODE.match(text):
        # "can we log pro bono advice as NT17?": map it, then compare; but "how many hours does NT21 expect for it to
        # count?" asks about the code's rules
        return Route("activity", activity=activity_text(_CODE.sub(" ", text)), codes=list(dict.fromkeys(codes)))
    if not codes and not text.endswith("?") and _DOING.match(text) and not _ABOUT_FRAMEWORK.search(text):
        return Route("activity", activity=activity_text(text))
    if asks_measure and not codes and (_DOING.match(text) or _DOING_NOW.match(text)):
        # "we're cutting our plastic by a few tonnes against last year's baseline - which measure?": the asker's own
        # activity, whatever framework words it uses
        return Route("activity", activity=activity_text(text), several=bool(_SEVERAL.search(text)))
    sentences = re.split(r"(?<=[.!?])\s+", text)
    if asks_measure and not codes and len(sentences) >= 2 and len(sentences[-1].split()) <= 10 \
            and (_WHICH_MEASURE.search(sentences[-1]) or _COUNTS.search(sentences[-1])) \
            and not _ABOUT_FRAMEWORK.search(sentences[-1]) and _ACTIVITY_WORDS.search(" ".join(sentences[:-1])):
        # "Everyone on our contract gets the living wage, not just the legal minimum. Which measure shows that?": the
        # short question after what the asker does asks for its measure, whatever framework words the telling uses
        return Route("activity", activity=activity_text(text), several=bool(_SEVERAL.search(text)))
    if asks_measure and not codes and (_ACTIVITY_WORDS.search(text) or _GERUND_LED.match(text)
                                       or re.search(_TRAILING_MEASURE, text, re.I)) and (
            not _ABOUT_FRAMEWORK.search(text) or re.search(_TRAILING_MEASURE, text, re.I)):
        # "catering contract: swapping the gas ovens … against our 2024 baseline. which measure?": a bare ask for the
        # measure after the activity is one, whatever framework words the activity uses
        return Route("activity", activity=activity_text(text), several=bool(_SEVERAL.search(text)))
    return Route("ask")
