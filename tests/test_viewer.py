"""The source viewer: a cited PDF page drawn with the passage highlighted; a Markdown section with it marked."""

from __future__ import annotations

import pytest

from assistant.viewer import mark_passage, show


def test_passage_is_marked_and_text_escaped():
    marked, found = mark_passage("Intro <b>x</b>. Commit to a minimum six-week procurement timescale for tenders.",
                                 "…Commit to a minimum six-week procurement timescale…")
    assert found and "<mark>Commit to a minimum six-week procurement timescale</mark>" in marked
    assert "&lt;b&gt;" in marked


def test_markdown_citation_opens_its_section_with_the_passage_marked(shipped, tmp_path):
    answer = shipped.ask("How long should tenders relevant to VCFSEs stay open?").as_dict()
    citation = answer["citations"][0]
    view = show(citation, shipped.store, tmp_path)
    assert view.found and view.image is None and "<mark>" in view.html and "six-week" in view.html
    assert citation["source"] in view.html


@pytest.mark.parametrize("empty_assistant", ["embedded"], indirect=True)
def test_pdf_citation_opens_the_page_with_the_passage_highlighted(empty_assistant, pdf_factory, tmp_path):
    from PIL import Image

    pdf = pdf_factory("riverside.pdf", ["Riverside Food Pantry annual report.",
                                        "In 2025 the Riverside Food Pantry handed out 4,812 food parcels to families "
                                        "in Bootle, with 37 volunteers."])
    empty_assistant.ingest([pdf])
    citation = empty_assistant.ask("How many food parcels did the Riverside Food Pantry hand out?").as_dict()["citations"][0]
    assert citation["page"] == 2
    view = show(citation, empty_assistant.store, tmp_path)
    assert view.found and view.image and "highlighted" in view.html
    image = Image.open(view.image).convert("RGB")
    yellow = sum(1 for r, g, b in image.getdata() if r > 230 and 200 < g < 240 and b < 150)
    assert yellow > 500  # the highlight is drawn over the passage
