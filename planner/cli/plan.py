"""`upskill plan`: a problem description in, a validated plan out (md | json | html)."""

from __future__ import annotations

from typing import Optional

import typer

from planner.cli.common import BaseUrlOpt, ModelOpt, ProviderOpt, TodayOpt, err, parse_today, read_problem_text, run_guarded, write_output


def plan(
    text: Optional[str] = typer.Argument(None, help="The problem description. Or use --file, or pipe it on stdin."),
    file: Optional[str] = typer.Option(None, "--file", "-f", help="Read the problem from a text file ('-' for stdin)."),
    format: str = typer.Option("md", "--format", help="md (paste into a doc or LMS) | json (the Plan contract) | html"),
    out: Optional[str] = typer.Option(None, "--out", "-o", help="Write to this file instead of stdout."),
    today: Optional[str] = TodayOpt,
    provider: Optional[str] = ProviderOpt,
    model: Optional[str] = ModelOpt,
    base_url: Optional[str] = BaseUrlOpt,
    annotate: bool = typer.Option(
        False, "--annotate", help="Add a review section: what the checkers found (md and html; json always has it)."
    ),
    no_hints: bool = typer.Option(
        False, "--no-hints", help="Send the model the problem text only, without the rule-extracted hints (or UPSKILL_HINTS=0)."
    ),
) -> None:
    """Write an upskilling plan for a team problem. Input limit: 20,000 characters."""

    def body() -> None:
        from planner.errors import InputError

        fmt = format.lower()
        if fmt not in ("md", "json", "html"):
            raise InputError(f"--format '{format}' is not one of md, json, html")
        problem = read_problem_text(text, file)
        day = parse_today(today)
        from planner.pipeline import make_plan
        from planner.providers.select import resolve

        config = resolve(provider, model, base_url)
        import os

        before = os.environ.get("UPSKILL_HINTS")
        if no_hints:
            os.environ["UPSKILL_HINTS"] = "0"  # read by the LLM prompt builder (planner.generators.hints)
        err(f"upskill: {config.describe()}")
        try:
            result = make_plan(problem, config=config, today=day)
        finally:
            if no_hints:
                if before is None:
                    os.environ.pop("UPSKILL_HINTS", None)
                else:
                    os.environ["UPSKILL_HINTS"] = before
        from planner.render import render

        write_output(render(result, fmt, annotate=annotate), out)

    run_guarded(body)


def register(app: typer.Typer) -> None:
    app.command("plan")(plan)
