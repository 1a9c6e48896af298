"""Secondary sections that state no rule, role or fact the text does not give, unless marked as a proposal (h15type).

The strict reader's rubric (DOMAIN.md, criterion 10): "no number, system, rule or role that the text does not give,
unless marked as an assumption"; issue 12: "faithful over complete ... never a guess unless marked proposed". Readers
on unseen text marked, as invented: a decision rule the text never states, presented as the team's rule ("When a case
does not fit the checklist, ask the supervisor before handing it on"); a reskilling checklist filled with another
workflow's steps ("the steps of the documented procedure followed; ... handed to the next step complete") when the
new role's checklist is to be written with someone in that role; practice cases from the old work, or naming the
unit that is closing as a reader of the new work; a "documented workflow" the text never says exists.

Each is rewritten as what it is: a proposal to confirm with the role the text names, or an item to write with the
person the text names (or a blank, asked in the open questions).
"""

from __future__ import annotations

import re
from typing import Optional

def not_started(work_clause: Optional[str]) -> bool:
    """No clause of the newcomers' work going wrong: none, or only their lack of experience ("never on TaxDome")."""
    from planner.generators.answered import inexperience

    return not work_clause or inexperience(work_clause)


PROPOSED = "Proposed (to confirm with the {who}): "


def rules(rules_: list[str], owner: Optional[str], from_text: int) -> list[str]:
    """The rules the text states stay as written (the first ``from_text``); the others are marked as proposals."""
    who = owner or "team lead"
    out = list(rules_[:from_text])
    for r in rules_[from_text:]:
        if r.lower().startswith("proposed"):
            out.append(r)
        else:
            out.append(PROPOSED.format(who=who) + r[:1].lower() + r[1:])
    return out


def tidy(data: dict, *, kind: str, rc, gone: tuple[str, ...] = (), symptoms: bool = True, owner: Optional[str] = None) -> None:
    """Rewrite, in place, the asset, case and workflow lines that would state what the text does not give."""
    if kind == "reskilling" and rc is not None:
        who = rc.mentor or (f"the {owner}" if owner else None) or rc.checker or f"someone already {rc.among()}"
        ask = "" if rc.mentor or owner or rc.checker else " (who: see open questions)"
        titles = {"checklist": "Checklist for the new work", "examples": "Annotated examples of the new work: good and weak",
                  "practice_cases": "Practice set of past tasks of the new work"}
        for a in data.get("training_assets", []):
            a["title"] = titles.get(a.get("kind"), a.get("title"))
            if a.get("kind") == "checklist":
                a["contains"] = f"One page: each task {rc.of_work()}, item by item, as {who} does it, written with them before practice starts{ask}."
            elif a.get("kind") == "examples":
                a["contains"] = f"Real finished tasks {rc.of_work()}, anonymised, each annotated by {who}{ask} against the checklist."
            elif a.get("kind") == "practice_cases":
                a["contains"] = f"Past tasks {rc.of_work()}, from the simplest up, each with how {who} did it."
        data["practice_cases"] = [
            f"A real task {rc.of_work()} done recently by {who}, with their notes on each step",
            "A task of that work that newcomers to it often get wrong (which one: ask them)",
        ]
    if kind == "onboarding" and not symptoms:
        # they have not started: nothing of theirs has gone wrong yet (DOMAIN.md: sample cases mirror the real work)
        data["practice_cases"] = ["A typical case from the team's own recent work, with how an experienced colleague handled it"
                                  if c == "A recent case that had to be redone" else c for c in data.get("practice_cases", [])]
    for a in data.get("training_assets", []):
        if a.get("kind") == "sop" and a.get("title") == "The documented workflow for new starters":
            a["title"] = "Workflow guide for new starters (to write)"
            a["contains"] = "The steps, the decision rules and who to ask, written down with an experienced colleague before the first shift."
    # a unit the text says is going away is no reader of the work ("the cheque review desk ... is being shut down")
    gone_low = " ".join(gone).lower()
    if gone_low:
        data["practice_cases"] = [c for c in data.get("practice_cases", [])
                                  if not (m := re.match(r"A recent case where (.+?) had to come back", c)) or m.group(1).lower().removeprefix("the ") not in gone_low]
