"""Files the program reads at run time, found inside the installed package (importlib.resources).

The sources live at the top of the repository (``prompts/``, ``evals/``, ``examples/``); ``planner/data/``
links to them, and the wheel carries copies (``[tool.setuptools.package-data]``), so a wheel installed
anywhere finds the same files an editable checkout does.
"""

from __future__ import annotations

import os
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path


def data(*parts: str) -> Traversable:
    """``planner/data/<parts...>`` inside the installed package."""
    node = files("planner").joinpath("data")
    for p in parts:
        node = node.joinpath(p)
    return node


def data_path(*parts: str) -> Path:
    """A real filesystem path for ``data(*parts)`` (the package is installed unzipped, so this is the file itself)."""
    with as_file(data(*parts)) as p:
        return Path(p)


def prompts_dir() -> Path:
    """Where prompt templates are read from: ``UPSKILL_PROMPTS_DIR`` when set, else the package's own."""
    override = os.environ.get("UPSKILL_PROMPTS_DIR")
    return Path(override) if override else data_path("prompts")
