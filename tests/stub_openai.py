"""A loopback OpenAI-compatible capture stub for tests: records every request body, answers with a valid plan.

POST /v1/chat/completions gets a tool call carrying tests/fixtures/llm/valid_plan.json. Binds 127.0.0.1 only,
on a free port; use as a context manager:

    with CaptureStub() as stub:
        ... --provider openai --base-url stub.base_url ...
        stub.bodies  # every raw request body, in arrival order
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PLAN = (Path(__file__).parent / "fixtures" / "llm" / "valid_plan.json").read_text(encoding="utf-8")


class CaptureStub:
    def __init__(self) -> None:
        self.bodies: list[bytes] = []
        self.paths: list[str] = []
        lock = threading.Lock()
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

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
                with lock:
                    stub.paths.append(self.path)
                self._send(404, {"error": {"message": "not found"}})

            def do_POST(self):
                raw = self.rfile.read(int(self.headers.get("content-length") or 0))
                with lock:
                    stub.bodies.append(raw)
                    stub.paths.append(self.path)
                req = json.loads(raw or b"{}")
                self._send(200, {
                    "id": "chatcmpl-stub", "object": "chat.completion", "created": int(time.time()), "model": req.get("model", "stub"),
                    "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {"role": "assistant", "content": None,
                                 "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "PlanContent", "arguments": PLAN}}]}}],
                    "usage": {"prompt_tokens": 1500, "completion_tokens": 800, "total_tokens": 2300},
                })

        class Quiet(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request, client_address):
                pass

        self.server = Quiet(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def __enter__(self) -> "CaptureStub":
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
