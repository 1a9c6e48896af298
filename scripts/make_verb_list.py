"""Regenerate planner/concreteness/data/verbs.txt: English verb lemmas from lemminflect's lexicon (MIT).

The concreteness analyzer uses the list to recognise an action verb it has no rule for
("lubricate", "bolt", "relay"): O*NET and DACUM task statements start with one.
Run: pip install lemminflect && python scripts/make_verb_list.py
"""

import gzip
import os
from pathlib import Path

import lemminflect

src = Path(os.path.dirname(lemminflect.__file__)) / "resources" / "infl_lu.csv.gz"
verbs = set()
with gzip.open(src, "rt", encoding="utf-8") as f:
    for line in f:
        lemma, pos, _ = line.rstrip("\n").split(",", 2)
        if pos == "verb" and lemma.isalpha() and lemma.islower():
            verbs.add(lemma)
out = Path(__file__).resolve().parents[1] / "planner" / "concreteness" / "data" / "verbs.txt"
out.write_text("# English verb lemmas, from lemminflect's inflection lexicon (MIT licence); see scripts/make_verb_list.py\n" + "\n".join(sorted(verbs)) + "\n", encoding="utf-8")
print(f"{len(verbs)} verbs -> {out}")
