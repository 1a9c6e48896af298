"""How often the hints sent with the plan prompt are wrong, judged against each eval case's text and expectations.

A hint is counted wrong when the case shows it is:
- ``unsupported``: its value is not in the problem text (not as written, nor word by word in one sentence);
- ``number_role``: a number sent as the baseline or target whose figure is not among the case's expected
  facts while the case lists the numbers that matter (e.g. "three downtown" sent as a baseline of 3), or a
  headcount the text does not hold;
- ``missing_contradicted``: a claim that the text lacks a baseline while the expected facts hold a figure,
  or lacks a consumer or a role the expected facts name;
- ``language``: a language other than the case's, or a supported language marked unsupported.
Classifications the case cannot confirm or refute (domain, impact category, triggers) are counted as
``unverifiable``: they are the kind of hint the rules are not sure of.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from planner.evals.cases import EvalCase

SUPPORTED_LANGUAGES = ("en", "de", "es", "fr", "it", "pt", "nl")  # what the LLM path writes in


@dataclass
class HintTally:
    sent: int = 0
    wrong: int = 0
    unverifiable: int = 0
    examples: list[str] = field(default_factory=list)

    @property
    def checkable(self) -> int:
        return self.sent - self.unverifiable

    @property
    def error_rate(self) -> float:
        return self.wrong / self.checkable if self.checkable else 0.0


def _in_text(text: str, value: str) -> bool:
    from planner.generators.hints import span_by_words, span_verbatim

    return bool(span_verbatim(text, value) or span_by_words(text, value))


def _figures(s: str) -> set[str]:
    return set(re.findall(r"\d+(?:[.,]\d+)?", s or ""))


def judge_old(case: EvalCase, hints: dict[str, Any], tally: HintTally) -> None:
    """The whole-frame hints of prompt plan-2026-11-22.1."""
    text, facts = case.text, [f.lower() for f in case.expect.facts]
    fact_figures = set().union(*(_figures(f) for f in facts)) if facts else set()

    def wrong(why: str) -> None:
        tally.wrong += 1
        if len(tally.examples) < 12:
            tally.examples.append(f"{case.id}: {why}")

    for key in ("audience_role", "audience_team", "task", "consumer", "workflow", "consumer_need"):
        if hints.get(key):
            tally.sent += 1
            if key in ("workflow", "consumer_need"):
                tally.unverifiable += 1  # derived phrases, not the text's words
            elif not _in_text(text, hints[key]):
                wrong(f"{key} '{hints[key]}' is not in the text")
    for key in ("domain", "impact_category"):
        if hints.get(key):
            tally.sent += 1
            tally.unverifiable += 1
    tally.sent += len(hints.get("triggers", []))
    tally.unverifiable += len(hints.get("triggers", []))
    roles: list[tuple[str, dict]] = [(n.get("role"), n) for n in hints.get("numbers", []) if n.get("role")]
    for key in ("baseline", "target"):
        if hints.get(key):
            roles.append((key, hints[key]))
    if hints.get("headcount") and not any(r == "headcount" for r, _ in roles):
        roles.append(("headcount", {"text": str(hints["headcount"])}))
    seen: set[tuple[str, str]] = set()
    for role, n in roles:
        figs = tuple(sorted(_figures(n.get("text", ""))))
        if (role, figs) in seen:  # the same fact sent twice (in numbers and at the top level) counts once
            continue
        seen.add((role, figs))
        tally.sent += 1
        if role in ("baseline", "target") and fact_figures and not (set(figs) & fact_figures):
            wrong(f"'{n.get('text')}' sent as the {role}")
        elif role == "headcount" and n.get("text", "").lower() not in text.lower() and not (set(figs) & _figures(text)):
            wrong(f"headcount {n.get('text')} is not in the text")
        elif role not in ("baseline", "target"):
            tally.unverifiable += 1  # a headcount in the text, a duration: the case cannot say whether the role is right
    for m in hints.get("missing", []):
        tally.sent += 1
        if m == "baseline" and fact_figures:
            wrong("says the text gives no baseline, but it gives " + ", ".join(sorted(fact_figures)))
        elif m in ("consumer", "audience_role") and facts:
            tally.unverifiable += 1
        else:
            tally.unverifiable += 1
    lang = hints.get("language", "en")
    tally.sent += 1
    if lang != case.expect.language:
        wrong(f"language '{lang}' (the case is '{case.expect.language}')")
    if hints.get("language_supported") is False and case.expect.language in SUPPORTED_LANGUAGES:
        tally.sent += 1
        wrong(f"marks {case.expect.language} unsupported")


def judge_sure(case: EvalCase, hints: list[dict[str, str]], tally: HintTally) -> None:
    """The sure hints of prompt plan-2026-12-01.1 (``planner.generators.hints.sure_hints``)."""
    for h in hints:
        tally.sent += 1
        if h["fact"] == "language":
            if h["value"] != case.expect.language:
                tally.wrong += 1
                tally.examples.append(f"{case.id}: language '{h['value']}'")
            continue
        if h["span"] not in case.text or not _in_text(case.text, h["value"]):
            tally.wrong += 1
            tally.examples.append(f"{case.id}: {h['fact']} '{h['value']}' is not in the text")


def hint_error_rates(cases: list[EvalCase]) -> dict[str, HintTally]:
    from planner.extract import extract
    from planner.generators.hints import old_hints, sure_hints

    old, new = HintTally(), HintTally()
    for case in cases:
        frame = extract(case.text)
        judge_old(case, old_hints(frame), old)
        judge_sure(case, sure_hints(frame), new)
    return {"plan-2026-11-22.1 (whole frame)": old, "plan-2026-12-01.1 (sure hints)": new}
