"""Find the quantity in an activity description: "150 hours", "£40k", "five people", "30%"."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "hundred": 100, "a hundred": 100, "dozen": 12, "a dozen": 12, "two dozen": 24,
}
_WORD_NUMBER = r"(?:two dozen|a dozen|a hundred|" + "|".join(sorted((w for w in _NUMBER_WORDS if " " not in w and w not in ("a", "an")), key=len, reverse=True)) + r")"
_NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{_WORD_NUMBER})"

# unit families: words people use -> the unit name the catalogue uses
_UNITS: list[tuple[str, str]] = [
    (r"hours?|hrs?", "hours"),
    (r"days?", "days"),
    (r"weeks?", "weeks"),
    (r"months?", "months"),
    (r"years?", "years"),
    (r"FTEs?|full[- ]time( equivalent)?( (jobs?|roles?|posts?|staff|employees))?", "FTE"),
    (r"apprentices?|apprenticeships?|trainees?|interns?|internships?|placements?|people|persons?|residents?|staff|"
     r"employees?|workers?|jobs?|roles?|posts?|young people|graduates?|pupils?|students?|volunteers?|participants?|"
     r"(care )?leavers?|ex-offenders?|offenders?|survivors?", "people"),
    (r"tonnes?( of)? (CO2e?|carbon( dioxide)?)|t ?CO2e?|tCO2e", "tonnes CO2e"),
    (r"tonnes?|tons?|kg|kilograms?", "tonnes"),
    (r"miles?", "miles"),
    (r"sessions?|workshops?|events?|talks?|visits?|classes?", "sessions"),
]
_MONEY = re.compile(rf"£\s?(?P<n>{_NUM})\s?(?P<mult>k|m|bn|thousand|million|billion)?\b", re.IGNORECASE)
_PERCENT = re.compile(rf"(?P<n>{_NUM})\s?(%|per ?cent|percent)", re.IGNORECASE)
_NUMBER_THEN_WORDS = re.compile(rf"\b(?P<n>{_NUM})\b(?P<rest>(?:\s+[A-Za-z][\w-]*){{1,4}})", re.IGNORECASE)
_PREFERRED = ("hours", "days", "weeks", "months", "years", "tonnes CO2e", "tonnes", "miles", "FTE")
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
    r"\b(?:per (?:year|annum|month|week)|(?:a|each|every) (?:year|month|week))\b"
    r"|\bannually\b"
    r"|\b(?:yearly|monthly|weekly)\b(?!\s+(?!(?:to|for|with|in|on|at|from|by|and|or|through|across|towards|"
    r"into|throughout|during|until|over)\b)[a-z])",
    re.IGNORECASE,
)


def rate(text: str) -> tuple[str, str] | None:
    """(the phrase, "year" / "month" / "week") when ``text`` gives its quantity as a rate, else None."""
    match = _RATE.search(text)
    if not match:
        return None
    phrase = match.group(0).lower()
    return match.group(0), "year" if ("year" in phrase or "annu" in phrase) else "month" if "month" in phrase else "week"


def without_rate(text: str) -> str:
    """``text`` with its rate phrase taken out ("300 hours a year" -> "300 hours")."""
    return re.sub(r"\s{2,}", " ", _RATE.sub("", text)).strip()


def parse_number(text: str) -> float:
    cleaned = text.strip().lower().replace(",", "")
    if cleaned in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[cleaned])
    return float(cleaned)


def _pick_unit(words: list[str]) -> tuple[str | None, int]:
    """The unit among the words after a number: time, mass and distance units win over head counts."""
    found: list[tuple[str, int]] = []
    for index, word in enumerate(words[:4]):
        if word.lower() in _NOT_UNITS and index == 0:
            return None, 0
        for length in (3, 2, 1):
            phrase = " ".join(words[index : index + length])
            unit = _known_unit(phrase)
            if unit:
                found.append((unit, index + length - 1))
                break
    for unit, index in found:
        if unit in _PREFERRED:
            return unit, index
    if found:
        return found[0]
    first = words[0].lower().strip(".,;:")
    if first.endswith("s") and first.isalpha() and first not in _NOT_UNITS:
        return first, 0  # "24 laptops": count what is named
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


def extract_quantity(text: str) -> Quantity | None:
    """The main quantity stated in ``text`` (money, percentage or a counted unit), or None."""
    money = _MONEY.search(text)
    if money:
        value = parse_number(money.group("n")) * _MULTIPLIERS.get((money.group("mult") or "").lower(), 1)
        return Quantity(value, "£", money.group(0).strip())
    percent = _PERCENT.search(text)
    if percent:
        return Quantity(parse_number(percent.group("n")), "%", percent.group(0).strip())
    found = []
    for match in _NUMBER_THEN_WORDS.finditer(text):
        before = text[max(0, match.start() - 7) : match.start()].lower()
        if re.search(r"\b(for|level|aged|age|over|under|within)\s*$", before):
            continue  # "for 3 years", "Level 3", "aged 16", "within 4 hours" describe, they do not count
        words = match.group("rest").split()
        unit, used = _pick_unit(words)
        if unit is not None:
            found.append((match, words, unit, used))
    # "mentor 10 care leavers with 60 hours of support": the hours are the commitment, the people its reach
    preferred = [item for item in found if item[2] in _PREFERRED]
    for match, words, unit, used in (preferred or found)[:1]:
        duration = _DURATION.search(text, match.end())
        quantity_text = " ".join([match.group("n"), *words[: used + 1]])
        return Quantity(
            parse_number(match.group("n")),
            unit,
            quantity_text,
            {"value": parse_number(duration.group("n")), "unit": _unit_for(duration.group("unit"))}
            if duration and unit not in ("weeks", "months", "years")
            else None,
        )
    return None
