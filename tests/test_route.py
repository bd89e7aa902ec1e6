"""The chat routes a message to the job it asks for; activity questions go to the mapper."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.measures import Catalogue
from assistant.tasks.chat import measure_groups
from assistant.tasks.route import activity_text, route

GROUPS = measure_groups(Catalogue.load(Path(__file__).resolve().parents[1] / "knowledge"))


@pytest.mark.parametrize("message", [
    "does our befriending service count?",
    "Which measure would coaching a junior rugby team count under?",
    "can we count the cleaning we're paid for?",
    "Our staff volunteer at a food bank - which measure does that count under?",
    "We buy uniforms from a social enterprise; what TOMs code is that?",
    "we run CV workshops and mock interviews for people who are out of work",  # a statement, pasted to be mapped
    "Our site team will plant 200 trees with a local school",
])
def test_activity_questions_go_to_the_mapper(message):
    assert route(message, GROUPS).kind == "activity"


@pytest.mark.parametrize("message", [
    "Which measures should private companies use for Partner VCFSE?",
    "What is social value?",
    "How long should tenders be open?",
    "If suppliers aren't ready, does the 10% minimum under PPN 06/20 still apply to the total score?",
    "and for private companies?",
    "we need to know the unemployment rate in Knowsley",  # a statement, but not of an activity
    "We offer a lot of things. What is the Partner VCFSE commitment?",
])
def test_questions_for_the_sources_are_not_routed(message):
    assert route(message, GROUPS).kind == "ask"


def test_codes_groups_and_tasks():
    assert route("What is NT14?", GROUPS).codes == ["NT14"]
    for message in ("What does NT8 count?", "whats NT69 about?", "Is NT9 counted in hours, people or weeks?"):
        assert route(message, GROUPS).kind == "codes"
    assert route("can we count volunteering at a food bank as NT17?", GROUPS).kind == "activity"
    assert route("What's the proxy value per FTE for NT1?", GROUPS).kind == "proxy"
    assert route("How are TOMs proxy values calculated?", GROUPS).kind == "ask"
    assert route("what are the themes in the TOMs?", GROUPS).group == "themes"
    assert route("Which TOMs sit under Reducing inequalities?", GROUPS).group == "Reducing inequalities"
    assert route("What measures are in the Environment theme?", GROUPS).group == "Environment"
    assert route("Which four measures are the key ones for Partner VCFSE?", GROUPS).group == "partner vcfse"
    assert route("Please draft our social value response for the cleaning bid", GROUPS).kind == "draft"
    assert route("Can you write tender questions for a meals contract?", GROUPS).kind == "questions"
    found = route("Can I log our lawyers' pro bono advice to a charity as NT17 volunteering hours?", GROUPS)
    assert found.kind == "activity" and found.codes == ["NT17"] and "pro bono advice" in found.activity


def test_two_codes_compared_and_outcomes_of_a_theme():
    found = route("NT81 reads the same as NT2 to me - is there any difference between them?", GROUPS)
    assert found.kind == "codes" and found.codes == ["NT81", "NT2"]
    found = route("what outcomes come under the Jobs theme in the C&M TOMs?", GROUPS)
    assert found.kind == "measures" and found.group == "Jobs" and found.outcomes
    assert not route("which measures come under the Jobs theme?", GROUPS).outcomes
    found = route("what outcomes come under the Jobs theme?", GROUPS)  # the theme named, the framework not
    assert found.kind == "measures" and found.group == "Jobs" and found.outcomes


def test_activity_text_drops_the_question_framing():
    assert activity_text("does our befriending service count?") == "our befriending service"
    assert activity_text("Our staff volunteer at a food bank - which measure does that count under?") == \
        "Our staff volunteer at a food bank"
    assert activity_text("which code covers staff volunteering hours?") == "staff volunteering hours"
    assert activity_text("is there a TOMs measure for planting trees?") == "planting trees"
    assert activity_text("what's the code for apprenticeships") == "apprenticeships"
    assert activity_text("Which TOM do i use for hiring young people who are NEET?") == "hiring young people who are NEET"
    assert activity_text("what code should we use for our litter picks?") == "our litter picks"


def test_what_is_the_measure_code_after_an_activity_goes_to_the_mapper():
    found = route("we're recruiting a couple of disabled people onto the project team - what's the measure code?", GROUPS)
    assert found.kind == "activity" and found.activity == "we're recruiting a couple of disabled people onto the project team"


def test_statements_follow_ups_and_several_measures_go_to_the_mapper():
    found = route("we've swapped single-use plastic wrap for reusable crates on deliveries", GROUPS)
    assert found.kind == "activity" and found.activity.startswith("we've swapped")
    found = route("Which TOMs are about spending money locally?", GROUPS)
    assert found.kind == "activity" and found.several and found.activity == "spending money locally"
    previous = "Our firm gives money to a local charity every year - which measure is that?"
    found = route("and if the money goes to a community project instead?", GROUPS, previous)
    assert found.kind == "activity" and found.activity == "the money goes to a community project instead"
    # the same words after a question for the sources are a question for the sources
    assert route("and if the money goes to a community project instead?", GROUPS, "What is social value?").kind == "ask"


def test_what_the_asker_is_doing_now_is_an_activity_whatever_framework_words_it_uses():
    found = route("we're swapping our diesel vans for electric ones against last year's baseline - which measure?")
    assert found.kind == "activity" and "electric" in found.activity
    assert route("which measures should we baseline for the Partner VCFSE commitment?").kind != "activity"


def test_measures_of_one_unit_a_trailing_measure_code_and_a_follow_up_about_the_same_people():
    assert route("which TOMs are counted in weeks, not hours?", ["Jobs"]).group == "unit:weeks"
    assert route("measures under 'More local people in employment'?", ["More local people in employment"]).group \
        == "More local people in employment"
    found = route("we run a monthly repair café for older residents in Widnes. measure code?", ["Jobs"])
    assert found.kind == "activity" and found.activity == "we run a monthly repair café for older residents in Widnes"
    found = route("and if they're care leavers?", ["Jobs"], "which measure covers hiring people who are homeless?")
    assert found.kind == "activity" and "hiring people who are homeless" in found.activity and "care leavers" in found.activity


def test_outcome_names_asked_for_without_the_codes_are_outcomes():
    found = route("list the outcomes under the Environment theme - names only, no codes please", GROUPS)
    assert found.kind == "measures" and found.outcomes


def test_why_a_proxy_value_is_wanted_does_not_make_the_request_a_question_about_proxies():
    # the reason given after the question ("for our calculator") is not a question about how values are calculated
    assert route("How much is an hour of NT17 volunteering worth as a proxy value? It goes into our spreadsheet calculator.",
                 GROUPS).kind == "proxy"
    assert route("what is the proxy value per apprentice week? finance are calculating our offer", GROUPS).kind == "proxy"
    assert route("How is the proxy value for NT10 calculated?", GROUPS).kind == "ask"
    assert route("What is a proxy value in the TOMs?", GROUPS).kind != "proxy"


def test_a_proxy_asked_for_in_other_words_is_a_proxy_request():
    assert route("what's the proxy £ value per tonne for NT31?", GROUPS).kind == "proxy"
    assert route("do you have the proxy figures for NT8 school visits?", GROUPS).kind == "proxy"


@pytest.mark.parametrize("message", [
    "we've bought electric minibuses for the day-centre runs",
    "we took on two care leavers as trainee grounds staff last spring",
    "our team ran CV clinics at the jobcentre every Tuesday",
])
def test_what_the_asker_did_in_the_past_tense_is_an_activity(message):
    assert route(message, GROUPS).kind == "activity"


@pytest.mark.parametrize("message", [
    "we buy our bread from a bakery run by a charity for adults with learning disabilities. how do we record that?",
    "we're a men's shed and run repair sessions for isolated older men. if a contractor funded us what would it go "
    "under?",
])
def test_how_to_log_an_activity_or_what_it_goes_under_is_a_measure_question(message):
    assert route(message, GROUPS).kind == "activity"


def test_an_outcome_named_by_its_own_words_and_a_unit_after_a_slash_pick_measures():
    found = route("the spec asks how we'll reduce crime - which codes sit under that outcome?", GROUPS)
    assert found.kind == "measures" and found.group == "Crime is reduced"
    found = route("which measures get reported as £/spend? finance will pull those", GROUPS)
    assert found.kind == "measures" and found.group == "unit:£"
    found = route("which measures are counted as jobs?", GROUPS)
    assert found.kind == "measures" and found.group == "unit:FTE"


def test_a_unit_named_as_full_time_equivalent_a_share_or_a_yes_no_lists_that_units_measures():
    found = route("payroll asks: which of the measures are counted as full-time equivalent roles?", GROUPS)
    assert found.kind == "measures" and found.group == "unit:FTE"
    found = route("a few TOMs aren't totals but shares - which ones are expressed as a percentage?", GROUPS)
    assert found.kind == "measures" and found.group == "unit:%"
    found = route("of the codes in the framework, which is only a yes/no answer?", GROUPS)
    assert found.kind == "measures" and found.group == "unit:yes/no"
    assert route("which measure would 120 hours of mentoring go under?", GROUPS).kind != "measures"


def test_a_share_or_a_head_count_of_the_area_asks_for_a_figure_not_a_measure():
    assert route("what proportion of households here count as fuel poor?", GROUPS).kind == "ask"
    assert route("how many residents count as economically inactive in Sefton?", GROUPS).kind == "ask"
    assert route("we mentor 30 young people a year - which measure counts that?", GROUPS).kind == "activity"


def test_what_if_it_is_another_activity_carries_the_activity_before():
    found = route("what if it's an afternoon litter-picking along the canal?", GROUPS,
                  "which code covers our staff volunteering at a food bank?")
    assert found.kind == "activity" and "volunteering" in found.activity and "litter-picking" in found.activity


def test_which_one_is_that_after_an_activity_asks_for_its_measure():
    found = route("mental health first aid courses for our site teams and our hauliers' drivers - which one's that?",
                  GROUPS)
    assert found.kind == "activity" and found.activity.startswith("mental health first aid courses")


def test_what_is_done_after_a_dash_of_context_is_the_activity():
    found = route("school meals contractor - we'll buy all our bread from a bakery run by a homelessness charity. which "
                  "code?", GROUPS)
    assert found.kind == "activity" and "bakery" in found.activity and "which code" not in found.activity
    found = route("six month paid placements for care leavers at the living wage. what do we record that as", GROUPS)
    assert found.kind == "activity" and "care leavers" in found.activity


def test_a_bare_ask_for_the_code_after_an_activity_maps_it_whatever_else_it_says():
    # a courtesy after the ask, and framework words ("baseline") inside the activity
    found = route("lending our minibus to the scouts every other weekend over the summer - measure code please", GROUPS)
    assert found.kind == "activity" and found.activity.startswith("lending our minibus")
    found = route("depot lighting: all fittings going LED, cutting kWh against last year's baseline. which code?", GROUPS)
    assert found.kind == "activity" and "LED" in found.activity


def test_what_is_that_after_what_the_asker_does_asks_for_its_measure_but_not_after_a_term():
    assert route("our finance director will go over the books of a tiny local bakery each quarter, unpaid. what's that?",
                 GROUPS).kind == "activity"
    assert route("I keep hearing the word additionality at supplier days. what's that?", GROUPS).kind == "ask"


def test_the_whole_list_of_codes_under_an_outcome_lists_its_measures():
    found = route("can you give me every one of the codes under 'Reducing inequalities'?", GROUPS)
    assert found.kind == "measures" and found.group == "Reducing inequalities"
    assert route("whole list of measures for the Jobs theme pls", GROUPS).kind == "measures"


def test_what_to_record_a_spend_under_and_a_dangling_is_that_after_the_activity():
    found = route("scaffolding is coming from a two-man outfit in Prescot. what do we log that cost under?", GROUPS)
    assert found.kind == "activity" and found.activity.startswith("scaffolding")
    found = route("we're buying a new tent for the scout group in Halewood. what code is that?", GROUPS)
    assert found.kind == "activity" and found.activity.endswith("Halewood")


def test_the_partner_vcfse_measures_asked_for_as_such_are_its_key_measures():
    found = route("can you list the Partner VCFSE codes?", GROUPS)
    assert found.kind == "measures" and found.group == "partner vcfse"
    assert route("which codes should a housing association use for Partner VCFSE?", GROUPS).kind == "ask"


def test_a_question_about_the_roadmap_or_a_codes_rules_is_not_a_task_or_an_activity():
    assert route("drafting tender questions for a meals contract - any guidance in the roadmap on word limits?",
                 GROUPS).kind == "ask"
    assert route("draft tender questions for a £300k meals contract", GROUPS).kind == "questions"
    assert route("how many volunteers does NT29 need before it can be counted?", GROUPS).kind == "ask"
    assert route("can we count our staff's litter picks as NT50?", GROUPS).kind == "activity"


def test_measures_asked_for_by_topic_are_the_measures_that_fit_it():
    found = route("which codes are to do with cutting carbon from vehicles?", GROUPS)
    assert found.kind == "activity" and found.several
    found = route("which of the TOMs are the 'help people into work' ones?", GROUPS)
    assert found.kind == "activity" and found.several
    assert route("which measures should a small charity use for Partner VCFSE?", GROUPS).kind == "ask"


def test_an_activity_told_by_its_doing_or_ending_with_a_bare_ask_is_mapped():
    assert route("organising a litter pick along the canal with the apprentices - which TOM?", GROUPS).kind == "activity"
    assert route("repainting the scout hut in Widnes over two weekends, code?", GROUPS).kind == "activity"


def test_who_said_it_and_what_figure_a_code_uses_are_questions_for_the_sources():
    assert route("which of the report's authors said councils should only use a few TOMs?", GROUPS).kind == "ask"
    assert route("who in the roadmap talks about measuring fewer things?", GROUPS).kind == "ask"
    assert route("what minimum salary counts as the living wage for NT41?", GROUPS).kind == "ask"
    assert route("what does the proxy value next to our NT8 hours actually represent?", GROUPS).kind != "proxy"


def test_where_an_activity_sits_is_asked_after_it_and_is_not_part_of_it():
    found = route("Our caretaker fixes the scout hut's boiler for free. Where does that go in the TOMs?", GROUPS)
    assert found.kind == "activity" and found.activity == "Our caretaker fixes the scout hut's boiler for free"
    found = route("Our accountant will do a food bank's year-end books for nothing. What should we log that against?",
                  GROUPS)
    assert found.kind == "activity" and "log" not in found.activity


def test_which_is_the_right_measure_after_an_activity_is_an_activity():
    found = route("Lending our minibus to the scouts twice a month. What's the correct code?", GROUPS)
    assert found.kind == "activity" and found.activity.startswith("Lending our minibus")


@pytest.mark.parametrize("message", [
    "Our fleet team lend two vans a month to the food bank for collections. Does that fit any measure?",
    "All our cleaners get the foundation rate, not just the legal minimum, and we review it every year. Which code shows that?",
])
def test_a_short_measure_question_after_what_the_asker_does_maps_it(message):
    found = route(message)
    assert found.kind == "activity" and "?" not in found.activity


def test_how_to_log_it_on_the_return_adds_nothing_to_the_activity():
    assert activity_text("Our planner gives a careers talk at the sixth form twice a year. How do we log that on the "
                         "social value return?") == "Our planner gives a careers talk at the sixth form twice a year"


@pytest.mark.parametrize("message, activity", [
    ("Is there a code in the TOMs framework for employing ex-service personnel? We're a veterans' charity.",
     "employing ex-service personnel"),
    ("are there any specific measures for hiring refugees", "hiring refugees"),
])
def test_is_there_a_code_for_something_asks_whether_a_measure_names_it(message, activity):
    found = route(message)
    assert found.kind == "activity" and found.exists and found.activity == activity


@pytest.mark.parametrize("message", [
    "right, I'm a small housing association - which codes should we report against?",
    "so we are a mid-sized building contractor. what TOMs do we track?",
])
def test_who_the_asker_is_is_no_activity_to_map(message):
    assert route(message).kind == "ask"


def test_an_asker_who_says_what_they_do_still_has_it_mapped():
    assert route("we're a firm paying the real living wage to all staff - which measure?").kind == "activity"


def test_a_rough_count_in_brackets_is_no_topic_of_measures():
    from assistant.measures import Catalogue
    from assistant.tasks.chat import measure_groups
    groups = measure_groups(Catalogue.load(Path(__file__).resolve().parents[1] / "knowledge"))
    found = route("We're clearing out the depot and will hand the spare ones (about 12) to a community "
                  "woodwork charity. Which code do those go under?", groups)
    assert found.kind == "activity" and found.activity.startswith("We're clearing out the depot")


@pytest.mark.parametrize("message", [
    "what £ figure for each apprentice week does NT10 use in the calculator?",
    "what's one hour of NT17 worth, roughly?",
])
def test_a_pounds_value_of_a_unit_asks_for_a_proxy_value(message):
    assert route(message).kind == "proxy"
