"""Whether a verb and its object name a piece of work a reader can picture (issue 12 round 10, h20goal).

O*NET task statements and Mager's performance: an action verb and the thing it acts on, the work's output or the
item handled ("Write defect reports", "Record the shade number"). Blind readers gave 0 to goals and tasks whose
"object" was something else that stood after the verb: a pronoun or indefinite ("Plan anything"), an adjective
("Report half empty"), a quantity or a time ("Check the roughly one alt-text problem", "Bag a week"), a compound cut
before its head ("Complete the GPS" of "the GPS tag"), an auxiliary read as the verb ("Cant tell"), or the tool
rather than the work done with it ("Use a ground microphone"). Each fault is read off the phrase's structure and
the text around it, never off a case's words.
"""

from __future__ import annotations

import re
from typing import Optional

# words that stand for another noun, or for no particular one: the clause names no thing of the work
_INDEFINITE = frozenset("anything something everything nothing anyone someone everyone anybody somebody everybody "
                        "it them this that these those one ones stuff things lot lots whatever "
                        # pronoun contractions typed without the apostrophe ("hes never worked a busy bar")
                        "hes shes theyre its im youre were".split())
# degree and approximation: a figure of the gap inside the phrase ("the roughly one alt-text problem")
_DEGREE = frozenset("roughly about around approximately nearly almost maybe half quarter third most few".split())
_NUMBER = frozenset("one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
                    "hundred dozen".split())
_TIME_HEADS = frozenset("second seconds minute minutes hour hours day days week weeks fortnight fortnights month months "
                        "year years shift shifts time times".split())
# auxiliaries and their apostrophe-less spellings ("cant tell"): never the verb of a task
_AUX = frozenset("cant can't cannot dont don't doesnt doesn't didnt didn't wont won't isnt isn't arent aren't wasnt "
                 "wasn't werent weren't couldnt couldn't shouldnt shouldn't wouldnt wouldn't can could will would should "
                 "must may might shall is are was were been".split())
# where the first noun phrase of an object ends ("the dispatchers' work in the CAD", "each example's output and who")
_NP_END = frozenset("in on at for from to with into by and or but who which that whose when where".split())
_PARTICLES = frozenset("out up off over down back through away around".split())
_DETS = frozenset("the a an their our his her its each every all".split())
_FUNCTION = frozenset("the a an of to for in on at by with from and or but so as that which who than then when "
                      "if into onto per".split())


def _words(np: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9][\w'’-]*", np or "")


def _adjective_only(word: str) -> bool:
    from planner.extract.phrases import parts_of_speech as _pos

    pos = _pos(word)
    return "ADJ" in pos and not pos & {"NOUN", "PROPN", "ADV"}


def _cut_compound(obj: str, text: str) -> bool:
    """Every place the text writes the object, one more noun follows it ("skip the GPS tag on ..."): the phrase stops
    before its head, so it names a modifier, not the thing."""
    from planner.extract.phrases import can_be_noun, parts_of_speech as _pos

    words = _words(obj)
    if not words:
        return False
    phrase = r"\b" + r"\s+".join(map(re.escape, words)) + r"\b"
    uses = list(re.finditer(phrase, text, re.I))
    if not uses:
        return False
    for m in uses:
        nxt = re.match(r"\s+([a-z][\w-]*)(?=\s*(?:[.,;:!?)]|$)|\s+(?:on|in|at|for|of|from|to|with|and|or|but|so|when|because)\b)",
                       text[m.end():])
        if not nxt:
            return False  # written whole here
        w = nxt.group(1).lower()
        if w in _FUNCTION or w in _INDEFINITE or w.endswith("ly") or not can_be_noun(w) or _pos(w) & {"ADJ", "ADV"}:
            return False
    return True


def object_fault(verb: Optional[str], obj: Optional[str], text: str, context: str = "") -> Optional[str]:
    """Why ``verb`` + ``obj`` names no piece of work (see the module docstring); None when it does. ``context``: the
    qualifier or outcome said with it ("every time they hand back the manuals"), which names the work a tool serves."""
    vw = _words(verb or "")
    if not vw or not obj:
        return None
    if vw[0].lower() in _AUX:
        return "the verb is an auxiliary"
    words = [w.lower() for w in _words(obj)]
    cut = next((i for i, w in enumerate(words) if i and w in _NP_END), len(words))
    words = words[:cut]
    core = [w for w in words if w not in _DETS]
    if not core:
        return "no object"
    head = core[-1]
    if len(vw) > 1 and vw[-1].lower() in ("in", "into", "on", "onto") and re.fullmatch(r"(?:the\s+)?[A-Z][\w-]*", obj.strip()):
        return "the object is the system the work is done in"  # "Scan in Lightroom"
    if (words[0] in _FUNCTION and words[0] not in _DETS) or words[0] in _PARTICLES:
        return "the object starts with a preposition or a particle"  # "Send out", "Scan in Lightroom"
    if head in _INDEFINITE:
        return "the object is a pronoun or an indefinite"
    if any(w in _DEGREE for w in core) or any(w in _NUMBER for w in core[1:-1]):
        return "the object holds a quantity"
    if head in _TIME_HEADS and (len(core) == 1 or words[0] in ("a", "an", "each", "every", "per") or words[0] in _NUMBER or words[0].isdigit()):
        return "the object is a stretch of time"
    if len(core) == 1 and words[0] not in _DETS and head.endswith("ing") and len(head) > 5:
        from planner.extract.phrases import can_be_verb

        if can_be_verb(head[:-3]) or can_be_verb(head[:-3] + "e") or can_be_verb(head[:-4]):
            return "the object is an activity, not a thing of the work"  # "Order packing"
    if _adjective_only(head):
        return "the object ends on an adjective"
    if vw[0].lower() == "use" and len(vw) == 1 and not context.strip() and not re.match(r"(?:the\s+)?(?:correct|right|current|latest|new)\b", obj, re.I):
        return "the object is the tool, not the work done with it"
    if _cut_compound(obj, text):
        return "the object is cut before its head"
    return None


# an aside between paired dashes or in brackets ("Our ramp inspectors -- eight, all ex-maintenance -- write findings"):
# it splits the learners from their verb, so the clause of their work is read again without it (h21goalq)
_ASIDE = re.compile(r"\s+(?:--|—|–)\s+(?:(?!\s(?:--|—|–)\s)[^.;:!?]){1,80}?\s+(?:--|—|–)\s+|\s*\([^()]{1,80}\)")


def without_asides(text: str) -> str:
    """The text with its paired-dash and bracketed asides left out (for reading a clause, never for quoting)."""
    return _ASIDE.sub(" ", text or "")


# "they just keep putting them in the wrong clinic slot": a habit whose object is a pronoun for the learners' own output
_HABIT_PRONOUN = re.compile(r"\b((?:keep|keeps|kept)\s+[a-z]+ing)\s+them\b", re.I)


def antecedent_text(text: str, obj: Optional[str]) -> Optional[str]:
    """The text with "them" after a habit ("keep putting them ...") read as the plural output the learners' own clause
    names before it ("book the follow-ups"), so the fault's clause names its object; None when there is none to read."""
    if not obj or not obj.split()[-1].lower().endswith("s") or obj.split()[0].lower() in _INDEFINITE:
        return None
    m = _HABIT_PRONOUN.search(text or "")
    if not m or obj.lower() not in text[: m.start()].lower():
        return None  # the output must stand before the pronoun, as its antecedent
    bare = re.sub(r"^(?:the|their|our)\s+", "", obj, flags=re.I)
    return text[: m.start()] + f"{m.group(1)} the {bare}" + text[m.end():]
