"""Structural checks of a generated sentence, beyond its surface (issue 12: "every generated sentence passes a
well-formedness check: a verb, a whole object, no dangling preposition, no cut word"; h15gate).

Each check is a rule of English clause structure read off the tagger's word classes (planner.concreteness.tagger)
and lemminflect's lemmas, never a list of a data set's words. They catch what slicing leaves behind:

- a stray letter where a noun stood ("Use s every time": the plural ending of a noun that was cut away);
- a modal with no verb after it ("so the X can without documenting ..."): a verb phrase needs its head verb
  (Quirk et al. 1985, §3.21);
- a prepositional verb without its obligatory preposition ("so the desk can base", "notes day nurses rely so that
  ..."): Quirk §16.5 (checker_complement_verbs);
- "own" with no possessive before it ("Run own crews"): "own" is a post-determiner that needs one (Quirk §5.62);
- a sentence opened by a past tense where an instruction needs the base form ("Used our labels"): an imperative
  takes the base form (Quirk §11.24);
- a determiner before a word that cannot head or modify a noun ("the become ..."), "every"/"each" + a number + a
  singular noun ("every twenty timesheet");
- a preposition's pronoun object followed straight by a new noun phrase ("file claims from them the manufacturer");
- a relative clause that lost its auxiliary ("share of welds that rejected by QC", "calls that asking ...");
- a plural noun with a singular verb ("cases that gets printed", "the installers walks the floor");
- a verb form English does not have ("meeted", "writed": a regular ending on an irregular verb);
- a sentence that ends on a comma, semicolon or colon (the rest was cut).

``measure_problems`` checks a measure (a baseline or target value): a number must count a thing, not stand before a
verb or a person ("2 come", "4 installers"): SMART's "measurable" needs a unit that makes sense (DOMAIN.md: a
target "only where the unit makes sense").
"""

from __future__ import annotations

import re
from functools import lru_cache

from planner.concreteness import tagger as T
from planner.lexicon import phrases, words

_COMPLEMENT = {p.split()[0]: frozenset(p.split()[1:]) for p in phrases("checker_complement_verbs")}
_POSSESSIVE = frozenset("my our your his her its their whose one's".split())
_OBJ_PRON = frozenset("them him us me it".split())
_SUBJ_PRON = frozenset("i we you he she they it".split())
_CLAUSE_END = frozenset({",", ";", ":", ".", "!", "?", ")", "(", "–", "-"}) | {"so", "because", "when", "while", "and", "but", "or", "before", "after", "until", "unless", "if"}
_NOUNISH = frozenset({"NN", "NNS", "NNP", "JJ", "JJR", "JJS", "VBG", "CD", "Q"})
_VERBISH = frozenset({"VB", "VBZ", "VBD", "VBN"})
_TIME_DET = frozenset({"last", "next", "this", "every", "each"})
_TIME_UNITS = words("checker_time_units") | words("checker_months") | words("checker_days")
_PEOPLE = words("extract_people_nouns") | words("context_role_nouns") | words("extract_role_heads")
# subject words that open a clause: capitalised mid-sentence with no stop before them, two sentences were spliced
_RUN_ON = frozenset("we we've we're they they're our the he she it it's this these".split())
_STOPS = frozenset({".", "!", "?", ":", ";", "(", "«", "\"", "'", "“", "‘", "—", "–", "-", ","})
# a lone lower-case letter between spaces or punctuation, not part of a word in any script, a number ("A321s"),
# a list label ("b)") or an abbreviation ("e.g.", "w/o")
# (consonants only: "y", "o", "e", "u", "à" are words in the plans' other languages)
_STRAY = re.compile(r"(?<![^\W_]|['’\-/.&])([b-df-hj-np-tvwz])(?![^\W_]|['’\-/.&)])")


@lru_cache(maxsize=16384)
def _lemmas(w: str) -> dict:
    from lemminflect import getAllLemmas

    return dict(getAllLemmas(w))


def _plural_noun(w: str) -> bool:
    """A plural noun and nothing else: "installers", "cases" (lemminflect's noun lemma differs from the form)."""
    lw = w.lower()
    if not lw.endswith("s") or lw.endswith(("ss", "us", "is")) or len(lw) < 4:
        return False
    t = T.tags(lw)
    if t:
        return "NNS" in t and not t & {"VBZ", "NN", "JJ"}
    noun = _lemmas(lw).get("NOUN")
    if noun:
        return noun[0] != lw and "VERB" not in _lemmas(lw)
    return lw.endswith(("ers", "ors", "ists", "ians")) and T.tags(lw[:-1]) == frozenset()  # an agent noun plural


def _verb_use(low: list[str], i: int) -> bool:
    """Is low[i] in a position where only a verb fits: at the start, after a modal, 'to', 'not' or a subject pronoun."""
    if i == 0:
        return True
    p = low[i - 1]
    return p in T.MODALS or p in ("to", "not", "n't", "never", "cannot") or p in _SUBJ_PRON - {"it", "you"}


def _wrong_inflection(tok: str) -> str | None:
    """'meeted' / 'writed': a regular past ending on a verb whose past tense is another form."""
    w = tok.lower()
    if not w.endswith("ed") or len(w) < 5 or T.tags(w) or T.zipf(w) >= 1.0 or _lemmas(w):
        return None
    from planner.text.source_words import written_whole

    if written_whole(w):
        return None
    from lemminflect import getInflection

    for stem in (w[:-2], w[:-1]):
        if T.verb_lemma(stem) == stem and "VB" in T.tags(stem):
            past = getInflection(stem, "VBD") + getInflection(stem, "VBN")
            if past and w not in past:
                return f"'{tok}' is no English verb form (the verb's form is '{past[0]}')"
    return None


def _ends_phrase(low: list[str], j: int) -> bool:
    """The word before ``j`` closes its noun phrase (the sentence ends, or a stop or preposition follows): English makes
    nouns of verbs with no suffix ("means a revisit.", "a redo of the form"), and the lexicon knows few of them."""
    return j >= len(low) or low[j] in (".", ",", ";", ":", "!", "?", "of", "for", "on", "in", "at", "by", "with", "to")


def structure_problems(text: str, toks: list[str]) -> list[str]:
    """Reasons the sentence's structure is broken (see the module docstring); ``[]`` when none is found."""
    out: list[str] = []
    n = len(toks)
    if not n:
        return out
    low = [t.lower() for t in toks]
    # a capitalised word inside the sentence is a name ("the Northgate site"), as in wellformed._token_problems
    tg = [(frozenset({"NNP"}) if i and t[0].isupper() and low[i] not in T.CLOSED and toks[i - 1] not in (".", ":", ";")
           else T.tags(t)) if t[0].isalpha() else frozenset() for i, t in enumerate(toks)]
    for m in _STRAY.finditer(text):
        out.append(f"a stray letter '{m.group(1)}': a word is missing")
    stripped = text.rstrip().rstrip("\"')]")
    if stripped.endswith((",", ";", ":")):
        out.append("it ends on a comma or semicolon: the rest of the sentence is cut off")
    for i, tok in enumerate(toks):
        lw, t = low[i], tg[i]
        prev = low[i - 1] if i else ""
        nxt = low[i + 1] if i + 1 < n else ""
        nt = tg[i + 1] if i + 1 < n else frozenset()
        # a modal with no verb after it ("so the X can without documenting")
        if "MD" in t and not (prev and "DT" in tg[i - 1]):
            j = i + 1
            while j < n and (low[j] in T.NEGATION or low[j] in ("n't", "also", "still", "then", "always", "only", "now")
                             or (low[j].endswith("ly") and tg[j] <= {"RB", "JJ"})):
                j += 1
            if j < n and toks[j][0].isalpha():
                jt = tg[j]
                if jt and jt <= {"IN", "RP", "CC", "TO"}:  # not a subject after it: "will the reps be paired" asks
                    out.append(f"'{tok} {toks[j]}': the verb after '{tok}' is missing")
        # a prepositional verb without its preposition ("so the desk can base", "day nurses rely so that")
        lemma = T.verb_lemma(lw)
        if lemma in _COMPLEMENT and (lw == lemma or lw == lemma + "s" or lw == lemma + "es") and (
                _verb_use(low, i) or not t & {"NN", "NNS", "JJ"}):
            j = i + 1
            while j < n and low[j] not in _CLAUSE_END and low[j] not in _COMPLEMENT[lemma]:
                j += 1
            if j >= n or low[j] not in _COMPLEMENT[lemma]:
                out.append(f"'{tok}' needs '{sorted(_COMPLEMENT[lemma])[0]} ...' after it: its complement is missing")
        # "own" with no possessive ("Run own crews")
        if lw == "own" and i + 1 < n and prev not in _POSSESSIVE and prev not in ("'", "’") and not prev.endswith(("'s", "’s", "s'", "s’")) \
                and prev not in ("very",) and not (prev and (tg[i - 1] & {"PRP", "MD", "TO", "NNS"} or prev in T.PRONOUNS)) \
                and not nt & {"DT", "PRP"} and nxt not in T.ARTICLES:
            out.append(f"'{' '.join(toks[max(0, i - 1):i + 2])}': 'own' needs a possessive (their own, our own)")
        # a determiner before a word that can only be a verb ("the become")
        if lw in T.ARTICLES and nxt and nt and nt <= _VERBISH and not nt & _NOUNISH and (
                "VBN" not in nt or T.verb_lemma(nxt) == nxt) and not _ends_phrase(low, i + 2):
            out.append(f"'{tok} {toks[i + 1]}': a verb where the noun should be")
        # "every"/"each" + a number other than one + a singular noun ("every twenty timesheet")
        if lw in ("every", "each") and "CD" in nt and nxt not in ("one", "1") and i + 2 < n and toks[i + 2][0].isalpha():
            w2 = low[i + 2]
            t2 = tg[i + 2]
            singular = ("NN" in t2 and "NNS" not in t2) or (not t2 and not w2.endswith("s"))
            if singular:
                out.append(f"'{tok} {toks[i + 1]} {toks[i + 2]}': a number with a singular noun")
        # a preposition, its pronoun object, then straight into a new noun phrase ("from them the manufacturer")
        if t == frozenset({"IN"}) and nxt in _OBJ_PRON and i + 2 < n and low[i + 2] in ("the", "a", "an") and i \
                and tg[i - 1] & {"NN", "NNS"} and not _np_then_more(low, tg, i + 2):  # "choose from them the task to ..." is whole
            out.append(f"'{tok} {toks[i + 1]} {toks[i + 2]}': a noun phrase with nothing joining it")
        if lw in ("that", "which", "who") and i + 1 < n:
            # a relative clause that lost its auxiliary ("that rejected by QC", "that asking what ...")
            j = i + 2 if i + 2 < n and (tg[i + 2] & {"RP"} or low[i + 2] in T.PARTICLES) else i + 1
            if "VBN" in nt and "VBZ" not in nt and "VB" not in nt and T.verb_lemma(nxt) != nxt and j + 1 < n and low[j + 1] == "by":
                out.append(f"'{tok} {toks[i + 1]} ... by': the auxiliary is missing (that are/were {toks[i + 1]})")
            elif nt and nt <= {"VBG", "NN"} and "VBG" in nt and i and tg[i - 1] & {"NN", "NNS"} and not _lemmas(nxt).get("NOUN"):
                out.append(f"'{tok} {toks[i + 1]}': the auxiliary is missing")
            # a plural antecedent with a singular verb ("cases that gets")
            elif i and (_plural_noun(toks[i - 1]) or ("NNS" in tg[i - 1] and i >= 2 and (low[i - 2] in T.ARTICLES or low[i - 2] in ("of", "all", "many")))) and (("VBZ" in nt and _lemmas(nxt).get("VERB") and not _lemmas(nxt).get("NOUN"))
                                                       or nxt in ("is", "was", "has", "does")):
                out.append(f"'{toks[i - 1]} {tok} {toks[i + 1]}': a plural noun with a singular verb")
        # "the installers walks the floor": determiner, plural noun, -s verb, determiner
        if i and i + 2 < n and low[i - 1] in T.ARTICLES and _plural_noun(tok) and "of" not in low[max(0, i - 3):i] and "VBZ" in nt and "VB" not in nt \
                and (low[i + 2] in T.ARTICLES or low[i + 2] in _POSSESSIVE):
            out.append(f"'{tok} {toks[i + 1]}': a plural noun with a singular verb")
        # a quantifier or "of" before a verb's particle and a noun ("every up allergen sheet", "share of up allergen
        # sheets"): the particle of "write up" was carried into the noun phrase
        if lw in ("every", "each", "all", "of") and nxt in T.PARTICLES and not nt & {"NN", "NNS", "JJ"} and i + 2 < n \
                and toks[i + 2][0].isalpha() and low[i + 2] not in T.CLOSED and tg[i + 2] & {"NN", "NNS"}:
            out.append(f"'{tok} {toks[i + 1]} {toks[i + 2]}': a verb's particle inside a noun phrase")
        # a relative pronoun straight before a time phrase ("audits that last quarter"): the verb is missing
        if lw in ("that", "which", "who") and i and tg[i - 1] & {"NN", "NNS"} and nxt in _TIME_DET and i + 2 < n \
                and low[i + 2] in _TIME_UNITS:
            out.append(f"'{tok} {toks[i + 1]} {toks[i + 2]}': the verb of the clause is missing")
        # "by V-ing X and V Y": the second verb lost its -ing ("by restocking bathrooms and make beds")
        if lw == "and" and i + 2 < n and nt and "VB" in nt and not nt & {"VBG", "VBZ", "VBD"} and T.verb_lemma(nxt) == nxt \
                and (tg[i + 2] & {"NNS", "DT"} or low[i + 2] in T.ARTICLES or low[i + 2] in _OBJ_PRON) and _by_gerund_before(low, tg, i):
            out.append(f"'by ...ing ... and {toks[i + 1]}': the second verb needs -ing too")
        # two sentences run together: a subject word capitalised mid-sentence with no stop before it ("... one in six
        # We've got 90 days")
        if i and tok[0].isupper() and not tok.isupper() and lw in _RUN_ON and toks[i - 1] not in _STOPS:
            out.append(f"'{toks[i - 1]} {tok}': two sentences run together")
        # the text's acronym written in lower case ("so that qa can use them"): a name misspelt
        if tok.isalpha() and tok.islower() and len(tok) >= 2 and not (T.is_word(lw) and T.zipf(lw) >= 3.0):  # "it" / "IT"
            from planner.text.source_words import acronym

            caps = acronym(tok)
            if caps:
                out.append(f"'{tok}': the text writes it '{caps}'")
        # "the" + a particle with no noun after it ("Who receives the up next"): a verb's particle taken as the object
        if lw in T.ARTICLES and nxt in T.PARTICLES and nt <= {"IN", "RP"} and (i + 2 >= n or not (
                tg[i + 2] & {"NN", "NNS", "NNP"} or low[i + 2] == "of" or not toks[i + 2][0].isalpha()
                or ("JJ" in tg[i + 2] and i + 3 < n and tg[i + 3] & {"NN", "NNS"}))):
            out.append(f"'{tok} {toks[i + 1]}': a particle where the noun should be")
        if tok[0].isalpha():
            bad = _wrong_inflection(tok)
            if bad:
                out.append(bad)
    # an instruction whose "object" is a time phrase ("Service last week"): the object was cut away
    k = 2 if n >= 4 and low[1] in T.PARTICLES else 1  # a phrasal verb's particle ("Lay out last week")
    if n >= k + 2 and "VB" in tg[0] and low[k] in _TIME_DET and low[k + 1] in _TIME_UNITS:
        out.append(f"'{' '.join(toks[:k + 2])}': the verb has no object, only a time")
    # an instruction that is a role name ("Service writers, to a standard ..."): a noun-verb, then people, then a stop
    if n >= 3 and {"VB", "NN"} <= tg[0] and _people(toks[1]) and low[2] in _CLAUSE_END:
        out.append(f"'{toks[0]} {toks[1]}': a role name, not an instruction (no verb and object)")
    # a sentence opened by a past tense where the instruction needs the base form ("Used our Cerner labels")
    if n >= 2 and toks[0][0].isupper() and tg[0] & {"VBD", "VBN"} and not tg[0] & {"VB", "VBZ", "NN", "NNS"} \
            and T.verb_lemma(low[0]) not in ("", low[0]) and (low[1] in T.ARTICLES or low[1] in _POSSESSIVE or low[1] in _OBJ_PRON):
        k = low.index(",") if "," in low else -1
        after = tg[k + 1] if 0 <= k < n - 1 else frozenset()
        if not (k > 0 and (after & {"DT", "PRP", "NNP", "NNS"} or low[k + 1] in T.PRONOUNS)):  # "Given the backlog, agents ..."
            out.append(f"'{toks[0]}': an instruction needs the base form of the verb ('{T.verb_lemma(low[0]).capitalize()}')")
    return _dedupe(out)


def _by_gerund_before(low: list[str], tg: list[frozenset], i: int) -> bool:
    """Is there "by <verb>-ing" earlier in the same clause?"""
    for j in range(i - 1, 0, -1):
        if low[j] in (",", ";", ".", "so"):
            return False
        if low[j - 1] == "by" and "VBG" in tg[j]:
            return True
    return False


def _people(tok: str) -> bool:
    """A plural people noun ("writers", "adjusters", "staff")."""
    lw = tok.lower()
    noun = (_lemmas(lw).get("NOUN") or (lw,))[0]
    return noun in _PEOPLE and (noun != lw or lw in ("staff", "crew", "people"))


def _np_then_more(low: list[str], tg: list[frozenset], k: int) -> bool:
    """Does the noun phrase at k carry a verb, 'to' or a relative after it (a heavy object moved to the end)?"""
    for j in range(k + 1, len(low)):
        if low[j] in _CLAUSE_END:
            return False
        if low[j] in ("to", "that", "which", "who") or tg[j] & {"MD", "AUX"}:
            return True
    return False


def _dedupe(xs: list[str]) -> list[str]:
    seen: list[str] = []
    for x in xs:
        if x not in seen:
            seen.append(x)
    return seen


def measure_problems(text: str) -> list[str]:
    """What is wrong with a measure (a baseline or target value): a number followed by a verb or by a person
    ("2 come", "4 installers"): a count of people or a verb is no unit of the work (DOMAIN.md, SMART measurable)."""
    toks = T.tokenize(text or "")
    out: list[str] = []
    for i, tok in enumerate(toks[:-1]):
        if not (tok[0].isdigit() or tok.lower() in T.NUMBER_WORDS):
            continue
        nxt = toks[i + 1]
        if not nxt[0].isalpha():
            continue
        nl = nxt.lower()
        lem = _lemmas(nl)
        if nl not in T.CLOSED and ("VERB" in lem or "AUX" in lem) and "NOUN" not in lem and not (T.tags(nl) & {"NNS", "VBG", "JJ"}) \
                and not ("VBN" in T.tags(nl) and T.verb_lemma(nl) != nl):  # "6 missing entries", "3 rejected claims"
            out.append(f"'{tok} {nxt}': a number followed by a verb is no measure")
            break
        # the head of the counted noun phrase is its last noun ("2 client audits": audits)
        j = i + 1
        while j + 1 < len(toks) and toks[j + 1][0].isalpha() and toks[j + 1].lower() not in T.CLOSED and (
                T.tags(toks[j + 1]) & {"NN", "NNS"} or not T.tags(toks[j + 1])):
            j += 1
        head = toks[j].lower()
        noun = (_lemmas(head).get("NOUN") or (head,))[0]
        if noun in _PEOPLE and head != noun:
            out.append(f"'{tok} {' '.join(toks[i + 1:j + 1])}': people are counted, not the work")
        break  # the measure's own number is the first one
    return out


def repair(text: str) -> str:
    """The same text with the slips a rule can undo without guessing: a regular ending on an irregular verb replaced
    by the verb's own participle ("deadlines meeted" -> "deadlines met"), a verb's particle carried into a noun phrase
    dropped ("of up allergen sheets" -> "of allergen sheets"), a verb-only word between an article and its noun dropped
    ("the become inventory controller" -> "the inventory controller"), a trailing comma removed. Every word left is the
    text's own; anything else is left for the gate to reject."""
    from lemminflect import getInflection

    toks = re.findall(r"\S+|\s+", text or "")
    words_ = [t for t in toks if not t.isspace()]
    out: list[str] = []
    for k, w in enumerate(words_):
        core = w.strip(",;:.")
        lw = core.lower()
        prev = words_[k - 1].lower() if k else ""
        nxt = words_[k + 1].strip(",;:.").lower() if k + 1 < len(words_) else ""
        from planner.text.source_words import acronym

        if core.isalpha() and acronym(core) and not (T.is_word(core.lower()) and T.zipf(core.lower()) >= 3.0):
            w = w.replace(core, acronym(core))
        elif core.isalpha() and _wrong_inflection(core):
            stem = next(st for st in (lw[:-2], lw[:-1]) if T.verb_lemma(st) == st and "VB" in T.tags(st))
            w = w.replace(core, (getInflection(stem, "VBN") or getInflection(stem, "VBD"))[0])
        elif prev in ("every", "each", "all", "of") and lw in T.PARTICLES and not T.tags(lw) & {"NN", "NNS", "JJ"} \
                and nxt and T.tags(nxt) & {"NN", "NNS"} and nxt not in T.CLOSED:
            continue
        elif prev in T.ARTICLES and T.tags(lw) and T.tags(lw) <= _VERBISH and not T.tags(lw) & _NOUNISH and (
                "VBN" not in T.tags(lw) or T.verb_lemma(lw) == lw) and nxt and T.tags(nxt) & {"NN", "NNS"}:
            continue
        out.append(w)
    return " ".join(out).rstrip().rstrip(",;").rstrip() if out else text


def people_noun(tok: str) -> bool:
    """A plural noun for people ("writers", "agency staff")."""
    return _people(tok)


__all__ = ["structure_problems", "measure_problems", "people_noun", "repair"]
