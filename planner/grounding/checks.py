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
- ``length``: a warning (``warning=True``, still passed) past ``MAX_WORDS`` (45) words. O*NET task statements run about 10 to 25
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
from typing import Optional

from planner.concreteness import score_statement
from planner.extract.context import ROLE_HEADS, same_role
from planner.grounding.parse import action_verbs, content_words, parse_task, strip_lead_in
from planner.models import GroundedTask, GroundingCheck
from planner.text import lemmas as lx
from planner.text.inflect import VERBS, base_form, gerund, singular, verb_forms

from planner.lexicon import words

MAX_WORDS = 45
CHECK_NAMES = ("keeps_action_object", "names_consumer", "names_outcome", "one_behaviour", "length", "performance")
# Verbs the rewrite frame itself uses ("Support the sales rep by ..."): not a second behaviour.
FRAMING_VERBS = words("grounding_framing_verbs")
GENERIC_CONSUMERS = words("grounding_generic_consumers")
_ARTICLES = words("grounding_determiners")


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


# Particles of phrasal verbs ("fill in", "reply to", "close out"): part of the action, not a verb.
_PARTICLES = words("grounding_particles")


def _action_heads(action: str) -> list[str]:
    """The verbs of an action phrase: 'check and close out' -> ['check', 'close']; pronouns and articles dropped."""
    ws = [w for w in lx.words(action) if w not in _CONJ_WORDS]
    return [w for w in ws if w not in _PARTICLES and not lx.is_function_word(w)]


_CONJ_WORDS = words("grounding_conjunctions")


def _is_verb_like(word: str) -> bool:
    """A word that may be a verb: lemminflect knows a VERB reading, or the task-verb list has it."""
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(word.lower()).get("VERB")) or base_form(word) in VERBS


def _opens_with_action(original: str) -> bool:
    """Whether the original skill reads as a task statement (DACUM: it opens with the action verb): its first word is
    a task verb of the list, an inflected verb ("spotting", "replies"), or a word followed by an article or another
    determiner ("reticulate the splines"). An original such as "a site with cranes" or "live hospital wards next door"
    names no action: the task's action then comes from the plan, which the check reports as a warning."""
    ws = lx.words(strip_lead_in(original))
    if not ws or lx.is_function_word(ws[0]):
        return False
    first = ws[0]
    if base_form(first) in VERBS or lx.verb_lemmas(first) & VERBS:
        return True
    if first != base_form(first) and _is_verb_like(first):
        return True
    return len(ws) > 1 and ws[1] in _ARTICLES and _is_verb_like(first)


def check_keeps_action_object(task: GroundedTask) -> GroundingCheck:
    """O*NET/DACUM: a task is an action verb + an object. The action and the object's head are compared by
    lemma ("spotting" is "spot", "charts" is "chart"), in the original skill and in the rewrite."""
    name = "keeps_action_object"
    heads = _action_heads(task.action)
    if not heads:
        return GroundingCheck(name=name, passed=False, reason=f"no action verb is given (the action '{task.action}' names none)")
    original = lx.lemma_set(task.original)
    names_no_action = not _opens_with_action(task.original)
    if not names_no_action:
        missing = [h for h in heads if not lx.shares(h, original)]
        if missing:
            return GroundingCheck(
                name=name, passed=False,
                reason=f"the action '{task.action}' is not the original's: '{task.original}' does not say '{' and '.join(missing)}'",
            )
        parsed = parse_task(task.original)
        if len(parsed.verbs) > 1 and all(_is_verb_like(v) for v in parsed.verbs):  # a compound action stays whole
            have = set().union(*(lx.verb_lemmas(h) | lx.lemmas(h) for h in heads))
            dropped = [v for v in parsed.verbs if not (lx.verb_lemmas(v) | {v}) & have]
            if dropped:
                return GroundingCheck(
                    name=name, passed=False,
                    reason=f"the action '{task.action}' drops '{' and '.join(dropped)}' from the original action '{parsed.action}'",
                )
    rewrite = lx.lemma_set(task.rewritten)
    lost = [h for h in heads if not lx.shares(h, rewrite)]
    if lost:
        return GroundingCheck(
            name=name, passed=False,
            reason=f"the rewrite drops the original action '{' and '.join(lost)}'; keep '{task.action}' (in any tense)",
        )
    obj_head = lx.head(task.object)
    if not obj_head:
        return GroundingCheck(name=name, passed=False, reason=f"no object is given (the object '{task.object}' names nothing)")
    if not names_no_action and not lx.shares(obj_head, original) and not _object_in(task.object, original):
        return GroundingCheck(
            name=name, passed=False,
            reason=f"the object '{task.object}' is not the original's: '{task.original}' does not mention '{obj_head}'",
        )
    if not lx.shares(obj_head, rewrite):
        return GroundingCheck(name=name, passed=False, reason=f"the rewrite drops the original object '{task.object}'")
    if names_no_action:
        return GroundingCheck(
            name=name, passed=True, warning=True,
            reason=f"the original '{task.original}' names no action, so the action '{task.action}' comes from the plan; check it",
        )
    return GroundingCheck(name=name, passed=True, reason=f"keeps the action '{task.action}' and the object '{task.object}'")


def _object_in(obj: str, bag: set[str]) -> bool:
    """Most of the object's constituent content words are in ``bag`` (its head may be a synonym's)."""
    cw = lx.content_words(lx.constituent(obj))
    return bool(cw) and sum(lx.shares(w, bag) for w in cw) * 2 >= len(cw) + 1


# Words of a consumer phrase that name nobody in particular.
_CONSUMER_FILLER = words("grounding_consumer_filler")


def check_names_consumer(task: GroundedTask, performer: Optional[str] = None) -> GroundingCheck:
    """DOMAIN.md: the person or step downstream that consumes the output; not the performer; named in the rewrite.
    The rewrite names it when a content word of one of the consumer's members appears there, by lemma."""
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
    if cw and cw[0] in VERBS and base_form(cw[0]) == cw[0] and singular(cw[-1]) not in ROLE_HEADS and cw[-1] not in ROLE_HEADS:
        return GroundingCheck(
            name=name, passed=False,
            reason=f"'{consumer}' is an action, not a consumer; name the role or step that uses the output (e.g. 'sales rep')",
        )
    members = lx.parts(consumer) or [consumer]
    if performer and all(same_role(m, performer) for m in members):
        return GroundingCheck(
            name=name, passed=False,
            reason=f"the consumer '{consumer}' is the performer ('{performer}'); name who uses the output downstream",
        )
    rewrite = lx.lemma_set(task.rewritten)
    for m in members:
        content = lx.content_words(lx.constituent(m))
        core = [w for w in content if w not in _CONSUMER_FILLER] or content  # "the team" alone is still named by "team"
        if any(lx.shares(w, rewrite) for w in core):
            return GroundingCheck(name=name, passed=True, reason=f"names the consumer '{consumer}'")
    return GroundingCheck(name=name, passed=False, reason=f"the rewrite does not name the consumer '{consumer}'")


# How a sentence states its purpose, in the languages plans are written in.
OUTCOME_MARKERS = re.compile(
    r"\b(so that|so|in order to|to let|to enable|enabling|which lets|that lets|letting|allowing|ensuring|so they|so it|"
    r"damit|sodass|so dass|um|para que|para|de modo que|de forma que|a fin de|pour que|pour|afin que|afin de|de sorte que|"
    r"perché|affinché|per|zodat|om)\b",
    re.I,
)


def check_names_outcome(task: GroundedTask) -> GroundingCheck:
    """DOMAIN.md: the outcome the consumer needs. The rewrite states a purpose ("so ...", "damit ...", "para que ...")
    and shares content with the outcome field, by lemma: the same outcome, not the same string. Words the outcome
    shares with the action, the object or the consumer do not count: they are in the rewrite anyway."""
    name = "names_outcome"
    outcome = (task.outcome or "").strip()
    if len(lx.words(outcome)) < 3:
        return GroundingCheck(
            name=name, passed=False,
            reason="no outcome: say what the consumer needs the output for",
        )
    marker = OUTCOME_MARKERS.search(task.rewritten or "")
    if not marker:
        return GroundingCheck(
            name=name, passed=False, reason="the rewrite does not state the outcome; end it with 'so ...' naming what the consumer gets",
        )
    after = lx.lemma_set(task.rewritten[marker.start():])
    rewrite = lx.lemma_set(task.rewritten)
    task_words = lx.lemma_set(f"{task.action} {task.object}")
    consumer_words = lx.lemma_set(task.consumer or "")
    wanted = [w for w in lx.content_words(outcome) if not lx.shares(w, task_words)]
    # in the purpose clause; or anywhere, by a word that is not the consumer's ("so audits pass" is not "the rep has ...")
    stated = any(lx.shares(w, after) for w in wanted) or any(lx.shares(w, rewrite) for w in wanted if not lx.shares(w, consumer_words))
    if wanted and not stated:
        return GroundingCheck(name=name, passed=False, reason=f"the rewrite does not state the outcome '{outcome}'")
    return GroundingCheck(name=name, passed=True, reason=f"names the outcome '{outcome}'")


# Objects that refer back to the task's own object ("route the rest", "check them"): the same behaviour.
_ANAPHORA = words("grounding_anaphora")


def check_one_behaviour(task: GroundedTask) -> GroundingCheck:
    """DACUM: one task per statement; O*NET: one action per task statement. A second behaviour is a coordinated
    verb, before the purpose clause, acting on something other than the task's object; what follows "so ..."
    is the consumer's part, and a step on the same object ("approve orders ... and route the rest") is the task's."""
    name = "one_behaviour"
    text = (task.rewritten or "").strip()
    if "\n" in text or re.search(r"(^|\s)([-*•]|\d+[.)])\s", text):
        return GroundingCheck(name=name, passed=False, reason="the rewrite is a list; write one task as one sentence")
    body = text.rstrip(".!? ")
    if re.search(r"[.!?;]\s+\S", re.sub(r"\b(e\.g|i\.e|etc|vs|approx|no)\.", "", body)):
        return GroundingCheck(name=name, passed=False, reason="the rewrite has more than one sentence; write one task as one sentence")
    from planner.rules import looks_english

    if not looks_english(body):
        return GroundingCheck(name=name, passed=True, reason="one sentence (a second action is looked for in English only)")
    marker = OUTCOME_MARKERS.search(body)
    main = re.sub(r"\([^)]*\)", " ", body[: marker.start()] if marker else body)
    allowed = set(action_verbs(task.action)) | FRAMING_VERBS
    allowed_lemmas = set().union(*(lx.verb_lemmas(v) | {v} for v in allowed)) if allowed else set()
    own = lx.lemma_set(task.object)
    extra: list[str] = []
    parts = re.split(r"(,\s*(?:and then|and|or|then)?\s*|\s+(?:and then|and|or|then)\s+)", main, flags=re.I)
    for i in range(2, len(parts), 2):
        sep, ws = parts[i - 1].lower(), _words(parts[i])
        while ws and ws[0] in ("also", "then"):
            ws = ws[1:]
        if not ws or ws[0] in ("so", "by", "to"):
            continue
        first = ws[0]
        base = base_form(first)
        if base not in VERBS or (lx.verb_lemmas(first) | {base}) & allowed_lemmas:
            continue
        obj_words = [w for w in ws[1:6] if not lx.is_function_word(w)]
        same_object = (len(ws) > 1 and (ws[1] in _ANAPHORA or ws[1:3] == ["the", "rest"])) or any(lx.shares(w, own) for w in obj_words[:3])
        if same_object:
            continue
        if first == base:
            followed_by_article = len(ws) > 1 and ws[1] in _ARTICLES
            if len(ws) > 1 and ("," in sep or "then" in sep or followed_by_article):  # a lone word is a list item
                extra.append(first)
        elif first.endswith("ing") and sep.strip() in ("and", "or", "and then", "then"):
            prev_gerunds = [w for w in _words(parts[i - 2]) if w.endswith("ing")]
            if prev_gerunds and prev_gerunds[-1] in {gerund(v) for v in allowed}:  # "by completing X and calling Y"
                extra.append(first)
    if extra:
        in_original = [w for w in extra if _has_verb(_words(task.original), base_form(w))]
        if in_original and len(in_original) == len(extra):
            return GroundingCheck(
                name=name, passed=False,
                reason=f"the original itself holds more than one task ('{task.action}' and {', '.join(repr(w) for w in extra)}); "
                "split it into one skill per task",
            )
        return GroundingCheck(
            name=name, passed=False,
            reason=f"the rewrite adds another action ({', '.join(extra)}) on a different object; keep one task: '{task.action}' and its object",
        )
    return GroundingCheck(name=name, passed=True, reason="one sentence, one task")


def check_length(task: GroundedTask, max_words: int = MAX_WORDS) -> GroundingCheck:
    """Past ``MAX_WORDS`` a statement gets hard to hold in mind: a warning for the author, not a failure (issue 15:
    a complete sentence of 46 words is still one task)."""
    n = len(re.findall(r"\S+", task.rewritten or ""))
    if n > max_words:
        return GroundingCheck(
            name="length", passed=True, warning=True, reason=f"the task runs to {n} words; over {max_words} it may read better shortened",
        )
    return GroundingCheck(name="length", passed=True, reason=f"{n} words (limit {max_words})")


def _performance(text: str) -> tuple[bool, str]:
    """The statement checker's performance component (Mager: an observable action) for one task statement."""
    comp = score_statement(text).components["performance"]
    return comp.score >= 0.5, comp.reason or f"performance score {comp.score:.2f}"


def check_performance(task: GroundedTask) -> GroundingCheck:
    """Mager: a performance someone can see. The task's own statement (action, object, qualifier)
    is scored, not the support frame around it, so "Support the rep by understanding..." cannot pass
    on the strength of "support"."""
    core = f"{task.action} {task.object}".strip()
    from planner.rules import NON_OBSERVABLE_OTHER, looks_english

    if not looks_english(f"{core} {task.rewritten}"):  # the suite reads English; Mager's verbs are checked in any language
        verb = next((v for v in NON_OBSERVABLE_OTHER if v in lx.words(task.action)), None)
        if verb:
            return GroundingCheck(name="performance", passed=False, reason=f"'{verb}' is not observable (Mager): nobody can see it happen")
        return GroundingCheck(name="performance", passed=True, reason="an action in another language (the English rules were not applied)")
    parsed = parse_task(task.original)
    if parsed.qualifier and _contains_object(task.original, task.object):
        core = f"{core} {parsed.qualifier}"
    ok, why = _performance(core[:1].upper() + core[1:])
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
