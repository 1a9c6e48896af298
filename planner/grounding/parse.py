"""Reading a skill statement as a task statement: action verb + object + qualifier.

Source: O*NET task statements ("Write escalation notes for billing disputes": an
action verb, the object acted on, and a qualifier saying how, where or for what)
and DACUM task writing (one observable action verb, one object, in the present
tense). The parse is small and deterministic:

1. strip lead-ins that are not the performance ("Ability to", "Able to", "Can",
   "Responsible for", a leading bullet or number);
2. the first word is the action verb (a gerund, "Completing", is read as its base
   form "complete"); a compound action joined by "and"/"or"/"&"/"," is kept as one
   action while each joined word is itself a known verb ("complete and submit");
3. the object runs up to the first qualifier word (for, to, in, with, before, so ...);
4. the rest is the qualifier.

Word forms (``gerund``, ``verb_forms``, ``singular``) are spelled by ``planner.text.inflect``; they are
used to write the rewrite and to find the action in a rewrite.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from planner.text.inflect import base_form, gerund, is_verb

from planner.lexicon import words

# Lead-ins that wrap the performance without being it (DACUM: start with the verb).
_LEAD_INS = re.compile(
    r"^(?:(?:the\s+)?ability\s+to|be\s+able\s+to|able\s+to|can|must|should|"
    r"responsible\s+for|in\s+charge\s+of|tasked\s+with|to)\s+",
    re.I,
)
# Words that open the qualifier (O*NET: "... for billing disputes", "... using the CRM").
QUALIFIER_WORDS = words("grounding_qualifier_words")
_OBJECT_STOP = words("grounding_object_stop_words")
_CONJ = {"and", "or", "&", "and/or"}

MAX_SKILL_CHARS = 400  # GroundedTask.original's bound: a skill is one task statement, not a document


def clean_skill(text: object, what: str = "skill") -> str:
    """One skill statement, whitespace collapsed; empty or over-long input is an InputError (exit 2)."""
    from planner.errors import InputError

    if not isinstance(text, str):
        raise InputError(f"the {what} must be text")
    t = " ".join(text.split())
    if not t:
        raise InputError(f"the {what} is empty; give a task statement, e.g. 'Complete and submit the customer information'")
    if len(t) > MAX_SKILL_CHARS:
        raise InputError(
            f"the {what} is {len(t):,} characters; the limit is {MAX_SKILL_CHARS}. Give one task statement "
            "(action, object, context), not a paragraph; put the background in --context."
        )
    return t


@dataclass(frozen=True)
class TaskParts:
    """A skill read as a task statement."""

    text: str  # the statement with its lead-in removed
    verbs: tuple[str, ...]  # base forms, in order: ("complete", "submit")
    action: str  # the action as written in base form: "complete and submit"
    object: str  # "the customer information"
    qualifier: str  # "for billing disputes" ('' when none)
    conjunction: str = "and"


_BULLET = re.compile(r"^(?:[-*•·]|\d+[.)])\s+")


def strip_lead_in(text: str) -> str:
    t = _BULLET.sub("", " ".join((text or "").split()).strip().rstrip(".;:"))
    for _ in range(3):
        new = _LEAD_INS.sub("", t)
        if new == t:
            break
        t = new
    return t


_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’/-]*|&|,|\S")


def parse_task(text: str) -> TaskParts:
    """Split a skill statement into action, object and qualifier (see the module docstring)."""
    t = strip_lead_in(text)
    tokens = _TOKEN.findall(t)
    if not tokens:
        return TaskParts(text=t, verbs=(), action="", object="", qualifier="")
    verbs = [base_form(tokens[0])]
    i = 1
    conj = "and"
    # a compound action: "complete and submit", "review, correct and file", "pick & pack"
    while i + 1 < len(tokens):
        tok = tokens[i].lower()
        if tok in _CONJ or tok == ",":
            j = i + 1
            if j < len(tokens) and tokens[j].lower() in _CONJ:  # ", and"
                j += 1
            # the next word is a verb when the lexicon knows it, or when an article follows it ("X and file the claim")
            known = j < len(tokens) and is_verb(tokens[j])
            # a single word between list separators right after the verb is another verb: "Recruit, hire, train, and evaluate"
            in_list = j + 1 < len(tokens) and tokens[j + 1] in (",", "&") or (j + 1 < len(tokens) and tokens[j + 1].lower() in _CONJ)
            known = known or (in_list and re.match(r"^[a-z]", tokens[j]) is not None)
            before_article = j + 1 < len(tokens) and tokens[j + 1].lower() in ("the", "a", "an", "all", "each", "every", "any")
            if j < len(tokens) and (known or before_article) and j + 1 < len(tokens):
                if tok in ("or",):
                    conj = "or"
                verbs.append(base_form(tokens[j]))
                i = j + 1
                continue
        break
    rest = tokens[i:]
    obj_tokens: list[str] = []
    k = 0
    while k < len(rest):
        if rest[k].lower() in QUALIFIER_WORDS and obj_tokens:
            break
        if rest[k] in (",", ";") and obj_tokens:
            break
        obj_tokens.append(rest[k])
        k += 1
    qualifier = _join(rest[k:]).lstrip(", ").strip()
    if len(verbs) == 1:
        action = verbs[0]
    else:
        action = ", ".join(verbs[:-1]) + f" {conj} " + verbs[-1] if len(verbs) > 2 else f"{verbs[0]} {conj} {verbs[1]}"
    return TaskParts(text=t, verbs=tuple(verbs), action=action, object=_join(obj_tokens), qualifier=qualifier, conjunction=conj)


def _join(tokens: list[str]) -> str:
    out = ""
    for tok in tokens:
        if tok in (",", ";", ":", ".", ")") or not out:
            out += tok
        else:
            out += " " + tok
    return out.strip()


def gerund_action(parts: TaskParts) -> str:
    """The action as a gerund phrase: 'completing and submitting'."""
    forms = [gerund(v) for v in parts.verbs]
    if len(forms) <= 1:
        return forms[0] if forms else ""
    if len(forms) == 2:
        return f"{forms[0]} {parts.conjunction} {forms[1]}"
    return ", ".join(forms[:-1]) + f" {parts.conjunction} " + forms[-1]


def action_verbs(action: str) -> list[str]:
    """The verbs of an action phrase: 'complete and submit' -> ['complete', 'submit']."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", action or "")
    return [base_form(w) for w in words if w.lower() not in _CONJ]


def content_words(text: str) -> list[str]:
    """Words that carry the meaning of an object phrase (articles and possessives dropped)."""
    return [w for w in re.findall(r"[a-z0-9][a-z0-9'’-]*", (text or "").lower()) if w not in _OBJECT_STOP]
