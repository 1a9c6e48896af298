"""`upskill ground`: rewrite skills into workflow-grounded tasks (who uses the output, for what outcome)."""

from __future__ import annotations

from typing import Optional

import typer

from planner.cli.common import BaseUrlOpt, ModelOpt, ProviderOpt, err, read_file_text, run_guarded, write_output

MAX_SKILLS = 200  # one request per skill on an LLM provider: a longer list is a batch job, refused up front


def _skills_from_file(path: str, column: Optional[str]) -> list[str]:
    from planner.errors import InputError

    text = read_file_text(path)
    is_csv = column is not None or path.lower().endswith((".csv", ".tsv"))
    if not is_csv:
        return [line.strip() for line in text.splitlines()]
    import csv
    import io

    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel_tab if path.lower().endswith(".tsv") else csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    headers = [h.strip() for h in (reader.fieldnames or []) if h is not None]
    if not headers:
        raise InputError(f"{path} has no header row; give the skills one per line, or a CSV with a header and --column")
    if column is None:
        raise InputError(f"{path} is a CSV: name the column that holds the skills with --column (columns: {', '.join(headers)})")
    match = next((h for h in (reader.fieldnames or []) if h is not None and h.strip().lower() == column.strip().lower()), None)
    if match is None:
        raise InputError(f"{path} has no column '{column}' (columns: {', '.join(headers)})")
    return [(row.get(match) or "").strip() for row in reader]


def collect_skills(skills: list[str], file: Optional[str], column: Optional[str]) -> list[str]:
    """Skills from the arguments, --file (lines or a CSV column) or stdin; blank file lines are skipped."""
    import sys

    from planner.errors import InputError

    if column and not file:
        raise InputError("--column needs --file PATH (a CSV with a header row)")
    if skills and file:
        raise InputError("give the skills as arguments or with --file, not both")
    for i, s in enumerate(skills, 1):
        if not s.strip():
            raise InputError(f"skill {i} is empty; give each skill as a non-empty statement, e.g. 'Complete and submit the customer information'")
    if file:
        raw = _skills_from_file(file, column)
        where = file
    elif skills:
        raw, where = list(skills), "the arguments"
    elif not sys.stdin.isatty():
        raw, where = [line.strip() for line in sys.stdin.read().splitlines()], "stdin"
    else:
        raise InputError("no skills given: pass them as arguments, with --file PATH (one per line, or a CSV with --column), or on stdin")
    found = [s for s in raw if s]
    skipped = len(raw) - len(found)
    if not found:
        raise InputError(f"no skills in {where}: every line or cell is empty")
    if skipped:
        err(f"upskill: skipped {skipped} empty line(s) in {where}")
    if len(found) > MAX_SKILLS:
        raise InputError(f"{len(found)} skills given; the limit is {MAX_SKILLS} per run. Split the list.")
    from planner.grounding.parse import clean_skill

    return [clean_skill(s, what=f"skill {i}") for i, s in enumerate(found, 1)]


def read_context(context: Optional[str], context_file: Optional[str]) -> Optional[str]:
    from planner.errors import InputError
    from planner.inputs import validate_problem_text

    if context is not None and context_file:
        raise InputError("give the context with --context or --context-file, not both")
    if context_file:
        return validate_problem_text(read_file_text(context_file), what=f"context in {context_file}")
    if context is not None:
        return validate_problem_text(context, what="context")
    return None


def ground(
    skills: Optional[list[str]] = typer.Argument(None, help="Skills or tasks to ground, e.g. 'Complete and submit the customer information'."),
    file: Optional[str] = typer.Option(None, "--file", "-f", help="Read skills from a file: one per line, or a CSV column with --column. '-' for stdin."),
    column: Optional[str] = typer.Option(None, "--column", "-c", help="The CSV column that holds the skills (header name, case-insensitive)."),
    context: Optional[str] = typer.Option(None, "--context", help="The team problem or workflow description: who does the work, who uses it downstream."),
    context_file: Optional[str] = typer.Option(None, "--context-file", help="Read the context from a text file."),
    format: str = typer.Option("json", "--format", help="json ({\"items\": [...]}) | md"),
    out: Optional[str] = typer.Option(None, "--out", "-o", help="Write to this file instead of stdout."),
    provider: Optional[str] = ProviderOpt,
    model: Optional[str] = ModelOpt,
    base_url: Optional[str] = BaseUrlOpt,
) -> None:
    """Rewrite skills into workflow-grounded tasks.

    Each skill keeps its action and object and gains the workflow it belongs to, the consumer
    (who uses the output, never the performer) and the outcome the consumer needs, read from
    the context. When the context does not say who uses the output, the task says so as an
    open question instead of inventing a consumer.

    Checks on every task: keeps_action_object, names_consumer, names_outcome, one_behaviour,
    length (45 words at most), performance (an observable action).

    Exit status: 0 all checks pass; 1 some task fails a check (the output is still written);
    2 bad input or options; 3 the provider failed.
    """

    def body() -> None:
        from planner.errors import InputError

        fmt = format.lower()
        if fmt not in ("json", "md"):
            raise InputError(f"--format '{format}' is not one of json, md")
        items = collect_skills(list(skills or []), file, column)
        ctx = read_context(context, context_file)
        if ctx is None:
            err("upskill: no --context given: consumers and outcomes cannot be read, the open questions will say so")
        from planner.errors import ProviderError
        from planner.pipeline import iter_grounded
        from planner.providers.select import resolve

        config = resolve(provider, model, base_url)
        err(f"upskill: {config.describe()}")
        tasks = []
        failure: Optional[ProviderError] = None
        try:
            for task in iter_grounded(items, ctx, config):
                tasks.append(task)
        except ProviderError as e:  # keep what was grounded before the provider failed
            failure = e
        meta = {"provider": config.name, "model": config.model}
        from planner.backends import get_backend

        version = get_backend(config).grounding_prompt_version
        if version:
            meta["prompt_version"] = version
        from planner.grounding.report import tasks_json, tasks_markdown

        failed = None
        if failure is not None:
            failed = {"original": items[len(tasks)], "error": str(failure), "not_attempted": items[len(tasks) + 1 :]}
        write_output(tasks_json(tasks, meta, failed) if fmt == "json" else tasks_markdown(tasks, meta, failed), out)
        if failure is not None:
            raise failure  # exit 3 with the message, after the grounded tasks were written
        failing = [t for t in tasks if any(not c.passed for c in t.checks)]
        if failing:
            err(f"upskill: {len(failing)} of {len(tasks)} task(s) fail a grounding check (see 'checks' and 'open_questions')")
            raise typer.Exit(1)

    run_guarded(body)


def register(app: typer.Typer) -> None:
    app.command("ground")(ground)
