"""load_survey throughput on a large export: 50,000 rows with 150-character comments (target >= 10,000 rows/s, one core).

Run: .venv/bin/python bench/bench_survey_speed.py [rows]
Two exports, invented people: "plain" (work remarks only) and "hostile" (every comment also carries a phone number,
every tenth a person's name after a cue, an e-mail written out, or a protected remark). Prints, for each, the wall
and CPU time of load_survey (read, map, redact, drop protected remarks, group, analyse, write problem texts),
rows per second on both, the peak traced memory (a second, traced run) and the machine's load average, since a
shared machine slows every figure.
"""

from __future__ import annotations

import csv
import os
import random
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from planner.survey import load_survey  # noqa: E402

WORK = ["The CRM macros are confusing", "escalation notes take too long to write", "nobody reviews our work",
        "the refund template is unclear", "we lack time to practise", "handover notes are missing facts",
        "SQL reports break at month end", "the billing queue grows on Mondays", "Zendesk views are slow"]
EXTRA = ["call me on +44 20 7946 {n:04d}", "ask Dmitri Volkov about it", "mail p{n} at example dot com",
         "she is on mat leave from May", "my cell is (555) 123-{n:04d}."]


def write(path: Path, rows: int, hostile: bool, seed: int = 1) -> None:
    rng = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Respondent ID", "Name", "Email", "Team", "Role", "Rate: CRM automation (1-5)", "Rate: Escalation writing (1-5)",
                    "What slows you down?"])
        for n in range(rows):
            words = []
            while len(", ".join(words)) < 150:
                words.append(rng.choice(WORK))
            comment = ", ".join(words)
            if hostile:
                comment = comment[:110] + ", " + rng.choice(EXTRA).format(n=n % 10000)
            w.writerow([f"R{n:06d}", f"Person{n} Surname{n % 997}", f"p{n}@example.com", f"Team {n % 200:03d}",
                        ["Agent", "Lead", "Analyst", "Picker", "Nurse"][n % 5], 1 + n % 5, 1 + (n * 3) % 5, comment[:150 + 40 * hostile]])


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    load_survey_warm = Path(tempfile.mkdtemp()) / "warm.csv"
    write(load_survey_warm, 3000, True)
    load_survey(load_survey_warm)  # imports and word lists loaded once, outside the timing
    for hostile in (False, True):
        with tempfile.TemporaryDirectory() as d:
            path = Path(d) / "survey.csv"
            write(path, rows, hostile)
            t0, c0 = time.perf_counter(), time.process_time()
            result = load_survey(path)
            wall, cpu = time.perf_counter() - t0, time.process_time() - c0
            tracemalloc.start()
            load_survey(path)
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
        print(f"{'hostile' if hostile else 'plain'}: {rows:,} rows, {len(result.groups)} groups, {result.redactions:,} redactions, "
              f"{result.dropped_protected:,} protected remarks dropped")
        print(f"  wall {wall:.2f} s ({rows / wall:,.0f} rows/s); cpu {cpu:.2f} s ({rows / cpu:,.0f} rows/s); "
              f"peak traced memory {peak / 2**20:.0f} MiB; load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
