"""`upskill batch`: one plan per team/role from a skills-survey export, resumable, private by default.

A Typer sub-app with three commands, ``run`` (the default: ``upskill batch FILE`` is ``upskill batch run FILE``),
``status`` and ``collect``. Every command's errors are mapped to a message and an exit code by one decorator
(:func:`planner.cli.common.guarded`). Everything that can be refused is refused before the survey is read:
the date, the output folder, the provider, ``--via``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any, List, Optional

import typer
from typer.core import TyperGroup

from planner.cli.common import BaseUrlOpt, ModelOpt, ProviderOpt, TodayOpt, err, guarded, parse_today
from planner.errors import InputError

HELP = """Write one plan per team x role from a skills-survey export (CSV, XLSX or JSONL).

\b
  upskill batch survey.csv --out plans/          run (offline by default); same as: upskill batch run survey.csv ...
  upskill batch --resume plans/                  continue a crashed or stopped run
  upskill batch status plans/                    progress of a run (and of provider batches)
  upskill batch collect plans/                   fetch provider batch results (--via batch-api)

Personal data (e-mails, phone numbers, names and ids) is redacted before anything is analysed,
saved or sent; remarks about protected characteristics are dropped and counted. Groups under
--min-group respondents are merged into their team or skipped. Outputs in --out: <group>.md and
<group>.json, summary.csv, index.html and run.sqlite (the run store). Exit 1 when a group failed."""

VIAS = ("direct", "batch-api")
STORE_NAME = "run.sqlite"


class _RunByDefault(TyperGroup):
    """``upskill batch FILE ...`` and ``upskill batch --resume DIR`` mean ``upskill batch run ...``."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ctx.help_option_names):
            args = ["run", *args]
        return super().parse_args(ctx, args)


app = typer.Typer(cls=_RunByDefault, help=HELP, add_completion=False, pretty_exceptions_enable=False, rich_markup_mode=None)


# ---------------------------------------------------------------------------------------------------- checks up front
def check_out_dir(out: Path) -> None:
    """Refuse an --out that is a file (or a device such as /dev/null), or that cannot be created or written."""
    if out.exists():
        if not out.is_dir():
            what = "a file" if out.is_file() else "a device or other special file"
            raise InputError(f"--out {out} is {what}, not a folder; give a folder for the plans")
        if not os.access(out, os.W_OK | os.X_OK):
            raise InputError(f"cannot write to the folder --out {out} (permission denied)")
        return
    parent = out.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        raise InputError(f"cannot create --out {out}: {parent} is a file, not a folder")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise InputError(f"cannot create --out {out}: {parent} is not writable")


def check_no_run_there(out: Path) -> None:
    """A new run never overwrites a run store: a folder that holds one is refused with the resume command."""
    from planner.runs.storefile import check_run_store

    db = out / STORE_NAME
    if not db.exists():
        return
    try:
        check_run_store(db)
    except InputError as e:
        raise InputError(f"{out} already holds a {STORE_NAME} that cannot be resumed: {e}; choose another --out")
    raise InputError(f"{out} already holds a run: continue it with --resume {out}, or choose another --out")


def make_out_dir(out: Path) -> None:
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise InputError(f"cannot create --out {out}: {e.strerror}")


def open_run(path: Path):
    """The store and the run in a run folder (or a run.sqlite path), checked readable first."""
    from planner.runs.store import RunStore
    from planner.runs.storefile import check_run_store

    db = path / STORE_NAME if path.is_dir() else path
    if not db.exists():
        raise InputError(f"no run found at {path} (expected {db})")
    check_run_store(db)
    store = RunStore(db)
    return store, store.run(), db.parent


def run_settings(run: dict[str, Any], where: Path):
    """The provider config and the date a stored run was started with; a store from another version is refused."""
    from planner.inputs import parse_today as parse_date
    from planner.providers.select import resolve

    a = run.get("args") or {}
    if "provider" not in a or "today" not in a:
        raise InputError(f"the run in {where} was not started by `upskill batch FILE` (its settings lack the provider or date)")
    day = parse_date(a["today"], what="the run's date (--today when it started)")
    return resolve(a["provider"], a.get("model"), a.get("base_url")), day


# ---------------------------------------------------------------------------------------------------- the steps
def report_survey(survey: Any, save_mapping: Optional[str]) -> None:
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


def execute(store: Any, run_id: str, config: Any, day: dt.date, out: Path, concurrency: int) -> None:
    """Plan every pending or failed group with a progress bar, write the outputs, exit 1 on failures, 130 on Ctrl-C."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from planner.render.run_outputs import write_outputs
    from planner.runs.runner import run_groups

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  TextColumn("{task.fields[totals]}"), transient=False) as progress:
        task = progress.add_task("planning", total=None, totals="")

        def on_progress(t: Any, total: int) -> None:
            progress.update(task, total=total, completed=t.done + t.failed,
                            totals=f"tokens {t.input_tokens + t.output_tokens:,} · ${t.cost_usd:.4f} · failed {t.failed}")

        totals = run_groups(store, run_id, config, day, concurrency=concurrency, on_progress=on_progress)
    summary = write_outputs(store, run_id, out)
    if totals.interrupted:
        err(f"stopped: finished groups are saved. Resume with: upskill batch --resume {out}")
        raise typer.Exit(130)
    err(f"{summary['done']} of {summary['groups']} plans written to {out} (index.html, summary.csv)"
        + (f"; {totals.cached} from the cache" if totals.cached else ""))
    if summary["failed"]:
        for r in summary["failed"]:
            err(f"failed: {r['group']}: {r['error']}")
        err(f"retry the failed groups with: upskill batch --resume {out}")
        raise typer.Exit(1)


def new_run(path: Path, out: Optional[Path], opts: Any, *, save_mapping: Optional[str], via: str, today: Optional[str],
            provider: Optional[str], model: Optional[str], base_url: Optional[str], concurrency: int) -> None:
    from planner.providers.select import resolve
    from planner.runs.store import RunStore
    from planner.survey import load_survey

    day = parse_today(today)
    config = resolve(provider, model, base_url)
    if via == "batch-api" and config.name not in ("openai", "anthropic"):
        raise InputError(f"--via batch-api needs --provider openai or anthropic (not {config.name})")
    out = out or Path(f"upskill-batch-{day.isoformat()}")
    check_out_dir(out)
    check_no_run_there(out)
    if not opts.redact:
        err("!" * 72 + "\nWARNING: --no-redact: e-mails, phone numbers and names stay in the data sent to the provider\n"
            "and written to the output folder.\n" + "!" * 72)
    created = not out.exists()
    make_out_dir(out)
    from planner.runs.runner import file_sha256, register_run

    store = RunStore(out / STORE_NAME)
    run_id = dt.datetime.now(dt.timezone.utc).strftime("run-%Y%m%dT%H%M%S")
    args = {"file": str(path.resolve()), "file_sha256": file_sha256(path) if path.is_file() else None,
            "survey_options": opts.model_dump(mode="json"), "today": day.isoformat(), "provider": config.name,
            "model": config.model, "base_url": config.base_url, "via": via}
    # the run first, then its groups in one transaction: a kill in between is completed by --resume
    try:
        survey = register_run(store, run_id, args, config.name, config.model, lambda: load_survey(path, opts))
    except BaseException:
        if created and out.is_dir() and not any(out.iterdir()):
            out.rmdir()  # a refused export leaves nothing behind, not even the folder
        raise
    report_survey(survey, save_mapping)
    err(f"upskill: {config.describe()}")
    if via == "batch-api":
        from planner.runs.batch_api import submit

        ids = submit(store, run_id, config, day)
        err(f"submitted {len(ids)} provider batch(es): {', '.join(ids)}")
        err(f"check with: upskill batch status {out}   collect with: upskill batch collect {out}")
        return
    execute(store, run_id, config, day, out, concurrency)


def resume_run(path: Path, concurrency: int) -> None:
    store, run, out = open_run(path)
    if run is None:
        raise InputError(f"{out / STORE_NAME} holds no run (it was stopped before it began); start it again: upskill batch FILE --out {out}")
    from planner.runs.runner import ensure_registered

    added = ensure_registered(store, run)  # a run killed while registering its groups is completed first
    if added is not None:
        err(f"the run was stopped while its groups were being registered: {added} groups registered now")
    config, day = run_settings(run, out)
    check_out_dir(out)
    counts = store.counts(run["id"])
    err(f"resuming {run['id']}: {counts.get('done', 0)} done, {counts.get('pending', 0) + counts.get('running', 0)} to do, "
        f"{counts.get('failed', 0)} failed before (retried)")
    execute(store, run["id"], config, day, out, concurrency)


def _need_dir(command: str, run_dir: Optional[str]) -> Path:
    if not run_dir:
        raise InputError(f"upskill batch {command} needs the run folder, e.g. upskill batch {command} plans/")
    p = Path(run_dir)
    if not p.is_dir():
        raise InputError(f"no run found at {run_dir} (give the folder a run wrote, its --out)")
    return p


# ---------------------------------------------------------------------------------------------------- commands
@app.command("run", help=HELP)
@guarded
def run_command(
    file: Optional[str] = typer.Argument(None, help="The survey export (CSV, XLSX or JSONL)."),
    out: Optional[str] = typer.Option(None, "--out", "-o", help="Output folder (default: upskill-batch-<date>)."),
    resume: Optional[str] = typer.Option(None, "--resume", help="Continue the run in this folder without redoing finished groups."),
    sheet: Optional[str] = typer.Option(None, "--sheet", help="XLSX sheet name (default: the first)."),
    team_col: Optional[str] = typer.Option(None, "--team-col", help="Column holding the team."),
    role_col: Optional[str] = typer.Option(None, "--role-col", help="Column holding the role."),
    text_col: Optional[List[str]] = typer.Option(None, "--text-col", help="Free-text column (repeatable)."),
    id_col: Optional[str] = typer.Option(None, "--id-col", help="Respondent id column (redacted)."),
    rating_cols: Optional[str] = typer.Option(None, "--rating-cols", help="Regex matching the rating columns."),
    group_by: Optional[List[str]] = typer.Option(None, "--group-by", help="Columns to group by (repeatable; default team x role; never a personal column)."),
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
    from planner.survey import SurveyOptions

    if via not in VIAS:
        raise InputError(f"--via '{via}' is not one of {', '.join(VIAS)}")
    if resume:
        return resume_run(Path(resume), concurrency)
    if not file:
        raise InputError("give the survey export: upskill batch FILE --out DIR (see --help)")
    opts = SurveyOptions(sheet=sheet, team_col=team_col, role_col=role_col, text_cols=list(text_col or []), id_col=id_col,
                         rating_cols=rating_cols, group_by=list(group_by) if group_by else None, min_group=min_group,
                         redact=not no_redact, mapping_file=mapping)
    new_run(Path(file), Path(out) if out else None, opts, save_mapping=save_mapping, via=via, today=today,
            provider=provider, model=model, base_url=base_url, concurrency=concurrency)


@app.command("status")
@guarded
def status_command(run_dir: Optional[str] = typer.Argument(None, help="The run folder (the --out of the run).")) -> None:
    """Progress of a run as JSON: groups per status, and its provider batches (refreshed)."""
    store, run, _ = open_run(_need_dir("status", run_dir))
    info = {"run": run["id"], "status": run["status"], "provider": run["provider"], "model": run["model"],
            "groups": store.counts(run["id"]), "batches": list(store.batches(run["id"]))}
    if info["batches"]:
        from planner.runs.batch_api import refresh

        info["batches"] = refresh(store, run["id"])
    typer.echo(json.dumps(info, indent=2))


@app.command("collect")
@guarded
def collect_command(
    run_dir: Optional[str] = typer.Argument(None, help="The run folder (the --out of the run)."),
    concurrency: int = typer.Option(4, "--concurrency", min=1, max=64, help="Groups planned at once (results that fail validation)."),
) -> None:
    """Fetch finished provider batch results (--via batch-api), then plan whatever is still missing and write the outputs."""
    from planner.runs.batch_api import collect

    store, run, out = open_run(_need_dir("collect", run_dir))
    config, day = run_settings(run, out)
    n = collect(store, run["id"])
    err(f"collected {n} result(s)")
    execute(store, run["id"], config, day, out, concurrency)  # invalid or missing results go through the normal path


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="batch", help=HELP)
