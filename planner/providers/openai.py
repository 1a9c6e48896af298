"""OpenAI and any OpenAI-compatible server (Ollama, vLLM, LM Studio, llama.cpp server) via instructor.

Quirks:
- Mode.TOOLS (a forced function call). Mode.JSON_SCHEMA sends ``{"type": "json_schema"}``
  as response_format, which llama-cpp-python's server (0.3.x) rejects with HTTP 500;
  tool calls work on OpenAI and on the compatible servers alike.
- With ``--base-url`` and no key, a placeholder key is sent (local servers need none).
- The SDK's own retries are off (``max_retries=0``): ``planner.retry`` is the one policy.
"""

from __future__ import annotations

from typing import Any, ClassVar

from planner.providers.base import LLMProvider

LOCAL_SERVER_KEY = "sk-no-key-needed"


class OpenAIProvider(LLMProvider):
    name: ClassVar[str] = "openai"
    missing_key: ClassVar[str] = (
        "provider openai needs an API key: set OPENAI_API_KEY, or pass --base-url for an "
        "OpenAI-compatible server that needs none (e.g. --base-url http://127.0.0.1:8080/v1)"
    )

    def needs_key(self) -> bool:
        return not self.config.base_url  # a local or self-hosted server needs none

    def sdk_api_key(self) -> str:
        return self.config.api_key or LOCAL_SERVER_KEY

    def create_kwargs(self) -> dict[str, Any]:
        return {"model": self.model, "temperature": self.config.temperature, "max_tokens": self.config.max_tokens}

    def cost_usd(self, usage):
        if self.config.base_url and "api.openai.com" not in self.config.base_url:
            return 0.0  # a self-hosted or third-party server: no OpenAI price applies
        return super().cost_usd(usage)
