"""The intervention type from who the people are and what happens to their role (issue 12; notes fault kind A).

Each sentence is a phrasing of a cue kind the strict readers found missed or misread, in words of its own (not an
eval case): the role going away or a move into another role -> reskilling; people new to the company, team or
position -> onboarding; the learners delivering an induction to newcomers, or "become better", -> upskilling.
"""

import pytest

from planner.extract.intervention import cues
from planner.extract.intervention_frames import spelled

RESKILLING = [
    'our typing pool is being wound down and the typists will move to customer service',
    'the cashiers are going to be redeployed into the online fulfilment team',
    "we're phasing out the night courier route; the 4 couriers are to become warehouse pickers",
    'with the switch to AI triage the nurse advisors will be made redundant unless they retrain as care coordinators',
    'Jo in accounts wants to move into HR and has no HR experience',
    'the machinists will run the new robotic cells instead of manual lathes, a totally different job',
    'our field sales team is being cut and we want to offer them inside sales roles',
    'the archive is closing down next spring and the archivists need new jobs',
    'two of the warehouse team want to retrain as HGV drivers',
    'the proofreaders have nothing left to do since the tool checks everything',
    "We're converting our call handlers into live chat moderators",
    'the switchboard is being decommissioned next year',
    'their roles are being made redundant in March and we want to keep them',
    "we're retraining the typists as data quality analysts",
    "Our translators are being replaced by machine translation; we'd like them to become post-editors",
    'As the plant closes, the operators will be redeployed to the new battery line',
    "she's switching careers from nursing to IT",
    'we are moving 4 of the bookkeepers into payroll',
    'the couriers will no longer be needed once the lockers are installed',
    'with the chatbot answering most queries, the agents will take over complaint handling instead',
    'the receptionists are being trained up as medical secretaries',
    "their job won't exist after the merger, the 5 schedulers need something else",
    "Anna will take on a new role as QA analyst next quarter",
    "the 3 keyers will become data validators",
    "our drivers can't do deliveries anymore because of the new licence rules and want warehouse jobs",
    "the print team is basically redundent now that everything is online",
    "AI is taking over most of the first-line triage our agents do",
    "we are moving the pickers to inventory planning roles",
    "Sam from the helpdesk wants to become a developer",
    "we want to move two reps from inside sales to customer success management",
    "half of them are to become care coordinators",
    "12 of our 40 agents move over to claims investigation in June",
    "we'd like them to go to the archive team as cataloguers",
]
ONBOARDING = [
    'we hired 3 experienced welders who start next week',
    'two pickers start on Monday',
    'next month 5 fresh grads start in the audit team',
    'we onboarded 8 contractors last week for the migration',
    'Ana is new in the role of shift lead and has never done rotas',
    'the two nurses we recruited from overseas arrive in January',
    'Our newest hire in accounts payable keeps coding invoices to the wrong cost centre',
    'a new batch of trainee drivers comes in every quarter',
    'three graduates joined the data team in October',
    'we just hired a bookkeeper who starts on the 12th',
    'seasonal staff arriving for the summer need to learn the tills',
    'the engineers seconded to us from the Munich office keep skipping our code review rules',
    "We've brought on 3 apprentices for the workshop and they keep losing tools",
    'our new cohort of graduate engineers lands in September',
    'the September intake of student nurses will need to learn our EPR',
    'new joiners on the help desk keep escalating password resets',
    "she's only been here two weeks and already has a backlog",
    'two people are moving over from the call centre into our team next month',
    'we are taking on 6 temps for the peak',
    'the agency sends us new pickers every Monday and they mis-pick',
    'Our team is growing: four developers join the squad in Q1',
    "we've just merged with Hartley's and their 20 advisers now work in our CRM",
    "The six recruits in the control room haven't used the radio system before",
    'we have two starters beginning on the 3rd who have never used SAP',
    "our autumn intake of apprentices starts in october",
    "two carers new from next week on the dementia unit",
    "agency staff new to the ward don't know where the crash trolley is",
    "agency porters new to ward 3 keep taking beds to the wrong bay",
    "someone who has not started yet will run payroll",
    "Marco joins in March as a buyer",
    "3 technicians are coming over from the Bristol plant",
]
UPSKILLING = [
    'Our line operators start on nights and skip the checklist',
    'experienced drivers who joined us from the Leeds depot years ago keep missing slots',
    'small errors become complaints within a week',
    'the late notes become escalations for the supervisors',
    'our 12 agents write sloppy case notes and QA fails about 30% of them',
    "the electricians don't fill in the test certificates properly",
    'Team leads became responsible for rotas last year and they still get the hours wrong',
    'new regulations mean the advisors have to document suitability differently',
    'the auditors moved to remote audits and their evidence files are thin',
    'we want our nurses to become more confident with the new infusion pumps',
    'the cooks keep forgetting the allergen labels on takeaway boxes',
    'since we switched to Xero the bookkeepers post duplicates',
    'our drivers started using the new app in May and 1 in 6 deliveries has no photo',
    'the support reps handle new customer sign-ups badly',
    'the analysts produce reports for new clients that are late',
    'the trainers need to get better at running the new starter course',
    'most of the team have been with us 10+ years but the new policy confuses them',
    'the new manager wants the reps to log every call',
    'our supervisors replaced the paper checklists with tablets and skip steps',
    'the technicians keep missing the calibration step since the new machines arrived',
    'the new lab system went live in March and the scientists mislabel samples',
    'we want our 6 pharmacists to become quicker at clinical checks',
    'The analysts became the bottleneck for every release',
    'Since the reorg, the support team moved to a new floor and response times slipped',
    'we replaced the old ticketing tool last year and the agents still log calls late',
    'Our senior nurses train new starters on the ward but their sign-offs are incomplete',
    'Experienced engineers mentor the new graduates and their code reviews are shallow',
    'our 14 planners need to get better at forecasting',
    'the welders keep failing the bend test, 3 of 12 last month',
    'we want the supervisors to become better coaches',
    'the new process for returns confuses the store staff',
    'the team leads run the new starter induction but it is always rushed',
    'sales reps have to start logging calls in Salesforce from next week',
    'the nurses start every shift with a safety huddle that overruns',
    'our drivers join the route planning call at 6am and still get lost',
    "the 6 trainers deliver the onboarding session for new hires and it runs long",
    "our buddies support new starters in their first week but nobody checks the buddy lists",
    "our onboarding workflow in Salesforce is a mess, the 9 account managers skip steps",
    "we want the team to become more confident with the automation features in Excel",
    "we want our reps to become experts in the product",
    "the agents have become a drain on the supervisor's time",
    "since we moved to the new depot the drivers are late",
    "the techs need a job aid for the new scanner",
    "they want clearer roles on the night shift",
    "the reps moved to weekly planning and still miss calls",
    "we moved the 12 clerks onto the new case management system",
    "the clerks can't keep up anymore with the volume",
    "the new tool will replace the paper KYC forms and analysts keep filling in paper",
    "the new ERP takes over from Sage in May; our 4 accountants post journals wrong",
]


@pytest.mark.parametrize("text", RESKILLING)
def test_role_going_away_or_a_move_is_reskilling(text):
    c = cues(text)
    assert c.kind() == "reskilling", (c.onboarding, c.reskilling)


@pytest.mark.parametrize("text", ONBOARDING)
def test_people_new_to_the_place_are_onboarding(text):
    c = cues(text)
    assert c.kind() == "onboarding", (c.onboarding, c.reskilling)


@pytest.mark.parametrize("text", UPSKILLING)
def test_process_words_deliverers_and_degree_words_stay_upskilling(text):
    c = cues(text)
    assert c.kind() == "upskilling", (c.onboarding, c.reskilling)


def test_the_cue_is_quoted_as_the_text_writes_it():
    c = cues("the print team is basically redundent now that everything is online")
    assert any("redundent" in p for p in c.reskilling)


@pytest.mark.parametrize("typo,meant", [("redundent", "redundant"), ("tomorow", "tomorrow"), ("transfered", "transferred")])
def test_a_misspelt_cue_word_is_read_as_meant(typo, meant):
    assert spelled(typo) == meant


@pytest.mark.parametrize("word", ["hires", "recieved", "teh", "fixtures"])
def test_other_words_are_left_alone(word):
    assert spelled(word) == word


def test_an_upskilling_rationale_quotes_the_clause_of_the_gap_in_current_work():
    from planner.extract.intervention import work_clause

    text = "Scrap after changeovers is about 4% of output. The line operators skip steps of the changeover checklist."
    assert work_clause(text) == "The line operators skip steps of the changeover checklist"


def test_a_cue_is_quoted_as_its_whole_clause():
    c = cues("Our spring intake of 6 phlebotomists arrives in March. With the last intake, 11 of 40 draws were repeated.")
    assert c.onboarding[0] == "Our spring intake of 6 phlebotomists arrives in March"
