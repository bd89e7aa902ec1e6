"""One renderer per typed result (assistant/models.py): plain text for the terminal, Markdown and table rows for
the app. The CLI, the app and the exports call these; none of them reads a result's keys itself."""

from __future__ import annotations

import html
from typing import Any, Iterable

from assistant.models import (AskResult, Citation, DraftResult, IngestResult, IntakeQuestion, IntakeResult, Located,
                              MapResult, QuestionsResult, ReviewResult, SourcesResult)
from assistant.names import visible

CHECK_NAMES = ("relevant", "proportionate", "additional")


def escape(text: str) -> str:
    """Document text shown as text in Markdown/HTML: '<script>' stays visible characters, never markup."""
    return html.escape(text or "", quote=False)


def citation_lines(citations: Iterable[Citation]) -> list[str]:
    """'[1] Towards a Social Value Economy, p. 43 …' one a citation, as the exports number them."""
    from assistant.export import citation_lines as lines

    return lines([c.model_dump() for c in citations])


def where(citation: Citation) -> str:
    """'p. 12, 1.2 Executive summary' (page and section, whichever are known)."""
    return ", ".join(x for x in (f"p. {citation.page}" if citation.page is not None else "", citation.section or "") if x)


# --- plain text for the terminal ----------------------------------------------------------------
def ingest_text(result: IngestResult) -> str:
    lines = [f"{e.status:>9}  {visible(e.source)}  ({e.pages} pages, {e.chunks} chunks)" for e in result.ingested]
    lines += [f"    error  {visible(e.source)}: {e.error}" for e in result.errors]
    return "\n".join(lines) or "nothing to ingest"


def sources_text(result: SourcesResult) -> str:
    """One line a source; names with control or bidi-override characters are shown with them made visible."""
    rows = [f"{visible(s.source)}  [{s.kind}, {s.pages} pages, {s.chunks} chunks, {s.status}]" for s in result.sources]
    if any(s.status != "complete" for s in result.sources):
        rows.append("(pending: its ingest did not finish; `sva ingest --resume` redoes it, `sva delete NAME` removes it)")
    return "\n".join(rows) or "no sources indexed"


def answer_text(result: AskResult) -> str:
    lines = [result.answer]
    if result.notice:
        lines.append(f"({result.notice})")
    if result.citations:
        lines += ["", "Sources:"]
    for c in result.citations:
        place = where(c)
        lines.append(f"[{c.n}] {visible(c.source)}{' — ' + place if place else ''}")
        lines.append(f"    “{c.snippet}”")
        if c.url:
            lines.append(f"    {c.url}")
    return "\n".join(lines)


def _in_unit_line(in_unit: dict[str, Any] | None) -> str | None:
    in_unit = in_unit or {}
    if in_unit.get("value") is not None:
        return f"   in its unit: {in_unit['value']:,} {in_unit['unit']}" + (f" ({in_unit['how']})" if in_unit.get("how") else "")
    if in_unit.get("missing"):
        return f"   in its unit: not yet: {in_unit['missing']}"
    return None


def mapping_text(result: MapResult) -> str:
    lines = [f"Activity: {result.activity}"]
    if result.quantity:
        lines.append(f"Stated: {result.quantity['text']}")
    if not result.fits:
        lines.append("No measure fits this activity: none is close enough. Describe who benefits and how; the "
                     "closest measures are listed below only for reference.")
    for rank, m in enumerate(result.measures, start=1):
        star = " (Partner VCFSE key measure)" if m.partner_vcfse_key else ""
        lines.append(f"{rank}. {m.code}{star} — {m.measure} [{m.unit}] score {m.score}")
        lines += [line for line in [_in_unit_line(m.in_unit)] if line]
        lines += [f"   {m.theme} / {m.outcome}", f"   why: {m.why}"]
        if m.proxy:
            lines.append(f"   £{m.proxy['value_gbp']:,.2f}: {m.proxy['label']}")
    if result.choose:
        lines.append(f"Close call: {result.choose}")
    return "\n".join(lines)


def questions_text(result: QuestionsResult) -> str:
    lines = [
        f"Weighting: at least {result.weighting_percent}% of the total score; "
        f"{result.qualitative_percent}:{result.quantitative_percent} qualitative:quantitative; "
        f"VCFSE-relevant: {'yes' if result.vcfse_relevant else 'no'}"
        + (f"; tender open at least {result.min_tender_weeks} weeks" if result.min_tender_weeks else ""),
        "", "Measures:",
    ]
    lines += [f"  {m.code:<6} {m.measure} [{m.unit}]\n         why: {m.why}" for m in result.measures]
    for number, q in enumerate(result.questions, start=1):
        lines += ["", f"Question {number} ({', '.join(q.measures)}):", f"  {q.text}", f"  Scoring: {q.scoring}"]
    lines += ["", "Evaluation matrix (% of social value / % of total):"]
    lines += [f"  {r.part:<12} {r.criterion}: {r.percent_of_social_value} / {r.percent_of_total}"
              for r in result.evaluation_matrix]
    lines += ["", "Notes:"] + [f"  - {n}" for n in result.notes]
    lines += ["", "Sources:"] + [f"  {line}" for line in citation_lines(result.citations)]
    return "\n".join(lines)


def length_line(result: DraftResult) -> str:
    """'412 words, limit 500'."""
    return f"{result.words} words" + (f", limit {result.word_limit}" if result.word_limit else "")


def draft_text(result: DraftResult) -> str:
    lines = ["Commitments:"]
    for index, c in enumerate(result.commitments):
        quantity = f"{c.quantity} {c.unit}" if c.quantity is not None else f"no quantity ({c.unit})"
        lines.append(f"  {index + 1}. [{'ok' if c.included else 'FLAGGED'}] {', '.join(c.codes)}  {quantity}  {c.activity}")
        if c.conversion:
            lines.append(f"       = {c.conversion}")
        elif c.missing:
            lines.append(f"       ? {c.missing}")
        for name in CHECK_NAMES:
            check = getattr(c.checks, name)
            lines.append(f"       {'✓' if check.ok else '✗'} {name}: {check.why}")
    lines += ["", f"Response ({length_line(result)}):", "", result.response_markdown]
    if result.notes:
        lines += ["Notes:"] + [f"  - {n}" for n in result.notes]
    if result.citations:
        lines += ["", "Sources:"] + [f"  {line}" for line in citation_lines(result.citations)]
    if result.compliance:
        lines += ["", "Compliance before export: " + compliance_text(result.compliance).split("\n", 1)[0]]
        lines += [f"  - {p}" for p in result.compliance["problems"]]
    return "\n".join(lines)


def compliance_text(data: dict[str, Any]) -> str:
    """A compliance check (assistant/compliance.py) as text: ready or not, limits, sub-criteria, figures."""
    lines = ["Ready to export." if data["ready"] else f"Not ready: {len(data['problems'])} problem(s)."]
    lines += [f"  - {p}" for p in data["problems"]]
    lim = data["limits"]
    lines.append(f"Length: {lim['words']} words" + (f" (limit {lim['word_limit']})" if lim["word_limit"] else "")
                 + f", {lim['characters']} characters with spaces" + (f" (limit {lim['char_limit']})" if lim["char_limit"] else ""))
    for s in data["sub_criteria"]:
        lines.append(f"  {'✓' if s['addressed'] else '✗'} {s['sub_criterion']}" +
                     (f"  [{s['where']['section'] or 'untitled section'}]" if s["where"] else "  (missing)"))
    for c in data["commitments"]:
        lines.append(f"  {'✓' if c['ok'] else '✗'} commitment: {c['commitment'][:90]}  ({c['why']})")
    for f in data["figures"]:
        lines.append(f"  {'✓' if f['traced'] else '✗'} {f['figure']}: {f['where']}")
    return "\n".join(lines)


def score_line(result: ReviewResult) -> str:
    """'84/100 — Good: qualitative 50/60, quantitative 36/40, penalty −2 for flags (60:40).'"""
    from assistant.review_view import score_line as line

    return line(result.model_dump())


def review_text(result: ReviewResult) -> str:
    """The review as plain text for the terminal."""
    lines = [f"Score {score_line(result)}"]
    for part in (result.qualitative, result.quantitative):
        for c in part.criteria.values():
            lines.append(f"  {c.points:>5}/{c.max_points}  {c.criterion}")
            lines += [f"           “{q}”" for q in c.evidence[:2]]
            if c.to_raise != "Strong.":
                lines.append(f"           to raise it: {c.to_raise}")
    if result.flags:
        lines += ["", "Flags:"] + [f"  - {f.kind}: {f.why}\n      “{f.quote}”" for f in result.flags]
    if result.improved:
        i = result.improved
        lines += ["", f"Improved the weakest section ({i.get('criterion_name') or i['criterion']}): score "
                  f"{result.score} -> {i['score']}", f"({i['note']})", "", i["text"]]
    return "\n".join(lines)


def _located(item: Located | IntakeQuestion) -> str:
    return f"{item.source}" + (f" p{item.page}" if item.page is not None else "") + (
        f" ({item.section})" if getattr(item, "section", None) and item.page is None else "")


def _limits(q: IntakeQuestion) -> str:
    return ", ".join(x for x in (f"{q.word_limit} words" if q.word_limit else "",
                                 f"{q.char_limit} characters" if q.char_limit else "",
                                 f"{q.page_limit} pages" if q.page_limit else "",
                                 f"weighting {q.weighting_percent}%" if q.weighting_percent is not None else "") if x)


def intake_text(result: IntakeResult) -> str:
    lines = ["Tender:"]
    lines += [f"  {name:<32} {item.value}   [{_located(item)}]" for name, item in result.tender.items() if item is not None]
    lines += [f"  not stated in the pack: {', '.join(result.not_found) or 'nothing'}", "",
              f"Questions ({len(result.questions)}):"]
    for q in result.questions:
        mark = "SOCIAL VALUE  " if q.social_value else ""
        lines.append(f"  {mark}{q.lot + ' ' if q.lot else ''}{q.id or '(no id)'}: {q.text}")
        lines.append(f"      {_limits(q) or 'no limit or weighting stated'}   [{_located(q)}]")
        lines += [f"      - {point}" for point in q.sub_criteria]
        if q.social_value and q.social_value_why:
            lines.append(f"      social value because: {'; '.join(q.social_value_why)}")
    if result.errors:
        lines += ["", "Files that could not be read:"] + [f"  {e.source}: {e.error}" for e in result.errors]
    return "\n".join(lines)


def commitment_text(data: dict[str, Any]) -> str:
    """``sva commitment``'s result: organisations, a message, or a Partner VCFSE report with years and sources."""
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
        lines += [_year_line(y) for y in m["years"]]
    lines += ["", "Summary:"] + [f"  - {s}" for s in r["summary"]]
    lines += ["", "Suggestions from the roadmap:"] + [f"  - {s}" for s in r["recommendations"]]
    lines += ["", "Sources:"] + [f"  {line}" for line in citation_lines(Citation.model_validate(c) for c in r["citations"])]
    return "\n".join(lines)


def _year_line(y: dict[str, Any]) -> str:
    parts = [f"target {y['target']:,.2f}" if y["target"] is not None else "no target",
             f"actual {y['actual']:,.2f}" if y["actual"] is not None else "no actual"]
    if y.get("percent_of_target") is not None:
        parts.append(f"{y['percent_of_target']}% of target")
    if y.get("proxy"):
        parts.append(f"£{y['proxy']['value_gbp']:,.2f} ({y['proxy']['label']})")
    return f"    {y['year']}: " + ", ".join(parts) + (f"  [{y['rule']}]" if y["rule"] else "")


# --- Markdown and table rows for the app -----------------------------------------------------------
def sources_markdown(citations: Iterable[Citation]) -> str:
    """'### Sources' and one escaped line a citation; empty without citations."""
    lines = citation_lines(citations)
    return "### Sources\n" + "\n".join(f"- {escape(line)}" for line in lines) if lines else ""


def commitment_markdown(report: dict[str, Any]) -> str:
    """A Partner VCFSE report for the app: progress, proxy values, the roadmap's suggestions, sources."""
    lines = [f"### {escape(report['organisation']['name'])} ({report['organisation']['sector']})", escape(report["rule"]),
             "", "**Progress**"] + [f"- {escape(s)}" for s in report["summary"]]
    for m in report["measures"]:
        lines += [f"- {m['code']} {y['year']}: £{y['proxy']['value_gbp']:,.2f} — {escape(y['proxy']['label'])}"
                  for y in m["years"] if y.get("proxy")]
    lines += ["", "**Suggestions from the roadmap for your sector**"] + [f"- {escape(r)}" for r in report["recommendations"]]
    return "\n".join(lines) + "\n\n" + sources_markdown(Citation.model_validate(c) for c in report["citations"])


def map_row(activity: str, result: MapResult) -> list[Any]:
    """(code, measure, quantity in the measure's unit, unit, activity, also consider, why); 'none' when no measure
    fits. The quantity is only ever in the measure's own unit (the why says how it was converted)."""
    best, quantity = result.measures[0], result.quantity or {}
    if not result.fits:
        return ["none", "No measure fits this activity", quantity.get("value", ""), quantity.get("unit", ""), activity,
                ", ".join(m.code for m in result.measures),
                f"the closest measure ({best.code}) is not close enough (score {best.score:.2f}): describe who "
                "benefits and how"]
    value = (best.in_unit or {}).get("value")
    return [best.code, best.measure, "" if value is None else value, best.unit, activity,
            ", ".join(m.code for m in result.measures[1:]), best.why]


def check_mark(check: Any) -> str:
    return ("✓ " if check.ok else "✗ FLAGGED: ") + check.why


def draft_rows(result: DraftResult) -> list[list[Any]]:
    """Commitments and checks as rows of (code, activity, quantity, unit, status, checks)."""
    return [[", ".join(c.codes), c.activity, "" if c.quantity is None else c.quantity, c.unit,
             "in the response" if c.included else "FLAGGED — left out",
             " ".join(f"{check_mark(getattr(c.checks, name))} ({name})." for name in CHECK_NAMES)]
            for c in result.commitments]


def draft_summary_markdown(result: DraftResult) -> str:
    """The flags, the notes and the length, as Markdown."""
    flags = "\n".join(f"- <span class='flag-bad'>Activity {f.activity_index + 1} — {f.check}</span>: {escape(f.why)}"
                      for f in result.flags) or "No activity was flagged."
    notes = "\n".join(f"- {escape(n)}" for n in result.notes)
    summary = f"**{result.words} words**" + (f" (limit {result.word_limit})" if result.word_limit else "") + (
        f", **{result.characters} characters** (limit {result.character_limit})" if result.character_limit else "")
    if result.compliance is not None:  # the check before export (assistant/compliance.py)
        problems = result.compliance.get("problems") or []
        summary += "\n\n**Ready to export.**" if not problems else "\n\n### Before export\n" + "\n".join(
            f"- {escape(p)}" for p in problems)
    return (f"### Flags\n{flags}" + specification_markdown(result.specification)
            + (f"\n\n### Notes\n{notes}" if notes else "") + f"\n\n{summary}")


def specification_markdown(spec: dict[str, Any] | None) -> str:
    """Which of the specification's requirements the activities repeat (the additionality check read them)."""
    if not spec:
        return ""
    where = {"file": "the file", "section": "the section"}.get(spec.get("from") or "", "")
    names = ", ".join(f"'{escape(n)}'" for n in spec.get("names") or [])
    source = f" from {where} {names}" if where and names else " (the whole pack)" if spec.get("from") == "pack" else ""
    head = f"\n\n### Specification\nChecked against {spec['requirements']} requirements of the specification{source}."
    matched = "\n".join(f"- Activity {m['activity_index'] + 1} repeats: “{escape(m['requirement'])}”"
                         for m in spec.get("matched") or [])
    return head + ("\n" + matched if matched else " No activity repeats one.")


def review_rows(result: ReviewResult) -> list[list[Any]]:
    """Rubric rows of (criterion, points, evidence found, to raise it, part)."""
    return [[c.criterion, f"{c.points}/{c.max_points}", " / ".join(c.evidence[:2]), c.to_raise, c.part]
            for part in (result.qualitative, result.quantitative) for c in part.criteria.values()]


def review_flags_markdown(result: ReviewResult) -> str:
    flags = "\n".join(f"- <span class='flag-bad'>{f.kind.replace('_', ' ')}</span>: {escape(f.why)}<br>“{escape(f.quote)}”"
                      for f in result.flags) or "No flags."
    return "### Flags\n" + flags


def improvement_markdown(before: ReviewResult, improved: dict[str, Any]) -> str:
    """What 'improve the weakest section' changed: the criterion, the score before and after, the note, the text."""
    return (f"### Reworked: {escape(improved['criterion_name'])}\nScore {before.score} → {improved['score']}. "
            f"{escape(improved['note'])}\n\n" + escape(improved["text"]))


def intake_markdown(result: IntakeResult) -> str:
    """What the tender pack states, each with its file and page, and what it does not state."""
    def place(item: Located | IntakeQuestion) -> str:
        return escape(item.source) + (f", p. {item.page}" if item.page is not None else "")

    lines = ["### From the tender pack"] + [
        f"- **{escape(name.replace('_', ' '))}**: {escape(str(item.value))} ({place(item)})"
        for name, item in result.tender.items() if item is not None]
    question = result.social_value_question()
    if question is not None:
        limits = ", ".join(x for x in (f"{question.word_limit} words" if question.word_limit else "",
                                       f"{question.char_limit} characters" if question.char_limit else "",
                                       f"{question.page_limit} pages" if question.page_limit else "") if x)
        lines.append(f"- **social value question** {escape(question.id or '')}: {escape(question.text)}"
                     f"{f' ({limits})' if limits else ''} ({place(question)})")
    else:
        lines.append("- No social value question was found: type it in.")
    spec = result.specification
    if spec:
        names = ", ".join(escape(n) for n in spec.get("names") or [])
        where = {"file": f"the file {names}", "section": f"the section {names}"}.get(spec.get("from"), "the whole pack")
        lines.append(f"- **specification**: {where}; the draft checks each activity against its requirements")
    if result.not_found:
        lines.append(f"\nNot stated in the pack (left as it was): {escape(', '.join(n.replace('_', ' ') for n in result.not_found))}")
    if result.errors:
        lines.append("\nFiles that could not be read:\n" + "\n".join(
            f"- {escape(e.source)}: {escape(e.error)}" for e in result.errors))
    return "\n".join(lines)
