"""Input limits and validation shared by the CLI, the web API and batches."""

from __future__ import annotations

import codecs
import datetime as dt
import unicodedata
from typing import Optional

from planner.errors import InputError
from planner.sanitize import strip_controls

MAX_INPUT_CHARS = 20_000  # documented in the README: longer problem texts are refused, not truncated
# The latest review date any generator writes is 12 weeks out (DOMAIN.md: 6 to 12 weeks); a year of room
# keeps every date a plan computes from "today" representable (datetime.date.max is 9999-12-31).
LATEST_TODAY = dt.date.max - dt.timedelta(days=366)


def _visible(ch: str) -> bool:
    """A letter, digit, punctuation mark or symbol (Unicode general categories L, N, P, S)."""
    return unicodedata.category(ch)[0] in "LNPS"


def validate_problem_text(raw: object, *, what: str = "problem description") -> str:
    """The text without control characters and outer whitespace; refused when empty, invisible or too long."""
    if not isinstance(raw, str):
        raise InputError(f"the {what} must be text")
    stripped = strip_controls(raw).strip()  # NUL, ESC, lone surrogates...: never part of a problem
    if not stripped:
        raise InputError(f"the {what} is empty" + (" (only control characters)" if raw.strip() else ""))
    if not any(_visible(ch) for ch in stripped):
        raise InputError(f"the {what} is empty: it holds only invisible characters (zero-width or format characters)")
    if len(stripped) > MAX_INPUT_CHARS:
        raise InputError(
            f"the {what} is {len(stripped):,} characters; the limit is {MAX_INPUT_CHARS:,}. "
            "Trim it to the problem itself (symptoms, who, numbers)."
        )
    return stripped


def check_today(day: dt.date, *, what: str = "--today") -> dt.date:
    """``day`` when every date a plan counts from it (the review date) can be written; else an InputError."""
    if day > LATEST_TODAY:
        raise InputError(f"{what} {day.isoformat()} is too late: the review date 6 to 12 weeks after it would pass the last "
                         f"date a calendar can hold; use a date up to {LATEST_TODAY.isoformat()}")
    return day


def parse_today(value: Optional[str], *, what: str = "--today") -> dt.date:
    """A YYYY-MM-DD string (None or empty: today) as a date a plan can count from; InputError otherwise."""
    if not value:
        return dt.date.today()
    try:
        day = dt.date.fromisoformat(value)
    except (ValueError, TypeError):
        raise InputError(f"{what} '{value}' is not a date; use YYYY-MM-DD, e.g. 2026-03-02")
    return check_today(day, what=what)


def utf16_without_bom(data: bytes) -> Optional[str]:
    """'utf-16-le'/'utf-16-be' when the bytes look like UTF-16 text written without a BOM (every other byte NUL)."""
    head = data[:512]
    if len(head) < 4:
        return None
    odd, even = head[1::2], head[0::2]
    if odd.count(0) >= 0.8 * len(odd) and even.count(0) < 0.2 * len(even):
        return "utf-16-le"
    if even.count(0) >= 0.8 * len(even) and odd.count(0) < 0.2 * len(odd):
        return "utf-16-be"
    return None


def decode_text(data: bytes) -> tuple[str, str]:
    """Text and the encoding used: BOMs first, then UTF-8, then cp1252 (Excel's Western default).

    A UTF-8 BOM followed by cp1252 bytes (some tools prepend the BOM to any export) is read as cp1252.
    """
    if data.startswith(codecs.BOM_UTF8):
        body = data[len(codecs.BOM_UTF8):]
        try:
            return body.decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            return body.decode("cp1252", errors="replace"), "cp1252 (after a UTF-8 BOM)"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as e:
            raise InputError(f"the file starts like UTF-16 but is not valid UTF-16 ({e.reason} at byte {e.start})")
    enc16 = utf16_without_bom(data)
    if enc16:
        return data.decode(enc16, errors="replace"), enc16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"
