"""The one loopback OpenAI-compatible stub (tests/openai_stub.py) in each of its modes, as its users rely on it."""

import json
import urllib.error
import urllib.request

import pytest

from tests.openai_stub import Answer, CaptureStub, ReplayServer, StubServer, serve


def _post(url, body, path="/chat/completions"):
    req = urllib.request.Request(url + path, data=json.dumps(body).encode(), headers={"content-type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, dict(r.headers), json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), json.loads(e.read())


def _chat(problem):
    return {"model": "m", "messages": [{"role": "system", "content": "s"}, {"role": "user", "content": f"<problem>{problem}</problem>"}],
            "tools": [{"type": "function", "function": {"name": "PlanContent"}}]}


def test_load_mode_answers_the_plan_injects_errors_and_keeps_its_budget():
    with StubServer(max_requests=3) as srv:
        code, _, body = _post(srv.url, _chat("a"))
        assert code == 200 and json.loads(body["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"])["skill_goal"]
        assert _post(srv.url, _chat("b"))[0] == 200 and _post(srv.url, _chat("b"))[0] == 200
        assert _post(srv.url, _chat("c"))[0] == 503  # the budget is spent
        stats = json.loads(urllib.request.urlopen(srv.url.rsplit("/v1", 1)[0] + "/stats", timeout=5).read())
        assert stats["requests"] == 4 and sorted(stats["answered"].values()) == [1, 2]
    srv = serve(0, latency=0.0, error_rate=1.0, seconds=30)
    try:
        codes = [_post(srv.url, _chat("x"))[:2] for _ in range(20)]
    finally:
        srv.shutdown()
    assert {c for c, _ in codes} == {429, 500}
    assert all(h.get("retry-after") == "1" for c, h in codes if c == 429)


def test_capture_mode_records_every_body():
    with CaptureStub() as stub:
        _post(stub.base_url, _chat("first"))
        _post(stub.base_url, _chat("second"))
    assert [json.loads(b)["messages"][1]["content"] for b in stub.bodies] == ["<problem>first</problem>", "<problem>second</problem>"]


def test_replay_mode_matches_the_problem_and_refuses_an_unknown_one():
    answers = [Answer("c1", "Agents write bad notes.", json.dumps({"skill_goal": "one"})),
               Answer("c2", "Pickers pick the wrong items.", json.dumps({"skill_goal": "two"}))]
    with ReplayServer(answers) as srv:
        code, _, body = _post(srv.url, _chat("  pickers pick the WRONG items. "))
        assert code == 200 and json.loads(body["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"]) == {"skill_goal": "two"}
        assert _post(srv.url, _chat("Something else entirely"))[0] == 400
        assert srv.requests_for("c2") == 1 and srv.requests_for("c1") == 0


@pytest.mark.parametrize("provider", ["openai", "anthropic"])
def test_batch_api_mode_serves_the_sdk_batch_path(provider, tmp_path, monkeypatch, openai_config, anthropic_config):
    """The same wire formats the batch cassettes were recorded from, through the real SDK clients."""
    from planner.runs.batch_api import collect, refresh, submit
    from planner.runs.store import RunStore
    from tests.test_runs_batch_api import KEYS, TODAY, _store

    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-a-real-key")
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-test-not-a-real-key")
    with StubServer(batch_api=True) as srv:
        root = srv.url.rsplit("/v1", 1)[0]
        config = openai_config(base_url=srv.url, model="gpt-4o-mini") if provider == "openai" else \
            anthropic_config(base_url=root, model="claude-haiku-4-5")
        store: RunStore = _store(tmp_path, config)
        assert len(submit(store, "r1", config, TODAY)) == 1
        assert refresh(store, "r1")[0]["status"] in ("completed", "ended")
        assert collect(store, "r1") == 2  # the "-invalid" key's vague plan stays pending
    assert [g["key"] for g in store.groups("r1", "pending")] == [k for k in KEYS if k.endswith("-invalid")]
