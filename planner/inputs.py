"""Input limits and validation shared by the CLI, the web API and batches."""

from __future__ import annotations

from planner.errors import InputError

MAX_INPUT_CHARS = 20_000  # documented in the README: longer problem texts are refused, not truncated


def validate_problem_text(raw: object, *, what: str = "problem description") -> str:
    if not isinstance(raw, str):
        raise InputError(f"the {what} must be text")
    stripped = raw.strip()
    if not stripped:
        raise InputError(f"the {what} is empty")
    if len(stripped) > MAX_INPUT_CHARS:
        raise InputError(
            f"the {what} is {len(stripped):,} characters; the limit is {MAX_INPUT_CHARS:,}. "
            "Trim it to the problem itself (symptoms, who, numbers)."
        )
    return stripped
