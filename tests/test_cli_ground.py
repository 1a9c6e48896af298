"""`upskill ground`: input forms, formats, exit codes and clear errors (offline provider)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from planner.cli.app import app

SKILL = "Complete and submit the customer information"
CONTEXT = "Sales support coordinators prepare customer records before sales reps call prospects."
ITEM_KEYS = {"original", "rewritten", "action", "object", "workflow", "trigger", "consumer", "outcome", "checks", "open_questions", "passed"}


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run(runner, args, input=None):
    return runner.invoke(app, ["ground", *args], input=input)


def test_done_when_command(runner):
    r = run(runner, [SKILL, "--context", CONTEXT])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    [item] = data["items"]
    assert set(item) == ITEM_KEYS
    assert item["consumer"] == "sales rep"
    assert "sales rep" in item["rewritten"] and item["outcome"] in item["rewritten"]
    assert all(c["passed"] for c in item["checks"]) and item["passed"] is True
    assert data["meta"] == {"provider": "offline", "model": "rules-v1"}


def test_markdown_format_shows_the_rewrite_with_its_parts(runner):
    r = run(runner, [SKILL, "--context", CONTEXT, "--format", "md"])
    assert r.exit_code == 0
    out = r.stdout
    assert out.startswith("# Workflow-grounded tasks")
    assert "**Support the sales rep by completing and submitting the customer information" in out
    for part in ("- **Action:** complete and submit", "- **Object:** the customer information", "- **Consumer:** sales rep", "- **Outcome:** the rep has"):
        assert part in out
    assert "Checks: 6/6 pass" in out


def test_several_skills_as_arguments_keep_their_order(runner):
    r = run(runner, [SKILL, "Call prospects", "--context", CONTEXT])
    items = json.loads(r.stdout)["items"]
    assert [i["original"] for i in items] == [SKILL, "Call prospects"]


def test_no_consumer_exits_1_with_the_output_and_an_open_question(runner):
    r = run(runner, ["Pick and pack orders", "--context", "Warehouse pickers mis-pick about 3% of items."])
    assert r.exit_code == 1
    item = json.loads(r.stdout)["items"][0]
    assert item["consumer"] is None and item["passed"] is False
    assert any("downstream" in q for q in item["open_questions"])
    assert "fail a grounding check" in r.stderr


def test_file_one_per_line_skips_blank_lines(runner, tmp_path):
    f = tmp_path / "skills.txt"
    f.write_text(f"{SKILL}\n\nLabel outbound pallets\n", encoding="utf-8")
    r = run(runner, ["--file", str(f), "--context", CONTEXT])
    items = json.loads(r.stdout)["items"]
    assert [i["original"] for i in items] == [SKILL, "Label outbound pallets"]
    assert "skipped 1 empty line" in r.stderr


def test_csv_column(runner, tmp_path):
    f = tmp_path / "skills.csv"
    f.write_text(f'id,Skill,owner\n1,"{SKILL}",ann\n2,"Write release notes, for each deployment",bo\n', encoding="utf-8")
    r = run(runner, ["--file", str(f), "--column", "skill", "--context", CONTEXT])
    items = json.loads(r.stdout)["items"]
    assert [i["original"] for i in items] == [SKILL, "Write release notes, for each deployment"]


def test_csv_without_the_column_is_a_clear_error(runner, tmp_path):
    f = tmp_path / "skills.csv"
    f.write_text("id,task\n1,Label pallets\n", encoding="utf-8")
    r = run(runner, ["--file", str(f), "--column", "skill"])
    assert r.exit_code == 2
    assert "has no column 'skill' (columns: id, task)" in r.stderr
    r = run(runner, ["--file", str(f)])
    assert r.exit_code == 2 and "--column" in r.stderr


def test_stdin(runner):
    r = run(runner, ["--context", CONTEXT], input=f"{SKILL}\nLabel outbound pallets\n")
    assert [i["original"] for i in json.loads(r.stdout)["items"]] == [SKILL, "Label outbound pallets"]


def test_context_file(runner, tmp_path):
    f = tmp_path / "ctx.txt"
    f.write_text(CONTEXT, encoding="utf-8")
    r = run(runner, [SKILL, "--context-file", str(f)])
    assert r.exit_code == 0 and json.loads(r.stdout)["items"][0]["consumer"] == "sales rep"


@pytest.mark.parametrize(
    "args,message",
    [
        (["", "--context", CONTEXT], "skill 1 is empty"),
        (["   "], "skill 1 is empty"),
        ([SKILL, "--context-file", "/no/such/context.txt"], "file not found: /no/such/context.txt"),
        ([SKILL, "--context", "   "], "the context is empty"),
        ([SKILL, "--context", CONTEXT, "--context-file", "x.txt"], "not both"),
        ([SKILL, "--format", "html"], "not one of json, md"),
        (["--file", "/no/such/skills.txt"], "file not found"),
        ([SKILL, "--column", "skill"], "--column needs --file"),
        ([SKILL, "--provider", "nonsense"], "nonsense"),
    ],
)
def test_bad_input_exits_2_with_a_clear_message(runner, args, message):
    r = run(runner, args)
    assert r.exit_code == 2, r.output
    assert message in r.stderr
    assert "Traceback" not in r.output


def test_file_with_only_blank_lines(runner, tmp_path):
    f = tmp_path / "empty.txt"
    f.write_text("\n  \n", encoding="utf-8")
    r = run(runner, ["--file", str(f)])
    assert r.exit_code == 2 and "every line or cell is empty" in r.stderr


def test_no_context_warns_and_asks(runner):
    r = run(runner, [SKILL])
    assert r.exit_code == 1
    assert "no --context given" in r.stderr
    assert json.loads(r.stdout)["items"][0]["consumer"] is None


def test_out_file(runner, tmp_path):
    out = tmp_path / "g.json"
    r = run(runner, [SKILL, "--context", CONTEXT, "--out", str(out)])
    assert r.exit_code == 0 and r.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["items"][0]["consumer"] == "sales rep"


def test_help_lists_the_command_and_its_options(runner):
    r = runner.invoke(app, ["ground", "--help"])
    assert r.exit_code == 0
    for opt in ("--file", "--column", "--context", "--context-file", "--provider", "--model", "--base-url", "--format"):
        assert opt in r.stdout


def test_provider_failure_part_way_keeps_the_grounded_tasks_and_exits_3(runner, monkeypatch):
    """The CLI's own handling: the second skill's provider call fails (ground_llm replaced for the test)."""
    from planner.errors import ProviderError
    from planner.backends import llm_grounding as llm
    from planner.grounding.offline import ground_offline

    calls = []

    def fake_ground_llm(skill, frame, provider, **kw):
        calls.append(skill)
        if len(calls) == 2:
            raise ProviderError("openai model smollm2 failed after 3 request(s): HTTP 500")
        return ground_offline(skill, frame)

    monkeypatch.setattr(llm, "ground_llm", fake_ground_llm)
    r = run(runner, [SKILL, "Label outbound pallets", "Call prospects", "--context", CONTEXT,
                     "--provider", "openai", "--base-url", "http://127.0.0.1:9/v1"])
    assert r.exit_code == 3
    data = json.loads(r.stdout)
    assert [i["original"] for i in data["items"]] == [SKILL]
    assert data["failed"] == {"original": "Label outbound pallets", "error": "openai model smollm2 failed after 3 request(s): HTTP 500",
                              "not_attempted": ["Call prospects"]}
    assert "error: openai model smollm2 failed" in r.stderr
    assert calls == [SKILL, "Label outbound pallets"]  # stops at the first provider failure


def test_over_long_skill_is_refused(runner):
    r = run(runner, ["Write " + "notes " * 100, "--context", CONTEXT])
    assert r.exit_code == 2 and "the limit is 400" in r.stderr
