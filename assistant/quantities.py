"""Find the quantity in an activity description: "150 hours", "£40k", "five people", "30%"."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from assistant.areas import BOROUGHS, CITY_REGION, REGION, TOWNS

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100, "dozen": 12,
    "a dozen": 12, "two dozen": 24,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
_SIMPLE_WORD = "|".join(sorted((w for w in _NUMBER_WORDS if " " not in w and w not in ("a", "an", "hundred", "dozen")),
                               key=len, reverse=True))
# a number written in words, as a bid writer spells out a sum: "sixteen", "twenty-five", "one hundred and twenty
# thousand", "four thousand five hundred" (a scale word never starts one, so "thousands of" stays a word)
_COMPOUND_WORD = (rf"(?:(?:{_SIMPLE_WORD})(?:[- ](?:{_SIMPLE_WORD}))?|a)"
                  rf"(?:(?:\s+and)?\s+(?:hundred|thousand|million)\b(?:(?:\s+and)?\s+(?:{_SIMPLE_WORD})(?:[- ](?:{_SIMPLE_WORD}))?(?!\w))?)+")
_WORD_NUMBER = rf"(?:two dozen|a dozen|a hundred|{_COMPOUND_WORD}|(?:{_SIMPLE_WORD})(?:-(?:{_SIMPLE_WORD}))?)"
_NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{_WORD_NUMBER})(?:\s+and\s+a\s+half\b)?"


def _words_value(text: str) -> float | None:
    """The value of a number written in words ("one hundred and twenty thousand" -> 120000), or None."""
    total = current = 0
    seen = False
    for word in re.split(r"[\s-]+", text.lower()):
        if word == "and":
            continue
        if word in _SCALES:
            current = max(current, 1) * _SCALES[word] if word == "hundred" else current
            if word != "hundred":
                total, current = total + max(current, 1) * _SCALES[word], 0
        elif word in _NUMBER_WORDS:
            current += _NUMBER_WORDS[word]
        else:
            return None
        seen = True
    return float(total + current) if seen else None


# unit families: words people use -> the unit name the catalogue uses
_UNITS: list[tuple[str, str]] = [
    (r"hours?|hrs?", "hours"),
    (r"days?", "days"),
    (r"weeks?|wks?", "weeks"),
    (r"months?", "months"),
    (r"years?", "years"),
    (r"FTEs?|full[- ]time( equivalent)?( (jobs?|roles?|posts?|staff|employees))?", "FTE"),
    (r"apprentices?|apprenticeships?|trainees?|traineeships?|interns?|internships?|placements?|people|persons?|residents?|staff|"
     r"employees?|workers?|jobs?|roles?|posts?|young people|graduates?|pupils?|students?|volunteers?|participants?|"
     r"(care )?leavers?|ex-offenders?|offenders?|survivors?|men|women|adults?|"
     # people named by where they are in education or work ("3 Winsford sixth-formers", "10 NEETs")
     r"sixth[- ]formers|jobseekers|NEETs", "people"),
    (r"tonnes?( of)? (CO2e?|carbon( dioxide)?)|t ?CO2e?|tCO2e", "tonnes CO2e"),
    (r"tonnes?|tons?|t|kg|kilograms?", "tonnes"),
    (r"miles?", "miles"),
    (r"sessions?|workshops?|events?|talks?|visits?|classes?", "sessions"),
]
_MONEY = re.compile(rf"£\s?(?P<n>{_NUM})\s?(?P<mult>k|m|bn|thousand|million|billion)?\b", re.IGNORECASE)
# a sum written out with its currency after it: "four thousand five hundred pounds", "2 million pounds", "£" unsaid
_MONEY_AFTER = re.compile(rf"\b(?P<n>{_NUM})\s?(?P<mult>k|m|bn|thousand|million|billion)?\s+(?:pounds|GBP)\b(?!\s+(?:of\s+)?(?:weight|in weight))",
                          re.IGNORECASE)
_PERCENT = re.compile(rf"(?P<n>{_NUM})\s?(%|per ?cent|percent)", re.IGNORECASE)
_NUMBER_THEN_WORDS = re.compile(rf"\b(?P<n>{_NUM})\b(?P<rest>(?:\s+[A-Za-z][\w'-]*){{1,4}})", re.IGNORECASE)
# a note's tonnes written against the figure ("32t CO2e", "est 3t"): read as "32 t CO2e"
_TONNES_SHORT = re.compile(r"\b(\d+(?:\.\d+)?)t\b")
_PREFERRED = ("hours", "days", "weeks", "months", "years", "tonnes CO2e", "tonnes", "miles", "FTE")
_TIME_UNITS = ("hours", "days", "weeks", "months", "years")
_TIME_POINT = frozenset("from in by until after before during since".split())
_NOT_UNITS = frozenset("for of at in on to and or per with the a an more than over under about".split())
_DURATION = re.compile(rf"\bfor\s+(?P<n>{_NUM})\s+(?P<unit>weeks?|months?|years?)\b", re.IGNORECASE)
_MULTIPLIERS = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}


@dataclass
class Quantity:
    value: float
    unit: str
    text: str
    duration: dict | None = None

    def as_dict(self) -> dict:
        data = asdict(self)
        data["value"] = int(self.value) if float(self.value).is_integer() else self.value
        return data


# A quantity given as a rate: "£500 a month", "300 hours per year", "annually", "£50 weekly to a food bank".
# Not a duration ("unemployed for over a year", "more than a year") and not an adjective ("weekly groups").
_RATE = re.compile(
    r"(?<!\bfor )(?<!\bover )(?<!\bthan )(?<!\bwithin )(?<!\bleast )(?<!\bunder )"
    r"\b(?:per (?:year|annum|month|week|fortnight)|(?:a|each|every) (?:year|month|week|fortnight))\b"
    r"|\b(?:per|a|each|every) (?:yr|mth|wk)\b"  # a note's shorthand: "4 schools a yr", "£40 per mth"
    r"|\bannually\b|\bfortnightly\b(?!\s+[a-z])"
    r"|/\s?(?:yr|year|annum|month|mth|week|wk)\b|\bp\.a\.(?!\w)"  # the shorthand of a note: "1,800 t/yr", "£25k p.a."
    r"|\b(?:yearly|monthly|weekly)\b(?!\s+(?!(?:to|for|with|in|on|at|from|by|and|or|through|across|towards|"
    r"into|throughout|during|until|over)\b)[a-z])"
    # a quarter, a school term (three a year) or a summer (one a year): "one paid day a quarter", "3 hours per term"
    r"|\b(?:per|a|each|every) quarter\b(?!\s+of\b)|\bquarterly\b(?!\s+[a-z])"
    r"|\b(?:per|each|every) (?:school )?term\b(?!\s+of\b)|\b(?:each|every) summer\b"
    # a half-term, six to a school year: "a two-hour session every half-term"
    r"|\b(?:per|a|each|every) half[- ]term\b(?!\s+(?:of|holidays?|breaks?)\b)",
    re.IGNORECASE,
)

# an amount for each occasion ("£180 a session", "£60 per meeting") and how often the occasions are held
_PER_OCCASION = re.compile(r"\s*(?:a|per|each|for each|every)\s+(?:session|meeting|event|class|club|visit|gathering)\b",
                           re.IGNORECASE)
_HELD_EVERY = re.compile(r"\b(?:weekly|fortnightly|monthly|quarterly|yearly|annual)\b", re.IGNORECASE)

# months in one period of a rate
PERIOD_MONTHS = {"year": 12.0, "quarter": 3.0, "term": 4.0, "half-term": 2.0, "month": 1.0, "fortnight": 12 / 26,
                 "week": 12 / 52}


# an amount stated for the whole term right after it ("£9,500 over the term", "£4k in total across the contract")
_WHOLE_TERM = re.compile(r"\s*(?:in total\s*)?,?\s*(?:in total|(?:over|across|during|for) (?:the|this|our) (?:whole |full |entire )?"
                         r"(?:term|contract|concession|programme|contract period|life of the contract))\b", re.IGNORECASE)


_LENGTH_EACH = re.compile(r"an?\s", re.IGNORECASE)
# an amount or a unit right before a rate's period: "£50 a month each", "2 hours a week each" are rates
_AMOUNT_BEFORE = re.compile(r"(?:\d[\d,.]*\s*(?:k|m|%)?|\b(?:hours?|hrs?|minutes?|mins?|days?|sessions?|visits?|talks?|"
                            r"pounds|tonnes?|miles?|one|two|three|four|five|six|seven|eight|nine|ten|twelve))\)?\s*$", re.IGNORECASE)


def rate(text: str, amount: str | None = None) -> tuple[str, str] | None:
    """(the phrase, "year" / "month" / "fortnight" / "week" / "quarter" / "term" / "half-term") when ``text`` gives its quantity as a rate, else None.
    With the ``amount`` stated, a rate written after it is its own ("2 staff weekly …, costed £2,600/yr": a year)."""
    # "4 of our staff, a week each": a period after no amount and before "each" is each one's length, not a rate
    matches = [m for m in _RATE.finditer(text) if not _LENGTH_EACH.match(m.group(0)) or not re.match(r"\s+each\b", text[m.end():])
               or _AMOUNT_BEFORE.search(text[: m.start()])]
    at = text.find(amount) if amount else -1
    if not matches and at >= 0 and _PER_OCCASION.match(text, at + len(amount)):
        # "a monthly coffee morning ..., £180 a session": the amount is each occasion's, so the occasions' own
        # frequency is its rate
        held = _HELD_EVERY.search(text)
        if held:
            word = held.group(0).lower()
            return held.group(0), "year" if word in ("annual", "yearly") else word.removesuffix("ly")
    if not matches:
        return None
    if at >= 0 and _WHOLE_TERM.match(text, at + len(amount)):
        return None  # "£9,500 over the term; survival reported annually": the amount is the whole term's
    after = [m for m in matches if at >= 0 and m.start() >= at + len(amount)]
    match = after[0] if after else matches[0]
    phrase = match.group(0).lower()
    yearly = any(word in phrase for word in ("year", "annu", "yr", "p.a.", "summer"))
    if "fortnight" in phrase:
        return match.group(0), "fortnight"
    if "half" in phrase:
        return match.group(0), "half-term"
    if "quarter" in phrase or "term" in phrase:
        return match.group(0), "quarter" if "quarter" in phrase else "term"
    return match.group(0), "year" if yearly else "month" if ("month" in phrase or "mth" in phrase) else "week"


# the activity's own duration for a rate it states: a number of years or months ("for all 3 years", "over the five
# years", "for the whole 5 years", "over the 5-year contract"), or the contract's whole length named
# ("every year of the contract", "for the length of the contract", "throughout the contract")
_OWN_LENGTH = re.compile(
    rf"(?<!\beach )(?<!\bfor over )\b(?:for|over|across|during|throughout|in|all)\s+(?:of\s+)?(?:all\s+|each\s+of\s+)?(?:the\s+|our\s+|its\s+)?"
    rf"(?:whole\s+|full\s+|entire\s+|first\s+|next\s+)?(?P<n>{_NUM})[- ](?P<unit>years?|months?)(?![- ](?:old|olds)\b)",
    re.IGNORECASE)
_ALL_N = re.compile(rf"\ball\s+(?:the\s+)?(?P<n>{_NUM})\s+(?P<unit>years?|months?)\b", re.IGNORECASE)
_CONTRACT_LENGTH = re.compile(
    r"\b(?:(?:every|each)\s+(?:year|month|week|quarter|term|summer)\s+(?:of|in)\s+the\s+(?:contract|term)"
    r"|(?:for|over|across|during|throughout)\s+(?:all\s+of\s+)?(?:the|this|our)\s+(?:whole\s+|full\s+|entire\s+)?"
    r"(?:(?:length|life|duration)\s+of\s+the\s+)?(?:contract|term)(?:'s\s+(?:length|life|duration))?)\b",
    re.IGNORECASE)


def own_duration(text: str, contract_months: int | None = None) -> tuple[float, str] | None:
    """(months, the phrase) of the duration ``text`` itself states for what it commits ("£50 a month for the 3
    years", "every year of the contract" = the contract's length), or None when it states none of its own."""
    for pattern in (_OWN_LENGTH, _ALL_N):
        for match in pattern.finditer(text):
            n = match.group("n").lower()
            if n in ("a", "an"):
                continue  # "for a year" is one period, and "unemployed for over a year" no commitment's length
            value = parse_number(n) * (12 if match.group("unit").lower().startswith("year") else 1)
            return value, match.group(0).strip()
    match = _CONTRACT_LENGTH.search(text)
    if match and contract_months:
        return float(contract_months), match.group(0)
    return None


def over_own_duration(text: str, period: str, contract_months: int | None = None) -> tuple[float, str] | None:
    """(how many ``period``s, the duration's phrase) when a rate's activity states its own duration, else None:
    the total over that stated duration is what is committed; without one the rate stands as stated."""
    found = own_duration(text, contract_months)
    if found is None or period not in PERIOD_MONTHS:
        return None
    times = found[0] / PERIOD_MONTHS[period]
    return (round(times, 6), found[1]) if times > 1 else None


def without_rate(text: str) -> str:
    """``text`` with its rate phrase taken out ("300 hours a year" -> "300 hours")."""
    return re.sub(r"\s{2,}", " ", _RATE.sub("", text)).strip()


def parse_number(text: str) -> float:
    cleaned = " ".join(text.strip().lower().replace(",", "").split())
    if cleaned.endswith(" and a half"):  # "two and a half (years)"
        return parse_number(cleaned[: -len(" and a half")]) + 0.5
    if cleaned in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[cleaned])
    words = _words_value(cleaned)
    return words if words is not None else float(cleaned)


def _pick_unit(words: list[str]) -> tuple[str | None, int]:
    """The unit among the words after a number: time, mass and distance units win over head counts."""
    found: list[tuple[str, int]] = []
    for index, word in enumerate(words[:4]):
        if word.lower() in _NOT_UNITS and index == 0:
            return None, 0
        for length in (3, 2, 1):
            phrase = " ".join(words[index : index + length])
            unit = _known_unit(phrase)
            if unit in _PREFERRED and index and words[index - 1].lower() in ("a", "an", "per", "each", "every"):
                break  # "three meals a day": a rate, not a count of days
            if unit in _TIME_UNITS and index and words[index - 1].lower() in _TIME_POINT and not phrase.lower().endswith("s"):
                break  # "12 electric vans from year 2": a point in time, not what is counted
            if unit:
                found.append((unit, index + length - 1))
                break
    for unit, index in found:
        if unit in _PREFERRED:
            return unit, index
    if found:
        return found[0]
    for index, word in enumerate(words[:3]):  # "24 laptops", "4 part-time cleaners": count what is named
        word = word.lower().strip(".,;:")
        if word in _NOT_UNITS:
            break
        if word.endswith("s") and word.isalpha() and len(word) > 3:
            return word, index
    return None, 0


def _known_unit(phrase: str) -> str | None:
    for pattern, unit in _UNITS:
        if re.fullmatch(pattern, phrase.strip(".,;:"), re.IGNORECASE):
            return unit
    return None


def _unit_for(word: str) -> str:
    for pattern, unit in _UNITS:
        if re.fullmatch(pattern, word, re.IGNORECASE):
            return unit
    return word.lower()


_RATE_BASE = re.compile(r"\b(for every|for each|per|every)\s*$", re.IGNORECASE)


def extract_quantity(text: str) -> Quantity | None:
    """The main quantity stated in ``text`` (money, percentage or a counted unit), or None."""
    found = quantities(text)
    return found[0] if found else None


# the upper end of an age range: "aged 18-21", "ages 16 to 24"
_AGE_RANGE_END = re.compile(r"\bage[ds]?\s+\d+\s*(?:-|–|to)\s*$", re.IGNORECASE)
# a length written as one hyphenated word, "a 2-hour club", "90-minute sessions" (not "a 37.5-hour week")
_HYPHEN_LENGTH = re.compile(r"\b(?P<n>\d+(?:\.\d+)?)-(?P<u>hour|minute)\b(?!s)(?!\s+(?:week|day|shift)s?\b)", re.IGNORECASE)
# right before a length that is the activity's own duration: "for the 3 years", "over all 5 years"
_WHOLE_LENGTH = re.compile(r"\b(?:for|over|across|during|throughout)\s+(?:all\s+(?:of\s+)?)?(?:the|our)\s+(?:whole\s+|full\s+|entire\s+)?$"
                           r"|\b(?:for|over|across)\s+all\s+$", re.IGNORECASE)


def quantities(text: str) -> list[Quantity]:
    """Every quantity stated in ``text``, the main one first: money, then a percentage, then counted units (time,
    mass and distance before head counts). The others are kept for a measure whose unit only one of them is in
    ("12 electric vans ..., saving 210 tonnes CO2e" under a tonnes CO2e measure)."""
    out: list[Quantity] = []
    text = _TONNES_SHORT.sub(r"\1 t", text)
    for money in sorted([*_MONEY.finditer(text), *_MONEY_AFTER.finditer(text)], key=lambda m: m.start()):
        if _RATE_BASE.search(text[max(0, money.start() - 12) : money.start()]):
            continue  # "for every £1m spent", "per £100,000": the base of a rate, not the amount committed
        value = parse_number(money.group("n")) * _MULTIPLIERS.get((money.group("mult") or "").lower(), 1)
        out.append(Quantity(value, "£", money.group(0).strip()))
    out += [Quantity(parse_number(p.group("n")), "%", p.group(0).strip()) for p in _PERCENT.finditer(text)]
    found = []
    for match in _NUMBER_THEN_WORDS.finditer(text):
        before = text[max(0, match.start() - 7) : match.start()].lower()
        if re.search(r"\b(for|level|aged|age|over|under|within|year|stage)\s*$", before):
            continue  # "for 3 years", "Level 3", "aged 16", "within 4 hours", "Year 13", "Key Stage 4" describe
        if _AGE_RANGE_END.search(text[max(0, match.start() - 16) : match.start()]):
            continue  # "aged 18-21", "ages 16 to 24": the range's upper age names who, it counts nothing
        words = match.group("rest").split()
        if re.match(r"(?:years?|yrs?)[- ]olds?\b", " ".join(words[:2]), re.IGNORECASE):
            continue  # "16-18 yr olds": an age names who takes part, it is not a length
        unit, used = _pick_unit(words)
        if unit in _TIME_UNITS and used >= len(words) - 1 and re.match(r"\s+\d", text[match.end():]):
            continue  # "12 Year 9 pupils": a school year names who takes part, it is not a length
        if unit is not None:
            found.append((match, words, unit, used))
    # "a weekly 2-hour job club": a hyphenated length with no count before it is the length committed
    for match in _HYPHEN_LENGTH.finditer(text):
        if not re.search(rf"\b{_NUM}\s+(?:[\w'-]+\s+)?$", text[: match.start()], re.IGNORECASE):
            found.append((match, [], _unit_for(match.group("u") + "s"), -1))
    # "mentor 10 care leavers with 60 hours of support": the hours are the commitment, the people its reach; the
    # activity's own length ("for the 3 years") is how long it lasts, read after every other length
    preferred = [item for item in found if item[2] in _PREFERRED]
    preferred = ([item for item in preferred if not _WHOLE_LENGTH.search(text[: item[0].start()])]
                 + [item for item in preferred if _WHOLE_LENGTH.search(text[: item[0].start()])])
    for match, words, unit, used in preferred + [item for item in found if item[2] not in _PREFERRED]:
        duration = _DURATION.search(text, match.end())
        quantity_text = match.group(0) if used < 0 else " ".join([match.group("n"), *words[: used + 1]])
        out.append(Quantity(
            parse_number(match.group("n")),
            unit,
            quantity_text,
            {"value": parse_number(duration.group("n")), "unit": _unit_for(duration.group("unit"))}
            if duration and unit not in ("weeks", "months", "years")
            else None,
        ))
    return out


# --- a quantity in the unit of the measure it is committed under ---------------------------------------------
WEEKS_PER = {"weeks": 1.0, "months": 52 / 12, "years": 52.0, "days": 1 / 5}
HOURS_PER = {"minutes": 1 / 60, "hours": 1.0, "days": 7.5, "weeks": 37.5}
# preparation time stated for each session ("with an hour of preparation for each", "thirty minutes' preparation
# for each", "+ 30 mins prep each"): the staff time a session costs, added to its length
_PREP = re.compile(rf"\b(?P<n>{_NUM}|an?|half an?)\s+(?P<u>hours?|hrs?|minutes?|mins?)'?\s+(?:of\s+)?prep(?:aration)?\b",
                   re.IGNORECASE)
# an amount for each of a named thing ("2 hr lesson per school", "£40 of kit a home", "£250/set", "£1,200 each"):
# the noun it is per, when one is named
_PER_THING = re.compile(r"^\s*(?:(?:of\s+)?(?!(?:to|for|in|at|on|with|from|into|towards|by)\b)[\w'-]+\s+){0,3}?(?:(?:per|for each|for every|in each|at each|each|a|an|/)\s*"
                        r"(?P<noun>[a-z][\w-]*)\b|(?P<each>each)\b)", re.IGNORECASE)
# a sum worked out in a note ("(£2,800 each = £16,800)", "£250/set = £10k"): the total stated after "="
_STATED_TOTAL = re.compile(rf"=\s*£\s?(?P<n>{_NUM})\s?(?P<mult>k|m|bn|thousand|million)?\b", re.IGNORECASE)
_NOT_THINGS = frozenset("year years month months week weeks fortnight day days annum hour hours time total one "
                        "further more few couple lot".split())
_TIME = r"(?:hours?|hrs?|days?|weeks?|wks?|months?|mths?|years?|yrs?)"
# a note's short forms of a length ("4 yrs each", "18 mths"), read as the unit they stand for
_TIME_SHORT = {"min": "minute", "mins": "minutes", "hr": "hour", "hrs": "hours", "wk": "week", "wks": "weeks", "mth": "month", "mths": "months",
               "yr": "year", "yrs": "years"}
# the rate a length is given at, written between it and what it multiplies: "1 hour per year each", "2 days a yr x"
_RATE_WORDS = r"(?:per|a|an|each|every)\s+(?:year|yr|annum|month|mth|week|wk)"
# a duration or length that belongs to each counted thing: "each for a year", "for 18 months each",
# "lasting 18 months", "for its full two years", "8-week placements", "2-hour talk", "10 hours each"
_EACH = re.compile(
    rf"\b(?:each\s+)?(?:for|lasting|of)\s+(?:(?:its|their|the|full)\s+)*(?P<n>{_NUM}|a|an|one)\s+(?P<u>{_TIME})\b(?!\s+\d)(?P<each>\s+each)?"
    rf"|\b(?P<n2>{_NUM})[- ](?P<u2>minute|min|hour|hr|day|week|wk|month|mth|year|yr)s?(?:[- ]long)?\b(?!\s+(?:of|a|per)\b)(?!\s+\d)(?![- ]olds?\b)"
    rf"|\b(?P<n3>{_NUM}|an?)\s+(?P<u3>{_TIME})\s+(?:{_RATE_WORDS}\s+)?each\b"
    # a length multiplied by a count in a note: "2 days a yr x 4 staff", "2 staff x 3 hrs a month"
    rf"|\b(?P<n4>{_NUM})\s+(?P<u4>{_TIME})\s+(?:{_RATE_WORDS}\s+)?[x×]\s*(?={_NUM}\b)"
    rf"|(?<=[x×] )(?P<n5>{_NUM})\s*(?P<u5>{_TIME})\b"
    # a length for each person, with what it is of: "10 weeks of training per person", "3 days each per learner"
    rf"|\b(?P<n6>{_NUM})\s+(?P<u6>{_TIME})\s+(?:of\s+(?:[\w-]+\s+){{1,2}}?)?(?:per|for\s+each|for\s+every)\s+"
    r"(?:person|head|learner|trainee|participant|employee|operative|worker|member\s+of\s+staff)\b",
    re.IGNORECASE,
)
_N_OF_OUR = re.compile(rf"\b(?P<n>{_NUM})\s+of\s+(?:our|the|its|their)\s+(?:[\w'-]+\s+){{0,3}}?(?P<what>[a-z][\w-]*[a-z]s)\b",
                       re.IGNORECASE)
_EACH_OF = re.compile(rf"\beach of (?:the |our )?(?P<n>{_NUM})\s+(?P<what>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){{0,3}})", re.IGNORECASE)
# a counted group whose members each give a length: "our 5 drivers will each give", "a 3-person crew will each spend"
_THEY_EACH = re.compile(rf"\b(?P<n>{_NUM})(?:[- ](?:person|people|strong))?\s+(?:[\w'-]+\s+){{0,2}}?"
                        rf"(?P<what>[a-z][\w-]*[a-z]s|crew|team|squad|gang)\s+(?:will\s+|would\s+|can\s+|to\s+)?each\b"
                        # the group named, then counted: "our drivers - 6 of them - will each give", "(8 of us) each"
                        rf"|\b(?P<n_of>{_NUM})\s+of\s+(?P<what_of>them|us)\b[\s,;:)\u2013\u2014-]*(?:will\s+|would\s+|can\s+|to\s+)?each\b",
                        re.IGNORECASE)
_APPRENTICE = re.compile(r"\bapprentice(s|ships?)?\b|\bT[- ]?levels?\b", re.IGNORECASE)
_FULL_TIME = re.compile(r"\b(full[- ]time|FTE)\b", re.IGNORECASE)
_PART_TIME = re.compile(r"\bpart[- ]time\b", re.IGNORECASE)
_COUNTED = ("people", "sessions")


# A share stated in words as the whole of a workforce ("pay everyone on the contract", "all our drivers"): 100 %.
_WHOLE_WORKFORCE = re.compile(
    r"\b(everyone|everybody|every ([\w-]+ ){0,2}(member of staff|employee|colleague|operative|"
    r"(?!(?:other|quarter|summer|winter|semester|number|order|year|term)\b)[a-z]+(?:er|or|ist|ant|ent|ian))|all (of )?(our |the |its )?(\d+ )?"
    r"([\w-]+ ){0,3}(staff|employees|workers|workforce|colleagues|operatives|team|people|drivers|cleaners|carers|officers|"
    r"engineers|advisers|subcontractors|suppliers))\b", re.IGNORECASE)


@dataclass
class InUnit:
    """``quantity`` restated in ``unit`` (the measure's), how it was worked out, or what is missing to do so."""

    value: float | None
    unit: str
    how: str = ""
    missing: str = ""

    @property
    def ok(self) -> bool:
        return self.value is not None

    def as_dict(self) -> dict:
        data = {"value": None if self.value is None else (int(self.value) if float(self.value).is_integer()
                                                          else round(self.value, 2)),
                "unit": self.unit}
        if self.how:
            data["how"] = self.how
        if self.missing:
            data["missing"] = self.missing
        return data


def _fmt(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"


_PEOPLE_WORDS = next(p for p, u in _UNITS if u == "people")
_SESSION_WORDS = next(p for p, u in _UNITS if u == "sessions")
_COUNT = re.compile(rf"\b(?P<n>{_NUM})\s+(?:(?:Level|NVQ|L)\s?\d\s+)?(?:[\w'-]+\s+){{0,4}}?(?P<noun>{_PEOPLE_WORDS}|{_SESSION_WORDS})\b", re.IGNORECASE)


# A count written as a multiplier in a note ("6 x Level 2 retrofit installer apprenticeships", "2 x 12-month LGV
# driver apprenticeships"): the describing words between it and the noun may be more than a plain count allows.
_TIMES = re.compile(rf"\b(?P<n>{_NUM})\s*[x×]\s+(?:[\w'/-]+\s+){{0,6}}?(?P<noun>{_PEOPLE_WORDS}|{_SESSION_WORDS})\b",
                    re.IGNORECASE)
# the length of each counted thing after "of": "placements of 8 weeks", "sessions of two hours" (not "a total of")
_OF_EACH = re.compile(rf"\b(?:{_PEOPLE_WORDS}|{_SESSION_WORDS})\s*$", re.IGNORECASE)


# One person or thing named in the singular ("a St Helens school leaver on a 12-month apprenticeship", "a 2-hour
# talk"): the length belongs to one, when no number counts them.
_SINGLE = re.compile(
    r"\b(?:a|an|one)\s+(?:[\w'/-]+\s+){0,8}?(?P<noun>apprentice(?:ship)?|trainee(?:ship)?|intern(?:ship)?|placement|"
    r"person|(?:school |care )?leaver|graduate|student|pupil|young person|resident|ex-offender|employee|worker|"
    r"session|workshop|talk|visit|class)\b(?!['-]?s\b)(?!\s+(?:schemes?|programmes?|clubs?|networks?))", re.IGNORECASE)


# More of them named one by one after the first ("a Level 2 apprentice and a Level 3 apprentice", "a trainee, an
# intern and a placement"): one each, so as many as are named
_ANOTHER_SINGLE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+(?:and|plus)\s+)" + _SINGLE.pattern, re.IGNORECASE)
# People named one by one, then each giving something ("our site lead and a senior engineer will each give", "the
# chef, a porter and a driver each spend"): as many as are named
_NAMED_ONE = r"(?:a|an|one|our|the|their)\s+(?:[\w'-]+\s+){0,3}?[a-z][\w'-]*"
_JOINED_EACH = re.compile(rf"\b(?P<named>{_NAMED_ONE}(?:\s*,\s*{_NAMED_ONE})*\s+and\s+{_NAMED_ONE})\s+"
                          r"(?:will\s+|would\s+|can\s+|to\s+)?each\b", re.IGNORECASE)
_NAMED_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?(?=(?:a|an|one|our|the|their)\s)|\s+and\s+(?=(?:a|an|one|our|the|their)\s)",
                          re.IGNORECASE)


def _singles(text: str) -> tuple[float, str] | None:
    """How many things are named one by one in the singular (see ``_SINGLE``), and the first one's noun, or None."""
    single = _SINGLE.search(text)
    if single is None:
        return None
    count, end = 1.0, single.end()
    while (more := _ANOTHER_SINGLE.match(text, end)) is not None:
        count, end = count + 1, more.end()
    return count, single.group("noun") if count == 1 else _plural(single.group("noun"))


# how many times a thing happens in each period ("twice a year", "three times a term")
_TIMES_A_PERIOD = re.compile(rf"\b(?:(?P<n>twice|thrice)|(?P<n2>{_NUM})\s+times)\s+(?:a|per|each|every)\s+"
                             r"(?:year|term|quarter|month|week)\b", re.IGNORECASE)
_COUNT_OF = re.compile(rf"\b(?P<n>{_NUM})\s+of\s+$", re.IGNORECASE)


def joined_each(text: str) -> tuple[float, str] | None:
    """(how many, their names) when people named one by one each give something ("our lead and a senior engineer
    will each give"), else None."""
    found = _JOINED_EACH.search(text)
    if found is None:
        return None
    named = _NAMED_SPLIT.split(found.group("named"))
    count = float(len(named))
    # the first named by a count of them ("Two of our plasterers and a joiner"): that many, not one
    counted = _COUNT_OF.search(text[: found.start()])
    label = " and ".join(part.strip() for part in named)
    if counted:
        count += parse_number(counted.group("n")) - 1
        label = f"{counted.group(0).strip()} {label}"
    return count, label


# A count written just before the length of each thing it counts: "thirty one-hour assemblies", "12 2-hour
# clinics", "six half-day-long visits": the number counts the plural noun the length describes.
_COUNT_BEFORE = re.compile(rf"\b(?P<n>{_NUM})\s+$", re.IGNORECASE)
_PLURAL_AFTER = re.compile(r"^\s+(?:[A-Za-z][\w'-]*\s+){0,2}?(?P<noun>[A-Za-z][\w'-]*[a-z]s)\b")


def _count_before(text: str, per_span: tuple[int, int]) -> tuple[float, str] | None:
    """The number right before a length and the plural noun right after it ("thirty [one-hour] assemblies")."""
    before = _COUNT_BEFORE.search(text[: per_span[0]])
    after = _PLURAL_AFTER.match(text[per_span[1]:])
    if before and after and not re.search(r"\b(level|aged|age|over|under|within|year|stage)\s+$",
                                          text[max(0, before.start() - 7): before.start()], re.IGNORECASE):
        return parse_number(before.group("n")), after.group("noun")
    return None


def _plural(noun: str) -> str:
    noun = noun.lower()
    return noun + "es" if noun.endswith(("s", "x", "ch", "sh")) else noun[:-1] + "ies" if re.search(r"[^aeiou]y$", noun) else noun + "s"


# visits and trips, counted by the places visited when nothing counts them
_VISITS = frozenset("visit trip tour".split())
# things counted by their kind: "£7,000 per school" for "twelve Wirral primaries"
_KINDS = {"school": r"primaries|secondaries|academies|nurseries"}


def _things_per(text: str, end: int, skip: tuple[int, int] | None = None, named: bool = False) -> tuple[float, str] | None:
    """When the amount ending at ``end`` is for each of a named thing ("per school", "a home", "/set"), the count of
    those things stated elsewhere ("in 10 Warrington primary schools", "100 homes a yr"); for a bare "each", the
    nearest count of a plural noun (not when ``named``: a length "2 hours each" has its own counting). None when
    nothing counts them."""
    per = _PER_THING.match(text[end:])
    if not per or (named and not per.group("noun")):
        return None
    noun = per.group("noun")
    if noun and noun.lower() in _NOT_UNITS | {"to", "into", "across", "within"}:
        noun = "each" if re.match(r"^\s*(?:[\w'-]+\s+){0,3}?each\b", text[end:], re.IGNORECASE) else None
        if noun is None:
            return None
    if named and noun == "each":
        return None
    if noun and noun.lower() in _NOT_THINGS:
        return None
    target = rf"(?:{re.escape(_plural(noun))}|{re.escape(noun)}(?:ren|en|s|es)?)" if noun and noun.lower() != "each" else r"[a-z][\w-]*[a-z]s"
    if noun and noun.lower() in _KINDS:  # "per school" counts "twelve primaries"
        target = rf"(?:{target}|{_KINDS[noun.lower()]})"
    best = None
    for match in re.finditer(rf"\b(?P<n>{_NUM})\s+(?:[\w'&/.-]+\s+){{0,3}}?(?P<noun>{target})\b", text, re.IGNORECASE):
        if skip and skip[0] <= match.start("n") < skip[1] or match.start("n") <= end <= match.end("n"):
            continue
        if match.group("noun").lower() in _NOT_THINGS or text[max(0, match.start() - 1):match.start()] == "£":
            continue
        if re.search(r"\b(level|aged|age|over|under|within|year|stage)\s*$", text[max(0, match.start() - 7):match.start()], re.IGNORECASE):
            continue
        distance = abs(match.start() - end)
        if best is None or distance < best[0]:
            best = (distance, parse_number(match.group("n")), match.group("noun"))
    if best is None and noun and noun.lower() in _VISITS:
        # "to 30 primary schools a year ..., 2 hours per visit": nothing counts the visits, the places visited do
        visited = re.search(rf"\b(?:to|at|in|round|around|visit\w*|tour\w*)\s+(?P<n>{_NUM})\s+(?:[\w'&/.-]+\s+){{0,3}}?"
                            r"(?P<noun>[a-z][\w-]*[a-z]s)\b", text, re.IGNORECASE)
        if visited and visited.group("noun").lower() not in _NOT_THINGS:
            best = (0, parse_number(visited.group("n")), visited.group("noun"))
    if best is None and not named and (noun is None or noun.lower() == "each"):
        # "up to 40 a year, worth about £250 each": a bare count at a rate counts the things the amount is for
        bare = re.search(rf"\b(?P<n>\d[\d,]*)\s+(?:{_RATE_WORDS})\b", text, re.IGNORECASE)
        if bare and text[max(0, bare.start() - 1):bare.start()] != "£" and not (skip and skip[0] <= bare.start() < skip[1]):
            best = (0, parse_number(bare.group("n")), bare.group(0).split(None, 1)[1])
    return (best[1], best[2]) if best else None


# counts multiplied in a chain right before a length ("5 schools x 6 visits x 3 hrs"): every factor counts
_CHAIN = re.compile(rf"(?:\b{_NUM}\s+(?:[\w'-]+\s+){{0,2}}?[A-Za-z][\w'-]*\s*[x×]\s*){{2,}}$", re.IGNORECASE)
_FACTOR = re.compile(rf"\b(?P<n>{_NUM})\s+(?P<what>(?:[\w'-]+\s+){{0,2}}?[A-Za-z][\w'-]*)\s*[x×]", re.IGNORECASE)
# counts added with "+" or "plus" ("all 26 fitters + 12 office staff"): one group, their sum
_PLUS_BEFORE = re.compile(rf"\b(?P<n>{_NUM})\s+(?:[\w'-]+\s+){{0,2}}?[a-z][\w'-]*[a-z]s\s*(?:\+|\bplus\b|&)\s*$", re.IGNORECASE)
_PLUS_AFTER = re.compile(rf"^\s*(?:\+|\bplus\b|&)\s*(?P<n>{_NUM})\s+(?:[\w'-]+\s+){{0,2}}?[a-z][\w'-]*[a-z]s\b", re.IGNORECASE)


_AND_AFTER = re.compile(rf"^\s*,?\s*and\s+(?P<n>{_NUM})\s+(?:[\w'-]+\s+){{0,2}}?(?P<noun>{_PEOPLE_WORDS}|{_SESSION_WORDS})\b",
                        re.IGNORECASE)

_AND_LEAD = re.compile(r"^[\s,]*(?:and\s+)?")


def _chain(text: str, per_span: tuple[int, int]) -> tuple[float, str] | None:
    """The product of the counts multiplied right before a length ("5 schools x 6 visits x [3 hrs]"), or None."""
    chain = _CHAIN.search(text[: per_span[0]])
    if not chain:
        return None
    factors = [(parse_number(f.group("n")), f"{f.group('n')} {f.group('what')}") for f in _FACTOR.finditer(chain.group(0))]
    if len(factors) < 2:
        return None
    product = 1.0
    for value, _ in factors:
        product *= value
    return product, " × ".join(label for _, label in factors)


def _with_added(text: str, match: re.Match, count: float, label: str) -> tuple[float, str]:
    """A count and the counts added to it with "+" or "plus" just before or after it ("26 fitters + 12 staff"), or
    with "and" when both count things of one kind ("3 workshops and 5 talks, an hour each": 8 sessions)."""
    before = _PLUS_BEFORE.search(text[: match.start()])
    after = _PLUS_AFTER.match(text[match.end():])
    if after is None and "noun" in match.re.groupindex:
        joined = _AND_AFTER.match(text[match.end():])
        if joined and _known_unit(joined.group("noun")) == _known_unit(match.group("noun")):
            after = joined
    first = f"{match.group('n')} {label}"
    for added in (before, after):
        if added:
            count += parse_number(added.group("n"))
            first = f"{first} + {_AND_LEAD.sub('', added.group(0)).strip(' +&')}" if added is after else f"{added.group(0).strip(' +&')} + {first}"
    return count, (label if (before, after) == (None, None) else f"({first})")


def _count(text: str, per_span: tuple[int, int] | None = None) -> tuple[float, str] | None:
    """How many things a length belongs to: "each of 5 schools", a number just before the length ("thirty one-hour
    assemblies"), the first count of people or sessions, or one named in the singular."""
    if per_span and (chained := _chain(text, per_span)):
        return chained
    if per_span and (before := _count_before(text, per_span)):
        return before
    if per_span and (things := _things_per(text, per_span[1], per_span, named=True)):
        return things
    each_of = _EACH_OF.search(text)
    if each_of:
        return parse_number(each_of.group("n")), each_of.group("what").split()[-1]
    n_of = _N_OF_OUR.search(text)
    if n_of:
        return parse_number(n_of.group("n")), n_of.group("what")
    times = _TIMES.search(text)
    if times:
        return parse_number(times.group("n")), times.group("noun")
    position = 0
    while (match := _COUNT.search(text, position)) is not None:
        # a skipped number may have swallowed the count after it ("of 10 weeks to 5 care leavers"): look again
        # from just after it, not after the whole match
        position = match.end("n")
        if per_span and per_span[0] <= match.start("n") < per_span[1]:
            continue
        before = text[max(0, match.start() - 7):match.start()].lower()
        if re.search(r"\b(level|aged|age|over|under|within|year|stage)\s*$", before):
            continue
        return _with_added(text, match, parse_number(match.group("n")), " ".join(match.group(0).split()[1:]))
    if per_span and (re.search(r"\beach\s*$|[x×]\s*$", text[per_span[0]:per_span[1] + 5], re.IGNORECASE)
                     or re.search(r"\beach\s*$", text[per_span[0]:per_span[1]], re.IGNORECASE)  # "1 day a month each in term"
                     or re.search(r"[x×]\s*$", text[per_span[0]:per_span[1]])  # "3 days a yr x 2 operatives"
                     or re.search(r"[x×]\s*$", text[:per_span[0]])
                     # "all 30 operatives …, 10 weeks of training per person": each of the plural things counted
                     or re.search(r"\b(?:per|for each|for every) (?:person|head|learner|trainee|participant|employee|"
                                  r"operative|worker|member of staff)\s*$", text[per_span[0]:per_span[1]], re.IGNORECASE)):
        # "3 hrs each" or "6 drivers x 2 hours" with no people or sessions counted: each of the plural things the
        # text counts ("at 4 schools a yr: 3 hrs each")
        nearest = _nearest_plural(text, per_span)
        if nearest:
            return nearest
    return _singles(text)


def _nearest_plural(text: str, span: tuple[int, int]) -> tuple[float, str] | None:
    """The count of a plural noun nearest to ``span`` and outside it ("4 Cheshire secondaries"), or None."""
    best = None
    for match in re.finditer(rf"\b(?P<n>{_NUM})\s+(?:[\w'&/.-]+\s+){{0,3}}?(?P<noun>[a-z][\w-]*[a-z]s)\b", text, re.IGNORECASE):
        if span[0] <= match.start("n") < span[1] or match.group("noun").lower() in _NOT_THINGS:
            continue
        if match.group("noun").lower().endswith("ss") or text[max(0, match.start() - 1):match.start()] == ":":
            continue  # "1:1 business advice": a ratio and a singular noun, not a count
        if (text[max(0, match.start() - 1):match.start()] == "£" or _known_unit(match.group("noun")) in _TIME_UNITS
                or re.fullmatch(_TIME, match.group("noun"), re.IGNORECASE)):  # "3 yrs": a length, not things
            continue
        if re.search(r"\b(level|aged|age|over|under|within|year|stage)\s*$", text[max(0, match.start() - 7):match.start()], re.IGNORECASE):
            continue
        distance = abs(match.start() - span[0])
        if best is None or distance < best[0]:
            best = (distance, parse_number(match.group("n")), match.group("noun"))
    return (best[1], best[2]) if best else None


def _per_with_span(text: str) -> tuple[float, str, str, tuple[int, int]] | None:
    matches = list(_EACH.finditer(text))
    # "taken on every year for the 4 years, 12 months each": the activity's own duration is not each one's length
    own = [m for m in matches if m.group("n") and not m.group("each")
           and _WHOLE_LENGTH.search(text[: m.start("n")]) and re.match(r"\s*(?:for|over|across|during|throughout)\b", m.group(0), re.IGNORECASE)]
    if own and len(own) < len(matches):
        matches = [m for m in matches if m not in own]
    for match in matches:
        n = (match.group("n") or match.group("n2") or match.group("n3") or match.group("n4") or match.group("n5")
             or match.group("n6"))
        unit = (match.group("u") or match.group("u2") or match.group("u3") or match.group("u4") or match.group("u5")
                or match.group("u6")).lower()
        unit = _TIME_SHORT.get(unit, unit)
        if match.group("n") and not (match.group("each") or re.search(r"\b(for|lasting)\b", match.group(0), re.IGNORECASE)
                                     or _OF_EACH.search(text[: match.start()])):
            continue
        if match.group("n3") and n.lower() in ("a", "an") and re.search(rf"\b{_TIME}\s+$", text[: match.start()], re.IGNORECASE):
            continue  # "3 hours a day each": the day is the rate of the hours, not each one's length
        number = 1.0 if n.lower() in ("a", "an", "one") else parse_number(n)
        family = unit.rstrip("s") + "s"
        return number, family, f"{n} {family if number != 1 else family[:-1]}", match.span()
    return None


# an amount given to each of a counted group, a rate or a few words between them: "£1,500 a year to each of four
# youth clubs", "£250 for each of our 12 community centres"
_AMOUNT_EACH_OF = re.compile(rf"\s*(?:(?:{_RATE_WORDS})\s+)?(?:[\w'-]+\s+){{0,2}}?(?:to|for|with|at|in)\s+each\s+of\s+"
                             rf"(?:the\s+|our\s+|these\s+|its\s+)?(?P<n>{_NUM})\s+(?P<what>(?:[\w'-]+\s+){{0,3}}?[a-z][\w-]*[a-z]s)\b",
                             re.IGNORECASE)


_MONTHS_PER = {"minutes": 0.0, "hours": 0.0, "days": 12 / 260, "weeks": 12 / 52, "months": 1.0, "years": 12.0}


def length_each_months(text: str) -> float | None:
    """How many months each counted thing lasts when ``text`` gives each one a length ("three years each", "18-month
    apprenticeships"), else None."""
    per = _per_with_span(text)
    if per is None or per[1] not in _MONTHS_PER:
        return None
    return per[0] * _MONTHS_PER[per[1]]


def _money_total(text: str, quantity: Quantity) -> InUnit | None:
    """The whole sum when the £ stated is for each of several things: the total a note works out after "="
    ("£2,800 each = £16,800"), or the amount times the count of the things it is for ("£40 of kit a home, 100 homes",
    "about £1,200 each, in ten community centres"). None when the £ is already the whole sum."""
    start = text.find(quantity.text)
    if start < 0:
        return None
    end = start + len(quantity.text)
    stated = _STATED_TOTAL.search(text, end)
    if stated and not re.search(r"[.;]", text[end:stated.start()]):
        value = parse_number(stated.group("n")) * _MULTIPLIERS.get((stated.group("mult") or "").lower(), 1)
        return InUnit(value, "£", f"£{_fmt(value)} in all as stated, at {quantity.text} each")
    things = _things_per(text, end, (start, end))
    if things is None:
        # "£1,500 a year to each of four youth clubs", "£200 for each of the 6 schools": the amount is each one's
        # (a rate between the amount and "each of" is the amount's own, counted over its period elsewhere)
        each_of = _AMOUNT_EACH_OF.match(text, end)
        if each_of is None:
            return None
        things = (parse_number(each_of.group("n")), each_of.group("what").split()[-1])
    value = quantity.value * things[0]
    return InUnit(value, "£", f"{quantity.text} × {_fmt(things[0])} {things[1]} = £{_fmt(value)}")


def _table_total(text: str, unit: str) -> InUnit | None:
    """A row pasted from a table ("NT10 | ... | 5 starts, 2 yrs each | 520 wks"): a cell holding nothing but a
    quantity in the measure's unit (or one converting to it, "3 yrs" under weeks) is the row's stated total."""
    if "|" not in text or unit in ("yes/no", "£"):
        return None
    for cell in reversed(text.split("|")):
        found = quantities(cell.strip())
        if len(found) != 1 or found[0].text.lower() != cell.strip().lower() or found[0].unit != unit:
            continue
        converted = _in_unit(cell.strip(), found[0], unit)
        if converted.ok:
            return InUnit(converted.value, unit, f"{found[0].text}, as the table states" + (f" ({converted.how})" if converted.how else ""))
    return None


_PLACE_NAME = re.compile(
    # a run of names between a count and its noun, joined or not ("3 Bootle and Litherland residents", "5 Halton
    # schools", "2 Upton Rocks families"): the place is no part of the count
    r"(?<=\d )(?:[A-Z][a-z][\w'-]*)(?:(?:\s+(?:and|&)\s+|,\s*|\s+)[A-Z][a-z][\w'-]*)*\s+(?=[a-z])"
    r"|(?<=\d )(" + "|".join(re.escape(name) for name in sorted(
        (*BOROUGHS, CITY_REGION, REGION, *(t for towns in TOWNS.values() for t in towns)), key=len, reverse=True))
    + r")\s+(?=[a-z])")
# one person taken on, written without a figure ("Employ a care leaver ...", "A Wirral resident hired as ...")
_ONE_HIRE = re.compile(r"^\s*(?:we(?: will|'ll)\s+)?(?:employ|hire|recruit|take on|appoint)\w*\s+(?:a|an|one)\b"
                       r"|^\s*(?:a|an|one)\b[^.;]{0,80}?\b(?:employed|hired|recruited|taken on|appointed)\b", re.IGNORECASE)


def in_unit(text: str, quantity: Quantity | None, unit: str) -> InUnit:
    """``quantity`` in the measure's ``unit`` (see ``_in_unit``); when it is not in that unit but another quantity
    the text states is ("Hire one resident ... for the twelve months" under an FTE measure, "cutting use by 70%,
    roughly 4 tonnes CO2e" under a tonnes CO2e one), that one, as a bid writer would record it."""
    if (total := _table_total(text, unit)) is not None:
        return total
    text = _PLACE_NAME.sub("", text)  # "at 5 Cheshire West and Chester secondaries": the place is no part of the count
    converted = _in_unit(text, quantity, unit)
    if converted.ok or unit == "yes/no":
        return converted
    for other in quantities(text) if quantity is not None else []:
        if other != quantity:
            alternative = _in_unit(text, other, unit)
            if alternative.ok:
                return alternative
    if (unit == "FTE" and _ONE_HIRE.search(text) and _FULL_TIME.search(text) and not _PART_TIME.search(text)
            and not _WORKING_WEEK.search(text)):  # "15 hours a week (our full-time week is 37.5)" is part-time
        return InUnit(1.0, unit, "one full-time post = 1 FTE")
    return converted


# people counted by their role, as whom something is for ("for all 35 couriers"): under a measure counting people
_ROLE_COUNT = re.compile(rf"\b(?P<n>{_NUM})\s+(?:[\w'-]+\s+){{0,2}}?[a-z]+(?:ers|ors|ists|ives|ants|ents|ians)\b", re.IGNORECASE)

def _followed_by(text: str, quantity: Quantity, words: str) -> int | None:
    """Where ``quantity`` starts in ``text`` when the words right after it match ``words`` ("per visit", "each",
    "of the contract value"; case ignored), else None."""
    start = text.find(quantity.text)
    if start < 0 or not re.match(words, text[start + len(quantity.text):], re.IGNORECASE):
        return None
    return start


def _length_per_thing(text: str, quantity: Quantity) -> InUnit | None:
    """A length stated per named thing ("2 hrs per visit", "4 visits/yr"): the hours times the things counted."""
    start = _followed_by(text, quantity, r"\s*(?:per|for each|for every|/)\s*[a-z]")
    if start is None:
        return None
    things = _things_per(text, start + len(quantity.text), (start, start + len(quantity.text)), named=True)
    if things is None:
        return None
    hours = quantity.value * HOURS_PER[quantity.unit]
    value = hours * things[0]
    how = f"{_fmt(things[0])} {things[1]} × {_fmt(hours)} hours"
    # the things may themselves be for each of others counted with "x" ("10 x taster days, 3 engineers at each day")
    outer = re.search(rf"\b{re.escape(things[1])}\s+(?:at|for|per|on)\s+each\s+(?P<noun>[a-z][\w-]*)\b", text, re.IGNORECASE)
    if outer:
        noun = re.escape(outer.group("noun"))
        times = re.search(rf"\b(?P<n>{_NUM})\s*[x×]\s+(?:[\w'/-]+\s+){{0,6}}?{noun}s?\b", text, re.IGNORECASE)
        if times:
            value *= parse_number(times.group("n"))
            how = f"{times.group('n')} {outer.group('noun')}s × " + how
    return InUnit(value, "hours", f"{how} = {_fmt(value)} hours")


def _fte_each(text: str, quantity: Quantity) -> InUnit | None:
    """An FTE stated for each of several posts ("6 x patrol officers | 0.5 FTE each"): the FTE times the posts."""
    start = _followed_by(text, quantity, r"\s*each\b")
    if start is None:
        return None
    posts = _nearest_plural(text, (start, start + len(quantity.text)))
    if posts is None:
        return None
    value = quantity.value * posts[0]
    return InUnit(value, "FTE", f"{_fmt(posts[0])} {posts[1]} × {quantity.text} = {_fmt(value)} FTE")


# each post's working week when it is part of a full-time one: "each on 30 hours a week against our 37.5-hour week",
# "3 days a week (of a 5-day week)", "half-time each"
_WORKING_WEEK = re.compile(
    rf"\b(?P<n>{_NUM})\s*(?P<u>hours?|hrs?|days?)\s+(?:a|per|each)\s+week\b"
    rf"(?:[^.;]{{0,40}}?\b(?:of|against|out of|from)\s+(?:a|an|our|the|their)\s+(?P<full>{_NUM})[- ](?:hours?|hrs?|days?)\b)?"
    # the full week named right after the part worked: "each working 3 days of a 5-day week"
    rf"|\b(?P<n_of>{_NUM})\s*(?P<u_of>hours?|hrs?|days?)\s+(?:of|out of)\s+(?:a|an|our|the|their)\s+"
    rf"(?P<full_of>{_NUM})[- ](?:hours?|hrs?|days?)\s+(?:working\s+)?week\b",
    re.IGNORECASE)
_HALF_TIME = re.compile(r"\bhalf[- ]time\b", re.IGNORECASE)


def _part_time_share(text: str) -> tuple[float, str] | None:
    """(the share of a full-time post each one works, how) when ``text`` gives each post's working week as part of a
    full-time one (37.5 hours or 5 days when no full week is named), else None."""
    if _HALF_TIME.search(text):
        return 0.5, "0.5 (half-time)"
    match = _WORKING_WEEK.search(text)
    if not match:
        return None
    n, part, full = ((match.group("n"), match.group("u"), match.group("full")) if match.group("n")
                     else (match.group("n_of"), match.group("u_of"), match.group("full_of")))
    if n.lower() in ("a", "an"):
        return None
    days = part.lower().startswith("day")
    full = parse_number(full) if full else (5.0 if days else 37.5)
    share = parse_number(n) / full if full else 1.0
    if not 0 < share < 1:
        return None
    return share, f"{n} of a {_fmt(full)}-{'day' if days else 'hour'} week"


def _in_unit(text: str, quantity: Quantity | None, unit: str) -> InUnit:
    """``quantity`` (read from ``text``) in the measure's ``unit``: converted with the assumption stated, or what is missing.

    "4 apprentices, each for a year" under a weeks measure -> 208 weeks ("4 apprentices × 52 weeks = 208 weeks");
    "40 talks, 2 hours each" under an hours measure -> 80 hours; "3 sessions" under a £ measure -> missing.
    """
    if unit == "yes/no":  # the measure asks whether it is done: committing to do it is the yes
        return InUnit(1.0, unit, "committed: yes")
    per = _per_with_span(text) if unit in ("weeks", "hours") else None
    counted = _count(text, per[3] if per else None) if per else None
    if unit == "weeks":
        if counted and per and per[1] in WEEKS_PER:
            weeks = per[0] * WEEKS_PER[per[1]]
            value = counted[0] * weeks
            length = f"{_fmt(weeks)} weeks" + ("" if per[1] == "weeks" else f" ({per[2]})")
            return InUnit(value, unit, f"{_fmt(counted[0])} {counted[1]} × {length} = {_fmt(value)} weeks")
        if quantity is None:
            return InUnit(None, unit, missing=f"no quantity is stated: say how many {unit} you commit")
        if quantity.unit in WEEKS_PER:
            value = quantity.value * WEEKS_PER[quantity.unit]
            how = "" if quantity.unit == "weeks" else f"{quantity.text} = {_fmt(value)} weeks"
            return InUnit(value, unit, how)
        if quantity.unit == "people" and _APPRENTICE.search(text):
            value = quantity.value * 52
            return InUnit(value, unit, f"{quantity.text} × 52 weeks = {_fmt(value)} weeks, assuming year-long "
                                       "apprenticeships (say if they are shorter or longer)")
        if quantity.unit in _COUNTED:
            return InUnit(None, unit, missing=f"this measure counts weeks: say how many weeks each of the "
                                              f"{quantity.text} lasts")
    elif unit == "hours":
        if counted and per and per[1] in HOURS_PER:
            hours = per[0] * HOURS_PER[per[1]]
            prep = _PREP.search(text)
            extra = ""
            if prep and not (per[3][0] <= prep.start() < per[3][1]):
                n = prep.group("n").lower()
                amount = 0.5 if n.startswith("half") else 1.0 if n in ("a", "an") else parse_number(n)
                unit_word = _TIME_SHORT.get(prep.group("u").lower(), prep.group("u").lower()).rstrip("s") + "s"
                add = amount * HOURS_PER[unit_word]
                hours, extra = hours + add, f" (including {_fmt(add)} hours' preparation each)"
            value = counted[0] * hours
            often = _TIMES_A_PERIOD.search(text)
            if often and not (per[3][0] <= often.start() < per[3][1]):
                # "twice a year, 12 of our staff will spend a full day": each time, the count gives its length
                word = (often.group("n") or "").lower()
                times = 2.0 if word == "twice" else 3.0 if word == "thrice" else parse_number(often.group("n2"))
                value *= times
                return InUnit(value, unit, f"{often.group(0).strip()}: {_fmt(times)} × {_fmt(counted[0])} {counted[1]} "
                                           f"× {_fmt(hours)} hours{extra} = {_fmt(value)} hours")
            return InUnit(value, unit, f"{_fmt(counted[0])} {counted[1]} × {_fmt(hours)} hours{extra} = {_fmt(value)} hours")
        if quantity is None:
            return InUnit(None, unit, missing=f"no quantity is stated: say how many {unit} you commit")
        if quantity.unit in HOURS_PER and (each := _length_per_thing(text, quantity)) is not None:
            return each
        each_of = _EACH_OF.search(text) or _THEY_EACH.search(text)
        if quantity.unit in HOURS_PER and each_of and text.find(quantity.text) >= each_of.end():
            # "each of our 8 responders will give 1 hr a week": the length is each one's, times their count
            n_group = "n_of" if "n_of" in each_of.re.groupindex and each_of.group("n_of") else "n"
            people, hours = parse_number(each_of.group(n_group)), quantity.value * HOURS_PER[quantity.unit]
            what = "people" if n_group == "n_of" else each_of.group("what").split()[0]
            return InUnit(people * hours, unit, f"{_fmt(people)} {what} × {_fmt(hours)} hours = {_fmt(people * hours)} hours")
        joined = joined_each(text) if quantity.unit in HOURS_PER else None
        if joined and text.find(quantity.text) >= text.find(joined[1]):
            # "our lead and a senior engineer will each give 4 hours a month": each one's length, times those named
            people, hours = joined[0], quantity.value * HOURS_PER[quantity.unit]
            return InUnit(people * hours, unit, f"{_fmt(people)} people ({joined[1]}) × {_fmt(hours)} hours = "
                                                f"{_fmt(people * hours)} hours")
        if quantity.unit in HOURS_PER:
            value = quantity.value * HOURS_PER[quantity.unit]
            how = "" if quantity.unit == "hours" else (
                f"{quantity.text} × {_fmt(HOURS_PER[quantity.unit])} hours = {_fmt(value)} hours, assuming "
                + ("7.5-hour days" if quantity.unit == "days" else "37.5-hour weeks"))
            return InUnit(value, unit, how)
        if quantity.unit == "sessions":
            return InUnit(None, unit, missing=f"this measure counts staff hours: say how many hours each of the "
                                              f"{quantity.text} takes, including preparation")
        if quantity.unit == "people":
            return InUnit(None, unit, missing=f"this measure counts hours: say how many hours of support the "
                                              f"{quantity.text} receive")
    elif unit == "%" and (quantity is None or quantity.unit != "%") and (whole := _WHOLE_WORKFORCE.search(text)):
        return InUnit(100.0, unit, f"'{whole.group(0)}' = 100%")
    elif quantity is None:
        return InUnit(None, unit, missing=f"no quantity is stated: say how many {unit} you commit"
                      if unit != "£" else "no £ value is stated: say what you will spend or give")
    elif unit == "FTE":
        if quantity.unit == "FTE":
            each = _fte_each(text, quantity)
            return each if each is not None else InUnit(quantity.value, unit)
        if quantity.unit == "people" or quantity.unit not in _PREFERRED + ("£", "%", "sessions"):
            share = _part_time_share(text)
            if share is not None:
                value = round(quantity.value * share[0], 6)
                return InUnit(value, unit, f"{quantity.text} × {share[1]} = {_fmt(value)} FTE")
            if _PART_TIME.search(text):
                return InUnit(None, unit, missing="this measure counts full-time equivalents: say how many hours a "
                                                  "week each part-time post is")
            if _FULL_TIME.search(text):
                return InUnit(quantity.value, unit, f"{quantity.text}, full-time = {_fmt(quantity.value)} FTE")
            return InUnit(quantity.value, unit, f"{quantity.text} = {_fmt(quantity.value)} FTE, assuming full-time "
                                                "posts (say if any are part-time)")
    elif unit == "people" and quantity.unit in ("people", "FTE"):
        return InUnit(quantity.value, unit)
    elif unit == "people" and _ROLE_COUNT.fullmatch(quantity.text) and re.search(
            rf"\bfor\s+(?:all\s+)?(?:(?:of\s+)?(?:our|the)\s+)?{re.escape(quantity.text)}\b", text, re.IGNORECASE):
        return InUnit(quantity.value, unit, f"{quantity.text} = {_fmt(quantity.value)} people")
    elif unit == "£" and quantity.unit == "£" and (total := _money_total(text, quantity)) is not None:
        return total
    elif quantity.unit == unit:
        return InUnit(quantity.value, unit)
    names = {"£": "pounds (£): state what you will spend, or the £ value of what you give",
             "%": "a percentage: state the share",
             "tonnes CO2e": "tonnes CO2e saved against a stated baseline",
             "tonnes": "tonnes", "miles": "miles saved", "people": "people"}
    return InUnit(None, unit, missing=f"'{quantity.text}' is not in this measure's unit; it counts "
                                      f"{names.get(unit, unit)}")


_OF_CONTRACT_VALUE = (r"\s*(?:of\s+)?(?:the\s+|our\s+|this\s+)?(?:total\s+|annual\s+|whole\s+)?contract(?:'s)?\s+"
                      r"(?:value|price|spend|sum)\b")


def share_of_contract(text: str, quantity: Quantity | None, unit: str, contract_value: float) -> InUnit | None:
    """A percentage "of the contract value" under a £ measure: that share of the contract's value, or None."""
    if unit != "£" or quantity is None or quantity.unit != "%" or not contract_value:
        return None
    if _followed_by(text, quantity, _OF_CONTRACT_VALUE) is None:
        return None
    value = contract_value * quantity.value / 100
    return InUnit(value, unit, f"{quantity.text} × £{_fmt(contract_value)} contract value = £{_fmt(value)}")
