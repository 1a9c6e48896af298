"""Is this file a readable run store? Checked before a run is resumed, inspected or collected.

An empty, truncated or foreign ``run.sqlite`` is refused with one line that says what is wrong and what to do,
instead of failing later in the middle of a run. The checks: the 16-byte SQLite header
(https://www.sqlite.org/fileformat.html section 1.3), ``PRAGMA quick_check`` (every page readable and
well-formed), and the run tables with one run in them.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from planner.errors import InputError

SQLITE_HEADER = b"SQLite format 3\x00"
_TABLES = {"runs", "groups"}


def check_run_store(db: Path) -> None:
    """Return when ``db`` holds a readable run; raise InputError with the reason otherwise."""
    if not db.exists():
        raise InputError(f"no run found at {db.parent} (expected {db})")
    if not db.is_file():
        raise InputError(f"{db} is not a file, so it is not a run store")
    try:
        with db.open("rb") as f:
            head = f.read(len(SQLITE_HEADER))
    except OSError as e:
        raise InputError(f"cannot read {db}: {e.strerror}")
    hint = "move it away and start the run again with --out, or restore it from a backup"
    if not head:
        raise InputError(f"{db} is empty (0 bytes), not a run store: {hint}")
    if head != SQLITE_HEADER:
        raise InputError(f"{db} is not a run store (not an SQLite database): {hint}")
    try:
        con = sqlite3.connect(db.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            problems = [r[0] for r in con.execute("PRAGMA quick_check").fetchall()]
            if problems != ["ok"]:
                raise InputError(f"{db} is damaged ({problems[0]}): {hint}")
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not _TABLES <= tables:
                raise InputError(f"{db} is an SQLite file but not a run store (no runs or groups table): {hint}")
            if con.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 0:
                raise InputError(f"{db} holds no run: {hint}")
        finally:
            con.close()
    except sqlite3.DatabaseError as e:  # truncated or overwritten pages, a locked or unreadable file
        raise InputError(f"{db} is damaged or unreadable ({e}): {hint}")
