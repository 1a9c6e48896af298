"""A loopback server answering the OpenAI Batch API and Anthropic Message Batches in their documented formats.

Used only to record tests/cassettes/batch_api/ (no local server implements the batch APIs, and no
machine here reaches the providers). Formats from platform.openai.com/docs/api-reference/batch and
/files, and docs.anthropic.com/en/api/creating-message-batches, /retrieving-message-batches and
/retrieving-message-batch-results. Every result carries the plan in tests/fixtures/llm/valid_plan.json,
except the custom_id ending in "-invalid", whose plan has a vague skill goal (to exercise the re-ask).

    python scripts/batch_api_fake_server.py --port 8190 --seconds 120
"""

from __future__ import annotations

import argparse
import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PLAN = json.loads((Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "llm" / "valid_plan.json").read_text())
STATE: dict = {"openai_input": b"", "anthropic_requests": []}
NOW = 1_763_800_000


def plan_for(custom_id: str) -> dict:
    p = dict(PLAN)
    if custom_id.endswith("-invalid"):
        p["skill_goal"] = "Improve communication"
    return p


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *a):  # quiet
        pass

    def _json(self, obj, code=200):
        body = json.dumps(obj).encode()
        self.send_response(code)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _body(self) -> bytes:
        return self.rfile.read(int(self.headers.get("content-length") or 0))

    def do_POST(self):
        body = self._body()
        if self.path == "/v1/files":
            # the multipart upload's file part: the JSONL request lines
            STATE["openai_input"] = b"\n".join(l for l in re.split(rb"\r?\n", body) if l.startswith(b'{"custom_id"'))
            return self._json({"id": "file-in-1", "object": "file", "bytes": len(STATE["openai_input"]), "created_at": NOW,
                               "filename": "upskill-batch.jsonl", "purpose": "batch", "status": "processed"})
        if self.path == "/v1/batches":
            n = len([l for l in STATE["openai_input"].splitlines() if l.strip()])
            return self._json({"id": "batch_1", "object": "batch", "endpoint": "/v1/chat/completions", "errors": None,
                               "input_file_id": "file-in-1", "completion_window": "24h", "status": "validating",
                               "output_file_id": None, "error_file_id": None, "created_at": NOW,
                               "request_counts": {"total": n, "completed": 0, "failed": 0}, "metadata": None})
        if self.path == "/v1/messages/batches":
            reqs = json.loads(body)["requests"]
            STATE["anthropic_requests"] = reqs
            return self._json(self._anthropic_batch("in_progress", len(reqs)))
        self._json({"error": {"message": "not found"}}, 404)

    def _anthropic_batch(self, status, n):
        host = self.headers.get("host")
        return {"id": "msgbatch_1", "type": "message_batch", "processing_status": status,
                "request_counts": {"processing": n if status != "ended" else 0, "succeeded": n if status == "ended" else 0,
                                   "errored": 0, "canceled": 0, "expired": 0},
                "ended_at": "2026-11-22T12:00:00Z" if status == "ended" else None, "created_at": "2026-11-22T11:00:00Z",
                "expires_at": "2026-11-23T11:00:00Z", "archived_at": None, "cancel_initiated_at": None,
                "results_url": f"http://{host}/v1/messages/batches/msgbatch_1/results" if status == "ended" else None}

    def do_GET(self):
        if self.path == "/v1/batches/batch_1":
            n = len([l for l in STATE["openai_input"].splitlines() if l.strip()])
            return self._json({"id": "batch_1", "object": "batch", "endpoint": "/v1/chat/completions", "errors": None,
                               "input_file_id": "file-in-1", "completion_window": "24h", "status": "completed",
                               "output_file_id": "file-out-1", "error_file_id": None, "created_at": NOW,
                               "completed_at": NOW + 600, "request_counts": {"total": n, "completed": n, "failed": 0}, "metadata": None})
        if self.path == "/v1/files/file-out-1/content":
            lines = []
            for i, raw in enumerate(l for l in STATE["openai_input"].splitlines() if l.strip()):
                req = json.loads(raw)
                cid = req["custom_id"]
                completion = {"id": f"chatcmpl-{i}", "object": "chat.completion", "created": NOW, "model": req["body"]["model"],
                              "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {"role": "assistant", "content": None,
                                           "tool_calls": [{"id": f"call_{i}", "type": "function", "function": {
                                               "name": "PlanContent", "arguments": json.dumps(plan_for(cid))}}]}}],
                              "usage": {"prompt_tokens": 1800, "completion_tokens": 900, "total_tokens": 2700}}
                lines.append(json.dumps({"id": f"batch_req_{i}", "custom_id": cid,
                                         "response": {"status_code": 200, "request_id": f"req_{i}", "body": completion}, "error": None}))
            body = ("\n".join(lines) + "\n").encode()
            self.send_response(200)
            self.send_header("content-type", "application/octet-stream")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        if self.path == "/v1/messages/batches/msgbatch_1":
            return self._json(self._anthropic_batch("ended", len(STATE["anthropic_requests"])))
        if self.path == "/v1/messages/batches/msgbatch_1/results":
            lines = []
            for i, req in enumerate(STATE["anthropic_requests"]):
                msg = {"id": f"msg_{i}", "type": "message", "role": "assistant", "model": req["params"]["model"],
                       "content": [{"type": "tool_use", "id": f"toolu_{i}", "name": "PlanContent", "input": plan_for(req["custom_id"])}],
                       "stop_reason": "tool_use", "stop_sequence": None,
                       "usage": {"input_tokens": 1900, "output_tokens": 950}}
                lines.append(json.dumps({"custom_id": req["custom_id"], "result": {"type": "succeeded", "message": msg}}))
            body = ("\n".join(lines) + "\n").encode()
            self.send_response(200)
            self.send_header("content-type", "application/binary")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        self._json({"error": {"message": "not found"}}, 404)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=8190)
    ap.add_argument("--seconds", type=float, default=120)
    a = ap.parse_args()
    srv = ThreadingHTTPServer(("127.0.0.1", a.port), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    time.sleep(a.seconds)  # bounded: stops by itself
    srv.shutdown()


if __name__ == "__main__":
    main()
