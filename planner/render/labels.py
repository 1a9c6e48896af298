"""The words a rendered plan adds around the model's text, in the plan's language.

A plan written in German under English headings reads as half translated; the headings and
labels follow ``plan.language`` for the languages the plan prompt is most often answered in
(``labels.json`` beside this module: localisation data, one object per language).
Anything else falls back to English.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files


@lru_cache(maxsize=1)
def _labels() -> dict[str, dict[str, str]]:
    data = json.loads(files(__package__).joinpath("labels.json").read_text(encoding="utf-8"))
    return {code: table for code, table in data.items() if isinstance(table, dict)}


def labels_for(language: str | None) -> dict[str, str]:
    """The labels for ``language`` (ISO 639-1, any case, region ignored: 'de-AT' -> German); English otherwise."""
    code = (language or "en").lower().split("-")[0].split("_")[0]
    table = _labels()
    return table.get(code, table["en"])
