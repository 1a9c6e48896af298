"""The web API with FastAPI's test client: same JSON as the CLI, limits, errors, safety."""

import json

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from planner.cli.app import app as cli
from planner.errors import ProviderError
from planner.providers.base import ProviderConfig
from planner.web.app import create_app

TEXT = open("examples/support-escalation-notes.txt", encoding="utf-8").read()


def local(app):
    """A test client addressed as the browser on this computer addresses the server (Host: 127.0.0.1:8765)."""
    return TestClient(app, base_url="http://127.0.0.1:8765")


@pytest.fixture
def client():
    return local(create_app())


def test_health_names_provider_and_model_but_no_secrets(client):
    h = client.get("/api/health").json()
    assert h == {"status": "ok", "provider": "offline", "model": "rules-v1", "providers": ["offline"]}


def test_plan_matches_cli_json_plus_report(client):
    r = client.post("/api/plan", json={"text": TEXT, "today": "2026-01-05"})
    assert r.status_code == 200
    api = r.json()
    cli_out = json.loads(CliRunner().invoke(cli, ["plan", "--file", "examples/support-escalation-notes.txt", "--today", "2026-01-05", "--format", "json"]).stdout)
    report = api.pop("report")
    for d in (api, cli_out):
        d["meta"].pop("created_at")
    assert api == cli_out
    assert set(report) == {"fields", "overall", "weak_fields"}


def test_check_and_ground_match_the_cli(client):
    stmts = ["Improve customer communication", "Write clear escalation notes for billing disputes"]
    api = client.post("/api/check", json={"statements": stmts}).json()
    cli_out = json.loads(CliRunner().invoke(cli, ["check", "--format", "json", *stmts]).stdout)
    assert api == cli_out
    ctx = "Sales support coordinators prepare customer records before sales reps call prospects."
    api = client.post("/api/ground", json={"skills": ["Complete and submit the customer information"], "context": ctx}).json()
    cli_out = json.loads(CliRunner().invoke(cli, ["ground", "--format", "json", "--context", ctx, "Complete and submit the customer information"]).stdout)
    assert api == cli_out
    assert api["items"][0]["consumer"] == "sales rep"


def test_render_includes_edits_and_report_reflects_them(client):
    plan = client.post("/api/plan", json={"text": TEXT, "today": "2026-01-05"}).json()
    plan.pop("report")
    plan["current_gap"] = "lack of skills"
    rep = client.post("/api/report", json={"plan": plan}).json()
    assert "current_gap" in rep["weak_fields"]
    md = client.post("/api/render?format=md", json={"plan": plan})
    assert md.status_code == 200 and "lack of skills" in md.text and "attachment" in md.headers["content-disposition"]
    assert client.post("/api/render?format=pdf", json={"plan": plan}).status_code == 400
    assert client.post("/api/render", json={"plan": {"skill_goal": "x"}}).status_code == 422


def test_user_errors_are_clear(client):
    r = client.post("/api/plan", json={"text": "   "})
    assert r.status_code == 400 and "empty" in r.json()["detail"]
    r = client.post("/api/plan", json={"text": TEXT, "today": "soon"})
    assert r.status_code == 400 and "not a date" in r.json()["detail"]
    r = client.post("/api/plan", json={"text": TEXT, "provider": "anthropic"})
    assert r.status_code == 400 and r.json()["detail"].startswith("provider 'anthropic' is not available here; use 'offline' (")
    assert client.post("/api/check", json={"statements": [""]}).status_code == 400
    assert client.post("/api/ground", json={"skills": []}).status_code == 400
    assert client.post("/api/plan", json={"nope": 1}).status_code == 422


def test_oversized_body_gets_413(client):
    r = client.post("/api/plan", content=json.dumps({"text": "x" * 70_000}), headers={"content-type": "application/json"})
    assert r.status_code == 413 and "KB" in r.json()["detail"]


def test_oversized_streamed_body_without_content_length_gets_413(client):
    def chunks():
        yield b'{"text": "'
        for _ in range(80):
            yield b"x" * 1024
        yield b'"}'

    r = client.post("/api/plan", content=chunks(), headers={"content-type": "application/json"})
    assert "content-length" not in r.request.headers
    assert r.status_code == 413


def test_rate_limit_on_llm_backed_endpoints():
    c = local(create_app(rate_per_minute=2))
    codes = [c.post("/api/plan", json={"text": TEXT}).status_code for _ in range(3)]
    assert codes[:2] == [200, 200] and codes[2] == 429
    assert c.post("/api/check", json={"statements": ["Write notes"]}).status_code == 200  # not rate limited


class FailingGenerator:
    provider, model = "openai", "gpt-test"

    def generate(self, frame, today):
        raise ProviderError("openai model gpt-test failed after 3 request(s): HTTP 500", raw_path="/srv/secret/raw.json")


def test_provider_failure_is_502_without_server_paths():
    cfg = ProviderConfig(name="openai", model="gpt-test", api_key="sk-secret-key")
    c = local(create_app(cfg, generator=FailingGenerator()))
    assert c.get("/api/health").json()["provider"] == "openai"
    r = c.post("/api/plan", json={"text": TEXT})
    assert r.status_code == 502 and "provider failed" in r.json()["detail"]
    assert "/srv/secret" not in r.text and "sk-secret" not in r.text
    assert "sk-secret" not in c.get("/api/health").text
    # the browser may still choose offline
    assert c.post("/api/plan", json={"text": TEXT, "provider": "offline"}).status_code == 200


def test_hostile_text_comes_back_as_data(client):
    hostile = "Our 4 agents write notes <script>alert(1)</script> <img src=x onerror=alert(2)> badly in 20% of tickets."
    r = client.post("/api/plan", json={"text": hostile})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    page = client.get("/").text
    assert "innerHTML" not in client.get("/static/app.js").text
    assert "<script src=\"/static/app.js\"></script>" in page


def test_openapi_docs_list_the_endpoints(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/plan", "/api/check", "/api/ground", "/api/health", "/api/render", "/api/report"} <= set(paths)


# ------------------------------------------------------------------------------------------------ hostile clients
def test_foreign_host_header_is_refused_localhost_names_pass():
    app = create_app()
    for base in ("http://127.0.0.1:8765", "http://localhost:8765", "http://[::1]:8765", "http://localhost"):
        assert TestClient(app, base_url=base).get("/api/health").status_code == 200, base
    for host in ("attacker.example", "attacker.example:8765", "127.0.0.1.attacker.example", "testserver", "", "[::1"):
        r = TestClient(app).get("/api/health", headers={"host": host})
        assert r.status_code == 400 and "invalid Host header" in r.json()["detail"], host
        assert TestClient(app).post("/api/check", json={"statements": ["x"]}, headers={"host": host}).status_code == 400
    extended = create_app(allowed_hosts=["planner.lan"])
    assert TestClient(extended, base_url="http://planner.lan:8765").get("/api/health").status_code == 200
    assert TestClient(extended, base_url="http://127.0.0.1:8765").get("/").status_code == 200
    assert TestClient(extended, base_url="http://other.lan").get("/").status_code == 400
    assert "--allow-host" in CliRunner().invoke(cli, ["serve", "--help"]).output


def test_statement_budget_charges_every_statement_per_client():
    c = local(create_app(statements_per_minute=100))
    assert c.post("/api/check", json={"statements": ["Write escalation notes"] * 60}).status_code == 200
    r = c.post("/api/check", json={"statements": ["Write escalation notes"] * 60})  # 120 of 100 within the minute
    assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1 and "100 per minute" in r.json()["detail"]
    r = c.post("/api/check", json={"statements": ["x"] * 150})  # one request over the whole budget
    assert r.status_code == 413 and "150 statements" in r.json()["detail"]
    # the budget is shared by every checking endpoint: report and render are charged their plan's statements too
    c = local(create_app(statements_per_minute=200))
    plan = c.post("/api/plan", json={"text": TEXT, "today": "2026-01-05"}).json()  # 85
    plan.pop("report")
    codes = [c.post("/api/report", json={"plan": plan}).status_code for _ in range(4)]
    assert codes[0] == 200 and 429 in codes
    assert c.get("/api/health").status_code == 200  # never charged


def test_invalid_unicode_and_impossible_dates_are_4xx(client):
    for path, raw in (("/api/check", '{"statements": ["Write notes \\ud800 now"]}'),
                      ("/api/plan", '{"text": "Our 4 agents \\udc00 write notes"}'),
                      ("/api/ground", '{"skills": ["Write \\ud83d notes"]}'),
                      ("/api/report", '{"plan": {"skill_goal": "\\ud800"}}')):
        r = client.post(path, content=raw.encode(), headers={"content-type": "application/json"})
        assert r.status_code == 422 and "surrogate" in r.text, (path, r.status_code, r.text)
    ok = client.post("/api/check", content='{"statements": ["Write notes \\ud83d\\ude00"]}'.encode(),
                     headers={"content-type": "application/json"})
    assert ok.status_code == 200  # a surrogate pair is a real character (an emoji)
    for today in ("9999-12-31", "9999-06-01"):
        r = client.post("/api/plan", json={"text": TEXT, "today": today})
        assert r.status_code == 400 and "too late" in r.json()["detail"], r.text
    assert client.post("/api/plan", json={"text": TEXT, "today": "9998-01-01"}).status_code == 200


def test_invisible_text_is_empty_in_the_api_and_the_cli(client):
    for text in ("\x00\x00\x00", "\u200b\u200c\u200d\ufeff", "\x00 \u200b \x1b\x07", "\u2066\u2069"):
        r = client.post("/api/plan", json={"text": text})
        assert r.status_code == 400 and "empty" in r.json()["detail"], (repr(text), r.text)
        res = CliRunner().invoke(cli, ["plan", text])
        assert res.exit_code == 2 and "empty" in res.output and "Traceback" not in res.output, repr(text)
    r = client.post("/api/plan", json={"text": "\x00" + TEXT + "\x1b[31m", "today": "2026-01-05"})
    assert r.status_code == 200 and "\x00" not in r.text and "\\u0000" not in r.text and "\\u001b" not in r.text


def test_provider_urls_lose_their_credentials_in_502_and_saved_failures(tmp_path, monkeypatch):
    import os
    import stat

    monkeypatch.setenv("UPSKILL_RETRY_ATTEMPTS", "1")
    monkeypatch.setenv("UPSKILL_STATE_DIR", str(tmp_path / "state"))
    cfg = ProviderConfig(name="openai", model="m", api_key="sk-secret-key", base_url="http://bob:hunter2@127.0.0.1:9/v1")
    c = local(create_app(cfg))
    r = c.post("/api/plan", json={"text": TEXT})
    assert r.status_code == 502, r.text
    assert "hunter2" not in r.text and "bob:" not in r.text and "sk-secret" not in r.text
    assert "http://***@127.0.0.1:9/v1" in r.json()["detail"]
    saved = list((tmp_path / "state" / "failed").glob("*.json"))
    assert saved
    for f in saved:
        assert "hunter2" not in f.read_text(encoding="utf-8") and stat.S_IMODE(os.stat(f).st_mode) == 0o600


def test_health_answers_while_checks_saturate_the_server():
    """A bounded loopback load: 60 concurrent checks of 300 statements (more than Starlette's 40 worker threads,
    which starved /api/health before); /api/health answers in under 1 s.
    (bench/bench_web_load.py runs the full 60 x 52 KB case and prints the figures.)"""
    import socket
    import threading
    import time

    import httpx
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(statements_per_minute=1_000_000)
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            if srv.started:
                break
            time.sleep(0.05)
        body = json.dumps({"statements": [f"Write the note for ticket {i}" for i in range(300)]}).encode()
        codes: list[int] = []
        # one client for all the load, made up front: the load itself must not hold this process's GIL
        load = httpx.Client(timeout=120, limits=httpx.Limits(max_connections=100, max_keepalive_connections=100))
        poll = httpx.Client(timeout=30)

        def hammer() -> None:
            codes.append(load.post(f"{base}/api/check", content=body, headers={"content-type": "application/json"}).status_code)

        assert poll.post(f"{base}/api/check", json={"statements": ["warm the workers"]}).status_code == 200
        workers = [threading.Thread(target=hammer) for _ in range(60)]
        for w in workers:
            w.start()
        worst, polls = 0.0, 0
        while any(w.is_alive() for w in workers):
            t0 = time.perf_counter()
            assert poll.get(f"{base}/api/health").status_code == 200
            worst, polls = max(worst, time.perf_counter() - t0), polls + 1
            time.sleep(0.05)
        for w in workers:
            w.join(timeout=120)
        load.close()
        poll.close()
        assert polls >= 3  # health was polled while the checks ran
        assert worst < 1.0, worst
        assert set(codes) <= {200, 503} and 200 in codes, codes
    finally:
        srv.should_exit = True
        t.join(timeout=10)
