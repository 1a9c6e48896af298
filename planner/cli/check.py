"""`upskill check`: score statements (or a plan JSON file) for concreteness."""

from __future__ import annotations

import sys
from typing import List, Optional

import typer

from planner.cli.common import BaseUrlOpt, ModelOpt, ProviderOpt, err, read_file_text, run_guarded, write_output


def check(
    statements: Optional[List[str]] = typer.Argument(None, help="Statements to score. Or use --file, or pipe them on stdin (one per line)."),
    file: Optional[str] = typer.Option(None, "--file", "-f", help="One statement per line, or a plan JSON file ('-' for stdin)."),
    format: str = typer.Option("table", "--format", help="table (for people) | json (the contract: {\"items\": [...]})"),
    fail_under: Optional[float] = typer.Option(None, "--fail-under", help="Exit 1 when any item scores under this (0..1). For CI."),
    judge: bool = typer.Option(False, "--judge", help="Also ask an LLM judge (shown beside the rule scores, never replacing them)."),
    provider: Optional[str] = ProviderOpt,
    model: Optional[str] = ModelOpt,
    base_url: Optional[str] = BaseUrlOpt,
    out: Optional[str] = typer.Option(None, "--out", "-o", help="Write to this file instead of stdout."),
) -> None:
    """Score statements against Mager/ABCD/SMART/O*NET rules: observable verb, object, condition, criterion."""

    def body() -> None:
        import datetime as dt
        import json

        from planner.render.check import check_items, plan_items
        from planner.errors import InputError

        fmt = format.lower()
        if fmt not in ("table", "json"):
            raise InputError(f"--format '{format}' is not one of table, json")
        if fail_under is not None and not 0 <= fail_under <= 1:
            raise InputError("--fail-under takes a score between 0 and 1")
        if statements and file:
            raise InputError("give statements as arguments or with --file, not both")
        if file:
            raw = read_file_text(file)
        elif statements:
            raw = None
        elif not sys.stdin.isatty():
            raw = sys.stdin.read()
        else:
            raise InputError("no statements given: pass them as arguments, with --file PATH, or on stdin")
        if raw is not None and raw.lstrip().startswith("{"):
            from pydantic import ValidationError

            from planner.models import Plan

            try:
                plan = Plan.model_validate(json.loads(raw), context={"today": dt.date.min})  # a saved plan's review date may be past
            except json.JSONDecodeError as e:
                raise InputError(f"the file looks like JSON but is not valid JSON: {e.msg} (line {e.lineno})")
            except ValidationError as e:
                raise InputError(f"the JSON is not a plan ({e.error_count()} problems, first: {e.errors()[0]['loc']}: {e.errors()[0]['msg']})")
            result = plan_items(plan)
        else:
            result = check_items(statements if raw is None else raw.splitlines())
        if judge:
            from planner.backends.judge import judge_items
            from planner.providers.select import resolve

            config = resolve(provider, model, base_url)
            err(f"upskill: judge on {config.describe()}")
            judge_items(result["items"], config)
        if fmt == "json":
            write_output(json.dumps(result, indent=2, ensure_ascii=False), out)
        else:
            write_output(_table(result), out)
        if fail_under is not None:
            low = [i for i in result["items"] if i["score"] < fail_under]
            if low:
                err(f"{len(low)} of {len(result['items'])} item(s) score under {fail_under}")
                raise typer.Exit(1)

    run_guarded(body)


def _table(result: dict) -> str:
    from io import StringIO

    from rich.console import Console
    from rich.table import Table

    t = Table(show_lines=True)
    has_field = any("field" in i for i in result["items"])
    if has_field:
        t.add_column("field")
    t.add_column("statement", overflow="fold")
    t.add_column("score", justify="right")
    t.add_column("verdict")
    t.add_column("fixes", overflow="fold")
    if any("judge" in i for i in result["items"]):
        t.add_column("LLM judge", overflow="fold")
    for i in result["items"]:
        row = ([i["field"]] if has_field else []) + [i["text"], f"{i['score']:.2f}", i["verdict"], "\n".join(i["fixes"]) or "-"]
        if "judge" in i:
            j = i["judge"]
            row.append(f"{j['score']:.2f}: {j['reason']}" if j.get("score") is not None else f"failed: {j.get('error')}")
        t.add_row(*row)
    buf = StringIO()
    Console(file=buf, width=120, force_terminal=False).print(t)
    if "plan" in result:
        buf.write(f"plan overall {result['plan']['overall']:.2f}; weak fields: {', '.join(result['plan']['weak_fields']) or 'none'}\n")
    return buf.getvalue()


def register(app: typer.Typer) -> None:
    app.command("check")(check)
