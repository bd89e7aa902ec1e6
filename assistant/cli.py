"""The ``sva`` command (see docs/CLI.md for the contract): readable text, or one JSON object with --json."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Any

from assistant.cli_common import csv_output, emit as _emit, read_csv_file
from assistant import models, render
from assistant.inputs import BadInput, out_path, parse_area
from assistant.measures import UnknownMeasureError
from assistant.proxies import ProxyTableError

log = logging.getLogger("sva")

__all__ = ["BadInput", "csv_output", "main", "parser", "read_csv_file"]


def cmd_ingest(args: argparse.Namespace) -> int:
    from assistant.assistant import build

    area = parse_area(args.area)
    if not args.paths and not args.resume:
        raise BadInput("name the files or folders to ingest, or use --resume to finish unfinished ingests")
    assistant = build()
    report = assistant.ingest(args.paths, area=area) if args.paths else None
    if args.resume:
        resumed = assistant.resume_pending()
        report = resumed if report is None else (report.extend(resumed) or report)
    _emit(models.IngestResult.of(report), args.json, render.ingest_text)
    if report.errors and not report.ingested:
        return 2
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    from assistant.assistant import build

    if args.question is None:
        return _interactive(build(), parse_area(args.area), args.write)
    request = models.AskRequest(question=" ".join(args.question), area=args.area, write=args.write)
    answer = build().ask(request.question, area=request.area, write=request.write)
    _emit(models.AskResult.of(answer), args.json, render.answer_text)
    return 0


def _interactive(assistant: Any, area: str | None, write: bool | None = None) -> int:
    print("Social Value Assistant (offline). Ask about social value, the roadmap or the TOMs; Ctrl-D to quit.")
    print(f"Answers: {assistant.answer_description(write)}.")
    history: list[tuple[str, str]] = []
    while True:
        try:
            question = input("\nsva> ").strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if question:
            answer = assistant.ask(question, area=area, history=history[-3:], write=write)
            history.append((question, answer.answer))
            print(render.answer_text(models.AskResult.of(answer)))


def cmd_map(args: argparse.Namespace) -> int:
    from assistant.assistant import build

    request = models.MapRequest(activity=" ".join(args.activity), top=args.top)
    try:
        mapping = build().map_activity(request.activity, top=request.top)
    except ProxyTableError as exc:
        raise BadInput(str(exc)) from exc
    _emit(models.MapResult.of(mapping), args.json, render.mapping_text)
    return 0


def cmd_questions(args: argparse.Namespace) -> int:
    from assistant.assistant import build
    from assistant.tasks.questions import BadContractError

    terms = models.ContractRequest(service=args.service, value=args.value, months=args.months, area=args.area,
                                   sector=args.sector, priorities=args.priority or []).contract()
    out = out_path(args.out)
    try:
        result = build().tender_questions(terms)
    except BadContractError as exc:
        raise BadInput(str(exc)) from exc
    _emit(models.QuestionsResult.of(_written(result.as_dict(), result, out)), args.json, render.questions_text)
    return 0


def _written(data: dict[str, Any], result: Any, out: Any) -> dict[str, Any]:
    """Write ``result``'s report to ``out`` (.docx or .md) when asked, and say where."""
    if out is not None:
        from assistant.export import write_report

        write_report(result.report(), out)
        data["written"] = str(out)
    return data


def _draft_request(args: argparse.Namespace) -> Any:
    """The drafting task's request from the flags (and the bid's tender pack, with --bid)."""
    from assistant.cli_bids import _fill_from_bid

    if getattr(args, "bid", None):
        _fill_from_bid(args)
    missing = [name for name in ("question", "service", "value", "months", "area") if getattr(args, name) in (None, "")]
    if missing:
        raise BadInput(f"give --{missing[0]}" + (" (the bid's tender pack does not state it)" if args.bid else ""))
    terms = models.ContractRequest(service=args.service, value=args.value, months=args.months, area=args.area)
    return models.DraftRequest(question=args.question, contract=terms, activities=list(args.activity or []),
                               partners=list(args.partner or []), words=args.words,
                               characters=args.characters,
                               specification=getattr(args, "specification", None) or "").task_request()


def _draft_assistant(args: argparse.Namespace) -> Any:
    """The Assistant for a draft: with --bid, on the framework the bid's tender pack selected."""
    from assistant.assistant import build

    if not getattr(args, "bid", None):
        return build()
    from assistant.bids import BidError
    from assistant.cli_bids import _bids
    from assistant.settings import Settings

    try:
        bid_record = _bids().get(args.bid)  # before drafting: an unknown bid is bad input
    except BidError as exc:
        raise BadInput(str(exc)) from exc
    settings = Settings()
    if settings.framework == "cm-toms" and bid_record.get("framework", "cm-toms") != "cm-toms":
        settings = Settings(framework=bid_record["framework"])
    return build(settings)


def _write_draft(full: dict[str, Any], data: dict[str, Any], out: Path, args: argparse.Namespace) -> None:
    """The response to ``out`` (.docx or .md), the checks beside it unless appended, the commitments as CSV."""
    from assistant.draft_files import checks_report, response_report, write_commitments_csv
    from assistant.export import write_report

    organisation = (args.organisation or "").strip()
    write_report(response_report(full, organisation, appendix=args.appendix), out)
    data["written"] = str(out)
    if not args.appendix:
        checks = out.with_name(f"{out.stem}-checks{out.suffix}")
        data["checks_written"] = str(write_report(checks_report(full, organisation), checks))
    data["commitments_written"] = str(write_commitments_csv(full, out.with_name(f"{out.stem}-commitments.csv")))


def cmd_draft(args: argparse.Namespace) -> int:
    from assistant.cli_bids import _bids, _draft_compliance, _evidence_records

    request = _draft_request(args)
    out = out_path(args.out)
    assistant = _draft_assistant(args)
    if (args.organisation or "").strip():  # its evidence library records, if it has any, give the track record
        request.evidence = _evidence_records(assistant, args.organisation, required=False)
    full = assistant.draft(request).as_dict()
    data = {k: v for k, v in full.items() if k != "blocks"}
    data["compliance"] = _draft_compliance(data, request, args)
    if out is not None:
        _write_draft(full, data, out, args)
    if getattr(args, "bid", None):
        data["bid"] = {"id": args.bid, "version": _bids().add_draft(args.bid, data)}
    _emit(models.DraftResult.of(data), args.json, render.draft_text)
    return 0


def cmd_commitment(args: argparse.Namespace) -> int:
    from pathlib import Path

    from assistant.assistant import build
    from assistant.tracker import Entry, TrackerError

    assistant = build()
    tracker = assistant.tracker
    data: dict[str, Any]
    try:
        if args.action == "add":
            org = tracker.add_organisation(args.name, args.sector, args.area)
            data = {"organisation": org, "message": f"added {org['name']} ({org['sector']})"}
        elif args.action == "list":
            data = {"organisations": tracker.organisations()}
        elif args.action in ("baseline", "record"):
            kind = "baseline" if args.action == "baseline" else "actual"
            tracker.record([Entry(args.name, args.code, args.year, kind, args.value, args.note or "", args.evidence or "")])
            data = {"message": f"recorded {kind} {args.code.upper()} {args.year}: {args.value:g}",
                    "report": assistant.commitment_report(args.name)}
        elif args.action == "target":
            entry = tracker.set_target(args.name, args.code, args.year, args.value, args.percent, args.note or "")
            data = {"message": f"target {entry.code} {entry.year}: {entry.value:g} {entry.rule}".strip(),
                    "report": assistant.commitment_report(args.name)}
        elif args.action == "progress":
            data = {"report": assistant.commitment_report(args.name)}
            if args.chart:
                from assistant.charts import progress_chart

                progress_chart(tracker.progress(args.name), Path(args.chart), args.name)
                data["chart"] = args.chart
        elif args.action == "export":
            data = csv_output(tracker.export_csv(args.name), args.out, args.json)
            if data is None:
                return 0
        else:  # import
            text = read_csv_file(args.file)
            data = {"message": f"imported {tracker.import_csv(text)} values from {args.file}"}
    except TrackerError as exc:
        raise BadInput(str(exc)) from exc
    _emit(data, args.json, render.commitment_text)
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    from assistant.assistant import build
    from assistant.review_view import improve_review

    terms = models.ContractRequest(service=args.service, value=args.value, months=args.months, area=args.area)
    request = models.ReviewRequest(text=" ".join(args.response), question=args.question, contract=terms).task_request()
    assistant = build()
    if getattr(args, "organisation", None):
        from assistant.cli_bids import _evidence_records

        request.evidence = _evidence_records(assistant, args.organisation)
    task = assistant.review_task()
    result = task(request)
    data = result.as_dict()
    if args.improve:
        data["improved"] = improve_review(task, request, result)
    _emit(models.ReviewResult.of(data), args.json, render.review_text)
    return 0


def cmd_feedback(args: argparse.Namespace) -> int:
    from pathlib import Path

    from assistant.feedback import FeedbackStore
    from assistant.measures import Catalogue
    from assistant.settings import Settings

    settings = Settings()
    store = FeedbackStore(settings.data_dir / "feedback.sqlite3")
    if args.action == "list":
        data = {"feedback": store.all()}
        _emit(data, args.json, lambda d: "\n".join(
            f"{f['id']:>4}  {'+' if f['liked'] else '-'}  {f['kind']:<8} "
            f"{(f['item'].get('question') or f['item'].get('activity') or '')[:70]}"
            + (f"  — {f['comment']}" if f["comment"] else "") for f in d["feedback"]) or "no feedback yet")
        return 0
    codes = [m.code for m in Catalogue.load(settings.knowledge_dir)]
    data = store.export(Path(args.out), codes=codes)
    _emit(data, args.json, lambda d: "\n".join(f"{kind}: {w['cases']} cases -> {w['file']}" for kind, w in d["written"].items())
          or "no feedback yet: rate answers, mappings and drafts in the app")
    return 0


def cmd_app(args: argparse.Namespace) -> int:
    from assistant.app import launch
    from assistant.settings import Settings

    from assistant.web_security import OpenNetworkError, check_exposure

    overrides = {k: v for k, v in (("host", args.host), ("port", args.port)) if v is not None}
    if args.no_login_on_network:
        overrides["allow_no_login_on_network"] = True
    settings = Settings(**overrides)
    try:
        check_exposure(settings)
    except OpenNetworkError as exc:
        raise BadInput(str(exc)) from exc
    print(f"sva: starting the app on http://{settings.host}:{settings.port} (Ctrl+C to stop)", file=sys.stderr)
    launch(settings)
    return 0


def cmd_measure(args: argparse.Namespace) -> int:
    from assistant.measures import Catalogue
    from assistant.settings import Settings

    catalogue = Catalogue.load(Settings().knowledge_dir)
    try:
        measures = [catalogue.get(code) for code in args.codes] if args.codes else list(catalogue)
    except UnknownMeasureError as exc:
        raise BadInput(str(exc)) from exc
    _emit(
        {"measures": [m.as_dict() | {"source_note": m.source_note} for m in measures]},
        args.json,
        lambda d: "\n".join(f"{m['code']:<7} {m['theme']:<12} {m['measure']} [{m['unit']}]" for m in d["measures"]),
    )
    return 0


def cmd_sources(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from assistant.assistant import build

    records = [asdict(r) for r in build().sources()]
    _emit(models.SourcesResult.of({"sources": records}), args.json, render.sources_text)
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from assistant.assistant import build
    from assistant.store import AmbiguousSourceError

    assistant = build()
    matches = assistant.store.find_sources(args.source)
    if not matches:
        raise BadInput(f"no source named '{args.source}': `sva sources` lists them")
    if len(matches) > 1:
        raise BadInput(str(AmbiguousSourceError(args.source, matches)))
    removed = assistant.store.delete_source(matches[0].source_id)
    _emit({"deleted": matches[0].source, "chunks": removed, "source_id": matches[0].source_id}, args.json,
          lambda d: f"deleted {d['deleted']} ({d['chunks']} chunks)")
    return 0


def _contract_arguments(command: argparse.ArgumentParser, example: str, required: bool = True) -> None:
    command.add_argument("--service", required=required, help=f"what the contract buys, e.g. '{example}'")
    command.add_argument("--value", required=required, help="contract value in £ (250000, £250k, 1.2m)")
    command.add_argument("--months", required=required, type=int, help="contract length in months")
    command.add_argument("--area", required=required, help="a borough, or 'Cheshire and Merseyside'")


def _add_ingest(sub: Any) -> None:
    """``sva ingest``."""

    ingest = sub.add_parser("ingest", help="add files or folders (PDF, DOCX, MD, TXT, CSV) to the knowledge store")
    ingest.add_argument("paths", nargs="*")
    ingest.add_argument("--resume", action="store_true",
                        help="also redo ingests that did not finish (listed as pending by `sva sources`)")
    ingest.add_argument("--area", help="the area the documents are about (a borough, or 'Cheshire and Merseyside')")
    ingest.add_argument("--json", action="store_true", help="print one JSON object")
    ingest.set_defaults(func=cmd_ingest)


def _add_ask(sub: Any) -> None:
    """``sva ask``."""
    ask = sub.add_parser("ask", help="ask a question; without one, start an interactive session")
    ask.add_argument("question", nargs="*", default=None)
    ask.add_argument("--area", help="prefer facts about this area")
    ask.add_argument("--json", action="store_true", help="print one JSON object")
    style = ask.add_mutually_exclusive_group()
    style.add_argument("--write", dest="write", action="store_const", const=True, default=None,
                       help="let the language model write the answer (checked against the sources; slower offline)")
    style.add_argument("--quote", dest="write", action="store_const", const=False,
                       help="quote the best sentences of the sources, with no language model")
    ask.set_defaults(func=cmd_ask)


def _add_map(sub: Any) -> None:
    """``sva map``."""
    mapper = sub.add_parser("map", help="rank TOMs measure codes for an activity, with reasons")
    mapper.add_argument("activity", nargs="+")
    mapper.add_argument("--top", type=int, default=3, help="how many codes to return (default 3)")
    mapper.add_argument("--json", action="store_true", help="print one JSON object")
    mapper.set_defaults(func=cmd_map)


def _add_questions(sub: Any) -> None:
    """``sva questions``."""
    questions = sub.add_parser("questions", help="draft tender questions, measures and an evaluation matrix")
    _contract_arguments(questions, "community mental health support")
    questions.add_argument("--priority", action="append", help="a priority outcome (repeatable), e.g. 'Reducing inequalities'")
    questions.add_argument("--sector", choices=["nhs", "council", "other"], default="other")
    questions.add_argument("--out", help="also write the questions to a .docx or .md file")
    questions.add_argument("--json", action="store_true", help="print one JSON object")
    questions.set_defaults(func=cmd_questions)


def _add_draft(sub: Any) -> None:
    """``sva draft``."""
    draft = sub.add_parser("draft", help="draft a social value response from planned activities, with checks")
    draft.add_argument("--question", help="the tender's social value question (required unless --bid's pack states it)")
    _contract_arguments(draft, "hospital cleaning", required=False)
    draft.add_argument("--activity", action="append", help="a planned activity (repeatable), e.g. '200 volunteer hours at local food banks'")
    draft.add_argument("--partner", action="append", help="a named VCFSE partner (repeatable)")
    draft.add_argument("--words", type=int, help="word limit for the response")
    draft.add_argument("--characters", type=int, help="character limit for the response (when the tender counts characters)")
    draft.add_argument("--specification", help="the tender's specification (.docx, .md or .txt): an activity repeating "
                       "one of its requirements ('the provider shall ...') is flagged as not additional")
    draft.add_argument("--out", help="also write the response to a .docx or .md file (A4, references); the checks go "
                       "to NAME-checks.docx/.md and the commitments to NAME-commitments.csv beside it")
    draft.add_argument("--organisation", help="your organisation, written as the author of the Word file; its records "
                       "in the evidence library (sva evidence), if any, give the track record, each cited")
    draft.add_argument("--appendix", action="store_true", help="put the checks in the response as an appendix "
                       "instead of a separate file")
    draft.add_argument("--bid", help="a bid (sva bid): what is not given is taken from its tender pack, and the draft is saved as its next version")
    draft.add_argument("--sub-criterion", action="append", help="a point the question asks to address (repeatable)")
    draft.add_argument("--json", action="store_true", help="print one JSON object")
    draft.set_defaults(func=cmd_draft)


def _add_review(sub: Any) -> None:
    """``sva review``."""
    review = sub.add_parser("review", help="score a response like an evaluator (60:40), with flags and what to fix")
    review.add_argument("response", nargs="+", help="a .docx, .md or .txt file, or the response text")
    review.add_argument("--question", default="", help="the tender's social value question")
    _contract_arguments(review, "hospital cleaning")
    review.add_argument("--improve", action="store_true", help="rework the weakest section and score again")
    review.add_argument("--organisation", help="flag claimed past figures that are not in this bidder's evidence library")
    review.add_argument("--json", action="store_true", help="print one JSON object")
    review.set_defaults(func=cmd_review)


def _add_commitment(sub: Any) -> None:
    """``sva commitment``."""
    commitment = sub.add_parser("commitment", help="the Partner VCFSE commitment: baseline, targets, progress")
    actions = commitment.add_subparsers(dest="action", required=True)
    c_add = actions.add_parser("add", help="add (or update) an organisation")
    c_add.add_argument("name")
    c_add.add_argument("--sector", required=True, choices=["public", "private", "vcfse"])
    c_add.add_argument("--area")
    actions.add_parser("list", help="list organisations")
    for name, text in (("baseline", "record the baseline year's value of a measure"),
                       ("record", "record a year's actual value of a measure")):
        c = actions.add_parser(name, help=text)
        c.add_argument("name")
        c.add_argument("--code", required=True)
        c.add_argument("--year", required=True, type=int)
        c.add_argument("--value", required=True, type=float)
        c.add_argument("--note")
        c.add_argument("--evidence", help="a link to the evidence")
    c_target = actions.add_parser("target", help="set a year's target: --value, or --percent on the year before")
    c_target.add_argument("name")
    c_target.add_argument("--code", required=True)
    c_target.add_argument("--year", required=True, type=int)
    group = c_target.add_mutually_exclusive_group(required=True)
    group.add_argument("--value", type=float)
    group.add_argument("--percent", type=float)
    c_target.add_argument("--note")
    c_progress = actions.add_parser("progress", help="progress against targets, with suggestions from the roadmap")
    c_progress.add_argument("name")
    c_progress.add_argument("--chart", help="also draw the chart to this .png file")
    c_export = actions.add_parser("export", help="export as CSV (one organisation, or all)")
    c_export.add_argument("name", nargs="?")
    c_export.add_argument("--out")
    c_import = actions.add_parser("import", help="import a CSV (organisation,sector,area,code,year,kind,value,note,evidence)")
    c_import.add_argument("file")
    for parser_ in actions.choices.values():
        parser_.add_argument("--json", action="store_true", help="print one JSON object")
    commitment.set_defaults(func=cmd_commitment)


def _add_feedback(sub: Any) -> None:
    """``sva feedback``."""
    feedback = sub.add_parser("feedback", help="ratings given in the app: list them, or export them as eval cases")
    feedback.add_argument("action", choices=["list", "export"])
    feedback.add_argument("--out", default="feedback-cases", help="folder for the exported cases (dev-set formats)")
    feedback.add_argument("--json", action="store_true", help="print one JSON object")
    feedback.set_defaults(func=cmd_feedback)


def _add_app(sub: Any) -> None:
    """``sva app``."""
    app = sub.add_parser("app", help="start the web app (on 127.0.0.1 unless --host says otherwise)")
    app.add_argument("--host", help="address to listen on (default 127.0.0.1, this machine only)")
    app.add_argument("--port", type=int, help="port (default 7860)")
    app.add_argument("--no-login-on-network", action="store_true",
                     help="allow a non-loopback --host without SVA_AUTH: anyone who can reach it can use the app")
    app.set_defaults(func=cmd_app)


def _add_measure(sub: Any) -> None:
    """``sva measure``."""
    measure = sub.add_parser("measure", help="look up measure codes (all of them without a code)")
    measure.add_argument("codes", nargs="*")
    measure.add_argument("--json", action="store_true")
    measure.set_defaults(func=cmd_measure)


def _add_sources(sub: Any) -> None:
    """``sva sources``."""
    sources = sub.add_parser("sources", help="list the indexed sources")
    sources.add_argument("--json", action="store_true")
    sources.set_defaults(func=cmd_sources)


def _add_delete(sub: Any) -> None:
    """``sva delete``."""
    delete = sub.add_parser("delete", help="remove a source and all its chunks")
    delete.add_argument("source", help="the name `sva sources` shows, the file's path, or its file name when only one "
                        "source has it (two matches: nothing is deleted and both are listed)")
    delete.add_argument("--json", action="store_true")
    delete.set_defaults(func=cmd_delete)


def parser() -> argparse.ArgumentParser:
    """The ``sva`` parser: one subcommand a job, each registered by its ``_add_<command>``."""
    from assistant.cli_bids import add_commands

    top = argparse.ArgumentParser(prog="sva", description="Social Value Assistant: cited answers from the roadmap, "
                                  "the TOMs and your documents.")
    sub = top.add_subparsers(dest="command", required=True)
    _add_ingest(sub)
    _add_ask(sub)
    _add_map(sub)
    _add_questions(sub)
    _add_draft(sub)
    _add_review(sub)
    _add_commitment(sub)
    _add_feedback(sub)
    add_commands(sub)
    _add_app(sub)
    _add_measure(sub)
    _add_sources(sub)
    _add_delete(sub)
    return top


def main(argv: list[str] | None = None) -> int:
    from assistant.settings import Settings

    args = parser().parse_args(argv)
    if getattr(args, "command", None) == "ask" and args.question == []:
        args.question = None
    try:
        level = Settings().log_level.upper()
    except Exception as exc:  # invalid SVA_ environment values
        print(f"sva: bad setting: {str(exc).splitlines()[0]}", file=sys.stderr)
        return 2
    logging.basicConfig(level=getattr(logging, level, logging.WARNING), stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("bm25s", "httpx", "chromadb"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLogger().level))
    try:
        return args.func(args)
    except BadInput as exc:
        print(f"sva: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the last line of defence: one clear line, details only in debug logs
        from assistant.frameworks import FrameworkError

        if isinstance(exc, FrameworkError):  # e.g. SVA_FRAMEWORK names a framework that is not loaded
            print(f"sva: {exc}", file=sys.stderr)
            return 2
        log.debug("failed", exc_info=True)
        if isinstance(exc, MemoryError):
            message = "out of memory: the command needed more memory than is free (nothing was changed part-way)"
        else:
            message = str(exc).strip() or type(exc).__name__  # never a bare "sva: error:"
        print(f"sva: error: {message}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
