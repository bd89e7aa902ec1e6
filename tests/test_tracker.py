"""Partner VCFSE tracker: sector rules, progress arithmetic, CSV round trip, bad input saves nothing, the chart."""

import json

import pytest

from assistant.measures import Catalogue
from assistant.settings import Settings
from assistant.tracker import CommitmentTracker, Entry, TrackerError


@pytest.fixture
def tracker(tmp_path):
    t = CommitmentTracker(tmp_path / "pv.sqlite3", Catalogue.load(Settings().knowledge_dir))
    t.add_organisation("Acme Cleaning Ltd", "private", "Liverpool")
    t.add_organisation("Wirral Council", "public", "Wirral")
    return t


def test_sector_decides_the_measures(tracker):
    assert [p.code for p in tracker.progress("Acme Cleaning Ltd")] == ["NT14", "NT15", "NT16", "NT17"]
    assert [p.code for p in tracker.progress("Wirral Council")] == ["NT14"]
    assert tracker.codes() == ["NT14", "NT15", "NT16", "NT17"]
    with pytest.raises(TrackerError, match="public organisations to measure NT14"):
        tracker.record([Entry("Wirral Council", "NT17", 2025, "actual", 10)])


def test_progress_arithmetic_and_summary(tracker):
    tracker.record([Entry("Acme Cleaning Ltd", "nt17", 2024, "baseline", 400)])
    first = tracker.set_target("Acme Cleaning Ltd", "NT17", 2025, percent=25)
    second = tracker.set_target("Acme Cleaning Ltd", "NT17", 2026, percent=10)
    assert (first.value, second.value) == (500, 550)  # +25 % on the baseline, then +10 % on the 2025 target
    assert "2025 target" in second.rule
    tracker.record([Entry("Acme Cleaning Ltd", "NT17", 2025, "actual", 440)])
    nt17 = tracker.progress("Acme Cleaning Ltd")[3]
    year = nt17.years[0]
    assert year["percent_of_target"] == 88.0 and year["change_on_baseline_percent"] == 10.0
    assert nt17.summary == "NT17 volunteering is 12% behind its 2025 target."
    tracker.record([Entry("Acme Cleaning Ltd", "NT17", 2025, "actual", 600)])  # a correction replaces the value
    assert tracker.progress("Acme Cleaning Ltd")[3].summary.endswith("20% ahead of its 2025 target.")


def test_absolute_target_and_one_baseline(tracker):
    tracker.record([Entry("Wirral Council", "NT14", 2023, "baseline", 100)])
    tracker.record([Entry("Wirral Council", "NT14", 2024, "baseline", 120)])
    assert tracker.progress("Wirral Council")[0].baseline == {"year": 2024, "value": 120}
    assert tracker.set_target("Wirral Council", "NT14", 2025, value=150).value == 150
    with pytest.raises(TrackerError, match="either"):
        tracker.set_target("Wirral Council", "NT14", 2026, value=1, percent=2)


@pytest.mark.parametrize("entry,message", [
    (Entry("Acme Cleaning Ltd", "NT99", 2025, "actual", 1), "not a TOMs measure"),
    (Entry("Acme Cleaning Ltd", "NT17", 2025, "actual", -1), "zero or more"),
    (Entry("Acme Cleaning Ltd", "NT17", 1999, "actual", 1), "between"),
    (Entry("Acme Cleaning Ltd", "NT17", 2025, "forecast", 1), "kind"),
    (Entry("Nobody Ltd", "NT17", 2025, "actual", 1), "no organisation"),
])
def test_invalid_input_is_rejected_and_nothing_saved(tracker, entry, message):
    good = Entry("Acme Cleaning Ltd", "NT17", 2025, "actual", 10)
    with pytest.raises(TrackerError, match=message):
        tracker.record([good, entry])
    assert tracker.entries() == []


def test_percent_target_needs_a_baseline(tracker):
    with pytest.raises(TrackerError, match="baseline"):
        tracker.set_target("Acme Cleaning Ltd", "NT15", 2025, percent=10)


def test_csv_round_trip(tracker, tmp_path):
    tracker.record([Entry("Acme Cleaning Ltd", "NT14", 2024, "baseline", 1_250_000.5, "from invoices", "https://x/1"),
                    Entry("Acme Cleaning Ltd", "NT17", 2025, "actual", 440),
                    Entry("Wirral Council", "NT14", 2024, "baseline", 3_000_000)])
    text = tracker.export_csv()
    other = CommitmentTracker(tmp_path / "other.sqlite3", tracker.catalogue)
    assert other.import_csv(text) == 3
    assert other.export_csv() == text
    assert "1250000.5" in text and "e+" not in text


def test_bad_csv_row_saves_nothing(tracker):
    text = ("organisation,sector,area,code,year,kind,value,note,evidence\n"
            "New Org,vcfse,Halton,NT14,2024,baseline,100,,\n"
            "New Org,vcfse,Halton,NT14,2025,actual,-3,,\n")
    with pytest.raises(TrackerError, match="row 3"):
        tracker.import_csv(text)
    assert [o["name"] for o in tracker.organisations()] == ["Acme Cleaning Ltd", "Wirral Council"]
    with pytest.raises(TrackerError, match="columns"):
        tracker.import_csv("name,value\nx,1\n")


def test_chart_renders(tracker, tmp_path):
    from PIL import Image

    from assistant.charts import progress_chart

    tracker.record([Entry("Acme Cleaning Ltd", "NT17", 2024, "baseline", 400),
                    Entry("Acme Cleaning Ltd", "NT17", 2025, "actual", 440)])
    tracker.set_target("Acme Cleaning Ltd", "NT17", 2025, value=500)
    path = progress_chart(tracker.progress("Acme Cleaning Ltd"), tmp_path / "chart.png", "Acme")
    image = Image.open(path)
    assert image.size[0] > 400 and image.size[1] > 300
    assert len(image.convert("RGB").getcolors(maxcolors=1_000_000)) > 10  # not a blank image


def test_report_cites_the_roadmap_and_shows_no_pounds_without_a_proxy_table(shipped_dir, tmp_path):
    from assistant.assistant import build

    assistant = build(Settings(data_dir=tmp_path / "d"), index_shipped=False)
    assistant.store = build(Settings(data_dir=shipped_dir)).store  # read the shipped index, write the tracker here
    assistant.tracker.add_organisation("Acme Cleaning Ltd", "private")
    assistant.tracker.record([Entry("Acme Cleaning Ltd", "NT17", 2025, "actual", 440)])
    report = assistant.commitment_report("Acme Cleaning Ltd")
    assert "NT14, NT15, NT16, NT17 [1]" in report["rule"]
    assert report["citations"][0]["page"] == 45
    assert report["recommendations"] and all(r.rstrip().endswith("]") for r in report["recommendations"])
    assert "proxy" not in json.dumps(report["measures"])


def test_proxy_table_gives_labelled_pounds(shipped_dir, tmp_path):
    from assistant.assistant import build

    table = tmp_path / "proxies.csv"
    table.write_text("code,unit,value_gbp,source,year\nNT17,hours,15.5,My licensed table,2025\n", encoding="utf-8")
    assistant = build(Settings(data_dir=tmp_path / "d", proxy_table=table), index_shipped=False)
    assistant.store = build(Settings(data_dir=shipped_dir)).store
    assistant.tracker.add_organisation("Acme Cleaning Ltd", "private")
    assistant.tracker.record([Entry("Acme Cleaning Ltd", "NT17", 2025, "actual", 100)])
    year = assistant.commitment_report("Acme Cleaning Ltd")["measures"][3]["years"][0]
    assert year["proxy"]["value_gbp"] == 1550.0 and "My licensed table" in year["proxy"]["label"]


def test_cli_commitment(shipped_dir, tmp_path, monkeypatch, capsys):
    import shutil

    from assistant.cli import main

    data = tmp_path / "data"
    shutil.copytree(shipped_dir, data)
    monkeypatch.setenv("SVA_DATA_DIR", str(data))
    assert main(["commitment", "add", "Halton CVS", "--sector", "vcfse", "--area", "Halton"]) == 0
    assert main(["commitment", "baseline", "Halton CVS", "--code", "NT14", "--year", "2024", "--value", "20000"]) == 0
    assert main(["commitment", "target", "Halton CVS", "--code", "NT14", "--year", "2025", "--percent", "5"]) == 0
    capsys.readouterr()
    chart = tmp_path / "c.png"
    assert main(["commitment", "progress", "Halton CVS", "--chart", str(chart), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["report"]["measures"][0]["years"][0]["target"] == 21000 and chart.stat().st_size > 1000
    assert main(["commitment", "record", "Halton CVS", "--code", "NT17", "--year", "2025", "--value", "3"]) == 2
    assert "vcfse organisations to measure NT14" in capsys.readouterr().err


def test_replace_entries_is_all_or_nothing(tracker):
    tracker.record([Entry("Wirral Council", "NT14", 2024, "baseline", 100)])
    with pytest.raises(TrackerError, match="two target"):
        tracker.replace_entries("Wirral Council", [Entry("", "NT14", 2025, "target", 1), Entry("", "NT14", 2025, "target", 2)])
    assert [e.value for e in tracker.entries("Wirral Council")] == [100]
    tracker.replace_entries("Wirral Council", [Entry("", "NT14", 2024, "baseline", 90), Entry("", "NT14", 2025, "actual", 95)])
    assert [(e.kind, e.value) for e in tracker.entries("Wirral Council")] == [("baseline", 90), ("actual", 95)]


def test_csv_export_neutralises_formulas_and_import_restores_them(tracker, tmp_path):
    import csv
    import io

    tracker.record([Entry("Acme Cleaning Ltd", "NT17", 2025, "actual", 440, "=1+1", "@SUM(A1)")])
    text = tracker.export_csv()
    row = next(csv.DictReader(io.StringIO(text)))
    assert (row["note"], row["evidence"], row["value"]) == ("'=1+1", "'@SUM(A1)", "440")
    other = CommitmentTracker(tmp_path / "other.sqlite3", tracker.catalogue)
    other.import_csv(text)
    assert (other.entries()[0].note, other.entries()[0].evidence) == ("=1+1", "@SUM(A1)")
