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

from planner.providers.base import LLMProvider


class AnthropicProvider(LLMProvider):
    name: ClassVar[str] = "anthropic"
    missing_key: ClassVar[str] = "provider anthropic needs an API key: set ANTHROPIC_API_KEY"

    def create_kwargs(self) -> dict[str, Any]:
        # no temperature: the current SDK's Messages.create no longer takes one
        return {"model": self.model, "max_tokens": self.config.max_tokens}
