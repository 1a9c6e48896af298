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


def test_default_output_is_the_plan_only_and_annotate_adds_the_review():
    from planner.models import GroundingCheck

    plan = strong_plan(current_gap="lack of skills")
    plan.tasks.append(__import__("planner.models", fromlist=["GroundedTask"]).GroundedTask(
        original="Write escalation notes", rewritten="Write escalation notes for finance.", action="write",
        object="escalation notes", workflow="billing escalations", consumer="finance", outcome=None,
        checks=[GroundingCheck(name="names_outcome", passed=False, reason="no outcome: say what finance needs the notes for")]))
    for fmt in ("md", "html"):
        out = render(plan, fmt)
        assert "Weak" not in out and "score" not in out and "checks:" not in out and "concreteness" not in out
        assert "no outcome" not in out and "Review notes" not in out
        full = __import__("html").unescape(render(plan, fmt, annotate=True))
        assert "Review notes (for the plan's author; not part of the plan)" in full
        assert "No outcome: say what finance needs the notes for." in full
        assert "Current gap" in full.split("Review notes")[1]


def test_proposals_assumptions_and_review_date_are_marked():
    data = strong_plan_data(assumptions=["Finance reads the notes in the ticketing system"])
    data["success_signal"] = {**data["success_signal"], "target_is_proposal": True}
    md = render(Plan.model_validate(data, context={"today": TODAY}), "md")
    assert "target (proposed, to confirm): under 10%" in md
    assert "2026-03-02 (proposed)" in md
    assert "## Assumptions to confirm\n\n- Finance reads the notes in the ticketing system" in md


def test_headings_follow_the_plan_language_and_type():
    md = render(strong_plan(language="de", intervention_type="reskilling"), "md")
    assert md.startswith("# Umschulungsplan: ") and "## Lernziel" in md and "## Skill goal" not in md
    assert render(strong_plan(intervention_type="onboarding"), "html").count("Onboarding plan: ") == 2


def test_html_escapes_hostile_text_in_every_place_it_lands():
    """The page is a jinja2 template with autoescape: markup and quotes from a plan's text stay text (issue 10)."""
    from planner.models import GroundedTask

    evil = "x' onmouseover='alert(1)\" <script>alert(2)</script> & <img src=x onerror=alert(3)>"
    data = strong_plan_data(skill_goal="Write escalation notes " + evil, current_gap="Notes omit facts " + evil,
                            common_mistakes=["Pasting " + evil])
    data["audience"] = {**data["audience"], "team": "billing " + evil}
    plan = Plan.model_validate(data, context={"today": TODAY})
    plan.tasks.append(GroundedTask(original="Write notes", rewritten="Write notes " + evil, action="write", object="notes",
                                   workflow="billing", consumer="finance " + evil, outcome=None, checks=[]))
    for annotate in (False, True):
        html = render(plan, "html", annotate=annotate)
        assert "<script" not in html and "<img" not in html and "onmouseover='" not in html
        assert "&lt;script&gt;alert(2)&lt;/script&gt;" in html and "&amp; &lt;img" in html
        assert "x&#39; onmouseover=&#39;alert(1)&#34;" in html
        assert html.count("&lt;script&gt;") >= 5  # title, heading, current gap, task, consumer, mistakes, audience
