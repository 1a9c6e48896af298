"""The CI gate: the bundled eval cases on the offline provider meet evals/thresholds.toml.

A regression in extraction, composition, grounding or the checks lowers a metric and fails here.
"""

import tomllib
from pathlib import Path

from planner.evals.cases import load_cases
from planner.evals.report import gate
from planner.evals.runner import run_eval
from planner.providers.select import resolve
from tests.factories import TODAY


def test_offline_eval_meets_thresholds():
    thresholds = tomllib.loads(Path("evals/thresholds.toml").read_text(encoding="utf-8"))
    results = run_eval(load_cases(), [resolve("offline")], today=TODAY, concurrency=2)
    assert gate(results, thresholds) == [], results["summary"]
