"""Issue 12: the intervention type from cue frames about the people, on a labelled set written for this purpose.

tests/fixtures/intervention_cases.yaml has a `tune` split (rules fitted to it) and a `check` split (only its
aggregate was looked at while tuning). The floors are the accuracy reached when this was written, less a small
margin, so a change that makes the classifier fit fewer unseen phrasings fails here.
"""

import collections

import pytest
import yaml

from planner.extract.intervention import cues
from planner.extract.intervention_frames import analyse
from scripts.intervention_cases import FIXTURE, score

CASES = yaml.safe_load(FIXTURE.read_text())
FLOORS = {"tune": 0.97, "check": 0.74}  # reached: tune 100/100, check 61/78 (0.78) through the offline plan


def test_fixture_is_balanced_and_broad():
    kinds = collections.Counter(c["kind"] for c in CASES)
    assert len(CASES) >= 90 and all(kinds[k] >= len(CASES) // 4 for k in ("upskilling", "reskilling", "onboarding"))
    assert len({c["occupation"] for c in CASES}) >= 30
    splits = collections.Counter(c["split"] for c in CASES)
    assert 0.3 <= splits["check"] / len(CASES) <= 0.45
    assert all(set(c.get("accept") or [c["kind"]]) >= {c["kind"]} for c in CASES)


@pytest.fixture(scope="module")
def scored():
    return score(CASES, "plan")


@pytest.mark.parametrize("split", ["tune", "check"])
def test_accuracy_per_split_stays_at_its_floor(scored, split):
    right, total = scored["tally"][split]["all"]
    assert right / total >= FLOORS[split], f"{split}: {right}/{total}"


def test_every_type_beats_chance_on_check(scored):
    t = scored["tally"]["check"]
    for kind in ("upskilling", "reskilling", "onboarding"):
        assert t[kind][0] / t[kind][1] >= 0.55, (kind, t[kind])


# --- traps: a cue word that names a process, a system or something other than the people ----------------------

@pytest.mark.parametrize("text", [
    "The onboarding checklist for our engineers is out of date, so they skip the security steps.",
    "The analysts never use the automation features in the BI tool.",
    "Our sales team ignores the CRM automation and updates deals by hand.",
    "We moved the planners to a new system last spring and they still export everything to Excel.",
    "The new process for refunds confuses the agents, who have worked here for years.",
    "The new joiner checklist is out of date and the supervisors keep skipping it.",
    "The clerks start the day without checking the overnight queue.",
    "Our developers replaced the old logging library and now can't find errors.",
    "Nurses want to become more confident with the infusion pumps.",
    "Since we moved to the new depot, drivers still log their hours on paper.",
    "The machinists are not new, they have run these lathes for a decade, but scrap has doubled.",
    "Our devs joined the incident calls late because nobody reads the pager alerts.",
])
def test_process_words_and_other_traps_are_upskilling(text):
    c = cues(text)
    assert c.kind() == "upskilling", c


@pytest.mark.parametrize("text,kind,quoted", [
    ("We're bringing in six cashiers for the holiday rush.", "onboarding", "bringing in six cashiers"),
    ("They've been moved over from the surgical ward to ours.", "onboarding", "moved over from the surgical ward"),
    ("Priya starts as store manager at the Bristol branch next month.", "onboarding", "Priya starts as store manager"),
    ("The agency nurses have only been with us a few days.", "onboarding", "only been with us a few days"),
    ("The line is being shut in June and the assemblers need somewhere to go.", "reskilling", "line is being shut"),
    ("Their jobs are going once the scanner contract starts.", "reskilling", "jobs are going"),
    ("We want to retrain the keyers as QA testers.", "reskilling", "retrain the keyers as QA testers"),
    ("Two of the drivers are switching careers.", "reskilling", "switching careers"),
    ("a couple of our truckers want off the road and into the dispatch office", "reskilling", "off the road and into"),
    ("The press room's closing for good.", "reskilling", "room's closing"),
])
def test_frames_quote_the_cue_as_written(text, kind, quoted):
    c = cues(text)
    assert c.kind() == kind
    found = c.reskilling if kind == "reskilling" else c.onboarding
    assert any(quoted.lower() in p.lower() for p in found), found
    assert all(p.lower() in text.lower() for p in found)


def test_never_done_the_work_gives_way_to_an_arrival():
    assert cues("A history teacher has never worked as a designer and wants to become one.").reskilling
    c = cues("Five apprentices start with the crew after Easter and have never worked as labourers.")
    assert c.kind() == "onboarding" and not c.reskilling


def test_a_conflict_keeps_both_cues_for_the_rationale():
    c = cues("A cashier from the branch that is being closed will join our branch as a loan officer next month.")
    assert c.reskilling and c.onboarding and c.kind() == "reskilling"


def test_tenure_cancels_a_bare_new():
    assert analyse("Our experienced nurses have been here for years; the new nurses rota is the problem.")["tenure"]
    assert cues("The nurses are not new to the ward but miss the sepsis screen.").kind() == "upskilling"
