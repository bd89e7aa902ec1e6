import pytest

from assistant.quantities import extract_quantity, in_unit, share_of_contract

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


@pytest.mark.parametrize(("text", "period"), [
    ("300 staff volunteering hours a year with local food banks", "year"),
    ("Spend £5k per annum with VCSEs", "year"),
    ("Give £1,000 annually towards the hospice", "year"),
    ("Donate £500 monthly to a food bank", "month"),
    ("Run 2 sessions every month", "month"),
    ("£200 weekly", "week"),
    # a duration or an adjective is not a rate: these once multiplied costs by the contract's length
    ("Recruit 10 FTE carers who have been unemployed for over a year", None),
    ("Employ 3 people out of work for more than a year", None),
    ("Invest £25,000 in weekly befriending groups", None),
    ("Hold a yearly fun day worth £2,000", None),
])
def test_rate_is_read_only_where_the_quantity_is_a_rate(text, period):
    from assistant.quantities import rate, without_rate

    found = rate(text)
    assert (found[1] if found else None) == period
    if found:
        assert found[0] not in without_rate(text) and "  " not in without_rate(text)


@pytest.mark.parametrize("text,unit,value,how", [
    ("Take on 4 apprentices in health and social care, each for a year", "weeks", 208, "4 apprentices × 52 weeks"),
    ("Create 20 apprenticeships for local residents, each lasting 18 months", "weeks", 1560, "× 78 weeks (18 months)"),
    ("Take on 3 catering apprentices for 18 months each", "weeks", 234, "3 catering apprentices × 78 weeks"),
    ("Provide 3 apprentices on the contract for its full two years", "weeks", 312, "× 104 weeks"),
    ("Offer 2 paid 8-week work placements", "weeks", 16, "× 8 weeks"),
    ("3 apprentices", "weeks", 156, "assuming year-long apprenticeships"),
    ("Run 40 recycling talks in local primary schools, 2 hours each", "hours", 80, "40 recycling talks × 2 hours"),
    ("Give a 2-hour careers talk at each of 5 secondary schools", "hours", 10, "5 schools × 2 hours"),
    ("Mentor 8 unemployed residents with 10 hours each of CV support", "hours", 80, "× 10 hours"),
    ("Give 3 volunteer days", "hours", 22.5, "assuming 7.5-hour days"),
    ("Hire 5 care leavers", "FTE", 5, "assuming full-time posts"),
    # one person named in the singular: the length is theirs
    ("Employ a Knowsley care leaver on an 18-month apprenticeship", "weeks", 78, "1 care leaver × 78 weeks"),
])
def test_quantity_in_the_measures_unit_states_how(text, unit, value, how):
    converted = in_unit(text, extract_quantity(text), unit)
    assert converted.value == value and converted.unit == unit and how in converted.how


@pytest.mark.parametrize("text,unit,missing", [
    ("Offer 5 work placements", "weeks", "how many weeks"),
    ("Run 6 CV workshops at a Kirkby school", "hours", "how many hours each"),
    ("Run 20 befriending sessions", "£", "£"),
    ("Employ 4 part-time cleaners", "FTE", "hours a week"),
    ("Run a 6-week placement scheme for local people", "weeks", "how many weeks"),  # a scheme does not count one
])
def test_a_quantity_that_cannot_be_converted_says_what_is_missing(text, unit, missing):
    converted = in_unit(text, extract_quantity(text), unit)
    assert converted.value is None and missing in converted.missing


def test_a_rate_is_not_a_count():
    assert extract_quantity("Prepare three meals a day for patients").unit != "days"


@pytest.mark.parametrize("text,value,unit", [
    ("For every £1m spent, 2 local people are given jobs", 2, "people"),
    ("Two weeks of work placements per £100,000 of spend", None, None),
    ("Donate £5,000 for every £1m of contract value", 5000, "£"),
])
def test_the_base_of_a_rate_is_not_the_amount_committed(text, value, unit):
    quantity = extract_quantity(text)
    if value is None:
        assert quantity is None or quantity.unit != "£"
    else:
        assert quantity.value == value and quantity.unit == unit


@pytest.mark.parametrize("text,value,unit", [
    ("Place seventy-five thousand pounds of our catering spend with a Runcorn bakery", 75000, "£"),
    ("Give laptops worth two thousand three hundred pounds to a youth project", 2300, "£"),
    ("Thirteen staff hours of CV help at a Kirkby jobs fair", 13, "hours"),
    ("Divert 2,500 t/yr of road planings to a Speke recycler", 2500, "tonnes"),
    ("Buy 20 hybrid tippers in year 3 to cut 95 tonnes CO2e", 95, "tonnes CO2e"),
])
def test_numbers_written_out_and_shorthand_are_read(text, value, unit):
    quantity = extract_quantity(text)
    assert quantity.value == value and quantity.unit == unit


def test_a_point_in_time_is_not_the_unit_counted():
    assert extract_quantity("Run 14 hybrid gritters from month 6 onwards").unit != "months"


@pytest.mark.parametrize("text,unit,value", [
    ("3 x Level 3 plumbing apprenticeships, 24 months each", "weeks", 312),
    ("4 x 6-month supported internships for Wirral school leavers", "weeks", 104),
    ("Offer paid traineeships of 10 weeks to 5 Halton care leavers", "weeks", 50),
    ("Take on one Knowsley resident who has been out of work, full-time, for the nine months", "FTE", 1),
    ("Re-lamp the depot, cutting its power use by 40%, about 12 tonnes CO2e against last year's bills", "tonnes CO2e", 12),
    ("Swap 8 diesel vans for electric ones, saving 30 tonnes CO2e", "tonnes CO2e", 30),
])
def test_the_quantity_in_the_measures_unit_is_found_among_those_stated(text, unit, value):
    converted = in_unit(text, extract_quantity(text), unit)
    assert converted.value == value and converted.unit == unit


def test_note_shorthand_rates_are_rates():
    from assistant.quantities import rate
    assert rate("£40k p.a. of haulage from St Helens firms")[1] == "year"
    assert rate("600 t/yr of green waste composted")[1] == "year"


@pytest.mark.parametrize("text, unit, value", [
    # a count written just before the length of each thing it counts
    ("Our rangers will lead twelve two-hour nature walks for Halton families", "hours", 24),
    ("We will run 8 3-hour budgeting clinics in Runcorn", "hours", 24),
    # a note's short forms of a length
    ("3 x plumbing apprenticeships, 2 yrs each, for Wirral residents", "weeks", 312),
    ("2 trainee surveyors for 18 mths each", "weeks", 156),
])
def test_a_length_belongs_to_each_thing_counted(text, unit, value):
    converted = in_unit(text, extract_quantity(text), unit)
    assert converted.ok and converted.value == value, converted


@pytest.mark.parametrize("text", [
    "All our drivers will earn at least the Real Living Wage",
    "Everyone employed on the contract will be paid the Living Wage Foundation rate",
])
def test_a_whole_workforce_in_words_is_all_of_it(text):
    converted = in_unit(text, extract_quantity(text), "%")
    assert converted.value == 100 and "100%" in converted.how


def test_a_share_with_no_whole_named_still_asks_for_one():
    text = "Some of our cleaners will be paid the Real Living Wage"
    assert not in_unit(text, extract_quantity(text), "%").ok


@pytest.mark.parametrize("text, unit, value", [
    ("Careers talks for 60 Year 11 pupils, one hour each", "hours", 60),
    ("Mentor 12 Year 9 pupils for 5 hours each", "hours", 60),
])
def test_a_school_year_names_who_and_is_not_a_length_or_a_count(text, unit, value):
    converted = in_unit(text, extract_quantity(text), unit)
    assert converted.value == value, converted


def test_a_school_year_is_not_how_many_take_part():
    text = "Eight-week paid work placements for Year 13 school leavers"
    assert not in_unit(text, extract_quantity(text), "weeks").ok  # how many leavers is not stated


def test_a_school_year_after_a_count_is_not_the_unit():
    found = extract_quantity("Mentor 12 Year 9 pupils for 5 hours each")
    assert found is None or found.unit != "years"


@pytest.mark.parametrize("text, value", [
    ("12 defibrillators for sports clubs (£1,500 each = £18,000)", 18000),  # the total a note works out
    ("reading packs at £15 a child, 300 children each year", 4500),  # an amount per named thing × their count
    ("about £600 each for eight scout huts in Bootle", 4800),  # a bare 'each' × the nearest count
    ("£80 of food per family, 25 families", 2000),
])
def test_an_amount_for_each_thing_is_the_whole_sum(text, value):
    assert in_unit(text, extract_quantity(text), "£").value == value


def test_a_sum_already_whole_is_not_multiplied():
    text = "£5,000 to a youth club in 3 instalments"
    assert in_unit(text, extract_quantity(text), "£").value == 5000


@pytest.mark.parametrize("text, value", [
    ("twelve forty-minute coding clubs, with twenty minutes' preparation for each", 12),  # minutes and prep
    ("eight two-hour careers fairs a year, plus an hour of preparation for each", 24),
    ("a 3 hr mock interview day per college in 4 Wirral colleges", 12),  # hours per named thing × their count
])
def test_session_lengths_in_minutes_with_preparation_and_per_thing(text, value):
    assert in_unit(text, extract_quantity(text), "hours").value == value


def test_a_length_each_for_a_count_of_our_own_people():
    text = "put two of our site supervisors through a Level 6 degree, three years each"
    assert in_unit(text, extract_quantity(text), "weeks").value == 312


def test_a_note_with_slashes_names_one_apprentice():
    text = "recruiting a 3 yr level 3 plumbing / heating engineering apprentice from Halton"
    assert in_unit(text, extract_quantity(text), "weeks").value == 156


def test_a_possessive_before_the_post_is_still_one_post():
    text = "one caretaker's assistant post for a care leaver, full time for the whole term"
    assert in_unit(text, extract_quantity(text), "FTE").value == 1


@pytest.mark.parametrize("text, value, unit", [
    ("LED relamping, est 18t CO2e saved against 2023 bills", 18, "tonnes CO2e"),
    ("old uniforms sent for fibre recycling, approx 2.5t over the contract", 2.5, "tonnes"),
])
def test_tonnes_written_against_the_figure(text, value, unit):
    assert in_unit(text, extract_quantity(text), unit).value == value


def test_a_fortnightly_rate_is_read():
    from assistant.quantities import rate
    assert rate("mentors give 2 hours a fortnight")[1] == "fortnight"


def test_a_sum_given_to_one_thing_is_not_per_thing():
    text = "£3,000 to a youth club for 40 young people"
    assert in_unit(text, extract_quantity(text), "£").value == 3000


@pytest.mark.parametrize("text, hours", [
    ("litter picks along the canal: 3 hrs a month x 6 volunteers from our depot", 108 / 6),  # 18 h a month
    ("6 drivers x 2 hours per week reading with pupils", 12),
    ("2 hours a year each on a riverside clean-up, 9 staff", 18),
])
def test_a_length_multiplied_by_a_count_or_given_each_at_a_rate(text, hours):
    assert in_unit(text, extract_quantity(text), "hours").value == hours


def test_hours_each_count_the_plural_things_named():
    text = "careers talks in 5 Halton colleges this year, 2 hrs each with prep"
    converted = in_unit(text, extract_quantity(text), "hours")
    assert converted.value == 10 and "5 colleges" in converted.how


def test_a_yes_no_measure_committed_to_is_a_yes():
    text = "publish a carbon reduction plan every year"
    assert in_unit(text, extract_quantity(text), "yes/no").value == 1


@pytest.mark.parametrize("text, period", [
    ("careers talks at 3 Wirral colleges a yr", "year"),
    ("£150 per mth to a community larder", "month"),
    ("a 2-hour reading club every wk", "week"),
])
def test_a_notes_shorthand_rate_is_a_rate(text, period):
    from assistant.quantities import rate

    assert rate(text)[1] == period


@pytest.mark.parametrize("text, hours", [
    # a place named with '&' or '/' between the count and the things counted ("5 CW&C secondaries")
    ("money skills talks at 4 St.Helens/Knowsley sixth forms a year, 3 hrs each incl travel", 12),
    ("coding club at 3 B&B-area primaries, 2 hrs each", 6),
])
def test_each_counts_the_things_named_through_a_place_written_with_symbols(text, hours):
    converted = in_unit(text, extract_quantity(text), "hours")
    assert converted.value == hours


def test_a_rate_written_after_the_amount_is_its_own():
    from assistant.quantities import rate
    text = "reading sessions held weekly at 3 libraries, costed at £900 per year"
    assert rate(text, "£900")[1] == "year"
    assert rate(text)[1] == "week"  # without the amount, the first rate said


def test_a_length_at_a_rate_times_a_count_of_any_plural_thing():
    # "x 6 engineers": the count after the multiplier need not be a word for people
    text = "beach cleans with a Wirral friends group, 2 days per year x 6 engineers"
    assert in_unit(text, extract_quantity(text), "hours").value == 90


def test_people_named_by_their_role_as_whom_it_is_for_are_people():
    text = "mental health first aid and a gym subsidy for all 48 operatives on the contract"
    assert in_unit(text, extract_quantity(text), "people").value == 48
    things = "12 printers given to a youth club"
    assert in_unit(things, extract_quantity(things), "people").value is None


def _converted(text: str, unit: str):
    return in_unit(text, extract_quantity(text), unit)


def test_fte_stated_for_each_post_is_multiplied_by_the_posts():
    got = _converted("Hiring | 4 x kitchen assistants | local care leavers | 0.75 FTE each | 2 yrs", "FTE")
    assert got.value == 3.0 and "4 assistants" in got.how


def test_a_length_a_month_each_counts_the_people_before_it_though_more_follows():
    got = _converted("reading volunteers at Bootle libraries - 3 warehouse supervisors, 2 hours a month each in school terms", "hours")
    assert got.value == 6.0


def test_a_ratio_is_not_a_count_of_things():
    got = _converted("eight local start-ups a year get 4 hrs each of 1:1 business mentoring", "hours")
    assert got.value == 32.0


def test_hours_per_named_thing_counts_those_things():
    got = _converted("allotment clubs for Halton care homes: 6 visits a year, 3 hrs per visit including travel", "hours")
    assert got.value == 18.0


def test_an_amount_per_school_counts_schools_named_by_their_kind():
    got = _converted("we will fund reading corners at nine Knowsley secondaries, two thousand pounds per school", "£")
    assert got.value == 18000.0


def test_whole_workforce_named_by_role_or_with_a_count_is_the_whole_share():
    assert _converted("We will pay every kitchen porter on the contract the real Living Wage", "%").value == 100.0
    assert _converted("All twelve depot staff will get the real Living Wage over the five years.", "%").value == 100.0


def test_a_table_row_states_its_total_in_the_measures_unit():
    got = _converted("NT10 | L3 plumbing apprenticeships for 16-19 yr olds | 3 starts, 3 yrs each | 468 wks", "weeks")
    assert got.value == 468.0 and "table" in got.how


def test_an_age_in_years_is_not_a_length():
    assert extract_quantity("a mentoring club for 14-16 yr olds") is None or extract_quantity("a mentoring club for 14-16 yr olds").unit != "olds"


def test_men_and_women_hired_are_people():
    got = _converted("take on three women returning to work as site cleaners, full time", "FTE")
    assert got.value == 3.0


def test_a_percentage_of_the_contract_value_is_that_share_in_pounds():
    text = "we will spend 20% of the contract value with Sefton micro-businesses over the term"
    got = share_of_contract(text, extract_quantity(text), "£", 2_000_000)
    assert got is not None and got.value == 400_000.0
    assert share_of_contract("cut waste by 20% against baseline", extract_quantity("cut waste by 20% against baseline"), "£", 2_000_000) is None


def test_hours_per_person_at_each_of_several_events_counted_with_x():
    got = _converted("6 x STEM fair stands at Wirral Met over the contract, 2 apprentices at each stand, 4 hrs per apprentice", "hours")
    assert got.value == 48.0


def test_a_chain_of_counts_multiplied_by_x_multiplies_every_factor():
    text = "careers mornings for Year 10s: 4 academies x 3 assemblies x 2 hrs each, planning included"
    converted = in_unit(text, extract_quantity(text), "hours")
    assert converted.value == 24


def test_counts_added_with_a_plus_are_one_group():
    text = "a 2-hour mental health first aid refresher for all 30 drivers + 10 warehouse staff"
    converted = in_unit(text, extract_quantity(text), "hours")
    assert converted.value == 80


def test_a_length_each_of_our_staff_gives_is_times_their_count():
    text = "each of our 6 engineers will spend 2 hrs a month mentoring at a local youth club"
    converted = in_unit(text, extract_quantity(text), "hours")
    assert converted.value == 12


def test_all_counted_staff_are_the_whole_workforce():
    text = "All 22 cleaning and catering staff on the site paid the real Living Wage for 5 years"
    converted = in_unit(text, extract_quantity(text), "%")
    assert converted.value == 100


def test_a_length_and_a_half_each():
    text = "three trainee surveyors on apprenticeships, two and a half years each"
    converted = in_unit(text, extract_quantity(text), "weeks")
    assert converted.value == 390


def test_a_counted_group_that_each_gives_a_length_is_times_their_count():
    text = "a 4-person survey team will each spend 1 day a year on river clean-ups"
    assert in_unit(text, extract_quantity(text), "hours").value == 30
    text = "our 5 drivers will each give 3 hours a month at a community garden"
    assert in_unit(text, extract_quantity(text), "hours").value == 15


def test_an_amount_stated_over_the_term_is_not_a_rate_said_elsewhere():
    from assistant.quantities import rate
    text = "We will fund bird boxes and bat boxes, about £3,000 over the term. Occupancy will be checked annually."
    assert rate(text, "£3,000") is None
    assert rate("£3,000 a year for bird boxes", "£3,000") is not None


@pytest.mark.parametrize("text,period,times", [
    ("£75 a month to a Bootle youth boxing club for the 2 years", "month", 24),
    ("3 staff hours per term mentoring at a Kirkby primary over the five years", "term", 15),
    ("a 5-hour shift a quarter at a Runcorn food pantry, throughout the contract", "quarter", 16),
    ("£900 every year of the contract to a Halton allotment society", "year", 4),
])
def test_a_rate_with_its_own_duration_is_totalled_over_it(text, period, times):
    from assistant.quantities import over_own_duration, rate
    assert rate(text)[1] == period
    assert over_own_duration(text, period, 48)[0] == times


@pytest.mark.parametrize("text", [
    "£12,000 a year to a Sefton credit union",  # a bare rate: kept, never multiplied by the contract's length
    "2 hours a week of mentoring for a care leaver unemployed for over a year",
])
def test_a_bare_rate_is_not_multiplied_out(text):
    from assistant.quantities import over_own_duration, rate
    assert over_own_duration(text, rate(text)[1], 48) is None


@pytest.mark.parametrize("text,fte", [
    ("Hire 3 care leavers from Halton as porters, each working 24 hours a week of a 37.5-hour week", 1.92),
    ("Employ 2 ex-offenders from Sefton as drivers' mates, each 2 days a week", 0.8),
    ("Two Bootle jobseekers taken on as half-time admin assistants", 1.0),
    ("Recruit 6 local people as full-time cleaners", 6.0),
])
def test_part_time_posts_are_counted_as_their_share_of_a_full_time_week(text, fte):
    assert in_unit(text, extract_quantity(text), "FTE").value == fte


def test_a_place_between_a_count_and_its_noun_is_no_part_of_the_count():
    text = "careers assemblies at 6 St Helens secondaries a year, 1 hr each"
    converted = in_unit(text, extract_quantity(text), "hours")
    assert converted.value == 6 and "6 secondaries" in converted.how
    text = "money workshops at 3 Cheshire West and Chester academies, 2 hrs each"
    assert in_unit(text, extract_quantity(text), "hours").value == 6


def test_the_upper_end_of_an_age_range_is_no_count():
    text = "Take on 3 Knowsley young people aged 16-24 as full-time grounds apprentices"
    converted = in_unit(text, extract_quantity(text), "FTE")
    assert converted.value == 3


def test_a_part_worked_of_a_named_full_week_is_a_share():
    text = "Recruit 4 Wirral ex-offenders as depot hands, each on 2 days of a 4-day week"
    assert in_unit(text, extract_quantity(text), "FTE").value == 2.0


def test_a_hyphenated_length_is_read_before_the_activitys_own_duration():
    from assistant.quantities import over_own_duration, rate
    text = "A free fortnightly 3-hour homework club at a Kirkby library, every fortnight for the 2 years"
    quantity = extract_quantity(text)
    assert (quantity.value, quantity.unit) == (3, "hours")
    assert rate(text, quantity.text)[1] == "fortnight"
    assert over_own_duration(text, "fortnight", 36)[0] == 52
    # a working week or a shift written so is no length committed
    assert extract_quantity("Hire 2 Halton residents on a 37.5-hour week") is None or \
        extract_quantity("Hire 2 Halton residents on a 37.5-hour week").unit != "hours"


def test_a_length_per_visit_counts_the_places_visited():
    text = "Our engineers will visit 12 Widnes secondary schools a year for STEM days, 3 hours per visit"
    converted = in_unit(text, extract_quantity(text), "hours")
    assert converted.value == 36 and "12" in converted.how


def test_an_amount_each_counts_a_bare_count_at_a_rate():
    text = "Free room hire for tenants' associations - up to 25 a year, worth about £80 each"
    converted = in_unit(text, extract_quantity(text), "£")
    assert converted.value == 2000


def test_an_amount_per_occasion_takes_the_occasions_frequency():
    from assistant.quantities import rate
    text = "A weekly chess club for older men at a Runcorn charity - we fund the room, £45 per session"
    assert rate(text, "£45")[1] == "week"
    assert rate("A chess club at a Runcorn charity, £45 per session", "£45") is None


def test_each_ones_length_is_not_the_activitys_own_duration():
    text = "3 Sefton apprentices taken on every year for the 5 years, 18 months each"
    converted = in_unit(text, extract_quantity(text), "weeks")
    assert converted.value == 3 * 78


def test_names_between_a_count_and_its_noun_are_no_part_of_the_count():
    from assistant.quantities import extract_quantity, in_unit

    text = "Take on 4 Rock Ferry and Tranmere residents as full-time caretakers for the whole four years"
    converted = in_unit(text, extract_quantity(text), "FTE")
    assert converted.value == 4 and converted.unit == "FTE", converted


def test_one_full_time_hire_written_without_a_figure_is_one_fte():
    from assistant.quantities import extract_quantity, in_unit

    for text in ("Recruit a Runcorn prison leaver as a full-time van driver for the two years",
                 "An ex-forces Knowsley resident hired as our full-time site clerk for the contract"):
        converted = in_unit(text, extract_quantity(text), "FTE")
        assert converted.value == 1 and converted.unit == "FTE", (text, converted)
    # one part-time hire is not a full-time post, whatever the working week is called
    text = "Employ a care leaver as a porter, 20 hours a week against our full-time week of 37.5 hours"
    assert in_unit(text, extract_quantity(text), "FTE").value != 1


def test_an_amount_to_each_of_a_counted_group_is_the_whole_sum():
    got = _converted("£800 a year to each of three Runcorn scout groups for camping kit", "£")
    assert got.value == 2400 and "3 groups" in got.how


def test_counts_of_one_kind_joined_by_and_are_one_group():
    got = _converted("Our engineers will run 3 workshops and 5 careers talks at Halton schools, 90 minutes each with prep", "hours")
    assert got.value == 12
    # things of different kinds are not added: the talks are counted, not the pupils
    assert _converted("5 careers talks and 200 pupils reached, 2 hours each", "hours").value == 10


def test_a_qualification_level_between_a_count_and_its_noun_keeps_the_count():
    assert _converted("Four Level 2 dental nurse apprentices from Wallasey, 2 years each", "weeks").value == 416


def test_a_group_named_then_counted_that_each_gives_a_length():
    got = _converted("Our fitters - 6 of them - will each give 2 days a year to a Birkenhead food bank", "hours")
    assert got.value == 90


def test_a_year_each_for_a_counted_group():
    assert _converted("Level 3 accountancy apprenticeships for 4 of our Wirral-based clerks, a year each", "weeks").value == 208


def test_a_period_each_after_no_amount_is_a_length_not_a_rate():
    from assistant.quantities import rate
    text = "2 of our surveyors spend a week each helping a Wallasey housing co-op"
    assert rate(text) is None and _converted(text, "hours").value == 75
    assert rate("£40 a month each for 3 families")[1] == "month"
    assert rate("3 of our drivers, half a day (3.75 hrs) a week each")[1] == "week"


def test_an_age_is_not_each_ones_length():
    from assistant.quantities import length_each_months
    assert length_each_months("Hire 2 warehouse operatives who are 20-year-old Halton care leavers") is None
    assert length_each_months("take on four 16-19 yr olds as trainees") is None
    assert length_each_months("Three Level 2 plumbing apprentices, 18 months each") == 18


def test_a_half_term_is_a_rate_of_six_a_year():
    from assistant.quantities import PERIOD_MONTHS, over_own_duration, rate

    text = "a 90-minute reading session for 10 pupils each half-term, every year of the contract"
    found = rate(text)
    assert found == ("each half-term", "half-term")
    assert over_own_duration(text, found[1], 36) == (18.0, "every year of the contract")  # 36 months / 2
    assert 12 / PERIOD_MONTHS["half-term"] == 6
    # the half-term holiday is when something happens, not how often
    assert rate("a play scheme in the half-term holidays for 30 children") is None


@pytest.mark.parametrize("text,unit,value", [
    # things named one by one in the singular, then each one's length
    ("a Level 2 plumbing apprentice and a Level 3 electrical apprentice from Runcorn, 18 months each", "weeks", 156),
    ("an intern, a trainee and an apprentice, each for 6 months", "weeks", 78),
    # people named one by one who will each give a length
    ("the operations manager and a site supervisor will each give 3 hours a month to a Halton youth club", "hours", 6),
    # a count of people named by where they are in education
    ("6-week paid placements for 5 Widnes sixth-formers", "weeks", 30),
])
def test_things_named_one_by_one_or_by_stage_are_counted(text, unit, value):
    converted = in_unit(text, extract_quantity(text), unit)
    assert converted.value == pytest.approx(value), converted


def test_people_named_one_by_one_where_the_first_is_counted_each_give_a_length():
    # "Three of our electricians and a surveyor will each give": four people, not two
    text = "Three of our electricians and a surveyor will each give 4 hours a month to a Bootle youth club"
    converted = in_unit(text, extract_quantity(text), "hours")
    assert converted.value == 16


def test_a_count_of_times_a_period_multiplies_a_counted_group_length():
    text = "Three times a year, 8 of our drivers will spend a half day (3.5 hrs) helping at a Kirkby food bank"
    converted = in_unit(text, extract_quantity(text), "hours")
    assert converted.value == 84
    once = "8 of our drivers will spend a half day (3.5 hrs) helping at a Kirkby food bank"
    assert in_unit(once, extract_quantity(once), "hours").value == 28


def test_a_length_per_person_is_times_the_people_counted():
    text = "A City and Guilds course for our 14 gardeners, 3 weeks of college per head"
    converted = in_unit(text, extract_quantity(text), "weeks")
    assert converted.value == 42
