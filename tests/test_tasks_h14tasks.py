"""Workflow-grounded tasks: consumers named by a passive, an active complaint or the impact clause (h14tasks, issue 12)."""
import datetime as dt

from planner.extract.impact import because_met, received_by, so_outcome
from planner.generators.gate import problems
from planner.pipeline import make_plan


def _plan(text):
    from planner.evals.runner import parse_target

    return make_plan(text, config=parse_target("offline"), today=dt.date(2026, 12, 2)).model_dump(mode="json")


def test_passive_names_the_receiver_and_its_negation():
    r = received_by("Court bundles from our four paralegals keep getting sent back by the barristers because the page "
                    "numbers don't match the index.", "paralegal")
    assert r and r.who == "the barristers" and r.obj == "court bundles" and r.sent
    assert r.negated == "the barristers do not send them back"
    r = received_by("about twenty timesheets a fortnight are rejected by the bank file upload because the sort codes are wrong")
    assert r and r.who == "the bank file upload" and r.negated == "the bank file upload does not reject them" and not r.sent


def test_active_complaint_and_because_clause():
    r = received_by("Pharmacy techs mislabel compounded doses and the pharmacists catch them at final check.", "pharmacy tech")
    assert r and r.negated == "the pharmacists do not catch them at final check"
    assert because_met("sent back because the page numbers don't match the index.") == "the page numbers match the index"
    assert received_by("The learners sent the report to the manager.") is None


def test_impact_clause_turned_positive_only_after_a_problem():
    t = "hygienists don't record pocket depths in Dentrix so the dentist is working from old numbers at the next check-up"
    assert so_outcome(t, ["dentist"]) == "the dentist is not working from old numbers at the next check-up"
    t = "They need to log call details in the CAD system so the responding crews have the address before they arrive."
    assert so_outcome(t, ["responding crews"]) == "the responding crews have the address before they arrive"


def test_task_names_the_consumer_the_text_gives_not_the_reviewer():
    p = _plan("Our six vet techs forget to update the patient weights in ezyVet after each consult, so the vets are dosing "
              "from old numbers. Dr Amara, the clinical lead, checks a few charts every Friday.")
    t = p["tasks"][0]
    assert t["consumer"] == "vets" and t["outcome"] == "the vets are not dosing from old numbers"
    assert "not stated" not in t["rewritten"] and not problems(t["rewritten"])


def test_sent_back_output_becomes_a_task_with_its_criterion():
    p = _plan("Court bundles from our four paralegals keep getting sent back by the barristers because the page numbers "
              "don't match the index.")
    assert p["tasks"], "the text names the output and who sends it back"
    r = p["tasks"][0]["rewritten"]
    assert r.startswith("Send court bundles whose page numbers match the index to the barristers")
    assert not any("Which piece of work" in q for q in p["open_questions"])


def test_count_is_not_the_object_and_tenure_for_years_is_not_asked():
    p = _plan("The payroll clerks have done this for years, but about twenty timesheets a fortnight are rejected by the "
              "bank file upload because the sort codes are entered wrong.")
    assert p["tasks"] and "twenty" not in p["tasks"][0]["object"]
    assert p["tasks"][0]["consumer"] == "bank file upload"
    assert not any(q.startswith("Are the payroll clerks new") for q in p["open_questions"])
    assert not any(q.startswith("Who receives") for q in p["open_questions"])


def test_role_in_the_objects_relative_clause_receives_it():
    from planner.extract.impact import object_reader

    t = "moving our eight entry clerks into claims processing roles, where they will assess claims that the adjusters then approve."
    assert object_reader(t, "claims", "entry clerk") == ("the adjusters", "approve them")
    assert object_reader("they write reports that the system is slow to load", "reports") is None


def test_negated_impact_clause_turned_positive_and_active_send_back_with_time():
    t = "The 8 agents on the returns desk still forget to tag tickets, so the returns team lead can't see which tickets are waiting."
    assert so_outcome(t, ["returns team lead"]) == "the returns team lead can see which tickets are waiting"
    assert so_outcome("We log every call, so the crews can't keep up.", ["crews"]) is None  # no problem before it: no turn
    r = received_by("the index is often wrong, so the barristers send them back the night before the hearing.", "paralegal")
    assert r and r.negated == "the barristers do not send them back the night before the hearing"
