"""`upskill batch`: one plan per team/role from a skills-survey export, resumable, private by default."""

from __future__ import annotations

from typing import List, Optional

import typer

from planner.cli.common import BaseUrlOpt, ModelOpt, ProviderOpt, TodayOpt, err, parse_today, run_guarded

HELP = """Write one plan per team x role from a skills-survey export (CSV, XLSX or JSONL).

\b
  upskill batch survey.csv --out plans/          run (offline by default)
  upskill batch --resume plans/                  continue a crashed or stopped run
  upskill batch status plans/                    progress of a run (and of provider batches)
  upskill batch collect plans/                   fetch provider batch results (--via batch-api)

Personal data (e-mails, phone numbers, names and ids) is redacted before anything is analysed,
saved or sent; remarks about protected characteristics are dropped and counted. Groups under
--min-group respondents are merged into their team or skipped. Outputs in --out: <group>.md and
<group>.json, summary.csv, index.html and run.sqlite (the run store). Exit 1 when a group failed."""


def batch(
    file: Optional[str] = typer.Argument(None, help="The survey export; or 'status'/'collect' followed by the run folder."),
    run_dir: Optional[str] = typer.Argument(None, help="With status/collect: the run folder (the --out of the run)."),
    out: Optional[str] = typer.Option(None, "--out", "-o", help="Output folder (default: upskill-batch-<date>)."),
    resume: Optional[str] = typer.Option(None, "--resume", help="Continue the run in this folder without redoing finished groups."),
    sheet: Optional[str] = typer.Option(None, "--sheet", help="XLSX sheet name (default: the first)."),
    team_col: Optional[str] = typer.Option(None, "--team-col", help="Column holding the team."),
    role_col: Optional[str] = typer.Option(None, "--role-col", help="Column holding the role."),
    text_col: Optional[List[str]] = typer.Option(None, "--text-col", help="Free-text column (repeatable)."),
    id_col: Optional[str] = typer.Option(None, "--id-col", help="Respondent id column (redacted)."),
    rating_cols: Optional[str] = typer.Option(None, "--rating-cols", help="Regex matching the rating columns."),
    group_by: Optional[List[str]] = typer.Option(None, "--group-by", help="Columns to group by (repeatable; default team x role)."),
    min_group: int = typer.Option(3, "--min-group", min=1, help="Smallest group that gets its own plan."),
    mapping: Optional[str] = typer.Option(None, "--mapping", help="Reuse a saved column mapping (JSON)."),
    save_mapping: Optional[str] = typer.Option(None, "--save-mapping", help="Save the detected column mapping here."),
    no_redact: bool = typer.Option(False, "--no-redact", help="Keep e-mails, phones and names (not recommended)."),
    concurrency: int = typer.Option(4, "--concurrency", min=1, max=64, help="Groups planned at once."),
    via: str = typer.Option("direct", "--via", help="direct | batch-api (OpenAI Batch API / Anthropic Message Batches)."),
    today: Optional[str] = TodayOpt,
    provider: Optional[str] = ProviderOpt,
    model: Optional[str] = ModelOpt,
    base_url: Optional[str] = BaseUrlOpt,
) -> None:
    def body() -> None:
        from pathlib import Path

        from planner.errors import InputError

        if file in ("status", "collect"):
            if not run_dir:
                raise InputError(f"upskill batch {file} needs the run folder, e.g. upskill batch {file} plans/")
            return _status(Path(run_dir)) if file == "status" else _collect(Path(run_dir))
        if via not in ("direct", "batch-api"):
            raise InputError(f"--via '{via}' is not one of direct, batch-api")
        if resume:
            return _resume(Path(resume), concurrency)
        if not file:
            raise InputError("give the survey export: upskill batch FILE --out DIR (see --help)")
        _new_run(Path(file), Path(out) if out else None)

    def _new_run(path, out_dir) -> None:
        import datetime as dt
        from pathlib import Path

        from planner.errors import InputError
        from planner.providers.select import resolve
        from planner.runs.store import RunStore
        from planner.survey import SurveyOptions, load_survey

        opts = SurveyOptions(sheet=sheet, team_col=team_col, role_col=role_col, text_cols=list(text_col or []), id_col=id_col,
                             rating_cols=rating_cols, group_by=list(group_by) if group_by else None, min_group=min_group,
                             redact=not no_redact, mapping_file=mapping)
        if no_redact:
            err("!" * 72 + "\nWARNING: --no-redact: e-mails, phone numbers and names stay in the data sent to the provider\n"
                "and written to the output folder.\n" + "!" * 72)
        config = resolve(provider, model, base_url)
        if via == "batch-api" and config.name not in ("openai", "anthropic"):
            raise InputError(f"--via batch-api needs --provider openai or anthropic (not {config.name})")
        day = parse_today(today)
        out_path = out_dir or Path(f"upskill-batch-{day.isoformat()}")
        db = out_path / "run.sqlite"
        if db.exists():
            raise InputError(f"{out_path} already holds a run: continue it with --resume {out_path}, or choose another --out")
        from planner.runs.runner import file_sha256, register_run

        store = RunStore(db)
        run_id = dt.datetime.now(dt.timezone.utc).strftime("run-%Y%m%dT%H%M%S")
        args = {"file": str(path.resolve()), "file_sha256": file_sha256(path) if path.is_file() else None, "survey_options": opts.model_dump(mode="json"),
                "today": day.isoformat(), "provider": config.name, "model": config.model, "base_url": config.base_url, "via": via}
        # the run first, then its groups in one transaction: a kill in between is completed by --resume
        survey = register_run(store, run_id, args, config.name, config.model, lambda: load_survey(path, opts))
        err(survey.mapping.describe())
        if save_mapping:
            survey.mapping.save(save_mapping)
            err(f"saved the column mapping to {save_mapping} (reuse it with --mapping)")
        for b in survey.bad_rows:
            err(f"line {b.line}: skipped ({b.reason})")
        for n in survey.notices:
            err(f"notice: {n}")
        err(f"{survey.rows_read} rows read, {len(survey.groups)} groups, {survey.redactions} personal values redacted, "
            f"{survey.dropped_protected} remark(s) about protected characteristics dropped")
        err(f"upskill: {config.describe()}")
        if via == "batch-api":
            from planner.runs.batch_api import submit

            ids = submit(store, run_id, config, day)
            err(f"submitted {len(ids)} provider batch(es): {', '.join(ids)}")
            err(f"check with: upskill batch status {out_path}   collect with: upskill batch collect {out_path}")
            return
        _execute(store, run_id, config, day, out_path, concurrency)

    def _resume(out_path, conc) -> None:
        from planner.errors import InputError
        from planner.providers.select import resolve
        from planner.runs.store import RunStore

        db = out_path / "run.sqlite" if out_path.is_dir() else out_path
        if not db.is_file():
            raise InputError(f"no run found at {out_path} (expected {db})")
        store = RunStore(db)
        run = store.run()
        if run is None:
            raise InputError(f"{db} holds no run (it was stopped before it began); start it again: upskill batch FILE --out {out_path}")
        from planner.runs.runner import ensure_registered

        added = ensure_registered(store, run)  # a run killed while registering its groups is completed first
        if added is not None:
            err(f"the run was stopped while its groups were being registered: {added} groups registered now")
        a = run["args"]
        config = resolve(a["provider"], a["model"], a.get("base_url"))
        import datetime as dt

        day = dt.date.fromisoformat(a["today"])
        counts = store.counts(run["id"])
        err(f"resuming {run['id']}: {counts.get('done', 0)} done, {counts.get('pending', 0) + counts.get('running', 0)} to do, "
            f"{counts.get('failed', 0)} failed before (retried)")
        _execute(store, run["id"], config, day, db.parent, conc)

    def _execute(store, run_id, config, day, out_path, conc) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        from planner.runs.outputs import write_outputs
        from planner.runs.runner import run_groups

        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                      TextColumn("{task.fields[totals]}"), transient=False) as progress:
            task = progress.add_task("planning", total=None, totals="")

            def on_progress(t, total):
                progress.update(task, total=total, completed=t.done + t.failed,
                                totals=f"tokens {t.input_tokens + t.output_tokens:,} · ${t.cost_usd:.4f} · failed {t.failed}")

            totals = run_groups(store, run_id, config, day, concurrency=conc, on_progress=on_progress)
        summary = write_outputs(store, run_id, out_path)
        if totals.interrupted:
            err(f"stopped: finished groups are saved. Resume with: upskill batch --resume {out_path}")
            raise typer.Exit(130)
        err(f"{summary['done']} of {summary['groups']} plans written to {out_path} (index.html, summary.csv)"
            + (f"; {totals.cached} from the cache" if totals.cached else ""))
        if summary["failed"]:
            for r in summary["failed"]:
                err(f"failed: {r['group']}: {r['error']}")
            err(f"retry the failed groups with: upskill batch --resume {out_path}")
            raise typer.Exit(1)

    def _status(out_path) -> None:
        import json

        from planner.errors import InputError
        from planner.runs.store import RunStore

        db = out_path / "run.sqlite"
        if not db.is_file():
            raise InputError(f"no run found at {out_path}")
        store = RunStore(db)
        run = store.run()
        info = {"run": run["id"], "status": run["status"], "provider": run["provider"], "model": run["model"],
                "groups": store.counts(run["id"]), "batches": list(store.batches(run["id"]))}
        if info["batches"]:
            from planner.runs.batch_api import refresh

            info["batches"] = refresh(store, run["id"])
        typer.echo(json.dumps(info, indent=2))

    def _collect(out_path) -> None:
        from planner.errors import InputError
        from planner.runs.store import RunStore

        db = out_path / "run.sqlite"
        if not db.is_file():
            raise InputError(f"no run found at {out_path}")
        store = RunStore(db)
        run = store.run()
        from planner.runs.batch_api import collect

        n = collect(store, run["id"])
        err(f"collected {n} result(s)")
        from planner.providers.select import resolve
        import datetime as dt

        a = run["args"]
        _execute(store, run["id"], resolve(a["provider"], a["model"], a.get("base_url")), dt.date.fromisoformat(a["today"]),
                 out_path, concurrency)  # invalid or missing results go through the normal path

    run_guarded(body)


batch.__doc__ = HELP


def register(app: typer.Typer) -> None:
    app.command("batch", help=HELP)(batch)
