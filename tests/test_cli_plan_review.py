"""`upskill plan --annotate` and `--no-hints` (issue 15): the default plan carries no checker text."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planner.cli.app import app

runner = CliRunner()
EXAMPLE = "examples/support-escalation-notes.txt"
ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared" / "llm-answers"


def test_default_plan_has_no_review_section_and_annotate_adds_it():
    plain = runner.invoke(app, ["plan", "--file", EXAMPLE, "--today", "2026-01-05"])
    assert plain.exit_code == 0 and "Review notes" not in plain.stdout and "checks:" not in plain.stdout
    full = runner.invoke(app, ["plan", "--file", EXAMPLE, "--today", "2026-01-05", "--annotate"])
    assert full.exit_code == 0 and "## Review notes (for the plan's author; not part of the plan)" in full.stdout
    html = runner.invoke(app, ["plan", "--file", EXAMPLE, "--today", "2026-01-05", "--annotate", "--format", "html"])
    assert html.exit_code == 0 and "class='review'" in html.stdout
    js = runner.invoke(app, ["plan", "--file", EXAMPLE, "--today", "2026-01-05", "--format", "json"])
    d = json.loads(js.stdout)
    assert "review_notes" in d and all("checks" in t for t in d["tasks"])


@pytest.mark.skipif(not (SHARED / "problems.jsonl").is_file(), reason="../shared/llm-answers is not here")
def test_no_hints_sends_the_problem_alone(monkeypatch):
    from tests import openai_stub
    from tests.openai_stub import ReplayServer, load_problem_answers

    seen = []
    real = openai_stub._problem_of

    def spy(req):
        seen.append(req["messages"][1]["content"])
        return real(req)

    monkeypatch.setattr(openai_stub, "_problem_of", spy)
    monkeypatch.delenv("UPSKILL_HINTS", raising=False)
    a = [x for x in load_problem_answers(SHARED) if x.id == "c01"]
    with ReplayServer(a) as srv:
        base = ["plan", a[0].text, "--provider", "openai", "--base-url", srv.url, "--model", "replay", "--today", "2026-12-01"]
        r1 = runner.invoke(app, base)
        r2 = runner.invoke(app, base + ["--no-hints"])
    assert r1.exit_code == 0 and r2.exit_code == 0, (r1.stdout, r2.stdout)
    assert '"fact":"number"' in seen[0] and "(none sent)" in seen[1] and '"fact"' not in seen[1]
