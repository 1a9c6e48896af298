"""Loopback load on `upskill serve`: N concurrent 52 KB /api/check requests (10,500 statements each) while
/api/health is polled every 100 ms. Prints the health latencies and the status codes of the checks.

The server runs in its own process (as `upskill serve` does), so the load generator does not share its GIL.
Bounded: the server stops when the script ends; every request has a timeout.

    python bench/bench_web_load.py                       # the default budget (3,000 statements/min/client)
    python bench/bench_web_load.py --budget 100000000    # budget off: only the bounded work pool protects /api/health
    python bench/bench_web_load.py --pythonpath /path/to/another/checkout   # the same load against other code
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SERVER = """
import inspect, sys, uvicorn
from planner.web.app import create_app
kw = {{}}
params = inspect.signature(create_app).parameters
if "statements_per_minute" in params:
    kw["statements_per_minute"] = {budget}
uvicorn.run(create_app(**kw), host="127.0.0.1", port={port}, log_level="warning")
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def body(statements: int) -> bytes:
    letters = "abcdefghijklmnopqrstuvwxyz"
    items = [letters[i % 26] + letters[(i // 26) % 26] for i in range(statements)]
    return json.dumps({"statements": items}, separators=(",", ":")).encode()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=60)
    ap.add_argument("--statements", type=int, default=10_500)
    ap.add_argument("--budget", type=int, default=3000, help="statements per minute per client (when the server has one)")
    ap.add_argument("--pythonpath", default=str(ROOT), help="the checkout whose planner package the server runs")
    ap.add_argument("--seconds", type=float, default=240, help="give up after this long")
    a = ap.parse_args()

    port = free_port()
    env = dict(os.environ, PYTHONPATH=a.pythonpath)
    srv = subprocess.Popen([sys.executable, "-c", SERVER.format(port=port, budget=a.budget)], env=env, cwd=a.pythonpath)
    base = f"http://127.0.0.1:{port}"
    payload = body(a.statements)
    try:
        for _ in range(300):
            try:
                if httpx.get(f"{base}/api/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        codes: Counter = Counter()
        done = threading.Event()
        start = time.perf_counter()
        finished: list[float] = []

        def check() -> None:
            try:
                with httpx.Client(timeout=a.seconds) as c:
                    r = c.post(f"{base}/api/check", content=payload, headers={"content-type": "application/json"})
                    codes[r.status_code] += 1
            except httpx.HTTPError as e:
                codes[type(e).__name__] += 1
            finished.append(time.perf_counter() - start)

        threads = [threading.Thread(target=check, daemon=True) for _ in range(a.clients)]
        for t in threads:
            t.start()
        lat: list[float] = []
        with httpx.Client(timeout=a.seconds) as c:
            while any(t.is_alive() for t in threads) and time.perf_counter() - start < a.seconds:
                t0 = time.perf_counter()
                try:
                    c.get(f"{base}/api/health")
                except httpx.HTTPError:
                    pass
                lat.append(time.perf_counter() - t0)
                time.sleep(0.1)
        done.set()
        total = time.perf_counter() - start
        print(f"{a.clients} concurrent /api/check of {len(payload) / 1024:.0f} KB ({a.statements:,} statements), budget {a.budget:,}/min")
        print(f"  checks: {dict(codes)}; all answered after {max(finished) if finished else float('nan'):.1f} s (run {total:.1f} s)")
        if lat:
            print(f"  /api/health: {len(lat)} polls, median {statistics.median(lat) * 1000:.0f} ms, "
                  f"max {max(lat) * 1000:.0f} ms, over 1 s: {sum(x > 1 for x in lat)}")
    finally:
        srv.terminate()
        srv.wait(timeout=10)


if __name__ == "__main__":
    main()
