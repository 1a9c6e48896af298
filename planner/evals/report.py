"""Eval reports: results.json (everything; the input for --baseline), report.md (CI log / PR), report.html.

report.html is templates/report.html.j2 (jinja2 with autoescape on, package data); the benchmark figures come from
planner.evals.benchmark, imported (the wheel has no bench/ folder)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

from planner.evals.scorers import COST_METRICS, QUALITY_METRICS


def _fmt(v: Any) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:.3f}"
    return str(v)


BENCH_SKIPPED = "Omitted: ../shared/benchmarks was not read (--no-benchmarks was given)."
BENCH_ABSENT = ("Not available: the benchmarks folder (../shared/benchmarks, or $UPSKILL_BENCHMARKS_DIR) is not present "
                "here, so no figures against public benchmarks were computed.")


def benchmark_section() -> Optional[dict[str, float]]:
    """Concreteness figures on the benchmarks folder when it is present (else None): planner.evals.benchmark."""
    from planner.evals.benchmark import benchmark_figures, benchmarks_dir

    root = benchmarks_dir()
    return benchmark_figures(root) if root is not None else None


def markdown(results: dict[str, Any], deltas: Optional[dict[str, Any]] = None, failures: Optional[list[str]] = None,
             bench_note: Optional[str] = None) -> str:
    targets = list(results["summary"])
    lines = [f"# upskill eval: {len(results['cases'])} cases × {len(targets)} target(s) × {results['repeat']} repeat(s)", ""]
    lines.append("| metric | " + " | ".join(targets) + " |")
    lines.append("|---|" + "---|" * len(targets))
    extra = ("judge_usefulness",) if any("judge_usefulness" in results["summary"][t] for t in targets) else ()
    for m in QUALITY_METRICS + extra + COST_METRICS + ("errors", "reask_rate", "requests_per_plan"):
        row = [_fmt(results["summary"][t].get(m)) for t in targets]
        if deltas:
            row = [r + (f" ({deltas['metrics'].get(t, {}).get(m, {}).get('delta', 0):+.3f})" if m in deltas["metrics"].get(t, {}) else "")
                   for r, t in zip(row, targets)]
        lines.append(f"| {m} | " + " | ".join(row) + " |")
    lines += rubric_markdown(results)
    worst = [r for r in results["records"] if r["why"]][:10]
    if worst:
        lines += ["", "## Where plans fall short", ""]
        lines += [f"- `{r['target']}` {r['case']}: {'; '.join(r['why'])[:200]}" for r in worst]
    if deltas and deltas["cases"]:
        lines += ["", f"## Changed against the baseline ({len(deltas['cases'])} case runs)", ""]
        lines += [f"- `{c['target']}` {c['case']}: " + ", ".join(f"{k} {v:+.3f}" for k, v in c["deltas"].items()) for c in deltas["cases"][:15]]
    bench = results.get("benchmarks")
    if bench or bench_note:
        lines += ["", "## Concreteness checks against public benchmarks", ""]
        lines += [f"- {k}: {_fmt(v)}" for k, v in bench.items()] if bench else [bench_note or ""]
    if failures:
        lines += ["", "## Gate FAILED", ""] + [f"- {f}" for f in failures]
    return "\n".join(lines) + "\n"


RUBRIC_NOTE = ("Each criterion 0-2 as DOMAIN.md's strict reader scores it, by rule where a rule can judge "
               "(planner/evals/rubric.py); a run with no plan scores 0 for every target. 'needs a reader': no rule judges it.")


def rubric_rows(results: dict[str, Any]) -> list[tuple[str, list[str]]]:
    from planner.evals.rubric import CRITERIA

    targets = list(results["summary"])
    rows = []
    for c in CRITERIA:
        vals = [(results["summary"][t].get("rubric") or {}).get(c) for t in targets]
        rows.append((c, ["needs a reader" if v is None else f"{v:.2f}" for v in vals]))
    shares = [results["summary"][t].get("rubric_rule_scored") for t in targets]
    rows.append(("rule-scored share of the points", ["–" if v is None else f"{v:.3f}" for v in shares]))
    return rows


def rubric_markdown(results: dict[str, Any]) -> list[str]:
    targets = list(results["summary"])
    if not any("rubric" in results["summary"][t] for t in targets):
        return []
    out = ["", "## Strict-reader rubric (DOMAIN.md), rule-scored", "", RUBRIC_NOTE, "",
           "| criterion | " + " | ".join(targets) + " |", "|---|" + "---|" * len(targets)]
    out += [f"| {c} | " + " | ".join(vals) + " |" for c, vals in rubric_rows(results)]
    return out


CSS = ("body{font:15px/1.45 system-ui,sans-serif;margin:1.5rem auto;max-width:1200px;padding:0 1rem;color:#1d2330}"
       "table{border-collapse:collapse;margin:.5rem 0 1.5rem}td,th{border:1px solid #d5dbe5;padding:.3rem .55rem;text-align:left;vertical-align:top}"
       "th{background:#f1f4f9}.ok{background:#e8f6ec}.bad{background:#fdeaea}.mid{background:#fff6e0}.small{font-size:.85rem;color:#555}"
       ".fail{color:#a11;font-weight:600}")


def _histogram(values: list[float], width: int = 240, height: int = 60) -> dict[str, Any]:
    """A metric's distribution over 0..1 in ten bins, as the rectangles of an inline SVG (numbers only)."""
    bins = [0] * 10
    for v in values:
        bins[min(9, int(v * 10))] += 1
    top = max(bins) or 1
    bw = width / 10
    rects = [{"x": f"{i * bw:.1f}", "y": f"{height - h * (height - 12) / top:.1f}", "w": f"{bw - 2:.1f}",
              "h": f"{h * (height - 12) / top:.1f}", "title": f"{i / 10:.1f}–{(i + 1) / 10:.1f}: {h}"} for i, h in enumerate(bins)]
    return {"width": width, "height": height, "rects": rects}


def _env():
    import jinja2

    # autoescape for every template: case ids, targets and reasons come from files and models (OWASP XSS rule 1)
    return jinja2.Environment(loader=jinja2.PackageLoader("planner.evals", "templates"), autoescape=True,
                              undefined=jinja2.StrictUndefined)


def _case_cell(r: Optional[dict[str, Any]]) -> Optional[dict[str, str]]:
    if not r:
        return None
    s = r["scores"]
    cls = "bad" if r["why"] and (r["error"] and s["schema_valid"] == 0 or s.get("no_hallucinated_numbers") == 0 or s.get("intervention_accuracy") == 0) else ("mid" if r["why"] else "ok")
    txt = "refused" if r["error"] and s["schema_valid"] == 1 else ("error" if r["error"] else f"{_fmt(s.get('concreteness'))} · {_fmt(s.get('fact_recall'))}")
    return {"cls": cls, "text": txt, "why": "; ".join(r["why"])}


def html(results: dict[str, Any], deltas: Optional[dict[str, Any]] = None, bench: Optional[dict[str, float]] = None,
         failures: Optional[list[str]] = None, bench_note: str = BENCH_ABSENT) -> str:
    """report.html from templates/report.html.j2 (jinja2, autoescape on)."""
    targets = list(results["summary"])
    extra = ("judge_usefulness",) if any("judge_usefulness" in results["summary"][t] for t in targets) else ()
    metrics = []
    for m in QUALITY_METRICS + extra + COST_METRICS:
        cells = []
        for t in targets:
            d = deltas["metrics"].get(t, {}).get(m) if deltas else None
            cells.append({"value": _fmt(results["summary"][t].get(m)), "delta": f"{d['delta']:+.3f}" if d else None})
        dists = []
        if m in QUALITY_METRICS:
            dists = [_histogram([r["scores"][m] for r in results["records"] if r["target"] == t and r["scores"].get(m) is not None])
                     for t in targets[:2]]
        metrics.append({"name": m, "cells": cells, "dists": dists})
    rubric = rubric_rows(results) if any("rubric" in results["summary"][t] for t in targets) else None
    by = {(r["target"], r["case"]): r for r in results["records"] if r["repeat"] == 0}
    cases = [{"case": cid, "domain": next((r["domain"] for r in results["records"] if r["case"] == cid), ""),
              "cells": [_case_cell(by.get((t, cid))) for t in targets]} for cid in results["cases"]]
    delta_view = None
    if deltas:
        delta_view = {"n": len(deltas["cases"]), "rows": [{"target": c["target"], "case": c["case"],
                                                           "text": ", ".join(f"{k} {v:+.3f}" for k, v in c["deltas"].items())}
                                                          for c in deltas["cases"][:50]]}
    return _env().get_template("report.html.j2").render(
        css=CSS, n_cases=len(results["cases"]), targets=targets, repeat=results["repeat"], today=results["today"],
        created_at=results["created_at"], failures=failures, metrics=metrics, rubric=rubric, rubric_note=RUBRIC_NOTE,
        reask=[_fmt(results["summary"][t].get("reask_rate")) for t in targets], cases=cases, deltas=delta_view,
        bench=[(k, f"{v:.3f}") for k, v in bench.items()] if bench else None, bench_note=bench_note)


def write_reports(out: Path, results: dict[str, Any], deltas=None, failures=None, with_bench: bool = True) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    bench = benchmark_section() if with_bench else None
    note = BENCH_ABSENT if with_bench else BENCH_SKIPPED
    if bench:
        results["benchmarks"] = bench
    if deltas:
        results["baseline_diff"] = deltas
    paths = [out / "results.json", out / "report.md", out / "report.html"]
    paths[0].write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    paths[1].write_text(markdown(results, deltas, failures, bench_note=note), encoding="utf-8")
    paths[2].write_text(html(results, deltas, bench, failures, bench_note=note), encoding="utf-8")
    return paths


def gate(results: dict[str, Any], thresholds: dict[str, float]) -> list[str]:
    """Failing 'metric=value' thresholds, per target (cost metrics: at most; quality metrics: at least).

    Quality metrics are read on the gate's own basis (``summary[target]["gate_basis"]``: the runs that produced a
    plan or a refusal the case allows), the definition evals/thresholds.toml was set with; the report's columns
    count every failure as 0 for every target."""
    failures = []
    for target, m in results["summary"].items():
        basis = m.get("gate_basis") or {}
        for metric, want in thresholds.items():
            v = basis.get(metric, m.get(metric)) if metric in basis else m.get(metric)
            if v is None:
                failures.append(f"{target}: {metric} has no value")
            elif metric in COST_METRICS and v > want:
                failures.append(f"{target}: {metric} {v:.3f} > {want}")
            elif metric not in COST_METRICS and v < want:
                failures.append(f"{target}: {metric} {v:.3f} < {want}")
    return failures
