"""Anthropic (Claude) via instructor, Mode.TOOLS (tool_use content blocks).

Quirks: the Messages API requires ``max_tokens``; the anthropic SDK 2.x ``Messages.create``
takes no ``temperature``; instructor moves system messages to the top-level ``system``
parameter; usage comes as ``input_tokens``/``output_tokens``. ``Mode.ANTHROPIC_TOOLS`` is
deprecated in instructor 1.17: the provider comes from ``from_anthropic``. The SDK's own
retries are off (``max_retries=0``): ``planner.retry`` is the one policy (Anthropic's 529
"overloaded" counts as a 5xx).
"""

from __future__ import annotations

from typing import Any, ClassVar

from planner.errors import ConfigError
from planner.providers.base import LLMProvider


class AnthropicProvider(LLMProvider):
    name: ClassVar[str] = "anthropic"
    # USD per million tokens (input, output), from anthropic.com/pricing
    prices: ClassVar[dict[str, tuple[float, float]]] = {
        "claude-3-5-haiku": (0.80, 4.00),
        "claude-3-haiku": (0.25, 1.25),
        "claude-haiku-4": (1.00, 5.00),
        "claude-3-5-sonnet": (3.00, 15.00),
        "claude-3-7-sonnet": (3.00, 15.00),
        "claude-sonnet-4": (3.00, 15.00),
        "claude-opus-4": (15.00, 75.00),
    }

    def __init__(self, config):
        super().__init__(config)
        if not config.api_key:
            raise ConfigError("provider anthropic needs an API key: set ANTHROPIC_API_KEY")
        self._client: Any = None

    def raw_client(self) -> Any:
        """The plain Anthropic SDK client (Message Batches use it directly); the SDK's own retries are off."""
        import anthropic

        return anthropic.Anthropic(
            api_key=self.config.api_key,
            base_url=self.config.base_url,
            timeout=self.config.timeout_s,
            max_retries=0,
        )

    def instructor_client(self) -> Any:
        if self._client is None:
            import instructor

            self._client = instructor.from_anthropic(self.raw_client(), mode=instructor.Mode.TOOLS)
        return self._client

    def create_kwargs(self) -> dict[str, Any]:
        # no temperature: the current SDK's Messages.create no longer takes one
        return {"model": self.model, "max_tokens": self.config.max_tokens}
