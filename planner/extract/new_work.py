"""The work people will do in the role they move into or start in, as the text states it (issue 12, h15goal), read
from clause frames over the tagger's word classes.

DOMAIN.md, "Three kinds of skill change": reskilling prepares people for a substantially different role and
onboarding makes them productive in a new one, so the skill goal is the first real task of THAT role, never the
job that goes away and never "the core tasks of the new role" when the text names them. Mager's performance
objective needs a performance (an observable verb and its object); O*NET task statements are an action verb, an
object and a qualifier ("Book export shipments in CargoWise"). Managers name the new work in a few clause
frames, read here over the words' classes (planner.concreteness.tagger) rather than over fixed phrases:

- a modal or future frame with the people as subject: "they'll run first-line IT support", "she will be preparing
  disclosure bundles", "where they will review flagged transactions", "who will assess claims";
- a wish frame with the people as object: "we want them looking after the robot cells", "we'd like them to ... do
  the indexing", "the controller thinks some could do supplier master data";
- a purpose or a second verb after the move: "moving into the group events team to plan corporate trips in Cvent",
  "move into the records team and do the indexing ...";
- "the first thing they'll do is book export shipments in CargoWise".

The verb phrase is kept only when it is whole: a verb the lexicon knows (not be/have/get/learn/move/join ...), an
object that is a whole noun phrase, and the prepositional phrases after it that are whole too. A negated clause
("won't be stacking pallets any more") is the work going away and never counts. Nothing is returned otherwise,
and the caller keeps its explicit blank (faithful over complete).

The "first job will be" and "where they'll" frames (issue 12, h15tasks): the work a new post or a new role starts with.

Readers marked reskilling and onboarding plans with no task at all, although the text names the new role's work
("where they'll review the KYC files for new accounts") or the post's first job ("Their first job will be building
instrument trays against the count sheets"). DOMAIN.md: onboarding makes someone productive in a new position, and
reskilling prepares them for the new role's work, so the task is that work, never the job being automated away.
O*NET task statements: an action verb and a whole object; the qualifier only as a whole prepositional phrase.
"""

from __future__ import annotations

import re
from typing import Optional

from planner.concreteness import tagger as T
from planner.extract.phrases import base_verb, can_be_noun, whole_np

# verbs that name no performance of the work (a change of place or state, learning, wanting)
_NOT_WORK = frozenset("""
be have get need want like start join learn know understand move become go leave stay keep feel see try come take
transfer switch retrain train help lose cover handle deal manage work spend make let say tell think hope shadow
watch observe sit
""".split()) - {"handle", "manage", "work"}
# "work the returns queue", "handle overbookings", "manage the rota" are work; kept out of the list above
_SUBJECTS = frozenset("they she he we who".split())
_MODAL = frozenset("will 'll would 'd could can should must might".split())
_WISH = frozenset("want wants wanted like need needs expect expects get have has".split())
_END = frozenset(", ; : . ! ? ( )".split())
_CLAUSE_WORDS = frozenset("so because which who that when whenever while until before after if than since unless once instead but or then as".split())
_OBJ_PREP = frozenset("of for".split())  # inside a noun phrase: "quality checks of the batches", "requests for quotes"
_PP = frozenset("in on into from at for with to across through under".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’-]*|\d+|[,;:.!?()]")
_MAX_OBJ = 10
# particles of phrasal verbs of the work ("look after", "set up", "clear out", "sign off"); never a preposition that
# opens the object's place ("in", "on")
_PARTICLES = (T.PARTICLES | {"after"}) - {"in", "on", "about", "around", "along", "through", "over"}
_ADVERBS = frozenset("mostly mainly mostly also usually often just first then initially largely primarily".split())
_ROLE_HEADS = frozenset("role roles job jobs position positions post posts desk team".split())


_LL_TYPO = frozenset(("theyll", "youll", "itll"))  # never "well", "shell", "hell": words of their own


def _tokens(sentence: str) -> list[str]:
    out = []
    for w in _WORD.findall(sentence.replace("’", "'")):
        low = w.lower()
        if low.endswith("'ll") and len(low) > 3:
            out += [w[:-3], "'ll"]
        elif low in _LL_TYPO:  # "theyll be cutting": the contraction typed without its apostrophe (h21goalq)
            out += [w[:-2], "'ll"]
        elif low.endswith("'d") and len(low) > 2:
            out += [w[:-2], "'d"]
        else:
            out.append(w)
    return out


def _is_verb(w: str) -> Optional[str]:
    """The base form when the word can be a base or -ing verb the work is done with; else None."""
    low = w.lower()
    if low in T.CLOSED or w[:1].isupper() and not low.endswith("ing"):
        return None
    t = T.tags(low)
    if not t & {"VB", "VBP", "VBG"}:
        return None
    base = base_verb(low)
    return None if base in _NOT_WORK else base


_REFLEXIVE = frozenset("herself himself themselves itself alone".split())
_NP_START = frozenset("the a an their our his her its each every all some".split())


def _whole(words: list[str]) -> bool:
    """A whole noun phrase, each conjunct judged alone ("supplier master data or the month end accruals"); an acronym
    ("IT", "CAD") is a name, not the pronoun."""
    words = ["system" if w.isupper() and len(w) > 1 else w for w in words]
    text = " ".join(words)
    parts = re.split(r"\s+(?:and|or)\s+", text)
    return all(whole_np(x) for x in parts) if len(parts) > 1 else whole_np(text)


def _second_verb(toks: list[str], j: int) -> bool:
    """"... and update care plans", "... and coach new chat agents": "and" opens a second verb phrase."""
    if j + 2 >= len(toks) or toks[j].lower() not in ("and", "or", "then"):
        return False
    v, nxt = toks[j + 1].lower(), toks[j + 2]
    if v.endswith("ing") and T.tags(v) & {"VBG"}:
        return True  # "plan inbound slots and answering carrier queries": a second verb phrase, as a gerund
    return bool(T.tags(v) & {"VB"}) and (nxt.lower() in _NP_START or bool(T.tags(nxt.lower()) & {"JJ"}) or (
        can_be_noun(nxt) and not nxt.lower().endswith("ing") and nxt.lower() not in T.CLOSED))


def _np_end(toks: list[str], i: int) -> int:
    """The end (exclusive) of the object noun phrase that starts at i, with its own "of"/"for" phrases; i when none.
    A phrase followed by a verb is the subject of the next clause ("run a route alone and dispatchers complain")."""
    j = i
    while j < len(toks) and j - i < _MAX_OBJ:
        low = toks[j].lower()
        if low in _END or (low in _CLAUSE_WORDS and low != "or") or (low in _PP and low not in _OBJ_PREP) or low in _REFLEXIVE:
            break
        if _second_verb(toks, j):
            break
        j += 1
    for k in range(j, i, -1):  # the longest whole noun phrase from i
        if _whole(toks[i:k]):
            nxt = toks[k].lower() if k < len(toks) else "."
            if k < j and nxt in ("and", "or"):
                continue  # cut inside a coordination: not the phrase as written
            if _finite_next(toks, k):  # "... in Amadeus and the corporate clients expect ...": the last conjunct is a subject
                cut = max((x for x in range(i, k) if toks[x].lower() in ("and", "or")), default=None)
                return cut if cut is not None and cut > i and _whole(toks[i:cut]) else i
            return k
    return i


def _finite_next(toks: list[str], k: int) -> bool:
    """The word after a phrase is the finite verb of a new clause ("the corporate clients expect")."""
    if k >= len(toks):
        return False
    w = toks[k].lower()
    if w in T.CLOSED or w in _END or w.endswith("ing"):
        return w in ("are", "is", "were", "was", "have", "has", "do", "does", "did", "can", "will", "would", "should", "must")
    t = T.tags(w)
    plural_subject = k > 0 and toks[k - 1].lower().endswith("s") and not toks[k - 1].lower().endswith("ss")
    return bool(t & {"VBP", "VBZ", "VBD"} or (plural_subject and "VB" in t)) and not (t & {"NN", "NNS"} and not t & {"VBP", "VBZ"})


_TIME = frozenset("""january february march april may june july august september october november december monday tuesday
wednesday thursday friday saturday sunday spring summer autumn winter week weeks month months year years day days today
tomorrow morning afternoon evening start end mondays tuesdays wednesdays thursdays fridays saturdays sundays weekends
weekend nights night days mornings evenings shifts""".split())


def _pps(toks: list[str], k: int) -> int:
    """The whole prepositional phrases after the object ("in CargoWise", "on the scanned documents in Laserfiche");
    never one of time ("from January", "in the first week"), which says when, not where."""
    while k < len(toks) and toks[k].lower() in _PP and toks[k].lower() != "to":
        e = _np_end(toks, k + 1)
        if e == k + 1 or any(t.lower() in _TIME for t in toks[k + 1:e]):
            break
        k = e
    return k


def _vp(toks: list[str], i: int) -> Optional[tuple[str, str]]:
    """(verb, object with its qualifier) when a whole verb phrase starts at i."""
    if i >= len(toks):
        return None
    verb = _is_verb(toks[i])
    if not verb and toks[i].lower() in ("do", "doing", "done") and i + 1 < len(toks) and (
            toks[i + 1].lower() in _NP_START or (can_be_noun(toks[i + 1]) and toks[i + 1].lower() not in T.CLOSED)):
        verb = "do"  # "do the indexing", "do supplier master data": the main verb, not the auxiliary
    if not verb:
        return None
    j = i + 1
    if j + 1 < len(toks) and toks[j].lower() == "and" and _is_verb(toks[j + 1]) and (
            toks[j + 1].lower().endswith("ing") == toks[i].lower().endswith("ing")):
        verb += " and " + _is_verb(toks[j + 1])  # "trimming and articulating models": two verbs, one object
        j += 2
    if j < len(toks) and toks[j].lower() in _PARTICLES:
        verb += " " + toks[j].lower()  # "look after", "set up", "clear out"
        j += 1
    if j < len(toks) and toks[j].lower() in T.PRONOUNS:
        return None  # "check them": another clause's noun
    k = _np_end(toks, j)
    if k == j or all(t.lower() in _TIME for t in toks[j:k] if t.lower() not in T.ARTICLES):
        return None  # "work nights": when, not what
    k = _pps(toks, k)
    obj = " ".join(toks[j:k])
    obj = re.sub(r"^(?:their|our)\s+", "the ", obj, flags=re.I)
    if re.search(r"\d", obj):
        return None
    head = re.split(r"\s+(?:in|on|for|at|from|with|and|or)\s+", obj)[0].split()[-1].lower()
    if verb == "do" and (head.endswith("ing") or head.endswith("s") and T.tags(head[:-1]) & {"VB"}):
        verb = "carry out"  # "do the indexing and quality checks", "do patrols": activities (a verb's noun) are carried out
    return verb, obj


def _negated(toks: list[str], i: int) -> bool:
    back = [t.lower() for t in toks[max(0, i - 4): i]]
    return any(t in ("not", "n't", "won't", "no", "never", "longer", "wont", "don't", "didn't", "can't", "cannot") or t.endswith("n't") for t in back)


def new_work(text: str) -> Optional[tuple[str, str]]:
    """The first whole verb phrase the text gives for the work people will do in the new role (see module doc)."""
    for sent in re.split(r"(?<=[.!?;])\s+|\n+", text):
        toks = _tokens(sent)
        low = [t.lower() for t in toks]
        for i, w in enumerate(low):
            starts: list[int] = []
            # "they will (be) V", "they'll V", "where they would V", "who will V"
            if w in _MODAL and i > 0 and (low[i - 1] in _SUBJECTS or low[i - 1] in ("some", "most", "all", "both", "each", "others")):
                k = i + 1
                while k < len(low) and (low[k] == "be" or low[k] in _ADVERBS):  # "they'll mostly be trimming"
                    k += 1
                starts.append(k)
            # "the plan is for them to handle the complaint callbacks"
            if w == "for" and low[i + 1:i + 3] in (["them", "to"], ["him", "to"], ["her", "to"]):
                starts.append(i + 3)
            # "(we) want them V-ing / to V", "we'd like them to move ... and do ..."
            if w in _WISH and i + 1 < len(low) and low[i + 1] in ("them", "him", "her"):
                k = i + 2
                if k < len(low) and low[k] == "to":
                    k += 1
                starts.append(k)
            # "... into the records team to plan / and do", "retrain them as X to V"
            if w in ("to", "and") and i > 0 and any(x in low[max(0, i - 8): i] for x in ("into", "to", "as")) \
                    and any(x in low[max(0, i - 10): i] for x in ("move", "moving", "moves", "go", "going", "join", "joining", "switch", "transfer", "retrain", "retrained", "become")):
                starts.append(i + 1)
            # "they need to / have to / are to / are going to V"
            if w in ("need", "needs", "have", "has", "are", "is") and i > 0 and low[i - 1] in _SUBJECTS and i + 2 < len(low) \
                    and (low[i + 1] == "to" or low[i + 1:i + 3] == ["going", "to"]):
                starts.append(i + 2 if low[i + 1] == "to" else i + 3)
            # "into junior financial analyst roles, preparing ...", "quality analyst roles: scoring ..."; "inventory
            # controllers who reconcile stock discrepancies"
            if w in (",", ":") and i > 0 and low[i - 1] in _ROLE_HEADS and i + 1 < len(low) and low[i + 1].endswith("ing"):
                starts.append(i + 1)
            if w == "who" and i > 0 and "become" in low[max(0, i - 8): i] or w == "who" and i > 0 and "as" in low[max(0, i - 6): i]:
                starts.append(i + 1)
            # "the first thing they'll do is V", "their first job will be V-ing"
            if w == "is" and i > 0 and low[i - 1] == "do" and "first" in low[max(0, i - 6): i]:
                starts.append(i + 1)
            for k in starts:
                if _negated(toks, i + 1 if w in _MODAL else k):
                    continue
                vp = _vp(toks, k)
                if vp:
                    return vp[0], _COMPANION.sub("", vp[1])
    return None


# "cutting the formwork for the footings with Dave": the person they work beside, not a part of the work (h21goalq)
_COMPANION = re.compile(r"\s+(?:with|alongside|beside)\s+(?-i:[A-Z][a-z]+)$")


def never_done(text: str) -> Optional[tuple[str, str]]:
    """"they have never ticketed in Amadeus", "never done patrols or incident reports", "have never used our ePCR
    tablets", "neither has resoled a Goodyear-welted boot": for people new to the role, the work they have not done yet is the work to learn (Mager: the
    performance the newcomer cannot yet do)."""
    for sent in re.split(r"(?<=[.!?;])\s+|\n+", text):
        # "neither has resoled a boot", "none had walked the old town route before": the same frame (h20goal)
        sent = re.sub(r"\b(?:neither|none|nobody|no one)(?:\s+of\s+(?:them|us))?\s+(?:has|have|had)\s+(?:ever\s+)?", "never ", sent, flags=re.I)
        toks = _tokens(sent)
        for i, w in enumerate(toks):
            if w.lower() != "never" or i + 1 >= len(toks):
                continue
            v = toks[i + 1].lower()
            if not T.tags(v) & {"VBN", "VBD"}:
                continue
            base = base_verb(v)
            if base in ("be", "have", "get", "work", "know", "see", "hear", "program", "open", "touch", "meet"):
                continue
            nt = [base] + toks[i + 2:]
            vp = _vp(nt, 0)
            if vp:
                return vp
            k = _pps(nt, 1)  # "never ticketed in Amadeus": an intransitive verb and where
            if k > 1 and _is_verb(base):
                return base, " ".join(nt[1:k])
    return None


def first_task(text: str) -> Optional[tuple[str, str, str]]:
    """For people new to the role: (verb, object, "") of the first work the text names for them, else of the work
    it says they have never done; None when it names none."""
    vp = new_work(text) or never_done(text)
    return (vp[0], vp[1], "") if vp else None


# public names for the reskilling goal's frames (planner.generators.reskill_goal, h17resk)
tokens = _tokens
verb_phrase = _vp


# --- the "first job will be" and "where they'll" frames (h15tasks) ---------------------------------------------

# "they'll", "they’ll": the contraction the new-role readers' patterns do not see
_WILL = re.compile(r"\b(they|she|he|we)['’]ll\b", re.I)


def expanded(text: str) -> str:
    """The text with "they'll" written "they will" (same length is not kept; use it for reading only)."""
    return _WILL.sub(lambda m: f"{m.group(1)} will", text)


# the post's work named by the share of the day it takes ("Most of their day will be building repayment plans in
# Nelnet"), or as its main job, reads like the first job (h18goal; DOMAIN.md onboarding: the new post's real work)
_FIRST = re.compile(r"\b(?:(?:their|his|her|the)\s+(?:first|main|core|daily|day-to-day)\s+(?:real\s+)?(?:job|task|tasks|piece of work|assignment|duty|duties|work)|"
                    r"(?:most|much|the bulk|a lot|a big part|half)\s+of\s+(?:their|his|her)\s+(?:day|days|time|week|shift|shifts|work))\s+"
                    r"(?:will\s+be|is|are|is\s+going\s+to\s+be)\s+(?P<v>[a-z]+ing)\s+(?P<np>(?:(?:the|their|a|an)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)"
                    r"(?P<tail>\s+(?:against|in|on|for|from|with|using|to)\s+(?:(?:the|their|a|an|each|every)\s+[\w-]+(?:\s+[\w-]+){0,2}?|(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)))?"  # "... in Cvent": the system by name (h18goal, h18tasks)
                    r"(?=\s*[,.;:!?]|\s+(?:and|but|so|which|that|before|after|while|with|for|over|during)\b|$)", re.I)


def first_work(text: str) -> Optional[tuple[str, str, str]]:
    """("build", "instrument trays", " against the count sheets") from "Their first job will be building instrument
    trays against the count sheets"; None when the clause does not parse into a verb and a whole noun phrase."""
    from planner.extract.phrases import base_verb, can_be_verb, whole_np

    m = _FIRST.search(text)
    if not m:
        return _signed_off(text)
    v = base_verb(m.group("v").lower())
    np = re.sub(r"^(?:their)\s+", "the ", m.group("np").strip(), flags=re.I)
    if not v or not can_be_verb(v) or not whole_np(np):
        return None
    return v, np, m.group("tail") or ""


# the work a newcomer is signed off for: "before they're signed off to work the cold store alone" (h18goal; DOMAIN.md
# onboarding: productive in the new post; Mager: the performance and its condition, "alone")
_SIGNED = re.compile(r"\b(?:signed off|cleared|certified|passed out|ready|allowed|trusted)\s+to\s+(?P<v>[a-z]+)\s+"
                     r"(?P<np>(?:(?:the|their|a|an)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)"
                     r"(?P<tail>\s+(?:alone|on their own|on his own|on her own|unsupervised|solo|without supervision))?"
                     r"(?=\s*[,.;:!?]|\s+(?:and|but|so|by|before|after|within|in|from)\b|$)", re.I)


def _signed_off(text: str) -> Optional[tuple[str, str, str]]:
    from planner.extract.phrases import base_verb, can_be_verb, whole_np

    m = _SIGNED.search(text)
    if not m:
        return None
    v = base_verb(m.group("v").lower())
    np = re.sub(r"^(?:their)\s+", "the ", m.group("np").strip(), flags=re.I)
    if not v or not can_be_verb(v) or v in ("be", "have", "do", "start", "go", "work") and not whole_np(np) or not whole_np(np):
        return None
    return v, np, m.group("tail") or ""


_WHERE = re.compile(r"\b(?:where|in which|there)\s+(?:they|she|he)\s+(?:will|would|could|can|are to|need to|are going to)\s+"
                    r"(?P<v>[a-z]+)\s+(?P<rest>[^.;:!?]+)", re.I)


def new_role_work(text: str) -> tuple[Optional[str], Optional[str]]:
    """("check", "the exception reports") from "..., where they'll check the exception reports before the billing
    leads release them": the verb and the longest whole noun phrase after it (at most six words)."""
    from planner.extract.phrases import base_verb, can_be_verb, whole_np

    m = _WHERE.search(expanded(text))
    if not m or not can_be_verb(m.group("v").lower()) or m.group("v").lower() in ("be", "have", "get", "do", "need", "learn"):
        return None, None
    words = m.group("rest").replace(",", " ,").split()
    for n in range(min(len(words), 6), 0, -1):
        np = " ".join(words[:n])
        if "," not in np and whole_np(np) and words[n - 1].lower() not in ("them", "it", "they"):
            return base_verb(m.group("v").lower()), np
    return None, None
