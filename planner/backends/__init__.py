"""One backend interface for every way of producing a plan: the offline rules and the LLM providers.

Everything above this layer asks a backend for what it needs (a plan, a grounded task, a judge verdict,
its prompt versions) and never checks which backend it has. Backends are registered by name in
``planner.backends.registry``; the provider facts (default models, key variables, modules) are in
``planner.providers.registry``, the one place that holds them.
"""

from planner.backends.base import Backend
from planner.backends.registry import DEFAULT_BACKEND, NAMES, get_backend

__all__ = ["Backend", "DEFAULT_BACKEND", "NAMES", "get_backend"]
