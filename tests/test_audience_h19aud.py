"""Audience from each person phrase's place in its clause (issue 12 round 9, h19aud): the reader, receiver or
complainer of the work, the writer of the text and a machine are not the learners; the agent of a passive with a
fault, the focus of a cleft, the subject of a fault clause (or its pronoun), the object of hiring and the cause of
the trouble are; the count is the subset written with them, never the team total."""

import pytest

from planner.extract import extract
from planner.extract.learner_structure import kind, mentions


@pytest.mark.parametrize("text,role,n", [
    # the readers or receivers of the work named first
    ("Judges' clerks get the transcripts two weeks late because the court reporters are behind on editing.", "court reporter", None),
    ("homeowners cant make sense of the reports our energy auditors send after the test", "energy auditor", None),
    ("The fleet planners are sick of repair orders that say fixed. It's the 7 diesel mechanics on nights who write them.",
     "diesel mechanic", 7),
    ("Six new LPNs started on the ward in March; the night charge nurses say their med passes run long.", "LPN", 6),
    # the reviewers counted first, the learners in a fault clause after them
    ("Our 4 partners review every letter, and the legal secretaries keep getting the client reference wrong.", "legal secretary", None),
    # a system taken as people
    ("The SQL servers are patched late every month because the DBAs keep putting it off.", "DBA", None),
    # the writer's own role
    ("As the production manager I read the logs every morning. The plant technicians (there are six of them) write them up from memory.",
     "plant technician", 6),
    # a passive with a fault word: its agent changes
    ("Tally sheets are still being filled in wrong by the four scalers and the accountants end up paying for it.", "scaler", 4),
    # a list of counted roles: the subject of the problem clause changes
    ("The salon runs with 3 stylists, 2 receptionists and 5 shampooers. The shampooers skip the scalp check.", "shampooer", 5),
    # a team total beside the subset who change
    ("We have 30 dealers on the floor; the twelve who moved across from roulette are the ones paying out wrong.", "dealer", 12),
    ("There are 9 weavers in the mill and 6 of them are moving to the jacquard looms in May.", "weaver", 6),
    ("Of our nine patternmakers, five are going to run the printers instead.", "patternmaker", 5),
    # the object of hiring, beside the people who complain
    ("Concierges send us most of our guests, and two of them complained. We hired four guides and they started last week.", "guide", 4),
    # the pronoun's fault, beside a role that only closes the tickets
    ("Tickets get closed in Maximo by the maintenance planner, but the repairs are done by our mechanics - eleven of them - "
     "and they hardly ever record a root cause.", "mechanic", 11),
    # an aside count, a wish, the object of mentoring, a reduced relative on the output
    ("The warehouse has 25 staff. The forklift drivers, about 7, keep skipping the pre-use check.", "forklift driver", 7),
    ("Our line managers want the 9 machinists to log scrap in the MES.", "machinist", 9),
    ("Two of our senior underwriters will mentor the 6 junior underwriters who joined in May.", "junior underwriter", 6),
    ("Radiologists read every scan the sonographers take, and about 1 in 10 is missing a view.", "sonographer", None),
])
def test_learners_by_clause_structure(text, role, n):
    f = extract(text)
    assert f.audience_role == role
    assert f.headcount == n


@pytest.mark.parametrize("text,phrase,expected", [
    ("Since the new AGC gauge controller went in on the mill it flags every coil.", "AGC gauge controller", "machine"),
    ("As the head chef I taste every plate.", "head chef", "writer"),
    ("Roughly one in six goes back, and the court clerk bounces it back.", "court clerk", "reader"),
    ("The claims clerks log claims late, so the adjusters can't start the assessment.", "adjusters", "reader"),
    ("Our pharmacists check every label, yet the 5 pharmacy technicians still mislabel bags.", "pharmacy technicians", "learner"),
])
def test_clause_kind(text, phrase, expected):
    m = next(m for m in mentions(text) if m.phrase == phrase)
    assert kind(text, m) == expected


def test_a_singular_person_noun_before_a_noun_is_a_modifier():
    # "the beneficial owner section": no person phrase; the learners stay the relationship managers
    text = ("From next month our 14 relationship managers open accounts through Fenergo. Compliance sent back 9 of the first "
            "25 cases because the beneficial owner section was incomplete.")
    assert not any(m.role == "beneficial owner" for m in mentions(text))
    f = extract(text)
    assert (f.audience_role, f.headcount) == ("relationship manager", 14)


@pytest.mark.parametrize("text,role,n", [
    # a role of the text that does its own work stays; "who" belongs to the noun right before it
    ("Our five accounts assistants set up the new clients in Xero, but the partners keep finding the VAT scheme set wrong.",
     "accounts assistant", 5),
    ("There's 20 glaziers across both site crews but really it's the 4 newer ones who keep cracking the panes.", "glazier", 4),
    ("housekeeping staff mark rooms as clean in the PMS before the supervisor inspects them, so front desk gives guests "
     "rooms that aren't ready", "housekeeping staff", None),
])
def test_learners_kept(text, role, n):
    f = extract(text)
    assert (f.audience_role, f.headcount) == (role, n)
