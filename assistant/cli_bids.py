"""The bid writer's commands of ``sva``: intake, check, bid, framework and evidence (see docs/CLI.md).

Kept apart from assistant/cli.py so each front-end module stays small; they parse, call a task and render.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from assistant import models, render
from assistant.cli_common import _emit, csv_output, read_csv_file
from assistant.inputs import BadInput


def cmd_intake(args: argparse.Namespace) -> int:
    from pathlib import Path

    from assistant.settings import Settings
    from assistant.tasks.intake import TenderIntake
    from assistant.tender_reader import PACK_SUFFIXES

    paths: list[Path] = []
    for raw in args.files:
        path = Path(raw)
        if path.is_dir():
            paths += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in PACK_SUFFIXES)
        else:
            paths.append(path)
    if not paths:
        raise BadInput("no PDF, DOCX, MD or TXT files found in the given folders")
    settings = Settings()
    data = TenderIntake(settings.max_file_bytes, settings.max_pdf_pages).run(paths).as_dict()
    if not data["files"]:
        reasons = "; ".join(f"{e['source']}: {e['error']}" for e in data["errors"])
        if args.json:
            _emit(models.IntakeResult.of(data), True, render.intake_text)
        raise BadInput(f"no file of the tender pack could be read ({reasons})")
    _emit(models.IntakeResult.of(data), args.json, render.intake_text)
    return 0


def _draft_compliance(data: dict[str, Any], request: Any, args: argparse.Namespace) -> dict[str, Any]:
    from assistant.bid_drafts import draft_checks

    return draft_checks(data, request, args.sub_criterion or [])


def cmd_check(args: argparse.Namespace) -> int:
    from pathlib import Path

    from assistant.compliance import check_compliance
    from assistant.evidence import open_library
    from assistant.settings import Settings
    from assistant.tasks.questions import BadContractError
    from assistant.tasks.review import read_response

    try:
        text = read_response(" ".join(args.response))
    except BadContractError as exc:
        raise BadInput(str(exc)) from exc
    sub_criteria, words, chars = list(args.sub_criterion or []), args.words, args.characters
    if args.intake:
        try:
            intake = json.loads(Path(args.intake).read_text(encoding="utf-8"))
            questions = intake["questions"]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise BadInput(f"--intake must be the JSON that `sva intake --json` prints ({exc})") from exc
        chosen = [q for q in questions if (q.get("id") == args.question_id if args.question_id else q.get("social_value"))]
        if not chosen:
            raise BadInput("no such question in the intake" if args.question_id else "the intake has no social value question: "
                           "name one with --question-id")
        question = chosen[0]
        sub_criteria = sub_criteria or list(question.get("sub_criteria") or [])
        words = words or question.get("word_limit")
        chars = chars or question.get("char_limit")
    evidence = None
    if args.organisation:
        evidence = open_library(Settings()).records(args.organisation)
        if not evidence:
            raise BadInput(f"no evidence records for '{args.organisation}': add them with `sva evidence add`")
    data = check_compliance(text, sub_criteria=sub_criteria, word_limit=words, char_limit=chars, evidence=evidence)
    _emit(data, args.json, render.compliance_text)
    return 0


def _bids():
    from assistant.bids import BidWorkspace
    from assistant.settings import Settings

    return BidWorkspace(Settings().data_dir / "bids.sqlite3")


def _render_bid(data: dict[str, Any]) -> str:
    if "bids" in data:
        return "\n".join(f"{b['id']:<32} {b['name']:<40} drafts {b['drafts']}, reviews {b['reviews']}, updated {b['updated']}"
                         for b in data["bids"]) or "no bids yet: `sva bid new NAME --pack FILE...`"
    bid = data["bid"]
    lines = [data.get("message") or f"{bid['id']}: {bid['name']}", f"  created {bid['created']}, updated {bid['updated']}"]
    if bid.get("intake"):
        tender = {k: v["value"] for k, v in bid["intake"]["tender"].items() if v is not None}
        lines.append("  tender: " + ", ".join(f"{k} {v}" for k, v in tender.items()))
        lines += [f"  question {q['id'] or ''}: {q['text']}" for q in bid["intake"]["questions"] if q["social_value"]]
    lines += [f"  activity: {a}" for a in bid.get("activities", [])]
    lines += [f"  draft v{d['version']} ({d['saved']}): {d.get('words', '?')} words" for d in bid.get("drafts", [])]
    lines += [f"  review ({r['saved']}): {r.get('score', '?')}/100" for r in bid.get("reviews", [])]
    return "\n".join(lines)


def cmd_bid(args: argparse.Namespace) -> int:
    from pathlib import Path

    from assistant.bids import BidError
    from assistant.settings import Settings
    from assistant.tasks.intake import TenderIntake

    bids = _bids()
    try:
        if args.action == "new":
            intake = None
            if args.pack:
                settings = Settings()
                intake = TenderIntake(settings.max_file_bytes, settings.max_pdf_pages).run([Path(p) for p in args.pack]).as_dict()
                if not intake["files"]:
                    raise BadInput("no file of the tender pack could be read: " +
                                   "; ".join(f"{e['source']}: {e['error']}" for e in intake["errors"]))
            bid_id = bids.new(args.name, intake)
            if intake is not None:
                from assistant.frameworks import FrameworkRegistry

                detected = (intake["tender"].get("framework") or {}).get("value")
                chosen = FrameworkRegistry(Settings().data_dir / "frameworks").for_intake(detected)
                bids._change(bid_id, lambda d: d.__setitem__("framework", chosen))
            data = {"message": f"started bid {bid_id}", "bid": bids.get(bid_id)}
        elif args.action == "list":
            data = {"bids": bids.list()}
        else:
            data = {"bid": bids.get(args.id)}
    except BidError as exc:
        raise BadInput(str(exc)) from exc
    _emit(data, args.json, _render_bid)
    return 0


def cmd_framework(args: argparse.Namespace) -> int:
    from assistant.frameworks import FrameworkError, FrameworkRegistry
    from assistant.settings import Settings

    registry = FrameworkRegistry(Settings().data_dir / "frameworks")
    try:
        if args.action == "add":
            framework = registry.add(args.file)
            data = {"message": f"loaded {framework.id} ({len(framework.catalogue)} measures); use it with "
                               f"SVA_FRAMEWORK={framework.id}", "framework": framework.summary()}
        elif args.action == "list":
            data = {"frameworks": registry.list()}
        else:
            framework = registry.get(args.id)
            data = {"framework": framework.summary(), "measures": [m.as_dict() for m in framework.catalogue]}
    except FrameworkError as exc:
        raise BadInput(str(exc)) from exc

    def render(d: dict[str, Any]) -> str:
        if "frameworks" in d:
            return "\n".join(f"{f['id']:<24} {f['name']} ({f['measures']} measures; answers to {f['answers_to']})"
                             for f in d["frameworks"])
        head = [d["message"]] if d.get("message") else [f"{d['framework']['name']} ({d['framework']['source']})"]
        return "\n".join(head + [f"  {m['code']:<8} {m['theme']:<16} {m['measure']} [{m['unit']}]" for m in d.get("measures", [])])

    _emit(data, args.json, render)
    return 0


def _evidence_records(assistant: Any, organisation: str, required: bool = True) -> list:
    records = assistant.evidence.records(organisation)
    if not records and required:
        raise BadInput(f"no evidence records for '{organisation}': add them with `sva evidence add` or `sva evidence import`")
    return records


def _render_evidence(data: dict[str, Any]) -> str:
    lines = [data["message"]] if data.get("message") else []
    for r in data.get("records", []):
        if r["kind"] == "figure":
            what = f"{r['code']} {r['quantity']:g} {r['unit']} in {r['year']}" + (f" on {r['contract']}" if r["contract"] else "")
        else:
            what = r["title"] + (f": {r['text'][:80]}" if r["text"] else "")
        lines.append(f"  #{r['id']:<4} {r['organisation']:<24} {r['kind']:<13} {what}" + (f"  <{r['evidence']}>" if r["evidence"] else ""))
    if "records" in data and not data["records"]:
        lines.append("no records")
    return "\n".join(lines)


def cmd_evidence(args: argparse.Namespace) -> int:
    from pathlib import Path

    from assistant.evidence import EvidenceError, Record, open_library
    from assistant.settings import Settings

    library = open_library(Settings())  # no index or model needed
    data: dict[str, Any]
    try:
        if args.action == "add":
            record = Record(args.organisation, args.kind, code=args.code or "", quantity=args.quantity, unit=args.unit or "",
                            year=args.year, contract=args.contract or "", title=args.title or "", text=args.text or "",
                            evidence=args.evidence or "")
            [new_id] = library.add([record])
            data = {"message": f"added record #{new_id}", "records": [r.as_dict() for r in library.records(args.organisation) if r.id == new_id]}
        elif args.action == "list":
            data = {"records": [r.as_dict() for r in library.records(args.organisation, args.kind)]}
        elif args.action == "search":
            data = {"records": [r.as_dict() for r in library.search(" ".join(args.query), args.organisation)]}
        elif args.action == "delete":
            if not library.delete(args.id):
                raise BadInput(f"no record #{args.id}: `sva evidence list` shows them")
            data = {"message": f"deleted record #{args.id}"}
        elif args.action == "export":
            data = csv_output(library.export_csv(args.organisation), args.out, args.json)
            if data is None:
                return 0
        elif args.action == "ingest":
            data = _ingest_evidence(library, args)
        else:  # import
            text = read_csv_file(args.file)
            data = {"message": f"imported {library.import_csv(text)} records from {args.file}"}
    except EvidenceError as exc:
        raise BadInput(str(exc)) from exc
    _emit(data, args.json, _render_evidence_scan if args.action == "ingest" else _render_evidence)
    return 0


def _ingest_evidence(library: Any, args: argparse.Namespace) -> dict[str, Any]:
    """Find records in the bidder's documents; save them only with --yes (one transaction)."""
    from pathlib import Path

    from assistant.tasks.evidence_ingest import save_found, scan_documents
    from assistant.settings import Settings

    settings = Settings()
    scan = scan_documents([Path(f) for f in args.files], args.organisation, library.catalogue,
                          max_bytes=settings.max_file_bytes, max_pages=settings.max_pdf_pages)
    data = scan.as_dict()
    if not scan.files:
        raise BadInput("no file could be read: " + "; ".join(f"{e['source']}: {e['error']}" for e in scan.errors))
    if args.yes:
        data.update(save_found(library, scan))
        data["message"] = f"saved {data['saved']} records for {args.organisation}" + (
            f" ({data['already_in_library']} already in the library)" if data["already_in_library"] else "")
    else:
        data.update(saved=0, message=f"found {len(scan.found)} records; nothing saved: check them, then run again "
                                     "with --yes to save them")
    return data


def _render_evidence_scan(data: dict[str, Any]) -> str:
    lines = []
    for r in data["found"]:
        where = f"[{r['source']}" + (f" p{r['page']}]" if r["page"] is not None else "]")
        if r["kind"] == "figure":
            amount = f"£{r['quantity']:,.0f}" if r["unit"] == "£" else f"{r['quantity']:g} {r['unit']}"
            what = f"{r['code'] or '(no code)'} {amount} in {r['year']}" + (
                f" on {r['contract']}" if r["contract"] else "")
        else:
            what = f"{r['title']}: {r['text'][:80]}"
        lines.append(f"  {r['kind']:<11} {what}  {where}\n      \"{r['quote'][:120]}\"")
    if data["skipped"]:
        lines += ["", "Left out:"] + [f"  {s['source']} p{s['page']}: {s['quote'][:80]} ({s['why']})" for s in data["skipped"]]
    if data["errors"]:
        lines += ["", "Files that could not be read:"] + [f"  {e['source']}: {e['error']}" for e in data["errors"]]
    return "\n".join(lines + ["", data["message"]])


def _fill_from_bid(args: argparse.Namespace) -> None:
    """Take what the command line leaves out (question, contract, limits, sub-criteria) from the bid's tender pack."""
    from assistant.bids import BidError

    try:
        intake = _bids().get(args.bid).get("intake")
    except BidError as exc:
        raise BadInput(str(exc)) from exc
    if not intake:
        return
    tender = {k: (v or {}).get("value") for k, v in intake["tender"].items()}
    question = next((q for q in intake["questions"] if q["social_value"]), None)
    filled = {"question": question["text"] if question else None, "service": tender.get("service"),
              "value": str(tender["value_gbp"]) if tender.get("value_gbp") is not None else None,
              "months": tender.get("months"), "area": tender.get("area"),
              "words": question["word_limit"] if question else None,
              "characters": question["char_limit"] if question else None,
              "sub_criterion": list(question["sub_criteria"]) if question and question["sub_criteria"] else None}
    for name, value in filled.items():
        if getattr(args, name, None) in (None, "", []) and value not in (None, ""):
            setattr(args, name, value)


def _add_intake(sub: Any) -> None:
    """``sva intake``."""
    intake = sub.add_parser("intake", help="read a tender pack: contract, evaluation and questions, each with its page")
    intake.add_argument("files", nargs="+", help="the pack's PDF, DOCX, MD or TXT files (or folders)")
    intake.add_argument("--json", action="store_true", help="print one JSON object")
    intake.set_defaults(func=cmd_intake)


def _add_framework(sub: Any) -> None:
    """``sva framework``."""
    framework = sub.add_parser("framework", help="measurement frameworks: the shipped TOMs and any you load from a file")
    f_actions = framework.add_subparsers(dest="action", required=True)
    f_add = f_actions.add_parser("add", help="check a framework file (JSON, see docs/FRAMEWORKS.md) and load it")
    f_add.add_argument("file")
    f_actions.add_parser("list", help="list frameworks")
    f_show = f_actions.add_parser("show", help="show a loaded framework's measures")
    f_show.add_argument("id")
    for parser_ in f_actions.choices.values():
        parser_.add_argument("--json", action="store_true", help="print one JSON object")
    framework.set_defaults(func=cmd_framework)


def _add_bid(sub: Any) -> None:
    """``sva bid``."""
    bid = sub.add_parser("bid", help="bid workspaces: one per tender, with its intake, drafts and reviews")
    b_actions = bid.add_subparsers(dest="action", required=True)
    b_new = b_actions.add_parser("new", help="start a bid, reading its tender pack")
    b_new.add_argument("name")
    b_new.add_argument("--pack", nargs="+", help="the tender pack's files")
    b_actions.add_parser("list", help="list bids")
    b_show = b_actions.add_parser("show", help="show a bid")
    b_show.add_argument("id")
    for parser_ in b_actions.choices.values():
        parser_.add_argument("--json", action="store_true", help="print one JSON object")
    bid.set_defaults(func=cmd_bid)


def _add_check(sub: Any) -> None:
    """``sva check``."""
    check = sub.add_parser("check", help="compliance check before export: sub-criteria, word and character limits, "
                                         "commitments, figures")
    check.add_argument("response", nargs="+", help="a .docx, .md or .txt file, or the response text")
    check.add_argument("--intake", help="the JSON from `sva intake --json`: limits and sub-criteria of its social value question")
    check.add_argument("--question-id", help="check against this question of the intake instead")
    check.add_argument("--sub-criterion", action="append", help="a point the question asks to address (repeatable)")
    check.add_argument("--words", type=int, help="word limit")
    check.add_argument("--characters", type=int, help="character limit, counted with spaces")
    check.add_argument("--organisation", help="trace figures to this bidder's evidence library")
    check.add_argument("--json", action="store_true", help="print one JSON object")
    check.set_defaults(func=cmd_check)


def _add_evidence(sub: Any) -> None:
    """``sva evidence``."""
    evidence = sub.add_parser("evidence", help="the bidder's evidence library: past figures, case studies, policies")
    e_actions = evidence.add_subparsers(dest="action", required=True)
    e_add = e_actions.add_parser("add", help="add a record")
    e_add.add_argument("organisation")
    e_add.add_argument("--kind", required=True, choices=["figure", "case_study", "policy", "accreditation"])
    e_add.add_argument("--code", help="measure code of a delivery figure, e.g. NT17")
    e_add.add_argument("--quantity", type=float)
    e_add.add_argument("--unit", help="e.g. hours, FTE, £")
    e_add.add_argument("--year", type=int)
    e_add.add_argument("--contract", help="the contract it was delivered on")
    e_add.add_argument("--title", help="title of a case study, policy or accreditation")
    e_add.add_argument("--text", help="a short description")
    e_add.add_argument("--evidence", help="a link to the evidence (https://…) or a file name")
    e_list = e_actions.add_parser("list", help="list records (one organisation, or all)")
    e_list.add_argument("organisation", nargs="?")
    e_list.add_argument("--kind", choices=["figure", "case_study", "policy", "accreditation"])
    e_search = e_actions.add_parser("search", help="records holding every word of the query")
    e_search.add_argument("query", nargs="+")
    e_search.add_argument("--organisation")
    e_delete = e_actions.add_parser("delete", help="delete a record by its number")
    e_delete.add_argument("id", type=int)
    e_export = e_actions.add_parser("export", help="export as CSV (one organisation, or all)")
    e_export.add_argument("organisation", nargs="?")
    e_export.add_argument("--out")
    e_import = e_actions.add_parser("import", help="import a CSV (organisation,kind,code,quantity,unit,year,contract,title,text,evidence)")
    e_import.add_argument("file")
    e_ingest = e_actions.add_parser("ingest", help="find past figures and case studies in your own documents (PDF, "
                                                   "DOCX, MD, TXT), each with its file and page; --yes saves them")
    e_ingest.add_argument("files", nargs="+")
    e_ingest.add_argument("--organisation", required=True, help="the organisation the documents are about")
    e_ingest.add_argument("--yes", action="store_true", help="save what was found (without it, nothing is saved)")
    for parser_ in e_actions.choices.values():
        parser_.add_argument("--json", action="store_true", help="print one JSON object")
    evidence.set_defaults(func=cmd_evidence)


def add_commands(sub: Any) -> None:
    """Register the commands on the ``sva`` parser's subcommands."""
    _add_intake(sub)
    _add_framework(sub)
    _add_bid(sub)
    _add_check(sub)
    _add_evidence(sub)
