import pytest

from assistant.areas import CITY_REGION, REGION, UnknownAreaError, normalise_area
from assistant.models import ContractRequest


@pytest.mark.parametrize("listed, expected", [
    ("Knowsley, Halton and Sefton", CITY_REGION),  # every one in the city region
    ("St Helens & Warrington", REGION),  # Warrington is not: the whole region
    ("Cheshire East, Cheshire West and Chester", REGION),  # a borough whose name has its own 'and'
    ("halton and halton", "Halton"),
])
def test_a_list_of_areas_is_the_smallest_area_covering_them(listed, expected):
    assert normalise_area(listed) == expected


def test_a_list_with_an_unknown_place_is_still_refused():
    with pytest.raises(UnknownAreaError):
        normalise_area("Sefton, Narnia and Wirral")


def test_a_contract_request_takes_the_area_list_an_intake_reports():
    # what `sva draft --bid` fills in from a tender pack whose service runs in several boroughs
    assert ContractRequest(service="x", value="1000", months=12, area="Wirral, Knowsley and Liverpool").contract().area == CITY_REGION
