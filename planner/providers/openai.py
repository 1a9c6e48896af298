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

from planner.errors import ConfigError
from planner.providers.base import LLMProvider

LOCAL_SERVER_KEY = "sk-no-key-needed"


class OpenAIProvider(LLMProvider):
    name: ClassVar[str] = "openai"
    # USD per million tokens (input, output), from openai.com/api/pricing; local servers cost 0
    prices: ClassVar[dict[str, tuple[float, float]]] = {
        "gpt-4o-mini": (0.15, 0.60),
        "gpt-4o": (2.50, 10.00),
        "gpt-4.1-nano": (0.10, 0.40),
        "gpt-4.1-mini": (0.40, 1.60),
        "gpt-4.1": (2.00, 8.00),
        "o4-mini": (1.10, 4.40),
    }

    def __init__(self, config):
        super().__init__(config)
        if not config.api_key and not config.base_url:
            raise ConfigError(
                "provider openai needs an API key: set OPENAI_API_KEY, or pass --base-url for an "
                "OpenAI-compatible server that needs none (e.g. --base-url http://127.0.0.1:8080/v1)"
            )
        self._client: Any = None

    def raw_client(self) -> Any:
        """The plain OpenAI SDK client (batch APIs use it directly); the SDK's own retries are off."""
        import openai

        return openai.OpenAI(
            api_key=self.config.api_key or LOCAL_SERVER_KEY,
            base_url=self.config.base_url,
            timeout=self.config.timeout_s,
            max_retries=0,
        )

    def instructor_client(self) -> Any:
        if self._client is None:
            import instructor

            self._client = instructor.from_openai(self.raw_client(), mode=instructor.Mode.TOOLS)
        return self._client

    def create_kwargs(self) -> dict[str, Any]:
        return {"model": self.model, "temperature": self.config.temperature, "max_tokens": self.config.max_tokens}

    def cost_usd(self, usage):
        if self.config.base_url and "api.openai.com" not in self.config.base_url:
            return 0.0  # a self-hosted or third-party server: no OpenAI price applies
        return super().cost_usd(usage)
