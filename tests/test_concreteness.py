"""The statement analyzer: each component on statements of our own, and the DOMAIN.md pairs."""

import pytest

from planner.checks import plan_report
from planner.concreteness import score_statement
from tests.factories import strong_plan, strong_plan_data, TODAY
from planner.models import Plan

# DOMAIN.md "weak" and "strong" columns, field by field
DOMAIN_PAIRS = [
    ("Improve customer communication", "Write escalation notes for billing disputes that finance can act on without follow-up questions"),
    ("lack of skills", "notes omit the invoice number and the disputed amount in about 40% of escalations"),
    ("complete a course", "rewrite five past escalation notes from real tickets using the checklist"),
    ("management", "the billing team lead reviews ten notes per agent each week"),
    ("agents are more confident", "Cut finance follow-up questions on escalations from about 40% to under 10%, read from the ticket tags"),
    ("training materials", "Write a one-page escalation checklist and six annotated real notes, good and bad"),
]


@pytest.mark.parametrize("weak,strong", DOMAIN_PAIRS)
def test_domain_pairs_order_strong_above_weak(weak, strong):
    assert score_statement(strong).score > score_statement(weak).score


def test_done_when_example():
    vague = score_statement("Improve customer communication")
    concrete = score_statement("Write clear escalation notes for billing disputes")
    assert vague.verdict == "vague" and concrete.verdict == "concrete"
    assert vague.fixes and any("observable verb" in f for f in vague.fixes)


@pytest.mark.parametrize("text", ["Understand the refund policy", "Know the escalation process", "Be aware of GDPR rules",
                                  "Learn about the new CRM", "Students acquire a general understanding of databases",
                                  "Appreciate the value of documentation"])
def test_non_observable_verbs_score_zero_on_performance(text):
    s = score_statement(text)
    assert s.components["performance"].score == 0.0
    assert s.components["performance"].reason
    assert s.verdict == "vague"


@pytest.mark.parametrize("text", ["Improve communication skills", "Enhance quality", "Develop leadership"])
def test_vague_change_verbs_with_abstract_objects_score_low(text):
    s = score_statement(text)
    assert s.components["performance"].score < 0.5
    assert s.components["object"].score < 0.5
    assert s.verdict == "vague"


def test_observable_verb_with_specific_object():
    s = score_statement("Reconcile supplier invoices against purchase orders in SAP")
    assert s.components["performance"].score == 1.0 and s.components["performance"].evidence == ["Reconcile"]
    assert s.components["object"].score == 1.0
    assert s.components["condition"].score == 1.0


def test_condition_found_or_missing():
    assert score_statement("Log every return in the WMS").components["condition"].score == 1.0
    missing = score_statement("Log returns").components["condition"]
    assert missing.score == 0.0 and "where" in missing.reason


@pytest.mark.parametrize("text,expected", [
    ("Answer chat requests within 2 minutes", 1.0),
    ("Close 90% of tickets on first contact", 1.0),
    ("Review ten notes per agent each week", 1.0),
    ("Update the CRM after every call", 0.7),
    ("Update the CRM", 0.0),
])
def test_criterion_levels(text, expected):
    assert score_statement(text).components["criterion"].score == expected


def test_compound_statements_are_flagged():
    s = score_statement("Write the report, review the budget, and train new staff")
    assert s.components["single_behaviour"].score < 1.0
    assert "split" in s.components["single_behaviour"].reason or "one statement" in s.components["single_behaviour"].reason
    assert score_statement("Write the weekly stock report").components["single_behaviour"].score == 1.0


def test_value_judgement_words_are_flagged():
    s = score_statement("Handle complaints effectively")
    assert s.components["value_judgement"].score < 1.0 and s.components["value_judgement"].evidence == ["effectively"]


def test_learner_lead_ins_and_labels_are_stripped():
    a = score_statement("Students will be able to configure a VLAN on a managed switch")
    b = score_statement("Network competence: configure a VLAN on a managed switch")
    assert a.components["performance"].evidence == ["configure"] == b.components["performance"].evidence


def test_course_descriptions_are_not_performances():
    s = score_statement("The course introduces the basics of software development")
    assert s.components["performance"].score == 0.0 and "course" in s.components["performance"].reason


def test_empty_and_non_text():
    s = score_statement("")
    assert s.score < 0.3 and s.verdict == "vague"
    with pytest.raises(TypeError):
        score_statement(42)  # type: ignore[arg-type]


def test_plan_report_strong_plan_has_no_weak_fields():
    r = plan_report(strong_plan())
    assert r.weak_fields == [] and r.overall > 0.85
    assert set(r.fields) >= {"skill_goal", "audience", "success_signal", "feedback_owner", "practice_activity", "review_date"}


def test_plan_report_marks_weak_fields_with_reasons():
    data = strong_plan_data(
        current_gap="lack of skills",
        practice_activity={"task": "Complete an online course on communication", "materials": ["LMS course"], "setting": "LMS"},
        feedback_owner={"role": "billing team lead", "cadence": "when possible"},
    )
    r = plan_report(Plan.model_validate(data, context={"today": TODAY}))
    assert {"current_gap", "practice_activity", "feedback_owner"} <= set(r.weak_fields)
    assert any("course" in x for x in r.fields["practice_activity"].reasons)
    assert r.fields["feedback_owner"].reasons == ["no cadence"]


def test_plan_report_success_signal_without_number_or_source():
    data = strong_plan_data(success_signal={"behaviour": "agents feel confident", "metric": "confidence", "baseline": None,
                                            "baseline_method": "ask them", "target": "higher", "data_source": "survey"})
    r = plan_report(Plan.model_validate(data, context={"today": TODAY}))
    assert "success_signal" in r.weak_fields


def test_markdown_marks_weak_fields_with_reasons():
    # issue 15: the weak marks go to the review section (--annotate), never inside the field a manager pastes
    from planner.render import render

    plan = Plan.model_validate(strong_plan_data(current_gap="lack of skills"), context={"today": TODAY})
    md = render(plan, "md")
    section = md.split("## Current gap")[1].split("##")[0]
    assert "Weak field" not in section and "score" not in section and "Review notes" not in md
    review = render(plan, "md", annotate=True).split("## Review notes")[1]
    line = next(x for x in review.splitlines() if x.startswith("- Current gap:"))
    assert "observed" in line


def test_a_value_word_that_labels_worked_examples_is_not_a_judgement():
    """'drafted from a few good examples' names a set of examples, not a criterion; 'a good note' still is one."""
    from planner.concreteness import score_statement

    labelled = score_statement("Each work order meets every item of a checklist drafted with the reviewer from a few good examples of the team's own work.")
    judged = score_statement("Each work order is a good work order that the reviewer accepts.")
    assert "judgement" not in " ".join(c.reason or "" for c in labelled.components.values())
    assert "judgement" in " ".join(c.reason or "" for c in judged.components.values())
