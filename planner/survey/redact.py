"""Personal data out before anything is analysed, saved or sent.

What is replaced, in this order (each by a placeholder: [email], [iban], [card], [id], [phone], [name]):
- e-mail addresses, also without a dot in the domain ("user@localhost"), URL-encoded ("kwame%40example.com")
  and written out ("name at domain dot com", "name(at)domain(dot)org", "name [at] domain [dot] net"); chat
  handles ("@dmitri");
- IBANs (ISO 13616 shape, mod-97 check digits, or any IBAN shape after the word "IBAN"), payment card numbers
  (13-19 digits passing the Luhn check, ISO/IEC 7812), US social security numbers with or without dashes, UK
  National Insurance numbers (two letters, six digits, one letter A-D, as HMRC writes them: "QQ 12 34 56 C");
- phone numbers through Google's libphonenumber (the ``phonenumbers`` port, Apache-2.0): its matcher runs
  over the text for every region the survey's own phone and e-mail columns point to, plus US and GB; a
  candidate counts with 7 to 15 digits (E.164) and not a date. A fallback pattern catches the rest of the
  phone shapes and any remaining run of 9 or more digits (account and id numbers);
- the survey's own personal values (name, id, e-mail and other personal columns): names case- and
  accent-insensitively (NFKD folding, "jose garcia" for "José García"), each part and the whole name (a part
  that is an everyday English word, "Will", "Grace", is redacted only when capitalised, unless the whole name
  is written); ids also in their variants ("EMP00417", "emp 00417", "EMP_00417" for "EMP-00417");
- names of people in no column, by a conservative heuristic (``planner.survey.names``).
Set look-ups keep it linear in the text, whatever the number of respondents.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable, Optional

from planner.lexicon import words
from planner.survey.names import NameFinder, is_dictionary_word

EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)*")
URL_EMAIL = re.compile(r"[\w.+'-]+%40[\w-]+(?:\.[\w-]+)+", re.I)
_AT = r"(?:\s*[(\[{<]\s*at\s*[)\]}>]\s*|\s+at\s+)"
_DOT = r"(?:\s*[(\[{<]\s*dot\s*[)\]}>]\s*|\s+dot\s+|\.)"
SPELLED_EMAIL = re.compile(rf"(?<![\w.])(?P<local>[\w.+-]+){_AT}(?P<domain>[\w-]+(?:{_DOT}[\w-]+)+)", re.I)
_TLDS = words("survey_email_tlds")  # IANA root zone: generic TLDs and common country codes
_DOT_TLDS = tuple("." + t for t in _TLDS)
HANDLE = re.compile(r"(?<![\w@.%])@[A-Za-z][\w.-]{1,30}\w")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,4})?\b", re.I)
_IBAN_CUE = re.compile(r"\biban\b", re.I)
CARD = re.compile(r"(?<![\w.,+])\d(?:[ -]?\d){12,18}(?![\w]|[.,]\d)")
SSN = re.compile(r"(?<![\w.,])\d{3}([- ]?)\d{2}\1\d{4}(?![\w]|[.,]\d)")
NINO = re.compile(r"\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b", re.I)
# the shapes of phone numbers the library may miss: +44 20 7946 0958, (555) 123-4567, 555.123.4567, 07700900123
PHONE = re.compile(r"(?<![\w.])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{2,15}(?:[\s.-]\d{2,8}){0,4}(?![\w%]|[.,]\d)")
LONG_NUMBER = re.compile(r"(?<![\w.,])\d(?:[\s.-]?\d){8,}(?![\w]|[.,]\d)")  # 9+ digits: an account, id or phone number
_DATE = re.compile(r"^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$")
_DIGITS7 = re.compile(r"(?:\d\D{0,4}){7}")
_DIGITS6 = re.compile(r"\d\s?\d\s?\d\s?\d\s?\d\s?\d")
_TOKEN = re.compile(r"[^\W_][\w'’.-]*")
_LETTERS = re.compile(r"[^\W\d_]+")
_ASCII_LETTERS = re.compile(r"[A-Za-z]+")  # _LETTERS on ASCII text
_HAS_DIGIT = re.compile(r"\d")
_TAIL_DIGITS = re.compile(r"\d{4,}$")
_ID_LIKE = re.compile(r"(?:([^\W\d_]+)[\s_.#:/-]*)?(\b[\w-]*\d[\w-]*)")  # "emp 00417" -> ("emp", "00417")
_RUN = re.compile(r"\[name\](?:\s+\[name\])+")
_ID_SPLIT = re.compile(r"[\s_.\-/#:]+")
PLACEHOLDER = re.compile(r"\[(?:name|email|phone|id|card|iban)\]")
DEFAULT_REGIONS = ("US", "GB")


def fold(s: str) -> str:
    """Case- and accent-insensitive form: "José" -> "jose", "Siobhán" -> "siobhan", "O’Neill" -> "o'neill"."""
    if s.isascii():
        return s.lower()
    s = unicodedata.normalize("NFKD", s.replace("’", "'"))
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def _id_key(s: str) -> str:
    f = fold(s)
    return f if f.isalnum() else _ID_SPLIT.sub("", f)  # nothing to remove from "r000123"


def _luhn(digits: str) -> bool:
    total, odd = 0, False
    for c in reversed(digits):
        d = int(c)
        if odd:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
        odd = not odd
    return total % 10 == 0


def _iban_ok(s: str) -> bool:
    """ISO 13616 / ISO 7064 mod 97-10: the rearranged number modulo 97 is 1."""
    s = re.sub(r"[\s-]", "", s).upper()
    if not 15 <= len(s) <= 34:
        return False
    n = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(n) % 97 == 1


def _looks_like_phone(s: str) -> bool:
    """7 to 15 digits (E.164 allows 15), not a date; a bare digit run only when dialled like a phone
    (a leading + or 0 and 10+ digits), so "1000000 dollars" and "ticket 1234567" stay."""
    digits = sum(c.isdigit() for c in s)
    if not 7 <= digits <= 15 or _DATE.match(s.strip()):
        return False
    if s.lstrip("+").isdigit():
        return s.startswith("+") or (s.startswith("0") and digits >= 10)
    return True


PHONE_CANDIDATE = re.compile(r"(?<![\w+.,])(?:\+|\(|\b)\d?[\d\s().\-/]{5,24}\d(?![\w%]|[.,]\d)")


@lru_cache(maxsize=65536)
def _library_spans(candidate: str, regions: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where libphonenumber's matcher (leniency POSSIBLE) finds a phone number in this digit run, for any region."""
    pn = _phonenumbers()
    if pn is None:
        return []
    spans: list[tuple[int, int]] = []
    for region in regions:
        try:
            for m in pn.PhoneNumberMatcher(candidate, region, leniency=pn.Leniency.POSSIBLE):
                if _looks_like_phone(m.raw_string):
                    spans.append((m.start, m.end))
        except Exception:  # pragma: no cover - the library must never stop a survey
            continue
    merged: list[list[int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a, b) for a, b in merged]


@lru_cache(maxsize=1)
def _phonenumbers():
    try:
        import phonenumbers  # Apache-2.0, Google's libphonenumber

        return phonenumbers
    except ImportError:  # pragma: no cover - a declared dependency; the fallback patterns still run
        return None


def regions_of(values: Iterable[str]) -> list[str]:
    """The regions a survey's phone and e-mail values point to (+44 -> GB, .de -> DE), US and GB first."""
    pn = _phonenumbers()
    found: dict[str, int] = {}
    for v in values:
        v = (v or "").strip()
        if pn and v.startswith(("+", "00")):
            try:
                r = pn.region_code_for_number(pn.parse("+" + v.lstrip("+0") if v.startswith("00") else v, None))
            except Exception:
                r = None
            if r and r != "ZZ":
                found[r] = found.get(r, 0) + 1
        elif "@" in v:
            tld = v.rsplit(".", 1)[-1].upper()
            if len(tld) == 2 and tld.isalpha():
                tld = {"UK": "GB"}.get(tld, tld)
                found[tld] = found.get(tld, 0) + 1
    ranked = [r for r, _ in sorted(found.items(), key=lambda kv: -kv[1])][:4]
    return list(dict.fromkeys([*DEFAULT_REGIONS, *ranked]))


class Redactor:
    """Built once per survey from its personal values and free text; then one call per text."""

    def __init__(self, known: Iterable[str] = (), *, regions: Optional[Iterable[str]] = None,
                 names: Optional[NameFinder] = None):
        self.regions = list(regions) if regions else list(DEFAULT_REGIONS)
        self.any_case: set[str] = set()  # folded name parts redacted in any case
        self.capitalised: set[str] = set()  # folded parts that are everyday words: redacted when capitalised
        self.full: set[tuple[str, ...]] = set()  # folded whole names, matched in any case
        self.firsts: set[str] = set()  # their first parts (a cheap test before the sequence look-up)
        self.ids: set[str] = set()  # id keys (folded, separators removed)
        self.names = names
        self._check: Optional[set[str]] = None
        self._alpha_ids = False
        self._check_cap: set[str] = set()
        self._digitless_id = False  # some id key holds no digit ("#abc"): set by add
        for value in dict.fromkeys(known):  # a value repeated over rows is added once (add is idempotent)
            self.add(value)

    def add(self, value: str) -> None:
        if not value or "@" in value:
            return  # e-mail addresses are caught by the patterns wherever they appear
        words = value.split()
        value = " ".join(words)
        if len(value) < 2:
            return
        ascii_ = value.isascii()
        # on ASCII text \d is str.isdigit and folding is lower-casing: the regex test and _id_key inlined
        has_digit = _HAS_DIGIT.search(value) if ascii_ else any(map(str.isdigit, value))
        if has_digit or (
                len(words) == 1 and not value[:1].isupper() and not value[:1].isalpha()):
            if ascii_:
                key = value.lower()
                if not key.isalnum():
                    key = _ID_SPLIT.sub("", key)
            else:
                key = _id_key(value)
            if not (key.isdigit() and len(key) < 4):  # short numeric ids (row numbers) would erase every small number
                self.ids.add(key)
                if not self._digitless_id and not (ascii_ and has_digit) and not _HAS_DIGIT.search(key):
                    self._digitless_id = True  # (an ASCII value with a digit keeps it in its key)
                tail = _TAIL_DIGITS.search(key)
                if tail and tail.group(0) != key:
                    self.ids.add(tail.group(0))  # "EMP-00417" -> "00417"
            return
        parts = [fold(w.strip(".'’-()")) for w in re.split(r"[\s,]+", value)]
        parts = [p for p in parts if len(p) >= 2]
        if len(parts) >= 2:
            self.full.add(tuple(parts))
            self.firsts.add(parts[0])
        for p in parts:
            for q in [p, *p.split("-")] if "-" in p else [p]:  # "Ana-Maria": the whole and each half
                if len(q) < 2:
                    continue
                if len(q) >= 3 and not is_dictionary_word(q):
                    self.any_case.add(q)
                else:
                    self.capitalised.add(q)

    # -- patterns --
    def _patterns(self, text: str, count: list[int]) -> str:
        def sub(pattern: re.Pattern, placeholder: str, s: str, check=None) -> str:
            def repl(m: re.Match) -> str:
                if check is not None and not check(m):
                    return m.group(0)
                count[0] += 1
                return placeholder
            return pattern.sub(repl, s)

        if "@" in text:
            text = sub(EMAIL, "[email]", text)
            text = sub(HANDLE, "[name]", text)
        if "%40" in text:
            text = sub(URL_EMAIL, "[email]", text)
        low = text.lower()
        if "at" in low and (" at " in low or not text.isprintable() or any(map(text.__contains__, "([{<"))):
            # the written-out address needs "at" between spaces (any whitespace: a tab is not printable) or
            # brackets, and a domain whose last label is a top-level domain after "." or a written "dot"
            probe = low if text.isascii() else fold(text)
            if "dot" in probe or ("." in probe and any(map(probe.__contains__, _DOT_TLDS))):
                text = sub(SPELLED_EMAIL, "[email]", text, self._spelled_email)
        if not _HAS_DIGIT.search(text):
            return text  # every pattern below needs digits
        if _DIGITS6.search(text):
            text = sub(NINO, "[id]", text)
        if not _DIGITS7.search(text):
            return text
        text = sub(IBAN, "[iban]", text, lambda m: any(c.isdigit() for c in m.group(0)[4:]) and (
            _iban_ok(m.group(0)) or bool(_IBAN_CUE.search(text[max(0, m.start() - 20):m.start()]))))
        # each pattern below needs at least so many digits in the text (a card 13, an SSN and a long number 9)
        digits = sum(map(text.count, "0123456789"))
        if digits >= 13:
            text = sub(CARD, "[card]", text, lambda m: _luhn(re.sub(r"\D", "", m.group(0))))
        if digits >= 9:
            text = sub(SSN, "[id]", text, lambda m: not _DATE.match(m.group(0)))
        text = self._library_phones(text, count)
        text = sub(PHONE, "[phone]", text, lambda m: _looks_like_phone(m.group(0)))
        if digits >= 9:
            text = sub(LONG_NUMBER, "[id]", text, lambda m: not _DATE.match(m.group(0)))
        return text

    @staticmethod
    def _spelled_email(m: re.Match) -> bool:
        domain = re.split(_DOT, m.group("domain"), flags=re.I)
        if fold(domain[-1].strip()) not in _TLDS:
            return False
        spelled = bool(re.search(r"[(\[{<]|\bdot\b", m.group(0), re.I))
        # "meet at zendesk.com" is no address; "j.garcia at example.com" or "jgarcia at example dot com" is
        return spelled or bool(re.search(r"[._\d]", m.group("local")))

    def _library_phones(self, text: str, count: list[int]) -> str:
        """Digit runs that may be phone numbers: one written with a leading + and 7 to 15 digits is one (ITU-T
        E.164); any other goes through libphonenumber's matcher for each of the survey's regions (cached)."""
        regions = tuple(self.regions)

        def repl(m: re.Match) -> str:
            c = m.group(0)
            digits = sum(ch.isdigit() for ch in c)
            if not 7 <= digits <= 15:
                return c
            if c.startswith("+"):
                count[0] += 1
                return "[phone]"
            spans = _library_spans(c, regions)
            if not spans:
                return c
            out, last = [], 0
            for a, b in spans:
                out.append(c[last:a] + "[phone]")
                last = b
                count[0] += 1
            return "".join(out) + c[last:]

        return PHONE_CANDIDATE.sub(repl, text)

    # -- known values and found names --
    def _could_hold_known(self, text: str) -> bool:
        """A cheap test (set look-ups) before the token walk: does any word or id-like token of the text match?"""
        if self._check is None:
            found = self.names.found if self.names else set()
            self._check = {w for v in (*self.any_case, *found, *self.firsts) for w in _LETTERS.findall(v)}
            self._check_cap = {w.title() for v in self.capitalised for w in _LETTERS.findall(v)}
            self._alpha_ids = self._digitless_id  # an id key without digits ("#abc")
        if not self._check and not self._check_cap:
            low = text.lower() if text.isascii() else fold(text)  # no name to look for: ids only
        elif text.isascii():  # folding is lower-casing: the same words, found once
            words = _ASCII_LETTERS.findall(text)
            if not self._check.isdisjoint(map(str.lower, words)):
                return True
            if self._check_cap and not self._check_cap.isdisjoint(words):
                return True
            low = text.lower()
        else:
            low = fold(text)
            if not self._check.isdisjoint(_LETTERS.findall(low)):
                return True
            if self._check_cap and not self._check_cap.isdisjoint(_LETTERS.findall(text)):
                return True
        if self.ids and _HAS_DIGIT.search(low):
            for a, b in _ID_LIKE.findall(low):
                if _id_key(b) in self.ids or _id_key(a + b) in self.ids:
                    return True
        return False

    def _tokens(self, text: str, count: list[int]) -> str:
        if not self._could_hold_known(text):
            return text
        toks = list(_TOKEN.finditer(text))
        if not toks:
            return text
        found = self.names.found if self.names else set()
        folds = [fold(t.group(0).rstrip(".,'’-")) for t in toks] if self.firsts else None
        out, last, i = [], 0, 0
        while i < len(toks):
            m = toks[i]
            w = m.group(0)
            core = w.rstrip(".'’-")
            if core.endswith(("'s", "’s")) and len(core) > 3:
                core = core[:-2]  # "Anna's"
            f = fold(core)
            if folds and folds[i] in self.firsts:  # a whole known name written in any case ("will baker", "MARTA KOWALSKI")
                n = next((n for n in (3, 2) if i + n <= len(toks) and tuple(folds[i:i + n]) in self.full), 0)
                if n:
                    out.append(text[last:m.start()] + "[name]")
                    last = toks[i + n - 1].end()
                    count[0] += n  # each part of the name counts, as when the parts are found one by one
                    i += n
                    continue
            placeholder = None
            if f in self.any_case or f in found or (core[:1].isupper() and f in self.capitalised):
                placeholder = "[name]"
            elif self.ids and (self._alpha_ids or _HAS_DIGIT.search(core)
                               or (i + 1 < len(toks) and _HAS_DIGIT.search(toks[i + 1].group(0)))):
                # every id key holds a digit (unless _alpha_ids): a key is looked up only where one can be
                key = _id_key(core)
                if key in self.ids:
                    placeholder = "[id]"
                elif i + 1 < len(toks) and key.isalpha() and _id_key(core + toks[i + 1].group(0)) in self.ids \
                        and text[m.end():toks[i + 1].start()].strip(" _-#:") == "":
                    out.append(text[last:m.start()] + "[id]")  # "emp 00417"
                    last = toks[i + 1].end()
                    count[0] += 1
                    i += 2
                    continue
            if placeholder:
                out.append(text[last:m.start()] + w.replace(core, placeholder, 1))
                last = m.end()
                count[0] += 1
            i += 1
        out.append(text[last:])
        return _RUN.sub("[name]", "".join(out))

    def __call__(self, text: str) -> tuple[str, int]:
        count = [0]
        out = self._patterns(text, count)
        out = self._tokens(out, count)
        return out, count[0]


def redact(text: str, known: Iterable[str] = ()) -> tuple[str, int]:
    """The text with e-mails, ids, phone numbers and the known values (names, ids) replaced; and how many."""
    return Redactor(known)(text)
