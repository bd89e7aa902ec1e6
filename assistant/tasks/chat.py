"""Answers for chat messages that are not questions for the sources: activities to map, codes to look up, tasks.

Each answer is built from the catalogue (every code is one), the mapper's reasons and the roadmap's additionality
rule, cited to the catalogue row and the roadmap page like any other answer.
"""

from __future__ import annotations

import re

from assistant.citations import compose_cited
from assistant.mapping import Mapping
from assistant.measures import Catalogue, Measure
from assistant.policy import find_passage
from assistant.proxies import ProxyTable
from assistant.store import Hit, KnowledgeStore
from assistant.tasks.route import UNIT_GROUP, asks_for_measure

ROADMAP = "Towards a Social Value Economy"
CATALOGUE_KIND = "measures"
ADDITIONAL_RULE = "Additional to the core contract requirements"
POLICY = "Policy facts"
PROXY_LICENCE = "proxy values are not published openly"
# An activity that is the contract's own work is not social value (the roadmap's "additional" rule).
_CONTRACTED = re.compile(
    r"\b(we('re| are)? paid (for|to)|(we are|we're|are|we've been|we have been|we were)( an? [\w-]+( [\w-]+)?)? (contracted|commissioned) to|under (the|our) contract|part of (the|our) "
    r"(contract|spec|specification|service)|(the|our) (contract|spec|specification|service specification|tender|brief)"
    r" (already )?(requires|required|pays|asks|includes|specifies|covers|mandates|says we must|makes us|obliges us|"
    r"has us|tells us to)|(required|specified|"
    r"mandated) (by|in|under) (the|our) (contract|spec|specification|tender|brief)|(our|the) (core )?(contract|service) "
    r"(work|delivery|itself)|paid for)\b"
    # "our cleaning contract spec already says every cleaner has to be on the Real Living Wage"
    r"|\b(contract|spec|specification|tender|brief)\b( \w+){0,4} (already )?(says|states|stipulates|requires|sets out)\b"
    r"[^.?!]{0,40}\b(must|has to|have to|is required|are required|will be)\b"
    # "the council's contract terms make us put 1% into the ward fund", "it's written into the agreement"
    r"|\b(contract|agreement|terms|spec|specification)\b( [\w'’]+){0,3} (make|makes|made|oblige|obliges|force|forces) us\b"
    r"|\bwritten into (the|our) (contract|agreement|terms|spec|specification)\b", re.I)

TASK_HELP = {
    "draft": ("To draft a social value response, use the Draft a response tab (or `sva draft`): give the tender's "
              "question, the contract (service, value, months, area) and your planned activities, one per line. Each "
              "activity is mapped to a measure code and checked as relevant, proportionate and additional, and the "
              "response is written with citations, ready to export as Word or Markdown."),
    "questions": ("To draft tender questions, use the Tender questions tab (or `sva questions`): give the service, "
                  "contract value, length in months and area. You get recommended measures, one to three questions "
                  "with scoring guidance and an evaluation matrix that applies the 60:40 and 10% rules, cited."),
    "review": ("To score a draft like an evaluator, use the Review a draft tab (or `sva review`): paste or upload "
               "the response with the contract's details; you get a score out of 100, the evidence for each criterion, "
               "flags and what would raise the score."),
}


class CatalogueCitations:
    """The store's chunk for a measure's catalogue row, so an answer about a code can cite it."""

    def __init__(self, store: KnowledgeStore) -> None:
        self.store = store
        self._rows: dict[str, Hit] | None = None

    def hit(self, code: str) -> Hit | None:
        if self._rows is None:
            rows = self.store.all_chunks(where={"kind": CATALOGUE_KIND})
            self._rows = {str(h.metadata.get("section", "")).rstrip("*").upper(): h for h in rows}
        return self._rows.get(code.upper())

    def rule(self) -> Hit | None:
        return find_passage(self.store, ROADMAP, ADDITIONAL_RULE)


def describe_measure(measure: Measure) -> str:
    key = "; a Partner VCFSE key measure" if measure.partner_vcfse_key else ""
    return f"{measure.code} “{measure.measure}” (counted in {measure.unit}; {measure.theme}: {measure.outcome}{key})"


def _with_rule(lead: str) -> str:
    """``lead``, then the roadmap's additionality rule it rests on, quoted."""
    return f"{lead}: the roadmap asks that social value is “{ADDITIONAL_RULE.lower()}”"


SEVERAL_WITHIN = 0.1  # "which measures cover X?": measures this close to the best one's score are named too


def activity_answer(mapping: Mapping, cites: CatalogueCitations,
                    asked_codes: list[str] | None = None, several: bool = False,
                    message: str = "") -> tuple[str, list, str | None]:
    """(answer, citations, notice) for 'does this activity count, and under which measure?' (``several``: 'which
    measures cover it?', every measure close to the best; ``message``: the whole message, whose context can say the
    contract already requires the activity)."""
    pieces: list[tuple[str, list[Hit]]] = []
    rule = cites.rule()
    activity = mapping.activity
    asked_codes = asked_codes or []
    best = mapping.measures[0]
    if _CONTRACTED.search(activity) or _CONTRACTED.search(message):
        # the contract's own work: only what goes beyond it counts, and where
        row = cites.hit(best.measure.code)
        if mapping.fits and row is not None:
            pieces.append((f"Only what you do beyond the contract's requirements counts, under "
                           f"{describe_measure(best.measure)}", [row]))
        if rule is not None:
            ruled = (_with_rule("Work the contract already pays for does not count as social value"), [rule])
            # "which measure is it?" is answered by the measure first; "can we offer it as social value?" by the rule
            pieces.insert(len(pieces) if asks_for_measure(message or activity) else 0, ruled)
        text, citations = compose_cited(pieces)
        return text, citations, None
    asked = [c for c in asked_codes if c.upper() != best.measure.code.upper()]
    if not mapping.fits:  # the mapper's own threshold (SVA_MAP_NO_FIT_BELOW)
        text = (f"No TOMs measure fits “{activity}” closely; the nearest is {best.measure.code}. Describe what you will "
                "do, who benefits and how much (hours, £, people) to get a match.")
        return text, [], text
    notice = None
    row = cites.hit(best.measure.code)
    close = [m for m in mapping.measures[1:3] if m.score >= best.score - SEVERAL_WITHIN] if several else []
    if close:  # "which measures are about local spend?": each that fits, best first
        pieces.extend((f"The closest measure for “{activity}” is {describe_measure(m.measure)}" if n == 0 else
                       f"It may also count under {describe_measure(m.measure)}",
                       [h] if (h := cites.hit(m.measure.code)) else []) for n, m in enumerate([best, *close]))
        if rule is not None:
            pieces.append((_with_rule("Each counts only if it goes beyond what the contract pays for"), [rule]))
        text, citations = compose_cited(pieces)
        return text, citations, notice
    lead = f"“{activity}” would count under {describe_measure(best.measure)}"
    if asked:
        lead += f", rather than {', '.join(asked)}"
    pieces.append((lead + f", because it is {best.why}", [row] if row else []))
    if mapping.ambiguous and len(mapping.measures) > 1:
        second = mapping.measures[1]
        other = cites.hit(second.measure.code)
        pieces.append((f"It could instead count under {describe_measure(second.measure)}. {mapping.choose or ''}".strip(),
                       [other] if other else []))
    if rule is not None:
        pieces.append((_with_rule("It counts only if it goes beyond what the contract pays for"), [rule]))
    text, citations = compose_cited([(t, h) for t, h in pieces if h] + [(t, h) for t, h in pieces if not h])
    return text, citations, notice


PARTNER_VCFSE = "partner vcfse"
THEMES = "themes"  # the framework's themes and their outcomes


def measure_groups(catalogue: Catalogue) -> list[str]:
    """Names a message can pick measures by: themes, outcomes, and the Partner VCFSE key measures."""
    names = {m.theme for m in catalogue if m.theme} | {m.outcome for m in catalogue if m.outcome}
    return sorted(names) + [PARTNER_VCFSE]


def group_answer(group: str, catalogue: Catalogue, cites: CatalogueCitations,
                 outcomes: bool = False) -> tuple[str, list]:
    """'Which measures are under Reducing inequalities?' -> each code with its wording and unit, cited;
    ``outcomes``: 'what outcomes come under the Jobs theme?' -> the theme's outcomes, each cited to a row of it."""
    if group == THEMES:
        return themes_answer(catalogue, cites)
    themes = outcomes_by_theme(catalogue)
    if outcomes and group in themes:
        first = {outcome: m for outcome, m in themes[group].items() if outcome}
        hits = [h for m in first.values() if (h := cites.hit(m.code))]  # one sentence: a list of names is no point
        return compose_cited([(f"The {catalogue.name} list {len(first)} outcomes under the “{group}” theme: "
                               f"{'; '.join(first)}", hits)])
    if group.startswith(UNIT_GROUP):  # "counted in hours": every measure of that unit ("tonnes" takes "tonnes CO2e")
        unit = group[len(UNIT_GROUP):]
        measures = sorted((m for m in catalogue if m.unit.lower() == unit.lower()
                           or m.unit.lower().startswith(unit.lower() + " ")),
                          key=lambda m: m.unit.lower() != unit.lower())  # the unit itself first, then its kinds
        label = f"counted in {unit}"
    elif group == PARTNER_VCFSE:
        measures, label = catalogue.partner_vcfse_measures(), "as the key measures for the Partner VCFSE commitment"
    else:
        measures = [m for m in catalogue if group in (m.theme, m.outcome)]
        label = f"under “{group}”"
    pieces: list[tuple[str, list[Hit]]] = [
        (f"{m.code}: {m.measure} (counted in {m.unit})", [h] if (h := cites.hit(m.code)) else []) for m in measures
    ]
    text, citations = compose_cited(pieces)
    return (f"The Cheshire and Merseyside TOMs list {len(measures)} measure{'' if len(measures) == 1 else 's'} {label}: "
            f"{text}"), citations


def outcomes_by_theme(catalogue: Catalogue) -> dict[str, dict[str, Measure]]:
    """Each theme's outcomes, in the catalogue's order, each with its first measure (the row that cites it)."""
    themes: dict[str, dict[str, Measure]] = {}
    for m in catalogue:
        if m.theme:
            themes.setdefault(m.theme, {}).setdefault(m.outcome, m)
    return themes


def themes_answer(catalogue: Catalogue, cites: CatalogueCitations) -> tuple[str, list]:
    """'What are the themes of the TOMs?' -> each theme with its outcomes, in the catalogue's order, cited to a row
    of each."""
    themes = outcomes_by_theme(catalogue)
    pieces = [(f"{theme}, with the outcomes {'; '.join(o for o in outcomes if o)}",
               [h] if (h := cites.hit(next(iter(outcomes.values())).code)) else []) for theme, outcomes in themes.items()]
    text, citations = compose_cited(pieces)
    outcomes = sum(len(o) for o in themes.values())
    return (f"The {catalogue.name} group their {len(catalogue)} measures and {outcomes} outcomes under {len(themes)} themes: "
            f"{', '.join(themes)}. {text}"), citations


def codes_answer(codes: list[str], catalogue: Catalogue, cites: CatalogueCitations) -> tuple[str, list, list[str]]:
    """(answer, citations, unknown codes) for 'what is NT14?'."""
    pieces: list[tuple[str, list[Hit]]] = []
    unknown = []
    for code in codes:
        if code not in catalogue:
            unknown.append(code)
            continue
        measure = catalogue.get(code)
        row = cites.hit(measure.code)
        note = f"; the source table notes: {measure.source_note}" if measure.source_note else ""
        pieces.append((f"{describe_measure(measure)}{note}", [row] if row else []))
    text, citations = compose_cited(pieces) if pieces else ("", [])
    known = [catalogue.get(c) for c in codes if c in catalogue]
    if len(known) >= 2 and len({m.measure for m in known}) == 1:  # "is there any difference between NT81 and NT2?"
        text += (f" {' and '.join(m.code for m in known)} have the same wording; they differ only in their outcome "
                 f"({'; '.join(f'{m.code}: {m.outcome}' for m in known)}).")
    return text, citations, unknown


def proxy_answer(codes: list[str], table: ProxyTable | None, catalogue: Catalogue,
                 licence: Hit | None) -> tuple[str, list, bool]:
    """(answer, citations, found) for a proxy value (£ per unit): from the user's own licensed table, or a decline
    that says why none ships."""
    known = [table.values[c] for c in codes if table is not None and c in table.values]
    if known:
        return " ".join(f"Your proxy table ({p.source}, {p.year}) values {p.code} at £{p.value_gbp:,.2f} per "
                        f"{p.unit}." for p in known), [], True
    named = [c for c in codes if c in catalogue]
    what = f" for {', '.join(named)}" if named else ""
    reason = (f"The sources do not say: they hold no proxy value{what}. TOMs proxy values are licensed and not "
              "published openly, so none ships with this assistant")
    text, citations = compose_cited([(reason, [licence] if licence else [])])
    text += (" Load your own licensed table (a CSV of code, unit, value_gbp, source, year) with SVA_PROXY_TABLE to see "
             "£ values.")
    return text, citations, False
