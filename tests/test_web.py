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


@pytest.fixture
def client():
    return TestClient(create_app())


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
    c = TestClient(create_app(rate_per_minute=2))
    codes = [c.post("/api/plan", json={"text": TEXT}).status_code for _ in range(3)]
    assert codes[:2] == [200, 200] and codes[2] == 429
    assert c.post("/api/check", json={"statements": ["Write notes"]}).status_code == 200  # not rate limited


class FailingGenerator:
    provider, model = "openai", "gpt-test"

    def generate(self, frame, today):
        raise ProviderError("openai model gpt-test failed after 3 request(s): HTTP 500", raw_path="/srv/secret/raw.json")


def test_provider_failure_is_502_without_server_paths():
    cfg = ProviderConfig(name="openai", model="gpt-test", api_key="sk-secret-key")
    c = TestClient(create_app(cfg, generator=FailingGenerator()))
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
