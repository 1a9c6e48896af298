"""Eval reports: results.json (everything; the input for --baseline), report.md (CI log / PR), report.html."""

from __future__ import annotations

import json
from html import escape
from pathlib import Path
from typing import Any, Optional

from planner.evals.scorers import COST_METRICS, QUALITY_METRICS


def _fmt(v: Any) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:.3f}"
    return str(v)


def benchmark_section() -> Optional[dict[str, float]]:
    """Concreteness figures on ../shared/benchmarks/ when that folder is present (else None)."""
    root = Path(__file__).resolve().parents[3] / "shared" / "benchmarks"
    if not root.is_dir():
        return None
    import importlib.util

    script = Path(__file__).resolve().parents[2] / "bench" / "bench_concreteness.py"
    if not script.is_file():
        return None
    spec = importlib.util.spec_from_file_location("bench_concreteness", script)
    if spec is None or spec.loader is None:
        return None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.benchmark_figures(root)


def markdown(results: dict[str, Any], deltas: Optional[dict[str, Any]] = None, failures: Optional[list[str]] = None) -> str:
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


def _bars(values: list[float], width: int = 240, height: int = 60) -> str:
    """An inline SVG histogram of a metric's distribution over 0..1 in ten bins."""
    bins = [0] * 10
    for v in values:
        bins[min(9, int(v * 10))] += 1
    top = max(bins) or 1
    bw = width / 10
    rects = "".join(
        f"<rect x='{i * bw:.1f}' y='{height - h * (height - 12) / top:.1f}' width='{bw - 2:.1f}' height='{h * (height - 12) / top:.1f}' fill='#4a72c4'><title>{i / 10:.1f}–{(i + 1) / 10:.1f}: {h}</title></rect>"
        for i, h in enumerate(bins))
    return f"<svg width='{width}' height='{height}' role='img' aria-label='distribution'>{rects}<line x1='0' y1='{height}' x2='{width}' y2='{height}' stroke='#999'/></svg>"


def html(results: dict[str, Any], deltas: Optional[dict[str, Any]] = None, bench: Optional[dict[str, float]] = None,
         failures: Optional[list[str]] = None) -> str:
    e = escape
    targets = list(results["summary"])
    h = ["<!doctype html><html lang='en'><head><meta charset='utf-8'><meta name='viewport' content='width=device-width,initial-scale=1'>",
         "<title>upskill eval report</title><style>body{font:15px/1.45 system-ui,sans-serif;margin:1.5rem auto;max-width:1200px;padding:0 1rem;color:#1d2330}"
         "table{border-collapse:collapse;margin:.5rem 0 1.5rem}td,th{border:1px solid #d5dbe5;padding:.3rem .55rem;text-align:left;vertical-align:top}"
         "th{background:#f1f4f9}.ok{background:#e8f6ec}.bad{background:#fdeaea}.mid{background:#fff6e0}.small{font-size:.85rem;color:#555}"
         ".fail{color:#a11;font-weight:600}</style></head><body>",
         f"<h1>upskill eval</h1><p class='small'>{len(results['cases'])} cases × {len(targets)} target(s) × {results['repeat']} repeat(s) · today {e(results['today'])} · {e(results['created_at'])}</p>"]
    if failures:
        h.append("<p class='fail'>Gate failed: " + e("; ".join(failures)) + "</p>")
    h.append("<h2>Metrics by provider</h2><table><tr><th>metric</th>" + "".join(f"<th>{e(t)}</th>" for t in targets) + "<th>distribution</th></tr>")
    extra = ("judge_usefulness",) if any("judge_usefulness" in results["summary"][t] for t in targets) else ()
    for m in QUALITY_METRICS + extra + COST_METRICS:
        cells = ""
        for t in targets:
            v = results["summary"][t].get(m)
            d = deltas["metrics"].get(t, {}).get(m) if deltas else None
            cells += f"<td>{_fmt(v)}" + (f" <span class='small'>({d['delta']:+.3f})</span>" if d else "") + "</td>"
        dist = ""
        if m in QUALITY_METRICS:
            dist = "".join(_bars([r["scores"][m] for r in results["records"] if r["target"] == t and r["scores"].get(m) is not None]) for t in targets[:2])
        h.append(f"<tr><th>{e(m)}</th>{cells}<td>{dist}</td></tr>")
    if any("rubric" in results["summary"][t] for t in targets):
        h.append(f"</table><h2>Strict-reader rubric (DOMAIN.md), rule-scored</h2><p class='small'>{e(RUBRIC_NOTE)}</p>"
                 "<table><tr><th>criterion</th>" + "".join(f"<th>{e(t)}</th>" for t in targets) + "</tr>")
        for c, vals in rubric_rows(results):
            h.append(f"<tr><th>{e(c)}</th>" + "".join(f"<td>{e(v)}</td>" for v in vals) + "</tr>")
        h.append("<tr><th>re-ask rate</th>" + "".join(f"<td>{_fmt(results['summary'][t].get('reask_rate'))}</td>" for t in targets) + "</tr>")
    h.append("</table><h2>Per case</h2><p class='small'>Each cell: concreteness · fact recall; red = an error, a hallucinated number or a wrong intervention type. Hover for why.</p>")
    h.append("<table><tr><th>case</th><th>domain</th>" + "".join(f"<th>{e(t)}</th>" for t in targets) + "</tr>")
    by = {(r["target"], r["case"]): r for r in results["records"] if r["repeat"] == 0}
    for cid in results["cases"]:
        row = f"<tr><td>{e(cid)}</td>"
        dom = next((r["domain"] for r in results["records"] if r["case"] == cid), "")
        row += f"<td>{e(dom)}</td>"
        for t in targets:
            r = by.get((t, cid))
            if not r:
                row += "<td>–</td>"
                continue
            s = r["scores"]
            cls = "bad" if r["why"] and (r["error"] and s["schema_valid"] == 0 or s.get("no_hallucinated_numbers") == 0 or s.get("intervention_accuracy") == 0) else ("mid" if r["why"] else "ok")
            txt = "refused" if r["error"] and s["schema_valid"] == 1 else ("error" if r["error"] else f"{_fmt(s.get('concreteness'))} · {_fmt(s.get('fact_recall'))}")
            row += f"<td class='{cls}' title='{e('; '.join(r['why']))}'>{e(txt)}" + (f"<div class='small'>{e('; '.join(r['why'])[:160])}</div>" if r["why"] else "") + "</td>"
        h.append(row + "</tr>")
    h.append("</table>")
    if deltas:
        h.append(f"<h2>Against the baseline</h2><p>{len(deltas['cases'])} case runs changed.</p><table><tr><th>target</th><th>case</th><th>deltas</th></tr>")
        for c in deltas["cases"][:50]:
            h.append(f"<tr><td>{e(c['target'])}</td><td>{e(c['case'])}</td><td>{e(', '.join(f'{k} {v:+.3f}' for k, v in c['deltas'].items()))}</td></tr>")
        h.append("</table>")
    if bench:
        h.append("<h2>Concreteness checks against public benchmarks</h2><table><tr><th>figure</th><th>value</th></tr>")
        h += [f"<tr><td>{e(k)}</td><td>{v:.3f}</td></tr>" for k, v in bench.items()]
        h.append("</table><p class='small'>O*NET 18.1 (USDOL/ETA, CC BY 4.0), SMARTSpan (MIT), HEPComp (CC BY-NC-SA, measurement only), read from ../shared/benchmarks at run time.</p>")
    else:
        h.append("<h2>Concreteness checks against public benchmarks</h2><p class='small'>Omitted: ../shared/benchmarks or "
                 "bench/bench_concreteness.py is not present here (or --no-benchmarks was given).</p>")
    h.append("</body></html>")
    return "\n".join(h)


def write_reports(out: Path, results: dict[str, Any], deltas=None, failures=None, with_bench: bool = True) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    bench = benchmark_section() if with_bench else None
    if bench:
        results["benchmarks"] = bench
    if deltas:
        results["baseline_diff"] = deltas
    paths = [out / "results.json", out / "report.md", out / "report.html"]
    paths[0].write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    paths[1].write_text(markdown(results, deltas, failures), encoding="utf-8")
    paths[2].write_text(html(results, deltas, bench, failures), encoding="utf-8")
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
