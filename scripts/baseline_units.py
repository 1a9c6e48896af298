"""Count offline plans whose success-signal baseline is a number of the wrong kind (h16sig, issue 12).

A baseline's unit is the word after its first number ("4 lads", "2 come", "30-point", "4 january"); a plan is
flagged when that word is a person noun, a verb that is no noun, a month or weekday, or the number is a hyphenated
modifier ("30-point"), or the baseline is a share of people ("half (50%)" of "half of our clerks have never ...").
Usage: PYTHONPATH=$PWD python scripts/baseline_units.py [--split dev] [--dataset FILE] [--list]
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

_MONTHS = set("january february march april may june july august september october november december monday tuesday "
              "wednesday thursday friday saturday sunday".split())
_FOLK = set("lads girls boys fellas folks blokes chaps ladies gents kids newbies newcomers starters hires recruits trainees".split())
_NUMW = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|half|a third|a quarter)"


def wrong_unit(baseline: str, text: str) -> str | None:
    from planner.concreteness.structure import people_noun
    from planner.extract.intervention_frames import _is_person
    from planner.extract.phrases import can_be_noun, can_be_verb

    if not baseline:
        return None
    if re.search(r"\d-[a-z]", baseline, re.I):
        return "modifier"
    m = re.search(_NUMW + r"\s+(?:of\s+(?:the\s+|our\s+)?(?:\d+\s+)?)?([a-z][a-z-]*)", baseline, re.I)
    if m:
        w = m.group(1).lower()
        if w in _MONTHS:
            return "date"
        if w in _FOLK or _is_person(w) or people_noun(w):
            return "person"
        nxt = re.match(r"\s+([a-z][a-z-]*)", baseline[m.end():])
        if can_be_verb(w) and not can_be_noun(w) and not (nxt and can_be_noun(nxt.group(1)) and nxt.group(1).endswith("s")):
            return "verb"  # "2 come back"; never an adjective before its noun ("6 missing entries")
    if re.match(r"^(?:about |around |nearly |almost )?(?:half|a third|a quarter|two thirds)\b", baseline, re.I):
        i = text.lower().find(baseline.split(" (")[0].lower())
        after = text[i: i + 80].lower() if i >= 0 else ""
        # a pronoun ("half of them") is not resolved here: only a person noun written after the share is flagged
        n = re.search(r"\bof\s+(?:the|our|their)\s+(?:\w+\s+){0,2}?(\w+s)\b", after)
        if n and (_is_person(n.group(1)) or people_noun(n.group(1))):
            return "share of people"
    return None


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev", choices=("dev",))
    ap.add_argument("--dataset", type=Path)
    ap.add_argument("--list", action="store_true")
    a = ap.parse_args()
    from planner.evals.cases import load_cases
    from planner.extract import extract
    from planner.generators.offline import OfflineGenerator

    cases = load_cases(a.dataset, split="dev") if a.dataset else load_cases(split="dev")
    g = OfflineGenerator()
    flagged, with_base = [], 0
    for c in cases:
        plan = g.generate(extract(c.text), dt.date(2026, 12, 2)).model_dump()
        b = (plan.get("success_signal") or {}).get("baseline") or ""
        with_base += bool(b)
        why = wrong_unit(b, c.text)
        if why:
            flagged.append((c.id, why, b))
    print(f"{len(cases)} plans, {with_base} with a baseline, {len(flagged)} with a baseline of the wrong kind")
    if a.list:
        for f in flagged:
            print("  ", *f, sep=" | ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
