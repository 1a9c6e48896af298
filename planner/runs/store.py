"""The SQLite run store: one row per group with its input hash, status, attempts, result, usage and error.

Every finished group is committed at once (WAL mode), so a crashed or killed run resumes
without redoing or paying for finished groups. A response cache keyed by (provider, model,
prompt version, input hash) makes an identical request free.

Registration is all-or-nothing: a run is written first with status 'registering' (its arguments are what a
resume needs to read the export again), then every group in one transaction that also sets the run to
'running' and records how many groups it has. A store killed in between holds a run without groups, which
``planner.runs.runner.ensure_registered`` detects and completes (or refuses with a clear message).

Only redacted text is stored: problem texts and analyses come from ``planner.survey.load_survey``, which
redacts before it analyses. The schema carries a version (PRAGMA user_version); a store written by an older
version, which kept free-text answers unredacted, is refused with a message rather than resumed.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from planner.errors import InputError
from planner.sanitize import clean_strings, drop_url_credentials

SCHEMA_VERSION = 2  # 1 (no user_version): problem texts and analyses could hold unredacted answers
SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
  id TEXT PRIMARY KEY, created_at TEXT, args TEXT, provider TEXT, model TEXT, status TEXT, groups_expected INTEGER
);
CREATE TABLE IF NOT EXISTS groups (
  run_id TEXT, key TEXT, label TEXT, respondents INTEGER, input_hash TEXT, problem_text TEXT, analysis TEXT,
  status TEXT, attempts INTEGER DEFAULT 0, result TEXT, input_tokens INTEGER DEFAULT 0, output_tokens INTEGER DEFAULT 0,
  cost_usd REAL DEFAULT 0, error TEXT, updated_at TEXT, PRIMARY KEY (run_id, key)
);
CREATE TABLE IF NOT EXISTS cache (
  provider TEXT, model TEXT, prompt_version TEXT, input_hash TEXT, result TEXT, created_at TEXT,
  PRIMARY KEY (provider, model, prompt_version, input_hash)
);
CREATE TABLE IF NOT EXISTS batches (
  run_id TEXT, batch_id TEXT, provider TEXT, keys TEXT, status TEXT, created_at TEXT, PRIMARY KEY (run_id, batch_id)
);
"""


def _scrub(obj: Any) -> Any:
    """Every string in the run's settings without URL credentials (RFC 3986 s. 7.5: userinfo is not to be kept)."""
    return clean_strings(obj, drop_url_credentials)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class RunStore:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        try:
            self.db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=30)
            self.db.execute("PRAGMA busy_timeout=30000")
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        except sqlite3.DatabaseError as e:
            raise InputError(f"{self.path} is not a readable run store ({e}); move it away and start the run again")
        if tables and version < SCHEMA_VERSION:
            self.db.close()
            raise InputError(f"{self.path} was written by an older version of upskill-planner (store version {version or 1}), "
                             "which could keep free-text answers unredacted; it cannot be resumed. Delete it (it may hold "
                             "personal data) and start the run again with upskill batch FILE --out DIR")
        if version > SCHEMA_VERSION:
            self.db.close()
            raise InputError(f"{self.path} was written by a newer version of upskill-planner (store version {version}); "
                             "upgrade to resume it")
        try:
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(SCHEMA)
            self.db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            self._scrub_credentials()
        except sqlite3.DatabaseError as e:
            self.db.close()
            raise InputError(f"{self.path} is not a readable run store ({e}); move it away and start the run again")

    def _scrub_credentials(self) -> None:
        """A store written before credentials were dropped (a ``--base-url http://user:pw@host`` in the run's
        settings or in an error) is cleaned in place, with the old bytes overwritten (secure_delete) and the WAL
        truncated so no copy of them stays on disk."""
        runs = [(i, a) for i, a in self.db.execute("SELECT id, args FROM runs WHERE args LIKE '%://%@%'")
                if drop_url_credentials(a) != a]
        errors = [(r, k, e) for r, k, e in self.db.execute("SELECT run_id, key, error FROM groups WHERE error LIKE '%://%@%'")
                  if drop_url_credentials(e) != e]
        if not runs and not errors:
            return
        self.db.execute("PRAGMA secure_delete=ON")
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for run_id, args in runs:
                self.db.execute("UPDATE runs SET args=? WHERE id=?", (json.dumps(_scrub(json.loads(args))), run_id))
            for run_id, key, error in errors:
                self.db.execute("UPDATE groups SET error=? WHERE run_id=? AND key=?", (drop_url_credentials(error), run_id, key))
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.execute("VACUUM")

    def close(self) -> None:
        self.db.close()

    def _exec(self, sql: str, args: tuple = ()) -> sqlite3.Cursor:
        with self._lock:
            return self.db.execute(sql, args)

    # runs
    def create_run(self, run_id: str, args: dict[str, Any], provider: str, model: str, status: str = "running") -> None:
        """The run's settings are stored without URL credentials (``--base-url http://user:pw@host/v1`` is kept as
        ``http://host/v1``): a resume of such a run needs the credentials again (in the provider's environment)."""
        self._exec("INSERT OR IGNORE INTO runs (id, created_at, args, provider, model, status) VALUES (?,?,?,?,?,?)",
                   (run_id, _now(), json.dumps(_scrub(args)), provider, model, status))

    def run(self, run_id: Optional[str] = None) -> Optional[dict[str, Any]]:
        sql = ("SELECT id, created_at, args, provider, model, status, groups_expected FROM runs"
               + (" WHERE id=?" if run_id else " ORDER BY created_at DESC, rowid DESC LIMIT 1"))
        row = self._exec(sql, (run_id,) if run_id else ()).fetchone()
        if not row:
            return None
        return {"id": row[0], "created_at": row[1], "args": json.loads(row[2]), "provider": row[3], "model": row[4], "status": row[5],
                "groups_expected": row[6]}

    def delete_run(self, run_id: str) -> None:
        with self._lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                self.db.execute("DELETE FROM groups WHERE run_id=?", (run_id,))
                self.db.execute("DELETE FROM runs WHERE id=?", (run_id,))
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise

    def register_groups(self, run_id: str, groups: Iterable[tuple[str, str, int, str, str, str]]) -> int:
        """Every group of a run in one transaction (key, label, respondents, input_hash, problem_text, analysis):
        all of them or none; the run becomes 'running' with its group count in the same commit. Groups already
        there (a resume after an older, partial registration) are kept as they are."""
        now = _now()
        rows = [(run_id, k, lab, n, h, text, an, "pending", now) for k, lab, n, h, text, an in groups]
        with self._lock:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                self.db.executemany("INSERT OR IGNORE INTO groups (run_id, key, label, respondents, input_hash, problem_text, analysis, "
                                    "status, updated_at) VALUES (?,?,?,?,?,?,?,?,?)", rows)
                total = self.db.execute("SELECT COUNT(*) FROM groups WHERE run_id=?", (run_id,)).fetchone()[0]
                self.db.execute("UPDATE runs SET status='running', groups_expected=? WHERE id=?", (total, run_id))
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
        return total

    def group_count(self, run_id: str) -> int:
        return self._exec("SELECT COUNT(*) FROM groups WHERE run_id=?", (run_id,)).fetchone()[0]

    def update_args(self, run_id: str, extra: dict[str, Any]) -> None:
        row = self._exec("SELECT args FROM runs WHERE id=?", (run_id,)).fetchone()
        if row:
            self._exec("UPDATE runs SET args=? WHERE id=?", (json.dumps(_scrub({**json.loads(row[0]), **extra})), run_id))

    def run_count(self) -> int:
        return self._exec("SELECT COUNT(*) FROM runs").fetchone()[0]

    def set_run_status(self, run_id: str, status: str) -> None:
        self._exec("UPDATE runs SET status=? WHERE id=?", (status, run_id))

    # groups
    def add_group(self, run_id: str, key: str, label: str, respondents: int, input_hash: str, problem_text: str, analysis: str) -> None:
        self._exec("INSERT OR IGNORE INTO groups (run_id, key, label, respondents, input_hash, problem_text, analysis, status, updated_at) "
                   "VALUES (?,?,?,?,?,?,?,?,?)", (run_id, key, label, respondents, input_hash, problem_text, analysis, "pending", _now()))

    def reset_running(self, run_id: str) -> int:
        """Groups left 'running' by a crash go back to 'pending'."""
        return self._exec("UPDATE groups SET status='pending' WHERE run_id=? AND status='running'", (run_id,)).rowcount

    def groups(self, run_id: str, status: Optional[str] = None) -> list[dict[str, Any]]:
        cols = "key, label, respondents, input_hash, problem_text, analysis, status, attempts, result, input_tokens, output_tokens, cost_usd, error"
        sql = f"SELECT {cols} FROM groups WHERE run_id=?" + (" AND status=?" if status else "") + " ORDER BY key"
        rows = self._exec(sql, (run_id, status) if status else (run_id,)).fetchall()
        names = [c.strip() for c in cols.split(",")]
        return [dict(zip(names, r)) for r in rows]

    def start(self, run_id: str, key: str) -> None:
        self._exec("UPDATE groups SET status='running', attempts=attempts+1, updated_at=? WHERE run_id=? AND key=?", (_now(), run_id, key))

    def finish(self, run_id: str, key: str, result: str, input_tokens: int, output_tokens: int, cost: float) -> None:
        self._exec("UPDATE groups SET status='done', result=?, input_tokens=?, output_tokens=?, cost_usd=?, error=NULL, updated_at=? "
                   "WHERE run_id=? AND key=?", (result, input_tokens, output_tokens, cost, _now(), run_id, key))

    def fail(self, run_id: str, key: str, error: str) -> None:
        self._exec("UPDATE groups SET status='failed', error=?, updated_at=? WHERE run_id=? AND key=?",
                   (drop_url_credentials(error), _now(), run_id, key))

    def set_pending(self, run_id: str, key: str) -> None:
        self._exec("UPDATE groups SET status='pending' WHERE run_id=? AND key=?", (run_id, key))

    def counts(self, run_id: str) -> dict[str, int]:
        return dict(self._exec("SELECT status, COUNT(*) FROM groups WHERE run_id=? GROUP BY status", (run_id,)).fetchall())

    # cache
    def cached(self, provider: str, model: str, prompt_version: str, input_hash: str) -> Optional[str]:
        row = self._exec("SELECT result FROM cache WHERE provider=? AND model=? AND prompt_version=? AND input_hash=?",
                         (provider, model, prompt_version, input_hash)).fetchone()
        return row[0] if row else None

    def put_cache(self, provider: str, model: str, prompt_version: str, input_hash: str, result: str) -> None:
        self._exec("INSERT OR REPLACE INTO cache VALUES (?,?,?,?,?,?)", (provider, model, prompt_version, input_hash, result, _now()))

    # provider batches
    def add_batch(self, run_id: str, batch_id: str, provider: str, keys: list[str]) -> None:
        self._exec("INSERT OR REPLACE INTO batches VALUES (?,?,?,?,?,?)", (run_id, batch_id, provider, json.dumps(keys), "submitted", _now()))

    def batches(self, run_id: str) -> Iterator[dict[str, Any]]:
        for r in self._exec("SELECT batch_id, provider, keys, status FROM batches WHERE run_id=?", (run_id,)).fetchall():
            yield {"batch_id": r[0], "provider": r[1], "keys": json.loads(r[2]), "status": r[3]}

    def set_batch_status(self, run_id: str, batch_id: str, status: str) -> None:
        self._exec("UPDATE batches SET status=? WHERE run_id=? AND batch_id=?", (status, run_id, batch_id))
