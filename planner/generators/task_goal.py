"""The skill goal from the plan's own grounded task, where the goal rules left a placeholder (issue 12 round 10, h20goal).

DOMAIN.md ("skill goal: the capability, stated as something a person does"; "a grounded task keeps the original
action, and adds the workflow, the person downstream and the outcome that step needs") and Mager (performance,
condition, criterion). Blind readers gave 0 to "Carry out the task in the X' work that shows the gap" beside a task
that already named the verb, the object, the reader and the reader's step ("Write the benefits letters, so payroll
can run the pension deductions"), and to a generic "so that the X can use them" beside the reader's own step. So:

- a placeholder goal becomes the task's verb, object and setting, the criterion the text gives for that output
  (planner.generators.output_goal: "with the current contribution rate", ", saying which axle ..."), and the reader's
  step as the task has it;
- a goal built on the same output whose tail is only "so that the X can use them" takes the reader's step instead.

A task that is itself a blank ("which piece of work ... is not stated yet", "Take on the first real tasks") or that
fails the task gate gives nothing: the placeholder and its question stay.
"""

from __future__ import annotations

import re
from typing import Optional

from planner.frame import ProblemFrame
from planner.models import GroundedTask

_PLACEHOLDERS = ("Carry out the task", "Carry out the core tasks", "Do the core tasks", "Do the everyday work",
                 "Collect recent examples", "List the first real tasks", "Agree with the manager")
_BLANK_TASK = re.compile(r"which piece of work|first real tasks|Collect recent examples|Describe each example|"
                         r"which tasks come first|which documents or steps", re.I)
_PARENS = re.compile(r"\s*\([^()]*not stated yet[^()]*\)")
_USE_TAIL = re.compile(r"\s+so that (?:the\s+)?[\w' -]+? can use (?:them|it)(?: without follow-up questions)?$")


def _repeats(goal: str, step: str) -> bool:
    """The step says again what the goal says ("..., saying which tickets wait, so the lead can see which tickets wait")."""
    words = lambda x: {w for w in re.findall(r"[a-z]{4,}", x.lower())}  # noqa: E731
    said = words(step) - {"they", "them", "their", "there", "with", "from", "that", "this", "have", "does"}
    return bool(said) and len(said & words(goal)) / len(said) >= 0.5


def _bare(np: str) -> str:
    return re.sub(r"^(?:the|their|our|a|an)\s+", "", np or "", flags=re.I)


def _bare_head(np: str) -> str:
    words = re.findall(r"[a-z][\w-]*", np.lower())
    return words[-1].rstrip("s") if words else ""


def placeholder(goal: str) -> bool:
    from planner.rules import vague_goal_problem

    return goal.startswith(_PLACEHOLDERS) or bool(vague_goal_problem(goal))


def _usable(t: GroundedTask, frame: ProblemFrame) -> bool:
    from planner.generators.task_gate import task_problems

    return bool(t.action and t.object) and not _BLANK_TASK.search(t.rewritten or "") \
        and not task_problems(t, frame.text, frame.audience_role)


def from_task(goal: str, tasks: list[GroundedTask], frame: ProblemFrame, role_phrase: str = "",
              reviewer: Optional[str] = None) -> Optional[str]:
    """The goal rebuilt from the first usable task (see the module docstring); None to keep ``goal``.
    ``role_phrase``: " as leak detection technicians" for a move into a new role; ``reviewer``: who agrees the
    standard of a goal too short to stand alone (to confirm)."""
    from planner.generators.gate import problems
    from planner.generators.output_goal import output_criterion

    t = next((t for t in tasks if _usable(t, frame)), None)
    if t is None:
        return None
    body = _PARENS.sub("", t.rewritten or "").strip().rstrip(".")
    head, sep, step = body.partition(", so ")
    crit = output_criterion(frame.text, t.object)
    if crit and crit.strip().lower() in body.lower():
        crit = ""
    if re.search(r"\d|\b(?:about|roughly|around|half)\b|without chasing", step):
        sep = step = ""  # a count or the generic friction is no step the reader takes with the output
    if not (sep and t.outcome):
        head = re.sub(r",\s+for\s+[^,]+$", "", head)  # "..., for the transcription editors": a reader without its step
    marked = goal.endswith("(to confirm: see open questions)") and goal.split(",")[0].lower() != head.split(",")[0].lower() \
        and goal.split()[0].lower() in ("handle", "produce", "write") and goal.split()[0].lower() != (t.action or "").split()[0].lower()
    generic = goal.split()[0] in ("Handle", "Produce") and (t.action or "").split()[0].lower() not in ("handle", "produce") \
        and _bare_head(goal.split(",")[0]) == _bare_head(t.object or "")  # "Handle tickets" beside the text's "key the tickets"
    if placeholder(goal) or marked or generic:  # a marked goal built only from the output's noun ("Handle visits") gives way too
        if role_phrase and role_phrase.strip().lower() in head.lower():
            role_phrase = ""
        out = f"{head}{crit}{role_phrase}{', so ' + step if sep and t.outcome else ''}"
        if placeholder(out) and reviewer and not problems(out):
            from planner.generators.goal import to_confirm

            out = to_confirm(out, reviewer)  # "Correct the drafts": marked, with its question (Mager: criterion to agree)
    elif sep and t.outcome and _USE_TAIL.search(goal) and goal.lower().startswith(f"{t.action} ".lower()):
        out = f"{_USE_TAIL.sub('', goal)}, so {step}"  # the reader's own step, not "can use them"
    elif sep and t.outcome and goal.lower().startswith(f"{t.action} {_bare(t.object)}".lower()) \
            and not re.search(r"\bso\b|\(|\bwithout help\b|\bon (?:their|his|her) own\b|\bto the standard\b", goal) \
            and not re.search(r"\b(?:has|have) not to\b", step) and not _repeats(goal, step) and len(goal.split()) + len(step.split()) <= 40:
        out = f"{goal}, so {step}"  # the performance and its criterion, then the reader's step the task names
    else:
        return None
    out = re.sub(r"\s+,", ",", out).strip()
    return None if problems(out) or placeholder(out) else out


_GOAL_HEAD = re.compile(r"^(?P<v>[A-Z][a-z-]+(?:\s+(?:up|out|in|off|over|back))?)\s+(?P<o>[^,()]+?)"
                        r"(?=,|\s+so that\b|\s+without help\b|\s+on (?:their|his|her) own\b|\s+(?:every|each) time\b|$)"
                        r"(?:,?\s+(?P<c>(?:with|saying)\s+[^,()]+?)(?=,|\s+so that\b|$))?")
_QUAL_START = frozenset("in on at for with to before after when during from into using".split())


def goal_work(goal: str) -> Optional[tuple[str, str, str]]:
    """(verb, object, condition) of a goal this module or the goal rules wrote ("Label tubes at the chair so that
    ..." -> ("label", "tubes", " at the chair")): the plan's own sentence read back, for a task when the text gave
    no other (h20goal); None for a placeholder or a goal whose object is no whole noun phrase."""
    from planner.extract.phrases import can_be_verb, whole_np

    if placeholder(goal):
        return None
    m = _GOAL_HEAD.match(goal)
    if not m or not can_be_verb(m.group("v").split()[0].lower()):
        return None
    words = m.group("o").split()
    cut = next((i for i, w in enumerate(words) if i and w.lower() in _QUAL_START), len(words))
    obj, qual = " ".join(words[:cut]), " ".join(words[cut:])
    if not whole_np(obj) or (qual and not whole_np(" ".join(qual.split()[1:]))):
        return None
    crit = m.group("c") or ""
    crit = "" if not crit or "standard" in crit else (f", {crit}" if crit.startswith("saying") else f" {crit}")
    return m.group("v").lower(), obj, (f" {qual}" if qual else "") + crit
