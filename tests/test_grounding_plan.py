"""ground_plan_tasks: every task of a generated plan carries its checks; make_plan calls it."""

from __future__ import annotations

from planner.frame import ProblemFrame
from planner.grounding import CHECK_NAMES, ground_plan_tasks
from tests.factories import strong_plan

FRAME = ProblemFrame(
    text="Tier-1 support agents on the billing queue escalate disputes to finance so that finance can approve refunds.",
    audience_role="tier-1 support agent",
    task="write escalation notes for billing disputes",
)
MODEL_TASK = {
    "original": "Write escalation notes",
    "rewritten": "Support finance by writing escalation notes, so finance can approve refunds without follow-up questions.",
    "action": "write", "object": "escalation notes", "workflow": "billing dispute escalation",
    "consumer": "finance", "outcome": "finance can approve refunds without follow-up questions",
}


def test_model_tasks_get_checks():
    plan = strong_plan(tasks=[MODEL_TASK, {**MODEL_TASK, "consumer": "tier-1 support agents", "rewritten": "Write escalation notes."}])
    out = ground_plan_tasks(plan, FRAME)
    assert [c.name for c in out.tasks[0].checks] == list(CHECK_NAMES)
    assert all(c.passed for c in out.tasks[0].checks)
    bad = {c.name: c for c in out.tasks[1].checks}
    assert not bad["names_consumer"].passed and "is the performer" in bad["names_consumer"].reason  # performer = plan.audience.role
    assert not bad["names_outcome"].passed
    assert plan.tasks[0].checks == []  # the input plan is not mutated


def test_task_without_consumer_gets_an_open_question():
    plan = strong_plan(tasks=[{**MODEL_TASK, "consumer": None}])
    out = ground_plan_tasks(plan, FRAME)
    assert any("downstream" in q for q in out.tasks[0].open_questions)
    assert any("downstream" in q for q in out.open_questions)  # the plan carries it to the manager
    out2 = ground_plan_tasks(out, FRAME)  # grounding twice does not repeat the question
    assert len(out2.tasks[0].open_questions) == len(out.tasks[0].open_questions)
    assert out2.open_questions == out.open_questions


def test_plan_without_tasks_gets_one_from_the_frame():
    out = ground_plan_tasks(strong_plan(tasks=[]), FRAME)
    assert len(out.tasks) == 1
    t = out.tasks[0]
    assert t.original == "write escalation notes for billing disputes"
    assert t.consumer == "finance" and all(c.passed for c in t.checks)


def test_make_plan_grounds_tasks_of_any_generator():
    """pipeline.make_plan runs ground_plan_tasks after whatever generator it is given."""
    from planner.pipeline import make_plan

    class Fixed:
        def generate(self, frame, today):
            return strong_plan(tasks=[MODEL_TASK])

    from planner.providers.base import ProviderConfig

    plan = make_plan("Agents write poor escalation notes.", config=ProviderConfig(name="offline", model="rules-v1"), frame=FRAME, generator=Fixed())
    assert [c.name for c in plan.tasks[0].checks] == list(CHECK_NAMES)


def test_plan_asks_each_kind_of_question_once():
    nobody = ProblemFrame(text="Warehouse pickers mis-pick about 3% of order lines.", audience_role="warehouse picker")
    plan = strong_plan(tasks=[{**MODEL_TASK, "consumer": None, "original": "Pick orders"},
                              {**MODEL_TASK, "consumer": None, "original": "Pack orders"}], open_questions=[])
    out = ground_plan_tasks(plan, nobody)
    who = [q for q in out.open_questions if q.startswith("Who uses")]
    assert who == ["Who uses the output of 'Pick orders'; 'Pack orders' downstream, and what do they need it for? "
                   "The problem does not say, so no consumer or outcome was assumed."]
    already = strong_plan(tasks=plan.tasks, open_questions=["Who uses that output next, and what do they need from it?"])
    assert [q for q in ground_plan_tasks(already, nobody).open_questions if "who uses" in q.lower()] == already.open_questions
