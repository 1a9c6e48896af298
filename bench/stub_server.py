"""The loopback OpenAI-compatible stub now lives in tests/openai_stub.py (tests use it too); this name keeps
the bench scripts and the documented command working:

    python bench/stub_server.py --port 8200 --latency 1.0 --error-rate 0.05 --seconds 600
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.openai_stub import main, make_handler, serve  # noqa: E402,F401

if __name__ == "__main__":
    main()
