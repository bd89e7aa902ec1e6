"""Reading a tender pack's files into lines: a PDF table's rows rebuilt from the page's layout."""

from __future__ import annotations

from assistant.tender_reader import read_pack
from evals.tender_packs import write_pack


def _rows(tmp_path, table):
    files = [{"name": "rfq.pdf", "pages": [[("p", "Schedule 2 Award criteria"), ("t", table),
                                             ("p", "All bids are checked for compliance first.")]]}]
    pack = read_pack(write_pack(files, tmp_path), max_bytes=10 ** 7, max_pages=50)
    return [line.cells for line in pack.lines if line.cells is not None]


def test_a_blank_keyed_row_under_a_wrapped_row_is_its_own_row_not_part_of_the_one_above(tmp_path):
    # the last criterion's cell wraps; the subtotal row below it has no ref, and its figure sits under the figure of
    # the row above: a figure does not wrap, so that line begins a row
    rows = _rows(tmp_path, [["No.", "Award criterion", "Weight", "Page limit"],
                            ["C1", "Route planning and driver vetting", "40%", "4"],
                            ["C2", "Vehicle standards and wheelchair access", "35%", "3"],
                            ["", "Subtotal", "75%", ""]])
    assert rows[-2:] == [("C2", "Vehicle standards and wheelchair access", "35%", "3"), ("", "Subtotal", "75%", "")]


def test_an_acronym_that_runs_into_a_percentage_in_the_layout_is_two_cells(tmp_path):
    # the layout prints 'Service continuity and BCP30%'; read whole, the rows after it lost the header's columns
    rows = _rows(tmp_path, [["No.", "Award criterion", "Weight", "Page limit"],
                            ["C1", "Route planning and driver vetting", "40%", "4"],
                            ["C2", "Service continuity and BCP", "30%", "2"],
                            ["C3", "Local jobs", "20%", "1"]])
    assert rows[-2:] == [("C2", "Service continuity and BCP", "30%", "2"), ("C3", "Local jobs", "20%", "1")]


def test_tab_separated_rows_with_blank_lines_between_them_are_one_table(tmp_path):
    # a question sheet pasted from a workbook into a text file, each row a paragraph of its own
    files = [{"name": "call-off.txt", "pages": [[
        ("p", "Questions (from the workbook)"),
        ("p", "No.\tArea\tQuestion\tWeight\tMax length"),
        ("p", "A1\tDelivery\tHow will you staff the night rota?\t15%\t400 words"),
        ("p", "A2\tCommunity\tWhat apprenticeships will you offer locally?\t5%\t250 words"),
        ("p", "Send the sheet back unchanged.")]]}]
    pack = read_pack(write_pack(files, tmp_path), max_bytes=10 ** 7, max_pages=50)
    rows = [line for line in pack.lines if line.header is not None]
    assert [row.cells[0] for row in rows] == ["A1", "A2"]
    assert rows[0].header == ("No.", "Area", "Question", "Weight", "Max length")
    assert pack.lines[-1].cells is None and pack.lines[-1].text == "Send the sheet back unchanged."


def test_a_ruled_divider_in_a_text_export_is_the_heading_of_the_lines_below_it(tmp_path):
    files = [{"name": "export.txt", "pages": [[("p", "=== Part 3 - Community Benefits ==="),
                                                ("p", "Item 4 | Type: Text | Weighting: 5%")]]}]
    pack = read_pack(write_pack(files, tmp_path), max_bytes=10 ** 7, max_pages=50)
    assert pack.lines[0].heading and pack.lines[0].text == "Part 3 - Community Benefits"
    assert pack.lines[1].section == "Part 3 - Community Benefits"
