"""A loopback OpenAI-compatible stub for the batch tests and benchmarks: configurable latency, injected 429 and 500 rates.

Answers POST /v1/chat/completions with a tool call carrying a valid plan (tests/fixtures/llm/valid_plan.json);
GET /stats returns how many requests each distinct user message received. Bounded: it serves at most
--max-requests requests and stops by itself after --seconds. Binds 127.0.0.1 only.

    python tests/openai_stub.py --port 8200 --latency 1.0 --error-rate 0.05 --seconds 600
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PLAN = (Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "llm" / "valid_plan.json").read_text()


def make_handler(latency: float, error_rate: float, max_requests: int, seed: int):
    rng = random.Random(seed)
    lock = threading.Lock()
    served = Counter()  # user-message hash -> successful answers
    state = {"requests": 0, "errors": 0, "first": None, "last": None}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out at once (no 40 ms delayed-ACK stall)

        def log_message(self, *a):
            pass

        def _send(self, code: int, obj: dict, headers: dict | None = None) -> None:
            body = json.dumps(obj).encode()
            self.send_response(code)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(body)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):
            if self.path == "/stats":
                with lock:
                    span = (state["last"] - state["first"]) if state["first"] and state["last"] else None
                    return self._send(200, {"requests": state["requests"], "errors": state["errors"], "answered": dict(served),
                                            "first_to_last_s": span})
            self._send(404, {"error": {"message": "not found"}})

        def do_POST(self):
            req = json.loads(self.rfile.read(int(self.headers.get("content-length") or 0)) or b"{}")
            with lock:
                state["requests"] += 1
                state["first"] = state["first"] or time.perf_counter()
                over = state["requests"] > max_requests
                roll = rng.random()
            if over:
                return self._send(503, {"error": {"message": "stub request budget spent", "type": "server_error"}})
            time.sleep(latency)
            if roll < error_rate:
                with lock:
                    state["errors"] += 1
                if roll < error_rate / 2:
                    return self._send(429, {"error": {"message": "Rate limit reached", "type": "rate_limit_exceeded"}}, {"retry-after": "1"})
                return self._send(500, {"error": {"message": "The server had an error", "type": "server_error"}})
            user = next((m["content"] for m in req.get("messages", []) if m.get("role") == "user"), "")
            key = hashlib.sha256(user.encode()).hexdigest()[:16]
            with lock:
                served[key] += 1
                state["last"] = time.perf_counter()
            self._send(200, {
                "id": "chatcmpl-stub", "object": "chat.completion", "created": int(time.time()), "model": req.get("model", "stub"),
                "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {"role": "assistant", "content": None,
                             "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "PlanContent", "arguments": PLAN}}]}}],
                "usage": {"prompt_tokens": 1500, "completion_tokens": 800, "total_tokens": 2300},
            })

    return Handler


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):  # a killed client closes its sockets: not an error here
        pass


def serve(port: int, latency: float, error_rate: float, seconds: float, max_requests: int = 5000, seed: int = 7) -> ThreadingHTTPServer:
    srv = QuietServer(("127.0.0.1", port), make_handler(latency, error_rate, max_requests, seed))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    timer = threading.Timer(seconds, srv.shutdown)  # stops by itself
    timer.daemon = True
    timer.start()
    return srv


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--port", type=int, default=8200)
    ap.add_argument("--latency", type=float, default=1.0)
    ap.add_argument("--error-rate", type=float, default=0.05)
    ap.add_argument("--seconds", type=float, default=600)
    ap.add_argument("--max-requests", type=int, default=5000)
    a = ap.parse_args()
    serve(a.port, a.latency, a.error_rate, a.seconds, a.max_requests)
    time.sleep(a.seconds + 1)


if __name__ == "__main__":
    main()
