"""What the problem context says about a task's place in the workflow.

The offline evaluator reads the ProblemFrame that ``planner.extract`` builds (the same
extraction as the offline plan provider): ``workflow``, ``consumer``, ``consumer_need``
and ``audience_role`` are used first. Where the frame leaves one empty, the context
text itself (``frame.text``) is read with a few explicit patterns, never guessed:

- the consumer is a role named *downstream* of the performer: after "before", "for",
  "to", "so (that)", "until", "then", or as the subject of a consuming verb ("finance
  uses", "the nurse relies on"). A role named after "when", "after", "once" is upstream:
  it is read as the trigger, not the consumer (DACUM: a task has a cue that starts it and
  an output someone uses).
- the consumer's next step is the verb phrase that follows the consumer ("before sales
  reps *call prospects*", "so that finance can *approve refunds*").
- the workflow is the performer's own clause in that sentence, as a gerund phrase
  ("Sales support coordinators prepare customer records before ..." -> "preparing
  customer records before ...").

When nothing names a consumer, the consumer stays None: the evaluator says so as an
open question instead of inventing one (issue 4).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from planner.lexicon import phrases, words
from planner.text.inflect import base_form, gerund, is_verb, singular

# Departments and groups: referred to as "it"; departments are written without "the" when bare ("finance").
_BARE_GROUPS = words("context_department_names")
GROUP_HEADS = words("context_group_nouns") | _BARE_GROUPS
# Heads of role phrases: people, teams and departments that consume work outputs.
ROLE_HEADS = words("context_role_nouns") | GROUP_HEADS

_STOP = words("context_stop_words")
DOWNSTREAM_CUES = phrases("context_downstream_cues")
UPSTREAM_CUES = phrases("context_upstream_cues")
CONSUMING_VERBS = words("context_consuming_verbs")
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*|[.,;:!?]")


@dataclass
class RolePhrase:
    text: str  # "sales reps"
    start: int  # token index of the first word
    end: int  # token index after the head


@dataclass
class Placement:
    """Where a task sits, as far as the context says."""

    performer: Optional[str] = None
    consumer: Optional[str] = None  # singular: "sales rep"
    consumer_step: Optional[str] = None  # "call prospects"
    consumer_need: Optional[str] = None
    consumer_friction: Optional[str] = None  # "follow-up questions": what the consumer has to chase today
    workflow: Optional[str] = None
    trigger: Optional[str] = None
    sources: dict[str, str] = field(default_factory=dict)  # field -> "frame" | "context"


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text or "") if s.strip()]


def _role_phrases(tokens: list[str]) -> list[RolePhrase]:
    out: list[RolePhrase] = []
    for i, tok in enumerate(tokens):
        if tok.lower() not in ROLE_HEADS:
            continue
        if i + 1 < len(tokens) and tokens[i + 1].lower() in ROLE_HEADS and tokens[i + 1].lower() not in _BARE_GROUPS:
            continue  # "billing team": the head is the next word
        j = i
        while j > 0 and i - j < 3:
            prev = tokens[j - 1]
            after_article = j >= 2 and tokens[j - 2].lower() in ("the", "a", "an", "our", "their", "each", "every")
            verb_like = is_verb(prev) and prev.lower() not in ROLE_HEADS and prev.lower() not in ("sales", "support", "service", "night", "day")
            # "agents call customers": a verb before a role is not part of it; "the store manager" is
            if not re.match(r"^[A-Za-z0-9][A-Za-z0-9'’-]*$", prev) or prev.lower() in _STOP or (verb_like and not after_article):
                break
            j -= 1
        out.append(RolePhrase(text=" ".join(tokens[j : i + 1]), start=j, end=i + 1))
    # "customer" inside "customer service reps" is not a role of its own
    return [p for p in out if not any(q is not p and q.start <= p.start and p.end <= q.end for q in out)]


def same_role(a: Optional[str], b: Optional[str]) -> bool:
    """True when two role phrases name the same role ('support agents' ~ 'tier-1 support agent')."""
    if not a or not b:
        return False
    wa = [w for w in singular(a.lower()).replace("-", " ").split() if w not in _STOP]
    wb = [w for w in singular(b.lower()).replace("-", " ").split() if w not in _STOP]
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    if singular(wa[-1]) != singular(wb[-1]):
        return False
    shorter, longer = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return set(shorter) <= set(longer)


def _cue_before(tokens: list[str], idx: int) -> Optional[str]:
    """The nearest cue word within four tokens before ``idx`` ('before', 'so that', 'when' ...)."""
    for k in range(idx - 1, max(-1, idx - 5), -1):
        w = tokens[k].lower()
        two = f"{tokens[k - 1].lower()} {w}" if k > 0 else w
        if two in ("so that", "as soon") or w in UPSTREAM_CUES or w in DOWNSTREAM_CUES:
            return two if two in ("so that",) else w
        if w in (".", ";", ",") and k < idx - 1:
            return None
    return None


def _step_after(tokens: list[str], end: int) -> Optional[str]:
    """The verb phrase following a role: 'call prospects' in '... sales reps call prospects.'"""
    k = end
    if k + 1 < len(tokens) and tokens[k] == "," and tokens[k + 1].lower() in ("who", "which"):
        k += 2  # "for the partners, who use them to negotiate"
    modal = False
    while k < len(tokens) and tokens[k].lower() in ("can", "will", "could", "to", "then", "must", "need", "needs"):
        modal = True
        k += 1
    if k >= len(tokens) or not re.match(r"^[A-Za-z]", tokens[k]):
        return None
    # after a role subject ("before the servers carry ..."), the next word is its verb: a noun would be part of the role phrase
    plain_word = tokens[k].lower() not in _STOP and tokens[k].lower() not in ROLE_HEADS and not tokens[k][:1].isupper()
    if not (modal or is_verb(tokens[k]) or plain_word):
        return None
    words = [base_form(tokens[k]) if is_verb(tokens[k]) else tokens[k].lower()]
    k += 1
    while k < len(tokens) and re.match(r"^[A-Za-z]", tokens[k]) and len(words) < 8:
        if tokens[k].lower() in ("and", "but", "while", "because", "so", "when", "after", "before", "which"):
            break
        words.append(tokens[k])
        k += 1
    step = " ".join(words)
    # "use them to negotiate with clients" -> "negotiate with clients": the use is the step
    return re.sub(r"^(use|need|rely on|depend on)\s+(it|them|this|these|the \w+)\s+(to|for)\s+", "", step, flags=re.I) or step


def _finite_verb(word: str) -> bool:
    """A verb in the present tense ('escalate', 'prepares'), not an -ing or -ed form used as a modifier."""
    low = word.lower()
    return is_verb(low) and not low.endswith(("ing", "ed"))


def _performer_clause(tokens: list[str], performer: Optional[str]) -> Optional[str]:
    """The sentence without its performer subject, as a gerund phrase ('preparing customer records ...')."""
    phrases = _role_phrases(tokens)
    if not phrases or phrases[0].start > 1:
        return None
    first = phrases[0]
    if performer and not same_role(first.text, performer):
        return None
    k = first.end
    if k < len(tokens) and tokens[k].lower() in ("on", "in", "at", "from", "of"):  # "agents on the billing queue escalate"
        j = k + 1
        while j < len(tokens) and j - k <= 5 and not _finite_verb(tokens[j]):
            j += 1
        if j < len(tokens) and j - k <= 5:
            k = j
    while k < len(tokens) and tokens[k].lower() in ("often", "usually", "always", "then", "also", "currently", "now"):
        k += 1
    if k >= len(tokens) or not _finite_verb(tokens[k]):
        return None
    words = [gerund(base_form(tokens[k]))]
    rest = tokens[k + 1 :]
    for i, tok in enumerate(rest):
        low = tok.lower()
        if tok in (".", ";", "!", "?") or len(words) >= 14:
            break
        if low in ("because", "but") or (low == "so" and i > 0) or (tok == "," and i + 1 < len(rest) and rest[i + 1].lower() in ("so", "but", "which", "who")):
            break  # the outcome or an aside, not the workflow
        words.append(tok if tok != "," else ",")
    return re.sub(r"\s+,", ",", " ".join(words)).strip(" ,")


def _trigger(sents: list[list[str]]) -> Optional[str]:
    for tokens in sents:
        low = [t.lower() for t in tokens]
        for i, w in enumerate(low):
            if w in ("when", "whenever", "once", "after") and i + 1 < len(tokens):
                words = [tokens[i]]
                for tok in tokens[i + 1 :]:
                    if tok in (".", ";", ",", "!", "?") or len(words) >= 12:
                        break
                    words.append(tok)
                if len(words) > 2:
                    return " ".join(words).lower()
    return None


def place(frame: object) -> Placement:
    """Read the performer, consumer, consumer's step, workflow and trigger from a ProblemFrame."""
    text = getattr(frame, "text", "") or ""
    p = Placement()
    p.performer = getattr(frame, "audience_role", None) or None
    if p.performer:
        p.sources["performer"] = "frame"
    sents = [_WORD.findall(s) for s in sentences(text)]
    if not p.performer:
        for tokens in sents:
            phrases = _role_phrases(tokens)
            if phrases and phrases[0].start <= 1:
                p.performer = singular(phrases[0].text.lower())
                p.sources["performer"] = "context"
                break
    frame_consumer = getattr(frame, "consumer", None)
    if frame_consumer:  # the extractor may write "the sales reps": kept as one singular role, "sales rep"
        words = frame_consumer.split()
        while len(words) > 1 and words[0].lower() in _STOP | {"but"}:  # "but finance", "that quality auditors"
            words = words[1:]
        p.consumer = singular(" ".join(words))
        p.sources["consumer"] = "frame"
    need = getattr(frame, "consumer_need", None)
    if need:
        p.consumer_need = need
        p.sources["consumer_need"] = "frame"
    for tokens in sents:
        for ph in _role_phrases(tokens):
            if same_role(ph.text, p.performer):
                continue
            cue = _cue_before(tokens, ph.start)
            consuming = ph.end < len(tokens) and tokens[ph.end].lower() in CONSUMING_VERBS and cue not in UPSTREAM_CUES
            if cue in UPSTREAM_CUES or not (cue in DOWNSTREAM_CUES or cue == "so that" or consuming):
                continue
            if p.consumer and not same_role(ph.text, p.consumer):
                continue
            if not p.consumer:
                p.consumer = singular(ph.text.lower())
                p.sources["consumer"] = "context"
            step = _step_after(tokens, ph.end)
            if step and not p.consumer_step:
                p.consumer_step = step
            if not p.workflow:
                clause = _performer_clause(tokens, p.performer)
                if clause:
                    p.workflow = clause
                    p.sources["workflow"] = "context"
        if p.consumer and p.consumer_step:
            break
    if not p.workflow:
        for tokens in sents:
            clause = _performer_clause(tokens, p.performer)
            if clause:
                p.workflow = clause
                p.sources["workflow"] = "context"
                break
    frame_workflow = getattr(frame, "workflow", None)
    if frame_workflow and not (p.workflow and frame_workflow.lower() in p.workflow.lower()):
        # the extractor's workflow wins, unless the performer's clause holds it with its verb
        # ("customer records before ..." -> "preparing customer records before ...")
        p.workflow = frame_workflow
        p.sources["workflow"] = "frame"
    if p.consumer and not (p.consumer_step or p.consumer_need):
        p.consumer_friction = _friction(text, p.consumer)
    p.trigger = _trigger(sents)
    return p


# What a consumer chases when the output is incomplete (DOMAIN.md: "finance can act on without follow-up questions").
_FRICTION = re.compile(r"\b(follow[- ]up questions?|come[s]? back with (?:questions|follow[- ]ups?)|chase[sd]? (?:the )?missing|rework)\b", re.I)


def _friction(text: str, consumer: str) -> Optional[str]:
    head = singular(consumer.split()[-1].lower())
    for sent in sentences(text):
        words = {singular(w.lower()) for w in _WORD.findall(sent)}
        m = _FRICTION.search(sent)
        if head in words and m:
            return "rework" if m.group(1).lower() == "rework" else "follow-up questions"
    return None


def friction(text: str, consumer: str) -> Optional[str]:
    """What the consumer has to chase today ("follow-up questions", "rework"), or None (public: the plan's tasks read it)."""
    return _friction(text, consumer)


BARE_GROUPS = _BARE_GROUPS  # departments written without "the" ("finance")


def short_name(consumer: str) -> str:
    """How the rewrite refers back to the consumer: 'sales rep' -> 'the rep', 'finance' -> 'finance'."""
    words = consumer.split()
    head = words[-1].lower() if words else consumer
    if head in _BARE_GROUPS and len(words) == 1:
        return consumer
    if head in ("team", "department", "desk", "crew") and len(words) > 1:
        return f"the {head}"
    return f"the {head}"


def with_article(consumer: str) -> str:
    low = consumer.lower()
    if low.startswith(("the ", "a ", "an ", "our ", "their ", "each ", "every ")):
        return consumer
    if low in _BARE_GROUPS:
        return consumer
    return f"the {consumer}"


def pronoun(consumer: str) -> str:
    head = consumer.split()[-1].lower() if consumer.split() else ""
    return "it" if head in GROUP_HEADS else "they"
