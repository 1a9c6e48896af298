"""Which parser reads the learners' clause best: the project's rules + lemminflect, or an installable tagger.

Issue 12: "use a real English parser or tagger if one installs from the registries, or prove your own is as good
on the same set". spaCy's English pipelines are not on the registries (../shared/ECOSYSTEM.md) and NLTK's
taggers download their models at run time; TextBlob's PatternTagger (MIT) ships its lexicon and runs offline,
so it is the installable alternative measured here, with a subject-verb-object reading on top of its tags.

    PYTHONPATH=. python bench/bench_parse.py            # the project's rules only
    PYTHONPATH=. python bench/bench_parse.py --textblob # both (pip install textblob first; not a dependency)

The labelled set (bench/data/parse_set.json) is our own sentences of the kinds issue 12 reports, each with the
learners' role head, the task verb (base form, phrasal particle kept, a skipped step read as "complete") and the
object's head noun. Figures: share of sentences where each part is right, and milliseconds per sentence.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from planner.text.inflect import singular  # noqa: E402

SET = ROOT / "bench" / "data" / "parse_set.json"


def own(text: str) -> tuple[str, str, str]:
    from planner.extract import extract
    from planner.generators.offline import _verb_object

    f = extract(text)
    verb, obj, _ = _verb_object(f)
    role = singular((f.audience_role or "").split()[-1].lower()) if f.audience_role else ""
    head = obj.split(" of ")[0].split()[-1].lower() if obj else ""  # "automation features of HubSpot" -> "features"
    return role, (verb or "").lower(), singular(head) if head else ""


def textblob_svo(text: str, tagger) -> tuple[str, str, str]:
    """Subject = the first noun run followed by a verb; verb = that verb (lemmatised, particle kept); object = the
    head of the first noun run after it. The same reading a rule layer over any tagger would do."""
    from lemminflect import getLemma

    tags = tagger.tag(text, tokenize=True)
    role = verb = obj = ""
    i = 0
    while i < len(tags):
        w, t = tags[i]
        if t.startswith("NN") and i + 1 < len(tags):
            j = i
            while j + 1 < len(tags) and tags[j + 1][1].startswith("NN"):
                j += 1
            k = j + 1
            while k < len(tags) and tags[k][1] == "IN":  # "agents on the billing queue write": skip the phrase
                k += 1
                while k < len(tags) and (tags[k][1] in ("DT", "PRP$", "CD", "JJ", "POS") or tags[k][1].startswith("NN")):
                    k += 1
            while k < len(tags) and (tags[k][1] in ("MD", "RB") or tags[k][0].lower() in ("do", "don't", "n't", "still", "keep", "currently")):
                k += 1
            if k < len(tags) and tags[k][1].startswith("VB") and (i == 0 or tags[i - 1][1] not in ("IN", "TO")):
                role = singular(tags[j][0].lower())
                lem = getLemma(tags[k][0].lower(), upos="VERB")
                verb = lem[0] if lem else tags[k][0].lower()
                m = k + 1
                if m < len(tags) and tags[m][1] in ("RP",) or (m < len(tags) and tags[m][0].lower() in ("over", "in", "out", "up")):
                    verb += " " + tags[m][0].lower()
                    m += 1
                while m < len(tags) and not tags[m][1].startswith("NN"):
                    if tags[m][1] in (".", ",", ":", "IN") and tags[m][0].lower() not in ("of",):
                        break
                    m += 1
                n = m
                while n + 1 < len(tags) and tags[n + 1][1].startswith("NN"):
                    n += 1
                if m < len(tags) and tags[m][1].startswith("NN"):
                    obj = singular(tags[n][0].lower())
                break
            i = j + 1
            continue
        i += 1
    return role, verb, obj


def score(name: str, fn, items: list[dict]) -> dict:
    hits = {"role": 0, "verb": 0, "object": 0, "all": 0}
    misses = []
    t0 = time.perf_counter()
    for it in items:
        role, verb, obj = fn(it["text"])
        ok = {"role": role == it["role"], "verb": verb == it["verb"], "object": obj == singular(it["object"])}
        for k, v in ok.items():
            hits[k] += v
        hits["all"] += all(ok.values())
        if not all(ok.values()):
            misses.append((it["text"][:60], (role, verb, obj)))
    ms = 1000 * (time.perf_counter() - t0) / len(items)
    n = len(items)
    row = {k: round(v / n, 3) for k, v in hits.items()} | {"ms_per_sentence": round(ms, 2), "n": n}
    print(f"{name:28s} role {row['role']:.3f}  verb {row['verb']:.3f}  object {row['object']:.3f}  all three {row['all']:.3f}"
          f"  {row['ms_per_sentence']:.2f} ms/sentence  (n={n})")
    for text, got in misses[:8]:
        print(f"    miss: {text!r} -> {got}")
    return row


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--textblob", action="store_true")
    a = ap.parse_args()
    items = json.loads(SET.read_text(encoding="utf-8"))
    own(items[0]["text"])  # warm the lexicons
    score("rules + lemminflect", own, items)
    if a.textblob:
        from textblob.en.taggers import PatternTagger

        tagger = PatternTagger()
        textblob_svo(items[0]["text"], tagger)
        score("TextBlob PatternTagger + SVO", lambda t: textblob_svo(t, tagger), items)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
