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
    r"ends?|spends?|takes?|took|picks?|chases?|approves?|signs?|works?|reviews?|is|are|was|were)$",
    re.I,
)
NOT_HEAD_AFTER = frozenset("disputes dispute queue system systems process processes data team teams record records note notes code roles role positions position jobs job".split())
EXTRA_HEADS = frozenset("holder holders owner owners office solicitor solicitors barrister barristers dentist dentists "
                        "surveyor surveyors unit units staff scientist scientists exec execs applicant applicants "
                        "sister sisters matron matrons vet vets adjuster adjusters barrister barristers crew crews".split())
# "sent back by the payments tech lead", "get caught by the pharmacists": the role that receives and rejects the output
_RECEIVED_BY = frozenset("back rejected returned caught bounced checked approved signed".split())
# group heads whose modifiers may be plural ("the special investigations unit", "the accounts payable team")
_GROUPS = frozenset("unit units team teams desk department office crew".split())
# a place the learners work in ("the claims handlers on the motor desk"): their own team, never a consumer
_LOCATIVE = frozenset("on in at".split())
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
    from planner.extract.audience import COMPOUND_HEADS

    best: tuple[int, Optional[str]] = (0, None)
    perf = (performer or "").lower()
    perf_head = perf.split()[-1] if perf else ""
    for sentence in re.split(r"(?<=[.!?;])\s+|\n+", text):
        toks = _WORD.findall(sentence)
        low = [t.lower() for t in toks]
        for i, w in enumerate(low):
            if (w not in ROLE_HEADS and w not in EXTRA_HEADS) or w in EXCLUDE:
                continue
            if w == "staff" and (i == 0 or low[i - 1] in _LEAD or low[i - 1] in _NOT_MODIFIER):
                continue  # "our staff" are the learners; "the counter staff" are a role
            if i + 1 < len(low) and (low[i + 1] in NOT_HEAD_AFTER or low[i + 1] in ROLE_HEADS):
                continue  # a modifier: "billing disputes", "support agents"
            if i + 1 < len(low) and not w.endswith("s") and low[i + 1] in COMPOUND_HEADS:
                continue  # "the wrong lead time": a thing named by a role word (h20rev)
            prev = low[i - 1] if i > 0 else ""
            if (i + 1 < len(low) and not w.endswith("s") and low[i + 1].endswith("s") and _noun(low[i + 1])
                    and low[i + 1] not in ("is", "has", "was", "does")
                    and (not _verb(low[i + 1]) or prev.endswith("ing") or prev in ("at", "of", "with", "about", "handle", "take", "answer"))):
                continue  # a singular role before a plural noun modifies it: "driver calls", "customer emails"
            if w in ("team", "teams") and (i == 0 or low[i - 1] in ("the", "our", "my", "of", "whole", "entire")):
                continue  # the learners' own team, not a downstream consumer
            start = i
            while (start > 0 and i - start < 2 and low[start - 1].isalpha() and low[start - 1] not in _NOT_MODIFIER
                   and low[start - 1] not in DOWNSTREAM and not (low[start - 1].endswith("ing") and (start < 2 or low[start - 2] not in _LEAD)) and not (low[start - 1].endswith("s") and low[start - 1] not in ("sales", "operations", "logistics") and w not in _GROUPS
                            and not (start >= 2 and low[start - 2] in _LEAD))):  # "the payments tech lead"
                start -= 1
            phrase = " ".join(low[start : i + 1])
            if w == "office" and phrase not in ("head office", "back office", "front office", "main office"):
                continue
            role = singular(phrase)
            if perf and (role == perf or singular(w) == singular(perf_head) or perf in role
                         or (role in perf and role.split()[-1] == perf.split()[-1])):  # "vets" read a "vet tech"'s output
                continue
            k = start - 1
            while k >= 0 and low[k] in _LEAD:
                k -= 1
            cue = low[k] if k >= 0 else ""
            score = 0
            if cue in _LOCATIVE and w in _GROUPS:
                continue  # "on the motor desk": where the learners work
            if cue in DOWNSTREAM:
                score = 3
            elif cue == "by" and k > 0 and low[k - 1] in _RECEIVED_BY:
                score = 2
            elif i + 2 < len(low) and low[i + 1] in ("who", "that") and (CONSUMING.match(low[i + 2]) or _acts(low, i + 2)):
                score = 2  # "the pharmacists who check them before release": the role's own relative clause
            elif i + 1 < len(low) and (CONSUMING.match(low[i + 1]) or _acts(low, i + 1)):
                score = 2 if k < 0 or cue in (",", "and", "then", "but", "so") else 1
            if score > best[0]:
                best = (score, role)
    return best[1]


def written_forms(text: str, role: str) -> list[str]:
    """The role as the text writes it (plural or singular, with its modifiers), most specific first."""
    from planner.extract.phrases import plural

    forms = list(dict.fromkeys([plural(role), role + "s", role]))  # "responding crews": plural() keeps "crew"
    return [m.group(0) for f in forms for m in [re.search(rf"\b{re.escape(f)}\b", text, re.I)] if m]


# "the product managers say they can't tell what changed": the reader's complaint names what the output must let them
# do (Mager: the discrepancy names the performance wanted)
_COMPLAINT = re.compile(r"\s+(?:say|says|said|complain|complains|complained|tell us|told us|report|reported)\s+(?:that\s+)?(?:they|it)\s+"
                        r"(?:can't|cannot|can not|couldn't|could not|don't|do not|doesn't|does not|never)\s+(?:even\s+)?([a-z]+)\s+([^.;!?]+)", re.I)
_CUT = re.compile(r"\s*(?:,|\bso\b|\bbecause\b|\band then\b|\bbut\b|\band they\b).*$", re.I)


def consumer_need(text: str, consumer: Optional[str]) -> Optional[str]:
    """What the consumer does with the output, from the text: its own clause ("the pharmacists who check them before
    release" -> "check them before release"; "the counter staff rely on them when ..." -> "rely on them when ...") or
    its complaint turned positive ("say they can't tell what changed" -> "tell what changed"). None when the text
    gives neither: a blank, never a generic outcome."""
    if not consumer:
        return None
    from planner.extract.phrases import can_be_verb, consumer_step

    text = re.sub(r"\s+[-\u2013\u2014]+\s+", ". ", text)  # "files claims from them - the manufacturer ...": a new clause

    for form in written_forms(text, consumer):
        for m in re.finditer(rf"\b{re.escape(form)}\b", text, re.I):
            neg = re.match(r"\s+(?:can't|cannot|can not|couldn't|don't|do not)\s+([a-z]+)\b", text[m.end():], re.I)
            if neg and re.search(r"\b(?:that|which)\s+(?:the\s+)?$", text[max(0, m.start() - 12):m.start()], re.I) \
                    and can_be_verb(neg.group(1)):
                return f"{neg.group(1).lower()} them"  # "letters that applicants cannot understand" -> "understand them"
            c = _COMPLAINT.match(text, m.end())
            if c and can_be_verb(c.group(1)) and c.group(1).lower() not in ("be", "have", "get", "want", "like"):
                rest = _CUT.sub("", c.group(2)).strip()
                if 1 <= len(rest.split()) <= 12:
                    return f"{c.group(1).lower()} {rest}"
    for form in written_forms(text, consumer):  # "reviewers take 3 days on average to approve": the step is "approve"
        t = re.search(rf"\b{re.escape(form)}\s+(?:take|takes|took|spend|spends|spent|need|needs|needed)\s+[^.;,]{{0,40}}?\bto\s+([a-z]+)\b(\s+(?:it|them))?", text, re.I)
        if t and can_be_verb(t.group(1)) and t.group(1).lower() not in ("be", "get", "have", "do", "make"):
            return f"{t.group(1).lower()} them"
    for form in written_forms(text, consumer):
        for m in re.finditer(rf"\b{re.escape(form)}\s+(?:who|that)\s+", text, re.I):
            step = _relative_step(text[m.end():])
            if step:
                return step
    step = consumer_step(text, consumer)
    if step and len(step.split()) == 2 and step.split()[1] in ("off", "up", "out", "over", "back"):
        step = f"{step.split()[0]} them {step.split()[1]}"  # "signs off" -> "sign them off"
    if step and not re.search(r"\d", step):
        return step
    return None


# where a relative clause ends and the main clause's verb starts ("who sign them off | find a missing count")
_MAIN_VERBS = frozenset("find finds found say says said catch catches caught spot spots spotted flag flags flagged reject rejects "
                        "rejected send sends sent return returns returned get gets got keep keeps kept have has had are is "
                        "were was complain complains complained".split())
_REL_STOP = frozenset(", ; : . ! ? and but or because so while although which who that if".split())


def _relative_step(rest: str) -> Optional[str]:
    """The verb phrase of a relative clause on the consumer, in the base form: "check them before release"."""
    from planner.extract.phrases import base_verb, can_be_verb

    toks = _WORD.findall(rest)
    if not toks or not can_be_verb(toks[0].lower()) or toks[0].lower() in _MAIN_VERBS:
        return None
    out = [base_verb(toks[0].lower())]
    for t in toks[1:]:
        if t.lower() in _REL_STOP or t.lower() in _MAIN_VERBS or len(out) >= 8:
            break
        out.append(t)
    if len(out) < 2 or out[-1].lower() in ("the", "a", "an", "to", "for", "of", "on", "in", "at", "with", "from", "by"):
        return None
    return " ".join(out)
