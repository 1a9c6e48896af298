"""Batch throughput and crash safety against a loopback OpenAI-compatible stub (tests/openai_stub.py).

500 groups at --concurrency 16, 1 s latency, 5% injected errors (half 429 with Retry-After: 1, half 500):
- throughput achieved / ideal (concurrency / latency = 16 groups/s), target >= 0.85, measured at the stub
  from the first request to the last answer, and also for the whole process (SDK import and survey load included);
- zero groups lost or duplicated;
- a SIGKILL of `upskill batch` in the middle, then `--resume`: zero finished groups requested again.

Usage: python bench/bench_batch_stub.py [--groups 500] [--port 8200]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from tests.openai_stub import serve  # noqa: E402
from survey_data import write_survey  # noqa: E402

UPSKILL = str(Path(sys.executable).with_name("upskill"))
TODAY = "2026-11-22"


def stats(port: int) -> dict:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/stats", timeout=5) as r:
        return json.loads(r.read())


def batch_cmd(src: Path, out: Path, port: int, conc: int) -> list[str]:
    return [UPSKILL, "batch", str(src), "--out", str(out), "--provider", "openai", "--base-url", f"http://127.0.0.1:{port}/v1",
            "--model", "stub", "--concurrency", str(conc), "--today", TODAY]


def done_keys(db: Path) -> dict[str, str]:
    con = sqlite3.connect(db)
    rows = con.execute("SELECT key, problem_text FROM groups WHERE status='done'").fetchall()
    con.close()
    return dict(rows)


def message_hash(problem_text: str) -> str:
    import datetime as dt

    from planner.extract import extract
    from planner.generators.llm import plan_messages

    _, msgs = plan_messages(extract(problem_text), dt.date.fromisoformat(TODAY))
    user = next(m["content"] for m in msgs if m["role"] == "user")
    return hashlib.sha256(user.encode()).hexdigest()[:16]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--groups", type=int, default=500)
    ap.add_argument("--port", type=int, default=8200)
    ap.add_argument("--concurrency", type=int, default=16)
    a = ap.parse_args()
    env = {**os.environ, "UPSKILL_RETRY_MAX_WAIT": os.environ.get("UPSKILL_RETRY_MAX_WAIT", "2")}
    env.pop("OPENAI_API_KEY", None)
    ideal = a.concurrency / 1.0
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "survey.csv"
        # the survey holds teams x 5 roles groups: --groups is rounded down to a multiple of 5, and every figure
        # below counts against the groups the survey really has (--groups 32 makes 30, none lost)
        groups = (a.groups // 5) * 5
        write_survey(src, teams=a.groups // 5, roles=5, per_group=3)

        # 1. throughput
        srv = serve(a.port, latency=1.0, error_rate=0.05, seconds=900, max_requests=5000)
        t0 = time.perf_counter()
        r = subprocess.run(batch_cmd(src, Path(d) / "run1", a.port, a.concurrency), capture_output=True, text=True, env=env)
        wall = time.perf_counter() - t0
        s = stats(a.port)
        srv.shutdown()
        done = done_keys(Path(d) / "run1" / "run.sqlite")
        plans = len(list((Path(d) / "run1").glob("*.md")))
        answered = sum(s["answered"].values())
        span = s["first_to_last_s"] or wall
        print(f"groups: {groups}, done: {len(done)}, plans written: {plans}, exit {r.returncode}")
        print(f"requests: {s['requests']} ({s['errors']} injected errors), answers: {answered}, duplicated answers: {answered - len(s['answered'])}")
        print(f"at the stub (first request to last answer): {span:.1f} s -> {len(done) / span:.2f} groups/s; ideal {ideal:.0f}/s; "
              f"ratio {len(done) / span / ideal:.3f} (target >= 0.85)")
        print(f"whole process (SDK import, survey load, outputs included): {wall:.1f} s; ratio {len(done) / wall / ideal:.3f}")
        lost = groups - len(done)
        print(f"lost: {lost}, duplicated groups in the store: 0 (primary key run+group)")
        if r.returncode:
            print(r.stderr[-1500:])

        # 2. kill in the middle, then resume
        srv = serve(a.port + 1, latency=1.0, error_rate=0.05, seconds=900, max_requests=5000)
        out = Path(d) / "run2"
        p = subprocess.Popen(batch_cmd(src, out, a.port + 1, a.concurrency), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        time.sleep(15)
        os.kill(p.pid, signal.SIGKILL)
        p.wait()
        before = done_keys(out / "run.sqlite")
        before_hashes = {message_hash(t) for t in before.values()}
        snap = stats(a.port + 1)["answered"]
        r2 = subprocess.run([UPSKILL, "batch", "--resume", str(out), "--concurrency", str(a.concurrency)], capture_output=True, text=True, env=env)
        after_stats = stats(a.port + 1)["answered"]
        srv.shutdown()
        after = done_keys(out / "run.sqlite")
        redone = sum(1 for h in before_hashes if after_stats.get(h, 0) > snap.get(h, 0))
        print(f"killed after 15 s with {len(before)} groups done; resume exit {r2.returncode}; done now {len(after)} of {groups}")
        print(f"finished groups requested again after resume: {redone}; lost: {groups - len(after)}")


if __name__ == "__main__":
    main()
