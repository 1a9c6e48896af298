"""`upskill serve`: the local web page for managers (FastAPI + uvicorn)."""

from __future__ import annotations

from typing import List, Optional

import typer

from planner.cli.common import BaseUrlOpt, ModelOpt, ProviderOpt, err, run_guarded


def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (default: this computer only)."),
    port: int = typer.Option(8765, "--port", min=1, max=65535, help="Port to listen on."),
    provider: Optional[str] = ProviderOpt,
    model: Optional[str] = ModelOpt,
    base_url: Optional[str] = BaseUrlOpt,
    rate: int = typer.Option(20, "--rate", min=1, help="Plan/ground requests per minute per client."),
    budget: int = typer.Option(3000, "--budget", min=1,
                               help="Statements checked per minute per client, over every checking endpoint (a plan or a plan report counts about 85)."),
    allow_host: Optional[List[str]] = typer.Option(
        None, "--allow-host",
        help="Another name this server may be reached by (repeatable; the Host header is checked: localhost, 127.0.0.1 "
             "and [::1] always, and --host when it is an address; '*' turns the check off)."),
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
        hosts = list(allow_host or [])
        if host not in ("0.0.0.0", "::", ""):
            hosts.append(host)
        elif not hosts:
            err("upskill: only requests addressed to localhost are answered; add the names or addresses others use with --allow-host")
        app = create_app(config, rate_per_minute=rate, statements_per_minute=budget, allowed_hosts=hosts)
        uvicorn.run(app, host=host, port=port, log_level="warning")

    run_guarded(body)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
