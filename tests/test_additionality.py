"""What the contract pays for: the words an activity shares with the service it is offered on."""

from assistant.additionality import shared_service_words


def test_a_shared_place_name_is_not_shared_work():
    service = "resurfacing of footways and carriageways across Knowsley, with a depot in Prescot"
    activity = "Sponsor the Prescot junior football league's kit for two seasons in Knowsley"
    assert shared_service_words(activity, service) == []


def test_durations_and_the_word_contract_are_not_the_service_s_work():
    service = "a contract for 2,000 hours a year of home adaptations, each week's jobs booked a month ahead"
    activity = "Two hours a week, every year of the contract, mentoring a youth worker"
    assert shared_service_words(activity, service) == []


def test_money_in_the_activity_is_not_a_count_of_the_service_s_things():
    service = "cleaning of 12,000 streetlight columns"
    assert shared_service_words("£12,000 to the local hospice appeal", service) == []
    # the same figure as a count of the service's own things still is
    assert "12,000" in shared_service_words("wash all 12,000 columns", service)


def test_the_service_s_own_work_is_still_found():
    service = "collection and decontamination of community equipment in Halton"
    shared = shared_service_words("Collect and decontaminate returned equipment in Widnes", service)
    assert len(shared) >= 2


def test_the_thousands_of_a_sum_are_not_a_figure_of_their_own():
    # "£4,000" is neither "000" nor a count shared with "about 6,000 visits a year"
    assert shared_service_words("£4,000 to a carers' centre", "home care, about 6,000 visits a year") == []


def test_material_kept_from_the_tip_or_general_waste_is_a_reduction(shipped):
    reduction = shipped.checks.scope.reduction
    assert reduction.search("old paving slabs crushed and reused rather than being taken to the tip")
    assert reduction.search("about 2 tonnes of pallets a year kept out of residual waste")
    assert reduction.search("about 2 tonnes of pallets a year kept out of general waste")
    assert not reduction.search("pallets taken to the tip")
