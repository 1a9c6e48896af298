"""Grouping: team x role by default, --group-by, small groups merged into their team or skipped, stable keys."""

import pytest

from planner.errors import InputError
from planner.survey import SurveyOptions, load_survey
from planner.survey.groups import group_rows, slug


def _rows(spec):
    """[(team, role, count)] -> numbered rows."""
    out, n = [], 1
    for team, role, count in spec:
        for _ in range(count):
            n += 1
            out.append((n, {"Team": team, "Role": role}))
    return out


def test_small_groups_pool_into_other_roles_of_their_team():
    rows = _rows([("Ops", "Planner", 4), ("Ops", "Driver", 2), ("Ops", "Clerk", 1), ("HR", "Advisor", 2)])
    groups, notices = group_rows(rows, ["Team", "Role"], team_col="Team", role_col="Role", min_group=3)
    assert [(g.key, g.label, g.team, g.role, len(g.members)) for g in groups] == [
        ("ops--other-roles", "Ops / other roles", "Ops", None, 3), ("ops--planner", "Ops / Planner", "Ops", "Planner", 4)]
    assert notices == ["merged 2 group(s) under --min-group 3 of 'Ops' into 'Ops / other roles' (3 people)",
                       "skipped 2 respondent(s) of 'HR' in groups under --min-group 3 so no one can be singled out"]


def test_every_respondent_is_in_at_most_one_group_of_at_least_min_group():
    rows = _rows([(f"T{t}", f"R{r}", (t * 3 + r) % 5 + 1) for t in range(6) for r in range(4)])
    for min_group in (1, 2, 3, 5):
        groups, _ = group_rows(rows, ["Team", "Role"], team_col="Team", role_col="Role", min_group=min_group)
        lines = [n for g in groups for n, _ in g.members]
        assert len(lines) == len(set(lines))
        assert all(len(g.members) >= min_group for g in groups)
        assert len({g.key for g in groups}) == len(groups)


def test_keys_are_filesystem_safe_stable_and_unique():
    assert slug("Billing & Claims", "Support Agent (L2)") == "billing-claims--support-agent-l2"
    assert slug("../../etc", None) == "etc--all"
    rows = _rows([("Billing", "Agent", 3), ("billing", "agent", 3), ("  ", "Agent", 3)])
    groups, _ = group_rows(rows, ["Team", "Role"], team_col="Team", role_col="Role", min_group=3)
    assert sorted(g.key for g in groups) == ["billing--agent", "billing--agent-2", "not-given--agent"]


def test_blank_values_and_single_column_grouping():
    rows = _rows([("A", "x", 3), ("B", "y", 2)])
    groups, notices = group_rows(rows, ["Team"], team_col="Team", role_col="Role", min_group=3)
    assert [g.key for g in groups] == ["a"] and groups[0].role is None
    assert notices == ["skipped a group of 2 (under --min-group 3) so no one can be singled out"]


def test_min_group_on_the_fixture():
    r = load_survey("tests/fixtures/survey/clean.csv", SurveyOptions(min_group=5))
    assert [(g.key, g.respondents) for g in r.groups] == [("billing--support-agent", 5), ("sales--all-roles", 5)]
    assert "merged 2 group(s)" in r.notices[0]
    assert "The 5 people in the Sales team" in r.groups[1].problem_text
    with pytest.raises(InputError, match="no group has at least 20 respondents"):
        load_survey("tests/fixtures/survey/clean.csv", SurveyOptions(min_group=20))


def test_input_hash_follows_the_problem_text():
    a = load_survey("tests/fixtures/survey/clean.csv").groups
    b = load_survey("tests/fixtures/survey/semicolon_cp1252.csv").groups
    assert [g.input_hash for g in a] == [g.input_hash for g in b]
    c = load_survey("tests/fixtures/survey/clean.csv", SurveyOptions(threshold=2)).groups
    assert a[0].input_hash != c[0].input_hash


def _personal_export(tmp_path):
    import csv

    path = tmp_path / "s.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Team", "Role", "Line manager", "Work email", "Staff ID", "Rate: CRM automation (1-5)", "What slows you down?"])
        for k in range(4):
            w.writerow(["Billing", "Agent", "Marta Kowalski", f"p{k}@example.com", f"EMP-0041{k}", 2, "The CRM macros are confusing"])
    return path


@pytest.mark.parametrize("flag,column", [("team_col", "Line manager"), ("role_col", "Line manager"), ("team_col", "work email"),
                                         ("role_col", "Staff ID")])
def test_team_or_role_flag_naming_a_personal_column_is_refused(tmp_path, flag, column):
    """--team-col / --role-col cannot make a column the tool labels personal into a group name (as --group-by)."""
    with pytest.raises(InputError) as e:
        load_survey(_personal_export(tmp_path), SurveyOptions(**{flag: column}))
    msg = str(e.value)
    assert f"--{flag.replace('_', '-')} '" in msg and "is a personal column" in msg and "\n" not in msg
    assert "Kowalski" not in msg and "EMP-" not in msg


def test_a_saved_mapping_grouping_by_a_personal_column_is_refused(tmp_path):
    from planner.survey.columns import ColumnMapping

    mapping = tmp_path / "m.json"
    ColumnMapping(team="Line manager", role="Role", text=["What slows you down?"]).save(str(mapping))
    with pytest.raises(InputError, match=r"team column of the saved mapping .* 'Line manager' is a personal column"):
        load_survey(_personal_export(tmp_path), SurveyOptions(mapping_file=str(mapping)))


def test_team_col_cli_refusal_is_one_line_exit_2(tmp_path):
    from typer.testing import CliRunner

    from planner.cli.app import app

    out = tmp_path / "o"
    r = CliRunner().invoke(app, ["batch", str(_personal_export(tmp_path)), "--out", str(out), "--team-col", "Line manager"])
    assert r.exit_code == 2, r.output
    assert "--team-col 'Line manager' is a personal column" in r.output and "Traceback" not in r.output
    assert "Kowalski" not in r.output and not out.exists()
