"""Names of people in no column: recall and false positives of the heuristic, on a labelled set (dev and holdout).

Run: .venv/bin/python bench/bench_survey_names.py
The labelled answers: tests/fixtures/survey/names/labelled.tsv (dev: written while designing; holdout: never tuned on).
Compares the dictionary behind "not an English word": lemminflect's lexicon (the one planner.survey.names uses)
and, when the package is installed, wordfreq's frequencies (a word under Zipf 3.5 counts as not a word).
A found name is scored per name token; a false positive is a redacted token that is no name.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
import planner.survey.names as names  # noqa: E402
from planner.survey.names import NameFinder  # noqa: E402
from planner.survey.redact import Redactor  # noqa: E402


def load() -> list[tuple[str, str, set[str]]]:
    rows = []
    for line in (ROOT / "tests/fixtures/survey/names/labelled.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        split, text, *rest = line.split("\t")
        rows.append((split, text, {n for n in (rest[0] if rest else "").split(",") if n}))
    return rows


def score(rows, split: str) -> tuple[int, int, int, list[str]]:
    part = [r for r in rows if r[0] == split]
    finder = NameFinder(["Team", "Role", "Support", "Agent"])
    for _, text, _ in part:
        finder.scan(text)
    red = Redactor([], names=finder)
    found = total = fp = 0
    wrong = []
    for _, text, gold in part:
        out, _ = red(text)
        orig, after = text.split(), out.split()
        gone = {w.strip(".,") for w in orig if w not in after}
        total += len(gold)
        found += len(gold & gone)
        extra = gone - gold
        fp += len(extra)
        wrong += [f"missed {sorted(gold - gone)} in: {text}"] if gold - gone else []
        wrong += [f"false positive {sorted(extra)} in: {text}"] if extra else []
    return found, total, fp, wrong


def main() -> None:
    rows = load()
    dictionaries = [("lemminflect lexicon (used)", names.is_dictionary_word)]
    try:
        from wordfreq import zipf_frequency

        dictionaries.append(("wordfreq Zipf >= 3.5", lambda w: zipf_frequency(w.lower(), "en") >= 3.5))
    except ImportError:
        print("(wordfreq not installed: only the lemminflect dictionary is measured)")
    used = names.is_dictionary_word
    for label, fn in dictionaries:
        names.is_dictionary_word = fn  # the finder looks the function up at call time
        for split in ("dev", "holdout"):
            found, total, fp, wrong = score(rows, split)
            negatives = sum(1 for r in rows if r[0] == split and not r[2])
            print(f"{label:28s} {split:8s} recall {found}/{total} = {found / total:.2f}; false positives {fp} "
                  f"(answers without a name: {negatives})")
            for w in wrong:
                print(f"    {w}")
    names.is_dictionary_word = used


if __name__ == "__main__":
    main()
