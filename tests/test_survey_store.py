"""The run store: versioned (an older store is refused), registration all-or-nothing, a run killed while its groups
are being registered is completed by --resume, and every group gets its plan."""

from __future__ import annotations

import csv
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planner.cli.app import app
from planner.errors import InputError
from planner.runs.store import RunStore

ROOT = Path(__file__).resolve().parents[1]


def _export(path: Path, groups: int, per_group: int = 3) -> int:
    """A survey export of `groups` team x role groups (invented people; phone numbers in the answers)."""
    n = 0
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Respondent ID", "Name", "Email", "Team", "Role", "Rate: CRM automation (1-5)", "Rate: Escalation writing (1-5)",
                    "What slows you down?"])
        for g in range(groups):
            for k in range(per_group):
                n += 1
                w.writerow([f"R{n:06d}", f"Person{n} Surname{n}", f"p{n}@example.com", f"Team {g:04d}", "Agent", 1 + n % 5, 1 + (n * 3) % 5,
                            f"The CRM macros are confusing and escalation notes take too long, call me on +44 20 7946 {n % 10000:04d}"])
    return n


OLD_SCHEMA = """
CREATE TABLE runs (id TEXT PRIMARY KEY, created_at TEXT, args TEXT, provider TEXT, model TEXT, status TEXT);
CREATE TABLE groups (run_id TEXT, key TEXT, label TEXT, respondents INTEGER, input_hash TEXT, problem_text TEXT, analysis TEXT,
  status TEXT, attempts INTEGER DEFAULT 0, result TEXT, input_tokens INTEGER DEFAULT 0, output_tokens INTEGER DEFAULT 0,
  cost_usd REAL DEFAULT 0, error TEXT, updated_at TEXT, PRIMARY KEY (run_id, key));
INSERT INTO runs VALUES ('run-old', '2026-11-01', '{"today": "2026-11-22", "provider": "offline", "model": "rules-v1"}', 'offline', 'rules-v1', 'running');
INSERT INTO groups (run_id, key, label, respondents, input_hash, problem_text, analysis, status)
  VALUES ('run-old', 'a', 'A', 3, 'h', 'call Anna on 07700 900123', '{}', 'pending');
"""


def test_an_older_store_is_refused_clearly(tmp_path):
    out = tmp_path / "old"
    out.mkdir()
    con = sqlite3.connect(out / "run.sqlite")
    con.executescript(OLD_SCHEMA)
    con.close()
    with pytest.raises(InputError, match="older version"):
        RunStore(out / "run.sqlite")
    r = CliRunner().invoke(app, ["batch", "--resume", str(out)])
    assert r.exit_code == 2 and "older version of upskill-planner" in r.output and "Traceback" not in r.output
    assert len([ln for ln in r.output.strip().splitlines() if ln.strip()]) == 1


def test_a_new_store_carries_its_version(tmp_path):
    RunStore(tmp_path / "run.sqlite").close()
    con = sqlite3.connect(tmp_path / "run.sqlite")
    assert con.execute("PRAGMA user_version").fetchone()[0] >= 2


def test_registration_is_all_or_nothing(tmp_path):
    store = RunStore(tmp_path / "run.sqlite")
    store.create_run("r1", {}, "offline", "m", status="registering")
    rows = [(f"k{i}", f"K{i}", 3, f"h{i}", "text", "{}") for i in range(50)] + [("bad",)]  # the last row breaks the insert
    with pytest.raises(Exception):
        store.register_groups("r1", rows)
    assert store.group_count("r1") == 0 and store.run("r1")["status"] == "registering"
    assert store.register_groups("r1", rows[:-1]) == 50
    run = store.run("r1")
    assert run["status"] == "running" and run["groups_expected"] == 50


def test_a_bad_export_leaves_no_store_behind(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("Team,Role\n", encoding="utf-8")
    out = tmp_path / "out"
    r = CliRunner().invoke(app, ["batch", str(bad), "--out", str(out)])
    assert r.exit_code == 2
    assert not (out / "run.sqlite").exists()  # so the same command can be run again once the file is fixed


def _upskill() -> list[str]:
    return [sys.executable, "-c", "from planner.cli.app import main; main()"]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "UPSKILL_PROVIDER")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    return env


def _wait_for_registering(db: Path, p: subprocess.Popen, timeout: float = 60) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end and p.poll() is None:
        if db.exists():
            try:
                con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1)
                row = con.execute("SELECT status FROM runs").fetchone()
                con.close()
                if row and row[0] == "registering":
                    return True
            except sqlite3.Error:
                pass
        time.sleep(0.005)
    return False


def test_sigkill_during_registration_then_resume_plans_every_group(tmp_path):
    from planner.survey import load_survey

    src = tmp_path / "large.csv"
    _export(src, groups=400)
    expected = len(load_survey(src).groups)
    assert expected == 400
    out = tmp_path / "out"
    p = subprocess.Popen([*_upskill(), "batch", str(src), "--out", str(out), "--today", "2026-11-22"], cwd=tmp_path, env=_env(),
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        assert _wait_for_registering(out / "run.sqlite", p), "the run never showed as registering"
        p.send_signal(signal.SIGKILL)
        p.wait(timeout=30)
    finally:
        if p.poll() is None:
            p.kill()
    con = sqlite3.connect(out / "run.sqlite")
    status, = con.execute("SELECT status FROM runs").fetchone()
    groups, = con.execute("SELECT COUNT(*) FROM groups").fetchone()
    con.close()
    assert status == "registering" and groups == 0  # all or nothing: no half-registered run
    r = subprocess.run([*_upskill(), "batch", "--resume", str(out), "--concurrency", "2"], cwd=tmp_path, env=_env(),
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    assert f"{expected} groups registered now" in r.stderr
    assert f"{expected} of {expected} plans written" in r.stderr
    assert len(list(out.glob("*.md"))) == expected


def test_resume_of_a_half_made_run_refuses_a_changed_export(tmp_path):
    src = tmp_path / "s.csv"
    _export(src, groups=4)
    out = tmp_path / "out"
    store = RunStore(out / "run.sqlite")
    from planner.runs.runner import file_sha256
    from planner.survey import SurveyOptions

    store.create_run("run-x", {"file": str(src), "file_sha256": file_sha256(src), "survey_options": SurveyOptions().model_dump(mode="json"),
                               "today": "2026-11-22", "provider": "offline", "model": "rules-v1"}, "offline", "rules-v1", status="registering")
    store.close()
    src.write_text(src.read_text(encoding="utf-8") + "R9,X Y,x@y.org,Team 0000,Agent,2,2,more\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["batch", "--resume", str(out)])
    assert r.exit_code == 2 and "has changed since" in r.output
    src.unlink()
    r = CliRunner().invoke(app, ["batch", "--resume", str(out)])
    assert r.exit_code == 2 and "no longer there" in r.output


def _store_bytes(folder: Path) -> bytes:
    """Every byte of the run store on disk: the database, its WAL and shared-memory files."""
    return b"".join(p.read_bytes() for p in sorted(folder.glob("run.sqlite*")))


def test_base_url_credentials_are_never_stored(tmp_path, monkeypatch):
    """`--base-url http://user:pw@host/v1`: the store keeps the URL without its userinfo, in the run's settings and
    in every stored error (the provider's messages name the URL)."""
    monkeypatch.setenv("UPSKILL_RETRY_ATTEMPTS", "1")
    monkeypatch.setenv("UPSKILL_STATE_DIR", str(tmp_path / "state"))
    src = tmp_path / "s.csv"
    _export(src, 2)
    out = tmp_path / "o"
    r = CliRunner().invoke(app, ["batch", str(src), "--out", str(out), "--provider", "openai", "--model", "m",
                                 "--base-url", "http://alice:s3cr3t-pw@127.0.0.1:9/v1"])
    assert r.exit_code == 1, r.output  # nothing listens on port 9: every group fails, with the URL in its error
    raw = _store_bytes(out)
    assert b"s3cr3t" not in raw and b"alice" not in raw
    store = RunStore(out / "run.sqlite")
    run = store.run()
    assert run["args"]["base_url"] == "http://127.0.0.1:9/v1"  # the rest of the URL is kept
    errors = [g["error"] for g in store.groups(run["id"])]
    assert errors and all(e and "127.0.0.1:9" in e for e in errors)
    store.close()


def test_a_store_holding_credentials_is_scrubbed_when_opened(tmp_path):
    """A store written before credentials were dropped loses them on open, old bytes included."""
    db = tmp_path / "run.sqlite"
    store = RunStore(db)
    store.db.execute("INSERT INTO runs (id, created_at, args, provider, model, status) VALUES (?,?,?,?,?,?)",
                     ("run-1", "2026-12-01", '{"base_url": "https://bob:hunter2@proxy.example/v1", "x": ["http://u:p@h/"]}',
                      "openai", "m", "running"))
    store.db.execute("INSERT INTO groups (run_id, key, status, error) VALUES (?,?,?,?)",
                     ("run-1", "g", "failed", "is a server listening at https://bob:hunter2@proxy.example/v1?"))
    store.close()
    assert b"hunter2" in _store_bytes(tmp_path)
    store = RunStore(db)
    assert store.run()["args"] == {"base_url": "https://proxy.example/v1", "x": ["http://h/"]}
    assert store.groups("run-1")[0]["error"] == "is a server listening at https://proxy.example/v1?"
    store.close()
    assert b"hunter2" not in _store_bytes(tmp_path) and b"bob:" not in _store_bytes(tmp_path)
