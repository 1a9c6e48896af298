"""Errors that reach the user as a clear message and an exit code, never a traceback."""

from __future__ import annotations


class PlannerError(Exception):
    """Base class: ``str(err)`` is the message shown to the user."""

    exit_code = 1


class InputError(PlannerError):
    """The user's input is empty, unreadable, too large or malformed."""

    exit_code = 2


class ConfigError(PlannerError):
    """A provider, model, key or option is missing or wrong."""

    exit_code = 2


class ProviderError(PlannerError):
    """The provider failed for good (after retries) or never produced a valid answer.

    ``raw_path`` points at the last raw response saved for inspection, when there was one.
    """

    exit_code = 3

    def __init__(self, message: str, raw_path: str | None = None):
        super().__init__(message)
        self.raw_path = raw_path


class UnsupportedLanguageError(PlannerError):
    """The offline provider cannot read the problem's language."""

    exit_code = 2
