"""``extract(text) -> ProblemFrame``: the facts of a problem text, by deterministic rules.

Pure and fast (precompiled regexes, no model): the offline generator composes a plan
from the frame, the LLM prompt receives it as hints, the grounding evaluator reads the
workflow and consumer from it, and survey batches build one per group.
Nothing here invents a fact: what the text does not say stays None and is listed in
``frame.missing`` as a question for the manager.

A survey group comes with its facts as data (``extract(text, survey=facts)``): who, how many and the
skill gap with its numbers are taken from those facts, never parsed back from the text the survey wrote.
"""

from __future__ import annotations

import re

from planner.extract import audience as _aud
from planner.extract import language as _lang
from planner.extract import numbers as _num
from planner.extract import signals as _sig
from planner.extract import task as _task
from planner.frame import GroupFacts, NumberFact, ProblemFrame, Symptom
from planner.text.injection import overrides_instructions

__all__ = ["extract"]

_ANSWERS = re.compile(r"(?:Free-text answers[^\n]*\n)?<answers>.*?</answers>", re.S | re.I)
_SENTENCES = re.compile(r"(?<=[.!?])\s+")
# "our largest skill gap is pivot tables": a manager naming a skill rather than a task
_SKILL_GAP = re.compile(r"\blargest skill gap is ([^:.(]{3,60}?)(?:[:.(]| in a )", re.I)
_ACRONYM = re.compile(r"^[A-Z0-9][A-Z0-9&/-]+$")


def _baseline_target(text: str, numbers: list[NumberFact], symptoms: list[str]) -> tuple[NumberFact | None, NumberFact | None]:
    from planner.extract.baseline_fit import fits, prefer_fault, score  # a baseline counts or rates the fault (h16sig)

    if score(text) is not None:  # "on the 30-point audit they average 21": the score on its scale
        return score(text)

    numbers = prefer_fault([n for n in numbers if fits(n, text) or n.role == "target"])
    stated = _num.stated_measure(text, numbers)  # a frequency, a change "from 4 weeks to 2", a zero target (h13signal)
    if stated is not None and stated[0] is not None:
        return stated
    numbers = [n for n in numbers if not _num.wrong_kind(n)]  # never a year, a headcount or "two hospital sites"
    if stated is not None:
        base, _ = _baseline_target_general(text, numbers, symptoms)
        return base, stated[1]
    return _baseline_target_general(text, numbers, symptoms)


def _baseline_target_general(text: str, numbers: list[NumberFact], symptoms: list[str]) -> tuple[NumberFact | None, NumberFact | None]:
    m = _num.FROM_TO.search(text)
    if m and _num.HISTORIC.search(text[max(0, m.start() - 45) : m.start()]):
        # "dropped from 4.5 to 3.9": a history, not a goal; today's value is the second number
        a, b = m.group(1).strip(), m.group(2).strip()
        base = next((n for n in numbers if n.text in b or b in n.text), None)
        prev = next((n for n in numbers if n.text in a or a in n.text), None)
        if base is not None:
            base.role = "baseline"
            if prev is not None and prev is not base:
                prev.role = "previous"
            return base, None
        m = None
    if m:
        a, b = m.group(1).strip(), m.group(2).strip()
        base = next((n for n in numbers if n.text in a or a in n.text), None) or NumberFact(text=a, value=_num.value_of(a.split()[-1].rstrip("%")))
        tgt = next((n for n in numbers if n.text in b or b in n.text), None) or NumberFact(text=b, value=_num.value_of(b.split()[-1].rstrip("%")))
        base.role, tgt.role = "baseline", "target"
        return base, tgt
    target = None
    t = _num.TARGET.search(text) or _num.WANT_TARGET.search(text)
    if t:
        target = next((n for n in numbers if n.unit == "%" and n.text in t.group(0)), None)
        if target:
            target.role = "target"
    # the baseline: a rate in a symptom sentence, else a count or duration there
    def threshold(n: NumberFact) -> bool:  # "off by more than 10%": a tolerance, not how often it happens
        i = text.find(n.text)
        return i >= 0 and bool(re.search(r"\b(?:by|within|of up to)\s*$", text[max(0, i - 12) : i]))

    for kinds in (("%",), ("duration", None)):
        for n in numbers:
            if n is target or n.role == "headcount" or threshold(n):
                continue
            in_symptom = any(n.context and (n.context in s or s.rstrip(".!?;: ") in n.context) for s in symptoms)
            if not in_symptom:
                continue
            if kinds == ("%",) and n.unit == "%":
                n.role = "baseline"
                return n, target
            if kinds != ("%",) and n.unit not in ("%", "money") and n.role != "headcount" and n.value is not None:
                n.role = "baseline"
                return n, target
    # no symptom sentence carries a figure: the text's first rate, multiple or count of something that went wrong
    wish = re.compile(r"\b(want|wants|target|goal|aim|like to|would like)\b", re.I)
    # a time to proficiency ("needed about 3 weeks before their bundles passed the check") is the text's figure too
    for ok in (lambda n: n.unit in ("%", "times"), lambda n: n.unit not in ("%", "money", None) and n.role != "duration",
               lambda n: n.role == "duration" and bool(re.match(r"\s*(?:before|until|to)\b", (n.context or "")[(n.context or "").find(n.text) + len(n.text):]))):
        for n in numbers:
            if n is target or n.role in ("headcount", "previous") or threshold(n) or (n.context and wish.search(n.context) and _wish_clause(n)):
                continue
            if n.role == "duration" and _time_left(n):
                continue  # "we've got 90 days before the renewal": the deadline, not how long the work takes (h14sig)
            if n.unit == "%" and _num.good_direction(n) is None and not _sample_of(n):  # a sample's share reports faults (h16sig)
                continue  # "self-service takes about a quarter of our ticket volume": a share of nothing going wrong or right
            if ok(n) and n.value is not None:
                n.role = "baseline"
                return n, target
    return None, target


def _sample_of(n: NumberFact) -> bool:
    from planner.extract.baseline_fit import reports_fault

    return reports_fault(n)


def _wish_clause(n: NumberFact) -> bool:
    from planner.extract.sample_share import wish_before

    return wish_before(n) or n.context.find(n.text) < 0  # the wish in the figure's own clause, not the sentence's next (h15sig)


def _time_left(n: NumberFact) -> bool:
    from planner.extract.deadline_phrases import FROM_TODAY

    return any(n.text in m.group(0) for m in FROM_TODAY.finditer(n.context or ""))


def _fmt(x: float) -> str:
    return f"{round(x, 1):g}"


def _skill_name(skill: str) -> str:
    """"Escalation writing" -> "escalation writing"; "CRM automation" and "SQL" stay as written."""
    return skill[:1].lower() + skill[1:] if skill[:1].isupper() and skill[1:2].islower() else skill


def _survey_role(role: str | None) -> str | None:
    """A role column's value as the frame's role: "Support Agents" -> "support agent"; acronyms keep their case."""
    if not role:
        return None
    from planner.text.inflect import singular

    words = [w if _ACRONYM.match(w) else w.lower() for w in role.split()]
    return singular(" ".join(words)) or None


def _survey_team(team: str | None) -> str | None:
    if not team:
        return None
    return team if team.lower().split()[-1] == "team" else f"{team} team"


def _survey_numbers(facts: GroupFacts) -> tuple[list[NumberFact], NumberFact | None, NumberFact | None]:
    """The group's figures as numbers with their roles: respondents, and the top skill's mean rating and target."""
    numbers = [NumberFact(text=str(facts.headcount), value=facts.headcount, unit="people", role="headcount")]
    top = facts.top
    if top is None:
        return numbers, None, None
    base = NumberFact(text=f"mean {_fmt(top.mean)} of {_fmt(top.scale_max)}", value=top.mean, unit="rating", role="baseline")
    target = None
    if top.target is not None:
        target = NumberFact(text=f"{_fmt(top.target)} of {_fmt(top.scale_max)}", value=top.target, unit="rating", role="target")
    return numbers + [x for x in (base, target) if x], base, target


def extract(text: str, survey: GroupFacts | None = None) -> ProblemFrame:
    """Read a manager's problem description into a ProblemFrame; a survey group's facts, when given, as data."""
    # one paragraph per blank-line block; wrapped lines are joined (a sentence may span lines)
    text = "\n".join(" ".join(block.split()) for block in re.split(r"\n\s*\n", text) if block.strip())
    # protected characteristics never become facts of a plan (planner.protected)
    from planner.protected import drop_protected_sentences

    text = _ANSWERS.sub(" ", text)  # quoted survey answers are data for the themes, never facts or instructions
    if overrides_instructions(text):  # instructions inside a problem text are never followed: dropped before extraction
        text = " ".join(s for s in _SENTENCES.split(text) if not overrides_instructions(s))
    text, dropped = drop_protected_sentences(text) if "\n" not in text else ("\n".join(drop_protected_sentences(p)[0] for p in text.split("\n")), 0)
    lang = _lang.detect(text)
    frame = ProblemFrame(text=text, language=lang, language_supported=lang == "en", survey=survey)
    if lang != "en":
        frame.missing = ["the problem in English (the offline provider reads English only)"]
        return frame
    if survey is not None:  # a survey group: who, how many and the gap come from its facts, not from the text
        frame.audience_role, frame.headcount = _survey_role(survey.role), survey.headcount
        frame.audience_team = _survey_team(survey.team)
        numbers, survey_base, survey_target = _survey_numbers(survey)
        frame.numbers = numbers
        # the skill with the largest gap is what the plan trains; no task verb is invented for it
        verb, obj, qual = None, (_skill_name(survey.top.skill) if survey.top else None), None
    else:
        numbers, verb, obj, qual = _audience_and_task(frame, text)
    frame.task_verb, frame.task_object = verb, obj
    if verb and obj:
        frame.task = " ".join(x for x in (verb, obj, qual) if x)
    if verb and obj:
        from planner.text.inflect import gerund

        frame.workflow = " ".join(x for x in (gerund(verb.split()[-1]), obj, qual) if x)
    symptom_texts = _sig.symptom_sentences(text)
    frame.symptoms = [Symptom(text=s, numbers=[n for n in numbers if n.context and n.context in s]) for s in symptom_texts[:6]]
    if survey is not None:
        frame.baseline, frame.target = survey_base, survey_target
    else:
        frame.baseline, frame.target = _baseline_target(text, numbers, symptom_texts)
        if frame.target is None:  # "I'd like callbacks halved", "down to the team's 2%" (h14sig)
            from planner.extract.target_words import word_target

            frame.target = word_target(text, frame.baseline)
        if frame.target is None:  # "I'd like that down to one in twelve by spring" (h16sig)
            from planner.extract.baseline_fit import wished_share

            frame.target = wished_share(numbers, frame.baseline)
    frame.triggers = _sig.triggers(text)
    frame.impact_category, frame.impact = _sig.impact(text)
    frame.domain = _sig.domain(text)
    from planner.extract.context import place  # the consumer: a role downstream of the learners

    from planner.extract.consumer import find_consumer

    frame.consumer = find_consumer(text, frame.audience_role)
    placement = place(frame)
    frame.consumer = placement.consumer
    frame.consumer_need = placement.consumer_step
    if frame.consumer and frame.consumer_need and frame.consumer_need.split()[-1].lower() in ("on", "to", "from", "with", "at", "for", "upon"):
        from planner.extract.phrases import consumer_step

        # "rely on" leaves a preposition dangling in every sentence built from it: the consumer's whole verb phrase
        frame.consumer_need = consumer_step(text, frame.consumer) or frame.consumer_need + " them"
    if not frame.workflow and placement.workflow and placement.sources.get("workflow") == "context":
        frame.workflow = placement.workflow
    frame.systems = _systems(text)
    frame.missing = _missing(frame)
    return frame


def _audience_and_task(frame: ProblemFrame, text: str) -> tuple[list[NumberFact], str | None, str | None, str | None]:
    """A manager's text: the role, headcount and team it names, its numbers, and the task (verb, object, qualifier)."""
    from planner.extract.reviewer import learners

    role, headcount, phrase = learners(text, *_aud.find_role(text))  # never the reviewer of the work (h14aud)
    from planner.extract.learner_clause import own_team, refine

    role, headcount, phrase = refine(text, role, headcount, phrase)  # not a name, a machine, a reader or a team total (h15aud)
    from planner.extract.learner_structure import choose

    role, headcount, phrase = choose(text, role, headcount, phrase)  # the clause's learners, not its readers or writer (h19aud)
    from planner.extract.reviewer import not_the_reviewer

    role, headcount, phrase = not_the_reviewer(frame.text or text, role, headcount, phrase)  # "The charge nurse will do ... with them" (h20rev)
    if role is None and (grouped := _aud.group_role(text)):
        role, phrase = grouped  # "parts counter guys quote ...": the post the text names, as staff (h20rev)
    from planner.extract.output_owner import output_owner

    owner = output_owner(text)  # "embalmers' case reports ..., the funeral directors can't rely on them" (h16disc)
    if owner and (phrase is None or text.lower().find(owner[1].lower()) < text.lower().find(phrase.lower())) and owner[0] != role:
        role, headcount, phrase = owner[0], _aud._count_before(text, owner[0]), owner[1]  # "There are 9 handlers": theirs
    frame.audience_role = role
    frame.headcount = headcount or _aud.find_headcount(text)
    if frame.headcount is None and phrase and _aud.names_one(text, phrase):
        frame.headcount = 1  # "Priya starts as store manager": one person
    frame.audience_team = _aud.find_team(text)
    at = text.lower().find(phrase.lower()) if phrase else -1
    own = _aud.TEAM.match(text, at + len(phrase)) if at >= 0 else None  # "the six loan processors on the front desk"
    if own is None and at >= 0:
        import re as _re

        sp = _re.match(r"\s+", text[at + len(phrase):])
        own = _aud.TEAM.match(text, at + len(phrase) + (sp.end() if sp else 0))
    if own is not None and _aud.find_team(text[own.start():]):
        frame.audience_team = _aud.find_team(text[own.start():])  # the learners' own team, not the first one named (h14aud)
    frame.audience_team = own_team(text, phrase) or frame.audience_team  # "the eleven night officers on B wing" (h15aud)
    numbers = _num.find_numbers(text)
    for n in numbers:
        if frame.headcount and n.value == frame.headcount and phrase and n.context and phrase.lower() in n.context.lower() and n.unit not in ("%", "money"):
            if n.role is None:
                n.role = "headcount"
                break
    frame.numbers = numbers
    verb, obj, qual = _task.task_instead(text)  # "instead of asking questions": the manager names the performance
    if not verb:
        verb, obj, qual = _task.task_after_role(text, phrase)
    if not verb:
        verb, obj, qual = _task.task_from_symptoms(text)
    if not verb:
        gap = _SKILL_GAP.search(text)
        if gap:
            verb, obj, qual = None, _skill_name(gap.group(1).strip()), None
    if not verb and not obj:
        noun = _task.output_noun(text)
        if noun:
            verb, obj, qual = None, noun, None
    return numbers, verb, obj, qual


_SYSTEM_NAMES = __import__("re").compile(
    r"\b((?:the|a|our) (?:new )?(?:crm|erp|wms|ehr|emr|lms|ticketing system|ticket system|portal|pos|till system|helpdesk)|"
    r"salesforce|hubspot|zendesk|jira|servicenow|sap|workday|epic|cerner|excel|github|gitlab|slack|teams|freshdesk|netsuite|quickbooks)\b",
    __import__("re").I,
)


# "Opera PMS", "the LIMS": a system named by its kind's acronym, with the product name before it when there is one
_ACRONYM_SYSTEM = re.compile(r"\b((?:[A-Z][a-z]+\s+)?(?:PMS|CRM|ERP|WMS|TMS|EHR|EMR|LIMS|POS|HRIS|ATS|CMS|MES|LMS|PIM|DMS|CAD))\b")


# a product name written in camel case after a preposition of place ("in ServiceTitan", "into DocuWare", "in iManage")
_CAMEL_SYSTEM = re.compile(r"\b(?:in|into|on|from|through|via|using)\s+((?:[A-Z][a-z]+|[a-z])[A-Z][A-Za-z]+)\b")


def _systems(text: str) -> list[str]:
    seen: list[str] = []
    for m in _ACRONYM_SYSTEM.finditer(text):
        name = m.group(1)
        if name.split()[0] in ("The", "Our", "A", "New", "We", "Their"):
            name = "the " + name.split()[-1]
        elif " " not in name:
            name = "the " + name
        if name.lower() not in (s.lower() for s in seen):
            seen.append(name)
    for m in _CAMEL_SYSTEM.finditer(text):  # "in ServiceTitan", "into DocuWare", "in iManage": a product name (h18sig)
        if m.group(1).lower() not in (s.lower() for s in seen):
            seen.append(m.group(1))
    for m in _SYSTEM_NAMES.finditer(text):
        name = re.sub(r"^(?:a|our|the)\s+(?:new\s+)?", "the ", m.group(1), flags=re.I)  # "a new WMS" -> "the WMS"
        if name.lower() not in (s.lower() for s in seen):
            seen.append(name)
    return seen[:4]


_REQUIRED = ("audience_role", "headcount", "task", "consumer", "baseline", "symptoms")


def _missing(f: ProblemFrame) -> list[str]:
    """The facts a manager should supply: those the text left empty. A bare group word ("our staff", "the team") is
    no role (ABCD 'audience': a named role, rules.is_generic_audience), so the role is still asked."""
    from planner.rules import is_generic_audience

    return [name for name in _REQUIRED if not getattr(f, name)
            or (name == "audience_role" and is_generic_audience(f.audience_role))]
