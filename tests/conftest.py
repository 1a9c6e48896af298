"""Shared test fixtures: cassettes (vcrpy via pytest-recording), provider configs, isolation.

- ``vcr_config``: secrets filtered from recorded requests (``authorization``, ``x-api-key``,
  cookies, ``openai-organization``/``openai-project``), matching on method + path (vcrpy plays
  the interactions of a cassette in order, each once). The record mode comes from
  ``--record-mode`` (``none`` by default, set in pyproject's addopts): no test reaches a network.
- ``openai_config(...)`` / ``anthropic_config(...)``: ProviderConfig factories for cassette-backed
  tests (see tests/cassettes/README.md).
- ``fast_retry``: a RetryPolicy whose sleep only records the waits.
- autouse ``_isolated_env``: state files go to a temporary folder, and provider keys or
  selection variables from the developer's shell never leak into a test.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Optional

import pytest

CASSETTES = Path(__file__).parent / "cassettes"
SECRET_HEADERS = ["authorization", "x-api-key", "cookie", "set-cookie", "openai-organization", "openai-project"]


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers") or {}
    for name in list(headers):
        if name.lower() in SECRET_HEADERS:
            del headers[name]
    return response


@pytest.fixture
def vcr_config() -> dict[str, Any]:
    return {
        "filter_headers": SECRET_HEADERS,
        "before_record_response": _scrub_response,
        "match_on": ["method", "path"],
        "decode_compressed_response": True,
        "allow_playback_repeats": False,
    }


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("UPSKILL_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("UPSKILL_CONFIG", str(tmp_path / "no-config.toml"))
    for name in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "UPSKILL_PROVIDER", "UPSKILL_MODEL", "UPSKILL_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def openai_config() -> Callable[..., Any]:
    """``openai_config(base_url="http://127.0.0.1:8180/v1", model="smollm2")`` -> ProviderConfig.

    The defaults are those the OpenAI-protocol cassettes were recorded with (llama-cpp-python's
    server running SmolLM2-135M-Instruct, scripts/record_cassettes.py).
    """
    from planner.providers.base import ProviderConfig

    def make(base_url: Optional[str] = "http://127.0.0.1:8180/v1", model: str = "smollm2", **kw: Any) -> Any:
        kw.setdefault("api_key", "sk-test-not-a-real-key")
        kw.setdefault("max_tokens", 1500)
        return ProviderConfig(name="openai", model=model, base_url=base_url, source="flag", **kw)

    return make


@pytest.fixture
def anthropic_config() -> Callable[..., Any]:
    """``anthropic_config(model="claude-haiku-4-5")`` -> ProviderConfig for api.anthropic.com cassettes."""
    from planner.providers.base import ProviderConfig

    def make(model: str = "claude-haiku-4-5", base_url: Optional[str] = None, **kw: Any) -> Any:
        kw.setdefault("api_key", "sk-ant-test-not-a-real-key")
        kw.setdefault("max_tokens", 2048)
        return ProviderConfig(name="anthropic", model=model, base_url=base_url, source="flag", **kw)

    return make


@pytest.fixture
def fast_retry() -> Any:
    """A RetryPolicy (3 attempts) that records each wait in ``.waits`` and ``.slept`` instead of sleeping."""
    from planner.retry import RetryPolicy

    slept: list[float] = []
    policy = RetryPolicy(attempts=3, max_wait=30.0, sleep=slept.append)
    policy.slept = slept  # type: ignore[attr-defined]
    return policy
