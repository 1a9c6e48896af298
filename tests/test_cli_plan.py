"""`upskill plan` as a user runs it: the README's first command, formats, input errors."""

import json
import subprocess
import sys

from typer.testing import CliRunner

from planner.cli.app import app
from planner.models import Plan
import datetime as dt

runner = CliRunner()
EXAMPLE = "examples/support-escalation-notes.txt"


def test_readme_command_prints_a_complete_plan_offline():
    # the real console script in a fresh process, as the README runs it
    r = subprocess.run([sys.executable, "-m", "planner.cli.app", "plan", "--file", EXAMPLE], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert "provider offline" in r.stderr
    for title in ("Skill goal", "Audience", "Success signal", "Review date", "Workflow-grounded tasks"):
        assert f"## {title}" in r.stdout


def test_json_validates_against_the_model():
    r = runner.invoke(app, ["plan", "--file", EXAMPLE, "--today", "2026-01-05", "--format", "json"])
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    plan = Plan.model_validate(data, context={"today": dt.date(2026, 1, 5)})
    # the example says "before the end of the quarter": the review falls on that deadline (issue 12), not today + 8 weeks
    assert plan.review_date == dt.date(2026, 3, 31)
    assert data["meta"]["provider"] == "offline" and data["meta"]["prompt_version"] == "offline-rules-1"
    assert data["meta"]["usage"]["total_tokens"] == 0 and data["meta"]["estimated_cost_usd"] == 0


def test_text_argument_stdin_html_and_out(tmp_path):
    r = runner.invoke(app, ["plan", "Our 5 dispatchers enter delivery addresses wrong in about 10% of orders."])
    assert r.exit_code == 0 and "## Skill goal" in r.stdout
    r = runner.invoke(app, ["plan", "--format", "html"], input="Our 5 dispatchers enter addresses wrong in 10% of orders.")
    assert r.exit_code == 0 and r.stdout.startswith("<!doctype html>")
    out = tmp_path / "plan.md"
    r = runner.invoke(app, ["plan", "--file", EXAMPLE, "--out", str(out)])
    assert r.exit_code == 0 and out.read_text(encoding="utf-8").startswith("# Upskilling plan")


def test_a_german_problem_gets_a_german_discovery_plan_not_an_error():
    # issue 12 (fault G): offline used to exit 2 on German text; a refusal gave the manager nothing
    r = runner.invoke(app, ["plan", "Unsere 10 Servicemitarbeiter schreiben unklare Notizen und die Buchhaltung muss bei 12 von 40 Fällen nachfragen."])
    assert r.exit_code == 0, r.output
    assert "Weiterbildungsplan" in r.output and "12 von 40" in r.output
    # the note that the rules read English best goes to the plan's author (review section), not into the plan
    r = runner.invoke(app, ["plan", "--annotate", "Unsere 10 Servicemitarbeiter schreiben unklare Notizen und die Buchhaltung muss bei 12 von 40 Fällen nachfragen."])
    assert r.exit_code == 0 and "Englisch am besten" in r.output


def test_input_errors_are_clear_and_exit_2(tmp_path):
    cases = [
        (["plan", ""], "empty"),
        (["plan", "--file", str(tmp_path / "nope.txt")], "file not found"),
        (["plan", "x" * 20_001], "limit is 20,000"),
        (["plan", "--today", "05/01/2026", "agents write notes"], "not a date"),
        (["plan", "--format", "pdf", "agents write notes"], "not one of md, json, html"),
        (["plan", "--provider", "gemini", "agents write notes"], "unknown provider"),
    ]
    for args, msg in cases:
        r = runner.invoke(app, args)
        assert r.exit_code == 2, (args, r.output)
        assert msg in r.output and "Traceback" not in r.output


def test_missing_key_for_a_hosted_provider_is_a_clear_error():
    r = runner.invoke(app, ["plan", "--provider", "openai", "agents write notes for finance"])
    assert r.exit_code == 2 and "OPENAI_API_KEY" in r.output


def test_a_file_name_given_as_the_problem_gets_a_hint_to_use_file():
    r = runner.invoke(app, ["plan", EXAMPLE])
    assert r.exit_code == 2
    assert f"use --file {EXAMPLE}" in r.output and "Traceback" not in r.output
    # a problem text that merely mentions a file is still planned
    r = runner.invoke(app, ["plan", f"Our 5 clerks keep misfiling {EXAMPLE} and similar notes in about 10% of cases."])
    assert r.exit_code == 0, r.output


def test_a_long_one_line_problem_is_planned_not_taken_for_a_file_name():
    # 300-1000 characters with no slash: one path component over the filesystem's 255-byte limit; asking whether it
    # is a file raised OSError "File name too long" and the CLI crashed with an internal error (exit 70)
    text = "Our 12 support agents write vague escalation notes and finance keeps asking for the invoice number. " * 4
    r = runner.invoke(app, ["plan", "--format", "json", text.strip()])
    assert r.exit_code == 0, r.output
    assert "internal error" not in r.output and '"skill_goal"' in r.output
