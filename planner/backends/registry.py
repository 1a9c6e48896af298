"""Backends by name: the backend object for a resolved provider config (the names and provider facts are in
``planner.providers.registry``)."""

from __future__ import annotations

from typing import Any

from planner.providers.registry import DEFAULT_BACKEND, NAMES, REGISTRY, has_model, load_provider

__all__ = ["DEFAULT_BACKEND", "NAMES", "REGISTRY", "get_backend", "has_model", "load_provider"]


def get_backend(config: Any) -> Any:
    """The backend for a resolved ProviderConfig."""
    if not has_model(config.name):
        from planner.backends.offline import OfflineBackend

        return OfflineBackend(config)
    from planner.backends.llm import LLMBackend

    return LLMBackend(load_provider(config))
