"""Personal data out before anything is analysed, saved or sent: e-mails, phone numbers, names and ids."""

from __future__ import annotations

import re
from typing import Iterable

EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
# International and national phone formats: +44 20 7946 0958, (555) 123-4567, 0171 555 0199, 555-123-4567
PHONE = re.compile(r"(?<![\w.])(?:\+?\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}(?![\w.%])")


def _looks_like_phone(s: str) -> bool:
    digits = sum(c.isdigit() for c in s)
    return 7 <= digits <= 15


def redact(text: str, known: Iterable[str] = ()) -> tuple[str, int]:
    """The text with e-mails, phone numbers and the known values (names, ids) replaced; and how many."""
    count = 0

    def sub(label: str):
        def f(m: re.Match) -> str:
            nonlocal count
            count += 1
            return f"[{label}]"
        return f

    out = EMAIL.sub(sub("email"), text)

    def phone(m: re.Match) -> str:
        nonlocal count
        if not _looks_like_phone(m.group(0)):
            return m.group(0)
        count += 1
        return "[phone]"

    out = PHONE.sub(phone, out)
    for value in sorted({k.strip() for k in known if k and len(k.strip()) >= 2}, key=len, reverse=True):
        parts = [value] + [p for p in value.split() if len(p) >= 3 and p[:1].isupper()]  # "Anna Schmidt": also "Anna"
        for part in parts:
            # a name part matches as written (capitalised), so "Will" does not redact "will"
            rx = re.compile(rf"(?<!\w){re.escape(part)}(?!\w)", re.I if part == value and not value[:1].isupper() else 0)
            out, n = rx.subn("[name]", out)
            count += n
    return out, count
