"""The statement checker's names for its word lists; the lists are planner/lexicon/data/*.txt, each with its source.

- Mager, *Preparing Instructional Objectives* (1962/1997): a performance must be
  observable; "know", "understand", "appreciate" name internal states.
- ABCD (Heinich et al., *Instructional Media*): Audience, Behaviour, Condition, Degree.
- SMART (Doran, 1981): specific, measurable, achievable, relevant, time-bound.
- O*NET task-writing guidance and DACUM: a task statement is one action verb, an
  object and a qualifier; value judgements ("effectively") are not criteria.
- Bloom's taxonomy action-verb lists (Anderson & Krathwohl, 2001) for observable verbs.
"""

from __future__ import annotations

from planner.lexicon import phrases, words

# O*NET / DACUM task verbs (lexicon/data/task_verbs.txt; the same list planner.text.inflect reads).
TASK_VERBS = words("task_verbs")

# Mager: verbs that name states nobody can observe (lexicon/data/non_observable_verbs.txt).
NON_OBSERVABLE = words("non_observable_verbs")
# Multi-word non-observable openings ("be aware of", "learn about", "have knowledge of").
NON_OBSERVABLE_PHRASES = phrases("non_observable_phrases")
# Vague change verbs: observable only with a concrete object (DOMAIN.md "too broad").
VAGUE_CHANGE = words("vague_change_verbs")
ABSTRACT = words("abstract_objects")
# Observable action verbs: O*NET/DACUM task verbs plus Bloom's apply/analyse/evaluate/create verbs.
OBSERVABLE = TASK_VERBS | words("checker_bloom_verbs")
FILLER_SUBJECTS = words("checker_filler_subjects")
# Mager: an objective describes what the learner does, not what a course or lecture offers.
COURSE_SUBJECTS = words("checker_course_subjects")

# ABCD "condition": the situation, tools or workflow the behaviour happens in.
CONDITION_WORDS = words("checker_condition_words")
SYSTEM_WORDS = words("checker_system_words")
# Value judgements and unverifiable terms (ISO/IEC/IEEE 29148 §5.2.7, INCOSE GtWR R7-R9, O*NET guidance, plain-language
# guides): the data file lists each with its kind; see its header for the sources.
def _load_value_terms() -> dict[str, str]:
    from pathlib import Path

    path = Path(__file__).parent / "data" / "value_judgements.txt"
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            term, kind = line.split("\t")
            out[term.strip().lower()] = kind.strip()
    return out


VALUE_TERMS = _load_value_terms()
VALUE_JUDGEMENTS = frozenset(t for t in VALUE_TERMS if " " not in t)  # single words (kept for callers of the old name)
VALUE_PHRASES = tuple(sorted((t for t in VALUE_TERMS if " " in t), key=len, reverse=True))
# Mager: a noun that names a mental state; "demonstrate a knowledge of", "gain an appreciation of",
# "develop an understanding of" are no more observable than "know", "appreciate", "understand".
MENTAL_NOUNS = words("checker_mental_nouns")
GENERIC_OBJECTS = words("checker_generic_objects")


def _load_verbs() -> frozenset[str]:
    from pathlib import Path

    path = Path(__file__).parent / "data" / "verbs.txt"
    return frozenset(l for l in path.read_text(encoding="utf-8").split("\n") if l and not l.startswith("#"))


# Any English verb lemma (lemminflect's lexicon): a statement that opens with one is an action,
# even when it is not on the observable list above (O*NET tasks open with an action verb).
ALL_VERBS = _load_verbs()
