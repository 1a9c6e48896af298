"""The LLM provider path for every provider, replayed from tests/cassettes/<provider>/ (record mode none: no network).

One module parametrised over the providers (issue 10: test_llm_openai.py and test_llm_anthropic.py were copies):
each scenario runs once per provider against that provider's cassettes, and asserts behaviour from the replayed
wire data, never from constants. See tests/cassettes/README.md for how each cassette was made.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from planner import prompts
from planner.errors import ProviderError
from planner.generators.llm import LLMGenerator
from planner.llm import structured
from planner.models import Plan, PlanContent
from tests import llm_cases
from tests.llm_cases import CASSETTES

PROVIDERS = ("openai", "anthropic")


@pytest.fixture(params=PROVIDERS)
def name(request) -> str:
    return request.param


@pytest.fixture
def vcr_cassette_dir(name) -> str:
    return str(CASSETTES / name)


@pytest.fixture
def provider(name, openai_config, anthropic_config):
    if name == "openai":
        from planner.providers.openai import OpenAIProvider

        return OpenAIProvider(openai_config())
    from planner.providers.anthropic import AnthropicProvider

    return AnthropicProvider(anthropic_config())


@pytest.mark.vcr
@pytest.mark.default_cassette("valid_plan.yaml")
def test_valid_plan(name: str, provider: Any, vcr: Any, fast_retry: Any) -> None:
    cassette, policy = vcr, fast_retry
    plan = LLMGenerator(provider, max_reasks=0, policy=policy).generate(llm_cases.frame(), llm_cases.TODAY)
    assert isinstance(plan, Plan)
    assert cassette.all_played and cassette.play_count == 1
    answer = llm_cases.recorded_answer(name, "valid_plan", 0)
    assert plan.skill_goal == answer["skill_goal"].strip()
    assert plan.review_date > llm_cases.TODAY
    meta = plan.meta
    assert (meta.provider, meta.model) == (name, provider.model)
    assert meta.prompt_version == prompts.load("plan").version
    assert (meta.usage.input_tokens, meta.usage.output_tokens) == llm_cases.recorded_usage(name, "valid_plan")
    assert meta.usage.input_tokens > 0 and meta.attempts == 1 and policy.slept == []
    assert meta.estimated_cost_usd == provider.cost_usd(meta.usage)
    # the problem went out as delimited data, inside the user message
    sent = json.loads(cassette.requests[0].body)
    user = [m for m in sent["messages"] if m["role"] == "user"][0]["content"]
    text = user if isinstance(user, str) else " ".join(b.get("text", "") for b in user)
    assert f"<problem>\n{llm_cases.PROBLEM}\n</problem>" in text
    assert "Today is 2026-11-22" in text


@pytest.mark.vcr
@pytest.mark.default_cassette("reask.yaml")
def test_invalid_answer_is_reasked_with_the_validator_message(name: str, provider: Any, vcr: Any, fast_retry: Any) -> None:
    cassette, policy = vcr, fast_retry
    messages = prompts.load("plan").messages(
        today="2026-11-22", review_from="2027-01-03", review_to="2027-02-14", hints="{}", problem=llm_cases.PROBLEM
    )
    before = json.dumps(messages)
    result = structured(provider, messages, PlanContent, context={"today": llm_cases.TODAY}, max_reasks=1, policy=policy)
    assert cassette.all_played and cassette.play_count == 2
    assert result.attempts == 2
    assert llm_cases.recorded_answer(name, "reask", 0)["skill_goal"] == "Improve communication"
    assert result.value.skill_goal != "Improve communication"
    # usage counts the rejected first answer too
    assert (result.usage.input_tokens, result.usage.output_tokens) == llm_cases.recorded_usage(name, "reask")
    first_only = llm_cases.recorded_usage(name, "reask")[0]
    assert result.usage.input_tokens > 0 and first_only == result.usage.input_tokens
    # the second request carried our validator's message back to the model
    second = cassette.requests[1].body
    second = second.decode() if isinstance(second, bytes) else second
    assert "too vague" in second and "observable verb" in second
    assert json.dumps(messages) == before, "the caller's messages must not be mutated by instructor"


@pytest.mark.vcr
@pytest.mark.default_cassette("reask.yaml")
def test_invalid_answer_without_reasks_fails_clearly_and_saves_it(name: str, provider: Any, vcr: Any, fast_retry: Any) -> None:
    cassette, policy = vcr, fast_retry
    with pytest.raises(ProviderError) as info:
        LLMGenerator(provider, max_reasks=0, policy=policy).generate(llm_cases.frame(), llm_cases.TODAY)
    err = info.value
    assert err.exit_code == 3
    assert "failed validation" in str(err) and "skill_goal" in str(err)
    saved = json.loads(Path(err.raw_path).read_text(encoding="utf-8"))
    assert saved["provider"] == name and saved["attempts"] == 1
    assert "Improve communication" in json.dumps(saved["last_response"])
    assert saved["usage"]["input_tokens"] > 0


@pytest.mark.vcr
@pytest.mark.default_cassette("rate_limit.yaml")
def test_429_waits_retry_after_then_succeeds(name: str, provider: Any, vcr: Any, fast_retry: Any) -> None:
    cassette, policy = vcr, fast_retry
    plan = LLMGenerator(provider, max_reasks=0, policy=policy).generate(llm_cases.frame(), llm_cases.TODAY)
    assert cassette.all_played and cassette.play_count == 2
    assert cassette.responses[0]["status"]["code"] == 429
    assert policy.slept == [2.0], "the wait must be the server's Retry-After"
    assert plan.meta.attempts == 2
    assert (plan.meta.usage.input_tokens, plan.meta.usage.output_tokens) == llm_cases.recorded_usage(name, "rate_limit")


@pytest.mark.vcr
@pytest.mark.default_cassette("server_error.yaml")
def test_500_until_failure_gives_clear_error_and_raw_file(name: str, provider: Any, vcr: Any, fast_retry: Any) -> None:
    cassette, policy = vcr, fast_retry
    with pytest.raises(ProviderError) as info:
        LLMGenerator(provider, max_reasks=0, policy=policy).generate(llm_cases.frame(), llm_cases.TODAY)
    err = info.value
    assert cassette.all_played and cassette.play_count == 3 == policy.attempts
    msg = str(err)
    assert err.exit_code == 3 and "HTTP 500" in msg and "3 request(s)" in msg and "retried" in msg
    assert len(policy.slept) == 2 and all(0 <= s <= policy.max_wait for s in policy.slept)
    saved = json.loads(Path(err.raw_path).read_text(encoding="utf-8"))
    assert saved["http_status"] == 500 and saved["attempts"] == 3
    assert saved["last_response"]["status_code"] == 500
    assert Path(err.raw_path).parent == Path(__import__("os").environ["UPSKILL_STATE_DIR"]) / "failed"
