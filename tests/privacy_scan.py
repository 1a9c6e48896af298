"""Scan text for planted personal items: the helper the hostile-export tests share."""

from __future__ import annotations

import json
import re
from pathlib import Path

PLANTED = Path(__file__).parent / "fixtures" / "survey" / "hostile" / "planted.json"


def planted() -> dict[str, list[str]]:
    return json.loads(PLANTED.read_text(encoding="utf-8"))


def _pattern(item: str) -> re.Pattern:
    # whole words where the item starts or ends with a word character; spaces match any run of whitespace
    body = r"\s+".join(re.escape(p) for p in item.split())
    return re.compile(("(?<![\\w])" if item[:1].isalnum() else "") + body + ("(?![\\w])" if item[-1:].isalnum() else ""), re.I)


def hits(text: str, items: dict[str, list[str]] | None = None) -> list[tuple[str, str, str]]:
    """(kind, item, context) for every planted item found in text."""
    found = []
    for kind, values in (items or planted()).items():
        for v in values:
            for m in _pattern(v).finditer(text):
                found.append((kind, v, text[max(0, m.start() - 40): m.end() + 40].replace("\n", " ")))
                break
    return found
