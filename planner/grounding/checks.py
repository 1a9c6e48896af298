"""Deterministic grounding checks, run on every grounded task (offline or LLM-written).

A grounded task keeps the original action and adds the workflow, the person or step
downstream that consumes the output, and the outcome that step needs (../shared/DOMAIN.md,
"Skills must be grounded in the workflow"). The checks, in order:

- ``keeps_action_object``: the rewrite keeps the original action verb(s) and object.
  O*NET task statements and DACUM task writing: a task is an action verb + an object
  (+ a qualifier); a rewrite that changes either is a different task.
- ``names_consumer``: a consumer is named, it is not the performer, and the rewrite
  names it. DOMAIN.md: "the person or step downstream that consumes the output".
- ``names_outcome``: an outcome is given and the rewrite states it ("so ...", "so that ...").
  DOMAIN.md: "the outcome that step needs"; a task without one has no line of sight.
- ``one_behaviour``: one sentence, one task: no list, no second unrelated action. The
  original's compound action ("complete and submit") is allowed. DACUM: one task per
  statement; O*NET: one action per task statement.
- ``length``: at most ``MAX_WORDS`` (45) words. O*NET task statements run about 10 to 25
  words; a grounding clause and an outcome clause roughly double that, and past 45 words
  a statement stops being one task a person can hold in mind.
- ``performance``: the task passes the concreteness suite's performance check
  (``planner.concreteness.score_statement(...).components["performance"]``, score >= 0.5;
  Mager: an observable performance). The suite scores the task's own statement (action +
  object + qualifier), not the "Support <consumer> by ..." frame around it: the suite reads
  the first verb, and "support" would hide "understanding" behind it. Without the suite,
  ``planner.rules`` (non-observable verbs; a change verb with an abstract object).
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from planner.grounding.context import ROLE_HEADS, same_role
from planner.grounding.parse import VERBS, _base, action_verbs, content_words, gerund, parse_task, singular, verb_forms
from planner.models import GroundedTask, GroundingCheck

MAX_WORDS = 45
CHECK_NAMES = ("keeps_action_object", "names_consumer", "names_outcome", "one_behaviour", "length", "performance")
# Verbs the rewrite frame itself uses ("Support the sales rep by ..."): not a second behaviour.
FRAMING_VERBS = frozenset({"support", "help", "enable", "serve", "assist", "equip", "let", "allow"})
GENERIC_CONSUMERS = frozenset(
    {"someone", "somebody", "others", "other people", "people", "stakeholders", "the business", "the company", "everyone",
     "users", "the team", "team", "management", "n/a", "none", "unknown", "tbd", "downstream", "the next step"}
)
_ARTICLES = frozenset({"the", "a", "an", "all", "each", "every", "any", "their", "its", "his", "her", "our", "new", "it", "them"})
OUTCOME_MARKERS = re.compile(r"\b(so that|so|in order to|to let|to enable|enabling|which lets|letting|ensuring|so they|so it)\b", re.I)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9][a-z0-9'’-]*", (text or "").lower())


def _norm(text: str) -> str:
    return " ".join(_words(text))


def _has_verb(text_words: list[str], verb: str) -> bool:
    forms = verb_forms(verb)
    return any(w in forms for w in text_words)


def _contains_object(text: str, obj: str) -> bool:
    """The object's content words appear in the text, in order (articles may differ)."""
    cw = content_words(obj)
    if not cw:
        return False
    text_cw = content_words(text)
    it = iter(text_cw)
    return all(any(singular(w) == singular(t) for t in it) for w in cw)


def check_keeps_action_object(task: GroundedTask) -> GroundingCheck:
    name = "keeps_action_object"
    original_words = _words(task.original)
    verbs = action_verbs(task.action)
    parsed = parse_task(task.original)
    if not verbs:
        return GroundingCheck(name=name, passed=False, reason="no action verb is given")
    missing_in_original = [v for v in verbs if not _has_verb(original_words, v)]
    if missing_in_original:
        return GroundingCheck(
            name=name, passed=False,
            reason=f"the action '{task.action}' is not the original's (the original's action is '{parsed.action}')",
        )
    if not _contains_object(task.original, task.object):
        return GroundingCheck(
            name=name, passed=False,
            reason=f"the object '{task.object}' is not the original's (the original's object is '{parsed.object}')",
        )
    # the action must be the original's whole action, not part of it
    dropped = [v for v in parsed.verbs if v not in verbs]
    if dropped and parsed.verbs:
        return GroundingCheck(
            name=name, passed=False,
            reason=f"the action '{task.action}' drops '{' and '.join(dropped)}' from the original action '{parsed.action}'",
        )
    rw = _words(task.rewritten)
    lost_verbs = [v for v in verbs if not _has_verb(rw, v)]
    if lost_verbs:
        return GroundingCheck(
            name=name, passed=False,
            reason=f"the rewrite drops the original action '{' and '.join(lost_verbs)}'; keep '{task.action}' (in any tense)",
        )
    if not _contains_object(task.rewritten, task.object):
        return GroundingCheck(
            name=name, passed=False, reason=f"the rewrite drops the original object '{task.object}'; keep it word for word",
        )
    return GroundingCheck(name=name, passed=True, reason=f"keeps the action '{task.action}' and the object '{task.object}'")


def check_names_consumer(task: GroundedTask, performer: Optional[str] = None) -> GroundingCheck:
    name = "names_consumer"
    consumer = (task.consumer or "").strip()
    if not consumer:
        return GroundingCheck(
            name=name, passed=False,
            reason="no consumer: the context does not say who uses the output; name the person, role or next step downstream",
        )
    if consumer.lower() in GENERIC_CONSUMERS or _norm(consumer) in GENERIC_CONSUMERS:
        return GroundingCheck(name=name, passed=False, reason=f"'{consumer}' is not a specific consumer; name the role or next step")
    cw = _words(consumer)
    if cw and cw[0] in VERBS and _base(cw[0]) == cw[0] and singular(cw[-1]) not in ROLE_HEADS and cw[-1] not in ROLE_HEADS:
        return GroundingCheck(
            name=name, passed=False,
            reason=f"'{consumer}' is an action, not a consumer; name the role or step that uses the output (e.g. 'sales rep')",
        )
    if performer and same_role(consumer, performer):
        return GroundingCheck(
            name=name, passed=False,
            reason=f"the consumer '{consumer}' is the performer ('{performer}'); name who uses the output downstream",
        )
    head = singular(_words(consumer)[-1]) if _words(consumer) else ""
    if head and not any(singular(w) == head for w in _words(task.rewritten)):
        return GroundingCheck(name=name, passed=False, reason=f"the rewrite does not name the consumer '{consumer}'")
    return GroundingCheck(name=name, passed=True, reason=f"names the consumer '{consumer}'")


def check_names_outcome(task: GroundedTask) -> GroundingCheck:
    name = "names_outcome"
    outcome = (task.outcome or "").strip()
    if len(_words(outcome)) < 3:
        return GroundingCheck(
            name=name, passed=False,
            reason="no outcome: say what the consumer needs the output for (e.g. 'so the rep has what the next call needs')",
        )
    if not OUTCOME_MARKERS.search(task.rewritten):
        return GroundingCheck(
            name=name, passed=False, reason="the rewrite does not state the outcome; end it with 'so ...' naming what the consumer gets",
        )
    generic = {"so", "that", "can", "has", "have", "what", "they", "it", "need", "needs", "to", "is", "are", "be", "and", "or", "for", "with"}
    ow = {singular(w) for w in content_words(outcome)} - generic
    after = task.rewritten[OUTCOME_MARKERS.search(task.rewritten).start():]
    rw = {singular(w) for w in content_words(after)}
    if ow and len(ow & rw) * 2 < len(ow):  # most of the outcome's words, after the "so"
        return GroundingCheck(name=name, passed=False, reason=f"the rewrite does not state the outcome '{outcome}' after 'so'")
    return GroundingCheck(name=name, passed=True, reason=f"names the outcome '{outcome}'")


def check_one_behaviour(task: GroundedTask) -> GroundingCheck:
    name = "one_behaviour"
    text = (task.rewritten or "").strip()
    if "\n" in text or re.search(r"(^|\s)([-*•]|\d+[.)])\s", text):
        return GroundingCheck(name=name, passed=False, reason="the rewrite is a list; write one task as one sentence")
    body = text.rstrip(".!? ")
    if re.search(r"[.!?;]\s+\S", body):
        return GroundingCheck(name=name, passed=False, reason="the rewrite has more than one sentence; write one task as one sentence")
    allowed = set(action_verbs(task.action)) | FRAMING_VERBS
    extra: list[str] = []
    # each coordinated segment that opens with a verb is a behaviour; only the original's verbs are allowed
    # "to <verb>" is a purpose (O*NET's qualifier), ", using the CRM" a participle: neither is a second task;
    # a base-form verb opening a segment ("..., and call the prospect") or a gerund coordinated with "and"/"or"
    # ("by completing the form and calling the prospect") is.
    # Nouns that look like verbs ("purchase orders", "product or service offerings") are not counted: a base-form
    # verb counts after a comma ("..., and recommend changes") or before an article ("and call the prospect").
    allowed_gerunds = {gerund(v) for v in allowed}
    parts = re.split(r"(,\s*(?:and then|and|or|then)?\s*|\s+(?:and then|and|or|then)\s+)", body, flags=re.I)
    for i in range(2, len(parts), 2):
        sep, words = parts[i - 1].lower(), _words(parts[i])
        while words and words[0] in ("also", "then"):
            words = words[1:]
        if not words or words[0] in ("so", "by", "to"):
            continue
        first = words[0]
        base = _base(first)
        if base not in VERBS or base in allowed:
            continue
        if first == base:
            followed_by_article = len(words) > 1 and words[1] in _ARTICLES
            if len(words) > 1 and ("," in sep or "then" in sep or followed_by_article):  # a lone word is a list item
                extra.append(first)
        elif first.endswith("ing") and sep.strip() in ("and", "or", "and then", "then"):
            prev_gerunds = [w for w in _words(parts[i - 2]) if w.endswith("ing")]
            if prev_gerunds and prev_gerunds[-1] in allowed_gerunds:  # "by completing X and calling Y"
                extra.append(first)
    if extra:
        in_original = [w for w in extra if _has_verb(_words(task.original), _base(w))]
        if in_original and len(in_original) == len(extra):
            return GroundingCheck(
                name=name, passed=False,
                reason=f"the original itself holds more than one task ('{task.action}' and {', '.join(repr(w) for w in extra)}); "
                "split it into one skill per task",
            )
        return GroundingCheck(
            name=name, passed=False,
            reason=f"the rewrite adds other actions ({', '.join(extra)}); keep one task: '{task.action}' and its object",
        )
    return GroundingCheck(name=name, passed=True, reason="one sentence, one task")


def check_length(task: GroundedTask, max_words: int = MAX_WORDS) -> GroundingCheck:
    n = len(re.findall(r"\S+", task.rewritten or ""))
    if n > max_words:
        return GroundingCheck(name="length", passed=False, reason=f"{n} words; keep the rewrite to {max_words} words or fewer")
    return GroundingCheck(name="length", passed=True, reason=f"{n} words (limit {max_words})")


def _performance_scorer() -> Callable[[str], tuple[bool, str]]:
    """The concreteness suite's performance component; the rules fallback until it exists."""
    try:
        from planner.concreteness import score_statement  # the concreteness engineer's module
    except ImportError:
        score_statement = None
    if score_statement is not None:

        def by_suite(text: str) -> tuple[bool, str]:
            comp = score_statement(text).components.get("performance")
            if comp is None:
                return True, "no performance component reported"
            get = comp.get if isinstance(comp, dict) else (lambda k, d=None: getattr(comp, k, d))
            score = float(get("score", 0.0) or 0.0)
            reason = str(get("reason", "") or "")
            return score >= 0.5, reason or f"performance score {score:.2f}"

        return by_suite

    from planner.rules import ABSTRACT_OBJECTS, NON_OBSERVABLE, VAGUE_CHANGE, vague_goal_problem

    def by_rules(text: str) -> tuple[bool, str]:
        low = text.lower()
        for verb in NON_OBSERVABLE:  # Mager: nobody can see a person understand
            if re.match(rf"^{re.escape(verb)}\b", low):
                return False, f"'{verb}' is not observable (Mager): nobody can see a person {verb}"
        for verb in VAGUE_CHANGE:  # DOMAIN.md "too broad": a change verb with an abstract object is a wish
            if re.match(rf"^{re.escape(verb)}\b", low):
                obj = " ".join(low[len(verb):].split()[:4])
                if any(a in obj for a in ABSTRACT_OBJECTS):
                    return False, f"'{verb}' with an abstract object ('{obj}') is a wish, not a performance"
        problem = vague_goal_problem(text)
        # a task statement may be short (O*NET: "Label outbound pallets"); brevity alone is not vagueness
        if problem and not problem.startswith("it is only a few words"):
            return False, problem
        return True, "an observable action"

    return by_rules


def check_performance(task: GroundedTask) -> GroundingCheck:
    """Mager: a performance someone can see. The task's own statement (action, object, qualifier)
    is scored, not the support frame around it, so "Support the rep by understanding..." cannot pass
    on the strength of "support"."""
    core = f"{task.action} {task.object}".strip()
    parsed = parse_task(task.original)
    if parsed.qualifier and _contains_object(task.original, task.object):
        core = f"{core} {parsed.qualifier}"
    ok, why = _performance_scorer()(core[:1].upper() + core[1:])
    return GroundingCheck(name="performance", passed=ok, reason=why if not ok else f"'{core}' is an observable performance")


def run_checks(task: GroundedTask, performer: Optional[str] = None) -> list[GroundingCheck]:
    """All grounding checks on one task, in ``CHECK_NAMES`` order."""
    return [
        check_keeps_action_object(task),
        check_names_consumer(task, performer),
        check_names_outcome(task),
        check_one_behaviour(task),
        check_length(task),
        check_performance(task),
    ]


def failed(checks: list[GroundingCheck]) -> list[GroundingCheck]:
    return [c for c in checks if not c.passed]
