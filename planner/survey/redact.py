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
_NAME_RUN = re.compile(r"\[name\](?:\s+\[name\])+")


def _looks_like_phone(s: str) -> bool:
    """7 to 15 digits (E.164 allows 15), not a date; a bare digit run only when dialled like a phone
    (a leading + or 0 and 10+ digits), so "1000000 dollars" and "ticket 1234567" stay."""
    digits = sum(c.isdigit() for c in s)
    if not 7 <= digits <= 15 or _DATE.match(s):
        return False
    if s.lstrip("+").isdigit():
        return s.startswith("+") or (s.startswith("0") and digits >= 10)
    return True


# Name parts that are also everyday words: redacted only when capitalised as a name ("Will", not "will").
_WORDS = frozenset("""
    will mark bill rose grace hope joy faith may june april august sunny rich frank bob pat sue ray dawn art jack max chase
    drew gene lane young brown white green black gray grey king long little hill wood woods price cook baker smith miller
    carter mason page hunter ward hall lee bell park moon field stone rivers river summer winter autumn spring star sky
    ash bay beck cliff dale dean glen grant hale holly iris ivy jade lily penny robin rowan sage skye violet wade west
    north south east love good best bright fair gold silver street lane nick sam will win wing vale case key major
    sales team support billing service desk account lead manager dev ops kit van von del der den ten
""".split())


class Redactor:
    """Built once per survey from the values of its name, id, e-mail and other personal columns; then one pass per text.

    A name's parts match as written ("Anna", "Schmidt") and also in lower case unless the part is an
    everyday word ("Will" redacts "Will", not "will"); ids match whole tokens case-insensitively (short
    numeric ids such as row numbers are left alone: they would erase every small number in the answers).
    Set look-ups keep it linear in the text, whatever the number of respondents.
    """

    def __init__(self, known: Iterable[str] = ()):
        self.parts: set[str] = set()
        self.lower_parts: set[str] = set()
        self.ids: set[str] = set()
        for value in known:
            value = (value or "").strip()
            if len(value) < 2 or "@" in value:
                continue  # e-mail addresses are caught by the EMAIL pattern wherever they appear
            words = value.split()
            if any(c.isdigit() for c in value) or (len(words) == 1 and not value[:1].isupper()):
                if not (value.isdigit() and len(value) < 4):
                    self.ids.add(value.lower())
                continue
            for w in re.split(r"[\s,]+", value):
                w = w.strip(".'’-()")
                if len(w) >= 2 and w[:1].isupper():
                    self.parts.add(w)
                    if len(w) >= 3 and w.lower() not in _WORDS:
                        self.lower_parts.add(w.lower())

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
            if core.endswith(("'s", "’s")) and len(core) > 3:
                core = core[:-2]  # "Anna's"
            low = core.lower()
            if core in self.parts or low in self.lower_parts:
                count += 1
                return w.replace(core, "[name]")
            if low in self.ids:
                count += 1
                return w.replace(core, "[id]")
            return w

        out = _TOKEN.sub(token, out)
        # "Anna Schmidt" -> "[name] [name]" -> one placeholder
        out = _NAME_RUN.sub("[name]", out)
        return out, count


def redact(text: str, known: Iterable[str] = ()) -> tuple[str, int]:
    """The text with e-mails, phone numbers and the known values (names, ids) replaced; and how many."""
    return Redactor(known)(text)
