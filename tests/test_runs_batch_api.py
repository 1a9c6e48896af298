"""Provider batch APIs (OpenAI Batch API, Anthropic Message Batches) on cassettes built from the documented formats."""

import datetime as dt
import json

import pytest

from planner.runs.batch_api import chunks, collect, refresh, submit
from planner.runs.runner import run_groups
from planner.runs.store import RunStore

TODAY = dt.date(2026, 11, 20)
KEYS = ["billing--support-agent", "sales--account-executive", "ops--planner-invalid"]


@pytest.fixture(scope="module")
def vcr_cassette_dir():
    return "tests/cassettes/batch_api"


def _store(tmp_path, config):
    store = RunStore(tmp_path / "run.sqlite")
    store.create_run("r1", {"provider": config.name, "model": config.model, "base_url": config.base_url, "today": TODAY.isoformat()},
                     config.name, config.model)
    for k in KEYS:
        store.add_group("r1", k, k, 5, f"hash-{k}", f"The 5 people in {k} write weekly reports for the site manager badly.", "{}")
    return store


def _check_collected(store, vcr):
    assert vcr.all_played
    done = {g["key"]: g for g in store.groups("r1", "done")}
    assert set(done) == set(KEYS[:2])
    plan = json.loads(done[KEYS[0]]["result"])
    assert plan["meta"]["usage"]["total_tokens"] > 0 and plan["tasks"] and plan["tasks"][0]["checks"]
    # the invalid answer (vague skill goal) stays pending and goes through the normal path
    assert [g["key"] for g in store.groups("r1", "pending")] == [KEYS[2]]

    class Offline:
        provider, model = "offline", "rules-v1"

        def generate(self, frame, today):
            from planner.generators.offline import OfflineGenerator

            self.called = getattr(self, "called", 0) + 1
            return OfflineGenerator().generate(frame, today)

    gen = Offline()
    totals = run_groups(store, "r1", store_config(store), TODAY, generator=gen)
    assert gen.called == 1 and totals.done == 1
    assert len(store.groups("r1", "done")) == 3


def store_config(store):
    from planner.providers.base import ProviderConfig

    a = store.run("r1")["args"]
    return ProviderConfig(name=a["provider"], model=a["model"], base_url=a["base_url"], api_key="sk-test")


@pytest.mark.vcr
@pytest.mark.default_cassette("openai_batch.yaml")
def test_openai_batch_submit_status_collect(openai_config, tmp_path, vcr, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-a-real-key")
    config = openai_config(base_url="http://127.0.0.1:8190/v1", model="gpt-4o-mini")
    store = _store(tmp_path, config)
    ids = submit(store, "r1", config, TODAY)
    assert ids == ["batch_1"]
    # the uploaded JSONL: one chat-completions request per group, custom_id = group key, the plan tool forced
    upload = vcr.requests[0].body
    upload = upload.decode() if isinstance(upload, bytes) else upload
    lines = [json.loads(l) for l in upload.splitlines() if l.startswith('{"custom_id"')]
    assert [l["custom_id"] for l in lines] == sorted(KEYS)
    assert lines[0]["url"] == "/v1/chat/completions" and lines[0]["body"]["tool_choice"]["function"]["name"] == "PlanContent"
    info = refresh(store, "r1")
    assert info[0]["status"] == "completed"
    import planner.pipeline as pipeline

    finished = []
    real = pipeline.finish_plan
    monkeypatch.setattr(pipeline, "finish_plan", lambda plan, frame, text, today: finished.append(text) or real(plan, frame, text, today))
    assert collect(store, "r1") == 2
    # a batch answer is finished as make_plan finishes a plan: grounding, then the answered-question check
    assert len(finished) == 2 and all("write weekly reports" in t for t in finished)
    _check_collected(store, vcr)


@pytest.mark.vcr
@pytest.mark.default_cassette("anthropic_batch.yaml")
def test_anthropic_message_batches_submit_status_collect(anthropic_config, tmp_path, vcr, monkeypatch):
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-test-not-a-real-key")
    config = anthropic_config(base_url="http://127.0.0.1:8190", model="claude-haiku-4-5")
    store = _store(tmp_path, config)
    assert submit(store, "r1", config, TODAY) == ["msgbatch_1"]
    sent = json.loads(vcr.requests[0].body)
    assert [r["custom_id"] for r in sent["requests"]] == sorted(KEYS)
    assert sent["requests"][0]["params"]["tool_choice"] == {"type": "tool", "name": "PlanContent"}
    assert refresh(store, "r1")[0]["status"] == "ended"
    assert collect(store, "r1") == 2
    _check_collected(store, vcr)


def test_chunks_stay_under_request_and_size_limits():
    lines = [b"x" * 10] * 25
    parts = list(chunks(lines, max_requests=10, max_bytes=1000))
    assert [len(p) for p in parts] == [10, 10, 5]
    parts = list(chunks(lines, max_requests=100, max_bytes=35))
    assert all(sum(map(len, p)) <= 35 for p in parts) and sum(map(len, parts)) == 25


def test_batch_api_refuses_other_providers(tmp_path):
    from planner.errors import ConfigError
    from planner.providers.select import resolve

    cfg = resolve("offline")
    store = _store(tmp_path, cfg)
    with pytest.raises(ConfigError, match="needs --provider openai or anthropic"):
        submit(store, "r1", cfg, TODAY)
