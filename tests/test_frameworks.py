"""Loadable measurement frameworks: the file is checked, kept, selected by setting or by a tender's intake."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from assistant.frameworks import FrameworkError, FrameworkRegistry, parse_framework
from assistant.measures import UnknownMeasureError

EXAMPLE = Path(__file__).resolve().parents[1] / "docs" / "example-framework.json"


def example() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def test_the_example_framework_parses_into_a_catalogue_and_guidance():
    framework = parse_framework(example())
    assert framework.id == "example-borough" and len(framework.catalogue) == 6
    assert framework.catalogue.get("eb3").unit == "hours"
    assert framework.guidance["EB3"].patterns[0].search("Staff VOLUNTEERING at a food bank")
    with pytest.raises(UnknownMeasureError, match="Example Borough Social Value Framework"):
        framework.catalogue.get("NT17")


@pytest.mark.parametrize("change, message", [
    (lambda d: d.update(id="cm-toms"), "id must be"),
    (lambda d: d.update(answers_to="made-up"), "answers_to"),
    (lambda d: d.pop("source"), "source"),
    (lambda d: d["measures"][1].update(code="EB1"), "appears twice"),
    (lambda d: d["measures"][0].pop("unit"), "measure 1 has no unit"),
    (lambda d: d.update(measures=[]), "measures must be"),
])
def test_a_bad_framework_is_refused_with_what_to_fix(change, message):
    data = example()
    change(data)
    with pytest.raises(FrameworkError, match=message):
        parse_framework(data)


def test_registry_keeps_a_copy_and_selects_by_intake(tmp_path):
    registry = FrameworkRegistry(tmp_path / "frameworks")
    assert registry.for_intake("bespoke") == "cm-toms"  # nothing loaded: the shipped TOMs
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(FrameworkError, match="not valid JSON"):
        registry.add(bad)
    assert registry.ids() == []
    registry.add(EXAMPLE)
    assert registry.ids() == ["example-borough"]
    assert [f["id"] for f in registry.list()] == ["cm-toms", "example-borough"]
    assert registry.for_intake("bespoke") == "example-borough"
    assert registry.for_intake("national-toms") == "cm-toms" and registry.for_intake(None) == "cm-toms"
    with pytest.raises(FrameworkError, match="no loaded framework"):
        registry.get("../secrets")


def test_an_assistant_on_a_loaded_framework_maps_to_its_codes(tmp_path):
    from assistant.assistant import build
    from assistant.settings import Settings

    FrameworkRegistry(tmp_path / "frameworks").add(EXAMPLE)
    assistant = build(Settings(data_dir=tmp_path, framework="example-borough"), index_shipped=False)
    mapping = assistant.map_activity("we will buy our uniforms from a local social enterprise", top=2).as_dict()
    assert mapping["measures"][0]["code"] == "EB4"
    assert all(m["code"].startswith("EB") for m in mapping["measures"])


def test_cli_framework_and_a_bid_that_selects_it(tmp_path, monkeypatch, capsys):
    from assistant.cli import main
    from evals.tender_packs import write_pack

    monkeypatch.setenv("SVA_DATA_DIR", str(tmp_path / "data"))
    assert main(["framework", "add", str(EXAMPLE), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["framework"]["measures"] == 6
    assert main(["framework", "show", "example-borough"]) == 0
    assert "EB4" in capsys.readouterr().out
    pack = write_pack([{"name": "itt.md", "pages": [[("p", "Responses are judged against the Council's own Social Value "
                                                          "Charter."), ("p", "SV1 What social value will you add?")]]}], tmp_path)
    assert main(["bid", "new", "Charter bid", "--pack", str(pack[0]), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["bid"]["intake"]["tender"]["framework"]["value"] == "bespoke"
    assert main(["bid", "show", "charter-bid", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["bid"]["framework"] == "example-borough"


def test_tender_questions_and_the_tracker_use_the_loaded_framework(tmp_path):
    from assistant.assistant import build
    from assistant.settings import Settings
    from assistant.tasks.questions import BadContractError, Contract
    from assistant.tracker import Entry, TrackerError

    FrameworkRegistry(tmp_path / "frameworks").add(EXAMPLE)
    assistant = build(Settings(data_dir=tmp_path, framework="example-borough"), index_shipped=False)
    data = assistant.tender_questions(Contract("office cleaning", 900_000, 36, "Wirral", sector="nhs")).data
    codes = [m["code"] for m in data["measures"]]
    assert codes and all(c.startswith("EB") for c in codes)
    assert "EB3" in codes  # the framework's Partner VCFSE key measure is always carried
    eb = {m.code: m for m in assistant.catalogue}
    assert all(m["measure"] == eb[m["code"]].measure and m["unit"] == eb[m["code"]].unit for m in data["measures"])
    assert data["framework"] == "Example Borough Social Value Framework"
    text = " ".join(q["text"] + q["scoring"] for q in data["questions"]) + " ".join(data["notes"])
    assert not re.search(r"\bNT\d", text)  # no TOMs code leaks into a question, its scoring or the notes
    assert all(set(q["measures"]) <= set(codes) for q in data["questions"])
    with pytest.raises(BadContractError, match="Example Borough"):
        assistant.tender_questions(Contract("office cleaning", 900_000, 36, "Wirral", priorities=["No such outcome"]))

    tracker = assistant.tracker
    assert tracker.codes() == ["EB3"]  # what the app offers to set targets on
    tracker.add_organisation("Acme Cleaning Ltd", "private", "Wirral")
    with pytest.raises(TrackerError, match="EB3"):
        tracker.record([Entry("Acme Cleaning Ltd", "NT17", 2024, "baseline", 400)])  # a TOMs code is not one of its codes
    with pytest.raises(TrackerError, match="EB3"):
        tracker.record([Entry("Acme Cleaning Ltd", "EB1", 2024, "baseline", 4)])  # not its Partner VCFSE key measure
    tracker.record([Entry("Acme Cleaning Ltd", "eb3", 2024, "baseline", 400), Entry("Acme Cleaning Ltd", "EB3", 2025, "actual", 460)])
    tracker.set_target("Acme Cleaning Ltd", "EB3", 2025, value=500)
    [progress] = tracker.progress("Acme Cleaning Ltd")
    assert (progress.code, progress.name, progress.unit) == ("EB3", eb["EB3"].measure, "hours")
    assert progress.summary.startswith("EB3 Staff volunteering hours") and "8% behind its 2025 target" in progress.summary
    report = assistant.commitment_report("Acme Cleaning Ltd")
    assert "Example Borough Social Value Framework they are measured with EB3" in report["rule"]
