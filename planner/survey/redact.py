"""Personal data out before anything is analysed, saved or sent: e-mails, phone numbers, names and ids."""

from __future__ import annotations

import re
from typing import Iterable

EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
# International and national phone formats: +44 20 7946 0958, (555) 123-4567, 0171 555 0199, 555-123-4567,
# 07700 900123 (UK mobile: a 6-digit group), 07700900123 and +4915112345678 (written without separators)
PHONE = re.compile(r"(?<![\w.])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{2,15}(?:[\s.-]\d{2,8}){0,4}(?![\w.%])")
_DATE = re.compile(r"^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$")
_TOKEN = re.compile(r"[\w'’.-]+")


def _looks_like_phone(s: str) -> bool:
    """7 to 15 digits (E.164 allows 15), not a date; a bare digit run only when dialled like a phone
    (a leading + or 0 and 10+ digits), so "1000000 dollars" and "ticket 1234567" stay."""
    digits = sum(c.isdigit() for c in s)
    if not 7 <= digits <= 15 or _DATE.match(s):
        return False
    if s.lstrip("+").isdigit():
        return s.startswith("+") or (s.startswith("0") and digits >= 10)
    return True


class Redactor:
    """Built once per survey from the values of its name, id and e-mail columns; then one pass per text.

    A name's parts match as written (capitalised: "Anna", "Schmidt"), so "Will" does not redact "will";
    ids match whole tokens case-insensitively. Set look-ups keep it linear in the text, whatever the
    number of respondents.
    """

    def __init__(self, known: Iterable[str] = ()):
        self.parts: set[str] = set()
        self.ids: set[str] = set()
        for value in known:
            value = (value or "").strip()
            if len(value) < 2:
                continue
            words = value.split()
            if len(words) == 1 and not value[:1].isupper() or any(c.isdigit() for c in value):
                self.ids.add(value.lower())
            for w in words:
                if len(w) >= 3 and w[:1].isupper():
                    self.parts.add(w)

    def __call__(self, text: str) -> tuple[str, int]:
        count = 0

        def email(m: re.Match) -> str:
            nonlocal count
            count += 1
            return "[email]"

        def phone(m: re.Match) -> str:
            nonlocal count
            if not _looks_like_phone(m.group(0)):
                return m.group(0)
            count += 1
            return "[phone]"

        out = PHONE.sub(phone, EMAIL.sub(email, text))
        if not (self.parts or self.ids):
            return out, count

        def token(m: re.Match) -> str:
            nonlocal count
            w = m.group(0)
            core = w.strip(".'’-")
            if core in self.parts or core.lower() in self.ids:
                count += 1
                return w.replace(core, "[name]")
            return w

        out = _TOKEN.sub(token, out)
        # "Anna Schmidt" -> "[name] [name]" -> one placeholder
        out = re.sub(r"\[name\](?:\s+\[name\])+", "[name]", out)
        return out, count


def redact(text: str, known: Iterable[str] = ()) -> tuple[str, int]:
    """The text with e-mails, phone numbers and the known values (names, ids) replaced; and how many."""
    return Redactor(known)(text)
