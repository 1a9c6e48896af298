"""Remarks about protected characteristics: never a skill gap, never themed, never stored, sent or planned.

One module for the plan pipeline (``drop_protected_sentences``, ``mentions_protected``) and survey batches
(``drop_protected``, ``is_protected``). The grounds are those of the UK Equality Act 2010 (ss. 4-12) and US
federal EEO law as the EEOC enforces it (Title VII, ADEA, ADA, GINA, the Pregnancy Discrimination Act), plus
health and caring responsibilities; the word lists, one file per ground with its sources, are data files in
``planner/protected/data`` (read with importlib.resources). They hold the indirect ways people write about
a trait ("she's expecting", "mat leave", "chemo", "62 and close to retiring", "during the fast", "school run"),
not only the names of the grounds.

Judged per clause: an answer is cut at sentence ends, ';', ':', commas, dashes and conjunctions ("and",
"but", "so", "because", "while", "who", "which" ...); a clause that holds a protected phrase is the remark
that is dropped and counted, the rest of the answer still counts. Matching runs over the whole text and
maps each hit to its clause, so a phrase is found even when it spans a comma ("62, and close to retiring").

Two guards against false positives, both data too: phrases that share a word with a ground but are not about
people are masked first ("race conditions", "whitelist", "the button is disabled", "transition to the new
CRM"); and a health, disability, age or pregnancy term in a clause about the work with service users
("stroke patients wait in triage", "medication errors on the ward") is not a remark about a person when the
clause names no person (no I, she, his, colleague, [name]).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional
from importlib import resources

from planner.lexicon import phrases, trie, words
from planner.protected.matcher import PhraseMatcher, word_starts


def _alternation(name: str) -> str:
    """The entries of a word list (planner/lexicon/data) as one regex: a trie (planner.lexicon.trie), which matches
    at each position what the longest-first alternation of the entries matches, about three times faster."""
    return trie(phrases(name))


GROUNDS = ("pregnancy", "health", "disability", "age", "religion", "sexuality", "sex_gender", "family", "origin")
# grounds whose words also name everyday clinical or care work ("stroke patients", "elderly residents")
_CLINICAL = frozenset({"pregnancy", "health", "disability", "age"})

# a clause that is about the work with service users, not about a person on the team
_WORK_CONTEXT = re.compile(rf"\b(?:{_alternation('survey_protected_work_context')})\b", re.I)
# a person in the clause: then a clinical word is about that person, whatever else the clause names
_PERSON = re.compile(rf"\b(?:{_alternation('survey_protected_person_words')})\b|\[name\]", re.I)
_NAMED = re.compile(r"\b[A-Z][a-z]+ (?:has|had|is|was|gets|got)\b")  # "Dmitri has ..." (case-sensitive)
_CLAUSE = re.compile(
    r"[.!?;:\n]+|,|\s[-–—]+\s|\(|\)|"
    rf"\b(?:{_alternation('survey_clause_conjunctions')})\b",
    re.I)


def _read(name: str) -> list[str]:
    text = resources.files("planner.protected").joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@lru_cache(maxsize=1)
def _matchers() -> tuple[PhraseMatcher, PhraseMatcher]:
    """(phrases not about people, every ground's phrases tagged with the ground)."""
    not_people = PhraseMatcher([(ln, "") for ln in _read("not_about_people")])
    grounds = PhraseMatcher([(ln, g) for g in GROUNDS for ln in _read(g)])
    return not_people, grounds


def _mask(text: str, grams: Optional[set[str]] = None) -> str:
    """Phrases not about people blanked out, same length, so positions still map onto the text."""
    spans = _matchers()[0].finditer(text, grams)
    if not spans:
        return text
    out, last = [], 0
    for a, b, _ in spans:
        out.append(text[last:a] + " " * (b - a))
        last = b
    out.append(text[last:])
    return "".join(out)


def _clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) of every clause; the separators belong to no clause."""
    spans, start = [], 0
    for m in _CLAUSE.finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _hits(text: str) -> list[tuple[int, int, str]]:
    grams = word_starts(text)
    return _matchers()[1].finditer(_mask(text, grams), grams)


def _sentence_of(text: str, pos: int) -> str:
    a = max(text.rfind(c, 0, pos) for c in ".!?;\n")
    ends = [i for i in (text.find(c, pos) for c in ".!?;\n") if i >= 0]
    return text[a + 1: min(ends) if ends else len(text)]


def _about_work(text: str, start: int) -> bool:
    """A clinical word in a sentence about the work with service users, naming no person on the team."""
    s = _sentence_of(text, start)
    return bool(_WORK_CONTEXT.search(s)) and not (_PERSON.search(s) or _NAMED.search(s))


# the word after a clinical term that makes the term a modifier of a work object ("medication labels",
# "stroke unit"): a noun-like word, not a function word, verb or preposition that would make it about a person
_FUNCTION = words("survey_protected_function_words")


# compounds that are still about a person's own condition ("chemo appointments", "maternity leave")
_PERSONAL_EVENTS = words("survey_protected_personal_events")


def _modifies_a_work_noun(text: str, end: int) -> bool:
    m = re.match(r"\s+([a-z][a-z-]+)", text[end:])
    return bool(m) and m.group(1) not in _FUNCTION and m.group(1) not in _PERSONAL_EVENTS and not m.group(1).endswith(("ed", "ly"))


def _work_material(text: str, a: int, b: int) -> bool:
    """'log the meds', 'the dogs' meds': a treatment substance with a determiner or a possessive before it, not after
    'on'/'taking', in a sentence naming no person (lexicon survey_protected_work_materials; h16disc)."""
    if text[a:b].lower() not in words("survey_protected_work_materials"):
        return False
    before = text[max(0, a - 40):a].lower()
    if not re.search(r"(?:\bthe|\w(?:s'|'s))\s+$", before) or re.search(r"\b(?:on|off|taking|takes?|took)\s+(?:the\s+)?$", before):
        return False
    s = _sentence_of(text, a)
    return not (_PERSON.search(s) or _NAMED.search(s))


def _occupation_title(text: str, a: int, b: int) -> bool:
    """'nursery practitioners', 'funeral directors', 'childcare workers': a family word before a people noun
    (lexicon extract_people_nouns, O*NET title heads) names an occupation or workplace, not a person's family,
    unless a possessive pronoun owns it ('my childcare worker'; h16disc: such texts were dropped whole)."""
    m = re.match(r"\s+([a-z]+)", text[b:].lower())
    if not m or re.search(r"\b(?:my|his|her|their|your)\s+$", text[max(0, a - 12):a].lower()):
        return False
    people = words("extract_people_nouns")
    if _people_noun(m.group(1), people):
        return True
    # "our child protection social workers": the team's possessive before a family word that only modifies a
    # compound whose head, up to three nouns on, is a people noun; the hit is "our child", the head "workers"
    if not re.match(r"our\s", text[a:b].lower()):
        return False
    run = re.match(r"(?:\s+[a-z]+){1,3}", text[b:].lower())
    chain = run.group(0).split() if run else []
    for i, w in enumerate(chain):
        if w in _NOT_A_MODIFIER:
            return False
        if i and _people_noun(w, people):
            return True
    return False


# words that end a noun compound: a verb or function word after "our child ..." makes the child a person
_NOT_A_MODIFIER = frozenset("is are was were has have had does do did will would can could and or but to of at in on "
                            "with for from who that which goes went gets got needs loves started starts".split())


def _people_noun(w: str, people: frozenset[str] | set[str]) -> bool:
    return w in people or (w.endswith("s") and w[:-1] in people)


def _family_word_modifies_work(text: str, a: int, b: int) -> bool:
    """A one-word family term used as a modifier of a work noun ("wedding orders", "custody records", "funeral
    arrangements") in a sentence that names no person and with no possessive pronoun before it ("her wedding
    plans" stays a remark), as clinical terms are read in a problem text (_modifies_a_work_noun)."""
    if " " in text[a:b].strip() or re.search(r"\b(?:my|his|her|their|your|our)\s+$", text[max(0, a - 12):a].lower()):
        return False
    # "My 6 florists", "our drivers": the manager's team, not a person (a family word of theirs is its own hit)
    s = re.sub(r"\b(?:my|our)\s+(?:\d+\s+)?[a-z]+s\b", "", _sentence_of(text, a), flags=re.I)
    return _modifies_a_work_noun(text, b) and not (_PERSON.search(s) or _NAMED.search(s))


def _real_hits(text: str, *, work_compounds: bool = False) -> list[tuple[int, int, str]]:
    """Hits that are about a person. ``work_compounds`` (a manager's problem text, not a survey answer): a clinical
    term that modifies a work noun ("prepare medication labels") names the work, unless the sentence names a person."""
    out = []
    for a, b, g in _hits(text):
        if work_compounds and g == "family" and _occupation_title(text, a, b):
            continue  # "nursery practitioners", "funeral directors": an occupation, not a family remark
        if work_compounds and g == "family" and _family_word_modifies_work(text, a, b):
            continue  # "one wedding order in eight", "the custody records": the work's object, not a family remark
        if work_compounds and g == "health" and _work_material(text, a, b):
            continue  # "the kennel staff forget to log the dogs' meds": the material of the work
        if g in _CLINICAL and (_about_work(text, a) or (work_compounds and _modifies_a_work_noun(text, b)
                                                          and not (_PERSON.search(_sentence_of(text, a)) or _NAMED.search(_sentence_of(text, a))))):
            continue
        out.append((a, b, g))
    return out


def is_protected(remark: str) -> bool:
    """True when the text names a protected characteristic of a person (any ground above)."""
    return bool(remark) and bool(_real_hits(remark))


def grounds_of(remark: str) -> list[str]:
    """The grounds a text touches, in the order of GROUNDS (for reports and tests)."""
    found = {g for _, _, g in _real_hits(remark or "")}
    return [g for g in GROUNDS if g in found]


mentions_protected = is_protected


def drop_protected(answer: str) -> tuple[str, int]:
    """The answer without its clauses about protected characteristics, and how many clauses were dropped.

    What is kept is the answer's own text between the dropped clauses, tidied (no dangling separators)."""
    if not answer:
        return answer, 0
    hits = _real_hits(answer)
    if not hits:
        return answer, 0
    spans = _clauses(answer)
    bad = [any(a < he and hs < b for hs, he, _ in hits) for a, b in spans]
    out, prev_end, dropped = [], 0, 0
    for (a, b), drop in zip(spans, bad):
        if drop:
            dropped += 1
            prev_end = b
            continue
        sep = answer[prev_end:a] if out else ""
        out.append(" " + sep + " " + answer[a:b])
        prev_end = b
    text = "".join(out).strip()
    text = re.sub(r"^(?:and|but|or|so|because|while|who|which|as|since)\b\s*", "", text, flags=re.I).strip(" ,;:-–—")
    text = re.sub(r"\s+([,;:.!?])", r"\1", " ".join(text.split()))
    return re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text), dropped


_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def drop_protected_sentences(text: str) -> tuple[str, int]:
    """The text without the sentences that hold a remark about a protected characteristic, and how many.

    The plan pipeline drops the whole sentence (a fact built from the rest of it could still carry the trait);
    whether a sentence holds such a remark is judged as in drop_protected."""
    kept, dropped = [], 0
    for s in _SENTENCE.split(text or ""):
        if not s.strip():
            continue
        hits = _real_hits(s, work_compounds=True)
        if hits:
            dropped += 1
            # a remark held wholly inside a bracketed aside ("after fourteen months off (one parental leave, one
            # long-term sick)") is the aside's: the aside goes, the sentence's facts stay when what is left holds none
            rest = _without_asides(s, hits)
            if rest and not _real_hits(rest, work_compounds=True):
                kept.append(rest)
        else:
            kept.append(s.strip())
    return " ".join(kept), dropped


_ASIDE = re.compile(r"\s*\([^()]*\)")


def _without_asides(sentence: str, hits: list[tuple[int, int, str]]) -> str | None:
    """The sentence without the bracketed asides that hold every hit; None when a hit lies outside them."""
    asides = [m.span() for m in _ASIDE.finditer(sentence)]
    if not all(any(x <= a and b <= y for x, y in asides) for a, b, _ in hits):
        return None
    rest = _ASIDE.sub("", sentence).strip()
    return rest if re.search(r"[A-Za-z]{2,}", rest) else None
