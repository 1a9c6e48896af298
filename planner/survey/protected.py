"""Remarks about protected characteristics in survey answers: dropped before analysis, counted, never a skill gap.

Builds on ``planner.protected`` (the grounds of the UK Equality Act 2010 and US EEO law: age, disability
and health, pregnancy and maternity, religion or belief, race, ethnicity and national origin, sex,
gender identity, sexual orientation, marriage and family status) with the ways people write about them
in survey answers ("because of my age", "as a woman", "my anxiety"). Works per remark (a sentence or a
clause after ';'), so the rest of an answer still counts; the dropped remark is never stored or sent.
"""

from __future__ import annotations

import re

from planner.protected import PROTECTED

_SURVEY_EXTRA = re.compile(
    r"\b(my age|(?:because of|due to|at) (?:my|his|her|their) age|age(?:ism|ist)|too old|older (?:colleagues?|staff|people|employees|ones)|"
    r"younger (?:colleagues?|staff|people|employees|ones)|elderly|boomers?|millennials?|gen ?z|"
    r"(?:my|his|her|their) health|health (?:issues?|problems?|condition)|chronic|anxiety|medication|therapy|therapist|"
    r"deaf|blind|hearing aid|neurodivergent|neurodiverse|ivf|fertility|miscarriage|"
    r"faith|hijab|headscarf|turban|kosher|halal|fasting|religious|atheist|"
    r"non-native|native speaker|country of origin|where (?:i|he|she|they) (?:am|is|are|come|comes) from|citizenship|visa status|refugee|"
    r"as a (?:woman|man|mother|father|mum|mom|dad|parent)|women|woman|female|non-binary|nonbinary|pronouns|"
    r"my (?:wife|husband|spouse|kids|children|baby|newborn)|caring for (?:my|a) (?:parent|mother|father|child|relative)|carer|caregiver|"
    r"widow\w*|engaged to|getting married|wedding)\b",
    re.I,
)
# Technical phrases that share a word with a protected ground but are not about people.
_NOT_ABOUT_PEOPLE = re.compile(r"\b(race conditions?|white ?papers?|white-?label\w*|whitelist\w*|blacklist\w*|black ?box\w*|"
                               r"black friday|white ?boards?|blind (?:spots?|copy|carbon)|sick of)\b", re.I)
_REMARK = re.compile(r"(?<=[.!?;])\s+|\n+")


def is_protected(remark: str) -> bool:
    text = _NOT_ABOUT_PEOPLE.sub(" ", remark or "")
    return bool(PROTECTED.search(text) or _SURVEY_EXTRA.search(text))


def drop_protected(answer: str) -> tuple[str, int]:
    """The answer without its remarks about protected characteristics, and how many remarks were dropped."""
    if not is_protected(answer):
        return answer, 0
    kept, dropped = [], 0
    for remark in _REMARK.split(answer):
        if not remark.strip():
            continue
        if is_protected(remark):
            dropped += 1
        else:
            kept.append(remark.strip().rstrip(";,").strip())
    return " ".join(k for k in kept if k), dropped
