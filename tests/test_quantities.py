import pytest

from assistant.quantities import extract_quantity

CASES = [
    ("Staff will give 150 hours to the food bank", 150, "hours"),
    ("Spend £40k with a social enterprise", 40000, "£"),
    ("£1.2m in the local supply chain", 1200000, "£"),
    ("£40,000 a year with a CIC", 40000, "£"),
    ("hire five people from the jobcentre", 5, "people"),
    ("4 apprentices at Level 3 for 3 years", 4, "people"),
    ("30% of the workforce will be local", 30, "%"),
    ("cut 12 tonnes of CO2e", 12, "tonnes CO2e"),
    ("120 staff volunteering days", 120, "days"),
    ("52 weeks of apprenticeships", 52, "weeks"),
    ("3 FTE roles for local residents", 3, "FTE"),
    ("save 5,000 miles a year", 5000, "miles"),
    ("two dozen laptops for a charity", 24, "laptops"),
]


@pytest.mark.parametrize("text,value,unit", CASES)
def test_quantity_and_unit(text, value, unit):
    quantity = extract_quantity(text)
    assert quantity is not None
    assert (quantity.value, quantity.unit) == (value, unit)


def test_duration_is_kept_apart_from_the_count():
    quantity = extract_quantity("4 apprentices at Level 3 for 3 years")
    assert quantity.duration == {"value": 3, "unit": "years"}


@pytest.mark.parametrize("text", ["our drivers will coach a junior rugby team", "Level 3 training", "for 3 years", ""])
def test_no_quantity_gives_none(text):
    assert extract_quantity(text) is None
