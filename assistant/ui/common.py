"""What every tab shares: area choices, escaping, form problems in the form's words, the private export folder."""

from __future__ import annotations

import html
import os
import re
import tempfile
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.areas import BOROUGHS, REGION
from assistant.settings import Settings

ALL_AREAS = f"All of {REGION}"


AREA_CHOICES = [ALL_AREAS, *BOROUGHS]


UPLOAD_TYPES = [".pdf", ".docx", ".txt", ".md", ".csv"]


CSS_FILE = Path(__file__).parent.parent / "app.css"


FIELDS = {
    "--question": "The tender's social value question",
    "--service": "What the contract is for",
    "--value": "Contract value (£)",
    "--months": "Length (months)",
    "--area": "Area",
    "--activity": "What you plan to do",
    "--partner": "Named VCFSE partners",
    "--words": "Word limit",
    "--characters": "Character limit",
    "--sector": "Buyer",
    "--priority": "Priority outcomes",
}


def app_head() -> str:
    """The app's stylesheet, put in the page's head as it is: Gradio's ``css=`` drops @container rules."""
    return f"<style>{CSS_FILE.read_text(encoding='utf-8')}</style>"


def theme() -> gr.themes.Base:
    """The Soft theme with text and buttons dark enough for WCAG 2.2 AA (4.5:1) on their backgrounds."""
    return gr.themes.Soft(primary_hue="emerald", neutral_hue="slate").set(
        body_text_color_subdued="#4b5563",
        block_info_text_color="#4b5563",
        block_label_text_color="#1f2937",
        block_title_text_color="#1f2937",
        input_placeholder_color="#6b7280",
        button_primary_background_fill="#065f46",
        button_primary_background_fill_hover="#064e3b",
        button_primary_text_color="#ffffff",
        button_secondary_text_color="#1f2937",
        button_cancel_background_fill="#b91c1c",
        button_cancel_text_color="#ffffff",
        link_text_color="#065f46",
        link_text_color_visited="#065f46",
        checkbox_label_text_color="#1f2937",
        checkbox_label_text_color_selected="#064e3b",
        checkbox_label_background_fill_selected="#d1fae5",
    )


def area_value(choice: str | None) -> str | None:
    return None if not choice or choice == ALL_AREAS else choice


def escape(text: str) -> str:
    """Document text shown as text: '<script>' stays visible characters, never markup."""
    return html.escape(text or "", quote=False)


_EXPORT_ROOT: Path | None = None


def private_folder(path: Path) -> Path:
    """``path`` created (with its parents) and set to mode 0700: only this user can list or read it."""
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, 0o700)
    return path


def use_private_temp(settings: Settings) -> Path:
    """Keep the app's uploads (Gradio's cache, via GRADIO_TEMP_DIR) and exports in ``tmp/`` under the data folder,
    mode 0700, instead of the system-wide temporary folder; delete what is older than ``temp_max_age_hours``."""
    global _EXPORT_ROOT
    root = private_folder(settings.temp_dir)
    uploads, exports = private_folder(root / "gradio"), private_folder(root / "exports")
    remove_older_than(root, settings.temp_max_age_hours * 3600)
    os.environ["GRADIO_TEMP_DIR"] = str(uploads)  # read by gr.Blocks() and at launch, so set before both
    _EXPORT_ROOT = exports
    return root


def remove_older_than(root: Path, seconds: float) -> int:
    """Delete files under ``root`` not changed for ``seconds``, then the folders left empty; returns files removed."""
    import time

    cutoff, removed = time.time() - seconds, 0
    for path in sorted(root.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        try:
            if path.is_file() or path.is_symlink():
                if path.lstat().st_mtime < cutoff:
                    path.unlink()
                    removed += 1
            elif path.is_dir() and path.parent != root and not any(path.iterdir()):
                path.rmdir()
        except OSError:
            continue
    return removed


def clean_exports() -> None:
    """Remove every export this process wrote (run when the app stops)."""
    import shutil

    if _EXPORT_ROOT is not None and _EXPORT_ROOT.is_dir():
        for child in _EXPORT_ROOT.iterdir():
            shutil.rmtree(child, ignore_errors=True) if child.is_dir() else child.unlink(missing_ok=True)


def export_dir() -> Path:
    """A new folder for one export: in the private temporary folder when the app set one up."""
    if _EXPORT_ROOT is not None:
        return Path(tempfile.mkdtemp(prefix="sva-export-", dir=private_folder(_EXPORT_ROOT)))
    return Path(tempfile.mkdtemp(prefix="sva-export-"))




def form_words(message: str) -> str:
    """A shared validation message in the form's words: '(--question)' -> '(“The tender's social value question”)'."""
    text = str(message)
    for flag, label in FIELDS.items():
        text = re.sub(rf"\(?{re.escape(flag)}\)?(?![\w-])", lambda m: f"({label})" if m.group(0).startswith("(")
                      else f"“{label}”", text)
    return text[:1].upper() + text[1:]


class FormProblem(Exception):
    """Input the user can fix: shown beside the form in plain words, never as a traceback."""


def problem_html(message: str) -> str:
    return f"<div class='form-problem' role='alert'>⚠ {escape(form_words(message))}</div>"


def problem(message: str, outputs: int):
    """A warning toast and the message under the button; the other outputs keep what they showed."""
    gr.Warning(form_words(message))
    return (*[gr.skip()] * outputs, problem_html(message))


def required(label: str) -> str:
    return f"{label} (required)"


def chart_html(path: Path, alt: str) -> str:
    """The chart as an image with a text alternative that says what it shows (the progress summary)."""
    import base64

    data = base64.b64encode(path.read_bytes()).decode("ascii")
    return (f"<figure class='chart'><img src='data:image/png;base64,{data}' alt='{html.escape(alt, quote=True)}' "
            f"style='max-width:100%;height:auto'><figcaption>Baseline, targets and actuals</figcaption></figure>")




def chat_index(index: Any) -> int:
    return int(index[0] if isinstance(index, (list, tuple)) else index)
