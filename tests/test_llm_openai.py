"""The openai provider path, replayed from tests/cassettes/openai/ (record mode none: no network).

See tests/cassettes/README.md for how each cassette was made; the checks live in tests/llm_cassette_checks.py.
"""

from __future__ import annotations

import pytest

from planner.providers.openai import OpenAIProvider
from tests import llm_cassette_checks as checks
from tests.llm_cases import CASSETTES

NAME = "openai"


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(CASSETTES / NAME)


@pytest.fixture
def provider(openai_config):
    return OpenAIProvider(openai_config())


@pytest.mark.vcr
@pytest.mark.default_cassette("valid_plan.yaml")
def test_valid_plan(provider, vcr, fast_retry):
    checks.check_valid_plan(NAME, provider, vcr, fast_retry)


@pytest.mark.vcr
@pytest.mark.default_cassette("reask.yaml")
def test_invalid_answer_is_reasked_with_the_validator_message(provider, vcr, fast_retry):
    checks.check_reask(NAME, provider, vcr, fast_retry)


@pytest.mark.vcr
@pytest.mark.default_cassette("reask.yaml")
def test_invalid_answer_without_reasks_fails_clearly_and_saves_it(provider, vcr, fast_retry):
    checks.check_reask_exhausted(NAME, provider, vcr, fast_retry)


@pytest.mark.vcr
@pytest.mark.default_cassette("rate_limit.yaml")
def test_429_waits_retry_after_then_succeeds(provider, vcr, fast_retry):
    checks.check_rate_limit(NAME, provider, vcr, fast_retry)


@pytest.mark.vcr
@pytest.mark.default_cassette("server_error.yaml")
def test_500_until_failure_gives_clear_error_and_raw_file(provider, vcr, fast_retry):
    checks.check_server_error(NAME, provider, vcr, fast_retry)
