"""Choosing the provider: flags, then env vars / config file, then a key in the environment, then offline.

Config file (optional): ``$UPSKILL_CONFIG`` or ``~/.config/upskill/config.toml`` with
``provider``, ``model``, ``base_url`` keys. Env vars: ``UPSKILL_PROVIDER``,
``UPSKILL_MODEL``, ``UPSKILL_BASE_URL``, ``UPSKILL_TIMEOUT_S`` (per request, default 60; raise it for a slow
local server); keys ``OPENAI_API_KEY``, ``ANTHROPIC_API_KEY``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Optional

from planner.errors import ConfigError
from planner.providers.base import ProviderConfig

from planner.providers.registry import DEFAULT_BACKEND, NAMES as PROVIDERS, REGISTRY, load_provider  # noqa: F401

KEY_ENV = {name: e.key_env for name, e in REGISTRY.items() if e.key_env}


def _config_file() -> dict[str, Any]:
    path = Path(os.environ.get("UPSKILL_CONFIG") or Path.home() / ".config" / "upskill" / "config.toml")
    if not path.is_file():
        return {}
    import tomllib

    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ConfigError(f"config file {path} is not valid TOML: {e}")


def resolve(provider: Optional[str] = None, model: Optional[str] = None, base_url: Optional[str] = None) -> ProviderConfig:
    source = "flag" if provider else ""
    if not provider and os.environ.get("UPSKILL_PROVIDER"):
        provider, source = os.environ["UPSKILL_PROVIDER"], "env"
    cfg = _config_file() if not provider or not model or not base_url else {}
    if not provider and cfg.get("provider"):
        provider, source = str(cfg["provider"]), "config"
    if not provider and base_url:
        provider, source = "openai", "flag"
    if not provider:
        for name, env in KEY_ENV.items():
            if os.environ.get(env):
                provider, source = name, "key-in-env"
                break
    if not provider:
        provider, source = DEFAULT_BACKEND, "default"
    provider = provider.strip().lower()
    if provider not in PROVIDERS:
        raise ConfigError(f"unknown provider '{provider}'; choose one of: {', '.join(PROVIDERS)}")
    model = model or os.environ.get("UPSKILL_MODEL") or cfg.get("model") or REGISTRY[provider].default_model
    base_url = base_url or os.environ.get("UPSKILL_BASE_URL") or cfg.get("base_url")
    api_key = os.environ.get(KEY_ENV[provider]) if provider in KEY_ENV else None
    timeout = os.environ.get("UPSKILL_TIMEOUT_S") or cfg.get("timeout_s")
    try:
        timeout_s = float(timeout) if timeout else 60.0
    except ValueError:
        raise ConfigError(f"UPSKILL_TIMEOUT_S '{timeout}' is not a number of seconds")
    return ProviderConfig(name=provider, model=str(model), base_url=base_url, api_key=api_key, source=source, timeout_s=timeout_s)
