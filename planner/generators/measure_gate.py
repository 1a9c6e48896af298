"""The gate for a plan's success-signal values (h15gate, issue 12): the baseline, the target and the metric.

A measure is a number with what it counts (SMART "measurable"; DOMAIN.md: "a target ... only where the unit makes
sense"). A baseline whose number stands before a verb or a person ("2 come", "4 installers"), or a value cut off
("3,"), is no measure: it is dropped and the plan says how to measure the baseline instead (the scaffold of
issue 12, (b)); a target or metric that fails the sentence gate is replaced by neutral scaffolding. A required
field is never emptied: the success signal keeps a number or a way to measure one (planner.models.SuccessSignal).
"""

from __future__ import annotations

import re

from planner.concreteness.structure import measure_problems, people_noun, repair
from planner.generators.gate import problems

HOW = "Before training starts, check a sample of last month's work against the checklist and record the share that meets it."
METRIC = "share of the work checked at each review that meets every item of the performance standard"
METRIC_OF_BASELINE = "the figure behind today's baseline ({base}), counted the same way as today (what exactly it counts: to confirm)"
TARGET = "proposed: set once the baseline is measured; confirm with the reviewer"


def _has_number(text: str | None) -> bool:
    from planner import rules

    return bool(text) and rules.has_number(text)


# the work-quality predicates of the generators' own metric templates ("share of X that need no rework", "... fall
# short of the performance standard", "... pass the reviewer's check first time"): they judge a piece of work
_WORK_QUALITY = re.compile(r"\b(?:share|number) of (?:the )?([a-z][a-z' -]*?) (?:that|with) (?:need no rework|fall short|pass |meet the|the problem)", re.I)


def people_as_work(metric: str) -> bool:
    """A work-quality metric whose counted noun is people ("share of agency staff that fall short of the performance
    standard"): people are not a piece of work checked against a standard (DOMAIN.md: a unit that makes sense)."""
    m = _WORK_QUALITY.search(metric or "")
    return bool(m) and people_noun(m.group(1).split()[-1])


def gate_signal(sig: dict) -> None:
    """Check the success signal's values in place (see the module docstring); a slip a rule can undo is repaired
    first (planner.concreteness.structure.repair), so the text's own measure stays where it can."""
    for key in ("metric", "baseline_method", "target"):
        value = sig.get(key)
        if isinstance(value, str) and problems(value, phrase=True):
            fixed = repair(value)
            if fixed and not problems(fixed, phrase=True):
                sig[key] = fixed
    base = sig.get("baseline")
    if isinstance(base, str) and base.rstrip().endswith((",", ";")):
        base = sig["baseline"] = base.rstrip().rstrip(",;").rstrip()  # "3,": the value cut at its comma; the value stays
    if isinstance(base, str) and base.strip() and (measure_problems(base) or problems(base, phrase=True)):
        sig["baseline"] = None
        sig["baseline_method"] = sig.get("baseline_method") or HOW
    metric = sig.get("metric")
    if isinstance(metric, str) and metric.rstrip().endswith((",", ";")):
        metric = sig["metric"] = metric.rstrip().rstrip(",;").rstrip()  # a clause cut at its comma: the whole part stays
    if isinstance(metric, str) and (problems(metric, phrase=True) or people_as_work(metric)):
        # the text's own figure stays the measure when there is one (a checklist share nobody keeps is not it)
        base = sig.get("baseline")
        sig["metric"] = METRIC_OF_BASELINE.format(base=base.rstrip(".")) if _has_number(base) else METRIC
    target = sig.get("target")
    if isinstance(target, str) and (measure_problems(target) or problems(target, phrase=True)) \
            and (_has_number(sig.get("baseline")) or sig.get("baseline_method")):
        sig["target"], sig["target_is_proposal"] = TARGET, True


__all__ = ["gate_signal"]
