"""Numbers, money, durations, dates and percentages as tender packs write them (for the tender intake)."""

from __future__ import annotations

import calendar
import re
from datetime import date

_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18, "twenty": 20,
                 "twenty-four": 24, "twenty four": 24, "thirty": 30, "thirty-six": 36, "thirty six": 36,
                 "forty-eight": 48, "forty eight": 48, "sixty": 60}
_NUM = r"(?:\d{1,3}|" + "|".join(sorted((re.escape(w) for w in _NUMBER_WORDS), key=len, reverse=True)) + r")"
DURATION = re.compile(rf"\b(?P<n>{_NUM})(?:\s*\(\d{{1,3}}\))?(?:\s+(?:further|additional|more|extra|full))?"
                      rf"(?:\s+(?:academic|school|financial|calendar|contract|contractual))?[\s-]*"  # "three academic years"
                      rf"(?P<unit>years?|months?)\b", re.I)
MONEY = re.compile(r"(?:£|\bGBP\s?)\s*(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<mult>million|m|bn|billion|k|thousand)?\b", re.I)
PERCENT = re.compile(r"(?<![\d.])(?P<n>\d{1,3}(?:\.\d+)?)\s?(?:%|per ?cent\b)", re.I)
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_ORDINAL_WORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
                  "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
_ORDINALS = {w: i for i, w in enumerate(_ORDINAL_WORDS, start=1)}
_ORDINALS.update({f"{tens}{sep}{w}": base + i for tens, base in (("twenty", 20), ("thirty", 30))
                  for i, w in enumerate(_ORDINAL_WORDS[:9], start=1) for sep in ("-", " ")})
_ORDINALS["thirtieth"] = 30
_DAY_WORDS = r"(?P<dw>" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + r")"
DATES = (
    re.compile(rf"\b{_DAY}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:day\s+)?(?:of\s+)?{_MONTH},?\s+(?P<y>20\d\d)\b", re.I),  # "the 27th day of June"
    re.compile(rf"\b{_DAY}{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>20\d\d)\b", re.I),
    re.compile(r"\b(?P<y>20\d\d)-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
    re.compile(r"\b(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>20\d\d)\b"),  # UK order: day first
    re.compile(rf"\b(?P<d>\d{{1,2}})[-/]{_MONTH}[-/](?P<y>20\d\d)\b", re.I),  # "09-Jan-2029", as portals print dates
    # "14.09.29": day, month and a two-digit year of this century (a two-digit month, so clause numbers such as
    # "4.1.2" are not read as dates)
    re.compile(r"(?<![\d.])(?P<d>\d{1,2})[/.](?P<m>\d{2})[/.](?P<yy>\d{2})(?![\d./])"),
    # "23/1/32": with slashes, which clause numbers never use, a one-digit month too
    re.compile(r"(?<![\w/.])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<yy>\d{2})(?![\w/]|\.\d)"),
    re.compile(rf"\b{_DAY}(?:the\s+)?{_DAY_WORDS}\s+(?:day\s+)?(?:of\s+)?{_MONTH},?\s+(?P<y>20\d\d)\b", re.I),  # "the fifth of April"
    # "12 Oct '29", "3rd March ’30": a month by name and a two-digit year after an apostrophe
    re.compile(rf"\b{_DAY}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+['’‘](?P<yy>\d{{2}})\b", re.I),
)


_UNIT_ABBREVIATIONS = ((re.compile(r"(?<=\d)\s*(?:yrs?|yr\.)(?=\W|$)|(?<=\d\s)(?:yrs?)\b", re.I), " years"),
                       (re.compile(r"(?<=\d)\s*(?:mths?|mnths?|mos)\b\.?", re.I), " months"),
                       # a term's shorthand: "+ poss. ext. of 2 x 12 mths", "opt. ext. 1 yr"
                       (re.compile(r"\bext(?:n)?\.(?=\s)|\bext(?=\s+(?:of|for|by)\s+\d)", re.I), "extension"),
                       (re.compile(r"\bposs\.(?=\s+ext)", re.I), "possible"),
                       (re.compile(r"\bopt\.(?=\s+ext)", re.I), "optional"))


def spell_units(text: str) -> str:
    """'2 yrs', '5 yr', '18 mths' as 'years' and 'months', 'poss. ext.' as 'possible extension', and an amount in
    words ('eight hundred and forty thousand pounds') as figures ('£840,000'), so durations, extensions and money
    written short or in words are read like the rest."""
    for pattern, unit in _UNIT_ABBREVIATIONS:
        text = pattern.sub(unit, text)
    return _POUNDS_IN_WORDS.sub(_pounds_in_figures, text)


_SMALL = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                     "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}
_SCALES = {"thousand": 1000, "million": 1000000}
_COUNT_WORD = "|".join(sorted((*_SMALL, *_TENS, "hundred", *_SCALES), key=len, reverse=True))
_POUNDS_IN_WORDS = re.compile(rf"\b(?P<w>(?:a\s+|(?:{_COUNT_WORD})(?:[\s-]+and\s+|,\s*|[\s-]+))(?:(?:{_COUNT_WORD})"
                              rf"(?:[\s-]+and\s+|,\s*|[\s-]+))*)pounds\b", re.I)


def words_to_number(words: str) -> int | None:
    """'eight hundred and forty thousand' as 840000, 'a million' as 1000000; None for anything else."""
    total = current = 0
    seen = False
    for word in re.findall(r"[a-z]+", words.lower()):
        if word == "and":
            continue
        if word == "a" and not seen:
            current, seen = 1, True
        elif word in _SMALL or word in _TENS:
            below_100 = current % 100
            if below_100 and (word in _TENS or below_100 % 10 or below_100 < 20 or _SMALL[word] >= 10):
                return None  # "one two", "twenty thirty", "forty twelve": a list, not one number
            current += _SMALL.get(word, _TENS.get(word, 0))
            seen = True
        elif word == "hundred" and seen:
            current *= 100
        elif word in _SCALES and seen:
            total, current = total + current * _SCALES[word], 0
        else:
            return None
    return total + current if seen and total + current > 0 else None


def _pounds_in_figures(match: re.Match) -> str:
    """An amount in words as figures, unless the words are only the end of a longer number ('fourteen point seven
    million pounds', 'one million, six hundred thousand pounds') or the figures follow ('… pounds (£1,600,000)')."""
    before, after = match.string[:match.start()], match.string[match.end():]
    if re.search(rf"\b(?:{_COUNT_WORD}|point)\W*$", before, re.I) or re.match(r"\s*\(\s*£", after):
        return match.group(0)
    n = words_to_number(match.group("w"))
    return f"£{n:,}" if n is not None and n >= 100 else match.group(0)


_PERCENT_IN_WORDS_AND_FIGURES = re.compile(r"\b[a-z]+(?:[\s-][a-z]+)?\s+per\s?cent\s*\(\s*(?P<n>\d{1,3}(?:\.\d+)?)\s*"
                                           r"(?:per\s?cent|%)\s*\)", re.I)
_PER_CENT = re.compile(r"(?<=\d)\s*per\s?cent\b", re.I)
# "sixty per cent", "twenty-five percent": a percentage written only in words
_PERCENT_IN_WORDS = re.compile(r"\b(?P<w>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|"
                               r"five|six|seven|eight|nine))?|one\s+hundred|a\s+hundred|one|two|three|four|five|six|seven|"
                               r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
                               r"\s+per\s?cent\b(?!\s*\()", re.I)


def _percent_in_words(m: re.Match) -> str:
    n = words_to_number(" ".join(m.group("w").lower().replace("a hundred", "one hundred").split()))
    return f"{n}%" if n is not None and 0 < n <= 100 else m.group(0)


_FRACTION_PARTS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
                   "sixth": 6, "sixths": 6, "tenth": 10, "tenths": 10}
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "nine": 9}
# "two fifths of the marks", "a quarter of the quality marks", "half of the social value marks", "the other half",
# "quality three fifths": a fraction in words is a share (a count above one says it is a fraction without "of")
_FRACTION = re.compile(r"\b(?:(?P<other>the\s+other|the\s+remaining)\s+)?(?:(?P<k>a|one|two|three|four|five|seven|nine)[\s-]+)?"
                       r"(?P<f>half|halves|thirds?|quarters?|fifths?|sixths?|tenths?)\b(?P<of>\s+of\b)?"
                       # "… and one quarter for the TOMs commitments": a counted fraction given to something is a share
                       r"(?P<for>(?<=[a-z])(?=\s+(?:for|to|goes\s+to|is\s+for)\s))?", re.I)


def _fraction(m: re.Match) -> str:
    count = _COUNTS.get((m.group("k") or "").lower())
    word = m.group("f").lower()
    plural = word.endswith("s") and word != "halves"
    if not (m.group("of") or m.group("other") or (count and count > 1 and plural) or (
            m.group("k") and m.group("for") is not None and re.search(r"\band\s+$", m.string[:m.start()]))):
        return m.group(0)  # "a half-day session", "the third quarter": not a share
    if count is None:
        count = 1 if word == "half" or not plural else None
    if count is None or count >= _FRACTION_PARTS[word]:
        return m.group(0)
    share = round(count * 100 / _FRACTION_PARTS[word], 1)
    share_text = f"{int(share)}" if float(share).is_integer() else f"{share}"
    return f"{m.group('other') + ' ' if m.group('other') else ''}{share_text}%{m.group('of') or ''}"


# "One in every ten marks available is for social value", "1 in 5 points": a share of the marks said as a ratio
_ONE_IN = re.compile(r"\b(?P<k>one|two|three|\d{1,2})\s+in\s+(?:every\s+)?(?P<m>four|five|ten|twenty|\d{1,3})\s+"
                     r"(?P<u>marks|points)\b", re.I)


def _one_in(m: re.Match) -> str:
    count, of = (number(m.group(g)) for g in ("k", "m"))
    if not count or not of or count >= of:
        return m.group(0)
    share = round(count * 100 / of, 1)
    return f"{int(share) if float(share).is_integer() else share}% of the {m.group('u')}"


# marks of the whole's stated total: "150 of the 1,000 marks", "45 out of a total of 300 points" (not an answer's own
# "3 out of 5", which names no whole)
_MARKS_OF_THE_WHOLE = re.compile(r"\b(?P<k>\d{1,3}(?:,\d{3})+|\d{1,5})\s+(?:out\s+)?of\s+(?:the|a\s+total\s+of|a\s+possible)\s+"
                                 r"(?P<m>\d{1,3}(?:,\d{3})+|\d{2,5})\s+(?:(?:available|total|evaluation|tender)\s+)?"
                                 r"(?P<u>marks|points)\b", re.I)


def _marks_of_the_whole(m: re.Match) -> str:
    count, of = (int(m.group(g).replace(",", "")) for g in ("k", "m"))
    if not count or count >= of:
        return m.group(0)
    share = round(count * 100 / of, 1)
    return f"{int(share) if float(share).is_integer() else share}% of the {m.group('u')}"


def percent_signs(text: str) -> str:
    """'fifteen per cent (15 per cent)' and '15 per cent' as '15%', and a fraction in words ('two fifths of the
    marks', 'the other half') as its percentage, so a weighting written out is read like the rest."""
    text = _PER_CENT.sub("%", _PERCENT_IN_WORDS_AND_FIGURES.sub(lambda m: f"{m.group('n')}%", text))
    text = _PERCENT_IN_WORDS.sub(_percent_in_words, text)
    return _MARKS_OF_THE_WHOLE.sub(_marks_of_the_whole, _ONE_IN.sub(_one_in, _FRACTION.sub(_fraction, text)))


def number(text: str) -> int | None:
    text = text.lower().strip()
    if text.isdigit():
        return int(text)
    return _NUMBER_WORDS.get(text)


def months_of(match: re.Match) -> int | None:
    n = number(match.group("n"))
    if n is None:
        return None
    return n * 12 if match.group("unit").lower().startswith("year") else n


def money(match: re.Match) -> float:
    value = float(match.group("n").replace(",", ""))
    mult = (match.group("mult") or "").lower()
    return value * {"m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9, "k": 1e3, "thousand": 1e3}.get(mult, 1)


def find_dates(text: str) -> list[tuple[int, date]]:
    """(position, date) of every date written in the text, in order."""
    found: list[tuple[int, date]] = []
    taken: list[range] = []
    for pattern in DATES:
        for match in pattern.finditer(text):
            if any(match.start() in r for r in taken):
                continue
            groups = match.groupdict()
            month = int(groups["m"]) if groups.get("m") else _MONTHS[groups["mon"].lower().rstrip(".")]
            try:
                day = int(groups["d"]) if groups.get("d") else _ORDINALS[" ".join(groups["dw"].lower().split())]
                year = int(groups["y"]) if groups.get("y") else 2000 + int(groups["yy"])
                found.append((match.start(), date(year, month, day)))
            except ValueError:
                continue
            taken.append(range(match.start(), match.end()))
    return sorted(found)


def _int(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value
