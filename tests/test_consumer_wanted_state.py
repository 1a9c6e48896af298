"""The reader's clause that names the state the work should reach ("in a way finance can act on") is the task's
outcome as written, positive, with its preposition's object; turning it gave "so the finance can not act on" in the
README's own example."""

from pathlib import Path
import datetime as dt

from planner.extract.consequence import consumer_outcome
from planner.pipeline import make_plan

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "support-escalation-notes.txt"


def test_wanted_state_clause_stays_positive():
    text = "They just don't write the notes in a way finance can act on."
    assert consumer_outcome(text, ["finance"]) == "finance can act on them"
    assert consumer_outcome("The fitters skip the photos, so that the planners can rebook the visit.", ["planners"]) == \
        "the planners can rebook the visit"


def test_readme_example_task_outcome():
    plan = make_plan(EXAMPLE.read_text(encoding="utf-8"), today=dt.date(2026, 12, 2))
    task = plan.tasks[0]
    assert task.outcome == "finance can act on them"
    assert "can not" not in task.rewritten and not task.rewritten.rstrip(".").endswith(" on")


def test_a_verb_after_the_share_is_no_counted_noun():
    """README's nurse example: "1 in 5 misses the pending actions" counts handover notes, not "misses"."""
    plan = make_plan("Our 8 night nurses write handover notes the day nurses rely on; 1 in 5 misses the pending actions.",
                     today=dt.date(2026, 12, 2))
    assert plan.success_signal.metric.startswith("share of handover notes")
    assert "misses that" not in plan.success_signal.metric
