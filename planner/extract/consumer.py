"""Who uses the learners' output downstream (DOMAIN.md: a grounded task names who depends on it).

DACUM / O*NET task analysis: a task has a cue that starts it and an output that
someone uses. The consumer is a role other than the learners that either follows a
downstream cue ("for finance", "before sales reps call", "so the night nurse can") or is
the subject of a consuming verb ("finance has to come back", "drivers wait for").
A role word that modifies a noun ("billing disputes") is not a role.
"""

from __future__ import annotations

import re
from typing import Optional

from planner.extract.context import ROLE_HEADS
from planner.text.inflect import singular

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|[,;:.!?]")
DOWNSTREAM = frozenset("for before so until then to".split())
CONSUMING = re.compile(
    r"^(has|have|had|keeps?|kept|needs?|needed|uses?|used|relies|rely|depends?|reads?|receives?|gets?|asks?|asked|calls?|"
    r"comes?|came|sends?|sent|bounces?|rejects?|can|can't|cannot|must|waits?|waited|complains?|complained|"
    r"ends?|spends?|picks?|chases?|approves?|signs?|works?|reviews?|is|are|was|were)$",
    re.I,
)
NOT_HEAD_AFTER = frozenset("disputes dispute queue system systems process processes data team teams record records note notes code roles role positions position jobs job".split())
EXTRA_HEADS = frozenset("holder holders owner owners office solicitor solicitors barrister barristers dentist dentists "
                        "surveyor surveyors".split())
_NOT_MODIFIER = frozenset("that which who whom whose to for of the a an our their and or but so with by from in on at when after before".split())
EXCLUDE = frozenset("customer customers client clients patient patients student students".split())
_LEAD = frozenset("the our their a an".split())


def _verb(w: str) -> bool:
    from planner.extract.phrases import can_be_verb

    return can_be_verb(w)


def _noun(w: str) -> bool:
    from planner.extract.phrases import can_be_noun

    return can_be_noun(w)


_AUDIT_VERBS = frozenset("found finds find flagged flags noticed spotted audited sampled checked counted measured".split())


def _acts(low: list[str], j: int) -> bool:
    """The role is the subject of its own clause: "pharmacists verify them", "the warranty desk files claims from them"."""
    from planner.extract.phrases import can_be_noun, can_be_verb

    w = low[j]
    if w in _AUDIT_VERBS:
        return False
    if w in NOT_HEAD_AFTER or w in ROLE_HEADS or not w.isalpha() or not can_be_verb(w):
        return False
    nxt = low[j + 1] if j + 1 < len(low) else ""
    # "files claims from them": a verb-or-noun form counts when an object or pronoun follows it
    return not can_be_noun(w) or nxt in ("them", "it", "they", "their", "the", "these", "those", "every", "each", "from", "on", "off", "with") or (w.endswith("s") and nxt.isalpha() and nxt not in ("of", "and", "or"))


def find_consumer(text: str, performer: Optional[str]) -> Optional[str]:
    best: tuple[int, Optional[str]] = (0, None)
    perf = (performer or "").lower()
    perf_head = perf.split()[-1] if perf else ""
    for sentence in re.split(r"(?<=[.!?;])\s+|\n+", text):
        toks = _WORD.findall(sentence)
        low = [t.lower() for t in toks]
        for i, w in enumerate(low):
            if (w not in ROLE_HEADS and w not in EXTRA_HEADS) or w in EXCLUDE:
                continue
            if i + 1 < len(low) and (low[i + 1] in NOT_HEAD_AFTER or low[i + 1] in ROLE_HEADS):
                continue  # a modifier: "billing disputes", "support agents"
            prev = low[i - 1] if i > 0 else ""
            if (i + 1 < len(low) and not w.endswith("s") and low[i + 1].endswith("s") and _noun(low[i + 1])
                    and low[i + 1] not in ("is", "has", "was", "does")
                    and (not _verb(low[i + 1]) or prev.endswith("ing") or prev in ("at", "of", "with", "about", "handle", "take", "answer"))):
                continue  # a singular role before a plural noun modifies it: "driver calls", "customer emails"
            if w in ("team", "teams") and (i == 0 or low[i - 1] in ("the", "our", "my", "of", "whole", "entire")):
                continue  # the learners' own team, not a downstream consumer
            start = i
            while (start > 0 and i - start < 2 and low[start - 1].isalpha() and low[start - 1] not in _NOT_MODIFIER
                   and low[start - 1] not in DOWNSTREAM and not (low[start - 1].endswith("ing") and (start < 2 or low[start - 2] not in _LEAD)) and not (low[start - 1].endswith("s") and low[start - 1] not in ("sales", "operations", "logistics"))):
                start -= 1
            phrase = " ".join(low[start : i + 1])
            if w == "office" and phrase not in ("head office", "back office", "front office", "main office"):
                continue
            role = singular(phrase)
            if perf and (role == perf or singular(w) == singular(perf_head) or role in perf or perf in role):
                continue
            k = start - 1
            while k >= 0 and low[k] in _LEAD:
                k -= 1
            cue = low[k] if k >= 0 else ""
            score = 0
            if cue in DOWNSTREAM:
                score = 3
            elif i + 1 < len(low) and (CONSUMING.match(low[i + 1]) or _acts(low, i + 1)):
                score = 2 if k < 0 or cue in (",", "and", "then", "but", "so") else 1
            if score > best[0]:
                best = (score, role)
    return best[1]
