"""`upskill serve`: the local web page for managers (FastAPI + uvicorn)."""

from __future__ import annotations

from typing import Optional

import typer

from planner.cli.common import BaseUrlOpt, ModelOpt, ProviderOpt, err, run_guarded


def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (default: this computer only)."),
    port: int = typer.Option(8765, "--port", min=1, max=65535, help="Port to listen on."),
    provider: Optional[str] = ProviderOpt,
    model: Optional[str] = ModelOpt,
    base_url: Optional[str] = BaseUrlOpt,
    rate: int = typer.Option(20, "--rate", min=1, help="Plan/ground requests per minute per client."),
) -> None:
    """Start the web page: paste a problem, get a plan, fix weak fields, download it. API docs at /docs."""

    def body() -> None:
        import uvicorn

        from planner.providers.select import resolve
        from planner.web.app import create_app

        config = resolve(provider, model, base_url)
        err(f"upskill: {config.describe()}")
        if host not in ("127.0.0.1", "localhost", "::1"):
            err(f"upskill: listening on {host}: anyone who can reach this address can use the page")
        err(f"upskill: open http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}/  (Ctrl-C to stop)")
        uvicorn.run(create_app(config, rate_per_minute=rate), host=host, port=port, log_level="warning")

    run_guarded(body)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
