"""Which parts of the text a workflow-grounded task may take as its consumer and its action (issue 12, h15tasks).

DOMAIN.md, "Skills must be grounded in the workflow": the consumer is "the person or step downstream that consumes
the output", and the feedback owner is "who reviews the practice, and how often": two different fields. Blind
readers marked tasks such as "Support the area supervisor by completing the log, so the area supervisor can go
through the logs every Friday" as wrong: the reviewer's routine check is feedback on the work, not the step the
output serves. So the reviewer is the task's consumer only when the text gives it a step of the workflow itself
(approving, signing off, filing, dispatching), never a review, check or read-through; with no other reader named
the task says so plainly and asks (rule 3 of issue 12: a clear blank beats a wrong specific fact).

O*NET task statements: the action is the performer's own. A behaviour clause whose subject is the output ("the
sample IDs don't match the bottle labels") names the criterion of the learners' step, not their action: the task
keeps the learners' own verb and object ("fill in the chain-of-custody forms") and carries that criterion as its
qualifier, a whole clause of the text.
"""

from __future__ import annotations

import re
from typing import Optional

from planner.extract.context import same_role

# a reviewer's own routine on the work: feedback, not a step of the workflow (Mager: the criterion is checked by
# someone; DOMAIN.md: the feedback owner)
_REVIEW_STEP = re.compile(r"^(?:review|reviews|check|checks|go|goes|went|read|reads|look|looks|audit|audits|sample|samples|"
                          r"inspect|inspects|walk|walks|mark|marks|assess|assesses|spot-check|spot-checks|listen|listens|"
                          r"scan|scans|skim|skims|monitor|monitors|oversee|oversees|supervise|supervises)\b", re.I)


def reader_not_reviewer(consumer: str, need: Optional[str], owner: Optional[str]) -> bool:
    """False when ``consumer`` is the reviewer the text names and its step is a review of the work."""
    if not owner or not same_role(consumer, owner):
        return True
    return not (need and _REVIEW_STEP.match(need.strip()))  # no step at all: named, its outcome left blank


_PRONOUNS = frozenset("they we i you he she it".split())


def output_step(text: str, behaviour, learner_forms: tuple[str, ...]) -> Optional[str]:
    """The subject of the behaviour's clause when it is a noun phrase of the text that is not the learners ("the
    sample IDs" in "the sample IDs don't match the bottle labels"); None when the learners are its subject."""
    if behaviour is None or not behaviour.clause:
        return None
    i = text.find(behaviour.clause)
    if i <= 0:
        return None
    before = re.split(r"[,;.!?]|\b(?:and|but|so|because|when|while|that|which)\b", text[:i])[-1].strip()
    before = re.sub(r"^(?:about|around|roughly|nearly|almost)?\s*(?:half|a third|a quarter|most|some|many)?\s*(?:of\s+)?the\s+time\s+", "", before, flags=re.I)
    words = before.split()
    if any(behaviour.clause.lower().startswith(f.lower()) for f in learner_forms if f):
        return None  # "translators hand back the manuals without ...": the learners are the clause's subject
    if len(words) < 2 or len(words) > 4 or words[0].lower() not in ("the", "their", "our"):
        return None
    low = before.lower()
    if any(f.lower() in low or low.endswith(f.lower().split()[-1]) for f in learner_forms if f) or words[-1].lower() in _PRONOUNS:
        return None
    from planner.extract.phrases import can_be_noun

    return before if can_be_noun(words[-1].lower()) else None


_PARTICLES = frozenset("in out up off over back down".split())


def learners_step(frame) -> tuple[Optional[str], Optional[str], str]:
    """The learners' own verb, object and qualifier as the extractor read them from their clause ("fill in" + "the
    chain-of-custody forms" + " on the sampling run"); Nones when the object is no whole noun phrase."""
    from planner.extract.phrases import whole_np

    verb, obj, task = frame.task_verb, frame.task_object, frame.task or ""
    if not (verb and obj):
        return None, None, ""
    words = obj.split()
    if words[0].lower() in _PARTICLES and len(words) > 1:
        verb, words = f"{verb} {words[0].lower()}", words[1:]
    np = " ".join(words)
    if not whole_np(np):
        return None, None, ""
    m = re.search(rf"\b(the|their|our)\s+{re.escape(np)}\b", frame.text, re.I)
    if m and m.group(1).lower() == "the":
        np = f"the {np}"
    i = task.lower().find(" ".join(words).lower())
    qual = task[i + len(" ".join(words)):] if i >= 0 else ""
    qual = qual if re.match(r"^\s+(?:on|in|at|for|from|into|to|during|after|before)\s+\w", qual) and len(qual.split()) <= 6 else ""
    return verb, np, qual


def same_act(action: str, outcome: str, consumer: str = "") -> bool:
    """The task's verb is the verb of the reader's own clause ("order materials" beside "the site foremen can order
    materials off them"): the extractor read the reader's act as the learners' task."""
    from planner.text import lemmas as lx

    head = action.split()[0].lower()
    if re.search(r"\bnot\b", outcome):
        return False  # "the barristers do not send them back": a complaint turned, not the reader's own act
    rest = re.sub(rf"^(?:the\s+)?{re.escape(consumer)}\s+", "", outcome.strip(), flags=re.I) if consumer else outcome
    words = [w for w in rest.lower().split() if w not in ("can", "will", "is", "are", "not", "do", "does", "could", "would")]
    return bool(words) and bool(lx.verb_lemmas(words[0]) & (lx.verb_lemmas(head) | {head}))


def whole_step(text: str, need: Optional[str]) -> Optional[str]:
    """The consumer's step with its noun phrase whole: "open those trays at the start" + " of each case" where the
    text goes on with an of-phrase (a cut constituent reads as garbled: issue 12)."""
    if not need:
        return need
    i = text.lower().find(need.lower())
    if i < 0:
        return need
    m = re.match(r"\s+of\s+(?:the|each|every|a|an|their|our)\s+[a-z][\w-]*", text[i + len(need):], re.I)
    return need + m.group(0) if m else need
