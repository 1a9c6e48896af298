"""Runs that never lose work: resume after a crash, the response cache, failures, outputs without personal data."""

import datetime as dt
import json
import re
import threading

from planner.errors import ProviderError
from planner.generators.offline import OfflineGenerator
from planner.providers.select import resolve
from planner.render.run_outputs import write_outputs
from planner.runs.runner import run_groups
from planner.runs.store import RunStore
from planner.survey import load_survey

TODAY = dt.date(2026, 1, 5)


class Counting:
    """The offline generator, counting calls; optionally stopping the run after k plans (a crash)."""

    provider, model = "offline", "rules-v1"

    def __init__(self, stop_after=None, stop=None, fail_on=None):
        self.calls, self.stop_after, self.stop, self.fail_on = [], stop_after, stop, fail_on
        self.lock = threading.Lock()

    def generate(self, frame, today):
        with self.lock:
            self.calls.append(frame.text[:40])
            if self.stop_after and len(self.calls) >= self.stop_after:
                self.stop.set()
        if self.fail_on and self.fail_on in frame.text:
            raise ProviderError("openai model x failed after 4 request(s): HTTP 500")
        return OfflineGenerator().generate(frame, today)


def _store(tmp_path, n=12, run="r1", db="run.sqlite"):
    store = RunStore(tmp_path / db)
    store.create_run(run, {"today": TODAY.isoformat()}, "offline", "rules-v1")
    for i in range(n):
        text = f"Our {i + 3} dispatchers in team {i} enter delivery addresses wrong in about {10 + i}% of orders."
        store.add_group(run, f"g{i:02d}", f"group {i}", i + 3, f"h{i}", text, "{}")
    return store


def test_resume_after_a_crash_redoes_nothing(tmp_path):
    store = _store(tmp_path)
    stop = threading.Event()
    first = Counting(stop_after=5, stop=stop)
    run_groups(store, "r1", resolve("offline"), TODAY, concurrency=1, generator=first, stop=stop)
    done_before = len(store.groups("r1", "done"))
    assert 5 <= done_before < 12
    # a group left 'running' by a kill goes back to pending on resume
    pending = store.groups("r1", "pending")
    store.start("r1", pending[0]["key"])
    second = Counting()
    totals = run_groups(store, "r1", resolve("offline"), TODAY, concurrency=4, generator=second)
    assert len(second.calls) == 12 - done_before  # exactly the unfinished ones
    assert totals.done == 12 - done_before
    assert len(store.groups("r1", "done")) == 12
    keys = [g["key"] for g in store.groups("r1")]
    assert len(keys) == len(set(keys)) == 12  # nothing lost or duplicated


def test_identical_requests_hit_the_cache(tmp_path):
    a = _store(tmp_path, n=3, run="r1")
    run_groups(a, "r1", resolve("offline"), TODAY, generator=Counting())
    # a second run with the same inputs in the same store: answered from the cache, nothing generated
    a.create_run("r2", {}, "offline", "rules-v1")
    for g in a.groups("r1"):
        a.add_group("r2", g["key"], g["label"], g["respondents"], g["input_hash"], g["problem_text"], "{}")
    gen = Counting()
    totals = run_groups(a, "r2", resolve("offline"), TODAY, generator=gen)
    assert gen.calls == [] and totals.cached == 3 and len(a.groups("r2", "done")) == 3


def test_failures_are_recorded_and_retried_on_resume(tmp_path):
    store = _store(tmp_path, n=4)
    run_groups(store, "r1", resolve("offline"), TODAY, generator=Counting(fail_on="team 2 "))
    failed = store.groups("r1", "failed")
    assert [g["key"] for g in failed] == ["g02"] and "HTTP 500" in failed[0]["error"]
    summary = write_outputs(store, "r1", tmp_path / "out")
    assert summary["failed"][0]["error"].startswith("openai model x failed")
    gen = Counting()
    run_groups(store, "r1", resolve("offline"), TODAY, generator=gen)
    assert len(gen.calls) == 1 and not store.groups("r1", "failed")


def test_outputs_hold_no_personal_data(tmp_path):
    survey = load_survey("tests/fixtures/survey/clean.csv")
    store = RunStore(tmp_path / "out" / "run.sqlite")
    store.create_run("r1", {}, "offline", "rules-v1")
    for g in survey.groups:
        store.add_group("r1", g.key, g.label, g.respondents, g.input_hash, g.problem_text, g.analysis.model_dump_json())
    run_groups(store, "r1", resolve("offline"), TODAY)
    write_outputs(store, "r1", tmp_path / "out")
    store.close()
    files = sorted((tmp_path / "out").iterdir())
    assert {f.name for f in files} >= {"summary.csv", "index.html", "billing--support-agent.md", "billing--support-agent.json"}
    for f in files:
        blob = f.read_bytes().decode("utf-8", errors="replace")
        for p in (r"@example\.com", r"7946", r"123-4567", r"Schmidt", r"Okafor", r"pregnan"):
            assert not re.search(p, blob), (f.name, p)
    html = (tmp_path / "out" / "index.html").read_text()
    assert "<svg" in html and "billing--support-agent.md" in html


def test_csv_cells_that_a_spreadsheet_would_run_get_an_apostrophe():
    from planner.render.run_outputs import csv_cell

    for v in ('=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(9+9)", "\t=1", "\r=1"):
        out = csv_cell(v)
        assert out == "'" + v, (v, out)
    assert csv_cell("Billing / Support Agent") == "Billing / Support Agent"
    assert csv_cell("\x00=1+1") == "'=1+1"  # a control character cannot hide the formula
    assert csv_cell(12) == 12 and csv_cell("a = b") == "a = b"


def test_a_damaged_store_is_refused_with_the_reason(tmp_path):
    import pytest

    from planner.errors import InputError
    from planner.runs.storefile import check_run_store

    store = _store(tmp_path, n=2)
    store.close()
    check_run_store(tmp_path / "run.sqlite")  # a good store passes
    data = (tmp_path / "run.sqlite").read_bytes()
    cases = {"empty.sqlite": (b"", r"empty \(0 bytes\)"), "junk.sqlite": (b"hello world" * 100, "not an SQLite database"),
             "cut.sqlite": (data[:4096 + 100], "damaged")}
    for name, (blob, why) in cases.items():
        (tmp_path / name).write_bytes(blob)
        with pytest.raises(InputError, match=why):
            check_run_store(tmp_path / name)
    import sqlite3

    sqlite3.connect(tmp_path / "other.sqlite").execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(InputError, match="not a run store"):
        check_run_store(tmp_path / "other.sqlite")


def test_index_page_escapes_what_the_survey_wrote(tmp_path):
    store = RunStore(tmp_path / "run.sqlite")
    store.create_run("r1", {}, "offline", "rules-v1")
    analysis = json.dumps({"skills": [{"skill": "<img src=x onerror=alert(1)>", "share_below": 0.5}]})
    store.add_group("r1", "g1", "<script>alert('team')</script>\x00", 4, "h1",
                    "Our 4 dispatchers enter delivery addresses wrong in about 12% of orders.", analysis)
    run_groups(store, "r1", resolve("offline"), TODAY)
    write_outputs(store, "r1", tmp_path / "out")
    html = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;alert(&#39;team&#39;)&lt;/script&gt;" in html
    assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html and "\x00" not in html
    assert "<svg width='480' height='24'" in html and "width='130.0'" in html and ">50%</text>" in html
    assert "g1.md" in html and "concreteness" in html
