"""Shared CLI plumbing: input reading, provider options, output, and clean errors.

Kept light on imports: ``upskill --help`` must start in well under half a second.
"""

from __future__ import annotations

import datetime as dt
import functools
import sys
from pathlib import Path
from typing import Any, Callable, Optional, TypeVar

import typer

from planner.errors import InputError, PlannerError
from planner.inputs import MAX_INPUT_CHARS, parse_today as _parse_today, validate_problem_text  # noqa: F401
from planner.sanitize import for_terminal

T = TypeVar("T")

ProviderOpt = typer.Option(
    None, "--provider", "-p",
    help="offline | openai | anthropic | local. Default: $UPSKILL_PROVIDER, the config file, an API key in the environment, else offline.",
)
ModelOpt = typer.Option(None, "--model", "-m", help="Model name (or a .gguf path for --provider local).")
BaseUrlOpt = typer.Option(None, "--base-url", help="OpenAI-compatible server URL (Ollama, vLLM, LM Studio, llama.cpp server).")
TodayOpt = typer.Option(None, "--today", help="The date plans count from, YYYY-MM-DD (default: today).")


def err(msg: str) -> None:
    """A line on stderr; escape sequences and control characters from data (team names, cells) never reach the terminal."""
    typer.echo(for_terminal(msg), err=True)


def run_guarded(fn: Callable[[], T]) -> T:
    """Run a command body; PlannerErrors become a message and their exit code."""
    try:
        return fn()
    except PlannerError as e:
        err(f"error: {e}")
        raw = getattr(e, "raw_path", None)
        if raw:
            err(f"the last raw response is saved in {raw}")
        raise typer.Exit(e.exit_code)
    except KeyboardInterrupt:
        err("interrupted")
        raise typer.Exit(130)
    except (typer.Exit, SystemExit):
        raise
    except Exception as e:  # a bug, not a user mistake: say so plainly; the traceback on request
        import os

        if os.environ.get("UPSKILL_DEBUG"):
            raise
        err(f"internal error: {type(e).__name__}: {e}. This is a bug in upskill-planner; "
            "run again with UPSKILL_DEBUG=1 for the traceback and report it.")
        raise typer.Exit(70)


def guarded(fn: Callable[..., T]) -> Callable[..., T]:
    """Decorator for a command function: the error mapping of :func:`run_guarded` around every call."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> T:
        return run_guarded(lambda: fn(*args, **kwargs))

    return wrapper


def parse_today(value: Optional[str]) -> dt.date:
    """--today as a date (default today); refused when not YYYY-MM-DD or too late for a review date."""
    return _parse_today(value, what="--today")


def read_file_text(path: str) -> str:
    """Read a text file ('-' = stdin) as UTF-8 (BOM tolerated), with clear errors."""
    if path == "-":
        return sys.stdin.read()
    p = Path(path)
    if not p.exists():
        raise InputError(f"file not found: {path}")
    if p.is_dir():
        raise InputError(f"{path} is a folder, not a file")
    data = p.read_bytes()
    from planner.inputs import decode_text

    text, encoding = decode_text(data)
    if "\x00" in text[:4096] or (b"\x00" in data[:4096] and not encoding.startswith("utf-16")):
        raise InputError(f"{path} is not a text file")
    return text


def _names_a_file(text: str) -> bool:
    """The argument is the name of an existing file (so the user meant --file). A long problem text is no file name:
    asking the filesystem about it raises "File name too long" (OSError), which means no."""
    name = text.strip()
    if not name or len(name) >= 1024 or "\n" in name:
        return False
    try:
        return Path(name).is_file()
    except (OSError, ValueError):
        return False


def read_problem_text(text: Optional[str], file: Optional[str], *, what: str = "problem description") -> str:
    """Text from the argument, --file (or '-'), or piped stdin; validated for emptiness and size."""
    if text and file:
        raise InputError(f"give the {what} as an argument or with --file, not both")
    if file:
        raw = read_file_text(file)
    elif text is not None:
        if _names_a_file(text):
            raise InputError(f"'{text.strip()}' is a file name, not a {what}: to read it, use --file {text.strip()}")
        raw = text
    elif not sys.stdin.isatty():
        raw = sys.stdin.read()
    else:
        raise InputError(f"no {what} given: pass it as an argument, with --file PATH, or on stdin")
    return validate_problem_text(raw, what=what)


def write_output(content: str, out: Optional[str]) -> None:
    if out:
        p = Path(out)
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(content if content.endswith("\n") else content + "\n", encoding="utf-8")
        except OSError as e:
            raise InputError(f"cannot write {out}: {e.strerror}")
        err(f"wrote {out}")
    else:
        sys.stdout.write(content if content.endswith("\n") else content + "\n")
