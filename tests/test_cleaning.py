"""Converted reports read as text: tables become sentences with their headers, page furniture goes, CSV rows read
as sentences."""

from __future__ import annotations

from pathlib import Path

from assistant.documents.cleaning import cell_text, flatten_tables, table_sentences
from assistant.documents.loaders import load_csv, load_markdown
from assistant.documents.rows import row_sentences

ROADMAP = Path(__file__).resolve().parents[1] / "knowledge" / "roadmap" / "towards-a-social-value-economy.md"


def _roadmap_docs():
    return load_markdown(ROADMAP)


def test_partner_vcfse_table_on_page_42_becomes_one_sentence_per_sector():
    page = "\n".join(d.page_content for d in _roadmap_docs() if d.metadata.get("page") == 42)
    assert "<li>" not in page and "<ul" not in page and "&amp;" not in page
    assert ("For Private Sector organisations: Baseline supply chain spend and donations of resources, time and money "
            "to the VCFSE sector in C&M; Identify key opportunities") in page
    assert "For Public Sector organisations: Baseline supply chain spend with the VCFSE sector in C&M" in page
    assert "For VCFSE sector organisations: Identify key opportunities to increase cross-VCFSE" in page


def test_contents_page_and_running_title_are_not_indexed():
    text = "\n".join(d.page_content for d in _roadmap_docs())
    assert "Our roadmap: what shifts do we need to make?\t33" not in text
    assert not any(line.strip() == "Executive summary: Kickstarting our shift towards a Social Value Economy 05"
                   for line in text.splitlines())
    lines = text.splitlines()
    assert not any(a.strip() == "Towards a" and b.strip() == "Social Value" for a, b in zip(lines, lines[1:]))


def test_framework_table_rows_keep_their_column_headers_and_fill_down():
    rows = table_sentences([
        "Theme\tOutcome\tReference\tMeasure",
        "Jobs\tMore local people in employment\tNT1\tNo. of local employees",
        "\t\tNT2\tPercentage of local employees",
        "Ethical procurement is promoted\tNT22\tPercentage of contracts",
    ])
    assert rows[1] == ("Theme: Jobs; Outcome: More local people in employment; Reference: NT2; "
                       "Measure: Percentage of local employees.")
    assert rows[2].startswith("Theme: Jobs; Outcome: Ethical procurement is promoted; Reference: NT22")


def test_a_contents_table_is_dropped_and_cells_lose_their_markup():
    assert table_sentences(["1\tIntroduction\t05", "2\tMethod\t08", "3\tFindings\t12"]) == []
    assert cell_text('<ul><li>➤ One &amp; two</li><li>➤ Three</li></ul> <p>Where relevant:</p>') == \
        "One & two; Three; Where relevant"
    assert flatten_tables("Towards a\nSocial Value\nEconomy in\nMerseyside\n\nA real sentence here.") .strip() == \
        "A real sentence here."


def test_csv_facts_read_as_sentences_that_say_their_area(tmp_path):
    path = tmp_path / "facts.csv"
    path.write_text("area,indicator,value,period,source_url,note\n"
                    "Knowsley,unemployment rate,8.1%,2023,https://example.org/k,\n"
                    "Halton,employment rate,70%,not stated,https://example.org/h,provisional\n", encoding="utf-8")
    docs = load_csv(path)
    assert docs[0].page_content == "In Knowsley, unemployment rate was 8.1% in 2023."
    assert docs[0].metadata["area"] == "Knowsley" and docs[0].metadata["url"] == "https://example.org/k"
    assert docs[1].page_content.splitlines() == ["In Halton, employment rate was 70%.", "Note: provisional."]
    assert "source_url" not in docs[0].page_content and ": " not in docs[0].page_content.split(",")[0]


def test_other_csv_shapes():
    assert row_sentences({"topic": "PPN 06/20", "fact": "Social value carries at least 10%"}) == \
        ["PPN 06/20: Social value carries at least 10%."]
    measure = row_sentences({"code": "NT14", "measure": "Total amount (£) spent with VCSEs", "unit": "£",
                             "theme": "Growth", "partner_vcfse_key": "yes"})
    assert measure[0] == "NT14: Total amount (£) spent with VCSEs (unit: £)."
    assert "NT14 is a key measure for the Partner VCFSE commitment." in measure
    assert row_sentences({"name": "Acme", "city": "Wirral"}) == ["name: Acme; city: Wirral."]


def test_a_signatorys_role_under_their_name_is_kept_as_one_line():
    text = "## Forewords\n\n**Dr Ellen Loudon**  \nCo-Vice Chair  \nCheshire and  \nMerseyside Health  \nand Care  \n" \
           "Partnership\n\nWe are honoured to introduce this roadmap.\n\nCheshire and\nMerseyside\nRoadmap\n"
    out = flatten_tables(text)
    assert "Co-Vice Chair Cheshire and Merseyside Health and Care Partnership" in out.splitlines()
    assert "Roadmap" not in out  # a running title broken over short lines is still page furniture


def test_a_fact_in_a_rows_note_reads_as_its_own_sentence_and_its_source_stays_a_note():
    sentences = row_sentences({"area": "Halton", "indicator": "employment rate", "value": "71%", "period": "2022",
                               "note": "ONS survey as reported by the local paper; 12.5% economically inactive"})
    assert sentences == ["In Halton, employment rate was 71% in 2022.",
                         "In Halton (employment rate): 12.5% economically inactive.",
                         "Note: ONS survey as reported by the local paper."]
    # a value that is its own predicate is not joined with "was"
    assert row_sentences({"area": "Wirral", "indicator": "pay", "value": "matches the national average"})[0] == \
        "In Wirral, pay: matches the national average."
    # a year alone is not a fact
    assert row_sentences({"area": "Sefton", "indicator": "x", "value": "5%", "note": "council report (May 2021)"})[1] \
        == "Note: council report (May 2021)."
