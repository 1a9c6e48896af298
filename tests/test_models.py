"""The plan contract: validators carry the domain rules with messages a model can act on."""

import datetime as dt

import pytest
from pydantic import ValidationError

from planner.models import Plan, PlanContent, SuccessSignal, FeedbackOwner, Audience
from tests.factories import TODAY, strong_plan, strong_plan_data


def _errors(data, today=TODAY):
    with pytest.raises(ValidationError) as ei:
        Plan.model_validate(data, context={"today": today})
    return str(ei.value)


def test_strong_plan_validates_and_keeps_top_level_keys():
    plan = strong_plan()
    d = plan.model_dump(mode="json")
    for key in ("intervention_type", "skill_goal", "audience", "current_gap", "work_impact", "performance_standard",
                "training_assets", "practice_activity", "feedback_owner", "success_signal", "review_date", "tasks",
                "open_questions", "meta"):
        assert key in d
    assert d["review_date"] == "2026-03-02"


@pytest.mark.parametrize("goal", ["Improve communication", "Improve customer communication skills across the team",
                                  "Understand the billing dispute process", "Enhance quality of escalations",
                                  "The course introduces escalation notes to the agents",
                                  "Agents are more confident with billing disputes"])
def test_vague_skill_goal_is_rejected_with_a_fix(goal):
    msg = _errors(strong_plan_data(skill_goal=goal))
    assert "skill_goal" in msg and "observable verb" in msg


def test_review_date_must_be_after_today_and_message_suggests_one():
    msg = _errors(strong_plan_data(review_date="2025-12-01"))
    assert "not after today (2026-01-05)" in msg and "2026-03-02" in msg


def test_review_date_uses_context_today():
    # the same date is valid when today is earlier
    Plan.model_validate(strong_plan_data(review_date="2026-01-06"), context={"today": TODAY})
    _errors(strong_plan_data(review_date="2026-01-06"), today=dt.date(2026, 1, 6))


def test_success_signal_needs_a_number_or_a_baseline_method():
    with pytest.raises(ValidationError, match="not measurable"):
        SuccessSignal(behaviour="agents write better", metric="quality", target="better", data_source="QA")
    ok = SuccessSignal(behaviour="notes complete", metric="share complete", target="above the measured baseline",
                       baseline_method="sample 30 notes from last month", data_source="QA sampling")
    assert ok.baseline is None


def test_baseline_without_number_needs_method():
    with pytest.raises(ValidationError, match="has no number"):
        SuccessSignal(behaviour="x", metric="m", baseline="high", target="under 10%", data_source="tags")


@pytest.mark.parametrize("role", ["management", "HR", "Anna Schmidt", "the team"])
def test_feedback_owner_must_be_a_role(role):
    with pytest.raises(ValidationError, match="feedback_owner.role"):
        FeedbackOwner(role=role, cadence="weekly")


def test_feedback_owner_role_accepted():
    assert FeedbackOwner(role="billing team lead", cadence="weekly").role == "billing team lead"


def test_generic_audience_rejected():
    with pytest.raises(ValidationError, match="too generic"):
        Audience(role="employees", description="employees")


def test_strings_are_bounded_for_grammar_constrained_models():
    schema = PlanContent.model_json_schema()
    assert schema["properties"]["skill_goal"]["maxLength"] == 400
    # run metadata and computed check results are not asked of the model
    assert "meta" not in schema["properties"]
    task_schema = schema["$defs"]["GroundedTask"]["properties"]
    assert "checks" not in task_schema and "open_questions" not in task_schema
