"""The load stub's documented command; the stub itself is tests/openai_stub.py (one stub for tests, bench and scripts).

    python bench/stub_server.py --port 8200 --latency 1.0 --error-rate 0.05 --seconds 600
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.openai_stub import main, serve  # noqa: E402,F401

if __name__ == "__main__":
    main(mode="load")
