"""What a contract already pays for, so that a commitment repeating it is not counted as social value.

A contract pays for three things (knowledge/data/contract-scope.json):
- the service itself: an activity close in meaning to the service, to sentences describing the delivery of
  that kind of contract, or to the tender's specification when one is given, restates it;
- the duties any supplier of it must meet: the law, regulation and the contract's own requirements
  (minimum wage, health and safety, safeguarding checks, the waste duty of care, ...);
- managing its own footprint: its waste, emissions and disruption, unless committed as a measured reduction
  in an environmental measure's unit (tonnes, tonnes CO2e, %, miles, or disclosure);
- work done on the buyer's own things ("the council's servers", "the client's new system"): that is the service.
An activity that names someone who benefits beyond the contract (a beneficiary group, a partner, a school,
a charity) is not a repeat on the first and third counts; a duty or the contract's own requirement is.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant import areas
from assistant.text import content_words

SCOPE_FILE = Path("data") / "contract-scope.json"
PROFILES_FILE = Path("data") / "service-profiles.json"
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")
# An activity says nothing beyond a requirement when the requirement uses nearly all its content words (MiniLM
# puts "Pay every cleaner at least the Real Living Wage" only 0.41 from "The provider shall pay all staff ... at
# least the Real Living Wage"); a small floor on meaning keeps a chance overlap of words out.
REQUIRED_SHARED_WORDS = 0.8
REQUIRED_WORDS_MIN_SIMILARITY = 0.3
# A specification sentence that obliges the supplier: what any winner must do, so offering it is not additional.
_OBLIGES = re.compile(r"\b(shall|must|is required to|are required to|will be required to|is expected to|are expected to|"
                      r"mandatory|as a minimum)\b", re.IGNORECASE)


_STEM_ENDINGS = ("ations", "ation", "ions", "ion", "ings", "ing", "ies", "ied", "ates", "ate", "ed", "es", "ie", "s", "e", "y")
# a figure of two digits or more, or one with thousands ("400", "9,000"), not the thousands of another ("000" of "3,000")
_FIGURE = re.compile(r"(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d{2,})\b")


def _stem(word: str) -> str:
    """A word's first letters once its ending is off ("decontamination", "decontaminate" -> "decon"; "gullies",
    "gully" -> "gull"): enough to see the same work named in another form."""
    for ending in _STEM_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            word = word[: -len(ending)]
            break
    return word[:5]


# Stems of words naming the people a service is for ("young people", "residents"): who it serves, not its work.
_PEOPLE_STEMS = frozenset("peopl young perso resid user famil child adult older pupil patie tenan clien homel staff "
                          "commu publi".split())


# Stems of words that say how long, how often or under what a thing is done ("a year", "10 hours", "this
# contract"): every commitment uses them, so sharing them with the service says nothing about its work.
_TIME_STEMS = frozenset("year hour week month day annua contr".split())
# The places of Cheshire and Merseyside by name ("Ellesmere Port", "Wirral", "Liverpool"): where a service is
# delivered and where a commitment's benefit lands are named alike, so a shared place name is not shared work.
_PLACE = re.compile(r"\b(" + "|".join(sorted((re.escape(p) for p in (*areas.AREAS, *areas.PLACES, *areas.TOWN_OF)),
                                              key=len, reverse=True)) + r")\b", re.IGNORECASE)
# A figure that is money in the activity ("£85,000 a year") is never a count of the service's own things.
_MONEY_FIGURE = re.compile(r"£\s?(\d{1,3}(?:,\d{3})+|\d{2,})\b")


def shared_service_words(activity: str, service: str) -> list[str]:
    """The activity's words (one per stem) and figures of two digits or more that name the contracted service's own
    work or things: "Collect and decontaminate returned equipment" on a "collection and decontamination of
    equipment" contract, "the 400 homes" on a retrofit of 400 homes. Words naming the people it serves, places (a
    town, a borough), durations and sums of money are left out: naming them is not restating the work."""
    activity, service = _PLACE.sub(" ", activity), _PLACE.sub(" ", service)
    own = {_stem(w) for w in content_words(service)} | set(_FIGURE.findall(service))
    shared: dict[str, str] = {}
    for word in sorted(content_words(activity)):
        stem = _stem(word)
        if stem in own and stem not in _PEOPLE_STEMS and stem not in _TIME_STEMS:
            shared.setdefault(stem, word)
    money = set(_MONEY_FIGURE.findall(activity))
    return list(shared.values()) + [f for f in dict.fromkeys(_FIGURE.findall(activity)) if f in own and f not in money]


# where a service is delivered ("… at council leisure centre pools", "… in Widnes and Runcorn cemeteries")
_SERVICE_VENUE = re.compile(r"\b(?:at|in|within|across)\s+(?P<venue>[^,;:]+)$", re.IGNORECASE)


def service_and_venue(service: str) -> tuple[str, str | None]:
    """The service's own work and where it is delivered ("lessons", "council leisure centre pools"); no venue named:
    the whole service and None."""
    venue = _SERVICE_VENUE.search(service)
    return (service[: venue.start()], venue.group("venue")) if venue else (service, None)


def venue_only(shared: list[str], service: str) -> bool:
    """Whether every shared word names only where the service is delivered ("a new toilet at a leisure centre" on
    a contract for lessons "at council leisure centre pools"): the same place, not the service's own work."""
    own, venue = service_and_venue(service)
    if venue is None or not shared:
        return False
    stems = {_stem(w) for w in content_words(venue)}
    work = {_stem(w) for w in content_words(own)}
    return all(_stem(w) in stems and _stem(w) not in work for w in shared if not w[0].isdigit())


@dataclass
class Repeat:
    """What part of the contract an activity repeats: ``part`` is service, duty or footprint."""

    part: str
    name: str
    why: str
    similarity: float | None = None
    requirement: str | None = None  # the specification's sentence it repeats, when that is what it repeats


# A sentence telling bidders what to put in their tender ("Bidders must describe how ..."), read when the whole pack
# stands in for the specification: an instruction for the response, not something the contract pays for.
_TO_BIDDERS = re.compile(r"\b(bidders?|tenderers?|applicants?|respondents?|your (response|answer|tender|bid)|"
                         r"(the |each |all )?(responses?|answers?|submissions?|tenders?|bids?))\s+(must|shall|should|"
                         r"is required|are required|will be required|is expected|are expected)\b", re.IGNORECASE)


def requirements(specification: str) -> list[str]:
    """The specification's sentences that oblige the supplier ('shall', 'must', 'is required to'), at most 200;
    instructions to bidders on what to write are not among them."""
    return [s.strip() for s in _SENTENCE.split(specification)
            if len(s.split()) >= 4 and _OBLIGES.search(s) and not _TO_BIDDERS.search(s)][:200]


@dataclass
class _Item:
    name: str
    kind: str
    patterns: list[re.Pattern]
    vectors: np.ndarray


class ContractScope:
    """The service, the duties and the footprint a contract pays for, with the embedder that compares them."""

    def __init__(self, knowledge_dir: Path, embedder, service_similarity: float = 0.5,
                 duty_similarity: float = 0.62, required_similarity: float = 0.7) -> None:
        raw = json.loads((knowledge_dir / SCOPE_FILE).read_text(encoding="utf-8"))
        profiles = json.loads((knowledge_dir / PROFILES_FILE).read_text(encoding="utf-8"))["profiles"]
        self.embedder = embedder
        self.service_similarity = service_similarity
        self.duty_similarity = duty_similarity
        self.required_similarity = required_similarity
        self._kinds = {name: re.compile(item["pattern"], re.IGNORECASE) for name, item in profiles.items()}
        self._delivery = {kind: list(lines) for kind, lines in raw["delivery"].items()}
        unknown = set(self._delivery) - set(self._kinds) - {"any"}
        if unknown:
            raise ValueError(f"contract-scope.json names kinds of contract that service-profiles.json lacks: {sorted(unknown)}")
        self.duties = [self._item(d, d["kind"]) for d in raw["duties"]]
        self.footprint = [self._item(f, "footprint") for f in raw["footprint"]]
        self.reduction = re.compile(raw["reduction_words"], re.IGNORECASE)
        self.for_buyer = re.compile(raw["for_the_buyer"], re.IGNORECASE)
        self._cache: dict[tuple[str, str], tuple[list[str], np.ndarray]] = {}

    def _item(self, raw: dict, kind: str) -> _Item:
        return _Item(raw["name"], kind, [re.compile(p, re.IGNORECASE) for p in raw["patterns"]],
                     self.embedder.embed(list(raw["examples"])))

    # --- the service ---------------------------------------------------------------------
    def kinds(self, service: str) -> list[str]:
        return [kind for kind, pattern in self._kinds.items() if pattern.search(service)]

    def delivery(self, service: str, specification: str = "") -> tuple[list[str], np.ndarray]:
        """Sentences describing what the contract pays for, and their vectors (cached per service)."""
        key = (service, specification)
        if key not in self._cache:
            lines = [f"deliver {service}", *self._delivery.get("any", [])]  # "deliver ...": what it pays for, not its topic
            for kind in self.kinds(service):
                lines += self._delivery.get(kind, [])
            lines += [s.strip() for s in _SENTENCE.split(specification) if len(s.split()) >= 4][:200]
            if len(self._cache) > 64:
                self._cache.clear()
            self._cache[key] = (lines, self.embedder.embed(lines))
        return self._cache[key]

    def closest_delivery(self, vector: np.ndarray, service: str, specification: str = "") -> tuple[float, str]:
        lines, vectors = self.delivery(service, specification)
        similarity = vectors @ vector / (np.linalg.norm(vectors, axis=1) * np.linalg.norm(vector) + 1e-12)
        best = int(np.argmax(similarity))
        return float(similarity[best]), lines[best]

    def required(self, activity: str, vector: np.ndarray, specification: str) -> Repeat | None:
        """The specification's own requirement ("the provider shall pay the Real Living Wage") the activity repeats.

        Checked whatever the activity names: a requirement that benefits others is still what every bidder must do."""
        lines = requirements(specification)
        if not lines:
            return None
        key = ("required", specification)
        if key not in self._cache:
            if len(self._cache) > 64:
                self._cache.clear()
            self._cache[key] = (lines, self.embedder.embed(lines))
        lines, vectors = self._cache[key]
        similarity = vectors @ vector / (np.linalg.norm(vectors, axis=1) * np.linalg.norm(vector) + 1e-12)
        # close in meaning, or saying nothing the requirement does not say
        words = content_words(activity)
        shared = np.array([len(words & content_words(line)) / max(len(words), 1) for line in lines])
        passes = (similarity >= self.required_similarity) | ((shared >= REQUIRED_SHARED_WORDS)
                                                             & (similarity >= REQUIRED_WORDS_MIN_SIMILARITY))
        if not passes.any():
            return None
        best = int(np.argmax(np.where(passes, similarity, -1.0)))
        return Repeat("duty", "the specification's own requirement",
                      f"it repeats the specification's own requirement ('{lines[best]}', similarity "
                      f"{similarity[best]:.2f}), which every bidder must meet: it is not additional social value; "
                      "commit to something beyond it", float(similarity[best]), lines[best])

    def buyer_work(self, activity: str) -> Repeat | None:
        """Work on the buyer's own things ("the council's printers"): what the contract pays for, when no one else gains."""
        found = self.for_buyer.search(activity)
        if not found:
            return None
        return Repeat("service", f"work for the buyer ('{found.group(0)}')",
                      f"it is work on the buyer's own things ('{found.group(0)}'), which is what the contract pays "
                      "for, and names no one who benefits beyond it; say who gains (local hires, VCFSEs, trainees, "
                      "pupils) or drop it")

    # --- duties and footprint ----------------------------------------------------------------
    def _match(self, items: list[_Item], activity: str, vector: np.ndarray,
               measure_meaning: float = 0.0) -> tuple[_Item, str] | None:
        for item in items:
            for pattern in item.patterns:
                found = pattern.search(activity)
                if found:  # a pattern may name the words it found ("what") apart from the context it checked
                    return item, f"'{found.group('what') if 'what' in pattern.groupindex else found.group(0)}'"
        # by meaning only when closer to the duty than to the measure the activity maps to
        best, score = None, max(self.duty_similarity, measure_meaning)
        for item in items:
            value = float(np.max(item.vectors @ vector / (np.linalg.norm(item.vectors, axis=1)
                                                          * np.linalg.norm(vector) + 1e-12)))
            if value >= score:
                best, score = item, value
        return (best, f"close in meaning ({score:.2f})") if best else None

    def duty(self, activity: str, vector: np.ndarray, measure_meaning: float = 0.0) -> Repeat | None:
        found = self._match(self.duties, activity, vector, measure_meaning)
        if not found:
            return None
        item, evidence = found
        what = {"law": "the law requires of any supplier", "regulation": "regulation requires of any provider",
                "contract": "the contract itself requires"}[item.kind]
        return Repeat("duty", item.name, f"it repeats a duty, {item.name} ({evidence}), which {what}: it is not "
                                         "additional social value; commit to something beyond it")

    def footprint_repeat(self, activity: str, vector: np.ndarray, quantity_unit: str | None,
                         measure_unit: str, measure_meaning: float = 0.0) -> Repeat | None:
        found = self._match(self.footprint, activity, vector, measure_meaning)
        if not found:
            return None
        if self.reduction.search(activity):
            return None  # a reduction or disclosure beyond managing it; its scale is judged by proportionality
        item, evidence = found
        return Repeat("footprint", item.name, f"it manages the contract's own footprint, {item.name} ({evidence}): "
                                              "that is part of delivering the contract, not social value; commit to "
                                              "a measured reduction against a baseline (e.g. tonnes CO2e saved, "
                                              "tonnes diverted from landfill) to make it additional")
