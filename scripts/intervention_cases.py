"""Intervention-type accuracy of the offline provider on tests/fixtures/intervention_cases.yaml, per split and type.

    PYTHONPATH=. python scripts/intervention_cases.py            # aggregate for both splits, misses listed for tune only
    PYTHONPATH=. python scripts/intervention_cases.py --show-check  # also list check misses (only once tuning is done)

A case is right when the type is its `kind` or in its `accept` list. `--via cues` scores cues(text).kind() alone;
the default scores the full offline plan (extract + OfflineGenerator), which is what a user sees.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import pathlib

import yaml

FIXTURE = pathlib.Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "intervention_cases.yaml"
KINDS = ("upskilling", "reskilling", "onboarding")


def load(path: pathlib.Path = FIXTURE) -> list[dict]:
    """The cases of a fixture; a case with no split (a plain test table) is counted under "table"."""
    return [{**c, "split": c.get("split", "table")} for c in yaml.safe_load(path.read_text())]


def predict(text: str, via: str) -> str:
    if via == "cues":
        from planner.extract.intervention import cues

        return cues(text).kind()
    from planner.extract import extract
    from planner.generators.offline import OfflineGenerator

    try:
        return OfflineGenerator().generate(extract(text), dt.date(2026, 1, 5)).intervention_type.value
    except Exception as e:  # a plan the generator cannot build counts as a miss, named so it can be reported
        return f"error ({type(e).__name__})"


def score(cases: list[dict], via: str = "plan") -> dict:
    """{split: {kind|"all": (right, total)}, "misses": {split: [(id, expected, got, text)]}}"""
    tally: dict = collections.defaultdict(lambda: collections.defaultdict(lambda: [0, 0]))
    misses: dict = collections.defaultdict(list)
    for c in cases:
        got = predict(c["text"], via)
        ok = got in (c.get("accept") or [c["kind"]])
        for key in (c["kind"], "all"):
            tally[c["split"]][key][0] += ok
            tally[c["split"]][key][1] += 1
        if not ok:
            misses[c["split"]].append((c["id"], c["kind"], got, c["text"]))
    return {"tally": tally, "misses": misses}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--via", choices=("plan", "cues"), default="plan")
    ap.add_argument("--show-check", action="store_true")
    ap.add_argument("--fixture", type=pathlib.Path, default=FIXTURE, help="another labelled table (id, text, kind, accept)")
    a = ap.parse_args()
    r = score(load(a.fixture), a.via)
    for split in ("tune", "check", "table"):
        if not r["tally"][split]["all"][1]:
            continue
        t = r["tally"][split]
        parts = [f"{k} {t[k][0]}/{t[k][1]}={t[k][0] / t[k][1]:.2f}" for k in (*KINDS, "all") if t[k][1]]
        print(f"{split:5s} " + "  ".join(parts))
    for split in ("tune", "check", "table") if a.show_check else ("tune", "table"):
        for m in r["misses"][split]:
            print(f"  miss {split} {m[0]} expected {m[1]} got {m[2]}: {m[3]}")


if __name__ == "__main__":
    main()
