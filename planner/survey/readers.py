"""Reading real survey exports: CSV (encoding and delimiter detected), XLSX, JSONL.

Excel writes CSV as UTF-8 with a BOM, as cp1252, or as UTF-16 with tabs; European locales
use ';'. Rows that cannot be read are reported with their line number; the rest proceed.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from planner.errors import InputError
from planner.inputs import utf16_without_bom, decode_text


@dataclass
class Table:
    headers: list[str]
    rows: list[tuple[int, dict[str, str]]]  # (line number in the file, row)
    bad_rows: list[tuple[int, str]] = field(default_factory=list)
    encoding: str = "utf-8"
    delimiter: Optional[str] = None


# one decoder for every text the tool reads (planner.inputs): BOMs, UTF-16 without a BOM, UTF-8, cp1252
decode = decode_text


_DELIMITERS = (",", ";", "\t", "|")


def sniff_delimiter(sample: str) -> str:
    """The delimiter that splits the header into the most columns and the next lines into the same count.

    csv.Sniffer guesses wrong on exports whose free text holds commas or semicolons, so each candidate
    is scored by parsing the first lines: consistent field counts first, then more columns.
    """
    lines = sample.splitlines()[:30]
    if len(lines) > 1 and not sample.endswith(("\n", "\r")):
        lines = lines[:-1]  # the sample may cut the last line
    best, best_score = ",", (-1.0, 0)
    for d in _DELIMITERS:
        try:
            rows = [r for r in csv.reader(lines, delimiter=d) if r]
        except csv.Error:
            continue
        if not rows or len(rows[0]) < 2:
            continue
        width = len(rows[0])
        body = rows[1:] or rows
        score = (sum(len(r) == width for r in body) / len(body), width)
        if score > best_score:
            best, best_score = d, score
    return best


def _clean_headers(raw: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for i, h in enumerate(raw):
        h = (h or "").strip() or f"column {i + 1}"
        if h in seen:
            seen[h] += 1
            h = f"{h} ({seen[h]})"
        else:
            seen[h] = 1
        out.append(h)
    return out


def read_csv(data: bytes) -> Table:
    text, enc = decode(data)
    if not text.strip():
        raise InputError("the file is empty")
    delim = sniff_delimiter(text[:8192])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    try:
        headers = _clean_headers(next(reader))
    except StopIteration:
        raise InputError("the file has no header row")
    table = Table(headers=headers, rows=[], encoding=enc, delimiter=delim)
    last = reader.line_num
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:  # e.g. a NUL byte or an unterminated quote: report the line, keep going
            table.bad_rows.append((last + 1, f"unreadable CSV: {e}"))
            last = reader.line_num
            continue
        line, last = last + 1, reader.line_num  # a quoted answer may span lines: report where the row starts
        if not "".join(row).strip():  # every cell blank (as any(c.strip() for c in row), in one call)
            continue
        if len(row) != len(headers):
            if len(row) > len(headers) and not any(c.strip() for c in row[len(headers):]):
                row = row[: len(headers)]  # trailing empty cells (Excel pads rows with delimiters)
            else:
                table.bad_rows.append((line, f"{len(row)} values where the header has {len(headers)}"))
                continue
        table.rows.append((line, dict(zip(headers, map(str.strip, row)))))
    return table


def read_xlsx(path: Path, sheet: Optional[str]) -> Table:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises several types for damaged files
        raise InputError(f"{path} is not a readable XLSX workbook: {e}")
    try:
        if sheet:
            if sheet not in wb.sheetnames:
                raise InputError(f"sheet '{sheet}' not found; the workbook has: {', '.join(wb.sheetnames)}")
            ws = wb[sheet]
        else:
            ws = wb.worksheets[0]
        it = ws.iter_rows(values_only=True)
        try:
            headers = _clean_headers([str(h) if h is not None else "" for h in next(it)])
        except StopIteration:
            raise InputError(f"sheet '{ws.title}' is empty")
        table = Table(headers=headers, rows=[], encoding="xlsx")
        for n, row in enumerate(it, start=2):
            vals = ["" if v is None else str(v).strip() for v in row]
            if not any(vals):
                continue
            vals = (vals + [""] * len(headers))[: len(headers)]
            table.rows.append((n, dict(zip(headers, vals))))
        return table
    finally:
        wb.close()


def _cell(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, (list, dict)):
        return json.dumps(v, ensure_ascii=False)
    return str(v).strip()


def read_json_array(data: bytes) -> Table:
    """A .json export holding a list of objects (one per respondent); item numbers stand in for lines."""
    text, enc = decode(data)
    if not text.strip():
        raise InputError("the file is empty")
    try:
        items = json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError(f"not valid JSON (line {e.lineno}: {e.msg}); a JSON export must be a list of objects, or use JSONL")
    if not isinstance(items, list):
        raise InputError("a JSON export must be a list of objects, one per respondent")
    lines = "\n".join(json.dumps(i, ensure_ascii=False) for i in items)
    table = read_jsonl(lines.encode("utf-8"))
    table.encoding = enc
    return table


def read_jsonl(data: bytes) -> Table:
    text, enc = decode(data)
    rows, bad, headers = [], [], []
    for n, line in enumerate(text.split("\n"), 1):  # not splitlines(): U+2028 may sit inside a JSON string
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            bad.append((n, f"not valid JSON: {e.msg}"))
            continue
        if not isinstance(obj, dict):
            bad.append((n, "not a JSON object"))
            continue
        row = {str(k).strip(): _cell(v) for k, v in obj.items()}
        for k in row:
            if k not in headers:
                headers.append(k)
        rows.append((n, row))
    if not rows and not bad:
        raise InputError("the file is empty")
    return Table(headers=headers, rows=[(n, {h: r.get(h, "") for h in headers}) for n, r in rows], bad_rows=bad, encoding=enc)


def read_table(path: str | Path, sheet: Optional[str] = None) -> Table:
    p = Path(path)
    if not p.exists():
        raise InputError(f"file not found: {p}")
    if p.is_dir():
        raise InputError(f"{p} is a folder, not a file")
    suffix = p.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(p, sheet)
    if suffix == ".xls":
        raise InputError(f"{p} is an old Excel .xls workbook; save it as .xlsx or CSV and try again")
    try:
        data = p.read_bytes()
    except OSError as e:
        raise InputError(f"cannot read {p}: {e.strerror}")
    if not data.strip():
        raise InputError(f"{p}: the file is empty")
    if suffix in (".jsonl", ".ndjson"):
        return read_jsonl(data)
    if suffix == ".json":
        return read_json_array(data)
    if data[:2] == b"PK":
        return read_xlsx(p, sheet)
    if b"\x00" in data[:2048] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and not utf16_without_bom(data):
        raise InputError(f"{p} is not a text, CSV, JSONL or XLSX file")
    return read_csv(data)
