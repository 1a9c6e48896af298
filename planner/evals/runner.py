"""Run eval cases x targets (provider/model) x repeats through the normal pipeline, with bounded concurrency."""

from __future__ import annotations

import datetime as dt
import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Callable, Optional

from planner.errors import PlannerError
from planner.evals.cases import EvalCase
from planner.evals.scorers import COST_METRICS, QUALITY_METRICS, hallucinated, score
from planner.providers.base import ProviderConfig


@dataclass
class Target:
    config: ProviderConfig

    @property
    def label(self) -> str:
        return f"{self.config.name}:{self.config.model}"


def parse_target(spec: str) -> ProviderConfig:
    """``provider[:model][@base_url]`` -> ProviderConfig (via the normal selection rules)."""
    from planner.providers.select import resolve

    base_url = None
    if "@" in spec:
        spec, base_url = spec.split("@", 1)
    provider, _, model = spec.partition(":")
    return resolve(provider or None, model or None, base_url)


def run_case(case: EvalCase, target: Target, repeat: int, today: dt.date, generator: Any = None) -> dict[str, Any]:
    from planner.pipeline import make_plan

    t0 = time.perf_counter()
    plan, error = None, None
    try:
        plan = make_plan(case.text, config=target.config, today=today, generator=generator)
    except PlannerError as e:
        error = str(e)
    latency = time.perf_counter() - t0
    s = score(plan, case, error)
    from planner.evals.rubric import rubric_scores

    rubric = rubric_scores(plan, case)
    requests = plan.meta.attempts if plan else _requests_of(error)
    s["latency_s"] = round(latency, 4)
    s["tokens"] = plan.meta.usage.total_tokens if plan else 0
    s["cost_usd"] = plan.meta.estimated_cost_usd if plan else 0.0
    why = []
    if error:
        why.append(error)
    if plan is not None:
        h = hallucinated(plan, case.text)
        if h:
            why.append("numbers not in the input: " + ", ".join(sorted(set(h))[:5]))
        if s.get("intervention_accuracy") == 0.0:
            why.append(f"intervention {plan.intervention_type.value}, expected {case.expect.intervention_type}")
        if s.get("fact_recall") is not None and s["fact_recall"] < 1:
            text = plan.model_dump_json().lower()
            why.append("missing facts: " + ", ".join(f for f in case.expect.facts if f.lower() not in text))
        if s.get("no_forbidden_content") == 0.0:
            from planner.evals.scorers import forbidden_hits, plan_text

            hits = forbidden_hits(case.expect.must_not, plan_text(plan))
            why.append("forbidden content present: " + ", ".join(hits))
    return {"case": case.id, "domain": case.domain, "target": target.label, "repeat": repeat, "error": error,
            "scores": s, "why": why, "rubric": rubric, "requests": requests, "reasked": requests > 1, "skill_goal": plan.skill_goal if plan else None,
            "plan_json": plan.model_dump_json(exclude={"meta"}) if plan else None}


def _requests_of(error: Optional[str]) -> int:
    """Requests a failed run sent, read from the provider error ('failed after 3 request(s)'); 1 when it does not say."""
    import re

    m = re.search(r"after (\d+) request", error or "")
    return int(m.group(1)) if m else 1


def aggregate(records: list[dict[str, Any]]) -> dict[str, dict[str, Optional[float]]]:
    """target -> metric -> mean over the cases where it applies, failures counted 0 for every target (and stdev
    across repeats where repeated); the rubric means; the re-ask rate; and, under ``gate_basis``, the quality
    metrics over answered runs only (the definition evals/thresholds.toml was set with, kept for the CI gate)."""
    from planner.evals.rubric import aggregate_rubric

    out: dict[str, dict[str, Optional[float]]] = {}
    for label in sorted({r["target"] for r in records}):
        rows = [r for r in records if r["target"] == label]
        m: dict[str, Optional[float]] = {}
        for metric in QUALITY_METRICS + COST_METRICS + ("judge_usefulness",):
            vals = [r["scores"][metric] for r in rows if r["scores"].get(metric) is not None]
            if vals or metric != "judge_usefulness":
                m[metric] = round(statistics.mean(vals), 4) if vals else None
        repeats = {r["repeat"] for r in rows}
        if len(repeats) > 1:
            per_repeat = [statistics.mean([r["scores"]["concreteness"] or 0 for r in rows if r["repeat"] == k]) for k in repeats]
            m["concreteness_stdev_across_repeats"] = round(statistics.pstdev(per_repeat), 4)
        m["cases"] = len({r["case"] for r in rows})
        m["errors"] = sum(1 for r in rows if r["error"])
        m["reask_rate"] = round(sum(1 for r in rows if r.get("reasked")) / len(rows), 4) if rows else 0.0
        m["requests_per_plan"] = round(statistics.mean(r.get("requests", 1) for r in rows), 3) if rows else 0.0
        rub = aggregate_rubric([r["rubric"] for r in rows if r.get("rubric") is not None])
        m["rubric"] = rub["criteria"]
        m["rubric_rule_scored"] = rub["rule_scored_share"]
        answered = [r for r in rows if not r["scores"].get("refused")]
        m["gate_basis"] = {
            metric: (round(statistics.mean(v), 4) if (v := [r["scores"][metric] for r in answered if r["scores"].get(metric) is not None]) else None)
            for metric in QUALITY_METRICS
        }
        out[label] = m
    return out


def run_eval(cases: list[EvalCase], configs: list[ProviderConfig], *, repeat: int = 1, concurrency: int = 4,
             today: Optional[dt.date] = None, generator_for: Optional[Callable[[ProviderConfig], Any]] = None,
             on_done: Optional[Callable[[], None]] = None) -> dict[str, Any]:
    today = today or dt.date.today()
    targets = [Target(c) for c in configs]
    jobs = [(case, t, k) for t in targets for k in range(repeat) for case in cases]

    def one(job):
        case, t, k = job
        rec = run_case(case, t, k, today, generator_for(t.config) if generator_for else None)
        if on_done:
            on_done()
        return rec

    with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
        records = list(pool.map(one, jobs))
    return {
        "created_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "today": today.isoformat(),
        "targets": [t.label for t in targets],
        "repeat": repeat,
        "cases": [c.id for c in cases],
        "summary": aggregate(records),
        "records": records,
    }
