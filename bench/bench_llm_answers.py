"""Replay the shared model answers through the real LLM client path and print what a manager would get.

For every answer in ../shared/llm-answers/answers/ (matched to its problem by text), ``make_plan`` runs
with ``--provider openai --base-url <loopback stub>``: instructor, the validators and their re-asks
(the stub repeats its answer), grounding and rendering. Printed figures:

- answers that validate on the first request (and those that fail after every re-ask);
- plans whose default markdown / HTML carry checker diagnostics (check counts, scores, check names);
- the model's tasks that pass every grounding check;
- plans in German, Spanish and French that stay in their language with no re-ask.

    PYTHONPATH=. python bench/bench_llm_answers.py [--today 2026-12-01] [--verbose]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.llm_replay import TODAY, checker_text, figures, replay  # noqa: E402,F401
from tests.openai_stub import SHARED, load_case_answers, load_problem_answers  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--today", default=TODAY.isoformat())
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--bundled", action="store_true", help="replay bundled/<case id>.json for evals/cases.yaml instead")
    args = ap.parse_args()
    root = Path(__file__).resolve().parents[1]
    answers = load_case_answers(root / "evals" / "cases.yaml", SHARED) if args.bundled else load_problem_answers()
    results = replay(answers, dt.date.fromisoformat(args.today))
    f = figures(results)
    print(f"answers replayed: {f['answers']} (requests sent: {f['requests']})")
    print(f"validate on the first request: {f['first_request']} of {f['answers']}; fail after every re-ask: {f['failed']}")
    print(f"default markdown with checker text: {f['md_with_checker_text']} of {f['plans']} plans; "
          f"HTML: {f['html_with_checker_text']} of {f['plans']}")
    share = f["tasks_passing_all"] / f["tasks"] if f["tasks"] else 0.0
    print(f"tasks passing every grounding check: {f['tasks_passing_all']} of {f['tasks']} ({share:.0%})")
    for cid, lang, first, plan_lang in f["foreign"]:
        print(f"  {cid} ({lang}): {'first request' if first else 'RE-ASKED or failed'}; plan language {plan_lang}")
    if args.verbose:
        for r in results:
            if r.error:
                print(f"- {r.answer.id}: {r.error[:300]}")
            for task, name, reason in r.failed_checks:
                print(f"- {r.answer.id} {name}: {reason}  [{task[:90]}]")
            for hit in checker_text(r.markdown)[:3]:
                print(f"- {r.answer.id} markdown: {hit}")


if __name__ == "__main__":
    main()
