"""Typed requests and results at the service boundary; a result's ``model_dump()`` is the JSON of docs/CLI.md.

The tasks build plain dicts (their ``as_dict()``); the front ends validate them into these models once and
render the models (assistant/render.py), so no front end reads a result by string key. The keys CLI.md
documents are typed fields; any other key a task adds is kept as it is (``extra="allow"``) so new keys pass
through without a change here. ``model_dump()`` leaves out a documented key the task did not give, so a
result dumps to exactly the dict it was made from.
"""

from __future__ import annotations

from typing import Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_serializer, model_validator

from assistant.inputs import BadInput, comma_list, contract, item_lines, parse_area, parse_limit

Number = Union[int, float]  # an int stays an int, a float a float: the JSON does not change


class Result(BaseModel):
    """A task's result, or part of one: documented keys typed, other keys kept; dumps only what was given."""

    model_config = ConfigDict(extra="allow")
    _order: list[str] = PrivateAttr(default_factory=list)  # the keys as the task gave them, in its order

    @model_validator(mode="wrap")
    @classmethod
    def _keep_order(cls, data: Any, handler: Any) -> Any:
        made = handler(data)
        if isinstance(data, dict):
            made._order = list(data)
        return made

    @model_serializer(mode="wrap")
    def _in_order(self, handler: Any) -> dict[str, Any]:
        dumped = handler(self)
        rank = {key: index for index, key in enumerate(self._order)}
        return dict(sorted(dumped.items(), key=lambda item: rank.get(item[0], len(rank))))

    def model_dump(self, **kwargs: Any) -> dict[str, Any]:  # type: ignore[override]
        kwargs.setdefault("exclude_unset", True)
        return super().model_dump(**kwargs)

    @classmethod
    def of(cls, task_result: Any) -> "Result":
        """Validate a task's result (an object with ``as_dict()``, or the dict itself)."""
        data = task_result.as_dict() if hasattr(task_result, "as_dict") else task_result
        return cls.model_validate(data)


# --- shared parts ----------------------------------------------------------------------------
class Citation(Result):
    n: int
    source: str
    page: int | None = None
    section: str | None = None
    snippet: str = ""
    score: Number | None = None
    url: str | None = None
    ocr: bool = False


class Check(Result):
    ok: bool
    why: str


# --- sva ingest / sources --------------------------------------------------------------------
class IngestedFile(Result):
    source: str
    pages: int
    chunks: int
    status: Literal["added", "updated", "unchanged"]


class FileError(Result):
    source: str
    error: str


class IngestResult(Result):
    ingested: list[IngestedFile]
    errors: list[FileError]


class SourceRow(Result):
    source: str
    kind: str
    pages: int
    chunks: int
    status: str
    area: str | None = None


class SourcesResult(Result):
    sources: list[SourceRow]


# --- sva ask ---------------------------------------------------------------------------------
class AskResult(Result):
    answer: str
    grounded: bool
    citations: list[Citation]
    notice: str | None = None


# --- sva map ---------------------------------------------------------------------------------
class MeasureMatch(Result):
    code: str
    measure: str
    theme: str
    outcome: str
    unit: str
    score: Number
    why: str
    partner_vcfse_key: bool = False
    in_unit: dict[str, Any] | None = None
    proxy: dict[str, Any] | None = None


class MapResult(Result):
    activity: str
    measures: list[MeasureMatch]
    quantity: dict[str, Any] | None = None
    fits: bool = True
    choose: str | None = None


# --- sva questions ---------------------------------------------------------------------------
class RecommendedMeasure(Result):
    code: str
    why: str
    measure: str = ""
    unit: str = ""


class TenderQuestion(Result):
    text: str
    measures: list[str]
    scoring: str


class MatrixRow(Result):
    part: str
    criterion: str
    percent_of_social_value: Number
    percent_of_total: Number


class QuestionsResult(Result):
    weighting_percent: Number
    qualitative_percent: Number
    quantitative_percent: Number
    vcfse_relevant: bool
    min_tender_weeks: int | None
    measures: list[RecommendedMeasure]
    questions: list[TenderQuestion]
    notes: list[str]
    evaluation_matrix: list[MatrixRow] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)


# --- sva draft -------------------------------------------------------------------------------
class CommitmentChecks(Result):
    relevant: Check
    proportionate: Check
    additional: Check


class Commitment(Result):
    activity: str
    codes: list[str]
    quantity: Number | None
    unit: str
    checks: CommitmentChecks
    included: bool = True
    conversion: str | None = ""
    missing: str | None = ""


class DraftFlag(Result):
    activity_index: int
    check: Literal["relevance", "proportionality", "additionality"]
    why: str


class DraftResult(Result):
    commitments: list[Commitment]
    flags: list[DraftFlag]
    response_markdown: str
    citations: list[Citation]
    question: str = ""
    contract: dict[str, Any] = Field(default_factory=dict)
    words: int = 0
    word_limit: int | None = None
    characters: int | None = None
    character_limit: int | None = None
    notes: list[str] = Field(default_factory=list)
    compliance: dict[str, Any] | None = None
    # with a specification: how many requirements were read, where from, and which activity repeats which
    specification: dict[str, Any] | None = None


# --- sva review ------------------------------------------------------------------------------
class Criterion(Result):
    criterion: str
    points: Number
    max_points: Number
    evidence: list[str] = Field(default_factory=list)
    to_raise: str = ""
    part: str = ""


class ScoredPart(Result):
    points: Number
    max_points: Number
    criteria: dict[str, Criterion]


class ReviewFlag(Result):
    kind: str
    quote: str
    why: str


class ReviewResult(Result):
    score: Number
    out_of: Number
    band: str
    flags: list[ReviewFlag]
    qualitative: ScoredPart
    quantitative: ScoredPart
    penalty: Number = 0
    split: str = ""
    improved: dict[str, Any] | None = None


# --- sva intake ------------------------------------------------------------------------------
class Located(Result):
    value: Any
    source: str
    page: int | None = None
    section: str | None = None


class IntakeQuestion(Result):
    id: str | None
    text: str
    word_limit: int | None = None
    char_limit: int | None = None
    page_limit: int | None = None  # "no more than two sides of A4": kept as stated, never turned into words
    weighting_percent: Number | None = None
    sub_criteria: list[str] = Field(default_factory=list)
    lot: str | None = None  # "Lot 2" when the question is printed for one lot
    social_value: bool = False
    social_value_score: int | None = None  # the scored decision behind social_value (assistant/tender_questions.py)
    social_value_why: list[str] = Field(default_factory=list)
    source: str = ""
    page: int | None = None


class IntakeResult(Result):
    tender: dict[str, Located | None]
    questions: list[IntakeQuestion]
    not_found: list[str]
    errors: list[FileError] = Field(default_factory=list)
    files: list[Any] = Field(default_factory=list)
    # the specification's text, and whether it came from a "file", a "section" or the whole "pack" (its "names")
    specification: dict[str, Any] | None = None

    def social_value_question(self) -> IntakeQuestion | None:
        """The first question the pack marks as social value, if any."""
        return next((q for q in self.questions if q.social_value), None)

    def stated(self, name: str) -> Any:
        """The value the pack states for ``name`` (e.g. 'service', 'value_gbp'), or None."""
        item = self.tender.get(name)
        return None if item is None else item.value


# --- requests: what a person gives, parsed once (assistant/inputs.py) ------------------------
class Request(BaseModel):
    """A request from a front end; a field that cannot be used raises BadInput naming it."""


class ContractRequest(Request):
    service: str | None = ""
    value: Any = None
    months: Any = None
    area: str | None = None
    sector: str | None = "other"
    priorities: list[str] = Field(default_factory=list)

    def contract(self) -> Any:
        """The task's validated Contract (assistant/tasks/questions.py)."""
        return contract(self.service, self.value, self.months, self.area, self.sector, self.priorities)


def _given(text: str, problem: str) -> str:
    """``text`` without its outer spaces; empty text is bad input saying ``problem``."""
    if not text.strip():
        raise BadInput(problem)
    return text.strip()


class AskRequest(Request):
    question: str
    area: str | None = None
    write: bool | None = None

    @field_validator("question")
    @classmethod
    def _question(cls, value: str) -> str:
        return _given(value, "the question is empty")

    @field_validator("area")
    @classmethod
    def _area(cls, value: str | None) -> str | None:
        return parse_area(value)


class MapRequest(Request):
    activity: str
    top: int = 3

    @field_validator("activity")
    @classmethod
    def _activity(cls, value: str) -> str:
        return _given(value, "the activity is empty: describe what you will do, e.g. 'staff volunteer at a food bank'")

    @field_validator("top")
    @classmethod
    def _top(cls, value: int) -> int:
        if not 1 <= value <= 52:
            raise BadInput("--top must be between 1 and 52")
        return value


class DraftRequest(Request):
    question: str | None = ""
    contract: ContractRequest
    activities: list[str] = Field(default_factory=list)
    partners: list[str] = Field(default_factory=list)
    words: Any = None
    characters: Any = None
    specification: str | None = ""  # the tender's specification: a .docx/.md/.txt file or its text

    @classmethod
    def from_form(cls, question: str | None, contract: ContractRequest, activities: str | None,
                  partners: str | None, words: Any = None, characters: Any = None,
                  specification: str = "") -> "DraftRequest":
        """A request from the app's form: activities one a line, partners comma separated; an empty number box
        (the browser sends 0 or nothing) is no word or character limit; ``specification`` is the pack's text."""
        return cls(question=question or "", contract=contract, activities=item_lines(activities),
                   partners=comma_list(partners), words=words or None, characters=characters or None,
                   specification=specification)

    def task_request(self, evidence: list[Any] | None = None) -> Any:
        """The drafting task's validated request (assistant/tasks/draft.py)."""
        from assistant.tasks.draft import DraftRequest as TaskDraftRequest
        from assistant.tasks.questions import BadContractError
        from assistant.tasks.review import read_response

        try:
            return TaskDraftRequest(question=self.question or "", contract=self.contract.contract(),
                                    activities=list(self.activities), partners=list(self.partners),
                                    words=parse_limit(self.words, "--words"),
                                    characters=parse_limit(self.characters, "--characters"),
                                    specification=_specification_text(self.specification),
                                    evidence=list(evidence or [])).validate()
        except BadContractError as exc:
            raise BadInput(str(exc)) from exc


def _specification_text(value: str | None) -> str:
    """The specification's text: a file named on the command line is read; text with a line break is the text."""
    from assistant.tasks.review import read_response

    if not value:
        return ""
    return value if "\n" in value else read_response(value)


class ReviewRequest(Request):
    text: str
    question: str | None = ""
    contract: ContractRequest

    def task_request(self, evidence: list[Any] | None = None) -> Any:
        """The review task's validated request; ``text`` is a pasted response or a file's path."""
        from assistant.review_view import response_text
        from assistant.tasks.questions import BadContractError
        from assistant.tasks.review import ReviewRequest as TaskReviewRequest

        try:
            text = response_text(self.text or "")
            return TaskReviewRequest(text or "", self.question or "", self.contract.contract(), evidence).validate()
        except BadContractError as exc:
            raise BadInput(str(exc)) from exc
