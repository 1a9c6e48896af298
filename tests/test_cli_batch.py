"""`upskill batch` as people ops run it: a spreadsheet export to a folder of plans, summary and overview."""

import csv
import json
import re

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
    r = runner.invoke(app, ["batch", "tests/fixtures/survey/semicolon_cp1252.csv", "--out", str(tmp_path / "b"), "--mapping", str(m), "--no-redact"])
    assert r.exit_code == 0 and "WARNING: --no-redact" in r.output


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


def test_ctrl_c_stops_cleanly_and_resume_finishes(tmp_path):
    """A real SIGINT to a running `upskill batch` against a loopback stub; then --resume completes the run."""
    import os
    import signal
    import socket
    import subprocess
    import sys
    import time

    sys.path.insert(0, "bench")
    from stub_server import serve
    from survey_data import write_survey

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = serve(port, latency=0.3, error_rate=0.0, seconds=120)
    try:
        src = tmp_path / "s.csv"
        write_survey(src, teams=8, roles=5, per_group=3)
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
