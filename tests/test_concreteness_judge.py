"""The LLM judge on a real OpenAI-protocol wire format (cassette recorded from llama-cpp + SmolLM2)."""

import pytest

from planner.backends.judge import judge_items
from planner.render.check import check_items


@pytest.fixture(scope="module")
def vcr_cassette_dir():
    return "tests/cassettes/concreteness"


@pytest.mark.vcr
@pytest.mark.default_cassette("judge_two_statements.yaml")
def test_judge_verdicts_sit_beside_rule_scores(openai_config, fast_retry, vcr):
    result = check_items(["Improve customer communication", "Write clear escalation notes for billing disputes"])
    rule_scores = [i["score"] for i in result["items"]]
    judge_items(result["items"], openai_config(base_url="http://127.0.0.1:8181/v1"), policy=fast_retry)
    assert vcr.all_played
    for item, rule in zip(result["items"], rule_scores):
        j = item["judge"]
        assert 0.0 <= j["score"] <= 1.0 and j["reason"]
        assert j["prompt_version"].startswith("judge-statement-")
        assert j["usage"]["total_tokens"] > 0
        assert item["score"] == rule  # the judge never replaces the rule score
    # the request carried the statement as delimited data
    body = vcr.requests[0].body.decode() if isinstance(vcr.requests[0].body, bytes) else vcr.requests[0].body
    assert "<statement>Improve customer communication</statement>" in body


def test_judge_refuses_offline_provider():
    from planner.errors import ConfigError
    from planner.providers.select import resolve

    with pytest.raises(ConfigError, match="needs an LLM provider"):
        judge_items([{"text": "x"}], resolve("offline"))
