"""The one loopback OpenAI-compatible stub, for tests, benchmarks and the cassette scripts. Binds 127.0.0.1 only.

``StubServer`` answers ``POST .../chat/completions`` with a tool call, in one of two ways:
- a fixed valid plan (tests/fixtures/llm/valid_plan.json), optionally after a latency and with injected 429 (with
  Retry-After) and 500 rates, within a request budget (then 503): the batch tests and bench/bench_batch_stub.py;
- ``answers=[Answer, ...]``: stored model answers replayed by the problem text inside the request's first user
  message (the ``<problem>`` block, not the whole prompt, so the prompt, hints and schema may change); a re-ask of
  the same problem gets the same answer (a model that repeats itself); 400 when no answer fits.
With ``batch_api=True`` it also answers the OpenAI Batch API (/v1/files, /v1/batches) and Anthropic Message
Batches (/v1/messages/batches) in their documented formats (platform.openai.com/docs/api-reference/batch and
/files; docs.anthropic.com/en/api/creating-message-batches, /retrieving-message-batches,
/retrieving-message-batch-results): every result carries the valid plan, except a custom_id ending in
"-invalid", whose skill goal is vague (to exercise the re-ask). That mode recorded tests/cassettes/batch_api/.

Every server records the raw request bodies and paths (``.bodies``, ``.paths``), counts answers per request
(``GET /stats``: requests, errors, answers per user-message hash and per answer id, first-to-last seconds) and
stops by itself after ``seconds`` when given. Command line (the bench/ and scripts/ names call this):

    python tests/openai_stub.py --port 8200 --latency 1.0 --error-rate 0.05 --seconds 600
    python tests/openai_stub.py --mode replay --answers ../shared/llm-answers/answers --port 8300
    python tests/openai_stub.py --mode replay --answers ../shared/llm-answers/bundled --cases evals/cases.yaml
    python tests/openai_stub.py --mode batch-api --port 8190 --seconds 120
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import threading
import time
from collections import Counter
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Iterable, Optional

ROOT = Path(__file__).resolve().parents[1]
PLAN = (ROOT / "tests" / "fixtures" / "llm" / "valid_plan.json").read_text(encoding="utf-8")
SHARED = ROOT / ".." / "shared" / "llm-answers"
NOW = 1_763_800_000  # the batch APIs' created_at


# --- stored answers, matched to a request by its problem text ------------------------------------------------

@dataclass(frozen=True)
class Answer:
    id: str
    text: str  # the problem text the answer was written for
    arguments: str  # the function-call arguments, as JSON text
    expected_type: Optional[str] = None


def _norm(text: str) -> str:
    return " ".join((text or "").split()).lower()


def load_problem_answers(root: Path = SHARED) -> list[Answer]:
    """``problems.jsonl`` + ``answers/<id>.json``: one Answer per problem that has an answer file."""
    out = []
    for line in (root / "problems.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        p = json.loads(line)
        f = root / "answers" / f"{p['id']}.json"
        if f.is_file():
            out.append(Answer(p["id"], p["text"], f.read_text(encoding="utf-8"), p.get("type")))
    return out


def load_case_answers(cases_file: Path, root: Path = SHARED) -> list[Answer]:
    """``evals/cases.yaml`` (its ids and texts) + ``bundled/<case id>.json``."""
    import yaml

    data = yaml.safe_load(Path(cases_file).read_text(encoding="utf-8"))
    cases = data.get("cases", data) if isinstance(data, dict) else data
    out = []
    for c in cases:
        f = root / "bundled" / f"{c['id']}.json"
        if f.is_file() and c.get("text"):
            out.append(Answer(c["id"], c["text"], f.read_text(encoding="utf-8")))
    return out


_PROBLEM = re.compile(r"<problem>(.*?)</problem>", re.S | re.I)


def _problem_of(req: dict) -> str:
    for m in req.get("messages", []):
        if m.get("role") != "user":
            continue
        content = m.get("content")
        if isinstance(content, list):  # content parts
            content = " ".join(p.get("text", "") for p in content if isinstance(p, dict))
        found = _PROBLEM.search(content or "")
        return found.group(1) if found else (content or "")
    return ""


def _tokens(text: str) -> set[str]:
    return set(re.findall(r"\w+", _norm(text)))


def match(answers: Iterable[Answer], problem: str) -> Optional[Answer]:
    """The answer whose problem text is the request's problem (whitespace and case aside); else the one whose text
    holds nearly all the request's words (the pipeline may drop a sentence first: a protected remark, an injected
    instruction)."""
    p = _norm(problem)
    answers = list(answers)
    best = None
    for a in answers:
        t = _norm(a.text)
        if t == p:
            return a
        if t and t in p and (best is None or len(t) > len(_norm(best.text))):
            best = a
    if best is not None:
        return best
    words = _tokens(problem)
    if not words:
        return None
    scored = [(len(words & _tokens(a.text)) / len(words), a) for a in answers]
    share, a = max(scored, key=lambda x: x[0], default=(0.0, None))
    return a if share >= 0.9 else None


# --- the wire formats ----------------------------------------------------------------------------------------

def completion(arguments: str, model: str, *, name: str = "PlanContent", id: str = "chatcmpl-stub",
               usage: tuple[int, int] = (1500, 800), call_id: str = "call_1", created: Optional[int] = None) -> dict:
    """A chat.completion whose one choice is a tool call with ``arguments``."""
    return {"id": id, "object": "chat.completion", "created": int(time.time()) if created is None else created, "model": model,
            "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {"role": "assistant", "content": None,
                         "tool_calls": [{"id": call_id, "type": "function", "function": {"name": name, "arguments": arguments}}]}}],
            "usage": {"prompt_tokens": usage[0], "completion_tokens": usage[1], "total_tokens": usage[0] + usage[1]}}


def plan_for(custom_id: str) -> dict:
    """The batch result's plan: the valid one, or a vague skill goal for a custom_id ending in "-invalid"."""
    p = json.loads(PLAN)
    if custom_id.endswith("-invalid"):
        p["skill_goal"] = "Improve communication"
    return p


class _Batches:
    """The state of one batch of each provider: the OpenAI input file's lines, the Anthropic requests."""

    def __init__(self) -> None:
        self.openai_input = b""
        self.anthropic_requests: list[dict] = []

    def lines(self) -> list[bytes]:
        return [line for line in self.openai_input.splitlines() if line.strip()]

    def openai_batch(self, done: bool) -> dict:
        n = len(self.lines())
        b = {"id": "batch_1", "object": "batch", "endpoint": "/v1/chat/completions", "errors": None,
             "input_file_id": "file-in-1", "completion_window": "24h", "status": "completed" if done else "validating",
             "output_file_id": "file-out-1" if done else None, "error_file_id": None, "created_at": NOW,
             "request_counts": {"total": n, "completed": n if done else 0, "failed": 0}, "metadata": None}
        if done:
            b["completed_at"] = NOW + 600
        return b

    def anthropic_batch(self, status: str, host: str) -> dict:
        n, ended = len(self.anthropic_requests), status == "ended"
        return {"id": "msgbatch_1", "type": "message_batch", "processing_status": status,
                "request_counts": {"processing": 0 if ended else n, "succeeded": n if ended else 0,
                                   "errored": 0, "canceled": 0, "expired": 0},
                "ended_at": "2026-11-22T12:00:00Z" if ended else None, "created_at": "2026-11-22T11:00:00Z",
                "expires_at": "2026-11-23T11:00:00Z", "archived_at": None, "cancel_initiated_at": None,
                "results_url": f"http://{host}/v1/messages/batches/msgbatch_1/results" if ended else None}

    def openai_results(self) -> bytes:
        out = []
        for i, raw in enumerate(self.lines()):
            req = json.loads(raw)
            cid = req["custom_id"]
            body = completion(json.dumps(plan_for(cid)), req["body"]["model"], id=f"chatcmpl-{i}", call_id=f"call_{i}",
                              usage=(1800, 900), created=NOW)
            out.append(json.dumps({"id": f"batch_req_{i}", "custom_id": cid,
                                   "response": {"status_code": 200, "request_id": f"req_{i}", "body": body}, "error": None}))
        return ("\n".join(out) + "\n").encode()

    def anthropic_results(self) -> bytes:
        out = []
        for i, req in enumerate(self.anthropic_requests):
            msg = {"id": f"msg_{i}", "type": "message", "role": "assistant", "model": req["params"]["model"],
                   "content": [{"type": "tool_use", "id": f"toolu_{i}", "name": "PlanContent", "input": plan_for(req["custom_id"])}],
                   "stop_reason": "tool_use", "stop_sequence": None, "usage": {"input_tokens": 1900, "output_tokens": 950}}
            out.append(json.dumps({"custom_id": req["custom_id"], "result": {"type": "succeeded", "message": msg}}))
        return ("\n".join(out) + "\n").encode()


# --- the server ----------------------------------------------------------------------------------------------

class _Quiet(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):  # a killed client closes its sockets: not an error here
        pass


class StubServer:
    """A running stub: ``.url`` / ``.base_url`` (end in /v1), ``.port``, ``.bodies``, ``.paths``, ``.served``
    (requests per answer id), ``.answered`` (answers per user-message hash), ``.shutdown()``; a context manager."""

    def __init__(self, port: int = 0, *, answers: Optional[list[Answer]] = None, latency: float = 0.0, error_rate: float = 0.0,
                 max_requests: Optional[int] = None, seed: int = 7, seconds: Optional[float] = None, batch_api: bool = False):
        self.answers = list(answers) if answers is not None else None
        self.bodies: list[bytes] = []
        self.paths: list[str] = []
        self.served: Counter = Counter()
        self.answered: Counter = Counter()
        self.state: dict[str, Any] = {"requests": 0, "errors": 0, "first": None, "last": None}
        self._lock = threading.Lock()
        self._rng = random.Random(seed)
        self._batches = _Batches() if batch_api else None
        self.latency, self.error_rate, self.max_requests = latency, error_rate, max_requests
        self._httpd = _Quiet(("127.0.0.1", port), self._handler())
        self.port = self._httpd.server_address[1]
        self.url = self.base_url = f"http://127.0.0.1:{self.port}/v1"
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()
        self._timer = None
        if seconds is not None:  # bounded: stops by itself
            self._timer = threading.Timer(seconds, self._httpd.shutdown)
            self._timer.daemon = True
            self._timer.start()

    # what a request gets
    def stats(self) -> dict[str, Any]:
        with self._lock:
            s = self.state
            span = (s["last"] - s["first"]) if s["first"] and s["last"] else None
            return {"requests": s["requests"], "errors": s["errors"], "answered": dict(self.answered),
                    "served": dict(self.served), "first_to_last_s": span}

    def requests_for(self, answer_id: str) -> int:
        with self._lock:
            return self.served[answer_id]

    def _chat(self, raw: bytes) -> tuple[int, dict, dict]:
        with self._lock:
            s = self.state
            s["requests"] += 1
            s["first"] = s["first"] or time.perf_counter()
            over = self.max_requests is not None and s["requests"] > self.max_requests
            roll = self._rng.random()
        if over:
            return 503, {"error": {"message": "stub request budget spent", "type": "server_error"}}, {}
        if self.latency:
            time.sleep(self.latency)
        if roll < self.error_rate:
            with self._lock:
                self.state["errors"] += 1
            if roll < self.error_rate / 2:
                return 429, {"error": {"message": "Rate limit reached", "type": "rate_limit_exceeded"}}, {"retry-after": "1"}
            return 500, {"error": {"message": "The server had an error", "type": "server_error"}}, {}
        req = json.loads(raw or b"{}")
        if self.answers is not None:
            a = match(self.answers, _problem_of(req))
            if a is None:
                return 400, {"error": {"message": "the replay stub has no answer for this problem", "type": "invalid_request_error"}}, {}
            with self._lock:
                self.served[a.id] += 1
                self.state["last"] = time.perf_counter()
            name = ((req.get("tools") or [{}])[0].get("function") or {}).get("name", "PlanContent")
            n = len(a.arguments) // 4
            return 200, completion(a.arguments, req.get("model", "replay"), name=name, id=f"chatcmpl-replay-{a.id}", usage=(1000, n)), {}
        user = next((m["content"] for m in req.get("messages", []) if m.get("role") == "user"), "")
        key = hashlib.sha256(str(user).encode()).hexdigest()[:16]
        with self._lock:
            self.answered[key] += 1
            self.state["last"] = time.perf_counter()
        return 200, completion(PLAN, req.get("model", "stub")), {}

    def _batch_post(self, path: str, body: bytes, host: str) -> Optional[dict]:
        b = self._batches
        if b is None:
            return None
        if path == "/v1/files":  # the multipart upload's file part: the JSONL request lines
            b.openai_input = b"\n".join(line for line in re.split(rb"\r?\n", body) if line.startswith(b'{"custom_id"'))
            return {"id": "file-in-1", "object": "file", "bytes": len(b.openai_input), "created_at": NOW,
                    "filename": "upskill-batch.jsonl", "purpose": "batch", "status": "processed"}
        if path == "/v1/batches":
            return b.openai_batch(done=False)
        if path == "/v1/messages/batches":
            b.anthropic_requests = json.loads(body)["requests"]
            return b.anthropic_batch("in_progress", host)
        return None

    def _batch_get(self, path: str, host: str) -> Optional[tuple[str, Any]]:
        b = self._batches
        if b is None:
            return None
        if path == "/v1/batches/batch_1":
            return "json", b.openai_batch(done=True)
        if path == "/v1/files/file-out-1/content":
            return "application/octet-stream", b.openai_results()
        if path == "/v1/messages/batches/msgbatch_1":
            return "json", b.anthropic_batch("ended", host)
        if path == "/v1/messages/batches/msgbatch_1/results":
            return "application/binary", b.anthropic_results()
        return None

    def _handler(self):
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go out at once (no 40 ms delayed-ACK stall)

            def log_message(self, *a):
                pass

            def _bytes(self, code: int, body: bytes, ctype: str, headers: Optional[dict] = None) -> None:
                self.send_response(code)
                self.send_header("content-type", ctype)
                self.send_header("content-length", str(len(body)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

            def _send(self, code: int, obj: dict, headers: Optional[dict] = None) -> None:
                self._bytes(code, json.dumps(obj).encode(), "application/json", headers)

            def do_GET(self):
                with stub._lock:
                    stub.paths.append(self.path)
                if self.path.rstrip("/").endswith("/stats"):
                    return self._send(200, stub.stats())
                got = stub._batch_get(self.path, self.headers.get("host") or "")
                if got is not None:
                    kind, payload = got
                    return self._send(200, payload) if kind == "json" else self._bytes(200, payload, kind)
                self._send(404, {"error": {"message": "not found"}})

            def do_POST(self):
                raw = self.rfile.read(int(self.headers.get("content-length") or 0))
                with stub._lock:
                    stub.bodies.append(raw)
                    stub.paths.append(self.path)
                batch = stub._batch_post(self.path, raw, self.headers.get("host") or "")
                if batch is not None:
                    return self._send(200, batch)
                if stub._batches is not None and not self.path.endswith("/chat/completions"):
                    return self._send(404, {"error": {"message": "not found"}})
                code, obj, headers = stub._chat(raw)
                self._send(code, obj, headers)

        return Handler

    def shutdown(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> "StubServer":
        return self

    def __exit__(self, *exc) -> None:
        self.shutdown()


def serve(port: int, latency: float, error_rate: float, seconds: float, max_requests: int = 5000, seed: int = 7) -> StubServer:
    """The load stub on ``port``: the valid plan after ``latency`` seconds, ``error_rate`` of 429s and 500s."""
    return StubServer(port, latency=latency, error_rate=error_rate, seconds=seconds, max_requests=max_requests, seed=seed)


def CaptureStub() -> StubServer:
    """A stub on a free port that answers the valid plan at once; ``.bodies`` holds every raw request body."""
    return StubServer()


def ReplayServer(answers: list[Answer], port: int = 0) -> StubServer:
    """A stub that replays ``answers`` by problem text."""
    return StubServer(port, answers=answers)


DEFAULTS = {"load": (8200, 600.0), "replay": (8300, 600.0), "batch-api": (8190, 120.0)}


def main(argv: Optional[list[str]] = None, mode: str = "load") -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mode", choices=sorted(DEFAULTS), default=mode)
    ap.add_argument("--port", type=int, default=None)
    ap.add_argument("--seconds", type=float, default=None, help="stop by itself after this long")
    ap.add_argument("--latency", type=float, default=1.0, help="load mode: seconds before each answer")
    ap.add_argument("--error-rate", type=float, default=0.05, help="load mode: share of 429 and 500 answers")
    ap.add_argument("--max-requests", type=int, default=5000, help="load mode: requests served before 503")
    ap.add_argument("--answers", default=str(SHARED / "answers"), help="replay mode: the answers folder")
    ap.add_argument("--problems", default=None, help="replay mode: problems.jsonl (ids and texts) for --answers")
    ap.add_argument("--cases", default=None, help="replay mode: evals/cases.yaml (ids and texts) for a bundled/ folder")
    a = ap.parse_args(argv)
    port, seconds = DEFAULTS[a.mode]
    port = a.port if a.port is not None else port
    seconds = a.seconds if a.seconds is not None else seconds
    if a.mode == "replay":
        root = Path(a.answers).resolve().parent
        answers = load_case_answers(Path(a.cases), root) if a.cases else load_problem_answers(root)
        srv = StubServer(port, answers=answers)
        print(f"replaying {len(answers)} answers at {srv.url} for {seconds:.0f} s", flush=True)
    elif a.mode == "batch-api":
        srv = StubServer(port, batch_api=True)
    else:
        srv = StubServer(port, latency=a.latency, error_rate=a.error_rate, max_requests=a.max_requests)
    try:
        time.sleep(seconds)
    except KeyboardInterrupt:
        pass
    srv.shutdown()


if __name__ == "__main__":
    main()
