"""The shipped knowledge: catalogue rows as the source has them, roadmap pages, facts with sources."""

import csv
import json
import re

import pytest

from assistant.settings import REPO_ROOT

KNOWLEDGE = REPO_ROOT / "knowledge"
SEED = REPO_ROOT.parent / "shared" / "seeds" / "towards-a-social-value-economy.md"


def catalogue() -> list[dict[str, str]]:
    with open(KNOWLEDGE / "data" / "toms-measures.csv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_catalogue_has_the_52_source_rows_with_unique_codes():
    rows = catalogue()
    assert len(rows) == 52
    assert len({r["code"] for r in rows}) == 52
    assert {r["theme"] for r in rows} == {"Jobs", "Growth", "Social", "Environment"}  # Innovation has no rows


def test_partner_vcfse_key_measures_are_nt14_to_nt17():
    assert {r["code"] for r in catalogue() if r["partner_vcfse_key"] == "yes"} == {"NT14", "NT15", "NT16", "NT17"}


def test_source_quirks_are_kept_and_recorded():
    rows = {r["code"]: r for r in catalogue()}
    assert rows["NT81"]["measure"] == rows["NT2"]["measure"]
    assert "repeats NT2" in rows["NT81"]["source_note"]
    assert rows["NT32"]["outcome"] == "Air pollution is reduce"
    assert rows["NT14"]["measure"] == "Total amount (£) spent with VCSEs within your supply chain"
    assert all(r["unit"] and r["unit_basis"] in ("stated", "usual") for r in rows.values())


def test_no_proxy_values_are_shipped():
    header = (KNOWLEDGE / "data" / "toms-measures.csv").read_text(encoding="utf-8").splitlines()[0].lower()
    assert "proxy" not in header and "value_gbp" not in header


def test_every_fact_keeps_its_source():
    for name in ("local-needs-facts.csv", "policy-facts.csv"):
        with open(KNOWLEDGE / "data" / name, encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        assert rows and all(r["source_url"].strip() for r in rows)


@pytest.mark.parametrize("topic,pattern", [
    ("employment", r"employment|inactivity|not in work|claimant|workless"),
    ("health", r"life expectancy|health"),
    ("child poverty", r"child\w* .*poverty|low-income famil"),
])
def test_every_borough_has_a_sourced_fact_on_each_core_need(topic, pattern):
    from assistant.areas import BOROUGHS

    with open(KNOWLEDGE / "data" / "local-needs-facts.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for borough in BOROUGHS:
        found = [r for r in rows if r["area"] == borough and re.search(pattern, r["indicator"], re.IGNORECASE)]
        assert found, f"{borough} has no {topic} fact"
        assert all(r["source_url"].startswith("http") and r["period"].strip() for r in found)


def test_roadmap_has_one_marker_for_each_of_its_66_pages():
    text = (KNOWLEDGE / "roadmap" / "towards-a-social-value-economy.md").read_text(encoding="utf-8")
    pages = [int(p) for p in re.findall(r"<!-- page: (\d+) -->", text)]
    assert pages == list(range(1, 67))


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seeds is not beside this checkout")
def test_roadmap_text_is_the_seed_word_for_word():
    shipped = (KNOWLEDGE / "roadmap" / "towards-a-social-value-economy.md").read_text(encoding="utf-8")
    without_markers = re.sub(r"<!-- page: \d+ -->\n", "", shipped)
    assert without_markers.strip() == SEED.read_text(encoding="utf-8").strip()


def test_manifest_names_existing_files():
    manifest = json.loads((KNOWLEDGE / "manifest.json").read_text(encoding="utf-8"))
    for item in manifest["sources"]:
        assert (KNOWLEDGE / item["path"]).is_file(), item["path"]
        assert item["source"] and item["kind"]


def test_shipped_index_holds_every_source(shipped):
    names = {r.source: r for r in shipped.sources()}
    assert set(names) == {"Towards a Social Value Economy", "Cheshire and Merseyside TOMs catalogue", "Local needs facts", "Policy facts"}
    assert names["Cheshire and Merseyside TOMs catalogue"].chunks == 52
    assert names["Towards a Social Value Economy"].pages == 66
    assert all(r.status == "complete" for r in names.values())
