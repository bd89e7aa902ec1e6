"""Wiring: ``build(settings)`` makes the Assistant that the CLI and the app both call."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Iterable

from assistant.embeddings import MiniLMEmbedder
from assistant.interfaces import ChatModel, Embedder, Reranker, Retriever
from assistant.mapping import ActivityMapper, MapWeights, Mapping, load_guidance
from assistant.measures import Catalogue
from assistant.offline import disable_telemetry, seed_tiktoken_cache
from assistant.proxies import ProxyTable
from assistant.retrieval import HybridRetriever
from assistant.settings import Settings
from assistant.store import AmbiguousSourceError, KnowledgeStore, SourceRecord, store_errors
from assistant.llm import LlamaCppChat, ProviderUnavailableError, describe, make_chat_model
from assistant.rerank import make_reranker
from assistant.tasks.ask import Answer, AskTask, ChatRoutes, ExtractiveAnswerer, GroundedAnswerer
from assistant.tasks.compose import Composer
from assistant.additionality import ContractScope
from assistant.checks import CommitmentChecks
from assistant.tasks.draft import DraftRequest, DraftResult, DraftTask
from assistant.tasks.questions import Contract, QuestionsResult, QuestionsTask, ServiceProfiles
from assistant.writing import SectionWriter
from assistant.tracker import SECTOR_PAGES, SECTOR_SOURCE, CommitmentTracker, framework_sector_codes
from assistant.ingest.chunking import Chunker
from assistant.ingest.pipeline import Ingestor, IngestReport
from assistant.ingest.shipped import ensure_shipped_knowledge

log = logging.getLogger(__name__)


class Assistant:
    """The user-facing jobs, each one method; built by :func:`build`."""

    def __init__(
        self,
        settings: Settings,
        embedder: Embedder,
        store: KnowledgeStore,
        ingestor: Ingestor,
        retriever: Retriever,
        extractive: ExtractiveAnswerer,
        composer: Composer | None = None,
        chat_model: ChatModel | None = None,
    ) -> None:
        self.settings = settings
        self.embedder = embedder
        self.store = store
        self.ingestor = ingestor
        self.retriever = retriever
        self.extractive = extractive
        self._ask_task: AskTask | None = None
        self.framework = None  # a loaded framework (assistant/frameworks.py) when settings.framework is not cm-toms
        if settings.framework != "cm-toms":
            from assistant.frameworks import FrameworkRegistry

            self.framework = FrameworkRegistry(settings.data_dir / "frameworks").get(settings.framework)
        self.catalogue = self.framework.catalogue if self.framework else Catalogue.load(settings.knowledge_dir)
        self.composer = composer
        self.chat = ChatRoutes(lambda: self.mapper, self.catalogue, store, proxies=lambda: self.mapper.proxies)
        self._quote_task = AskTask(retriever, extractive, composer=composer, chat=self.chat)
        self._mapper: ActivityMapper | None = None
        self._model_loaded = chat_model is not None  # a model given here is used as it is
        self._model = chat_model
        self.model_notice: str | None = None
        self._tracker: CommitmentTracker | None = None
        self._checks: CommitmentChecks | None = None

    @property
    def mapper(self) -> ActivityMapper:
        """The activity mapper, built on first use (it embeds the measure guidance once)."""
        if self._mapper is None:
            proxies = ProxyTable.load(self.settings.proxy_table, self.catalogue) if self.settings.proxy_table else None
            guidance = (self.framework.guidance if self.framework else
                        load_guidance(self.settings.knowledge_dir, self.catalogue))
            glossary = getattr(self.retriever, "glossary", None)
            self._mapper = ActivityMapper(self.catalogue, guidance, self.embedder, proxies,
                                          no_fit_below=self.settings.map_no_fit_below,
                                          weights=MapWeights.from_settings(self.settings),
                                          spell_out=glossary.spell_out if glossary else None)
        return self._mapper

    @property
    def checks(self) -> CommitmentChecks:
        """The relevant / proportionate / additional checks, with what contracts pay for (built on first use)."""
        if self._checks is None:
            scope = ContractScope(self.settings.knowledge_dir, self.embedder,
                                  duty_similarity=self.settings.additional_duty_similarity,
                                  required_similarity=self.settings.additional_required_similarity)
            self._checks = CommitmentChecks(self.settings, scope)
        return self._checks

    def map_activity(self, activity: str, top: int | None = None) -> Mapping:
        return self.mapper.map(activity, top=top or self.settings.map_top)

    @property
    def chat_model(self):
        """The configured language model, made on first use; None (with ``model_notice``) when unavailable."""
        if not self._model_loaded:
            self._model_loaded = True
            try:
                self._model = make_chat_model(self.settings)
            except ProviderUnavailableError as exc:
                self.model_notice = f"The language model is not available ({exc}); templates and extracts are used."
                log.warning("%s", self.model_notice)
        return self._model

    def section_writer(self) -> SectionWriter:
        mode = self.settings.rewrite_sections
        if mode == "never" or (mode == "auto" and self.settings.llm_provider in ("local", "none")):
            return SectionWriter(None)
        model = self.chat_model
        return SectionWriter(model, structured=isinstance(model, LlamaCppChat) and self.settings.local_json_schema)

    def tender_questions(self, contract: Contract) -> QuestionsResult:
        # on a loaded framework: its codes, names and units; the shipped service profiles name TOMs codes and match none
        profiles = ServiceProfiles(self.settings.knowledge_dir, Catalogue.load(self.settings.knowledge_dir)) \
            if self.framework else None
        task = QuestionsTask(self.catalogue, self.mapper, self.store, self.settings.knowledge_dir,
                             self.settings.measure_tiers, self.section_writer(),
                             framework_name=self.framework.name if self.framework else None, service_profiles=profiles)
        return task(contract)

    def draft(self, request: DraftRequest) -> DraftResult:
        task = DraftTask(
            self.catalogue, self.mapper, self.store, self.checks,
            # the shipped service profiles name TOMs codes: with another framework they simply match none of its codes
            ServiceProfiles(self.settings.knowledge_dir, Catalogue.load(self.settings.knowledge_dir) if self.framework
                            else self.catalogue), self.section_writer(),
        )
        return task(request)

    def review_task(self):
        from assistant.tasks.review import ReviewTask

        return ReviewTask(self.catalogue, self.mapper, self.store, self.checks, self.section_writer())

    def review(self, request):
        """Score a response like an evaluator (assistant/tasks/review.py)."""
        return self.review_task()(request)

    def ensure_knowledge(self) -> IngestReport:
        """Index the shipped knowledge if it is new or has changed, and drop unfinished ingests whose file is gone.
        Unfinished ingests whose file is still there are not redone here, so one never holds up start-up or another
        command: :meth:`resume_pending` redoes them (``sva ingest --resume``; the app does it in the background)."""
        report = ensure_shipped_knowledge(self.ingestor, self.settings.knowledge_dir)
        self.ingestor.drop_vanished_pending()
        return report

    def pending_sources(self) -> list[SourceRecord]:
        """Sources whose last ingest did not finish."""
        return self.ingestor.pending()

    def resume_pending(self) -> IngestReport:
        """Redo unfinished ingests, each within the per-file limits (a refused one is removed and reported)."""
        return self.ingestor.repair_pending()

    def ingest(self, paths: Iterable[Path | str], area: str | None = None, uploaded: bool = False) -> IngestReport:
        """``uploaded``: the files come from the app's temporary upload folder, so a source is known by its
        name and area rather than its (meaningless) folder."""
        return self.ingestor.ingest_paths(paths, area=area, uploaded=uploaded)

    @property
    def ask_task(self) -> AskTask:
        """Built on first use, so commands that need no language model never load one."""
        if self._ask_task is None:
            generator, notice = None, None
            model = self.chat_model
            if self.model_notice:
                notice = f"Extractive answer: {self.model_notice}"
            if model is not None:
                generator = GroundedAnswerer(
                    model, self.extractive, {m.code for m in self.catalogue}, self.settings.context_tokens,
                    structured=isinstance(model, LlamaCppChat) and self.settings.local_json_schema,
                    describe=describe(self.settings),
                )
            self._ask_task = AskTask(self.retriever, self.extractive, generator, notice, self.composer, self.chat)
        return self._ask_task

    @property
    def writes_answers(self) -> bool:
        """Whether a language model writes answers by default (``answer_style``), rather than quoting the sources."""
        style = self.settings.answer_style
        if style == "auto":
            return self.settings.llm_provider in ("openai", "openai-compatible")
        return style == "write" and self.settings.llm_provider != "none"

    def _writes(self, write: bool | None) -> bool:
        """This question's choice, else the default from ``answer_style``."""
        return self.writes_answers if write is None else write

    def _task(self, write: bool | None) -> AskTask:
        """The writing task only when asked for, so a quoted answer never loads a model."""
        return self.ask_task if self._writes(write) else self._quote_task

    def model_description(self) -> str:
        return describe(self.settings)

    def answer_description(self, write: bool | None = None) -> str:
        """How answers are made, in words for the status line."""
        if self._writes(write):
            return f"written by {describe(self.settings)}, every sentence checked against the sources"
        return "quoted from the sources, cited to the page" + (
            f"; {describe(self.settings)} writes when asked" if self.settings.llm_provider != "none" else ""
        )

    def ask(self, question: str, area: str | None = None, sources: list[str] | None = None,
            history: list[tuple[str, str]] | None = None, write: bool | None = None) -> Answer:
        """Answer with citations: quoted, or written by the model and checked (``write``; default: ``answer_style``)."""
        with store_errors(self.settings):
            return self._task(write)(question, area=area, sources=sources, history=history)

    # --- feedback ---------------------------------------------------------------------------
    @property
    def feedback(self):
        """Ratings of answers, mappings and drafts, kept in the data folder (assistant/feedback.py)."""
        from assistant.feedback import FeedbackStore

        if getattr(self, "_feedback", None) is None:
            self._feedback = FeedbackStore(self.settings.data_dir / "feedback.sqlite3")
        return self._feedback

    # --- Partner VCFSE commitment ---------------------------------------------------------
    @property
    def tracker(self) -> CommitmentTracker:
        """The Partner VCFSE record, opened on first use."""
        if self._tracker is None:
            self._tracker = CommitmentTracker(self.settings.data_dir / "partner-vcfse.sqlite3", self.catalogue,
                                              framework_sector_codes(self.catalogue) if self.framework else None)
        return self._tracker

    @property
    def evidence(self):
        """The bidder's evidence library (assistant/evidence.py), opened on first use."""
        from assistant.evidence import EvidenceLibrary

        if getattr(self, "_evidence", None) is None:
            self._evidence = EvidenceLibrary(self.settings.data_dir / "evidence.sqlite3", self.catalogue)  # same file as open_library
        return self._evidence

    def commitment_report(self, organisation: str) -> dict:
        """Progress per key measure, plain summaries, the roadmap's rule and recommendations for the sector (cited),
        and £ equivalents only when the user has loaded their own proxy table."""
        from assistant.policy import find_passage, sector_recommendations
        from assistant.citations import citation_for
        from assistant.quantities import Quantity

        tracker = self.tracker
        org = tracker.organisation(organisation)
        progress = tracker.progress(org["name"])
        proxies = ProxyTable.load(self.settings.proxy_table, self.catalogue) if self.settings.proxy_table else None
        measures = []
        for p in progress:
            item = p.as_dict()
            if proxies is not None:
                for year in item["years"]:
                    if year["actual"] is not None:
                        year["proxy"] = proxies.value_of(p.code, Quantity(year["actual"], p.unit, f"{year['actual']} {p.unit}"))
            measures.append(item)
        citations = []
        page, words = SECTOR_SOURCE[org["sector"]]
        hit = find_passage(self.store, "Towards a Social Value Economy", words)
        if hit is not None:
            citations.append(citation_for(hit, 1, anchor=words).as_dict())
        recommendations = []
        for text, citation in sector_recommendations(self.store, SECTOR_PAGES[org["sector"]]):
            citation.n = len(citations) + 1
            citations.append(citation.as_dict())
            recommendations.append(f"{text} [{citation.n}]")
        codes = ", ".join(p.code for p in progress)
        rule = (f"The roadmap asks {org['sector']} organisations to baseline their VCFSE collaboration and set "
                f"year-on-year targets" + (f", measured with {codes}" if self.framework is None else "")
                + (" [1]" if hit is not None else "")
                + ("." if self.framework is None else f"; on the {self.catalogue.name} they are measured with {codes} "
                   "(its Partner VCFSE key measures)."))
        return {"organisation": org, "rule": rule, "measures": measures,
                "summary": [p.summary for p in progress], "recommendations": recommendations,
                "citations": citations, "proxy_table": str(self.settings.proxy_table) if proxies else None}

    def ask_stream(self, question: str, area: str | None = None, sources: list[str] | None = None,
                   history: list[tuple[str, str]] | None = None, write: bool | None = None):
        """The cited extract at once, then, when the model writes, its checked answer (see AskTask.stream)."""
        with store_errors(self.settings):
            yield from self._task(write).stream(question, area=area, sources=sources, history=history)

    def sources(self) -> list[SourceRecord]:
        return self.store.registry.all()

    def delete_source(self, source: str) -> int:
        """Delete the source a person means by ``source`` (display name, id, path or file name); 0 when none
        matches; AmbiguousSourceError, listing them, when several do."""
        matches = self.store.find_sources(source)
        if len(matches) > 1:
            raise AmbiguousSourceError(source, matches)
        return self.store.delete_source(matches[0].source_id) if matches else 0


def build(settings: Settings | None = None, *, index_shipped: bool = True, embedder: Embedder | None = None,
          reranker: Reranker | None = None, chat_model: ChatModel | None = None) -> Assistant:
    """Make the Assistant from settings; indexes the shipped knowledge on first use. ``embedder``, ``reranker``
    and ``chat_model`` replace the ones the settings name (tests pass the fakes of tests/fakes.py)."""
    settings = settings or Settings()
    disable_telemetry()
    seed_tiktoken_cache(settings.data_dir / "tiktoken")
    embedder = embedder or MiniLMEmbedder(batch_size=settings.embed_batch_size)
    store = KnowledgeStore(settings, embedder)
    ingestor = Ingestor(
        store, Chunker(settings.chunk_tokens, settings.chunk_overlap), settings.max_file_bytes, settings.max_pdf_pages,
        max_chars=settings.max_chars_per_file, max_chunks=settings.max_chunks_per_file,
        max_inflated_bytes=settings.max_inflated_bytes,
    )
    reranker = reranker or make_reranker(settings.reranker)
    retriever = HybridRetriever(store, embedder, settings, reranker)
    extractive = ExtractiveAnswerer(embedder, settings.answer_sentences)
    composer = Composer.from_settings(reranker, settings) if reranker is not None else None
    assistant = Assistant(settings, embedder, store, ingestor, retriever, extractive, composer, chat_model)
    if index_shipped:
        assistant.ensure_knowledge()
    return assistant
