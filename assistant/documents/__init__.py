"""Reading files into page- or section-level Documents: PDF (with OCR for scanned pages), Word, Markdown, text
and CSV. Used by ingestion (assistant/ingest/) and by the tasks that read a tender pack or a draft."""
