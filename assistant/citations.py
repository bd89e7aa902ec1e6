"""Numbered citations: where each cited passage sits (source, page or section) and its text."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from functools import lru_cache

from assistant.footnotes import strip_marks
from assistant.store import Hit
from assistant.text import figures, is_bare_number, measure_codes, split_sentences, without_codes

SNIPPET_CHARS = 320


@dataclass
class Citation:
    n: int
    source: str
    page: int | None
    section: str | None
    snippet: str
    score: float
    title: str | None = None
    url: str | None = None
    kind: str | None = None
    chunk_id: str | None = None
    ocr: bool = False  # the page had no text layer and was read by OCR
    area: str | None = None  # for a row of facts: the area it is about
    period: str | None = None  # for a row of facts: the period its figure covers
    note: str | None = None  # for a row of facts: the note that names where the figure comes from

    def as_dict(self) -> dict:
        return asdict(self)

    def location(self) -> str:
        """'p. 37, 7.4 c) Outcome-focused decision-making' or the section alone."""
        parts = []
        if self.page is not None:
            parts.append(f"p. {self.page}")
        if self.section:
            parts.append(self.section)
        return ", ".join(parts)


def body_of(hit: Hit) -> str:
    """The chunk's text without the section heading the chunker put on its first line."""
    section = hit.metadata.get("section")
    text = hit.text
    if section and text.startswith(section):
        text = text[len(section):].lstrip("\n")
    return strip_marks(text)


def snippet_around(text: str, anchor: str | None = None, limit: int = SNIPPET_CHARS) -> str:
    """Up to ``limit`` characters of ``text``, starting near ``anchor`` when it is found."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    start = 0
    if anchor:
        found = text.find(" ".join(anchor.split())[:60])
        if found > 0:
            start = max(0, found - 40)
    piece = text[start : start + limit]
    return ("…" if start else "") + piece.rsplit(" ", 1)[0] + "…"


def citation_for(hit: Hit, n: int, anchor: str | None = None) -> Citation:
    meta = hit.metadata
    page = meta.get("page")
    return Citation(
        n=n,
        source=str(meta.get("source", "unknown source")),
        page=int(page) if page is not None else None,
        section=meta.get("section"),
        snippet=snippet_around(body_of(hit), anchor),
        score=round(float(hit.similarity or 0.0), 3),
        title=meta.get("title"),
        url=meta.get("url"),
        kind=meta.get("kind"),
        chunk_id=hit.id,
        ocr=bool(meta.get("ocr")),
        area=meta.get("area") if meta.get("row") is not None else None,
        period=meta.get("period"),
        note=meta.get("note"),
    )


def compose_cited(pieces: list[tuple[str, list[Hit]]]) -> tuple[str, list[Citation]]:
    """Sentences with the chunks they cite -> "A. [1] B. [1][2]" and citations numbered by first use."""
    numbers: dict[str, int] = {}
    citations: list[Citation] = []
    parts = []
    for sentence, hits in pieces:
        marks = []
        for hit in hits:
            if hit.id not in numbers:
                numbers[hit.id] = len(numbers) + 1
                citations.append(citation_for(hit, numbers[hit.id], anchor=sentence))
            marks.append(f"[{numbers[hit.id]}]")
        text = sentence if sentence.endswith((".", "!", "?")) else sentence + "."
        parts.append(f"{text} {''.join(marks)}")
    return " ".join(parts), citations


# --- checking what a language model wrote ---------------------------------------------------------
_MARKERS = re.compile(r"\s*\[(\d+(?:\s*,\s*\d+)*)\]")
_WORDS = re.compile(r"[a-z]+")
_STOPWORDS = frozenset(
    "the a an and or of to in on for is are was were be been by with as at from that this these those it its "
    "their they them we our you your which who what how should must can will would may also more most such "
    "than into about not no all any each every other only".split()
)
SUPPORT_SHARE = 0.4  # share of a sentence's content words that its cited passages must hold


@dataclass
class SentenceCheck:
    text: str
    sources: list[int]
    ok: bool
    reason: str = ""


def without_marks(answer: str) -> str:
    """``answer`` without its citation marks ('B [2][3].' -> 'B.'): its own words and figures."""
    return _MARKERS.sub("", answer)


def split_cited(answer: str) -> list[tuple[str, list[int]]]:
    """'A [1]. B [2][3].' -> [('A.', [1]), ('B.', [2, 3])]; a sentence without a marker gets []."""
    pieces: list[tuple[str, list[int]]] = []
    for sentence in split_sentences(answer):
        numbers = [int(n) for group in _MARKERS.findall(sentence) for n in group.split(",")]
        text = _MARKERS.sub("", sentence).strip()
        if text:
            pieces.append((text, numbers))
    return pieces


def _norm(text: str) -> str:
    return " ".join(text.replace(",", "").replace("£ ", "£").lower().split())


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


def stem_words(words: list[str]) -> list[str]:
    """The English stem of each of ``words``, in order ("replaced", "replaces" -> "replac"), by the Snowball stemmer."""
    return _stemmer().stemWords(words)


def stems(words: list[str]) -> set[str]:
    """The set of :func:`stem_words`."""
    return set(stem_words(words))


def _content_words(text: str) -> set[str]:
    return stems([w for w in _WORDS.findall(text.lower()) if w not in _STOPWORDS and len(w) > 2])


def _figure_in(figure: str, cited: str) -> bool:
    """The figure as a whole number in ``cited`` ('5%' is not in '15%', '1' is not in '19,656')."""
    wanted = _norm(figure).strip()
    return re.search(rf"(?<![\d.]){re.escape(wanted)}(?![\d])", cited) is not None


def _bare_number_supported(text: str, match: re.Match, cited: str) -> bool:
    """A bare number counts only with a word beside it, as the cited passage has them together."""
    before = re.findall(r"[A-Za-z£]+", text[: match.start()])[-1:]
    after = re.findall(r"[A-Za-z]+", text[match.end():])[:1]
    number = _norm(match.group(0)).strip()
    for phrase in ([f"{before[0]} {number}"] if before else []) + ([f"{number} {after[0]}"] if after else []):
        if re.search(rf"(?<![\w.]){re.escape(_norm(phrase))}(?![\w])", cited):
            return True
    return False


def _repeats(text: str) -> bool:
    words = _WORDS.findall(text.lower())
    grams = [" ".join(words[i:i + 3]) for i in range(len(words) - 2)]
    return len(grams) != len(set(grams))


MIN_ANSWER_WORDS = 6


def check_sentence(text: str, sources: list[int], passages: dict[int, str], known_codes: set[str],
                   question: str = "") -> SentenceCheck:
    """Keep a sentence only if every marker, figure and code in it is backed by its cited passages, it is a whole
    sentence that says something beyond the question, and it does not repeat itself."""
    if not sources:
        return SentenceCheck(text, sources, False, "no citation")
    missing = [n for n in sources if n not in passages]
    if missing:
        return SentenceCheck(text, sources, False, f"cites [{missing[0]}], which is not a retrieved source")
    if len(re.findall(r"[A-Za-z0-9£%][\w£%.,:'’-]*", text)) < MIN_ANSWER_WORDS:
        return SentenceCheck(text, sources, False, "a fragment, not an answer")
    if _repeats(text):
        return SentenceCheck(text, sources, False, "it repeats itself")
    cited = _norm(" ".join(passages[n] for n in sources))
    for code in measure_codes(text):
        if code not in known_codes and code.lower() not in cited:
            return SentenceCheck(text, sources, False, f"'{code}' is not a TOMs measure code")
    plain = without_codes(text)
    for match in figures(text):
        figure = match.group(0)
        if is_bare_number(figure):
            if not _bare_number_supported(plain, match, cited):
                return SentenceCheck(text, sources, False, f"the number '{figure.strip()}' is not in the cited source "
                                     "with the words beside it")
        elif not _figure_in(figure, cited):
            return SentenceCheck(text, sources, False, f"the figure '{figure.strip()}' is not in the cited source")
    words = _content_words(plain)
    if words:
        share = len(words & _content_words(cited)) / len(words)
        if share < SUPPORT_SHARE:
            return SentenceCheck(text, sources, False, f"only {share:.0%} of its words are in the cited source")
    if question:
        asked = _content_words(question)
        if asked and not words & asked:
            return SentenceCheck(text, sources, False, "it does not address the question")
        new_figures = [m.group(0) for m in figures(text) if m.group(0).strip() not in question]
        if len(words - asked) < 2 and not new_figures:
            return SentenceCheck(text, sources, False, "it only restates the question")
    return SentenceCheck(text, sources, True)
