"""The ``sva`` command (see docs/CLI.md for the contract): readable text, or one JSON object with --json."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Any, Callable

from assistant.cli_common import csv_output, emit as _emit, read_csv_file
from assistant.inputs import BadInput, contract, out_path, parse_area
from assistant.measures import UnknownMeasureError
from assistant.names import visible
from assistant.proxies import ProxyTableError

log = logging.getLogger("sva")


__all__ = ["BadInput", "csv_output", "main", "parser", "read_csv_file"]




def _render_ingest(data: dict[str, Any]) -> str:
    lines = [f"{e['status']:>9}  {visible(e['source'])}  ({e['pages']} pages, {e['chunks']} chunks)"
             for e in data["ingested"]]
    lines += [f"    error  {visible(e['source'])}: {e['error']}" for e in data["errors"]]
    return "\n".join(lines) or "nothing to ingest"


def _render_answer(data: dict[str, Any]) -> str:
    lines = [data["answer"]]
    if data.get("notice"):
        lines.append(f"({data['notice']})")
    if data["citations"]:
        lines.append("")
        lines.append("Sources:")
    for c in data["citations"]:
        where = ", ".join(x for x in (f"p. {c['page']}" if c["page"] is not None else "", c["section"] or "") if x)
        lines.append(f"[{c['n']}] {visible(c['source'])}{' — ' + where if where else ''}")
        lines.append(f"    “{c['snippet']}”")
        if c.get("url"):
            lines.append(f"    {c['url']}")
    return "\n".join(lines)


def _render_sources(data: dict[str, Any]) -> str:
    """One line a source; names with control or bidi-override characters are shown with them made visible."""
    rows = [f"{visible(s['source'])}  [{s['kind']}, {s['pages']} pages, {s['chunks']} chunks, {s['status']}]"
            for s in data["sources"]]
    if any(s["status"] != "complete" for s in data["sources"]):
        rows.append("(pending: its ingest did not finish; `sva ingest --resume` redoes it, `sva delete NAME` removes it)")
    return "\n".join(rows) or "no sources indexed"


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
    _emit(report.as_dict(), args.json, _render_ingest)
    if report.errors and not report.ingested:
        return 2
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    from assistant.assistant import build

    area = parse_area(args.area)
    assistant = build()
    if args.question is None:
        return _interactive(assistant, area, args.write)
    question = " ".join(args.question).strip()
    if not question:
        raise BadInput("the question is empty")
    _emit(assistant.ask(question, area=area, write=args.write).as_dict(), args.json, _render_answer)
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
            print(_render_answer(answer.as_dict()))


def _render_mapping(data: dict[str, Any]) -> str:
    lines = [f"Activity: {data['activity']}"]
    if data.get("quantity"):
        q = data["quantity"]
        lines.append(f"Stated: {q['text']}")
    if data.get("fits") is False:
        lines.append("No measure fits this activity: none is close enough. Describe who benefits and how; the "
                     "closest measures are listed below only for reference.")
    for rank, m in enumerate(data["measures"], start=1):
        star = " (Partner VCFSE key measure)" if m.get("partner_vcfse_key") else ""
        lines.append(f"{rank}. {m['code']}{star} — {m['measure']} [{m['unit']}] score {m['score']}")
        in_unit = m.get("in_unit") or {}
        if in_unit.get("value") is not None:
            lines.append(f"   in its unit: {in_unit['value']:,} {in_unit['unit']}" + (f" ({in_unit['how']})" if in_unit.get("how") else ""))
        elif in_unit.get("missing"):
            lines.append(f"   in its unit: not yet: {in_unit['missing']}")
        lines.append(f"   {m['theme']} / {m['outcome']}")
        lines.append(f"   why: {m['why']}")
        if m.get("proxy"):
            lines.append(f"   £{m['proxy']['value_gbp']:,.2f}: {m['proxy']['label']}")
    if data.get("choose"):
        lines.append(f"Close call: {data['choose']}")
    return "\n".join(lines)


def cmd_map(args: argparse.Namespace) -> int:
    from assistant.assistant import build

    activity = " ".join(args.activity).strip()
    if not activity:
        raise BadInput("the activity is empty: describe what you will do, e.g. 'staff volunteer at a food bank'")
    if args.top < 1 or args.top > 52:
        raise BadInput("--top must be between 1 and 52")
    assistant = build()
    try:
        mapping = assistant.map_activity(activity, top=args.top)
    except ProxyTableError as exc:
        raise BadInput(str(exc)) from exc
    _emit(mapping.as_dict(), args.json, _render_mapping)
    return 0


def _render_questions(data: dict[str, Any]) -> str:
    from assistant.export import citation_lines

    lines = [
        f"Weighting: at least {data['weighting_percent']}% of the total score; "
        f"{data['qualitative_percent']}:{data['quantitative_percent']} qualitative:quantitative; "
        f"VCFSE-relevant: {'yes' if data['vcfse_relevant'] else 'no'}"
        + (f"; tender open at least {data['min_tender_weeks']} weeks" if data["min_tender_weeks"] else ""),
        "",
        "Measures:",
    ]
    lines += [f"  {m['code']:<6} {m['measure']} [{m['unit']}]\n         why: {m['why']}" for m in data["measures"]]
    for number, q in enumerate(data["questions"], start=1):
        lines += ["", f"Question {number} ({', '.join(q['measures'])}):", f"  {q['text']}", f"  Scoring: {q['scoring']}"]
    lines += ["", "Evaluation matrix (% of social value / % of total):"]
    lines += [f"  {r['part']:<12} {r['criterion']}: {r['percent_of_social_value']} / {r['percent_of_total']}"
              for r in data["evaluation_matrix"]]
    lines += ["", "Notes:"] + [f"  - {n}" for n in data["notes"]]
    lines += ["", "Sources:"] + [f"  {line}" for line in citation_lines(data["citations"])]
    return "\n".join(lines)


def cmd_questions(args: argparse.Namespace) -> int:
    from assistant.assistant import build
    from assistant.tasks.questions import BadContractError

    terms = contract(args.service, args.value, args.months, args.area, args.sector, args.priority)
    out = out_path(args.out)
    try:
        result = build().tender_questions(terms)
    except BadContractError as exc:
        raise BadInput(str(exc)) from exc
    _emit(_written(result.as_dict(), result, out), args.json, _render_questions)
    return 0


def _render_draft(data: dict[str, Any]) -> str:
    from assistant.export import citation_lines

    lines = ["Commitments:"]
    for index, c in enumerate(data["commitments"]):
        quantity = f"{c['quantity']} {c['unit']}" if c["quantity"] is not None else f"no quantity ({c['unit']})"
        lines.append(f"  {index + 1}. [{'ok' if c['included'] else 'FLAGGED'}] {', '.join(c['codes'])}  {quantity}  {c['activity']}")
        if c.get("conversion"):
            lines.append(f"       = {c['conversion']}")
        elif c.get("missing"):
            lines.append(f"       ? {c['missing']}")
        for name, check in c["checks"].items():
            lines.append(f"       {'✓' if check['ok'] else '✗'} {name}: {check['why']}")
    lines += ["", f"Response ({data['words']} words" + (f", limit {data['word_limit']}" if data["word_limit"] else "") + "):",
              "", data["response_markdown"]]
    if data["notes"]:
        lines += ["Notes:"] + [f"  - {n}" for n in data["notes"]]
    if data["citations"]:
        lines += ["", "Sources:"] + [f"  {line}" for line in citation_lines(data["citations"])]
    if data.get("compliance"):
        from assistant.cli_bids import _render_compliance

        lines += ["", "Compliance before export: " + _render_compliance(data["compliance"]).split("\n", 1)[0]]
        lines += [f"  - {p}" for p in data["compliance"]["problems"]]
    return "\n".join(lines)


def _written(data: dict[str, Any], result: Any, out: Any) -> dict[str, Any]:
    """Write ``result``'s report to ``out`` (.docx or .md) when asked, and say where."""
    if out is not None:
        from assistant.export import write_report

        write_report(result.report(), out)
        data["written"] = str(out)
    return data


def cmd_draft(args: argparse.Namespace) -> int:
    from assistant.assistant import build
    from assistant.cli_bids import _bids, _draft_compliance, _evidence_records, _fill_from_bid
    from assistant.tasks.draft import DraftRequest
    from assistant.tasks.questions import BadContractError

    if getattr(args, "bid", None):
        _fill_from_bid(args)
    missing = [name for name in ("question", "service", "value", "months", "area") if getattr(args, name) in (None, "")]
    if missing:
        raise BadInput(f"give --{missing[0]}" + (" (the bid's tender pack does not state it)" if args.bid else ""))
    request = DraftRequest(
        question=args.question,
        contract=contract(args.service, args.value, args.months, args.area),
        activities=list(args.activity or []), partners=list(args.partner or []), words=args.words,
        characters=args.characters,
    )
    try:
        request.validate()
    except BadContractError as exc:
        raise BadInput(str(exc)) from exc
    out = out_path(args.out)
    if getattr(args, "bid", None):
        from assistant.bids import BidError

        try:
            bid_record = _bids().get(args.bid)  # before drafting: an unknown bid is bad input
        except BidError as exc:
            raise BadInput(str(exc)) from exc
        from assistant.settings import Settings

        settings = Settings()
        if settings.framework == "cm-toms" and bid_record.get("framework", "cm-toms") != "cm-toms":
            settings = Settings(framework=bid_record["framework"])  # the framework the tender's pack selected
        assistant = build(settings)
    else:
        assistant = build()
    if (args.organisation or "").strip():  # its evidence library records, if it has any, give the track record
        request.evidence = _evidence_records(assistant, args.organisation, required=False)
    result = assistant.draft(request)
    full = result.as_dict()
    data = {k: v for k, v in full.items() if k != "blocks"}
    data["compliance"] = _draft_compliance(data, request, args)
    if out is not None:
        from assistant.draft_files import checks_report, response_report, write_commitments_csv
        from assistant.export import write_report

        organisation = (args.organisation or "").strip()
        write_report(response_report(full, organisation, appendix=args.appendix), out)
        data["written"] = str(out)
        if not args.appendix:
            checks = out.with_name(f"{out.stem}-checks{out.suffix}")
            data["checks_written"] = str(write_report(checks_report(full, organisation), checks))
        data["commitments_written"] = str(write_commitments_csv(full, out.with_name(f"{out.stem}-commitments.csv")))
    if getattr(args, "bid", None):
        data["bid"] = {"id": args.bid, "version": _bids().add_draft(args.bid, data)}
    _emit(data, args.json, _render_draft)
    return 0


def _render_commitment(data: dict[str, Any]) -> str:
    from assistant.export import citation_lines

    if "organisations" in data:
        return "\n".join(f"{o['name']}  [{o['sector']}{', ' + o['area'] if o['area'] else ''}]" for o in data["organisations"]) \
            or "no organisations yet: sva commitment add NAME --sector public|private|vcfse"
    if "report" not in data:
        return data.get("message", "done")
    r = data["report"]
    lines = [f"{r['organisation']['name']} ({r['organisation']['sector']})", r["rule"], ""]
    for m in r["measures"]:
        base = f"baseline {m['baseline']['value']:,.2f} ({m['baseline']['year']})" if m["baseline"] else "no baseline"
        lines.append(f"{m['code']} {m['name']} [{m['unit']}]: {base}")
        for y in m["years"]:
            parts = [f"target {y['target']:,.2f}" if y["target"] is not None else "no target",
                     f"actual {y['actual']:,.2f}" if y["actual"] is not None else "no actual"]
            if y.get("percent_of_target") is not None:
                parts.append(f"{y['percent_of_target']}% of target")
            if y.get("proxy"):
                parts.append(f"£{y['proxy']['value_gbp']:,.2f} ({y['proxy']['label']})")
            lines.append(f"    {y['year']}: " + ", ".join(parts) + (f"  [{y['rule']}]" if y["rule"] else ""))
    lines += ["", "Summary:"] + [f"  - {s}" for s in r["summary"]]
    lines += ["", "Suggestions from the roadmap:"] + [f"  - {s}" for s in r["recommendations"]]
    lines += ["", "Sources:"] + [f"  {line}" for line in citation_lines(r["citations"])]
    return "\n".join(lines)


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
    _emit(data, args.json, _render_commitment)
    return 0


def _render_review(data: dict[str, Any]) -> str:
    from assistant.review_view import render_text

    return render_text(data)


def cmd_review(args: argparse.Namespace) -> int:
    from assistant.assistant import build
    from assistant.tasks.questions import BadContractError
    from assistant.tasks.review import ReviewRequest

    try:
        from assistant.review_view import response_text

        text = response_text(" ".join(args.response))
        request = ReviewRequest(text, args.question or "",
                                contract(args.service, args.value, args.months, args.area)).validate()
    except BadContractError as exc:
        raise BadInput(str(exc)) from exc
    assistant = build()
    if getattr(args, "organisation", None):
        from assistant.cli_bids import _evidence_records

        request.evidence = _evidence_records(assistant, args.organisation)
    task = assistant.review_task()
    result = task(request)
    data = result.as_dict()
    if args.improve:
        from assistant.review_view import improve_review

        data["improved"] = improve_review(task, request, result)
    _emit(data, args.json, _render_review)
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
    _emit({"sources": records}, args.json, _render_sources)
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


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="sva", description="Social Value Assistant: cited answers from the roadmap, the TOMs and your documents.")
    sub = top.add_subparsers(dest="command", required=True)

    ingest = sub.add_parser("ingest", help="add files or folders (PDF, DOCX, MD, TXT, CSV) to the knowledge store")
    ingest.add_argument("paths", nargs="*")
    ingest.add_argument("--resume", action="store_true",
                        help="also redo ingests that did not finish (listed as pending by `sva sources`)")
    ingest.add_argument("--area", help="the area the documents are about (a borough, or 'Cheshire and Merseyside')")
    ingest.add_argument("--json", action="store_true", help="print one JSON object")
    ingest.set_defaults(func=cmd_ingest)

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

    mapper = sub.add_parser("map", help="rank TOMs measure codes for an activity, with reasons")
    mapper.add_argument("activity", nargs="+")
    mapper.add_argument("--top", type=int, default=3, help="how many codes to return (default 3)")
    mapper.add_argument("--json", action="store_true", help="print one JSON object")
    mapper.set_defaults(func=cmd_map)

    questions = sub.add_parser("questions", help="draft tender questions, measures and an evaluation matrix")
    _contract_arguments(questions, "community mental health support")
    questions.add_argument("--priority", action="append", help="a priority outcome (repeatable), e.g. 'Reducing inequalities'")
    questions.add_argument("--sector", choices=["nhs", "council", "other"], default="other")
    questions.add_argument("--out", help="also write the questions to a .docx or .md file")
    questions.add_argument("--json", action="store_true", help="print one JSON object")
    questions.set_defaults(func=cmd_questions)

    draft = sub.add_parser("draft", help="draft a social value response from planned activities, with checks")
    draft.add_argument("--question", help="the tender's social value question (required unless --bid's pack states it)")
    _contract_arguments(draft, "hospital cleaning", required=False)
    draft.add_argument("--activity", action="append", help="a planned activity (repeatable), e.g. '200 volunteer hours at local food banks'")
    draft.add_argument("--partner", action="append", help="a named VCFSE partner (repeatable)")
    draft.add_argument("--words", type=int, help="word limit for the response")
    draft.add_argument("--characters", type=int, help="character limit for the response (when the tender counts characters)")
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

    review = sub.add_parser("review", help="score a response like an evaluator (60:40), with flags and what to fix")
    review.add_argument("response", nargs="+", help="a .docx, .md or .txt file, or the response text")
    review.add_argument("--question", default="", help="the tender's social value question")
    _contract_arguments(review, "hospital cleaning")
    review.add_argument("--improve", action="store_true", help="rework the weakest section and score again")
    review.add_argument("--organisation", help="flag claimed past figures that are not in this bidder's evidence library")
    review.add_argument("--json", action="store_true", help="print one JSON object")
    review.set_defaults(func=cmd_review)

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

    feedback = sub.add_parser("feedback", help="ratings given in the app: list them, or export them as eval cases")
    feedback.add_argument("action", choices=["list", "export"])
    feedback.add_argument("--out", default="feedback-cases", help="folder for the exported cases (dev-set formats)")
    feedback.add_argument("--json", action="store_true", help="print one JSON object")
    feedback.set_defaults(func=cmd_feedback)

    from assistant.cli_bids import add_commands

    add_commands(sub)

    app = sub.add_parser("app", help="start the web app (on 127.0.0.1 unless --host says otherwise)")
    app.add_argument("--host", help="address to listen on (default 127.0.0.1, this machine only)")
    app.add_argument("--port", type=int, help="port (default 7860)")
    app.add_argument("--no-login-on-network", action="store_true",
                     help="allow a non-loopback --host without SVA_AUTH: anyone who can reach it can use the app")
    app.set_defaults(func=cmd_app)

    measure = sub.add_parser("measure", help="look up measure codes (all of them without a code)")
    measure.add_argument("codes", nargs="*")
    measure.add_argument("--json", action="store_true")
    measure.set_defaults(func=cmd_measure)

    sources = sub.add_parser("sources", help="list the indexed sources")
    sources.add_argument("--json", action="store_true")
    sources.set_defaults(func=cmd_sources)

    delete = sub.add_parser("delete", help="remove a source and all its chunks")
    delete.add_argument("source", help="the name `sva sources` shows, the file's path, or its file name when only one "
                        "source has it (two matches: nothing is deleted and both are listed)")
    delete.add_argument("--json", action="store_true")
    delete.set_defaults(func=cmd_delete)
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
