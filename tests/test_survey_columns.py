"""Column roles: detection from headers and values, overrides, --rating-cols, saved mappings, rating values."""

import json

import pytest

from planner.errors import InputError
from planner.survey import SurveyOptions, load_survey
from planner.survey.columns import ColumnMapping, clean_skill, detect, parse_rating

F = "tests/fixtures/survey/"


def test_skills_matrix_current_and_required_pairs():
    r = load_survey(F + "matrix.csv")
    m = r.mapping
    assert m.ratings == {"Current - Root cause analysis": "Root cause analysis", "Current - Shift handover": "Shift handover",
                         "Forklift safety": "Forklift safety"}  # an unlabelled 1-5 column is a rating ...
    assert "Years in role" not in m.ratings  # ... a count of years is not
    assert m.targets == {"Root cause analysis": "Required - Root cause analysis", "Shift handover": "Required - Shift handover"}
    rca = next(s for s in r.groups[0].analysis.skills if s.skill == "Root cause analysis")
    assert rca.answered == 3 and rca.mean == pytest.approx(1.67, abs=0.01)  # "2 - Basic", "1 - Novice", N/A unanswered
    handover = next(s for s in r.groups[0].analysis.skills if s.skill == "Shift handover")
    assert handover.mean == 2.75  # "3/5", "2/5", "2/5", "4/5"
    assert r.groups[0].analysis.ranked_gaps[:2] == ["Root cause analysis", "Shift handover"]


@pytest.mark.parametrize("value,expected", [("4", (4.0, True)), ("3,5", (3.5, True)), ("4/5", (4.0, True)),
                                            ("3 - Competent", (3.0, True)), ("N/A", (None, True)), ("", (None, True)),
                                            ("two", (None, False)), ("2-3", (None, False))])
def test_parse_rating(value, expected):
    assert parse_rating(value) == expected


def test_question_headers_name_the_skill():
    assert clean_skill("Q3. How confident are you with CRM automation?") == "CRM automation"
    assert clean_skill("12) Rate yourself on escalation writing") == "escalation writing"
    m = detect(["Team", "How comfortable are you using Excel pivot tables? (1 to 10)"],
               [{"Team": "A", "How comfortable are you using Excel pivot tables? (1 to 10)": "7"}])
    assert list(m.ratings.values()) == ["Excel pivot tables"] and list(m.scales.values()) == [(1.0, 10.0)]


def test_team_and_role_headers_not_confused_with_lead_or_manager_columns():
    rows = [{"Team lead": "Ann", "Which team are you in?": "Billing", "What is your role?": "Agent", "Rate: X (1-5)": "2"}]
    m = detect(list(rows[0]), rows)
    assert m.team == "Which team are you in?" and m.role == "What is your role?"
    assert "Team lead" in m.personal  # a lead's name is personal data


def test_overrides_win_and_unknown_columns_list_the_headers():
    r = load_survey(F + "clean.csv", SurveyOptions(team_col="role", role_col="TEAM"))  # case-insensitive
    assert (r.mapping.team, r.mapping.role) == ("Role", "Team")
    with pytest.raises(InputError, match=r"--role-col 'Job' is not a column; the columns are: Respondent ID, Name, Email, Team, Role"):
        load_survey(F + "clean.csv", SurveyOptions(role_col="Job"))
    with pytest.raises(InputError, match="--text-col 'Nope'"):
        load_survey(F + "clean.csv", SurveyOptions(text_cols=["Nope"]))
    with pytest.raises(InputError, match="--group-by 'Site' is not a column"):
        load_survey(F + "clean.csv", SurveyOptions(group_by=["Site"]))


def test_text_col_override_replaces_detected_text():
    r = load_survey(F + "clean.csv", SurveyOptions(text_cols=["Role"], group_by=["Team"]))
    assert r.mapping.text == ["Role"] and r.mapping.role is None


def test_rating_cols_pattern():
    r = load_survey(F + "clean.csv", SurveyOptions(rating_cols=r"escalation"))
    assert r.mapping.ratings == {"Rate: Escalation writing (1-5)": "Escalation writing"}
    with pytest.raises(InputError, match="matches no column"):
        load_survey(F + "clean.csv", SurveyOptions(rating_cols=r"^Skill "))
    with pytest.raises(InputError, match="not a valid pattern"):
        load_survey(F + "clean.csv", SurveyOptions(rating_cols=r"(unclosed"))


def test_saved_mapping_round_trip_flags_override_it(tmp_path):
    first = load_survey(F + "clean.csv")
    path = tmp_path / "mapping.json"
    first.mapping.save(str(path))
    assert ColumnMapping.load(str(path)) == first.mapping
    assert json.loads(path.read_text())["ratings"]["Rate: CRM automation (1-5)"] == "CRM automation"
    print(first.mapping.describe())
    again = load_survey(F + "utf16_tab.csv", SurveyOptions(mapping_file=str(path)))
    assert again.mapping == first.mapping
    swapped = load_survey(F + "clean.csv", SurveyOptions(mapping_file=str(path), group_by=["Team"], text_cols=["Role"]))
    assert swapped.mapping.text == ["Role"] and swapped.mapping.role is None


def test_saved_mapping_errors(tmp_path):
    with pytest.raises(InputError, match="mapping file not found"):
        load_survey(F + "clean.csv", SurveyOptions(mapping_file=str(tmp_path / "none.json")))
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="is not a saved column mapping"):
        load_survey(F + "clean.csv", SurveyOptions(mapping_file=str(bad)))
    other = tmp_path / "other.json"
    load_survey(F + "pii.csv").mapping.save(str(other))
    with pytest.raises(InputError, match="names columns this file lacks: Department, Job title, Employee ID.*the columns are: Respondent ID"):
        load_survey(F + "clean.csv", SurveyOptions(mapping_file=str(other)))


def test_describe_lists_every_role():
    text = load_survey(F + "pii.csv").mapping.describe()
    assert "other personal (redacted): Last name, Mobile, Line manager" in text
    assert "rating: 'Q1. How confident are you with SQL reporting? (1-5)' -> SQL reporting (1-5)" in text


def test_no_team_or_role_says_which_flags(tmp_path):
    p = tmp_path / "s.csv"
    p.write_text("Shift,Rate: X (1-5)\nLeeds,2\nLeeds,3\nLeeds,1\n", encoding="utf-8")
    with pytest.raises(InputError, match="--team-col and/or --role-col, or group with --group-by"):
        load_survey(p)
    r = load_survey(p, SurveyOptions(group_by=["Shift"]))
    assert [g.key for g in r.groups] == ["leeds"]
    assert "(Shift: Leeds)" in r.groups[0].problem_text and "The 3 people" in r.groups[0].problem_text
