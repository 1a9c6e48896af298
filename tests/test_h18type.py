"""Intervention type and audience from what happens to whose role (issue 12, round 8, h18type).

Each test is a structure the rules read wrongly before: a move verb used as a noun, returners, people "gone" for a
while, a colleague's post taken over, work handed to an outside party, no work left, retraining "as" any role noun, the
learners' future work beside the loss of theirs, an automated tool named like a person, people taken on "as" a role.
Texts are not the dev cases' own (evals/dev_h18type.yaml), so a rule keyed on a case's words would fail here.
"""

import datetime as dt

from planner.extract import extract
from planner.extract.intervention import cues
from planner.pipeline import make_plan

TODAY = dt.date(2026, 12, 3)


def test_a_move_noun_after_a_determiner_is_no_transfer_of_people():
    c = cues("Our four theatre nurses handle the transfer from theatre to recovery, and about one handover in six misses the drug chart.")
    assert c.kind() == "upskilling" and not c.onboarding


def test_returners_are_onboarding_and_the_rationale_names_the_refresher_alternative():
    text = "Three of our pharmacists return from secondment in May after a year away, and the dispensary moved to a new robot while they were away."
    c = cues(text)
    assert c.kind() == "onboarding" and not c.reskilling
    plan = make_plan(text, today=TODAY)
    assert plan.intervention_type == "onboarding"
    assert "refresher" in plan.intervention_would_change_if
    assert plan.audience.headcount == 3


def test_people_gone_for_a_while_is_no_work_going_away():
    c = cues("the two lab technicians are back next week, and the sample tracking changed while they were gone.")
    assert not c.gone


def test_a_person_taking_over_a_named_colleagues_post_is_onboarding_of_one_person():
    text = "Aisha is taking over Mark's payroll officer post when Mark leaves in April. She ran payroll at her last employer for years."
    assert cues(text).kind() == "onboarding"
    plan = make_plan(text, today=TODAY)
    assert plan.audience.role == "payroll officer" and plan.audience.headcount == 1
    assert "Aisha" in plan.intervention_rationale


def test_work_handed_to_an_outside_party_is_lost_work_never_the_move():
    c = cues("From May the night cleaning goes to a contractor, so our six porters will move to the patient transport desk.")
    assert c.kind() == "reskilling"
    assert any("contractor" in g for g in c.gone)
    assert not any("contractor" in m for m in c.move)


def test_no_work_left_said_with_there_is_and_other_work_picked_up_instead():
    c = cues("Once the scanners are in, there's no manual sorting work left for our nine mail clerks. They could pick up the archive indexing instead.")
    assert c.kind() == "reskilling" and c.gone and c.move


def test_retraining_them_as_any_role_noun_is_a_move():
    c = cues("The council is ending the paper permit service in March, and we're retraining them as grounds crew.")
    assert any("grounds crew" in m for m in c.move)


def test_the_learners_future_work_beside_the_loss_of_theirs_is_where_they_move():
    c = cues("Our drivers won't be doing home deliveries any more; they'll be running the click-and-collect counter.")
    assert c.kind() == "reskilling"
    assert any("click-and-collect" in m for m in c.move)
    # using a new tool is how they will work, not other work
    assert cues("The pilot project finishes in June and the 6 planners will be using the new forecasting model.").kind() == "upskilling"


def test_nobodys_job_changing_keeps_the_role():
    assert cues("The new routing software plans the rounds, but nobody's job changes: the 5 drivers still skip the vehicle check.").stays


def test_a_tool_named_like_a_person_is_never_the_audience():
    f = extract("The virtual scheduling assistant now books every site visit, and our 5 surveyors still arrive without the access code on one visit in four.")
    assert f.audience_role == "surveyor" and f.headcount == 5


def test_people_taken_on_as_a_role_give_the_role_and_the_count():
    plan = make_plan("Each June we take on about 15 students as summer lifeguards for the outdoor pools, and most have never worked a busy pool.",
                     today=TODAY)
    assert plan.intervention_type == "onboarding"
    assert "lifeguard" in plan.audience.role and plan.audience.headcount == 15


def test_the_learners_as_the_object_of_a_preposition_never_move():
    c = cues("the delivery notes from our drivers keep going to the office without a signature")
    assert c.kind() == "upskilling" and not c.move


def test_a_counted_group_that_arrives_is_people_even_when_its_noun_names_a_document_too():
    assert cues("Six new guides start on 3 May for the cave tours.").kind() == "onboarding"


def test_an_acronym_system_taking_the_work_beside_the_learners_other_duty_is_reskilling():
    c = cues("The new OCR reads most of the invoices now, so three of our AP clerks will handle the supplier queries from March.")
    assert c.kind() == "reskilling" and c.gone and c.move


def test_an_automated_thing_going_live_and_plural_agent_nouns_moving_over_is_reskilling():
    c = cues("the automated scheduling goes live in spring, so our roster planners are moving over to workforce analytics")
    assert c.kind() == "reskilling" and c.gone and c.move


def test_a_desk_going_self_service_and_another_function_picked_up_is_reskilling():
    c = cues("Now that the ticket office is self-service, we've asked our three clerks to pick up the lost property function.")
    assert c.kind() == "reskilling" and c.gone and c.move
    assert cues("Once the new scanners are in, the pickers still have to pick up the damaged stock instead of leaving it.").kind() == "upskilling"
    # with no work going away, more duties of the same job taken on are no move
    assert cues("Our 4 porters take on the linen round at weekends and skip the clean-bag check.").kind() == "upskilling"


def test_the_passive_of_redeployment_is_a_move():
    assert cues("Our 6 meter readers are being redeployed next year.").kind() == "reskilling"


def test_work_ending_and_learning_another_field_is_reskilling_whatever_its_suffix():
    c = cues("Film processing stops in March. The two darkroom technicians will need to learn photo retouching.")
    assert c.kind() == "reskilling" and c.move
    # a tool or a project ending, and a tool to learn, change how the work is done, not which job
    assert cues("The trial finishes next month and our 6 analysts need to learn Power BI properly.").kind() == "upskilling"
    assert cues("The old till system ends in March and the cashiers will need to learn contactless refunds.").kind() == "upskilling"


def test_a_hiring_word_modifying_the_learners_noun_is_no_arrival():
    assert cues("Our recruiting coordinators keep booking interviews without checking the panel's calendars.").kind() == "upskilling"
    assert cues("Our onboarding specialists keep forgetting to email the laptop request to new joiners.").kind() == "upskilling"


def test_covering_a_named_colleagues_accounts_is_an_arrival_in_the_post():
    assert cues("Jane is covering Bob's key accounts from next week while he is on holiday.").kind() == "onboarding"


def test_a_closure_written_without_a_determiner_and_counted_agent_nouns_moving_to_a_team():
    c = cues("bakery counter shuts saturday, the 3 decorators are moving to the online orders team to pack boxes")
    assert c.kind() == "reskilling" and c.gone and any("decorators" in m for m in c.move)


def test_one_named_person_moving_up_to_a_desk_is_onboarding_and_is_named():
    text = "Bilal has moved up from the shop floor to the planning desk this week and has to learn the scheduling system."
    assert cues(text).kind() == "onboarding"
    assert "Bilal is new" in make_plan(text, today=TODAY).intervention_rationale
    assert cues("Dana is moving to the evening shift next week, and the other 3 cooks keep under-seasoning the soup.").kind() == "upskilling"


def test_having_done_the_work_before_under_a_negative_subject_is_no_tenure():
    c = cues("Two new groomers join the salon on 6 May and none of them has handled show dogs before.")
    assert c.kind() == "onboarding" and not c.tenure


def test_the_learners_counted_before_wont_are_the_audience_not_the_role_they_become():
    plan = make_plan("With the move to online forms in July, our 4 data typists won't have forms to key. The plan is to train them up as "
                     "payroll assistants.", today=TODAY)
    assert plan.intervention_type == "reskilling"
    assert plan.audience.role == "data typist" and plan.audience.headcount == 4


def test_a_cleft_sentence_names_the_learners():
    f = extract("The 2 senior baristas are fine; it's the 9 weekend baristas who keep skipping the milk temperature check.")
    assert f.audience_role == "weekend barista" and f.headcount == 9
    why = make_plan(f.text, today=TODAY).intervention_rationale
    assert "weekend baristas who keep skipping" in why and "are fine" not in why  # their own clause, not the others'


def test_a_person_noun_in_ics_is_singular_and_the_owner_of_the_output_keeps_its_count():
    from planner.text.inflect import singular

    assert singular("paramedics") == "paramedic" and singular("logistics") == "logistics"
    f = extract("The loss adjusters' reports confuse the insurers and Sam, the team leader, reads 5 a week. There are 7 adjusters on the home desk.")
    assert f.headcount == 7


def test_one_clause_read_as_both_loss_and_move_is_quoted_once():
    plan = make_plan("Four of our 15 ticket clerks will move to the lost property desk when the ticket machines go in.", today=TODAY)
    assert plan.intervention_type == "reskilling"
    assert plan.intervention_rationale.count("ticket clerks will move") == 1
