"""Reading real exports: encodings, delimiters, quoted multi-line answers, JSON, broken rows, unreadable files."""

import codecs

import pytest

from planner.errors import InputError
from planner.survey import load_survey
from planner.survey.readers import decode, read_table, sniff_delimiter

F = "tests/fixtures/survey/"


@pytest.mark.parametrize("name,encoding,delimiter", [
    ("clean.csv", "utf-8", ","), ("semicolon_bom.csv", "utf-8-sig", ";"), ("semicolon_cp1252.csv", "cp1252", ";"),
    ("semicolon_cp1252_bom.csv", "cp1252 (after a UTF-8 BOM)", ";"), ("utf16_tab.csv", "utf-16", "\t"),
    ("utf16_nobom_tab.csv", "utf-16-le", "\t")])
def test_encodings_and_delimiters_are_detected(name, encoding, delimiter):
    t = read_table(F + name)
    assert (t.encoding, t.delimiter) == (encoding, delimiter)
    assert t.headers[0] == "Respondent ID" and len(t.rows) == 10
    chloe = dict(t.rows)[4]
    assert chloe["Name"] == "Chloé Martin"  # the accent survives every encoding


def test_cp1252_behind_a_bom_loads_like_the_clean_file():
    a, b = load_survey(F + "semicolon_cp1252_bom.csv"), load_survey(F + "clean.csv")
    assert [g.problem_text for g in a.groups] == [g.problem_text for g in b.groups]


def test_delimiter_is_not_fooled_by_punctuation_in_answers():
    sample = 'Team,Role,Comment\r\nA,Agent,"x; y; z; w"\r\nA,Agent,"a; b; c"\r\n'
    assert sniff_delimiter(sample) == ","
    sample = "Team;Role;Comment\r\nA;Agent;one, two, three, four\r\nA;Agent;five, six\r\n"
    assert sniff_delimiter(sample) == ";"


def test_multiline_answers_and_line_numbers(tmp_path):
    p = tmp_path / "m.csv"
    p.write_text('Team,Role,Rate: X (1-5),Comment\n'
                 'A,Agent,2,"first line\nsecond line"\n'
                 'A,Agent,2\n'  # line 4: a value short
                 'A,Agent,3,ok\n'
                 'A,Agent,1,fine,,\n'  # Excel's trailing empty cells are not an error
                 'A,Agent,abc,text\n',  # line 7: unreadable rating
                 encoding="utf-8")
    r = load_survey(p)
    assert [(b.line, b.reason) for b in r.bad_rows] == [(4, "3 values where the header has 4"),
                                                         (7, "'Rate: X (1-5)' is not a number: 'abc'")]
    assert r.groups[0].respondents == 3


def test_out_of_scale_rating_is_a_bad_row(tmp_path):
    p = tmp_path / "o.csv"
    p.write_text("Team,Rate: X (1-5)\nA,2\nA,7\nA,3\nA,1\n", encoding="utf-8")
    r = load_survey(p)
    assert [(b.line, b.reason) for b in r.bad_rows] == [(3, "'Rate: X (1-5)' is 7, outside its 1-5 scale")]


def test_broken_fixture_rows_are_reported_and_the_rest_proceed():
    r = load_survey(F + "broken.csv")
    assert [b.line for b in r.bad_rows] == [4, 5]
    assert r.rows_read == 10 and sum(g.respondents for g in r.groups) == 8


def test_jsonl_and_json_array(tmp_path):
    r = load_survey(F + "survey.jsonl")
    assert r.rows_read == 10
    p = tmp_path / "s.jsonl"
    p.write_text('{"Team": "A", "Rate: X (1-5)": 2}\nnot json\n[1]\n{"Team": "A", "Rate: X (1-5)": 3}\n{"Team": "A", "Rate: X (1-5)": null}\n',
                 encoding="utf-8")
    r = load_survey(p)
    assert [(b.line, b.reason.split(":")[0]) for b in r.bad_rows] == [(2, "not valid JSON"), (3, "not a JSON object")]
    assert r.groups[0].analysis.skills[0].answered == 2
    arr = tmp_path / "s.json"
    arr.write_text('[{"Team": "A", "Rate: X (1-5)": 2}, {"Team": "A", "Rate: X (1-5)": 3}, {"Team": "A", "Rate: X (1-5)": 4}]', encoding="utf-8")
    assert load_survey(arr).groups[0].respondents == 3
    (tmp_path / "obj.json").write_text('{"Team": "A"}', encoding="utf-8")
    with pytest.raises(InputError, match="list of objects"):
        load_survey(tmp_path / "obj.json")


def test_xlsx_sheets():
    assert len(load_survey(F + "ten_rows.xlsx").groups) == 2
    with pytest.raises(InputError, match="no readable rows.*--sheet"):
        load_survey(F + "survey.xlsx")


def test_unreadable_files_are_input_errors(tmp_path):
    (tmp_path / "bin.csv").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    with pytest.raises(InputError, match="is not a text, CSV, JSONL or XLSX file"):
        load_survey(tmp_path / "bin.csv")
    (tmp_path / "fake.xlsx").write_bytes(b"not a zip")
    with pytest.raises(InputError, match="not a readable XLSX workbook"):
        load_survey(tmp_path / "fake.xlsx")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(InputError, match="old Excel .xls"):
        load_survey(tmp_path / "old.xls")
    (tmp_path / "bom_only.csv").write_bytes(codecs.BOM_UTF8)
    with pytest.raises(InputError, match="empty"):
        load_survey(tmp_path / "bom_only.csv")
    (tmp_path / "header_only.csv").write_text("Team,Role\n", encoding="utf-8")
    with pytest.raises(InputError, match="no readable rows"):
        load_survey(tmp_path / "header_only.csv")
    with pytest.raises(InputError, match="is a folder"):
        load_survey(tmp_path)


def test_decode_prefers_utf8_then_cp1252():
    assert decode("café".encode("utf-8")) == ("café", "utf-8")
    assert decode("café".encode("cp1252")) == ("café", "cp1252")
