"""Renderers: one view, three formats; user and model text never becomes markup."""

import json

from planner.models import Plan
from planner.render import render
from tests.factories import TODAY, strong_plan, strong_plan_data

HOSTILE = "Write escalation notes for billing disputes <script>alert(1)</script> in the CRM"


def test_markdown_has_every_domain_field_and_meta():
    md = render(strong_plan(), "md")
    for title in ("Skill goal", "Audience", "Current gap", "Work impact", "Performance standard", "Training assets",
                  "Practice activity", "Feedback owner", "Success signal", "Review date"):
        assert f"## {title}" in md
    assert "2026-03-02" in md and "billing team lead" in md and "about 40%" in md
    assert "provider test" in md and "prompt none" in md


def test_json_round_trips_into_the_model():
    plan = strong_plan()
    data = json.loads(render(plan, "json"))
    assert data["meta"]["usage"]["total_tokens"] == 0
    again = Plan.model_validate(data, context={"today": TODAY})
    assert again.skill_goal == plan.skill_goal


def test_html_escapes_model_text():
    plan = strong_plan(skill_goal=HOSTILE)
    html = render(plan, "html")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_markdown_neutralises_raw_html():
    md = render(strong_plan(skill_goal=HOSTILE), "md")
    assert "<script>" not in md


def test_unknown_baseline_says_how_to_measure():
    data = strong_plan_data()
    data["success_signal"] = {**data["success_signal"], "baseline": None, "target": "half the measured baseline",
                              "baseline_method": "sample 30 notes from last month"}
    md = render(Plan.model_validate(data, context={"today": TODAY}), "md")
    assert "not known yet: sample 30 notes from last month" in md
