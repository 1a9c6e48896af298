"""load_survey speed and memory: 10,000 survey rows in 200 groups (target: a few seconds of the 60 s / 500 MB batch budget).

Run: .venv/bin/python bench/bench_survey_load.py [rows_per_group]
Prints the wall time of load_survey (read, map, redact, drop protected remarks, group, analyse, write problem texts),
rows per second, and the peak traced memory.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from survey_data import write_survey  # noqa: E402

from planner.survey import load_survey  # noqa: E402


def main() -> None:
    per_group = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "survey.csv"
        rows = write_survey(path, teams=40, roles=5, per_group=per_group)
        t0 = time.perf_counter()
        result = load_survey(path)
        wall = time.perf_counter() - t0
        tracemalloc.start()  # a second run, traced (tracing slows it, so it is not timed)
        load_survey(path)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"rows: {rows}, groups: {len(result.groups)}, redactions: {result.redactions}, bad rows: {len(result.bad_rows)}")
    print(f"load_survey: {wall:.2f} s ({rows / wall:,.0f} rows/s); peak traced memory {peak / 2**20:.1f} MiB; "
          f"process peak RSS {rss:.0f} MiB")
    print(f"share of the 60 s batch budget: {wall / 60:.3f}")


if __name__ == "__main__":
    main()
