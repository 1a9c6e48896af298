"""Find the main clause of a statement: its subject/modal frame, its coordinated verbs, its object and the rest.

Rules (Quirk et al., *A Comprehensive Grammar of the English Language*: clause = subject + verb phrase
+ complements; imperative clauses have no subject), with the frames statements are written in:

- a label before a colon is not part of the statement ("Network competence: configure ...");
- a leading adverbial that starts with a preposition or a subordinator and ends at a comma is skipped
  ("On completion of the course, participants ..."); a statement that starts with a verb keeps its
  main clause whatever follows a comma ("Understand X, including Y" is judged on "Understand");
- lead-ins: "Ability to", "Be able to", "Responsible for";
- subject + modal frames (ISO/IEC/IEEE 29148 requirement form, Mager/ABCD objective form):
  "The system shall V", "Users must be able to V", "Only adjusters can V", "Students will be able to V";
  "shall be V-ed" is a passive (judged by its participle); "shall be ADJ" is a property (copula);
- a subject + finite verb ("The team lead reviews ...", "Notes omit ...") or an imperative ("Review ...");
- coordinated verbs: "identify and understand", "Review, approve and file" and a later "and V ..." clause
  are all returned, so that the weakest can govern.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from planner.concreteness import tagger as T
from planner.lexicon import phrases, words

_LEAD_PREPS = words("checker_lead_preps")
_LEAD_INS = tuple(tuple(p.split()) for p in phrases("checker_lead_ins"))
_ADVERB_SKIP = words("checker_adverb_skip")
_NOMINAL = frozenset({"DT", "Q", "NN", "NNS", "JJ", "JJR", "JJS", "CD", "NNP", "VBN", "VBG", "PRP"})


@dataclass
class Clause:
    tokens: list[str]
    start: int = 0  # first token of the main clause (after a label or a leading adverbial)
    subject: list[str] = field(default_factory=list)
    modal: str = ""
    verbs: list[int] = field(default_factory=list)  # token indices of the coordinated main verbs
    later_verbs: list[int] = field(default_factory=list)  # verbs of later coordinated clauses ("... and log each call")
    passive: bool = False
    copula: bool = False  # "X is / shall be ADJ": a description, not an action
    gerund: bool = False  # "Developing simple algorithms": an activity name
    obj_start: int = -1
    obj_end: int = -1  # exclusive
    skipped: str = ""  # what was set aside before the main clause, for the evidence

    @property
    def verb_words(self) -> list[str]:
        return [self.tokens[i] for i in self.verbs]

    @property
    def object_tokens(self) -> list[str]:
        return self.tokens[self.obj_start: self.obj_end] if self.obj_start >= 0 else []

    @property
    def rest_start(self) -> int:
        return self.obj_end if self.obj_end >= 0 else (self.verbs[-1] + 1 if self.verbs else self.start)


def _lower(toks: list[str]) -> list[str]:
    return [t.lower() for t in toks]


def _skip_label_and_adverbial(toks: list[str], low: list[str]) -> tuple[int, str]:
    i = 0
    if ":" in low[:7]:
        j = low.index(":")
        if j + 1 < len(low) and not T.is_finite_verb(low[0]) or j <= 3:
            if j + 1 < len(low):
                i = j + 1
    if i < len(low) and low[i] in _LEAD_PREPS and "," in low[i: i + 16]:
        j = low.index(",", i)
        # never drop a main clause: a modal before the comma means the clause started there
        if j + 1 < len(low) and not any("MD" in T.tags(w) for w in low[i:j]):
            return j + 1, " ".join(toks[:j])
    return i, " ".join(toks[:i - 1]) if i else ""


def _strip_lead_ins(low: list[str], i: int) -> int:
    changed = True
    while changed and i < len(low):
        changed = False
        for lead in _LEAD_INS:
            if tuple(low[i: i + len(lead)]) == lead:
                i += len(lead)
                changed = True
                break
        while i < len(low) and (low[i] in _ADVERB_SKIP or (low[i].endswith("ly") and "RB" in T.tags(low[i]) and i + 1 < len(low)
                                                            and T.can_be_verb(low[i + 1]))):
            i += 1
            changed = True
    return i


def _nominal(tok: str) -> bool:
    """Could the token be part of a noun phrase (a subject)?"""
    t = T.tags(tok)
    return bool(t & _NOMINAL) or "IN" in t or tok in ("'s", "’s", "'", "-", "/", "&", "$", "£", "€", "%", "#") or tok[:1].isdigit() or (not t and tok[:1].isalpha() and tok.lower() not in T.CLOSED)


def _frame_at(toks: list[str], low: list[str], i: int) -> int:
    """Index of a modal or auxiliary right after a noun-phrase subject ("The checkout page must",
    "Quote errors on renewal letters are", "Only adjusters can"); -1 if there is none."""
    j = i
    while j < len(toks) and j < i + 14:
        t = T.tags(toks[j])
        if ("MD" in t or "AUX" in t) and j > i:
            return j
        if low[j] in (",", ";", ":", "and", "or", "that", "which", "who", "to") or not _nominal(toks[j]):
            return -1
        j += 1
    return -1


def _agrees(toks: list[str], j: int) -> bool:
    """Is toks[j] a finite verb agreeing with the noun before it ("the team reviews", "notes omit")?"""
    t = T.tags(toks[j])
    if not t & {"VBZ", "VBD", "VB"}:
        return False
    prev = toks[j - 1]
    pt = T.tags(prev)
    if pt & {"DT", "IN", "TO", "Q", "MD", "AUX", "CC", "WH"} or prev in (",", ";", ":"):
        return False
    sing = bool(pt & {"NN", "NNP"}) or prev[:1].isupper() and not pt
    plural = "NNS" in pt or prev.lower() in ("i", "you", "we", "they") or (prev.isupper() and len(prev) > 1)
    if "VBZ" in t and sing and not ("NNS" in pt and "NN" not in pt):
        return True
    if "VBD" in t and not t & {"NN", "NNS"} and (sing or plural):
        return True
    if "VB" in t and plural:
        return True
    return False


def _prefers_next(toks: list[str], j: int) -> bool:
    """"Sales reps update the stage", "claims fall from 18%": a plural noun that could be a verb, followed by
    a base verb that governs what comes next, is part of the subject."""
    if j + 2 >= len(toks):
        return False
    t, tn, tnn = T.tags(toks[j]), T.tags(toks[j + 1]), T.tags(toks[j + 2])
    return "NNS" in t and "VB" in tn and bool(tnn & {"DT", "Q", "CD", "PRP", "IN"} or toks[j + 2].lower() in ("their", "his", "her", "its"))


def _subject_verb(toks: list[str], low: list[str], i: int) -> int:
    for j in range(i + 1, min(len(toks), i + 14)):
        if low[j] in (",", ";", ":", "that", "which", "who", "(", ")"):
            return -1
        if _agrees(toks, j):
            if _prefers_next(toks, j) and _agrees(toks, j + 1):
                return j + 1
            return j
        if not _nominal(toks[j]):
            return -1
    return -1


def _subject_reading(toks: list[str], i: int, sv: int) -> bool:
    """When the first word could be an imperative verb, read toks[i:sv] as a subject only on strong evidence:
    no article or number inside it (a subject starts with its determiner: "List the five stages" is an
    imperative), and a verb that governs what follows ("Team leads review ten notes", "questions fall from")."""
    t0 = T.tags(toks[i])
    if not t0 & {"NN", "NNS", "JJ", "VBG"}:
        return False
    for k in range(i + 1, sv):
        tk = T.tags(toks[k])
        if tk & {"DT", "Q", "CD", "PRP"} and not T.tags(toks[k - 1]) & {"IN"}:
            return False
    tv = T.tags(toks[sv])
    nxt = T.tags(toks[sv + 1]) if sv + 1 < len(toks) else frozenset()
    if nxt & {"DT", "Q", "CD", "PRP"}:
        return True
    if "NNS" in t0 and sv == i + 1 and "VB" in tv:
        return True  # "Staff enter ...", "Staff get used to ...": a plural noun and its verb
    return "NNS" not in tv and bool(nxt & {"IN", "RB"})


def _is_adverb(word: str) -> bool:
    """A manner adverb ("correctly", "clearly"): never one of the coordinated actions."""
    return word.endswith("ly") and "RB" in T.tags(word)


def _coordinated(toks: list[str], low: list[str], v: int, form: str) -> list[int]:
    """The verb at v and the verbs coordinated with it right after ("Review, approve and file")."""
    verbs = [v]
    j = v + 1
    n = len(toks)
    if j + 1 < n and low[j] in T.PARTICLES and low[j + 1] in ("and", "or", "and/or", ",", "&"):
        j += 1  # a phrasal verb coordinated with another: "Fill in and submit timesheets"
    while j + 1 < n:
        if low[j] in ("and", "or", "and/or", ",", "&"):
            k = j + 1
            if k < n and low[k] in ("and", "or"):
                k += 1
            if k < n and _is_adverb(low[k]):
                break  # "completely and correctly": manner adverbs, not a second action
            if k < n and form in T.tags(toks[k]):
                nt = T.tags(toks[k])
                if j == v + 1 and low[j] in ("and", "or", "&"):  # "Write and check ...": the verbs share the object
                    verbs.append(k)
                    j = k + 1
                    continue
                after = T.tags(toks[k + 1]) if k + 1 < n else frozenset()
                # "identify and understand the risks" / "Review, approve and file the claims": verbs;
                # "Collect invoices, receipts and ..." nouns
                if not nt & {"NN", "NNS", "JJ"} or after & {"DT", "Q", "CD", "PRP", "CC"} or toks[k + 1:k + 2] == [","]:
                    verbs.append(k)
                    j = k + 1
                    continue
        break
    return verbs


def analyse(tokens: list[str]) -> Clause:
    toks = tokens
    low = _lower(toks)
    c = Clause(tokens=toks)
    if not any(t[:1].isalnum() for t in toks):
        return c
    i, skipped = _skip_label_and_adverbial(toks, low)
    c.start, c.skipped = i, skipped
    i = _strip_lead_ins(low, i)
    n = len(toks)
    if i >= n:
        return c
    v, form = -1, "VB"
    j = _frame_at(toks, low, i)
    if low[i] == "be":  # an imperative of a state: "Be aware of ...", "Be familiar with ..."
        c.copula, c.verbs = True, [i]
        c.obj_start, c.obj_end = i + 1, min(n, i + 7)
        return c
    if j >= 0:  # subject + modal / auxiliary
        c.subject = toks[i:j]
        k = j
        if low[j] in T.MODALS:
            c.modal = low[j]
            k = _strip_lead_ins(low, j + 1)
        elif low[j] in T.DO:
            k = j + 1
        while k < n and low[k] in _ADVERB_SKIP:
            k += 1
        if k < n and low[k] in T.BE:
            k2 = k + 1
            while k2 < n and (low[k2] in _ADVERB_SKIP or low[k2].endswith("ly") and "RB" in T.tags(low[k2]) and k2 + 1 < n and "VBN" in T.tags(toks[k2 + 1])):
                k2 += 1
            if k2 + 1 < n and low[k2] == "able" and low[k2 + 1] == "to":
                v = k2 + 2
            elif k2 < n and "VBN" in T.tags(toks[k2]):
                c.passive, v = True, k2
            else:
                c.copula, v = True, k
        elif k < n and low[k] in T.HAVE and k + 1 < n and "VBN" in T.tags(toks[k + 1]):
            v = k + 1
        elif k < n and toks[k][:1].isalpha():
            v = k
        form = "VB" if c.modal or low[j] in T.DO else "VBZ"
    else:
        t0 = T.tags(toks[i])
        sv = _subject_verb(toks, low, i)
        if sv >= 0 and "VB" in t0 and not _subject_reading(toks, i, sv):
            sv = -1  # "Compare two supplier quotes", "Answer customer calls on ...": an imperative
        if sv >= 0:
            c.subject, v = toks[i:sv], sv
            tv = T.tags(toks[sv])
            form = "VBZ" if "VBZ" in tv else ("VBD" if "VBD" in tv and "VB" not in tv else "VB")
        elif "VB" in t0:
            v = i  # an imperative
        elif "VBG" in t0 and i == c.start:
            c.gerund, v = True, i
    if v < 0 or v >= n or not toks[v][:1].isalpha():
        return c
    c.verbs = [v] if (c.copula or c.gerund) else _coordinated(toks, low, v, form)
    if c.passive:
        c.obj_start, c.obj_end = i, i + len(c.subject)
    else:
        _find_object(c, toks, low, v if c.copula else c.verbs[-1])
    # later coordinated clauses: "..., and log each call in the CRM", "and restart any service"
    for k in range(max(c.rest_start, v + 1), n - 1):
        if low[k] in ("and", "or", "then", ",", ";") and k + 1 not in c.verbs:
            nxt = toks[k + 1]
            tn = T.tags(nxt)
            after = T.tags(toks[k + 2]) if k + 2 < n else frozenset()
            if form in tn and not _is_adverb(nxt.lower()) and (not tn & {"NN", "NNS", "JJ"} or after & {"DT", "Q", "CD", "PRP"} or toks[k + 2:k + 3] in (["them"], ["it"])):
                c.later_verbs.append(k + 1)
    return c


def _find_object(c: Clause, toks: list[str], low: list[str], last_verb: int) -> None:
    n = len(toks)
    k = last_verb + 1
    if c.copula:
        c.obj_start, c.obj_end = k, min(n, k + 6)
        while c.obj_end > k and not toks[c.obj_end - 1][:1].isalnum():
            c.obj_end -= 1
        return
    if k < n and low[k] in T.PARTICLES and k + 1 < n and T.tags(toks[k + 1]) & {"DT", "Q", "CD", "NN", "NNS", "JJ", "PRP"}:
        k += 1  # a phrasal verb: "set up a supplier", "fill in the form"
    obj_s = k
    if k < n and T.tags(toks[k]) & {"IN", "TO"} and not (low[k] == "of"):
        n_stop = k  # the verb takes no direct object here ("load in under 2 seconds", "Participate in ...")
    else:
        n_stop = n
    while k < n_stop:
        w = low[k]
        tk = T.tags(toks[k])
        if w in (",", ";", ":", "(", ")", ".", "!", "?", "[", "]") or ("WH" in tk and k > obj_s):
            break
        if k > obj_s and ("IN" in tk and w != "of" or "TO" in tk):
            break
        if k > obj_s and w in ("every", "each", "per") and k + 1 < n and (toks[k + 1][:1].isdigit() or low[k + 1] in TIME_WORDS):
            break
        if k > obj_s and w in ("using", "following", "according", "including", "based"):
            break
        if k > obj_s + 1 and tk & {"VBG", "VBN"} and not tk & {"NN", "NNS"} and T.tags(toks[k - 1]) & {"NN", "NNS"}:
            break  # "cables following the floor plan", "a prescription flagged for ..."
        if k > obj_s and "RB" in tk and w.endswith("ly") and not tk & {"JJ", "NN"}:
            break  # "errors properly"
        if w in ("and", "or") and k + 1 < n and "VB" in T.tags(toks[k + 1]) and (
                not T.tags(toks[k + 1]) & {"NN", "NNS", "JJ"} or (k + 2 < n and T.tags(toks[k + 2]) & {"DT", "Q", "CD", "PRP"})):
            break
        k += 1
        if k - obj_s >= 10:
            break
    if k == obj_s and k < n and "IN" in T.tags(toks[k]) and not c.subject:
        # an intransitive verb with a prepositional object ("Participate in recruitment", "Deal with customers")
        k2 = k + 1
        while k2 < n and low[k2] not in (",", ";", ".", "(", ")", "and", "or", "to") and not ("IN" in T.tags(toks[k2]) and low[k2] != "of"):
            k2 += 1
        obj_s, k = k + 1, k2
    c.obj_start, c.obj_end = obj_s, k
    if c.obj_end <= c.obj_start and c.subject:
        # "Handling time improves", "questions fall from 40% to 10%": the statement is about its subject
        c.obj_start, c.obj_end = c.start if not c.subject else toks.index(c.subject[0], c.start), 0
        c.obj_end = c.obj_start + len(c.subject)


# "every 2 weeks", "each shift", "per month": the criterion's own time words (lexicon/data/checker_time_units.txt, checker_days.txt)
TIME_WORDS = words("checker_time_units") | words("checker_days")


__all__ = ["Clause", "analyse"]
