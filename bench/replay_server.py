"""A loopback OpenAI-compatible stub that replays stored model answers as tool calls.

Each answer (``<id>.json``: the ``PlanContent`` function-call arguments a model wrote) is matched to a
request by the problem text inside the request's first user message (the ``<problem>`` block), not by the
whole prompt, so the prompt, the hints and the schema may change and the answers still apply. On a re-ask
(the same problem again, with the validator's message appended) the stub returns the same answer: a model
that repeats itself. Binds 127.0.0.1 only; ``GET /stats`` gives the requests served per answer id.

    python bench/replay_server.py --answers ../shared/llm-answers/bundled --cases evals/cases.yaml --port 8300
    python bench/replay_server.py --answers ../shared/llm-answers/answers --problems ../shared/llm-answers/problems.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
import threading
import time
from collections import Counter
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterable, Optional

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "llm-answers"


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


def make_handler(answers: list[Answer], served: Counter, lock: threading.Lock):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def log_message(self, *a):
            pass

        def _send(self, code: int, obj: dict) -> None:
            body = json.dumps(obj).encode()
            self.send_response(code)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):
            if self.path.rstrip("/").endswith("/stats"):
                with lock:
                    return self._send(200, {"served": dict(served)})
            self._send(404, {"error": {"message": "not found"}})

        def do_POST(self):
            req = json.loads(self.rfile.read(int(self.headers.get("content-length") or 0)) or b"{}")
            a = match(answers, _problem_of(req))
            if a is None:
                return self._send(400, {"error": {"message": "the replay stub has no answer for this problem", "type": "invalid_request_error"}})
            with lock:
                served[a.id] += 1
            tools = req.get("tools") or [{}]
            name = (tools[0].get("function") or {}).get("name", "PlanContent")
            self._send(200, {
                "id": f"chatcmpl-replay-{a.id}", "object": "chat.completion", "created": int(time.time()),
                "model": req.get("model", "replay"),
                "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {"role": "assistant", "content": None,
                             "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": name, "arguments": a.arguments}}]}}],
                "usage": {"prompt_tokens": 1000, "completion_tokens": len(a.arguments) // 4, "total_tokens": 1000 + len(a.arguments) // 4},
            })

    return Handler


class ReplayServer:
    """A running stub: ``.url`` (ends in /v1), ``.served`` (requests per answer id), ``.shutdown()``."""

    def __init__(self, answers: list[Answer], port: int = 0):
        self.answers = list(answers)
        self.served: Counter = Counter()
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", port), make_handler(self.answers, self.served, self._lock))
        self._httpd.daemon_threads = True
        self.port = self._httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()

    def requests_for(self, answer_id: str) -> int:
        with self._lock:
            return self.served[answer_id]

    def shutdown(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> "ReplayServer":
        return self

    def __exit__(self, *exc) -> None:
        self.shutdown()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--answers", default=str(SHARED / "answers"))
    ap.add_argument("--problems", default=None, help="problems.jsonl (ids and texts) for --answers")
    ap.add_argument("--cases", default=None, help="evals/cases.yaml (ids and texts) for a bundled/ folder")
    ap.add_argument("--port", type=int, default=8300)
    ap.add_argument("--seconds", type=float, default=600.0, help="stop by itself after this long")
    args = ap.parse_args()
    root = Path(args.answers).resolve().parent
    answers = load_case_answers(Path(args.cases), root) if args.cases else load_problem_answers(root)
    srv = ReplayServer(answers, args.port)
    print(f"replaying {len(answers)} answers at {srv.url} for {args.seconds:.0f} s", flush=True)
    try:
        time.sleep(args.seconds)
    except KeyboardInterrupt:
        pass
    srv.shutdown()


if __name__ == "__main__":
    main()
