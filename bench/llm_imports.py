"""What the LLM path costs at start-up: importing our modules vs importing the provider SDKs.

    .venv/bin/python bench/llm_imports.py

Prints the median wall time (5 runs, whole process) of a Python start that imports each set,
and the ratio to a bare interpreter start. Our modules import no SDK; the SDKs load only when
a provider builds its client (planner.providers.*.instructor_client).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

SETS = {
    "bare python": "pass",
    "planner LLM modules (llm, retry, prompts, generators.llm, providers.*)": (
        "import planner.llm, planner.retry, planner.prompts, planner.generators.llm, "
        "planner.providers.openai, planner.providers.anthropic, planner.providers.local"
    ),
    "openai SDK + instructor": "import openai, instructor",
    "anthropic SDK + instructor": "import anthropic, instructor",
    "llama_cpp": "import llama_cpp",
}


def median_s(code: str, n: int = 5) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    base = median_s(SETS["bare python"])
    print(f"{'imports':<72} {'median s':>9} {'x bare':>7}")
    for name, code in SETS.items():
        try:
            s = median_s(code)
        except subprocess.CalledProcessError:
            print(f"{name:<72} {'n/a':>9}")
            continue
        print(f"{name:<72} {s:>9.3f} {s / base:>7.1f}")


if __name__ == "__main__":
    main()
