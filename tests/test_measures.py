import pytest

from assistant.measures import Catalogue, UnknownMeasureError
from assistant.settings import Settings


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue.load(Settings().knowledge_dir)


@pytest.mark.parametrize("written", ["NT14", "nt14", "NT14*", " nt14 * ", "Nt14"])
def test_lookup_is_case_insensitive_with_or_without_the_star(catalogue, written):
    assert catalogue.get(written).code == "NT14"


@pytest.mark.parametrize("bad", ["NT99", "NT7", "XX1", "", "NT14a", "14"])
def test_unknown_codes_are_rejected_clearly(catalogue, bad):
    with pytest.raises(UnknownMeasureError, match="not a Cheshire and Merseyside TOMs measure code"):
        catalogue.get(bad)
    assert bad not in catalogue


def test_validate_rejects_a_list_with_one_bad_code(catalogue):
    with pytest.raises(UnknownMeasureError, match="NT999"):
        catalogue.validate(["NT14", "NT999"])


def test_lists_by_theme_and_outcome(catalogue):
    assert len(catalogue) == 52
    assert {m.code for m in catalogue.by_outcome("More opportunities for local MSMEs and VCSEs")} == {
        "NT14", "NT15", "NT16", "NT17", "NT18", "NT19"
    }
    assert all(m.theme == "Environment" for m in catalogue.by_theme("environment"))
    assert catalogue.by_theme("Innovation") == []
    assert [m.code for m in catalogue.partner_vcfse_measures()] == ["NT14", "NT15", "NT16", "NT17"]


def test_a_damaged_catalogue_fails_loudly(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "toms-measures.csv").write_text(
        "code,theme,outcome,measure,unit,unit_basis,partner_vcfse_key,page,source_note\nNT1,Jobs,x,y,FTE,stated,no,54,\n"
    )
    with pytest.raises(ValueError, match="expected the source's 52"):
        Catalogue.load(tmp_path)
