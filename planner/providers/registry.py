"""Every backend name and provider fact in one place (default model, key variable, provider class).

The provider classes read their defaults from here; ``planner.providers.select`` resolves flags,
environment and config against these names; ``planner.backends.registry`` builds the backend for a name.
It sits below the backends (it names their provider classes as strings and imports them only when asked).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any, Optional

DEFAULT_BACKEND = "offline"  # what runs when nothing is configured: no key, no network


@dataclass(frozen=True)
class Entry:
    default_model: str
    provider_class: Optional[str] = None  # "module:Class" of the SDK provider; None for the rules
    key_env: Optional[str] = None


REGISTRY: dict[str, Entry] = {
    "offline": Entry(default_model="rules-v1"),
    "openai": Entry(default_model="gpt-4o-mini", provider_class="planner.providers.openai:OpenAIProvider", key_env="OPENAI_API_KEY"),
    "anthropic": Entry(default_model="claude-haiku-4-5", provider_class="planner.providers.anthropic:AnthropicProvider",
                       key_env="ANTHROPIC_API_KEY"),
    "local": Entry(default_model="smollm2-135m-instruct", provider_class="planner.providers.local:LocalProvider"),
}
NAMES = tuple(REGISTRY)


def has_model(name: str) -> bool:
    """Whether the named backend runs a model (False for the rules: nothing is paid, nothing leaves the machine)."""
    return REGISTRY[name].provider_class is not None


def load_provider(config: Any) -> Any:
    """The SDK provider object for a config whose backend has a model (imported only when used)."""
    entry = REGISTRY[config.name]
    if entry.provider_class is None:
        raise ValueError(f"backend '{config.name}' has no provider class")
    mod, cls = entry.provider_class.split(":")
    return getattr(importlib.import_module(mod), cls)(config)
