"""Relevant / proportionate / additional checks on crafted cases, both sides of each threshold."""

import pytest

from assistant.checks import CommitmentChecks
from assistant.settings import Settings


@pytest.fixture(scope="module")
def mapper(shipped):
    return shipped.mapper


@pytest.fixture(scope="module")
def checks(shipped):
    return shipped.checks  # with what contracts pay for (assistant/additionality.py)


def proportion(checks, mapper, activity, value, months=12):
    return checks.proportionate(activity, mapper.map(activity), value, months)


# --- proportionate ---------------------------------------------------------------------------------
def test_large_donation_on_small_contract_is_out_of_proportion(checks, mapper):
    check = proportion(checks, mapper, "Donate £1m to a local community project", 250_000)
    assert not check.ok and "out of proportion" in check.why and "400.00%" in check.why


def test_extra_commitment_limit_both_sides(checks, mapper):
    # donations are funded on top of the contract: the limit is 10 % of its value
    assert proportion(checks, mapper, "Donate £10,000 to a local community project", 100_000).ok
    over = proportion(checks, mapper, "Donate £10,001 to a local community project", 100_000)
    assert not over.ok and "10%" in over.why


def test_delivery_spend_may_be_a_large_share(checks, mapper):
    # spend with VCSEs through the supply chain is paid from the contract: up to all of it
    assert proportion(checks, mapper, "Spend £100,000 with VCSEs in our supply chain", 100_000).ok
    assert not proportion(checks, mapper, "Spend £150,000 with VCSEs in our supply chain", 100_000).ok


def test_hours_are_costed_with_the_stated_rate(checks, mapper):
    # 500 hours at £20 = £10,000 = 10% of £100,000: at the limit; 501 hours is over
    ok = proportion(checks, mapper, "500 volunteering hours with local charities", 100_000)
    assert ok.ok and "£20 an hour" in ok.why
    assert not proportion(checks, mapper, "501 volunteering hours with local charities", 100_000).ok


def test_rate_per_year_is_multiplied_over_the_contract(checks, mapper):
    # 200 hours a year for 3 years = 600 hours = £12,000 > 10% of £100,000
    check = proportion(checks, mapper, "200 volunteering hours a year with local charities", 100_000, months=36)
    assert not check.ok and "× 3" in check.why
    assert proportion(checks, mapper, "200 volunteering hours with local charities", 100_000, months=36).ok


def test_a_working_week_is_not_a_rate_of_the_hires(checks, mapper):
    # hires are a headcount: the "a week" is each one's working pattern, not a quantity repeated every week
    check = proportion(checks, mapper, "Recruit 5 care leavers from Sefton as porters, each on 25 hours a week, "
                                       "for the whole contract", 3_000_000, 36)
    assert check.ok and "a week ×" not in check.why


def test_a_rate_is_costed_over_its_own_stated_duration(checks, mapper):
    # £1,000 a month for 2 years = £24,000, not £1,000 × the 60-month term
    check = proportion(checks, mapper, "£1,000 a month for the 2 years to a Wirral youth theatre charity", 400_000, 60)
    assert check.ok and "£24,000" in check.why  # × 60 months would be £60,000, 15%: over the 10% limit


def test_token_commitment_on_large_contract(checks, mapper):
    # £5,000 on £5m is 0.1 %: just in; £4,999 is token; the same on a £999,999 contract is not judged token
    assert proportion(checks, mapper, "Donate £5,000 to a local community project", 5_000_000).ok
    token = proportion(checks, mapper, "Donate £4,999 to a local community project", 5_000_000)
    assert not token.ok and token.why.startswith("token")
    assert proportion(checks, mapper, "Donate £500 to a local community project", 999_999).ok


@pytest.mark.parametrize("activity,value,token", [
    # one rule for money and time alike: under 0.1 % of a contract of £1m or more is token (the roadmap's "major
    # programmes of work with low ... Social Value"), whatever the commitment is counted in
    ("Sponsor a community gala with £5,000", 9_000_000, True),
    ("Give 30 staff volunteering hours to a youth club", 9_000_000, True),
    ("Give 200 staff volunteering hours to a hospice charity", 5_000_000, True),
    ("Coach 20 unemployed people for 5 hours each", 3_000_000, True),
    ("Give 250 staff volunteering hours to a hospice charity", 5_000_000, False),
    ("Give 30 staff volunteering hours to a youth club", 600_000, False),
])
def test_one_token_rule_for_money_and_hours(checks, mapper, activity, value, token):
    check = proportion(checks, mapper, activity, value, months=36)
    assert check.ok is not token, check.why


def test_no_quantity_passes_but_asks_for_one(checks, mapper):
    check = proportion(checks, mapper, "Volunteer with local charities", 100_000)
    assert check.ok and "no quantity" in check.why


def test_impossible_percentage(checks, mapper):
    assert not proportion(checks, mapper, "Pay 120% of staff the Real Living Wage", 100_000).ok
    assert proportion(checks, mapper, "Pay 100% of staff the Real Living Wage", 100_000).ok


def test_jobs_costed_per_year(checks, mapper):
    # 4 FTE for 12 months at £25,000 = £100,000 = the whole contract (limit 100 %); 5 is more than it pays for
    assert proportion(checks, mapper, "Hire 4 FTE local unemployed people", 100_000).ok
    assert not proportion(checks, mapper, "Hire 5 FTE local unemployed people", 100_000).ok


# --- additional ------------------------------------------------------------------------------------
def additional(checks, mapper, embedder, activity, service):
    from assistant.checks import cosine

    a, s = embedder.embed([activity, service])
    return checks.additional(activity, mapper.map(activity), cosine(a, s), service)


def test_restating_the_service_is_not_additional(checks, mapper, embedder):
    check = additional(checks, mapper, embedder, "We will clean the wards daily", "hospital cleaning services")
    assert not check.ok and "restates" in check.why


def test_same_subject_with_social_value_is_additional(checks, mapper, embedder):
    check = additional(checks, mapper, embedder, "We will hire long-term unemployed local people as ward cleaners",
                       "hospital cleaning services")
    assert check.ok


@pytest.mark.parametrize("activity", ["Pay all staff the national minimum wage", "Comply with health and safety law",
                                      "Run the sessions as set out in the specification",
                                      "Open the library to the public for the hours set in the specification"])
def test_legal_and_contract_duties_are_not_additional(checks, mapper, embedder, activity):
    check = additional(checks, mapper, embedder, activity, "youth services")
    assert not check.ok and "duty" in check.why and check.repeats == "duty"


@pytest.mark.parametrize("activity,service,part", [
    # the service in other words (not the service's own wording)
    ("Our support workers will help tenants with cooking, budgeting and getting to appointments every day",
     "supported living for adults with learning disabilities", "service"),
    ("Deliver the commissioned care hours each week across the borough", "domiciliary care", "duty"),
    # door-to-door transport is what a community transport contract pays for, not a car-miles measure (NT32)
    ("Pick up members from their homes and take them to the shops and the GP when they book",
     "door-to-door community transport for disabled residents", "service"),
    # duties any supplier must meet
    ("Make sure every driver holds an enhanced DBS check", "home-to-school transport", "duty"),
    ("Dispose of all site waste through licensed carriers", "construction of a new school", "duty"),
    # managing the contract's own footprint
    ("Recycle our kitchen waste", "hospital patient catering", "footprint"),
    ("Keep noise, dust and traffic disruption to a minimum around our works", "street lighting replacement", "footprint"),
])
def test_additionality_says_which_part_of_the_contract_it_repeats(checks, mapper, embedder, activity, service, part):
    check = additional(checks, mapper, embedder, activity, service)
    assert not check.ok and check.repeats == part, check.why


@pytest.mark.parametrize("activity,service", [
    ("Cut 30 tonnes CO2e by running hybrid generators instead of diesel ones", "construction of a new school"),
    ("Give free health and safety advice to local charities", "office cleaning"),
    ("Run 40 recycling talks in local primary schools, 2 hours each", "household waste collection"),
    ("Take on 3 catering apprentices for 18 months each", "hospital patient catering"),
])
def test_beyond_the_contract_is_additional(checks, mapper, embedder, activity, service):
    assert additional(checks, mapper, embedder, activity, service).ok


def test_without_a_scope_the_plain_rule_applies(mapper, embedder):
    plain = CommitmentChecks(Settings())
    check = additional(plain, mapper, embedder, "We will clean the wards daily", "hospital cleaning services")
    assert not check.ok and "restates" in check.why


# --- relevant --------------------------------------------------------------------------------------
def relevant(checks, mapper, activity):
    return checks.relevant(activity, mapper.map(activity), 0.1, False, [])


@pytest.mark.parametrize("activity,word", [("Sponsor a golf day for our clients", "golf"),
                                           ("Hold a staff Christmas party", "party"),
                                           ("Advertise our services on local radio", "Advertise")])
def test_benefits_to_the_bidder_are_not_relevant(checks, mapper, activity, word):
    check = relevant(checks, mapper, activity)
    assert not check.ok and word.lower() in check.why.lower()


def test_benefit_outside_the_region_is_not_relevant(checks, mapper):
    check = relevant(checks, mapper, "Plant trees in Brazil")
    assert not check.ok and "Brazil" in check.why
    assert relevant(checks, mapper, "Plant trees in Liverpool parks with local volunteers").ok


def test_activity_matching_no_measure_is_not_relevant(mapper):
    strict = CommitmentChecks(Settings(relevance_min_score=0.99))
    loose = CommitmentChecks(Settings(relevance_min_score=0.0))
    activity = "Volunteer at a local food bank"
    assert not strict.relevant(activity, mapper.map(activity), 0.1, False, []).ok
    assert loose.relevant(activity, mapper.map(activity), 0.1, False, []).ok


def test_relevance_names_its_links(checks, mapper):
    activity = "Volunteer at a local food bank"
    check = checks.relevant(activity, mapper.map(activity), 0.1, True, ["answers a local need: x [1]"])
    assert check.ok and "commonly relevant" in check.why and "[1]" in check.why


@pytest.mark.parametrize("activity", ["Take the directors to a Premier League match",
                                      "Give our staff tickets to a concert"])
def test_a_treat_for_the_bidders_own_people_is_not_relevant(checks, mapper, activity):
    check = relevant(checks, mapper, activity)
    assert not check.ok and "not the community" in check.why


def test_own_people_serving_others_are_relevant(checks, mapper):
    assert relevant(checks, mapper, "Our staff will coach a junior football team in weekend games").ok


def test_buying_for_the_business_with_no_one_who_gains_is_not_relevant(checks, mapper):
    activity = "Buy all our mowers from the cheapest national supplier"
    check = relevant(checks, mapper, activity)
    assert not check.ok and "names no one who gains" in check.why
    loose = CommitmentChecks(Settings(map_no_fit_below=None))  # the no-fit rule follows the mapper's own threshold
    plain = "Buy all our mowers from a national supplier"
    assert loose.relevant(plain, mapper.map(plain), 0.1, False, []).ok


@pytest.mark.parametrize("activity", ["Buy our office stationery from the cheapest online retailer",
                                      "Order the depot's cleaning supplies from the lowest-priced wholesaler"])
def test_buying_on_price_alone_is_not_relevant_whatever_measure_it_comes_close_to(checks, mapper, activity):
    loose = CommitmentChecks(Settings(map_no_fit_below=None))  # not the no-fit rule: the price is the reason
    check = loose.relevant(activity, mapper.map(activity), 0.1, False, [])
    assert not check.ok and "on price" in check.why
    assert loose.relevant("Buy our office stationery from the cheapest Halton social enterprise",
                          mapper.map("Buy our office stationery from the cheapest Halton social enterprise"),
                          0.1, False, []).ok


def test_an_accredited_qualification_for_the_contracts_own_staff_is_not_a_restated_service(checks, mapper, embedder):
    """NT80 counts upskilling on the contract: the qualification is beyond what the contract pays for."""
    activity = "Put 6 of our service desk staff on the contract through a 12-month Level 3 IT technician qualification"
    assert additional(checks, mapper, embedder, activity, "IT service desk for council staff").ok
    assert not additional(checks, mapper, embedder, "Answer the council's IT calls within the agreed service levels",
                          "IT service desk for council staff").ok
    assert relevant(checks, mapper, "Buy £50,000 of mower parts from small Sefton firms").ok


@pytest.mark.parametrize("activity,service", [
    ("Carry out our designer duties under the CDM Regulations", "engineering design consultancy"),
    ("Act as principal designer and keep the construction phase plan up to date", "architectural design services"),
    # any named Act or Regulations: the law applies whether or not it is offered
    ("Remove the old boilers under the Gas Safety (Installation and Use) Regulations", "housing repairs"),
    ("Follow the Control of Substances Hazardous to Health Regulations in every building", "office cleaning"),
])
def test_a_duty_under_a_named_act_or_regulations_is_not_additional(checks, mapper, embedder, activity, service):
    check = additional(checks, mapper, embedder, activity, service)
    assert not check.ok and check.repeats == "duty", check.why


def test_help_with_the_law_given_to_others_is_additional(checks, mapper, embedder):
    activity = "Give 20 hours of free advice on the CDM Regulations to local community groups building a shelter"
    assert additional(checks, mapper, embedder, activity, "engineering design consultancy").ok


@pytest.mark.parametrize("activity,service", [
    ("Design and build the council's new online forms and case management system", "digital transformation consultancy"),
    ("Keep the trust's patient records system running", "managed IT services"),
])
def test_work_on_the_buyers_own_things_restates_the_service(checks, mapper, embedder, activity, service):
    check = additional(checks, mapper, embedder, activity, service)
    assert not check.ok and check.repeats == "service" and "buyer" in check.why, check.why


def test_the_buyers_own_things_given_to_others_are_additional(checks, mapper, embedder):
    activity = "Refurbish the council's old laptops and donate them to local charities"
    assert additional(checks, mapper, embedder, activity, "managed IT services").ok


@pytest.mark.parametrize("activity", ["Buy the site's scaffolding from whichever national firm is cheapest",
                                      "Order our fuel from the lowest-priced national broker"])
def test_a_purchase_that_is_not_local_fits_no_spend_measure(checks, mapper, activity):
    mapping = mapper.map(activity)
    assert mapping.measures[0].measure.code not in ("NT18", "NT19", "NT14")
    check = relevant(checks, mapper, activity)
    assert not check.ok and "names no one who gains" in check.why


def test_an_activity_close_to_a_measure_it_is_outside_is_not_called_a_restated_service(checks, mapper, embedder):
    """Service similarity is weighed against the closest measure wording, not the one ranked first after penalties."""
    activity = "Buy the site's scaffolding from whichever national firm is cheapest"
    mapping = mapper.map(activity)
    assert mapping.closest_meaning >= max(m.evidence["meaning"] for m in mapping.measures)
    assert additional(checks, mapper, embedder, activity, "construction of 60 affordable homes").ok


SPEC = ("The provider shall pay all staff employed on the contract at least the Real Living Wage. "
        "Cleaning will take place each evening. The provider must hold a waste carrier licence.")


def test_a_requirement_of_the_specification_is_not_additional_whoever_it_benefits(checks, mapper, embedder):
    activity = "Pay every cleaner on the contract at least the Real Living Wage"
    mapping = mapper.map(activity)
    with_spec = checks.additional(activity, mapping, 0.1, "office cleaning", SPEC)
    assert not with_spec.ok and with_spec.repeats == "duty" and "specification" in with_spec.why, with_spec.why
    assert checks.additional(activity, mapping, 0.1, "office cleaning").ok  # without it, the Real Living Wage is beyond


def test_what_the_specification_does_not_require_stays_additional(checks, mapper, embedder):
    activity = "Recruit 3 FTE cleaners who are registered unemployed local residents"
    assert checks.additional(activity, mapper.map(activity), 0.1, "office cleaning", SPEC).ok


def test_going_beyond_a_requirement_in_its_own_words_stays_additional(checks, mapper):
    spec = "The provider must recruit local people to deliver the service wherever possible."
    activity = "Recruit 5 local people who have been out of work for over a year"
    assert checks.additional(activity, mapper.map(activity), 0.1, "office cleaning", spec).ok
    restated = "Pay every cleaner at least the Real Living Wage"
    assert not checks.additional(restated, mapper.map(restated), 0.1, "office cleaning", SPEC).ok


@pytest.mark.parametrize("activity,service", [
    # a duty stated by what the law requires or allows, whatever the law is called
    ("Keep the asbestos survey records the law requires for every building", "school building maintenance"),
    ("Apply herbicides only as the product label and the law allow", "grounds maintenance"),
    # a statement the Modern Slavery Act requires of large firms
    ("Publish our modern slavery statement on our website each year", "office cleaning"),
    # staying within a regulator's permit or consent
    ("Keep our discharges within the environmental permit for the depot", "vehicle washing"),
    # the contract's own response times
    ("Answer every fault call within the agreed response times", "IT support for the council"),
])
def test_what_any_supplier_must_do_is_not_additional(checks, mapper, embedder, activity, service):
    check = additional(checks, mapper, embedder, activity, service)
    assert not check.ok and check.repeats == "duty", check.why


def test_the_services_own_users_do_not_make_a_restatement_additional(checks, mapper, embedder):
    service = "meals on wheels for older people"
    check = additional(checks, mapper, embedder, "Deliver a hot meal to residents at their homes every day", service)
    assert not check.ok and check.repeats == "service" and "'residents' are the people" in check.why, check.why
    # residents who gain something beyond the service are still a benefit
    assert additional(checks, mapper, embedder, "Fund a £5,000 walking group for Halton residents", service).ok


def test_instructions_to_bidders_are_not_requirements_of_the_contract():
    from assistant.additionality import requirements

    text = ("Bidders must describe how they will recruit local people. Responses should not exceed 500 words. "
            "The provider shall recruit local people into at least half of all new posts.")
    assert requirements(text) == ["The provider shall recruit local people into at least half of all new posts."]


# --- session 7: gifts, perks, places named by region, timescales in the specification, hosted systems -------------
@pytest.mark.parametrize("activity", ["Give a Halton youth charity free advertising on the sides of our vans",
                                      "Donate £1,000 towards the residents' association summer party"])
def test_marketing_or_a_party_given_away_to_others_is_relevant(checks, mapper, activity):
    """The advertising or the party is the recipient's: the benefit has left the bidder."""
    assert relevant(checks, mapper, activity).ok


def test_a_gift_for_the_bidders_own_clients_is_still_not_relevant(checks, mapper):
    check = relevant(checks, mapper, "Sponsor a charity golf day for our clients")
    assert not check.ok and "not the community" in check.why


def test_a_perk_for_the_bidders_own_staff_is_not_relevant(checks, mapper):
    check = relevant(checks, mapper, "Offer our own employees discounted laptops through the staff benefits scheme")
    assert not check.ok and "not the community" in check.why


@pytest.mark.parametrize("activity,place", [("Fund 200 trees on a Cumbria hill farm", "Cumbria"),
                                            ("Pay for a Scottish peat bog restoration", "Scottish")])
def test_a_region_or_its_adjective_outside_the_area_is_not_relevant(checks, mapper, activity, place):
    check = relevant(checks, mapper, activity)
    assert not check.ok and place in check.why


def test_the_specifications_own_timescales_are_a_duty(checks, mapper, embedder):
    check = additional(checks, mapper, embedder, "Finish every repair within the deadlines set out in the contract",
                       "responsive repairs to council homes")
    assert not check.ok and check.repeats == "duty", check.why


def test_running_a_hosted_system_restates_the_service(checks, mapper, embedder):
    service = "cloud case management system for adult social care"
    check = additional(checks, mapper, embedder,
                       "Keep the platform available 99.5% of the time and move every case file across from the old system",
                       service)
    assert not check.ok and check.repeats == "service", check.why


# --- session 7, round 2: the service in its own words, the brief's requirements, standards, places, diversion -----
@pytest.mark.parametrize("activity,service", [
    # a terse note in the service's own words is the service, however far in meaning from a full sentence
    ("Grit all 400 km of priority routes from October to April", "winter gritting of priority routes"),
    ("Inspect, repair and re-test the returned hoists before they go out again",
     "hoist loan service: delivery, inspection and repair of hoists"),
    # an outcome measured over the very things the contract delivers is what it pays for
    ("Estimated 300 t CO2e a year saved across the 250 flats after the upgrade",
     "insulation and boiler upgrade of 250 council flats"),
])
def test_the_service_in_its_own_words_is_not_additional(checks, mapper, embedder, activity, service):
    check = additional(checks, mapper, embedder, activity, service)
    assert not check.ok and check.repeats == "service", check.why


@pytest.mark.parametrize("activity,service", [
    # a measured reduction on the contract's things, beyond the work the contract pays for
    ("Fit solar panels to the depot roofs, cutting 20 tonnes CO2e against last year's bills", "depot cleaning"),
])
def test_naming_the_services_people_or_things_with_more_is_additional(checks, mapper, embedder, activity, service):
    assert additional(checks, mapper, embedder, activity, service).ok


def test_the_people_a_service_serves_are_not_its_own_work():
    from assistant.additionality import shared_service_words

    assert shared_service_words("Fund driving lessons for young people moving on", "foyer for young people") == []
    assert shared_service_words("Re-test the returned hoists", "inspection and re-testing of hoists") == ["hoist", "re-test"]


@pytest.mark.parametrize("activity", ["Hold the resident consultation events that the specification asks for",
                                      "All our gas engineers are Gas Safe registered and install to BS 6891",
                                      "Every scaffolder carries a CISRS card"])
def test_what_the_brief_or_the_trade_requires_is_a_duty(checks, mapper, embedder, activity):
    check = additional(checks, mapper, embedder, activity, "heating upgrades to council homes")
    assert not check.ok and check.repeats == "duty", check.why


def test_a_health_check_for_staff_is_not_a_vehicle_mot(checks, mapper, embedder):
    check = additional(checks, mapper, embedder, "Offer every depot worker a free health MOT each year",
                       "refuse collection")
    assert check.repeats != "duty", check.why


def test_waste_sent_for_reuse_instead_of_landfill_is_a_measured_diversion(checks, mapper, embedder):
    check = additional(checks, mapper, embedder, "600 t of road sweepings a year composted instead of landfill",
                       "street cleansing")
    assert check.ok, check.why


@pytest.mark.parametrize("activity,place", [("Send 40 refurbished laptops to a school in Uganda", "Uganda"),
                                            ("Run a fun run at our Hertfordshire head office for a local hospice",
                                             "Hertfordshire")])
def test_countries_and_counties_elsewhere_are_not_relevant(checks, mapper, activity, place):
    check = relevant(checks, mapper, activity)
    assert not check.ok and place in check.why


def test_a_wirral_place_named_like_one_elsewhere_is_in_the_area(checks, mapper):
    assert relevant(checks, mapper, "Give £2,000 to a New Brighton youth football club").ok


@pytest.mark.parametrize("activity,service", [
    # a regulation cited by its short form and year
    ("Lifting operations will follow the Lifting Operations and Lifting Equipment Regs 1998", "tower crane hire"),
    # authorised by a regulator: any supplier of the service must be
    ("As a firm authorised by the Solicitors Regulation Authority, every will is drafted by a qualified solicitor",
     "legal services for the council"),
    # a trade's certification scheme written as a hyphenated acronym
    ("All electrical testing is done by NICEIC-approved electricians", "fire alarm maintenance"),
])
def test_regulators_and_certification_schemes_are_duties(checks, mapper, embedder, activity, service):
    check = additional(checks, mapper, embedder, activity, service)
    assert not check.ok and check.repeats == "duty", check.why


def test_a_count_of_full_time_posts_is_not_a_certification(checks, mapper, embedder):
    assert additional(checks, mapper, embedder, "Hire 5 FTE registered unemployed Runcorn residents", "street cleaning").ok


@pytest.mark.parametrize("activity", ["A free gym membership for all our drivers",
                                      "Free parking at the depot for our cleaners"])
def test_a_free_perk_for_the_bidders_own_trades_is_not_relevant(checks, mapper, activity):
    check = relevant(checks, mapper, activity)
    assert not check.ok and "not the community" in check.why


def test_our_trades_giving_something_free_to_others_are_relevant(checks, mapper):
    assert relevant(checks, mapper, "Our engineers will give free boiler checks to Knowsley residents").ok


@pytest.mark.parametrize("activity,place", [("Fund two bursaries a year at Durham University", "Durham"),
                                            ("Send our apprentices' trainers to support a college in Canterbury",
                                             "Canterbury")])
def test_a_benefit_in_another_british_city_is_not_relevant(checks, mapper, activity, place):
    check = relevant(checks, mapper, activity)
    assert not check.ok and place in check.why


@pytest.mark.parametrize("activity,service", [
    ("Our tutors will teach weekly reading and writing classes to adult learners in community centres across Wirral",
     "adult literacy classes"),
    ("The service will lend e-readers and audiobooks to housebound residents from community hubs in Sefton",
     "home library service: lending books and audiobooks to housebound readers"),
])
def test_a_place_the_service_is_delivered_is_not_someone_who_gains(checks, mapper, embedder, activity, service):
    """'community centres' says where the contracted work happens; it does not name a beneficiary beyond it."""
    check = additional(checks, mapper, embedder, activity, service)
    assert not check.ok and check.repeats == "service", check.why


def test_a_community_group_at_a_venue_still_gains(checks, mapper, embedder):
    assert additional(checks, mapper, embedder, "Give 20 volunteering hours to a community centre's youth club",
                      "adult literacy classes").ok


@pytest.mark.parametrize("activity", [
    "Quarterly KPI returns sent to the client as stated in the tender",
    "Weekly litter picks of the car parks (ITT clause 7.3)",
    "Defect reports uploaded within 24 hours, per spec section 5",
    "Annual condition survey of every bin store, as required by the spec",
])
def test_a_requirement_cited_from_the_contract_documents_is_a_duty(checks, mapper, embedder, activity):
    check = additional(checks, mapper, embedder, activity, "estate caretaking")
    assert not check.ok and check.repeats == "duty", check.why


def test_what_is_said_to_be_outside_the_spec_is_not_a_cited_requirement(checks, mapper, embedder):
    activity = "£6,000 of our own money for a community orchard at a Wirral food bank (not in the spec)"
    assert additional(checks, mapper, embedder, activity, "estate caretaking").ok


def test_a_fortnightly_rate_is_multiplied_over_the_contract(checks, mapper):
    # 3 hours a fortnight for 5 years = 390 hours = £7,800: 0.56 % of £1.4m, not token
    check = proportion(checks, mapper, "volunteer at a Sefton hospice's day centre, 3 hours a fortnight", 1_400_000, 60)
    assert check.ok and "130" in check.why, check.why


@pytest.mark.parametrize("activity", [
    "Bowling trip in Blackpool for our bin crews and their families",
    "Free smart thermostats for our own depot in Leeds",
])
def test_a_benefit_kept_by_the_bidder_is_relevance_not_additionality(checks, mapper, embedder, activity):
    from assistant.checks import self_benefit
    assert self_benefit(activity)
    assert additional(checks, mapper, embedder, activity, "household waste collection").ok  # not the contract's work


def test_a_treat_for_local_families_is_still_theirs():
    from assistant.checks import self_benefit
    assert self_benefit("Free pantomime tickets for Huyton families referred by a children's centre") is None


@pytest.mark.parametrize("activity", ["£300 towards Prenton cubs' camping trip", "£500 to Widnes boxing club for gloves"])
def test_a_voluntary_group_named_by_its_kind_is_someone_who_gains(activity):
    from assistant.checks import _BENEFICIARY
    assert _BENEFICIARY.search(activity)


def test_neet_spelled_out_names_who_gains():
    from assistant.checks import beyond_service
    activity = "Hire six 18-24s who are not in education, employment or training as trainee grounds staff"
    assert beyond_service(activity, "grounds maintenance") is not None


def test_waste_sent_to_a_partner_not_landfill_is_a_diversion_not_footprint(checks, mapper, embedder):
    activity = "Old rubber matting from the gyms goes to a specialist recycler, not to landfill: about 4 tonnes"
    check = additional(checks, mapper, embedder, activity, "leisure centre management")
    assert check.ok or check.repeats != "footprint", check.why


def test_the_same_place_is_not_the_same_work():
    from assistant.additionality import shared_service_words, venue_only
    service = "adult literacy classes at Wirral community library branches"
    new = "Pay for a lift to the first floor at a Wirral library branch, £60,000"
    assert venue_only(shared_service_words(new, service), service)
    repeat = "Literacy classes each week at the library branches"
    assert not venue_only(shared_service_words(repeat, service), service)


# --- session 9: held-out 9's mechanisms, on other wording -------------------------------------------
@pytest.mark.parametrize("activity,service", [
    # trade cards named by their scheme's acronym, and an Act named by its acronym
    ("all our gangs work under LOLER and every lifting operative holds CPCS / NPORS cards", "tower crane hire"),
    # the product's regulatory marking and the regulator's notices
    ("every hoist we supply is UKCA marked and we act on all MHRA field safety notices", "supply of patient hoists"),
    # a response time is the contract's own service level
    ("blocked drains responded to in 4 hours, routine jobs within 5 working days", "drainage repairs for council housing"),
])
def test_duties_in_trade_shorthand_are_not_additional(checks, mapper, embedder, activity, service):
    check = additional(checks, mapper, embedder, activity, service)
    assert not check.ok and check.repeats == "duty", check.why


def test_keeping_neighbours_informed_of_the_works_manages_its_disruption(checks, mapper, embedder):
    check = additional(checks, mapper, embedder, "monthly community newsletter and liaison meetings for residents near the site",
                       "construction of a new leisure centre")
    assert not check.ok and check.repeats == "footprint", check.why


@pytest.mark.parametrize("activity,service", [
    # a measured diversion close in meaning to the service is an outcome beyond it
    ("old wheelie bins sent to a plastics reprocessor instead of landfill, about 9 t a year", "supply and repair of wheelie bins"),
    # schools named by their kind are who gains
    ("careers days at three Halton primaries each year, 2 hrs each", "street lighting maintenance"),
    # money put into a place gains whoever runs it
    ("£20k towards a new Widnes carers' charity centre", "home care for older people in Widnes"),
])
def test_beyond_the_contract_said_in_other_ways_is_additional(checks, mapper, embedder, activity, service):
    assert additional(checks, mapper, embedder, activity, service).ok


@pytest.mark.parametrize("activity", [
    "pay for go-karting lessons for our CEO's daughter",
    "a charity bake sale at our HQ in Surrey",
])
def test_the_bidders_own_family_and_head_office_are_its_own(checks, mapper, activity):
    assert not relevant(checks, mapper, activity).ok


def test_buying_on_price_alone_is_judged_by_relevance_not_as_the_service(checks, mapper, embedder):
    activity = "pothole patching kits bought from the lowest-priced online wholesaler"
    assert additional(checks, mapper, embedder, activity, "pothole repairs on council roads").ok
    assert not relevant(checks, mapper, activity).ok


@pytest.mark.parametrize("activity", [
    "litter picking with the Friends of Bolton Road Rec, 2 days a year x 3 staff",
    "a brand-new sensory garden built for a Widnes special school, £8,000",
    "4 theatre tickets (£120) for a Huyton care home's summer raffle",
])
def test_local_places_new_things_and_homes_that_gain_are_relevant(checks, mapper, activity):
    # a town's name inside a local place's own name; 'brand-new' is not branding; a care home's raffle gains others
    assert relevant(checks, mapper, activity).ok


def test_a_town_named_on_its_own_is_still_outside_the_region(checks, mapper):
    check = relevant(checks, mapper, "litter picking in Bolton town centre with local volunteers")
    assert not check.ok and "Bolton" in check.why


def test_an_amount_takes_the_rate_written_after_it_not_another_in_the_sentence(checks, mapper):
    # 'fortnightly' says how often the club meets; the £1,500 is a year's: £1,500 × 3 = £4,500 on £600,000
    activity = "homework club run fortnightly at a Bootle youth centre by 2 staff, £1,500 a year"
    check = proportion(checks, mapper, activity, 600_000, months=36)
    assert check.ok and "× 3 " in check.why


@pytest.mark.parametrize("activity,service", [
    # Regulations cited by acronym and year, and 'as required under' whoever requires it
    ("scaffolders inspect every lift each week as required under WAHR 2005", "scaffolding hire for council buildings"),
    # a regulator's guidance followed, named by its acronym; the rules of driving for a living
    ("minibus drivers keep tachograph records and take the rest breaks set out in VOSA rules", "home to school transport"),
    ("all fuel deliveries handled in line with HSE guidance on flammable liquids", "fuel supply to council depots"),
])
def test_regulations_by_acronym_and_year_and_a_regulators_rules_are_duties(checks, mapper, embedder, activity, service):
    check = additional(checks, mapper, embedder, activity, service)
    assert not check.ok and check.repeats == "duty", check.why


@pytest.mark.parametrize("activity,service", [
    # a duty's subject turned into help for small firms named with their place or trade
    ("free food hygiene briefings for small Runcorn takeaway businesses, 2 hours a month", "school catering"),
    # an accredited qualification beyond the training the duty requires
    ("NVQ Level 3 in Confined Spaces for 4 of our drainage operatives, fully funded", "drainage and sewer repairs"),
    # the staff of organisations the bidder works with are people beyond the service
    ("mental health awareness training for 40 staff at our suppliers", "community mental health support service"),
])
def test_a_duty_or_service_subject_given_to_others_or_beyond_is_additional(checks, mapper, embedder, activity, service):
    assert additional(checks, mapper, embedder, activity, service).ok


def test_recycling_instead_of_general_waste_in_tonnes_is_a_diversion(checks, mapper, embedder):
    activity = "old toner cartridges from our branches sent to a specialist toner recycling firm instead of general waste, 0.3t a year"
    assert additional(checks, mapper, embedder, activity, "office printing services").ok


@pytest.mark.parametrize("activity", [
    "a £100 bonus to each of our employees who completes a 10k run",
    "our logo on the back of a Runcorn netball team's bibs, £3,000 a year",
])
def test_a_bonus_for_own_staff_or_the_bidders_logo_is_not_relevant(checks, mapper, activity):
    check = relevant(checks, mapper, activity)
    assert not check.ok and "not the community" in check.why


def test_a_sponsorship_is_paid_on_top_of_the_contract(checks, mapper):
    check = proportion(checks, mapper, "sponsor a Sefton darts league's trophies - £30k a year", 200_000)
    assert not check.ok and "on top of the contract" in check.why


def test_a_qualification_said_to_be_required_stays_a_duty(checks, mapper, embedder):
    activity = "NVQ Level 3 in Confined Spaces for 4 of our drainage operatives, as the Confined Spaces Regulations require"
    check = additional(checks, mapper, embedder, activity, "drainage and sewer repairs")
    assert not check.ok and check.repeats == "duty", check.why


def test_a_qualification_staff_must_hold_stays_a_duty(checks, mapper, embedder):
    activity = "every gas engineer will hold a current ACS qualification and Gas Safe registration"
    check = additional(checks, mapper, embedder, activity, "gas boiler servicing for council homes")
    assert not check.ok and check.repeats == "duty", check.why


@pytest.mark.parametrize("activity", [
    "a summer fun day at the depot for our engineers + their kids",
    "a new trophy cabinet in the lobby of our Warrington head office",
])
def test_own_families_joined_by_a_symbol_and_a_head_office_named_with_its_town_stay_the_bidders(activity):
    from assistant.checks import self_benefit
    assert self_benefit(activity)


def test_a_place_the_service_is_only_delivered_at_is_not_whom_it_serves(checks, mapper, embedder):
    # the service names colleges only as where its guards stand: working in the colleges' classrooms goes beyond it
    from assistant.checks import beyond_service
    service = "car park security patrols at 12 sites beside Sefton colleges"
    activity = "fire safety assemblies in Sefton colleges run by 2 of our patrol leads, one morning a term"
    assert beyond_service(activity, service) is not None
    assert additional(checks, mapper, embedder, activity, service).ok
    # a service whose work names the colleges still has them as its own users
    assert beyond_service(activity, "security patrols for Sefton colleges") is None


@pytest.mark.parametrize("firms", ["eight Knowsley micro-businesses", "new local start-ups", "twelve micro enterprises"])
def test_firms_named_by_size_or_age_are_beneficiaries(firms):
    from assistant.checks import beyond_service
    assert beyond_service(f"4 hrs each of free bookkeeping help for {firms}", "operation of the town's business centre") \
        is not None


def test_a_measures_own_work_naming_the_services_things_is_not_the_service(checks, mapper, embedder):
    # modern slavery clauses in the contracts that buy the service's goods: NT22's work, not fitting kitchens
    service = "supply and fitting of kitchen units and worktops in 900 council homes"
    activity = "all our kitchen unit + worktop supply contracts to carry modern slavery clauses, audited to the sawmill"
    check = additional(checks, mapper, embedder, activity, service)
    assert check.ok, check.why
    # the service's own work in its own words, close to delivering it, still restates it
    check = additional(checks, mapper, embedder, "fit the kitchen units and worktops in the 900 homes", service)
    assert not check.ok and check.repeats == "service", check.why


def test_working_with_the_buyers_people_is_not_work_on_the_buyers_things(checks, mapper, embedder):
    """'with the council's wardens' names the buyer's people as partners, not the buyer's things the service works on."""
    activity = ("Together with the council's park wardens and a Friends group, we will create a new wildflower meadow "
                "on an unused corner of Sutton Manor, with our own seed and labour worth £4,000")
    check = additional(checks, mapper, embedder, activity, "grounds maintenance of council parks and verges")
    assert "buyer" not in check.why, check.why


@pytest.mark.parametrize("activity,service", [
    ("Reusable crates in place of disposable cardboard boxes: 2 tonnes of packaging waste a year less than our "
     "2025 baseline", "school catering: cooking and serving school meals in 40 primary schools"),
    ("Heat pumps and LED lighting in the Runcorn pool hall: about 300 tCO2e less over the term than the 2025 energy "
     "baseline", "management of two council swimming pools and a sports hall in Runcorn"),
])
def test_a_reduction_measured_against_a_baseline_is_additional(checks, mapper, embedder, activity, service):
    # managing the contract's footprint, or its own buildings, is not additional; a measured cut against a stated
    # baseline is, even in the service's own words
    assert additional(checks, mapper, embedder, activity, service).ok
    assert not additional(checks, mapper, embedder, "We will dispose of our waste responsibly", service).ok


def test_raising_pay_from_the_legal_minimum_to_the_real_living_wage_is_not_the_duty(checks, mapper, embedder):
    service = "catering for a council's care homes: cooking and serving residents' meals"
    raised = ("The 40 kitchen assistants who TUPE across to us on the national minimum wage will be raised to the "
              "real Living Wage from day one")
    assert additional(checks, mapper, embedder, raised, service).ok
    duty = additional(checks, mapper, embedder, "We will pay every member of staff at least the national minimum wage",
                      service)
    assert not duty.ok and "'national minimum wage'" in duty.why


def test_hiring_people_released_from_prison_is_beyond_the_service(checks, mapper, embedder):
    service = "street cleansing: litter picking, mechanical sweeping and fly-tip removal across Sefton's streets"
    hires = ("Take on 3 Sefton residents released from HMP Altcourse as litter picking and street sweeping crew, "
             "each on 3 days a week, for the whole contract")
    assert additional(checks, mapper, embedder, hires, service).ok
    assert not additional(checks, mapper, embedder, "Sweep every Sefton residential street weekly", service).ok


def test_a_pay_rise_is_not_costed_as_the_posts_whole_salaries(checks, mapper):
    activity = ("All 150 FTE porters transferring to us under TUPE will have their pay raised to the real Living Wage "
                "on transfer")
    mapping = mapper.map(activity)
    assert mapping.measures[0].measure.code == "NT58"
    assert checks.proportionate(activity, mapping, 3_000_000, 36).ok  # 150 salaries x 3 years would be 375%


@pytest.mark.parametrize("activity", [
    "Season gym memberships for our depot shift supervisors",
    "a company summer party with a free bar for everyone at a Southport hotel",
])
def test_a_perk_for_the_bidders_own_people_named_by_role_or_event_benefits_itself(activity):
    from assistant.checks import self_benefit
    assert self_benefit(activity)


def test_a_membership_for_local_people_is_theirs():
    from assistant.checks import self_benefit
    assert self_benefit("Free leisure centre memberships for 20 Halton young carers") is None


@pytest.mark.parametrize("activity", [
    "£90,000 towards a new roof for the Widnes scout hut, which we will pay over and above our bid price",
    "We will put £75k into a Knowsley community kitchen, on top of the contract sum",
])
def test_money_paid_on_top_of_the_price_is_an_extra_not_supply_chain_spend(checks, mapper, activity):
    mapping = mapper.map(activity)
    assert mapping.measures[0].measure.code == "NT28", mapping.measures[0].why
    check = checks.proportionate(activity, mapping, 500_000, 24)  # 15-18% of the contract: over the 10% for an extra
    assert not check.ok and "on top of the contract" in check.why, check.why


@pytest.mark.parametrize("activity,ok", [
    ("Swap our 12 diesel gritters for hydrogen ones, saving around 600 tCO2e against our 2022 baseline", True),
    ("Plan delivery rounds with new routing software: 35,000 fewer vehicle miles over the 4 years than our 2023 rounds",
     True),
    ("New routing software for our delivery rounds, saving us £20k a year in fuel", False),  # a saving in £ is the bidder's
])
def test_a_measured_environmental_saving_is_an_outcome_however_weakly_it_maps(shipped, mapper, activity, ok):
    # a no-fit bar no activity reaches, so only what the activity names can make it relevant
    strict = CommitmentChecks(Settings(map_no_fit_below=0.99), scope=shipped.checks.scope)
    check = strict.relevant(activity, mapper.map(activity), 0.2, False, [])
    assert check.ok is ok, check.why


@pytest.mark.parametrize("activity,service", [
    # jobs for the very group the service supports are not the support the contract pays for
    ("Hire 3 adults with physical disabilities as paid mystery shoppers who review our day centres, 10 hours a week each",
     "day opportunities for adults with physical disabilities in Halton day centres: activities, personal care and "
     "travel support"),
    # a benefit opened to people beyond the service's own users
    ("A monthly carers' cafe at a Runcorn library, open to any unpaid carer in Halton, not only our clients",
     "home care for older people and their unpaid carers in Halton: personal care, medication support and carer breaks"),
])
def test_jobs_or_a_benefit_for_people_beyond_the_services_users_are_additional(checks, mapper, embedder, activity,
                                                                                 service):
    check = additional(checks, mapper, embedder, activity, service)
    assert check.ok, check.why


def test_staff_hired_to_deliver_the_service_are_not_others_gaining():
    from assistant.checks import others_gain
    assert others_gain("employ 12 support workers to help tenants with learning disabilities cook and shop") is None


@pytest.mark.parametrize("activity,service", [
    ("Every fault logged by a school is fixed within 8 working hours and the network kept at 99.5% availability",
     "managed IT network support for 40 schools"),
    ("Subject access requests answered within the statutory one month, complaints acknowledged within 2 days",
     "council tax and benefits processing"),
])
def test_the_services_own_levels_of_service_are_not_additional(checks, mapper, embedder, activity, service):
    check = additional(checks, mapper, embedder, activity, service)
    assert not check.ok and check.repeats == "duty", check.why


@pytest.mark.parametrize("activity", ["Our door supervisors are all SIA licensed",
                                      "We hold ACS approved contractor status and screen every guard to BS 7858"])
def test_a_trades_licence_and_vetting_standard_are_a_duty(checks, mapper, embedder, activity):
    check = additional(checks, mapper, embedder, activity, "event stewarding and door security")
    assert not check.ok and check.repeats == "duty", check.why


def test_a_hire_with_a_start_date_is_not_a_service_level(checks, mapper, embedder):
    check = additional(checks, mapper, embedder, "Hire 3 long-term unemployed Bootle residents as cleaners within "
                                                 "60 days of the start", "office cleaning")
    assert check.ok, check.why


@pytest.mark.parametrize("activity,service", [
    ("£4,500 a year to a Crewe dementia café to pay for its weekly outings", "domiciliary care for older adults in their homes"),
    ("Lay new footpaths round the Runcorn lake at our own cost, about £20,000", "grounds maintenance and footpath repairs"),
])
def test_money_the_bidder_gives_or_pays_itself_does_not_restate_the_service(checks, mapper, embedder, activity, service):
    check = additional(checks, mapper, embedder, activity, service)
    assert check.repeats != "service", check.why


def test_paid_by_the_bidder_does_not_excuse_a_duty(checks, mapper, embedder):
    check = additional(checks, mapper, embedder, "At our own cost, every cleaner will have an enhanced DBS check",
                       "cleaning of primary schools")
    assert not check.ok and check.repeats == "duty", check.why


def test_paid_by_bidder_reads_gifts_and_own_cost_not_spend_through_the_contract():
    from assistant.checks import paid_by_bidder

    assert paid_by_bidder("£800 towards each of two Wallasey youth clubs")
    assert paid_by_bidder("funded by us at £40 a session")
    assert paid_by_bidder("Buy £60,000 of parts from small Wirral suppliers") is None


@pytest.mark.parametrize("activity", ["An August barbecue for our drivers and their partners",
                                      "A team picnic at Croxteth Park for our staff every summer"])
def test_food_laid_on_for_the_bidders_own_people_is_a_perk(activity):
    from assistant.checks import self_benefit

    assert self_benefit(activity)


def test_a_picnic_for_a_community_group_is_not_a_perk():
    from assistant.checks import self_benefit

    assert self_benefit("Host a picnic for a Huyton carers' group, with our staff serving") is None


def test_apprenticeships_that_outlast_the_contract_are_held_to_the_cap_for_extras(checks, mapper):
    # six two-year plumbing apprenticeships on a 12-month £2m contract: each outlasts it, so the contract's spend
    # cannot carry them (6 x 104 weeks x 37.5 h x £20 = 23% of £2m, over the 10% for an extra)
    long = proportion(checks, mapper, "Six Level 2 plumbing apprentices from Widnes, two years each", 2_000_000, 12)
    assert not long.ok and "longer than the 12-month contract" in long.why
    # the same apprenticeships inside a 36-month contract are delivered through it
    assert proportion(checks, mapper, "Six Level 2 plumbing apprentices from Widnes, two years each", 2_000_000, 36).ok


def test_staff_time_given_to_a_group_is_not_the_contracts_own_footprint(checks, mapper, embedder):
    # volunteering at a litter pick is not managing the contract's own waste, even on a cleansing contract whose
    # communal areas share a stem with the community group named
    service = "street cleansing, litter picking and graffiti removal in the communal areas of Runcorn estates"
    activity = "Our sweepers - 8 of them - will each give 2 days a year to a Runcorn community garden and the canal litter picks"
    assert additional(checks, mapper, embedder, activity, service).ok
    # time given to the contract's own work is no gift to anyone
    from assistant.checks import others_gain
    assert others_gain("our crews give 2 hours a week to cleaning the bin stores") is None


def test_advice_about_a_duty_given_to_independent_shops_is_beyond_the_duty(checks, mapper, embedder):
    # advising others on data protection is not the bidder keeping the law itself
    service = "monitoring of town centre CCTV cameras and evidence handling for the police"
    activity = "Our compliance officer will give 6 hours of free GDPR and data protection advice to independent shops in Widnes"
    assert additional(checks, mapper, embedder, activity, service).ok


def test_a_public_place_restored_names_the_public_who_gain(checks, mapper):
    from assistant.checks import _PUBLIC_PLACE
    assert _PUBLIC_PLACE.search("We will refurbish the war memorial and footpaths in Hale village at our own cost")
    assert _PUBLIC_PLACE.search("restore the fountain and flower beds in Queens Park, Crewe, costing us £60,000")
    assert not _PUBLIC_PLACE.search("improve the lighting in our depot car park")


@pytest.mark.parametrize("activity,service", [
    # vetting named by its scheme's letters, before or after the word
    ("All our call handlers CTC cleared and SC vetted before they start", "out-of-hours telephone answering for the police"),
    # a professional register named by its letters
    ("each of our surveyors on the RICS register and insured", "building condition surveys of council homes"),
    # a certification named before the word that says it is held
    ("We are ISO 9001 and ISO 45001 certified", "supply and fitting of school kitchen equipment"),
    ("Cyber Essentials accredited, with annual penetration tests", "hosting of the council's housing system"),
    # an urgent response within a time, named by what is done as a noun
    ("urgent boiler call-outs within 2 hours, 365 days a year", "gas servicing and repairs in council homes"),
])
def test_required_vetting_registers_certificates_and_urgent_response_times_are_duties(checks, mapper, embedder,
                                                                                      activity, service):
    check = additional(checks, mapper, embedder, activity, service)
    assert not check.ok and check.repeats == "duty", check.why


def test_a_duty_done_to_things_that_are_then_given_away_is_beyond_the_duty(checks, mapper, embedder):
    # old laptops wiped as the regulator's guidance says and then handed on: the gift is beyond the duty
    service = "desktop support and laptop replacement for council offices"
    activity = "the 120 laptops we take back, data erased to NCSC guidance, given to a Halton food bank's job club"
    assert additional(checks, mapper, embedder, activity, service).ok


@pytest.mark.parametrize("activity", [
    "a summer drinks evening and gift cards for the mobile patrol officers",  # a trade named with the service's words
    "£200 vouchers for cleaners who have been with us ten years",  # tenure says they are the bidder's
])
def test_a_perk_for_the_workforce_named_by_trade_or_tenure_is_a_perk(activity):
    from assistant.checks import self_benefit

    assert self_benefit(activity, "mobile patrol and alarm response for council buildings")


def test_a_treat_for_a_trade_the_service_does_not_name_is_not_a_perk():
    from assistant.checks import self_benefit

    # the mountain rescue teams are volunteers in the community, not the bidder's patrol officers
    assert self_benefit("a barbecue for the mountain rescue crews", "mobile patrol and alarm response") is None


@pytest.mark.parametrize("activity, service", [
    ("A Christmas bonus for cleaning staff who have no sick days", "office cleaning for Wirral council buildings"),
    ("Gift vouchers for the security team each quarter", "static security guarding at Halton depots"),
])
def test_a_treat_for_workers_named_by_the_services_trade_is_self_benefit(activity, service):
    from assistant.checks import self_benefit
    assert self_benefit(activity, service)


def test_a_treat_for_the_buyers_own_officers_is_self_benefit():
    from assistant.checks import self_benefit
    assert self_benefit("An annual dinner at a Chester hotel for the trust's estates contract managers")
    assert self_benefit("A lunch and learn on modern slavery for our buyers and suppliers") is None


def test_families_are_beyond_a_service_that_does_not_serve_the_public():
    from assistant.checks import beyond_service
    # meals for a hospital's patients serve them, not families: families are beyond it
    assert beyond_service("A sewing class for Bootle families", "patient meals for Aintree hospital wards",
                          users=False) == "families"
    # a service for residents names them: families are its own kind of users
    assert beyond_service("A sewing class for Bootle families", "adult learning for Sefton residents",
                          users=False) is None


def test_time_given_as_a_full_day_with_a_group_is_others_gain():
    from assistant.checks import others_gain
    assert others_gain("Each spring 6 of our crew will spend a whole day (7 hrs) with a Wirral beach clean group")


def test_a_benefit_in_a_town_elsewhere_does_not_restate_the_service(checks, mapper):
    activity = "Our Burnley tutors will run free maths catch-up classes at a Burnley library"
    service = "adult maths and English classes for Cheshire West residents"
    assert checks.repeats(activity, mapper.map(activity), service) is None
    relevance = checks.relevant(activity, mapper.map(activity), 0.5, True, [], service)
    assert not relevance.ok and "Burnley" in relevance.why


def test_residents_are_a_public_services_own_users_though_it_does_not_name_them():
    from assistant.checks import beyond_service
    assert beyond_service("Sign language support for residents at their GP visits",
                          "British Sign Language interpreting for council and NHS appointments", users=False) is None


def test_workers_of_the_firms_the_bidder_subcontracts_are_beyond_the_service():
    from assistant.checks import beyond_service
    activity = "First aid training for the fitters of the roofing companies we subcontract"
    assert beyond_service(activity, "roof repairs and fitting for Wirral council housing") is not None


def test_a_tonnage_kept_from_disposal_is_an_outcome_whatever_measure_it_nears(shipped, mapper):
    activity = "Crushed kerbs reused as fill on the borough's drainage schemes rather than going to tip: about 900 tonnes"
    strict = CommitmentChecks(Settings(map_no_fit_below=0.99), scope=shipped.checks.scope)
    assert strict.relevant(activity, mapper.map(activity), 0.2, False, []).ok


def test_a_tonnage_kept_from_disposal_on_the_buyers_schemes_is_not_buyer_work(checks, mapper):
    activity = "About 900 tonnes of crushed kerbs reused on the council's drainage schemes instead of going to tip"
    assert checks.repeats(activity, mapper.map(activity), "kerb and footway renewal across Halton") is None


def test_the_workforce_named_by_the_services_trade_does_not_restate_it(checks, mapper):
    activity = "All 6 laundry and linen staff on the contract offered our employee assistance and wellbeing scheme"
    service = "linen hire and laundry for Southport hospital wards"
    repeat = checks.repeats(activity, mapper.map(activity), service)
    assert repeat is None or "names the service's own work" not in repeat.why


def test_something_bought_and_given_away_is_an_extra_funded_on_top(checks, mapper):
    from assistant.checks import paid_by_bidder
    activity = "We'll purchase a £120,000 wheelchair-accessible minibus and hand it over to a Bootle day centre"
    assert paid_by_bidder(activity)
    check = checks.proportionate(activity, mapper.map(activity), 1_000_000, 36)  # 12%: over the 10% for an extra
    assert not check.ok and "funded on top of the contract" in check.why, check.why
