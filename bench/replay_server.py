"""The replay stub's documented command; the stub itself is tests/openai_stub.py (one stub for tests, bench and scripts).

    python bench/replay_server.py --answers ../shared/llm-answers/bundled --cases evals/cases.yaml --port 8300
    python bench/replay_server.py --answers ../shared/llm-answers/answers --problems ../shared/llm-answers/problems.jsonl
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.openai_stub import SHARED, Answer, ReplayServer, load_case_answers, load_problem_answers, main, match  # noqa: E402,F401

if __name__ == "__main__":
    main(mode="replay")
