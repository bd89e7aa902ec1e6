"""Parsing of typed input, shared by the CLI and the app: each problem is bad input that says what to fix."""

import pytest

from assistant.inputs import (BadInput, comma_list, contract, item_lines, out_path, parse_area, parse_limit,
                              parse_money, parse_months, tracker_entries)


@pytest.mark.parametrize("text, pounds", [("250000", 250000.0), ("£250k", 250000.0), ("1.2m", 1_200_000.0),
                                          ("£2,400,000", 2_400_000.0), ("£2.4bn", 2.4e9), (" 30K ", 30000.0)])
def test_money_in_the_ways_people_write_it(text, pounds):
    assert parse_money(text) == pytest.approx(pounds)


@pytest.mark.parametrize("text", ["", None, "lots", "£", "12 pounds"])
def test_money_that_is_not_an_amount_names_the_field(text):
    with pytest.raises(BadInput, match=r"--value must be an amount in £"):
        parse_money(text)


def test_months_limits_and_areas():
    assert parse_months(12.0) == 12 and parse_months("24") == 24 and parse_months(None) == 0
    with pytest.raises(BadInput, match="--months"):
        parse_months("a year")
    assert parse_limit("", "--words") is None and parse_limit(500.0, "--words") == 500
    with pytest.raises(BadInput, match="--words"):
        parse_limit("many", "--words")
    assert parse_area("wirral") == "Wirral" and parse_area(None) is None and parse_area("") is None
    with pytest.raises(BadInput, match="Atlantis"):
        parse_area("Atlantis")


def test_contract_is_validated_as_one():
    terms = contract("hospital cleaning", "£1.2m", 36.0, "liverpool", "nhs", ["Reducing inequalities"])
    assert (terms.value, terms.months, terms.area, terms.sector) == (1_200_000.0, 36, "Liverpool", "nhs")
    with pytest.raises(BadInput, match="describe the service"):
        contract(" ", "1m", 12, None)
    with pytest.raises(BadInput, match="between 1 and 240 months"):
        contract("cleaning", "1m", 0, None)


def test_lists_and_report_paths():
    assert item_lines("- one\n\n• two \n  three") == ["one", "two", "three"]
    assert comma_list("A, B ,, C") == ["A", "B", "C"]
    assert out_path(None) is None and out_path("x.docx").name == "x.docx"
    with pytest.raises(BadInput, match=r"--out must end in \.docx or \.md"):
        out_path("x.pdf")


def test_tracker_rows_become_entries_and_a_bad_row_is_named():
    rows = [["NT14", 2025.0, " Baseline ", "1200", "", None], ["", None, "", None, "", ""]]
    (entry,) = tracker_entries("Acme", rows)
    assert (entry.code, entry.year, entry.kind, entry.value) == ("NT14", 2025, "baseline", 1200.0)
    with pytest.raises(BadInput, match="row 2: year and value must be numbers"):
        tracker_entries("Acme", [rows[0], ["NT14", "next year", "target", 5, "", ""]])


def test_a_file_to_import_that_is_not_text_is_bad_input_naming_it(tmp_path):
    from assistant.inputs import read_text_file

    good, bad = tmp_path / "good.csv", tmp_path / "bad.csv"
    good.write_bytes("\ufeffcode,year\n".encode("utf-8"))
    bad.write_bytes(b"\xff\xfe\x00bad")
    assert read_text_file(good) == "code,year\n"  # the byte-order mark a spreadsheet writes is dropped
    with pytest.raises(BadInput, match=r"^cannot read bad\.csv: "):
        read_text_file(bad, "bad.csv")
    with pytest.raises(BadInput, match="cannot read .*missing.csv"):
        read_text_file(tmp_path / "missing.csv")


def test_the_app_and_the_cli_do_not_import_each_other():
    """The parsing both use is in the core: loading the app never loads the CLI, nor the CLI the app."""
    import subprocess
    import sys

    check = ("import sys, importlib; importlib.import_module('{one}'); "
             "sys.exit(1 if '{other}' in sys.modules else 0)")
    for one, other in (("assistant.app", "assistant.cli"), ("assistant.cli", "assistant.app"),
                       ("assistant.cli_bids", "assistant.cli")):
        done = subprocess.run([sys.executable, "-c", check.format(one=one, other=other)], capture_output=True, text=True)
        assert done.returncode == 0, f"{one} loads {other}: {done.stderr[-500:]}"
