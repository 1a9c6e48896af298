"""Offline batch end to end: 10,000 survey rows in 200 groups through `upskill batch` (targets: < 60 s, < 500 MB peak).

Usage: python bench/bench_batch_offline.py
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from survey_data import write_survey  # noqa: E402

UPSKILL = str(Path(sys.executable).with_name("upskill"))


def main() -> None:
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "survey.csv"
        rows = write_survey(src, teams=40, roles=5, per_group=50)
        t0 = time.perf_counter()
        r = subprocess.run([UPSKILL, "batch", str(src), "--out", str(Path(d) / "out"), "--concurrency", "2"],
                           capture_output=True, text=True)
        wall = time.perf_counter() - t0
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        plans = len(list((Path(d) / "out").glob("*.md")))
        print(f"rows: {rows}, groups with plans: {plans}, exit {r.returncode}")
        print(f"wall: {wall:.1f} s (target < 60 s; ratio {wall / 60:.2f})")
        print(f"peak memory: {peak_mb:.0f} MB (target < 500 MB; ratio {peak_mb / 500:.2f})")
        if r.returncode:
            print(r.stderr[-2000:])


if __name__ == "__main__":
    main()
