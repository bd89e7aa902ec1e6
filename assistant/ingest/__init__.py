"""Ingestion: chunk documents and index them in the knowledge store (a source keeps its identity; unchanged
chunks keep their vectors). Depends on the rest of the core; only the wiring (assistant/assistant.py) depends on it."""
