"""The link grammar parser (CMU, LGPL-2.1; Debian python3-link-grammar) measured on the labelled statements.

Issue 13 asks for the main clause to be found with a parser or a tagger, chosen by measurement. This script runs
with the *system* Python (the Debian bindings are built for it, not for the project's venv):

    apt-get install link-grammar link-grammar-dictionaries-en python3-link-grammar
    /usr/bin/python3 bench/bench_linkgrammar.py

It prints, on evals/statements/statements.tsv, the parse time per statement and how well "no complete linkage"
(the parser needs null links) separates the sliced plan sentences (category garbage) from the rest; compare with
`python bench/bench_statements.py --wellformed-figures` (the project's own tagger and rules).
"""

from __future__ import annotations

import csv
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    try:
        from linkgrammar import Dictionary, ParseOptions, Sentence
    except ImportError:
        sys.exit("linkgrammar bindings not found: run with the system python3 after installing python3-link-grammar")
    rows = list(csv.DictReader((ROOT / "evals" / "statements" / "statements.tsv").open(encoding="utf-8"), delimiter="\t"))
    d = Dictionary("en")
    po = ParseOptions(min_null_count=0, max_null_count=0, max_parse_time=2, linkage_limit=1)
    po_null = ParseOptions(min_null_count=1, max_null_count=99, max_parse_time=2, linkage_limit=1)
    times, flagged = [], []
    verbs_found = 0
    for r in rows:
        t0 = time.perf_counter()
        s = Sentence(r["text"], d, po)
        linkages = list(s.parse())
        complete = len(linkages) > 0
        if not complete:
            linkages = list(Sentence(r["text"], d, po_null).parse())
        times.append(time.perf_counter() - t0)
        flagged.append(not complete)
        if linkages:
            words = list(linkages[0].words())
            if any(".v" in w for w in words):
                verbs_found += 1
    garbage = [f for f, r in zip(flagged, rows) if r["category"] == "garbage"]
    other = [f for f, r in zip(flagged, rows) if r["category"] != "garbage"]
    print(f"statements                         {len(rows)}")
    print(f"parse_ms_median                    {statistics.median(times) * 1000:.2f}")
    print(f"parse_ms_p95                       {sorted(times)[int(0.95 * len(times))] * 1000:.2f}")
    print(f"statements_per_second              {len(times) / sum(times):,.0f}")
    print(f"garbage_flagged (recall)           {sum(garbage)}/{len(garbage)} = {sum(garbage) / len(garbage):.3f}")
    print(f"non_garbage_flagged (false pos.)   {sum(other)}/{len(other)} = {sum(other) / len(other):.3f}")
    print(f"a verb tagged in the linkage       {verbs_found}/{len(rows)}")


if __name__ == "__main__":
    main()
