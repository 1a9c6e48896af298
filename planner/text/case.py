"""Two string helpers every generator needs: a capitalised first letter, and a field shortened at a word boundary."""

from __future__ import annotations

from typing import Optional


def cap(text: str) -> str:
    """The text with its first letter upper-case (the rest as written: "SBAR", "iPad" keep their case)."""
    return text[:1].upper() + text[1:] if text else text


def clip_words(text: Optional[str], limit: int) -> Optional[str]:
    """Whitespace collapsed, and cut at a word boundary with an ellipsis when longer than ``limit``; None stays None."""
    if text is None:
        return None
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
