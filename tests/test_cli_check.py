"""`upskill check` as a user runs it: formats, files, stdin, exit codes."""

import json

from typer.testing import CliRunner

from planner.cli.app import app
from tests.factories import strong_plan
from planner.plan_json import plan_json

runner = CliRunner()


def test_done_when_table():
    r = runner.invoke(app, ["check", "Improve customer communication", "Write clear escalation notes for billing disputes"])
    assert r.exit_code == 0
    assert "vague" in r.stdout and "concrete" in r.stdout and "observable verb" in r.stdout


def test_json_contract_in_input_order():
    r = runner.invoke(app, ["check", "--format", "json", "Log returns", "Log every return in the WMS within 1 hour"])
    assert r.exit_code == 0
    items = json.loads(r.stdout)["items"]
    assert [i["text"] for i in items] == ["Log returns", "Log every return in the WMS within 1 hour"]
    for i in items:
        assert set(i) >= {"text", "score", "verdict", "components", "fixes"}
        assert set(i["components"]["criterion"]) == {"score", "evidence", "reason"}
    assert items[1]["score"] > items[0]["score"]


def test_file_one_per_line_and_stdin(tmp_path):
    f = tmp_path / "s.txt"
    f.write_text("Improve communication\n\nWrite escalation notes for billing disputes\n", encoding="utf-8")
    r = runner.invoke(app, ["check", "--file", str(f), "--format", "json"])
    assert r.exit_code == 0 and len(json.loads(r.stdout)["items"]) == 2
    r = runner.invoke(app, ["check", "--file", "-", "--format", "json"], input="Know the policy\n")
    assert r.exit_code == 0 and json.loads(r.stdout)["items"][0]["verdict"] == "vague"


def test_plan_json_file_is_scored_field_by_field(tmp_path):
    f = tmp_path / "plan.json"
    f.write_text(plan_json(strong_plan()), encoding="utf-8")
    r = runner.invoke(app, ["check", "--file", str(f), "--format", "json"])
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    assert [i["field"] for i in data["items"]][:2] == ["skill_goal", "audience"]
    assert data["plan"]["weak_fields"] == []


def test_fail_under_exits_1():
    r = runner.invoke(app, ["check", "--fail-under", "0.6", "Improve communication"])
    assert r.exit_code == 1
    r = runner.invoke(app, ["check", "--fail-under", "0.6", "Write escalation notes for billing disputes"])
    assert r.exit_code == 0


def test_bad_input_gives_clear_errors(tmp_path):
    assert runner.invoke(app, ["check", ""]).exit_code == 2
    r = runner.invoke(app, ["check", "--file", str(tmp_path / "missing.txt")])
    assert r.exit_code == 2 and "file not found" in r.output
    b = tmp_path / "bin.dat"
    b.write_bytes(b"\x00\x01\x02binary")
    r = runner.invoke(app, ["check", "--file", str(b)])
    assert r.exit_code == 2 and "not a text file" in r.output
    j = tmp_path / "bad.json"
    j.write_text("{not json", encoding="utf-8")
    r = runner.invoke(app, ["check", "--file", str(j)])
    assert r.exit_code == 2 and "not valid JSON" in r.output
    r = runner.invoke(app, ["check", "--format", "xml", "Write notes"])
    assert r.exit_code == 2 and "Traceback" not in r.output
