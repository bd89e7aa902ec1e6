"""The core's layers depend one way: nothing imports the old top-level ``ingest`` package, and within the core only
the wiring (assistant/assistant.py) depends on ingestion, never a task, retrieval or the store."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WIRING = ROOT / "assistant" / "assistant.py"


def _imports(path: Path) -> set[str]:
    """Every module ``path`` imports, at any depth (function-level imports included)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _modules(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def test_imports_are_read_from_the_source():
    assert "assistant.text" in _imports(ROOT / "assistant" / "writing.py")


def test_nothing_in_the_core_imports_a_top_level_ingest_package():
    offenders = [f"{path.relative_to(ROOT)} imports {name}" for path in _modules("assistant")
                 for name in sorted(_imports(path)) if name == "ingest" or name.startswith("ingest.")]
    assert not offenders, "assistant/ must not import ingest (use assistant.ingest / assistant.documents):\n" + \
        "\n".join(offenders)


def test_only_the_wiring_depends_on_ingestion():
    ingestion = ROOT / "assistant" / "ingest"
    offenders = [f"{path.relative_to(ROOT)} imports {name}" for path in _modules("assistant")
                 if path != WIRING and ingestion not in path.parents
                 for name in sorted(_imports(path)) if name.startswith("assistant.ingest")]
    assert not offenders, "only build() in assistant/assistant.py may use assistant.ingest:\n" + "\n".join(offenders)


def test_reading_documents_and_text_rules_do_not_depend_on_tasks_or_front_ends():
    upper = ("assistant.tasks", "assistant.app", "assistant.cli", "assistant.ui", "assistant.assistant",
             "assistant.ingest")
    lower = _modules("assistant/documents") + [ROOT / "assistant" / "text.py"]
    offenders = [f"{path.relative_to(ROOT)} imports {name}" for path in lower
                 for name in sorted(_imports(path)) if name.startswith(upper)]
    assert not offenders, "\n".join(offenders)
