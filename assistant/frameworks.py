"""Measurement frameworks beyond the shipped Cheshire and Merseyside TOMs, loaded from a data file.

A framework file is JSON (format in docs/FRAMEWORKS.md, example in docs/example-framework.json): an ``id``, a
``name``, its ``source``, which tender framework it ``answers_to`` (``national-toms``, ``ppn-06-20``,
``ppn-002``, ``bespoke``), and its measures, each with ``code``, ``theme``, ``outcome``, ``measure``, ``unit``
and optional ``keywords`` and ``examples``. ``sva framework add FILE`` checks it and keeps a copy in the data
folder; ``SVA_FRAMEWORK=ID`` makes mapping, drafts, reviews, questions and the tracker use it; a tender intake that names a
framework selects a loaded one that answers to it. None but the shipped TOMs ships: their wording is licensed,
and other frameworks' texts are for their owners to provide.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.mapping import Guidance
from assistant.measures import Catalogue, Measure

SHIPPED_ID = "cm-toms"
SHIPPED_NAME = "Cheshire and Merseyside TOMs"
INTAKE_KINDS = ("cm-toms", "national-toms", "ppn-06-20", "ppn-002", "bespoke")
MAX_MEASURES = 500
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{1,48}$")
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,15}$")


class FrameworkError(ValueError):
    """A framework file that cannot be used, with what to fix; nothing was saved."""


@dataclass
class Framework:
    id: str
    name: str
    source: str
    answers_to: str
    catalogue: Catalogue
    guidance: dict[str, Guidance]

    def summary(self) -> dict[str, Any]:
        themes = sorted({m.theme for m in self.catalogue})
        return {"id": self.id, "name": self.name, "source": self.source, "answers_to": self.answers_to,
                "measures": len(self.catalogue), "themes": themes}


def parse_framework(data: Any, origin: str = "the file") -> Framework:
    """Check a framework's JSON and build its catalogue and mapping guidance."""
    if not isinstance(data, dict):
        raise FrameworkError(f"{origin}: a framework is a JSON object with id, name, source, answers_to and measures")
    fid = str(data.get("id", "")).strip()
    if not _ID.match(fid) or fid == SHIPPED_ID:
        raise FrameworkError(f"{origin}: id must be 2-49 lower-case letters, digits or '-', and not '{SHIPPED_ID}' (got '{fid}')")
    name, source = str(data.get("name", "")).strip(), str(data.get("source", "")).strip()
    if not name or not source:
        raise FrameworkError(f"{origin}: give the framework's name and its source (who publishes it, and where)")
    answers_to = str(data.get("answers_to", "bespoke")).strip()
    if answers_to not in INTAKE_KINDS[1:]:
        raise FrameworkError(f"{origin}: answers_to must be one of {', '.join(INTAKE_KINDS[1:])} (got '{answers_to}')")
    items = data.get("measures")
    if not isinstance(items, list) or not items or len(items) > MAX_MEASURES:
        raise FrameworkError(f"{origin}: measures must be a list of 1 to {MAX_MEASURES} measures")
    measures, guidance, seen = [], {}, set()
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise FrameworkError(f"{origin}: measure {number} is not an object")
        fields = {k: " ".join(str(item.get(k, "")).split()) for k in ("code", "theme", "outcome", "measure", "unit")}
        missing = [k for k, v in fields.items() if not v]
        if missing:
            raise FrameworkError(f"{origin}: measure {number} has no {', '.join(missing)}")
        if not _CODE.match(fields["code"]):
            raise FrameworkError(f"{origin}: measure {number}: code '{fields['code']}' must be up to 16 letters, digits, '.', '_' or '-'")
        if fields["code"].lower() in seen:
            raise FrameworkError(f"{origin}: the code {fields['code']} appears twice")
        seen.add(fields["code"].lower())
        keywords = [str(k).strip() for k in item.get("keywords", []) if str(k).strip()]
        examples = [str(e).strip() for e in item.get("examples", []) if str(e).strip()]
        measures.append(Measure(code=fields["code"], theme=fields["theme"], outcome=fields["outcome"],
                                measure=fields["measure"], unit=fields["unit"], unit_basis="stated",
                                partner_vcfse_key=bool(item.get("partner_vcfse_key", False)), page=0, source_note=source))
        guidance[fields["code"]] = Guidance(
            counts=str(item.get("counts") or fields["measure"]), examples=examples,
            patterns=[re.compile(r"\b" + re.escape(k) + r"\w*", re.IGNORECASE) for k in keywords],  # a keyword starts a word
            how_to_choose=str(item.get("how_to_choose", "")))
    return Framework(fid, name, source, answers_to, Catalogue(measures, name=name), guidance)


class FrameworkRegistry:
    """Framework files kept in the data folder (``frameworks/ID.json``)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def add(self, path: Path) -> Framework:
        try:
            raw = Path(path).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise FrameworkError(f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}") from exc
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise FrameworkError(f"{Path(path).name} is not valid JSON: {exc.msg} at line {exc.lineno}") from exc
        framework = parse_framework(data, Path(path).name)
        self.folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=1)
        os.replace(temporary, self.folder / f"{framework.id}.json")  # all or nothing
        return framework

    def ids(self) -> list[str]:
        return sorted(p.stem for p in self.folder.glob("*.json")) if self.folder.is_dir() else []

    def get(self, framework_id: str) -> Framework:
        path = self.folder / f"{framework_id}.json"
        if framework_id == SHIPPED_ID or not _ID.match(framework_id or "") or not path.is_file():
            raise FrameworkError(f"no loaded framework '{framework_id}': `sva framework list` shows them")
        return parse_framework(json.loads(path.read_text(encoding="utf-8")), path.name)

    def list(self) -> list[dict[str, Any]]:
        shipped = {"id": SHIPPED_ID, "name": SHIPPED_NAME, "source": "Towards a Social Value Economy (shipped)",
                   "answers_to": SHIPPED_ID, "measures": 52, "themes": []}
        return [shipped] + [self.get(i).summary() for i in self.ids()]

    def for_intake(self, detected: str | None) -> str:
        """The framework to use for a tender whose pack names ``detected``: a loaded one that answers to it, else the
        shipped TOMs (the default)."""
        if detected and detected != SHIPPED_ID:
            for framework_id in self.ids():
                if self.get(framework_id).answers_to == detected:
                    return framework_id
        return SHIPPED_ID
