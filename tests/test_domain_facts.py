"""Domain facts come from data (the catalogue, areas.REGION) and tuning knobs from described settings."""

from dataclasses import replace

from assistant.mapping import ActivityMapper, MapWeights, load_guidance
from assistant.measures import Catalogue
from assistant.settings import Settings
from assistant.tracker import CommitmentTracker
from tests.fakes import FakeEmbedder

KNOWLEDGE = Settings().knowledge_dir


def test_partner_vcfse_codes_are_the_catalogues_key_measures():
    assert Catalogue.load(KNOWLEDGE).partner_vcfse_codes() == ("NT14", "NT15", "NT16", "NT17")


def test_a_private_company_tracks_whatever_the_catalogue_marks(tmp_path):
    shipped = Catalogue.load(KNOWLEDGE)
    marked = Catalogue([replace(m, partner_vcfse_key=m.code in ("NT14", "NT17")) for m in shipped])
    assert CommitmentTracker(tmp_path / "a.sqlite3", shipped).sector_codes("private") == ("NT14", "NT15", "NT16", "NT17")
    assert CommitmentTracker(tmp_path / "b.sqlite3", marked).sector_codes("private") == ("NT14", "NT17")
    assert CommitmentTracker(tmp_path / "b.sqlite3", marked).sector_codes("public") == ("NT14",)


def test_the_mapping_weights_are_settings_and_change_the_score():
    settings = Settings(map_weight_words=0.0)
    assert MapWeights.from_settings(Settings()) == MapWeights()
    assert MapWeights.from_settings(settings).words == 0.0
    catalogue = Catalogue.load(KNOWLEDGE)
    guidance = load_guidance(KNOWLEDGE, catalogue)
    activity = "300 staff volunteering hours a year with local food banks"
    usual = ActivityMapper(catalogue, guidance, FakeEmbedder()).map(activity, top=1).measures[0]
    without = ActivityMapper(catalogue, guidance, FakeEmbedder(), weights=MapWeights.from_settings(settings)).map(
        activity, top=1).measures[0]
    assert usual.evidence["words"], "the activity should match the measure's guidance words"
    assert usual.score > without.score
    assert "map_weight_words" in Settings.model_fields and Settings.model_fields["map_weight_words"].description
