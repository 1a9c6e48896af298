"""Whole-process wall time of `upskill --help` and an offline `upskill plan --file example` (median of 5).

Targets: each under 0.5 s. Also prints the import cost of the provider SDKs, which the CLI
must not pay unless their provider is used.
Usage: python bench/bench_startup.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UPSKILL = str(Path(sys.executable).with_name("upskill"))


def median_wall(cmd: list[str], n: int = 5) -> float:
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    help_s = median_wall([UPSKILL, "--help"])
    plan_s = median_wall([UPSKILL, "plan", "--file", "examples/support-escalation-notes.txt"])
    sdk_s = median_wall([sys.executable, "-c", "import openai, anthropic, instructor"], n=3)
    print(f"upskill --help                 median {help_s:.3f} s  (target < 0.5 s; ratio {help_s / 0.5:.2f})")
    print(f"upskill plan --file example    median {plan_s:.3f} s  (target < 0.5 s; ratio {plan_s / 0.5:.2f})")
    print(f"import openai+anthropic+instructor  {sdk_s:.3f} s  (not paid by the two commands above)")


if __name__ == "__main__":
    main()
