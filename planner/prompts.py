"""Prompts as files: ``prompts/<name>.yaml`` with ``name``, ``version``, ``system`` and ``user``.

The files ship inside the package (``planner.resources``); ``UPSKILL_PROMPTS_DIR`` overrides them.

The user template is rendered with jinja2 (strict: a missing variable is an error).
Untrusted text (a manager's problem, survey answers) goes in as delimited data
through :func:`as_data`, which neutralises the closing delimiter so the text can
never end the data block and speak as instructions.
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from planner.errors import ConfigError
from planner.resources import prompts_dir

_NAME = re.compile(r"^[a-z0-9_\-]+$")


@dataclass(frozen=True)
class Prompt:
    name: str
    version: str
    system: str
    user: str  # the jinja2 template text

    def render_user(self, **vars: Any) -> str:
        import jinja2

        env = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=False, keep_trailing_newline=False)
        try:
            return env.from_string(self.user).render(**vars).strip()
        except jinja2.UndefinedError as e:
            raise ConfigError(f"prompt '{self.name}' needs a value the caller did not give: {e.message}")

    def messages(self, **vars: Any) -> list[dict[str, str]]:
        """The chat messages for this prompt: the system text, then the rendered user text."""
        return [{"role": "system", "content": self.system.strip()}, {"role": "user", "content": self.render_user(**vars)}]


def as_data(text: str, tag: str = "problem") -> str:
    """Text to place between ``<tag>`` and ``</tag>``: any delimiter inside it is defused."""
    return re.sub(rf"<\s*(/?)\s*{re.escape(tag)}\s*>", lambda m: f"[{m.group(1)}{tag}]", text, flags=re.I)


@functools.lru_cache(maxsize=32)
def load(name: str) -> Prompt:
    """Load ``prompts/<name>.yaml``; a missing or malformed file is a ConfigError."""
    if not _NAME.match(name):
        raise ConfigError(f"prompt name '{name}' is not valid (letters, digits, '-' and '_')")
    path = prompts_dir() / f"{name}.yaml"
    if not path.is_file():
        raise ConfigError(f"prompt '{name}' not found: expected {path}")
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as e:
        raise ConfigError(f"prompt file {path} is not valid YAML: {e}")
    missing = [k for k in ("name", "version", "system", "user") if not data.get(k)]
    if missing:
        raise ConfigError(f"prompt file {path} lacks: {', '.join(missing)}")
    return Prompt(name=str(data["name"]), version=str(data["version"]), system=str(data["system"]), user=str(data["user"]))
