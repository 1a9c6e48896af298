"""The intervention type from the text's structure (planner/extract/role_structure.py), on sentences of the kinds
evals/dev_h14type.yaml holds: work taken away by a non-person subject beside a move, a contract ending, a person
taking over a post or the phones, arrivals, a new site, process words."""

from pathlib import Path

import pytest
import yaml

from planner.extract.intervention import cues

TABLE = yaml.safe_load((Path(__file__).parent / "fixtures" / "intervention_h14type.yaml").read_text())


@pytest.mark.parametrize("text,kind", [
    ("the vending machines handle all the ticket sales now, so the four ushers will switch to event security.", "reskilling"),
    ("Our cleaning contract with the hospital ends in May and we want to keep the cleaners on as porters.", "reskilling"),
    ("The archive role is going at the end of the year and we'd like the two archivists ready for records analyst posts.", "reskilling"),
    ("Once the robots are running, the packers will be doing stock audits on the mezzanine instead.", "reskilling"),
    ("Dev takes over the stores supervisor post from Ana in March and needs her ordering routine.", "onboarding"),
    ("We have a lab assistant coming in on Tuesday who has never used our sample tracker.", "onboarding"),
    ("An experienced plasterer joins us next week from an agency.", "onboarding"),
    ("The housekeepers take over the laundry at weekends and keep mixing up the linen codes.", "upskilling"),
    ("Robots now do the heavy lifting on line 2 and the operators need to clear jams faster.", "upskilling"),
    ("The team moved to Jira last year and the testers still don't link bugs to stories.", "upskilling"),
    ("The checkers check every form before it goes to the records office.", "upskilling"),
])
def test_structure_decides_the_type(text, kind):
    assert cues(text).kind() == kind


def test_a_person_taking_over_is_not_the_work_going_away():
    c = cues("Our receptionists take over the phone lines at lunch and keep mis-booking appointments.")
    assert not c.gone and c.kind() == "upskilling"


def test_the_reskilling_rationale_quotes_both_the_work_going_and_the_move():
    c = cues("A vendor will take over our payroll processing from April, and the three payroll officers will switch to financial reporting.")
    assert c.kind() == "reskilling"
    assert any("vendor" in q for q in c.gone) and any("financial reporting" in q for q in c.move)


def test_table_accuracy_stays_at_least_90_percent():
    right = sum(cues(c["text"]).kind() in (c.get("accept") or [c["kind"]]) for c in TABLE)
    assert len(TABLE) >= 40 and right / len(TABLE) >= 0.9
