"""`upskill`: the command-line entry point. Each command lives in its own module and registers itself."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="upskill",
    help="Turn a team problem into a validated, concrete upskilling plan. Offline by default: no key, no network.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

@app.callback()
def _root() -> None:
    """Turn a team problem into a validated, concrete upskilling plan. Offline by default: no key, no network."""


_COMMAND_MODULES = ("plan", "check", "ground", "batch", "evaluate", "serve")


def _register() -> None:
    import importlib

    for name in _COMMAND_MODULES:
        importlib.import_module(f"planner.cli.{name}").register(app)


_register()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
