"""Output hygiene for text that came from users or files: control characters, terminal escapes, URL credentials.

- ``strip_controls``: escape sequences (removed whole, as below), C0/C1 control characters (NUL, BEL, ESC,
  DEL...), lone surrogates and bidirectional overrides removed; tab, newline and carriage return kept. For files we write (HTML, Markdown, JSON, CSV).
  The bidi controls are the "Trojan Source" characters (CVE-2021-42574): they reorder what a reader sees.
- ``for_terminal``: ANSI/VT escape sequences (CSI ``ESC [ ... final``, OSC ``ESC ] ... BEL|ESC \\``, and the other
  ECMA-48 escape forms) removed whole, then every control character but newline and tab, and URL credentials
  stripped: what a survey cell or an error message holds never moves the cursor, retitles the terminal or
  writes a clickable hyperlink (OSC 8).
- ``strip_url_credentials``: ``scheme://user:password@host`` -> ``scheme://***@host`` anywhere in a text
  (RFC 3986 section 3.2.1 userinfo; section 7.5 advises against showing it); ``drop_url_credentials`` removes
  the userinfo altogether (``scheme://host``), for what is stored (the run store's settings and errors).
"""

from __future__ import annotations

import re
from typing import Any

# ECMA-48: CSI = ESC [ params intermediates final; OSC/DCS/SOS/PM/APC = ESC ] P X ^ _ ... terminated by BEL or ST (ESC \);
# the 8-bit forms use C1 code points (0x9b CSI, 0x9d OSC ...). Unterminated strings run to the end of the text.
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"            # CSI
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC, DCS, SOS, PM, APC
    r"|\x1b[ -/]*[0-~]?"                             # other escape sequences (ESC c, ESC ( B ...)
)
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_CONTROL_CHARS = "".join(chr(c) for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)]) + _BIDI
_CONTROLS = re.compile(f"[{re.escape(_CONTROL_CHARS)}\ud800-\udfff]")
# the userinfo of an authority runs to its last "@" (a sloppy "u:p@ss@host" loses "p@ss" whole, not half of it)
_URL_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://)[^/\s?#]*@")


def strip_controls(text: str) -> str:
    """``text`` without escape sequences (removed whole), control characters (tab, newline, CR kept), lone
    surrogates or bidi overrides."""
    if not text:
        return text
    if "\x1b" in text or any("\x90" <= c <= "\x9f" for c in text):
        text = _ESCAPES.sub("", text)
    return _CONTROLS.sub("", text)


def strip_url_credentials(text: str) -> str:
    """Every ``scheme://user:pw@`` in ``text`` becomes ``scheme://***@``."""
    return _URL_USERINFO.sub(r"\1***@", text) if text and "@" in text else text


def drop_url_credentials(text: str) -> str:
    """Every ``scheme://user:pw@host`` in ``text`` becomes ``scheme://host``: what is stored keeps a usable URL."""
    return _URL_USERINFO.sub(r"\1", text) if text and "@" in text else text


def for_terminal(text: str) -> str:
    """Safe to print: escape sequences and controls removed (newline and tab kept), URL credentials hidden."""
    if not text:
        return text
    return strip_url_credentials(strip_controls(text.replace("\r\n", "\n").replace("\r", "")))


def clean_strings(obj: Any, fn=strip_controls) -> Any:
    """``fn`` applied to every string in a JSON-like structure (dict keys included)."""
    if isinstance(obj, str):
        return fn(obj)
    if isinstance(obj, dict):
        return {clean_strings(k, fn): clean_strings(v, fn) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [clean_strings(v, fn) for v in obj]
    return obj
