"""The learners' behaviour the text names, as whole constituents, stated positively (issue 12, fault B).

Mager (Analyzing Performance Problems): the discrepancy a manager complains of names the performance
wanted. "They skip the preventive jobs in the CMMS when it is busy" -> "Complete the preventive jobs in
the CMMS, including when it is busy"; "don't check the allergen matrix when a ticket flags an allergy"
-> "Check the allergen matrix every time a ticket flags an allergy"; "keep accessioning samples under the
wrong test code in the LIMS" -> "Accession samples under the correct test code in the LIMS".

Each part is a whole constituent of the text: the verb (its base form, or the positive verb the
complained verb implies, from ``offline_positive_verbs``), the object noun phrase as written, and the
prepositional phrases or the subordinate clause that follow it inside the same clause. A part that is
not whole (the object is not a noun phrase, the clause is cut) makes the whole behaviour None, and the
caller falls back to its other sources (faithful over complete).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from planner.extract.phrases import base_verb, can_be_noun, can_be_verb, whole_np
from planner.text.inflect import base_form
from planner.lexicon import phrases


@lru_cache(maxsize=None)
def _pairs(name: str) -> dict[str, str]:
    out = {}
    for entry in phrases(name):
        if "=" in entry:
            k, v = (x.strip() for x in entry.split("=", 1))
            out[k] = v
    return out


@dataclass
class Behaviour:
    verb: str  # base form, positive: "complete", "check", "calculate and record"
    obj: str  # the object noun phrase as written ("the preventive jobs"), or "" for a manner ("speak courteously")
    tail: str = ""  # the prepositional phrases / condition as written, each whole (" in the CMMS, including when it is busy")
    clause: str = ""  # the text's clause it was read from
    kind: str = "negated"  # wish | need | negated | skipped | left_off | kept | manner | must | without
    extra: dict = field(default_factory=dict)

    def sentence(self) -> str:
        """The behaviour as an imperative goal sentence; a very short one gets its criterion "every time" (Mager)."""
        core = f"{self.verb} {self.obj}".strip() + self.tail
        if len(core.split()) < 4 and "every" not in core:
            core += " every time"
        return core[:1].upper() + core[1:]

    def phrase(self) -> str:
        return self.sentence()[:1].lower() + self.sentence()[1:]


_SPLIT_SENT = re.compile(r"(?<=[.!?;])\s+|\n+")
# where a clause ends inside a sentence: a comma before a coordinator or a new clause, or "so"/"because"/"which"
_CLAUSE_END = re.compile(r"\s+and\s+(?=(?:must|will|need|needs|should|can|have|has|are|is|then|also|so|about|around)\b)|,\s+(?=(?:and|but|so|which|because|then|meaning|mostly|while|or|we|they|it|the|our|this)\b)|"
                         r"\s+(?=(?:so|because|which|and then|but|meaning|resulting|causing|whereas|and (?:the|we|our|it|that|this|each|every|nobody|no one))\b)|"
                         r"\s+-+\s+|[,:()]|\s+n\s+(?=[a-z])")  # "n": "and", typed short ("way too hot n it splits"; h21goalq)
_NEG = r"(?:don'?t|dont|do not|doesn'?t|does not|didn'?t|did not|never|aren'?t|arent|are not|['’]re not|isn'?t|is not|weren'?t|were not|fail(?:s|ed)? to|can'?t|cant|cannot|won'?t|wont|rarely|seldom|hardly ever|no longer)"
_ADV = r"(?:(?:always|really|actually|properly|consistently|even|still|reliably|routinely|bother to|seem to)\s+)*"
_V = r"(?P<v>[a-z][a-z'-]+)"
_PARTICLES = frozenset("in out up off over back down round around through".split())
_NOT_TASKS = frozenset("be have get make go come know understand learn appreciate think feel seem want need like try "
                       "start join become move leave stay improve realise realize remember care bother see say tell "
                       "do work keep".split())
_STOP_OBJ = frozenset("""
    in on at under with for to from into onto before after during when whenever while if until unless as because so
    and but or without every each properly correctly right enough anymore again consistently at all then than like
    by via within across over per despite though although which who that where instead since nor yet even
    against through using about around outside beyond inside wrong incorrectly badly herself himself themselves
    """.split())
_MANNER_DROP = re.compile(r"^(?:properly|correctly|right|accurately|carefully|consistently|reliably|at all|enough|on time|anymore|any more)\b\s*", re.I)
_BUSY = re.compile(r"^(?:when|whenever|if|on days when)\s+(?:(?:it(?:'s| is| gets)|we(?:'re| are| get)|they(?:'re| are)|the (?:\w+ )?(?:is|gets))\s+)?"
                   r"(?:really\s+|very\s+|too\s+|so\s+)?(busy|hectic|rushed|rushing|in a (?:hurry|rush)|short-staffed|short staffed|under pressure|slammed|late|full|behind)\b", re.I)
_COMPLAINT_WORDS = re.compile(r"\b(wrong|incorrect|without|instead of|late|missing|skip\w*|never|the wrong)\b", re.I)
_NEGATIVE_TAIL = re.compile(r"(?:^|\b)(?:without|instead of|(?:\w+ )?days later|too late|after the fact|at the last minute|from memory|by hand|on paper|in a (?:hurry|rush))\b", re.I)


def _clause_after(sent: str, start: int) -> str:
    rest = sent[start:]
    m = _CLAUSE_END.search(rest)
    return (rest[: m.start()] if m else rest).strip().rstrip(".!?;")


@lru_cache(maxsize=4096)
def _adverb_only(w: str) -> bool:
    from planner.concreteness import tagger as T

    t = T.tags(w)
    return bool(t) and t <= {"RB", "RBR", "RBS"} and w not in ("every", "each", "only")


def _object_and_tail(words: list[str], verb: str) -> tuple[Optional[str], str, bool]:
    """(object NP, tail as written, a manner word was complained of) from the words after the verb."""
    obj: list[str] = []
    i = 0
    manner = False
    while i < len(words):
        w = words[i].lower()
        if obj and _adverb_only(w):  # "read the slides aloud": a manner adverb ends the object
            i += 1
            while i < len(words) and _adverb_only(words[i].lower()):
                i += 1
            break
        if w in _STOP_OBJ:
            if w in ("properly", "correctly", "right", "enough", "consistently", "wrong", "incorrectly", "badly"):
                manner = True
                i += 1
                continue
            if w in ("herself", "himself", "themselves"):
                i += 1
                continue
            if w == "every" and not obj:  # "complete every job"
                obj.append(words[i])
                i += 1
                continue
            break
        obj.append(words[i])
        i += 1
        if len(obj) > 7:
            return None, "", manner
    from planner.extract.task import SYMPTOM_ADJECTIVES

    rel = _reduced_relative(obj)
    words_after = None
    if rel is not None:  # "postmortems nobody reads", "service reports the customers can't follow": the object ends at the clause
        words_after = ["that"] + obj[rel:] + words[i:]
        obj = obj[:rel]
    obj = [w for w in obj if w.lower() not in SYMPTOM_ADJECTIVES or w.lower() in ("wrong", "missing")]  # "huge pull requests"
    np = " ".join(obj)
    np = re.sub(r"\b(?:wrong|incorrect)\b", "correct", np, flags=re.I)
    if np and not whole_np(np) and not whole_np(" ".join(w for w in np.split() if not w.isdigit())):  # "the 1099 forms"
        return None, "", manner
    tail_words = words_after if words_after is not None else words[i:]
    tail = " ".join(tail_words)
    while True:
        m = _MANNER_DROP.match(tail)
        if not m:
            break
        manner = True
        tail = tail[m.end():]
    tail = re.sub(r"\b(?:the )?(?:wrong|incorrect)\b", lambda m: "the correct" if m.group(0).lower().startswith("the") else "correct", tail, flags=re.I)
    tail = re.sub(r"\s+(?:properly|correctly|at all|anymore|any more|again)\b", "", tail, flags=re.I).strip()
    return np, tail, manner


_REL_SUBJECT = re.compile(r"^(?:nobody|no one|noone|anyone|hardly anyone|few people|we|they|you|people|"
                          r"(?:the|our|their|your)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)$", re.I)
_REL_NEG = frozenset("can can't cannot couldn't don't doesn't won't never rarely hardly barely seldom".split())


def _reduced_relative(obj: list[str]) -> Optional[int]:
    """Where a relative clause with no "that" starts inside the words read as the object, or None.

    "postmortems nobody reads" -> 1; "service reports the customers can't follow" -> 2 (a subject, an optional
    negation, a verb that ends the clause): the object is the noun phrase before it, never the whole run.
    """
    low = [w.lower() for w in obj]
    for k in range(1, len(obj) - 1):
        if not whole_np(" ".join(obj[:k])) or not can_be_noun(low[k - 1]):
            continue
        for j in range(k + 1, len(obj)):
            if not _REL_SUBJECT.match(" ".join(low[k:j])):
                continue
            rest = low[j:]
            if rest and rest[0] in _REL_NEG:
                rest = rest[1:]
            if rest and rest[0] in ("not", "really", "even", "actually"):
                rest = rest[1:]
            if 1 <= len(rest) <= 2 and can_be_verb(base_form(rest[0])) and (len(rest) == 1 or rest[1] in _PARTICLES | {"on", "with", "to"}):
                return k
    return None


def _lead_condition(before: str, learner_forms) -> str:
    """The condition a leading clause states ("When our marina mechanics winterize outboards they forget to ...") as
    the goal's own condition (" when winterizing outboards"; Mager: the conditions of the performance); the subject
    must be the learners or "they", the verb a verb and the object a whole noun phrase; "" otherwise."""
    from planner.text.inflect import gerund

    forms = sorted({re.escape(f) for f in (learner_forms or ()) if f} | {"they", "we"}, key=len, reverse=True)
    m = re.match(r"^\s*(?P<w>when|whenever|while|after)\s+(?:(?:our|the|their)\s+)?(?:[\w-]+\s+){0,2}?(?:" + "|".join(forms) + r")\s+"
                 r"(?P<v>[a-z]+)\s+(?P<np>(?:(?:the|their|a|an)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s*,?\s+(?:they|we|he|she)\s*$",
                 before, re.I)
    if not m:
        return ""
    v = base_form(m.group("v").lower())
    np = re.sub(r"^(?:their|our)\s+", "the ", m.group("np"), flags=re.I)
    if not v or not can_be_verb(v) or not whole_np(np) or np.split()[-1].lower() in ("them", "it", "they"):
        return ""
    return f" {m.group('w').lower()} {gerund(v)} {np}"


def _shape_tail(tail: str) -> Optional[str]:
    """The tail as whole pieces: prepositional phrases kept, a "when it is busy" turned into "including when it is
    busy", a "when <event>" into "every time <event>"; None when a piece is not whole."""
    if not tail:
        return ""
    rel = re.match(r"^(that|which)\s+((?:the\s+)?[a-z]+)\s+(cannot|can't|can not|couldn't|don't|do not|never)\s+([a-z]+)$", tail, re.I)
    if rel and can_be_verb(rel.group(4)):  # "letters that applicants cannot understand" -> "... that applicants can understand"
        return f" {rel.group(1)} {rel.group(2)} {'can ' if rel.group(3).lower().startswith(('can', 'could')) else ''}{rel.group(4)}"
    tail = re.split(r"(?:^|\s+)(?=(?:in|of|on|for)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|maybe\s+)?(?:[\d.]+\s*%|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out of)\s+\d+|(?:a\s+third|a\s+quarter|half|a\s+few|most|some|a\s+lot)\s+of\s+(?:them|it|those|these)\b))", tail)[0]  # "in about 8% of payslips", "on about a third of them": the symptom (h18goal)
    tail = re.sub(r"^(?:outside|beyond)\s+", "only within ", tail)
    m_no = re.match(r"^with\s+no\s+([a-z][a-z -]*)$", tail, re.I)  # "with no description" -> "with a description"
    if m_no and whole_np(m_no.group(1)):
        x = m_no.group(1)
        tail = f"with {x}" if x.split()[-1].endswith("s") else f"with {'an' if x[0].lower() in 'aeiou' else 'a'} {x}"  # "refunding items outside the 30-day window"
    if len(tail.split()) > 14 or _NEGATIVE_TAIL.search(tail) or re.search(r"\d\s*%", tail):
        return None
    tail = re.sub(r"\s*\b(?:like|as)\s+(the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:says|say|requires|require|states|asks)$", r", as \1 requires", tail, flags=re.I)
    policy = ""
    m = re.search(r",\s+as\s+the\s+[a-z ]+requires$", tail)
    if m:
        tail, policy = tail[: m.start()], m.group(0)
    if re.match(r"(?:when|whenever|if|before|after|during|while|until|as)\b", tail, re.I):
        head, cond = "", tail
    else:
        parts = re.split(r"\s+(?=(?:when|whenever|if|before|after|during|while|until|as)\b)", tail, maxsplit=1)
        head, cond = parts[0], (parts[1] if len(parts) > 1 else "")
    out = ""
    if head:
        hw = head.split()
        if hw[0].lower() == "only" and len(hw) > 2 and _pp_chain(hw[1:]):
            out = " " + head
            hw = []
        elif hw[0].lower() not in ("in", "on", "at", "under", "with", "for", "to", "from", "into", "onto", "by", "via",
                                 "every", "each", "over", "across", "within", "against", "through", "using"):
            return None
        if not hw:
            pass
        elif hw[0].lower() in ("every", "each"):
            if not whole_np(" ".join(hw[1:])) and not can_be_noun(hw[-1]):
                return None
            out = " " + head
        elif not _pp_chain(hw):
            return None
        else:
            out = " " + head
    if cond:
        if _BUSY.match(cond):
            out += ", including " + cond
        elif re.match(r"(?:when|whenever)\s+\w+ing\b", cond, re.I):
            out += " " + cond  # "when booking follow-ups"
        elif re.match(r"(?:when|whenever)\s", cond, re.I):
            rest = re.sub(r"^(?:when|whenever)\s+", "", cond, flags=re.I)
            if len(rest.split()) < 2:
                return None
            out += " every time " + rest
        else:
            if len(cond.split()) < 2:
                return None
            out += " " + cond
    return out + policy


def _pp_chain(words: list[str]) -> bool:
    """"in the CMMS", "under the correct test code in the LIMS": prepositions each followed by a whole noun phrase."""
    preps = {"in", "on", "at", "under", "with", "for", "to", "from", "into", "onto", "by", "via", "over", "across",
             "within", "against", "through", "using", "of"}
    chunks: list[list[str]] = []
    for w in words:
        if w.lower() in preps and (not chunks or len(chunks[-1]) > 1):
            chunks.append([w])
        elif not chunks:
            return False
        else:
            chunks[-1].append(w)
    def whole(np: list[str]) -> bool:  # "on preheat": a bare word of the text after a preposition is a noun phrase too
        np = [w for w in np if not w.isdigit()] or np  # "the first 2 minutes": the text's own count inside the phrase
        return whole_np(" ".join(np)) or len(np) == 1 and np[0].isalpha() and len(np[0]) > 3 and not np[0].endswith("ing")

    # "to underwriting", "from dispatch": one word after a preposition of destination names a place or a team (h15goal)
    return bool(chunks) and all(len(c) > 1 and (whole(c[1:]) or len(c) == 2 and c[0].lower() in ("to", "from", "into") and c[1].isalpha()
                                                and c[1].islower() and len(c[1]) > 3) for c in chunks)


# verbs whose "re-" says the first attempt failed ("keep resubmitting claims"): the performance is the verb without it
_REDO = frozenset("redo rework resubmit resend rekey retype reenter re-enter reopen rebook refile reprint relabel recode "
                  "rescan reissue".split())


def _base(v: str) -> str:
    """The base form, undoubling a final consonant the simple rule leaves ("mislabelling" -> "mislabel")."""
    base = base_form(v)
    if not can_be_verb(base):
        alt = base_verb(v)
        if alt and alt != v and (can_be_verb(alt) or can_be_verb(re.sub(r"^mis-?", "", alt))):
            return alt
    return base


def _verb_ok(v: str) -> Optional[str]:
    v = v.lower()
    if v.startswith("mis-") and _verb_ok(v[4:]):
        return _verb_ok(v[4:])  # "mis-coding" -> "code"
    if "-" in v and all(p and can_be_verb(p) for p in v.split("-")):
        return v  # "copy-paste"
    base = _base(v)
    if base.startswith("mis") and not base.startswith("miss") and len(base) > 5 and can_be_verb(base[3:]):
        return base[3:]  # "mislabel", "mistype": the performance is the verb without the error (Mager)
    if base in _REDO or base.startswith("re-") and can_be_verb(base[3:]):
        return base[3:] if base.startswith("re-") else base[2:].lstrip("-")
    if base in _NOT_TASKS or not (can_be_verb(v) or can_be_verb(base)):
        return None
    return base


def _mentions_learners(prefix: str, forms: tuple[str, ...]) -> bool:
    low = prefix.lower()
    q = re.search(r"\b(?:most|some|many|few|half|all)\s+(?:of\s+)?(?:the|their|our|those|these)\s+(?P<np>(?:[\w-]+\s+){0,3}[\w-]+)\s*$", low)
    if q and not any(f and f.lower() in q.group("np") for f in forms):
        from planner.extract.reviewer import is_role

        if not is_role(q.group("np")):
            return False  # "half the FOD reports never reach the tower": the output is the subject, not the people (h21goalq)
    if re.search(r"\b(?:they|them|he|she|everyone|everybody|staff|people|most|some|many|few|half|all)\b", low):
        return True
    # the manager's own people ("our tax preparers", "our 12 HVAC techs") are the learners even where the
    # extractor read another role; the plural noun must end the prefix (the subject right before the verb)
    if re.search(r"\bour\s+(?:\d+\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s\s*$", low):
        return True
    return any(f and re.search(rf"\b{re.escape(f.lower())}", low) for f in forms)


def _adverb_slot(w: str) -> bool:
    """A word that can be an adverb of manner in the object slot ("straight", "fast", "right"), not a noun head."""
    from planner.concreteness.tagger import tags

    t = tags(w.lower())
    return {"RB", "JJ"} <= t and not w.lower().endswith(("s", "ing"))


def _build(verb: str, rest: str, kind: str, clause: str) -> Optional[Behaviour]:
    words = rest.split()
    # "calculate and record NEWS2": a coordinated verb keeps both verbs
    if len(words) >= 2 and words[0].lower() == "and" and _verb_ok(words[1]) and words[1].lower() not in _STOP_OBJ:
        verb = f"{verb} and {base_form(words[1].lower())}"
        words = words[2:]
    # particles of phrasal verbs: "fill in the spray record", "hand over", "sign off"
    if words and words[0].lower() in _PARTICLES and len(words) > 1 and not whole_np(" ".join(words[:2])):
        if can_be_noun(words[-1]) and (words[1].lower() in ("the", "a", "an", "their", "each", "every", "all") or can_be_noun(words[1])):
            verb, words = f"{verb} {words[0].lower()}", words[1:]
    # "sign the walk-round check without walking round the bus": the step left out is the behaviour
    lw = [w.lower() for w in words]
    if "without" in lw:
        k = lw.index("without")
        second = words[k + 1:]
        while second and second[0].lower() in ("actually", "even", "first", "properly", "really"):
            second = second[1:]
        v2 = _verb_ok(second[0]) if second and second[0].lower().endswith("ing") else None
        if v2 and k == 0:  # "keep digging without scanning for buried cables first": the step left out comes first (h15goal)
            rest2 = [w for w in second[1:] if w.lower() not in ("first", "beforehand", "properly")]
            from planner.text.inflect import gerund

            if rest2 and (_pp_chain(rest2) or whole_np(" ".join(rest2))) and not any(w.isdigit() for w in rest2):
                obj2 = "" if _pp_chain(rest2) else " ".join(rest2)
                tail2 = (" " + " ".join(rest2)) if _pp_chain(rest2) else ""
                return Behaviour(verb=v2, obj=obj2, tail=f"{tail2} before {gerund(verb)}", clause=clause, kind="without")
        if v2:
            np1, tail1, _ = _object_and_tail(words[:k], verb)
            b2 = _build(v2, " ".join(second[1:]), "without", clause)
            t1 = _shape_tail(tail1) if np1 else None
            if np1 and b2 and b2.obj and t1 is not None and "every time" not in b2.tail:
                b2.tail = f"{b2.tail} every time they {verb} {np1}{t1}"
                b2.kind = "without"
                b2.extra["output"] = np1
                return b2
        elif second and not second[0].lower().endswith("ing"):
            np1, tail1, _ = _object_and_tail(words[:k], verb)
            np2, tail2, _ = _object_and_tail([w for w in second if w.lower() != "any"], verb)
            t1 = _shape_tail(tail1) if np1 else None
            t2 = _shape_tail(tail2) if np2 else None
            if np1 and np2 and t1 is not None and t2 is not None and len(np2.split()) <= 5:
                b = Behaviour(verb=verb, obj=np1, tail=f"{t1} with {np2}{t2}", clause=clause, kind=kind)
                b.extra["with"] = np2  # the item the work leaves out, for the checklist
                return b
        return None
    too = re.search(r"\s+(?:way\s+|far\s+|much\s+|a\s+bit\s+|really\s+)?(?P<t>too\s+(?:hot|cold|long|short|fast|slow|loose|tight|thin|thick|wet|dry|early|late|high|low|hard|soft|much|little|big|small))$",
                    " " + " ".join(words), re.I) if kind in ("kept", "plain", "negated") else None
    if too:  # "keep steaming the oat milk way too hot": the object, then the degree the text complains of (h21goalq)
        np0, tail0, _ = _object_and_tail((" ".join(words)[: too.start()]).split(), verb)
        t0 = _shape_tail(tail0) if np0 else None
        if np0 and t0 is not None:
            return Behaviour(verb=verb, obj=np0, tail=f"{t0}, never {too.group('t').lower()}", clause=clause, kind=kind)
    old_way = re.search(r"\s+(?:in\s+)?the\s+old\s+(?:way|method|process)$", " " + " ".join(words), re.I) if kind in ("kept", "plain", "negated") else None
    if old_way:  # "still digitise parcel boundaries the old way": the old method is the complaint (h21goalq)
        np0, tail0, _ = _object_and_tail((" ".join(words)[: old_way.start()]).split(), verb)
        t0 = _shape_tail(tail0) if np0 else None
        if np0 and t0 is not None:
            return Behaviour(verb=verb, obj=np0, tail=f"{t0}, not the old way", clause=clause, kind=kind)
    np, tail, manner = _object_and_tail(words, verb)
    if np is None:
        return None
    if not np and kind != "manner":
        return None
    if kind == "kept" and len(np.split()) == 1 and _adverb_slot(np) and re.match(r"\s*(?:over|into|through|past|across|onto|under|off)\b", tail):
        return None  # "keep mowing straight over the irrigation heads": a manner adverb and a path, no object; the
        # fault is the whole act and the text gives no wanted action to practise (Mager: the discrepancy, not the performance)
    unread = re.match(r"^that\s+(?:nobody|no one|noone|hardly anyone|few people)\s+[a-z]+(?:\s+(?:on|with|to|through))?\b", tail, re.I)
    if unread:  # "postmortems nobody reads" is the symptom; the goal is the output its readers can use (Mager)
        tail = tail[unread.end():].strip()
        b = _build(verb, " ".join([np] + tail.split()), kind, clause) if tail else Behaviour(verb=verb, obj=np, tail="", clause=clause, kind=kind)
        if b is not None:
            b.extra["unread"] = True
        return b
    if tail and kind in ("plain", "kept", "negated"):
        from planner.generators.manner import right_manner

        if np and np.split()[0].lower() in _PARTICLES and len(np.split()) > 1 and " " not in verb:
            verb, np = f"{verb} {np.split()[0].lower()}", " ".join(np.split()[1:])  # "write up estimates"
        right = right_manner(tail)  # "from memory ... rather than at the car" -> " at the car" (the manner wanted)
        if right is not None and np:
            # the goal is an imperative to the learners: their own possessive reads as someone else's ("Upload their
            # transcripts" -> "Upload transcripts"; "their log" -> "the log"), as the other paths write it (h19aud)
            np = re.sub(r"^their\s+(?=[\w-]+s$)", "", np, flags=re.I)
            np = re.sub(r"^their\s+", "the ", np, flags=re.I)
            return Behaviour(verb=verb, obj=np, tail=right, clause=clause, kind="manner_fault")
    if tail and _NEGATIVE_TAIL.match(tail) and not re.search(r"\bwithout\b", tail) and len(tail.split()) <= 8 and kind in ("plain", "kept", "negated"):
        # "write incident timelines after the fact and from memory": the complained manner, negated as the text says it
        return Behaviour(verb=verb, obj=np, tail=f", not {tail}", clause=clause, kind=kind) if np else None
    shaped = _shape_tail(tail)
    if shaped is None:
        # keep the prepositional phrases before a piece that is not whole ("in the CMMS when it is busy, and then ...")
        return None
    if manner and kind in ("negated", "kept", "plain") and not shaped.startswith(" every time"):
        shaped = " correctly" + shaped
    return Behaviour(verb=verb, obj=np, tail=shaped, clause=clause, kind=kind)


_PATTERNS: tuple[tuple[str, re.Pattern], ...] = (
    ("wish", re.compile(r"\bwants?\s+(?P<who>(?:the\s+|our\s+|all\s+|them\s+|him\s+|her\s+)?(?:[\w-]+\s+){0,4}?)to\s+" + _V + r"\b(?P<rest>.*)", re.I)),
    ("instead", re.compile(r"\binstead of\s+(?P<v>[a-z]+ing)\b(?P<rest>.*)", re.I)),
    ("need", re.compile(r"\b(?:need|needs)\s+to\s+(?:get\s+better\s+at|improve\s+(?:at|on)|be\s+better\s+at)\s+" + _V + r"\b(?P<rest>.*)", re.I)),
    ("need", re.compile(r"\bstruggle[sd]?\s+(?:with|at)\s+" + _V + r"\b(?P<rest>.*)", re.I)),
    ("left_off", re.compile(r"\b(?:leave|leaves|leaving|left)\s+(?P<np>(?:the\s+|their\s+)?[\w -]{2,40}?)\s+(?:off|out of)\s+(?P<np2>(?:the\s+|their\s+)?[\w -]{2,50})", re.I)),
    # "leave the brake test box empty on the handover sheet": a field or box left unfilled is one to fill in (Mager: the
    # wanted performance is the positive of the discrepancy)
    ("left_blank", re.compile(r"\b(?:leave|leaves|leaving|left)\s+(?P<np>(?:the\s+|their\s+)?[\w -]{2,40}?)\s+(?:empty|blank|unfilled|unticked|unsigned|unfinished|incomplete)\b(?P<rest>.*)", re.I)),
    ("skipped", re.compile(r"\b(?:keep\s+|keeps\s+|still\s+|often\s+|always\s+|regularly\s+|routinely\s+)?(?P<v>skip|skips|skipping|skipped|forget|forgets|forgot|forgetting|omit|omits|omitting|ignore|ignores|ignoring|neglect|neglects|neglecting|bypass|bypassing|miss|misses|missed)\b(?P<rest>.*)", re.I)),
    ("slow", re.compile(r"\b(?:take|takes|took|taking)\s+(?:far\s+|way\s+|much\s+)?(?:too|so)\s+long\s+(?:to\s+)?" + _V + r"\b(?P<rest>.*)", re.I)),
    ("slow", re.compile(r"\b(?:are|is|were|was)\s+(?:far\s+|way\s+|really\s+|very\s+)?(?:too\s+)?slow\s+(?:to|at|in|with)\s+" + _V + r"\b(?P<rest>.*)", re.I)),
    ("wrong", re.compile(r"\b(?:get|gets|got|getting|keep getting|keeps getting)\s+(?P<np>(?:the\s+|their\s+|a\s+)?[a-z][\w -]{1,40}?)\s+wrong\b(?P<rest>.*)", re.I)),
    ("negated", re.compile(r"\b" + _NEG + r"\s+" + _ADV + _V + r"\b(?P<rest>.*)", re.I)),
    ("kept", re.compile(r"\b(?:keep|keeps|kept|are|is|were|still|are still|keep on)\s+(?:still\s+|always\s+|often\s+)?(?P<v>(?:mis-|re-)?[a-z]+ing)\b(?P<rest>.*)", re.I)),
    ("manner", re.compile(r"\b(?:are|is|were|can be|get|gets|come across as|sound)\s+(?:often\s+|sometimes\s+|really\s+|so\s+|very\s+|quite\s+|a bit\s+|too\s+)?(?P<adj>[a-z]+)\b(?P<rest>.*)", re.I)),
    ("passive", re.compile(r"\b(?P<np>(?:the\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s+(?:(?:are|is|were|was|being|get|gets)\s+)?(?:not|never)\s+(?P<v>[a-z]+(?:ed|en)|made|done|set|kept|put|left|shut|cut|read|built|sent|run)\b(?P<rest>.*)", re.I)),
    ("returned", re.compile(r"\b(?P<np>(?:the\s+|their\s+|our\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+(?:are|is|were|was|get|gets|got|keep getting|keep being)\s+"
                            r"(?:often\s+|regularly\s+|always\s+|still\s+)?(?P<v>sent back|rejected|returned|bounced(?: back)?|kicked back|caught|queried)\b"
                            r"(?:\s+by\s+(?P<by>(?:the\s+|our\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?))?(?=[.,;:!?]|\s+(?:because|for|as|and|so|when|which|who|at|in|on|before)\b|$)", re.I)),
    ("must", re.compile(r"\b(?:must|will need to|will have to|have to|has to|need to|needs to|will|should)\s+" + _ADV + _V + r"\b(?P<rest>.*)", re.I)),
)


_DEADLINE_WORDS = re.compile(r"\b(?:deadlines?|targets?|slas?|dates?|cut-?offs?)\b", re.I)
_FAULT_WORDS = re.compile(r"^\s*(?:the\s+|any\s+|some\s+|most\s+)?(?:[a-z-]+\s+){0,2}?(?:errors?|mistakes?|typos?|defects?|faults?|discrepanc(?:y|ies)|red flags?|warning signs?)\b", re.I)


def _missed_verb(rest: str) -> str:
    """The positive of "miss X": a deadline is met, an error is caught, a step is completed."""
    if _DEADLINE_WORDS.search(rest):
        return "meet"
    return "catch" if _FAULT_WORDS.match(rest) else "complete"


_WRONG_NP = re.compile(r"\b((?:the\s+)?[a-z][a-z -]{2,40}?)\s+(?:(?:is|are|was|were)\s+(?:often\s+|always\s+|sometimes\s+|usually\s+|regularly\s+)?|"
                       r"(?:set|entered|keyed|coded|recorded|filled in|put)\s+)(?:wrong|incorrect|missing|out of order)\b", re.I)  # "the VAT scheme set wrong" (h15goal)


# "a lot come back with the wrong settlement date": the item that is wrong, as "the settlement date" (h15goal)
_WITH_WRONG = re.compile(r"\b(?:come|comes|came|go|goes|went|arrive|arrives|are sent|get sent)\s+(?:back\s+)?with\s+(?:a\s+|the\s+)?(?:wrong|incorrect)\s+"
                         r"(?P<np>[a-z][a-z -]{2,30}?)(?=[.,;!?]|\s+(?:and|but|so|because|on|in|for)\b|$)", re.I)


_WHERE_THEY_WORK = re.compile(r"\s+(?:at|in|on|across)\s+(?:the|our|their|both|all|each)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:branch(?:es)?|sites?|stores?|clinics?|shops?|offices?|wards?|depots?|locations?|practices?|"
                              r"hospitals?|warehouses?|plants?|restaurants?|hotels?|surger(?:y|ies))\b(?=\s+[a-z])", re.I)


def _plain(text: str, sentences: list[str], learner_forms: tuple[str, ...]) -> Optional[Behaviour]:
    """The learners' own present-tense clause ("the clinical coders assign ICD-10 codes from discharge summaries"), with
    what the text says is wrong in the work as the criterion ("... with the page numbering and the index correct")."""
    forms = sorted((f for f in learner_forms if f), key=len, reverse=True)
    if not forms:
        return None
    rx = re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\s+(?P<adv>(?:still|always|usually|often|just|mostly)\s+)?(?P<v>[a-z][a-z-]*[a-z])\b(?P<rest>[^.;!?]*)", re.I)
    for sent in sentences:
        sent = re.sub(r"\s*\([^()]{1,40}\)", "", sent)  # "our chat agents (about 25 of them) copy-paste ..."
        sent = _WHERE_THEY_WORK.sub("", sent)  # "the dispensing opticians at our two branches take ...": where, not what
        m = rx.search(sent)
        if not m:
            continue
        before = sent[: m.start()].split()
        # the learners must be the subject: not "approved by our 14 managers", "for the agents"
        if any(w.lower() in ("by", "for", "to", "from", "with", "of", "than", "like") for w in before[-3:]):
            continue
        if m.group("v").lower() in ("last", "next", "this", "each", "every", "all", "both", "who", "that"):
            continue
        raw = m.group("v").lower()
        verb = _verb_ok(raw)
        if not verb or raw in _STOP_OBJ or raw.endswith(("ing", "ed")) or raw in ("are", "is", "have", "has", "do", "does", "was", "were", "will", "can", "must", "should", "need"):
            continue
        rest = _clause_after(sent, m.start("rest"))
        b = _build(verb, rest, "plain", _clause_after(sent, m.start()))
        if b is None:
            continue
        if m.group("adv") and not re.search(r", (?:not the old way|never too \w+)$", b.tail):
            continue  # "still key the invoices": the habit itself, a behaviour only with its complained manner (h21goalq)
        if raw.startswith("mis") and not raw.startswith("miss") and "correct" not in b.tail:
            b.tail = " correctly" + b.tail
        w = _WRONG_NP.search(text)
        ww = None if w else _WITH_WRONG.search(text)
        if w or ww:
            np = re.sub(r"^(?:mostly|often|and|but|so|the)\s+(?=\w)", lambda x: "the " if x.group(0).strip() == "the" else "", w.group(1).strip() if w else "the " + ww.group("np").strip())
            np = re.sub(r"^.*\b(?:but|and so|so|because|as)\s+", "", np)
            if all(whole_np(x) for x in re.split(r"\s+(?:and|or)\s+", np)) and not re.search(r"\d", np) and (np.split()[0].lower() in ("the", "their") or " and " in np):
                b.tail += f" with {re.sub(r' or ', ' and ', np)} correct"  # each item of "X or Y set wrong" must be right
        return b
    return None


def find_behaviour(text: str, learner_forms: tuple[str, ...]) -> Optional[Behaviour]:
    """The first clause about the learners that names their behaviour, stated positively; None when there is none."""
    positive = _pairs("offline_positive_verbs")
    manners = _pairs("offline_positive_manner")
    sentences = [s.strip() for s in _SPLIT_SENT.split(text) if s.strip() and not s.strip().endswith("?")]
    for kind, rx in _PATTERNS:
        for sent in sentences:
            for m in rx.finditer(sent):
                prefix = re.split(r"[,;:]|\b(?:and|but|so|because|while|which)\b", sent[: m.start()])[-1]
                if kind in ("passive", "returned"):
                    pass  # "beds not made to the hotel standard": the work is the subject, the learners are implied
                elif kind == "wish":
                    who = m.group("who") or ""
                    if not (_mentions_learners(who, learner_forms) or not learner_forms):
                        continue
                elif not _mentions_learners(prefix, learner_forms) and not (not learner_forms and not prefix.strip()):
                    if not (re.match(r"^\s*(?:the|our|a few|some|most)?\s*[a-z -]*s\s*$", prefix.lower() or "x") and not learner_forms):
                        continue
                clause = _clause_after(sent, m.start())
                rest = _clause_after(sent, m.start("rest")) if "rest" in rx.groupindex and (m.group("rest") or "").strip() else ""
                if kind == "left_blank":
                    np = m.group("np").strip()
                    piece = re.split(r"\s+(?=(?:so|because|and|but|when|which)\b)|,", m.group("rest"))[0].strip()
                    tail = _shape_tail(" " + piece) if piece else ""
                    tail = " " + " ".join(tail.split()) if tail else tail
                    if whole_np(np) and tail is not None and not np.lower().startswith(("them", "it ")):
                        return Behaviour(verb="fill in", obj=re.sub(r"^their\s+", "the ", np, flags=re.I), tail=tail, clause=clause, kind=kind)
                    continue
                if kind == "left_off":
                    np, np2 = m.group("np").strip(), _clause_after(sent, m.start("np2"))
                    np2 = re.split(r"\s+(?=(?:so|because|and|but|when|which)\b)", np2)[0]
                    if whole_np(np) and whole_np(np2):
                        return Behaviour(verb="record", obj=np, tail=f" on {np2}", clause=clause, kind=kind)
                    continue
                if kind == "instead":
                    pre = sent[: m.start("v") - len("instead of ")].rstrip()
                    pre = re.sub(r"^.*\binstead of\s+", "", pre)
                    who = next((f for f in sorted(learner_forms, key=len, reverse=True) if re.search(rf"\b{re.escape(f)}\b", pre, re.I)), None)
                    if not who:
                        continue
                    after = pre[re.search(rf"\b{re.escape(who)}\b", pre, re.I).end():].split()
                    if len(after) > 2 and after[0].lower() in ("on", "at", "in", "from", "across"):  # "the operators on C shift hitting ..."
                        k2 = next((x for x in range(1, min(5, len(after))) if after[x].lower().endswith("ing") and _verb_ok(after[x])), None)
                        after = after[k2:] if k2 else after
                    while after and (after[0].lower() in ("still", "often", "always", "usually", "just", "tend", "to", "will", "keep")):
                        after = after[1:]
                    v1 = _verb_ok(after[0]) if after else None
                    v2 = _verb_ok(m.group("v"))
                    if not (v1 and v2):
                        continue
                    first = _build(v1, " ".join(after[1:]), "plain", clause)
                    second = _build(v2, _clause_after(sent, m.start("rest")), "instead", clause)
                    if first and second and first.obj and second.obj:
                        from planner.text.inflect import gerund

                        second.tail += f" instead of {gerund(v1)} {first.obj}{first.tail}"
                        if len(second.sentence().split()) <= 26 and not re.search(r"\d\s*%", second.sentence()):
                            return second
                    continue
                if kind == "passive":
                    out = []
                    for piece in re.split(r"\s+and\s+|,\s*|;", sent[m.start():].rstrip(".!")):
                        pm = rx.search(piece)
                        if not pm:
                            continue
                        v = base_verb(pm.group("v").lower())
                        np = re.sub(r"^(?:for|with|of|in|on|at|by|mostly|mainly|and|or)\s+", "", pm.group("np").strip(), flags=re.I)
                        if not can_be_verb(v) or not whole_np(np) or np.split()[0].lower() in ("are", "is", "were", "was"):
                            continue
                        r = re.split(r"\s+and\s+|[,;.]", pm.group("rest"))[0].strip()
                        shaped = _shape_tail(r) if r else ""
                        out.append(f"{v} {np}{shaped or ''}")
                    if out:
                        v0, _, rest0 = out[0].partition(" ")
                        obj = " and ".join([rest0] + out[1:2])
                        return Behaviour(verb=v0, obj=obj, tail="", clause=clause, kind=kind)
                    continue
                if kind == "manner":
                    adj = m.group("adj").lower()
                    if adj not in manners:
                        continue
                    shaped = _shape_tail(rest)
                    if shaped is None:
                        continue
                    return Behaviour(verb=manners[adj], obj="", tail=shaped, clause=clause, kind=kind)
                if kind == "wrong":
                    np = m.group("np").strip()
                    if not whole_np(np) or re.search(r"\d", np) or np.split()[0].lower() in ("it", "them", "this", "that", "things"):
                        continue
                    shaped = _shape_tail(_clause_after(sent, m.start("rest")).strip()) if (m.group("rest") or "").strip() else ""
                    if not shaped or not re.match(r"\s(?:on|in|into)\s", shaped):
                        continue  # "get X wrong" names no verb: only where the text names the record it goes on
                    return Behaviour(verb="record", obj=np, tail=" correctly" + shaped, clause=clause, kind=kind)
                if kind == "returned":
                    np = re.sub(r"\s+(?:a|an|per|each|every)\s+(?:day|week|fortnight|month|year|shift|quarter)$", "", m.group("np").strip(), flags=re.I)
                    np = re.sub(r"^(?:our|their)\s+", "the ", np, flags=re.I)
                    head = np.split()[-1].lower()
                    if not whole_np(np) or not head.endswith("s") or not can_be_noun(head) or head in ("they", "times", "days", "weeks", "months", "people"):
                        continue
                    by = (m.group("by") or "").strip()
                    by = re.sub(r"^our\s+", "the ", by, flags=re.I)
                    if by and not whole_np(by):
                        by = ""
                    caught = m.group("v").lower() in ("caught", "queried")
                    if caught:
                        tail = f" that pass the check by {by}" if by else " that pass the check"
                        verb0 = "prepare"
                    else:
                        plural_by = by.split()[-1].lower().endswith("s") if by else True
                        tail = f" that {by} accept{'' if plural_by else 's'} the first time" if by else " that are accepted the first time"
                        verb0 = "submit"
                    return Behaviour(verb=verb0, obj=np, tail=tail, clause=clause, kind=kind)
                raw = m.group("v").lower()
                if kind == "skipped":
                    verb = positive.get(raw, "complete")
                    if raw.startswith("miss"):  # "miss errors in captions" -> "catch errors ..." (Mager: the discrepancy names the performance)
                        verb = _missed_verb(rest)
                    r = rest.split()
                    if r and r[0].lower() == "to" and len(r) > 1 and _verb_ok(r[1]):  # "forget to log"
                        verb, rest = base_form(r[1].lower()), " ".join(r[2:])
                else:
                    verb = _verb_ok(raw)
                    if not verb:
                        continue
                    verb = positive.get(raw, positive.get(verb, verb))
                    if verb == "miss":
                        verb = _missed_verb(rest)
                if kind == "kept" and not _COMPLAINT_WORDS.search(rest) and not re.search(r"\bkeep|kept\b", sent[: m.end()], re.I):
                    continue
                if kind == "must" and re.search(r"\b(?:learn|know|understand)\b", raw):
                    continue
                b = _build(verb, rest, kind, clause)
                if b is not None and kind == "skipped" and b.obj and b.obj.split()[0].lower() not in ("the", "a", "an", "every", "each", "all", "their") \
                        and b.obj.split()[0].lower().endswith("s") and not b.obj.split()[0][:1].isupper():
                    b.obj = "all " + b.obj  # "skip steps of the changeover checklist" -> "complete all steps of ..."
                if b is not None and b.verb == "confuse" and b.obj and _person_object(b.obj):
                    continue  # "the parcel maps keep confusing the planning officers": the output's effect on its reader (h18tasks)
                if b is not None and b.verb in ("mix up", "muddle up", "confuse") and b.obj and "correct" not in b.obj:
                    # "keep mixing up the batch release codes" -> "use the correct batch release codes" (the performance, not the fault)
                    b.verb, b.obj = "use", "the correct " + re.sub(r"^(?:the|their|our)\s+", "", b.obj, flags=re.I)
                if b is not None and raw.startswith("mis") and not raw.startswith("miss") and b.obj and "correct" not in b.tail:
                    b.tail = " correctly" + b.tail  # "mislabel samples" -> "label samples correctly"
                if b is not None and not b.tail.strip():
                    b.tail = _lead_condition(sent[: m.start()], learner_forms)  # "When they winterize outboards, ..." (h18goal)
                if b is not None and len(b.sentence().split()) <= 26:
                    return b
    b = _plain(text, sentences, learner_forms)
    if b is not None and len(b.sentence().split()) <= 26:
        return b
    return None


def _person_object(np: str) -> bool:
    """The object names people or a team ("the planning officers", "the warehouse team"), not a thing of the work."""
    from planner.extract.consequence import group_noun, person_noun

    head = np.split()[-1].lower()
    return person_noun(head) or group_noun(head)
