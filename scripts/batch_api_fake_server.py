"""A loopback server answering the OpenAI Batch API and Anthropic Message Batches in their documented formats.

Used only to record tests/cassettes/batch_api/ (no local server implements the batch APIs, and no machine here
reaches the providers). The server is tests/openai_stub.py in its batch-api mode (one stub for tests, bench and
scripts); see that module for the formats and their sources.

    python scripts/batch_api_fake_server.py --port 8190 --seconds 120
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.openai_stub import main  # noqa: E402

if __name__ == "__main__":
    main(mode="batch-api")
