"""Survey exports: formats, column detection and overrides, grouping, redaction, protected remarks, bad rows."""

import json
import re

import pytest

from planner.errors import InputError
from planner.survey import SurveyOptions, load_survey
from planner.survey.redact import redact

F = "tests/fixtures/survey/"
PII = [r"@example\.com", r"7946", r"123-4567", r"Anna", r"Schmidt", r"Okafor", r"Chloé", r"\bR0\d\b", r"Ivy"]


def _all_text(result) -> str:
    return json.dumps(result.model_dump(mode="json"), ensure_ascii=False)


@pytest.mark.parametrize("name", ["clean.csv", "semicolon_bom.csv", "semicolon_cp1252.csv", "utf16_tab.csv", "survey.jsonl"])
def test_every_format_reads_to_the_same_groups(name):
    r = load_survey(F + name)
    assert r.rows_read == 10
    assert [g.key for g in r.groups] == ["billing--support-agent", "sales--account-executive"]
    assert [g.respondents for g in r.groups] == [5, 4]
    assert r.mapping.team == "Team" and r.mapping.role == "Role" and r.mapping.email == "Email"
    assert r.mapping.ratings == {"Rate: CRM automation (1-5)": "CRM automation", "Rate: Escalation writing (1-5)": "Escalation writing"}
    assert r.mapping.targets == {"CRM automation": "Target: CRM automation"}


def test_xlsx_first_sheet_or_named_sheet():
    with pytest.raises(InputError, match="no readable rows.*--sheet"):
        load_survey(F + "survey.xlsx")  # the first sheet is a readme
    r = load_survey(F + "survey.xlsx", SurveyOptions(sheet="Responses"))
    assert len(r.groups) == 2
    with pytest.raises(InputError, match="sheet 'Nope' not found; the workbook has: Readme, Responses"):
        load_survey(F + "survey.xlsx", SurveyOptions(sheet="Nope"))


def test_no_personal_data_leaves_load_survey():
    r = load_survey(F + "clean.csv")
    text = _all_text(r)
    for p in PII:
        assert not re.search(p, text), p
    assert r.redactions >= 3


def test_no_redact_keeps_personal_data():
    r = load_survey(F + "clean.csv", SurveyOptions(redact=False))
    assert "7946" in _all_text(r)


def test_protected_remarks_are_dropped_and_counted():
    r = load_survey(F + "clean.csv")
    assert r.dropped_protected == 1
    assert "pregnant" not in _all_text(r).lower()


def test_injection_is_counted_and_never_sent():
    # an answer that reads like an instruction to an AI is withheld: counted, never quoted, themed or sent
    r = load_survey(F + "clean.csv")
    sales = next(g for g in r.groups if g.key.startswith("sales"))
    assert r.instruction_like == 1
    assert "ignore previous" not in sales.problem_text.lower()
    assert all("poem" not in t.theme for t in sales.analysis.themes)
    from planner.pipeline import make_plan

    plan = make_plan(sales.problem_text)
    assert "poem" not in plan.model_dump_json().lower() and "instructions" not in plan.skill_goal.lower()


def test_gap_ranking_and_themes():
    r = load_survey(F + "clean.csv")
    billing = r.groups[0].analysis
    assert billing.ranked_gaps[0] == "CRM automation"  # target 4, mean 2
    crm = billing.skills[0]
    assert crm.mean == 2.0 and crm.target == 4.0 and crm.below == 4 and crm.answered == 5
    assert any(t.theme == "CRM" and t.count >= 3 for t in billing.themes)
    sales = r.groups[1].analysis
    assert sales.ranked_gaps[0] == "Escalation writing"


def test_small_groups_are_merged_or_skipped():
    r = load_survey(F + "clean.csv")
    assert any("Sales" in n and "skipped" in n for n in r.notices)  # the single team lead
    r = load_survey(F + "clean.csv", SurveyOptions(min_group=5))
    assert [g.key for g in r.groups] == ["billing--support-agent", "sales--all-roles"]
    assert r.groups[1].respondents == 5
    with pytest.raises(InputError, match="no group has at least 20"):
        load_survey(F + "clean.csv", SurveyOptions(min_group=20))


def test_group_by_team_only():
    r = load_survey(F + "clean.csv", SurveyOptions(group_by=["Team"]))
    assert [g.key for g in r.groups] == ["billing", "sales"]


def test_broken_rows_are_reported_with_line_numbers():
    r = load_survey(F + "broken.csv")
    lines = {b.line: b.reason for b in r.bad_rows}
    assert 4 in lines and "4 values" in lines[4]
    assert any("not a number" in reason for reason in lines.values())
    assert sum(g.respondents for g in r.groups) == 8


def test_overrides_and_clear_errors(tmp_path):
    with pytest.raises(InputError, match="--team-col 'Dept' is not a column; the columns are: Respondent ID"):
        load_survey(F + "clean.csv", SurveyOptions(team_col="Dept"))
    r = load_survey(F + "clean.csv", SurveyOptions(rating_cols=r"^Rate: CRM"))
    assert list(r.mapping.ratings) == ["Rate: CRM automation (1-5)"]
    (tmp_path / "empty.csv").write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="empty"):
        load_survey(tmp_path / "empty.csv")
    with pytest.raises(InputError, match="file not found"):
        load_survey(tmp_path / "none.csv")
    (tmp_path / "nohead.csv").write_text("a,b\n1,2\n3,4\n", encoding="utf-8")
    with pytest.raises(InputError, match="--team-col and/or --role-col"):
        load_survey(tmp_path / "nohead.csv")


def test_mapping_saves_and_reloads(tmp_path):
    r = load_survey(F + "clean.csv")
    path = tmp_path / "m.json"
    r.mapping.save(str(path))
    again = load_survey(F + "semicolon_bom.csv", SurveyOptions(mapping_file=str(path)))
    assert again.mapping == r.mapping and [g.key for g in again.groups] == [g.key for g in r.groups]


def test_problem_text_feeds_the_extractor():
    from planner.extract import extract

    g = load_survey(F + "clean.csv").groups[0]
    f = extract(g.problem_text)
    assert f.audience_role == "support agent" and f.headcount == 5 and f.audience_team == "Billing team"


def test_redact_rules():
    text, n = redact("Mail anna@x.org or call +1 (555) 123-4567; Will will ask Anna Schmidt. Order 12345 is 40% done.", ["Anna Schmidt"])
    assert "anna@x.org" not in text and "123-4567" not in text and "Schmidt" not in text
    assert "will ask" in text and "12345" in text and "40%" in text
    assert n == 4  # e-mail, phone, and the two parts of the name


def test_redact_phone_formats_and_what_is_not_a_phone():
    phones = ["07700 900123", "07700900123", "+4915112345678", "+44 20 7946 0958", "0171 555 0199", "555-123-4567", "030 1234567"]
    for p in phones:
        text, n = redact(f"ring me on {p} please")
        assert text == "ring me on [phone] please" and n == 1, p
    kept = ["on 2026-11-22 we met", "12.03.2024", "costs 1000000 dollars", "ticket 1234567", "30 000 EUR", "scored 3.5 of 5", "10-20 cases"]
    for k in kept:
        assert redact(k) == (k, 0), k


@pytest.mark.parametrize("name,role,headcount,team", [("pii.csv", "analyst", 5, "Finance team"), ("matrix.csv", "picker", 4, "Warehouse team"),
                                                      ("protected.csv", "planner", 5, "Ops team")])
def test_every_problem_text_gives_the_extractor_role_headcount_and_team(name, role, headcount, team):
    from planner.extract import extract

    g = load_survey(F + name).groups[0]
    f = extract(g.problem_text)
    assert (f.audience_role, f.headcount, f.audience_team) == (role, headcount, team)
    top = g.analysis.skills[0]
    assert f"rate themselves lowest on {top.skill}" in g.problem_text and f"{top.below} of {top.answered}" in g.problem_text
