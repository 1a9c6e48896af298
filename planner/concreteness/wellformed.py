"""Is a sentence well formed? ``wellformed_problems(text)`` lists what is wrong with it, in plain words.

An empty list means a complete sentence. The checks are the surface signs of a sentence that was
cut, sliced or stitched together (the strict-reader rubric in ../shared/DOMAIN.md: "garbled grammar,
text cut mid-word" cost points); each is a rule of English grammar, not of any data set:

- a fragment: no finite or imperative verb (Quirk et al. 1985, §2.12: a sentence needs a verb phrase);
- a preposition, conjunction or article left dangling at the end, or an article with no noun after it;
- a transitive verb with no object (a verb like "review" or "prepare" needs what it is done to);
- a word cut mid-way: not a dictionary word, yet the start of a word in the same text or of a common word;
- doubled punctuation (";;", ",,", ". ."), an ellipsis where the sentence stops;
- unbalanced brackets.

It is for sentences (a skill goal, a task, a success signal); a noun-phrase field such as an audience
("the 12 tier-1 agents") or an asset title is not a sentence and will be reported as a fragment.
Fast: one tokenization and table look-ups (word classes and frequencies are in the shipped lexicon).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from planner.concreteness import tagger as T

from planner.lexicon import words

# verbs that need a direct object in task statements (O*NET task form: action verb + object);
# verbs that also take a prepositional complement or stand alone ("write to", "report to", "respond") are left out
TRANSITIVE = words("checker_transitive_verbs")
_DOUBLED = re.compile(r"([;,:])\s*\1|[;,:]\s*[;,]|,\s*\.(?!\.)|;\s*\.(?!\.)|(?<!\.)\.\s+\.(?!\.)")
_ELLIPSIS_END = re.compile(r"(?:…|\.{3,})\s*[\"')\]]*\s*$")
_OPEN, _CLOSE = "([{", ")]}"
_ANY_BRACKET = re.compile(r"[()\[\]{}]")
# a word may end in these and be complete (function words that end a sentence only as particles)
_END_BAD = T.ARTICLES | T.COORDINATORS | words("checker_end_bad")
# prepositions that are also nouns after an article ("the outside of the wall")
_PLACE_NOUNS = words("checker_place_nouns")
# bare verbs that commonly take another bare verb ("help prepare", "let agents", "go get", "make sure")
_VERB_CHAINS = words("checker_verb_chains")


@lru_cache(maxsize=65536)
def _known(w: str) -> bool:
    """A word of English (lower case): closed class, in the lexicon, or common in ordinary text."""
    return T.is_word(w) or T.zipf(w) >= 3.0  # common in ordinary text: "config", "email", "login"


def _cut_word(tok: str, others: set[str]) -> str | None:
    """A token that is not a word but the start of one: in the same text, or a common word."""
    w = tok.lower()
    if len(w) < 3 or _known(w) or not w.isalpha() or tok.isupper():
        return None
    from planner.text.source_words import written_whole

    if written_whole(w):  # the problem text writes it whole ("perio chart"): a term of the trade, not a cut word
        return None
    for o in others:
        if len(o) > len(w) + 1 and o.startswith(w) and _known(o):
            return o
    if tok[0].isupper():  # a name we do not know; only the same text can show it was cut
        return None
    words = T.common_words(3.0)
    rare = T.zipf(w)
    if rare >= 1.5 and w.endswith(("s", "ed", "ing")):
        return None  # an inflected rare word ("kubectls"), not a cut one
    i = bisect.bisect_left(words, w)
    while i < len(words) and words[i].startswith(w):
        cand = words[i]
        # a cut word is much rarer than the word it starts ("clos" / "closing"); a rare word in its own
        # right ("kubectl", "Zendesk") is not the start of a common one
        if 0 < len(cand) - len(w) <= 4 and T.zipf(cand) - rare >= 2.0:
            return cand
        i += 1
    return None


def _brackets(text: str) -> str | None:
    if not _ANY_BRACKET.search(text):
        return None
    stack: list[str] = []
    for ch in text:
        if ch in _OPEN:
            stack.append(ch)
        elif ch in _CLOSE:
            if not stack or _OPEN.index(stack.pop()) != _CLOSE.index(ch):
                return "unbalanced brackets: a closing bracket has no opening one"
    return "unbalanced brackets: an opening bracket is never closed" if stack else None


_CLAUSE_OPENERS = frozenset({",", ";", ":", "and", "or", "then", "to", "(", "-", "–"}) | T.SUBORDINATORS | T.MODALS
_PLURAL_SUBJECTS = words("checker_plural_subjects")


def is_verb_at(words: list[str], i: int) -> bool:
    """Is words[i] used as a verb here? Lexicon tags plus position (Quirk et al.: a clause is
    subject + verb, or an imperative verb at its start): "the call" and "support agents" are nouns,
    "call the customer", "notes omit the amount" and "the team reviews notes" are verbs."""
    w = words[i]
    t = T.tags(w)
    if "MD" in t or "AUX" in t:
        return True
    if not t & {"VB", "VBZ", "VBD"}:
        return False
    prev = words[i - 1].lower() if i else ""
    pt = T.tags(prev) if prev else frozenset()
    if i == 0 or prev in _CLAUSE_OPENERS or (prev.endswith("ly") and i == 1 and T.tags(prev) <= {"RB"}):
        return "VB" in t or not t & {"NN", "NNS", "JJ"} or i > 0
    if pt & {"DT", "IN", "TO", "Q"} and prev not in ("that", "this"):
        return False
    if not t & {"NN", "NNS", "JJ"}:
        return True  # only a verb: "omit", "enter", "meet"
    if "VBZ" in t or "VBD" in t:
        return bool(pt & {"NN", "PRP"}) or (prev[:1].isupper() if prev else False) or words[i - 1][:1].isupper()
    if prev in _PLURAL_SUBJECTS or ("NNS" in pt and "NN" not in pt):  # "agents call", "notes omit"
        return True
    # a base form after a noun that governs an object: "Steps of the checklist meet the standard"
    nxt = words[i + 1].lower() if i + 1 < len(words) else ""
    return bool(pt & {"NN", "NNS"}) and (nxt in T.ARTICLES or nxt in ("each", "every", "all", "their", "its", "his", "her"))


def _has_verb(words: list[str]) -> bool:
    return any(is_verb_at(words, i) for i in range(len(words)))


def wellformed_problems(text: str) -> list[str]:
    """Reasons the text is not one complete, well-formed sentence; ``[]`` when it is."""
    if not isinstance(text, str):
        raise TypeError("a sentence must be text")
    s = " ".join(text.split())
    if not s:
        return ["empty: there is no sentence"]
    problems: list[str] = []
    if _DOUBLED.search(s):
        problems.append("doubled punctuation (such as ';;', ',,' or '. .')")
    b = _brackets(s)
    if b:
        problems.append(b)
    if _ELLIPSIS_END.search(s):
        problems.append("ends in an ellipsis: the sentence is cut off")
    toks = T.tokenize(s)
    from planner.concreteness.structure import structure_problems  # clause structure: modal, complement, own, ... (h15gate)

    found = problems + _token_problems(toks)
    return found + [p for p in structure_problems(s, toks) if p not in found]


_EMPTY: frozenset[str] = frozenset()
_NAME = frozenset({"NNP"})
_ARTICLE_NEXT_BAD = frozenset({"IN", "TO", "CC", "DT", "MD", "AUX", "PRP", "WH"})
_STOP_PUNCT = frozenset({",", ";", ":", ".", ")", "!", "?"})
_V_A = frozenset({"VB", "VBZ", "VBD"})
_NOT_PURE_V = frozenset({"NN", "NNS", "JJ", "RB", "VBN", "IN", "CD"})
_NOT_BASE_V = frozenset({"NN", "NNS", "JJ", "RB", "IN", "DT", "PRP"})


def _token_problems(toks: list[str]) -> list[str]:
    problems: list[str] = []
    words = [t for t in toks if t[0].isalpha()]
    if not words:
        return ["a fragment: no words, only numbers or signs"]
    n = len(toks)
    low = [t.lower() for t in toks]
    # a capitalised word inside the sentence is a name ("use Excel", "in Salesforce"), whatever the lexicon says
    tg = [(_NAME if i and t[0].isupper() and low[i] not in T.CLOSED and toks[i - 1] not in (".", ":", ";") else T.tags(t))
          if t[0].isalpha() else _EMPTY for i, t in enumerate(toks)]
    if not _has_verb(words):
        problems.append("a fragment: it has no verb (say who does what)")
    # the end of the sentence, ignoring closing punctuation
    content = [t for t in toks if t[0].isalnum()]
    last = content[-1].lower()
    if content[-1][0].isalpha() and last in _END_BAD and last not in T.PARTICLES:
        problems.append(f"it ends on '{content[-1]}': a word is missing after it")
    # an adjective left at the end after an article or a preposition ("with inconsistent.")
    if len(content) >= 2 and content[-1][0].isalpha():
        lt, before = T.tags(content[-1]), content[-2].lower()
        if lt and lt <= {"JJ", "JJR", "JJS"} and (before in T.ARTICLES or before in T.PREPOSITIONS):
            problems.append(f"'{content[-2]} {content[-1]}': an adjective with no noun after it")
    article_done = object_done = verbs_done = False
    seen_sub = False
    for i in range(n):
        tok, lw, t = toks[i], low[i], tg[i]
        nxt = low[i + 1] if i + 1 < n else ""
        # an article with nothing it can govern right after it ("the over", "the.")
        if not article_done and "DT" in t and nxt and toks[i + 1] != "A" and not (tok == "A" and nxt in ("/", "-", "&")):
            if nxt == "one" and low[i + 2: i + 3] == ["of"]:
                pass  # "every one of those", "each one of them": a pronoun phrase, not a dangling article (h15sig)
            elif nxt in _STOP_PUNCT or (tg[i + 1] & _ARTICLE_NEXT_BAD and nxt not in _PLACE_NOUNS):
                problems.append(f"'{tok} {toks[i + 1]}': an article with no noun after it")
                article_done = True
        # a transitive verb with nothing after it ("Review.", "Agents must prepare, before ...")
        if not object_done and t and (i == 0 or (low[i - 1] in T.MODALS and not seen_sub)):
            lemma = T.verb_lemma(lw)
            if lemma in TRANSITIVE and not ("VBN" in t and lw != lemma) and not lw.endswith("ing"):
                skip = i == 0 and len(words) > 1 and T.tags(words[1]) & {"VBZ", "AUX", "MD"}  # "Test results are ..."
                if not skip and (nxt == "" or nxt in _STOP_PUNCT):
                    prev = low[i - 1] if i else ""
                    if not (nxt == "," and (i == 0 and prev not in T.MODALS or i + 2 < n and tg[i + 2] & {"VB", "CC"})):
                        problems.append(f"'{tok}' has no object: say what it is done to")
                        object_done = True
        if lw in T.SUBORDINATORS:
            seen_sub = True
        # a pure verb directly followed by a base verb after a subject ("Claims handlers approve settle claims")
        if not verbs_done and 0 < i < n - 1 and t & _V_A and not t & _NOT_PURE_V:
            tb = tg[i + 1]
            if ("VB" in tb and not tb & _NOT_BASE_V and lw not in _VERB_CHAINS and nxt not in T.CLOSED
                    and tg[i - 1] & {"NNS", "NN", "PRP"} and not tg[i - 1] & {"DT", "IN"}):
                problems.append(f"'{tok} {toks[i + 1]}': two verbs in a row; a word is missing between them")
                verbs_done = True
    # two bare verbs in a row at the start ("Store enter prescriptions"): a subject or object is missing
    if not verbs_done and n >= 2 and toks[0][0].isalpha() and toks[1][0].isalpha():
        t0, t1 = tg[0], tg[1]
        if ("VB" in t0 and "NNS" not in t0 and low[0] not in _VERB_CHAINS and "VB" in t1 and not (t1 & {"NN", "NNS", "JJ", "RB", "VBZ"})
                and low[1] not in T.CLOSED):
            problems.append(f"'{toks[0]} {toks[1]}': two verbs in a row; a word is missing between them")
    # a word cut mid-way
    unknown = [w for w in words if not _known(w.lower())]
    if unknown:
        others = {w for w in low if len(w) > 3}
        for tok in unknown:
            full = _cut_word(tok, others)
            if full:
                problems.append(f"'{tok}' looks cut off (a word like '{full}')")
                break
    return problems


__all__ = ["wellformed_problems"]
