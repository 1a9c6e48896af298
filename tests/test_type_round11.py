"""Intervention type read from the clause's subject and verb (planner.extract.work_fate, issue 12 round 11): what the
clause says happens to the work (its subject the work: binned, no longer done here, handed away) and to the people
(put on other work, received by a place, new for a short time). Each case fails on the code before round 11."""

import pytest

from planner.extract import work_fate
from planner.extract.intervention import cues
from planner.extract.intervention_frames import _is_person


def kind(text: str) -> str:
    return cues(text).kind()


@pytest.mark.parametrize("text", [
    # the work as the subject of a verb of ending, with no people named in that clause
    "water taxi run gets binned at end of season. want the 4 skippers crewing the harbour patrol boat after that",
    # the work no longer done here, then the people left on other work
    "From April the residential revaluation goes to the county's AVM vendor and isn't done in-house any more. That "
    "leaves our six residential assessors at the Hallam office on commercial appeals.",
    # a place closing, whatever noun names it
    "the kennels shut in spring and our 3 kennel hands go out on field call-outs instead",
    # the organisation hands the work to an outside party (weak), with the people's future work beside it
    "We're handing the whole cleaning contract to Mitie in April, which means our four cleaners will be doing porter work.",
    "The typing pool is no more; the typists will take on the records management work.",
    "From June the invoice keying is done by the new OCR service, so the clerks will handle supplier queries.",
    # a trade's pet name is people ("lockies")
    "locks on the upper river go remote next spring so the lockies wont be needed on site anymore - theyre moving onto "
    "the bank maintenance gang",
])
def test_reskilling_said_about_the_work(text):
    assert kind(text) == "reskilling"


@pytest.mark.parametrize("text", [
    "Whitelee is being handed two techs from the Vestas side of the business in January.",
    "ICU inherits three of the surgical ward's nurses on Monday - first time any of them has run a CRRT circuit.",
    "Two of the packers are only three weeks in and keep mislabelling pallets.",
    "She's a month into the job and still can't close a ticket.",
    "The two dispatchers haven't been here long and miss the carrier cut-offs.",
    "Jo is still on probation and keeps skipping the pre-start checks.",
    "Both apprentices are straight out of college and have never wired a consumer unit.",
    "The newly qualified nurses on ward 4 keep missing the fluid charts.",
    "Four lab techs came to us from the Bristol site last month.",
    "Two welders moved across from the Hull yard and don't know our WPS.",
    "We're adding two estimators to the team in January.",
    "We're onboarding five claims handlers from the acquired firm.",
    "We drafted in four temps for the peak and they keep scanning the wrong barcodes.",
    "We have two agency carers covering nights from next week who haven't worked here before.",
    # a start with a date is a job's start, though "on the night shift" names a shift
    "Three sorters start on the night shift at the Leeds mail centre on 2 March.",
])
def test_onboarding_said_of_the_people_or_the_place(text):
    assert kind(text) == "onboarding"


@pytest.mark.parametrize("text", [
    # a process noun or a form never heads a clause of loss; a time of day is no end
    "The paper forms are being scrapped in favour of the app, and the nurses keep missing fields in it.",
    "The warehouse closes at 6 and the pickers rush the last wave.",
    "We get about 40 new members a month and the fitness instructors skip the health questionnaire.",
])
def test_upskilling_guards(text):
    assert kind(text) == "upskilling"


@pytest.mark.parametrize("text", [
    # the new readers' own guards: a pause, a cut-off, a routine, a place in a prepositional phrase, possession, a
    # routine intake, a tool doing part of the work (each read as a loss or an arrival by a draft of the readers)
    "The kitchen shuts for two weeks over Christmas; the chefs need better allergen labelling before then.",
    "Payroll closes on the 20th and the managers submit overtime late.",
    "The line stops whenever a jam happens and the operators don't log the cause.",
    "the installers on site have to cut down or send back fittings that don't line up with the hangers",
    "We've got seven mechanics across the two workshops and about one bike in twenty comes back.",
    "We get two agency nurses most weekends and our own nurses keep missing the drug round checks.",
    "The vendor now handles the site activation calls, so the data managers keep locking casebooks early.",
])
def test_work_fate_reads_no_change(text):
    assert work_fate.work_ends(text) == ([], []) and work_fate.arrivals(text) == [] and kind(text) == "upskilling"


def test_person_taking_over_a_desk_is_an_arrival():
    assert kind("Kim has just taken over the payroll desk from Bill, who retired.") == "onboarding"


def test_work_fate_readers_quote_the_clause():
    strong, weak = work_fate.work_ends("The print room is being wound up and the desk got axed.")
    assert any("print room is being wound up" in p for p in strong) and any("desk got axed" in p for p in strong)
    assert work_fate.arrivals("ICU inherits three of the surgical ward's nurses on Monday.") == [
        "ICU inherits three of the surgical ward's nurses on Monday"]
    assert work_fate.placed("That leaves our six assessors on commercial appeals.") == [
        "leaves our six assessors on commercial appeals"]


def test_pet_names_are_people_but_dictionary_words_are_not():
    assert _is_person("lockies") and _is_person("brickies")
    assert not _is_person("cookies") and not _is_person("smoothies")


def test_a_place_going_with_the_same_work_elsewhere_is_onboarding_and_says_so():
    import datetime as dt

    from planner.pipeline import make_plan

    text = ("The Leeds depot closes in March and its six drivers transfer to our York depot, where they'll keep doing "
            "multi-drop runs.")
    c = cues(text)
    assert c.kind() == "onboarding" and c.same_work_elsewhere == ("The Leeds depot closes in March",)
    plan = make_plan(text, today=dt.date(2026, 12, 3))
    assert plan.intervention_type.value == "onboarding"
    assert "The Leeds depot closes in March" in plan.intervention_rationale
    assert "The Leeds depot closes in March" in plan.intervention_would_change_if


def test_work_that_stops_being_anyones_job_and_people_from_an_outside_source():
    assert kind("Once the telemetry is in, the overnight checks at the pumping stations stop being anyone's job. Ken and "
                "Lorraine are going across to the lab to run the compliance sampling.") == "reskilling"
    assert kind("2 lads off the agency go on the boiler house rota monday, never seen a moving-grate boiler") == "onboarding"


def test_a_quote_keeps_its_subject_before_a_relative_clause():
    from planner.extract.intervention import whole_clause

    text = "Ken and Lorraine, who've done those rounds for fourteen years, are going across to the lab."
    assert whole_clause(text, "are going across to the lab").startswith("Ken and Lorraine, who've done")


@pytest.mark.parametrize("text, expected", [
    ("The bar's had a complete staff turnover over the summer - every one of the eight bartenders is new.", "onboarding"),
    ("We took over the Hillside practice in October and its four dental nurses now work our way.", "onboarding"),
    ("Fresh batch of seasonal pickers lands next Tuesday.", "onboarding"),
    ("Typesetting is dead at our place; we want the typesetters doing web layout.", "reskilling"),
    # "go solo" is no loss (" so" inside " solo" once read as a clause's "so")
    ("Two trainees are shadowing the team this month before they go solo in January.", "upskilling"),
    # new to a tool is no arrival
    ("The nurses are new to Epic and keep charting in the wrong tab.", "upskilling"),
])
def test_new_people_said_at_the_clause_end_and_work_that_is_dead(text, expected):
    assert kind(text) == expected


@pytest.mark.parametrize("text", [
    "We're exiting the wholesale business, so the account managers will be looking after retail stores.",
    "The audit will now be done by the group team in London; our two auditors will join the risk team.",
    "We won't need a switchboard after March. Can the operators be turned into receptionists?",
    "There'll be no more night picking after the move to day shifts, so the night pickers will run the returns desk.",
])
def test_work_no_longer_needed_or_done_elsewhere(text):
    assert kind(text) == "reskilling"


def test_work_done_by_a_person_or_by_hand_alone_is_no_loss():
    assert work_fate.work_ends("the keying is done by Priya now") == ([], [])
    assert kind("Since the OCR went in the invoices aren't keyed by hand any more, and the clerks now miss half the "
                "exceptions.") == "upskilling"


def test_part_of_the_work_taken_with_no_move_is_named_as_the_cue_that_would_flip_it():
    import datetime as dt

    from planner.pipeline import make_plan

    text = ("Our clinical data managers own the site onboarding workflow. The vendor now handles the site activation "
            "calls, so the data managers keep locking casebooks early.")
    c = cues(text)
    assert c.kind() == "upskilling" and c.partial_loss == ("The vendor now handles the site activation calls",)
    plan = make_plan(text, today=dt.date(2026, 12, 3))
    assert "The vendor now handles the site activation calls" in plan.intervention_rationale
    assert plan.intervention_would_change_if.startswith('If "The vendor now handles the site activation calls"')
