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


@dataclass
class Table:
    headers: list[str]
    rows: list[tuple[int, dict[str, str]]]  # (line number in the file, row)
    bad_rows: list[tuple[int, str]] = field(default_factory=list)
    encoding: str = "utf-8"
    delimiter: Optional[str] = None


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding used: BOMs first, then UTF-8, then cp1252 (Excel's Western default)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def sniff_delimiter(sample: str) -> str:
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        return max(",;\t|", key=first.count)


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
    for row in reader:
        line = reader.line_num
        if not any(c.strip() for c in row):
            continue
        if len(row) != len(headers):
            table.bad_rows.append((line, f"{len(row)} values where the header has {len(headers)}"))
            continue
        table.rows.append((line, dict(zip(headers, (c.strip() for c in row)))))
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


def read_jsonl(data: bytes) -> Table:
    text, enc = decode(data)
    rows, bad, headers = [], [], []
    for n, line in enumerate(text.splitlines(), 1):
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
        row = {str(k): "" if v is None else str(v).strip() for k, v in obj.items()}
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
    data = p.read_bytes()
    if suffix in (".jsonl", ".ndjson"):
        return read_jsonl(data)
    if data[:2] == b"PK":
        return read_xlsx(p, sheet)
    if b"\x00" in data[:2048] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(f"{p} is not a text, CSV, JSONL or XLSX file")
    return read_csv(data)
