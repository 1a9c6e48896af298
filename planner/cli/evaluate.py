"""`upskill eval`: run the eval cases over one or more providers and write report.html, report.md, results.json."""

from __future__ import annotations

from typing import List, Optional

import typer

from planner.cli.common import BaseUrlOpt, ModelOpt, ProviderOpt, TodayOpt, err, parse_today, run_guarded


def evaluate(
    out: str = typer.Option("eval-out", "--out", "-o", help="Folder for report.html, report.md and results.json."),
    dataset: Optional[str] = typer.Option(None, "--dataset", help="Case file (YAML list or JSONL) or eval set folder (default: evals/cases.yaml)."),
    split: Optional[str] = typer.Option(None, "--split", help="dev | holdout | all: that split of the eval set under evals/ (or of --dataset). dev never reads evals/holdout.yaml."),
    target: Optional[List[str]] = typer.Option(None, "--target", "-t", help="provider[:model][@base_url]; repeat to compare several in one report."),
    provider: Optional[str] = ProviderOpt,
    model: Optional[str] = ModelOpt,
    base_url: Optional[str] = BaseUrlOpt,
    repeat: int = typer.Option(1, "--repeat", min=1, max=20, help="Run each case N times to see variance."),
    concurrency: int = typer.Option(4, "--concurrency", min=1, max=64, help="Cases run at once."),
    baseline: Optional[str] = typer.Option(None, "--baseline", help="A previous results.json: show per-metric and per-case deltas."),
    fail_under: Optional[List[str]] = typer.Option(None, "--fail-under", help="metric=value (repeatable): exit 1 when a target misses it."),
    thresholds_file: Optional[str] = typer.Option(None, "--thresholds", help="A TOML file of metric = value gates (e.g. evals/thresholds.toml)."),
    today: Optional[str] = TodayOpt,
    no_benchmarks: bool = typer.Option(False, "--no-benchmarks", help="Skip the concreteness benchmark section."),
    judge: Optional[str] = typer.Option(None, "--judge", help="Also score usefulness with an LLM judge: provider[:model][@base_url] (reported beside the rule scores)."),
) -> None:
    """Evaluate plan quality per provider: schema, completeness, concreteness, grounding, facts, hallucinated numbers, cost."""

    def body() -> None:
        from pathlib import Path

        from planner.errors import InputError
        from planner.evals.baseline import diff, load_results
        from planner.evals.cases import load_cases
        from planner.evals.report import gate, write_reports
        from planner.evals.runner import parse_target, run_eval
        from planner.evals.scorers import COST_METRICS, QUALITY_METRICS
        from planner.providers.select import resolve

        thresholds: dict[str, float] = {}
        specs = list(fail_under or [])
        if thresholds_file:
            import tomllib

            try:
                loaded = tomllib.loads(Path(thresholds_file).read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError) as e:
                raise InputError(f"--thresholds {thresholds_file}: {e}")
            specs = [f"{k}={v}" for k, v in loaded.items()] + specs
        for spec in specs:
            name, sep, val = spec.partition("=")
            if not sep or name not in QUALITY_METRICS + COST_METRICS:
                raise InputError(f"--fail-under '{spec}': use metric=value with a metric from: {', '.join(QUALITY_METRICS + COST_METRICS)}")
            try:
                thresholds[name] = float(val)
            except ValueError:
                raise InputError(f"--fail-under '{spec}': '{val}' is not a number")
        base = load_results(baseline) if baseline else None
        cases = load_cases(dataset, split=split)
        configs = [parse_target(t) for t in target or []]
        if provider or model or base_url or not configs:
            configs.insert(0, resolve(provider, model, base_url))
        day = parse_today(today)
        err(f"upskill eval: {len(cases)} cases on " + ", ".join(c.describe() for c in configs))
        from rich.progress import Progress

        with Progress(transient=True) as progress:
            task = progress.add_task("evaluating", total=len(cases) * len(configs) * repeat)
            results = run_eval(cases, configs, repeat=repeat, concurrency=concurrency, today=day,
                               on_done=lambda: progress.advance(task))
        if judge:
            from planner.evals.judge import judge_records
            from planner.evals.runner import aggregate
            from planner.backends import get_backend

            jbackend = get_backend(parse_target(judge))
            if not jbackend.has_model:
                raise InputError("--judge needs an LLM provider, e.g. --judge openai:gpt-4o-mini")
            plans = {(r["target"], r["case"], r["repeat"]): r["plan_json"] for r in results["records"] if r["plan_json"]}
            judge_records(results, plans, {c.id: c.text for c in cases}, jbackend.provider)
            results["summary"] = aggregate(results["records"])
        deltas = diff(results, base) if base else None
        failures = gate(results, thresholds)
        paths = write_reports(Path(out), results, deltas, failures, with_bench=not no_benchmarks)
        from planner.evals.report import markdown

        typer.echo(markdown(results, deltas, failures))
        err("wrote " + ", ".join(str(p) for p in paths))
        if failures:
            err("gate failed: " + "; ".join(failures))
            raise typer.Exit(1)

    run_guarded(body)


def register(app: typer.Typer) -> None:
    app.command("eval")(evaluate)
