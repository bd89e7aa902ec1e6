"""Who a source is (a stable id) and what a person sees (a display name), kept apart.

Councils call their files ``report.pdf``, ``JSNA.pdf`` or ``Social Value Policy.pdf``, so a file name cannot
be a source's identity. The id is:

- a file ingested from disk: its resolved path (``/home/ann/bids/wirral/report.md``);
- a file uploaded in the app (its folder is a temporary one, meaningless): ``upload:<area>/<file name>``;
- a shipped knowledge source: its name in ``knowledge/manifest.json``.

The display name is the file name while it is the only source of that name; when two or more share it, each
gets the shortest distinguishing hint: ``report.md (wirral/)`` and ``report.md (halton/)``, or for uploads
the area, ``report.md (Wirral)``. It is what citations and ``sva sources`` show and what the JSON calls
``source``.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path, PurePath

UPLOAD_PREFIX = "upload:"


def path_source_id(path: Path) -> str:
    """The id of a file ingested from disk: its resolved path."""
    return str(Path(path).resolve())


def upload_source_id(name: str, area: str) -> str:
    """The id of a file uploaded in the app: the same name uploaded for the same area replaces it."""
    return f"{UPLOAD_PREFIX}{area}/{name}"


def is_file_id(source_id: str) -> bool:
    return source_id.startswith(UPLOAD_PREFIX) or PurePath(source_id).is_absolute()


def base_name(source_id: str, display: str = "") -> str:
    """The file name behind an id (or the display name itself for shipped sources)."""
    if source_id.startswith(UPLOAD_PREFIX):
        return source_id[len(UPLOAD_PREFIX):].split("/", 1)[-1]
    if PurePath(source_id).is_absolute():
        return PurePath(source_id).name
    return display or source_id


def _hints(source_id: str) -> list[str]:
    """What tells this source apart from others of the same name, nearest first."""
    if source_id.startswith(UPLOAD_PREFIX):
        return [source_id[len(UPLOAD_PREFIX):].split("/", 1)[0]]
    if PurePath(source_id).is_absolute():
        return list(reversed(PurePath(source_id).parent.parts))
    return []


def _label(source_id: str, name: str, depth: int) -> str:
    hints = _hints(source_id)[:depth]
    if not hints:
        return name
    if source_id.startswith(UPLOAD_PREFIX):
        return f"{name} ({hints[0]})"
    return f"{name} ({'/'.join(reversed(hints)).lstrip('/')}/)"


def display_names(source_ids: list[str], name: str) -> dict[str, str]:
    """Display names for sources sharing the file name ``name``: the bare name when alone, else the shortest
    folder (or area) hint that tells every one of them apart."""
    if len(source_ids) <= 1:
        return {sid: name for sid in source_ids}
    deepest = max(len(_hints(sid)) for sid in source_ids)
    for depth in range(1, deepest + 1):
        labels = {sid: _label(sid, name, depth) for sid in source_ids}
        if len(set(labels.values())) == len(labels):
            return labels
    return {sid: _label(sid, name, deepest) for sid in source_ids}


def legacy_source_id(source: str, kind: str, path: str, area: str) -> str:
    """The id of a source recorded before ids existed (then keyed by name): shipped sources keep their name,
    files uploaded through the app (kept in Gradio's upload folder) become uploads, other files their path."""
    if kind != "document" or not path:
        return source
    uploads = Path(os.environ.get("GRADIO_TEMP_DIR") or Path(tempfile.gettempdir()) / "gradio")
    if Path(path).is_relative_to(uploads) or Path(path).is_relative_to(uploads.resolve()):
        return upload_source_id(source, area or "all")
    return path
