"""Word lists behind the concreteness rules, each with its source.

- Mager, *Preparing Instructional Objectives* (1962/1997): a performance must be
  observable; "know", "understand", "appreciate" name internal states.
- ABCD (Heinich et al., *Instructional Media*): Audience, Behaviour, Condition, Degree.
- SMART (Doran, 1981): specific, measurable, achievable, relevant, time-bound.
- O*NET task-writing guidance and DACUM: a task statement is one action verb, an
  object and a qualifier; value judgements ("effectively") are not criteria.
- Bloom's taxonomy action-verb lists (Anderson & Krathwohl, 2001) for observable verbs.
"""

from __future__ import annotations

from planner.lexicon import words

# O*NET / DACUM task verbs (lexicon/data/task_verbs.txt; the same list planner.text.inflect reads).
TASK_VERBS = words("task_verbs")

# Mager: verbs that name states nobody can observe (lexicon/data/non_observable_verbs.txt).
NON_OBSERVABLE = words("non_observable_verbs")
# Multi-word non-observable openings ("be aware of", "learn about", "have knowledge of").
NON_OBSERVABLE_PHRASES = (
    "be aware", "become aware", "be familiar", "become familiar", "be acquainted", "learn about", "gain an understanding",
    "gain understanding", "gain insight", "gain knowledge", "acquire knowledge", "acquire an understanding", "have knowledge",
    "have an understanding", "develop an understanding", "develop understanding", "get to know", "be comfortable",
    "be confident", "feel confident", "be exposed", "get an overview", "gain an overview", "obtain an overview",
    "be introduced", "are introduced", "be sensitised", "be sensitized", "be able to understand", "know how",
    "more confident", "more comfortable", "more aware", "more engaged", "more motivated", "less anxious", "happier",
    "get used to", "learn the ropes", "have the confidence", "take seriously", "be introduced", "be exposed to",
    "keep up to date", "stay up to date", "think critically",
)
# Vague change verbs: observable only with a concrete object (DOMAIN.md "too broad").
VAGUE_CHANGE = frozenset(
    "improve improves enhance enhances strengthen strengthens develop develops boost boosts increase increases build builds "
    "upgrade upgrades optimise optimize optimises optimizes foster fosters promote promotes support supports ensure ensures "
    "deepen deepens broaden broadens expand expands raise raises work works participate contribute assist deal coordinate "
    "oversee manage handle explore".split()
)
ABSTRACT = frozenset(
    """
    skill skills communication communications quality performance knowledge capability capabilities competence
    competences competency competencies teamwork collaboration efficiency productivity mindset awareness understanding
    leadership professionalism attitude attitudes engagement culture effectiveness excellence growth development
    information concepts concept principles principle fundamentals basics theory theories ideas idea aspects aspect
    issues matters things stuff abilities ability expertise proficiency literacy confidence behaviour behavior
    relationships relationship processes process activities activity work operations results outcomes standards
    materials resources methods techniques approaches problems situations areas field fields topics topic content
    importance role roles value values nature significance context contexts overview insight insights interactions
    others persons people objects things events data public products devices parts structures surroundings
    characteristics qualities services units strategies objectives teams subordinates peers matters tasks duties
    """.split()
)
# Observable action verbs: O*NET/DACUM task verbs plus Bloom's apply/analyse/evaluate/create verbs.
OBSERVABLE = frozenset(TASK_VERBS) | frozenset(
    """
    list name state define label recite identify select match classify compare contrast differentiate distinguish
    outline sketch construct calculate compute solve demonstrate illustrate operate perform produce prepare formulate
    derive prove implement program code test debug design draft write rewrite edit present defend justify critique
    rate rank score grade measure estimate convert translate paraphrase summarize summarise annotate cite recite
    tabulate chart graph diagram model simulate assemble disassemble adjust calibrate set replace
    """.split()
)
FILLER_SUBJECTS = frozenset(
    """
    students student learners learner participants participant trainees trainee employees employee staff agents agent
    you we they he she the graduates graduate attendees candidates candidate team members member people person users user
    """.split()
)
# Mager: an objective describes what the learner does, not what a course or lecture offers.
COURSE_SUBJECTS = frozenset("course lecture module seminar programme program training class curriculum workshop unit lesson tutorial".split())
COPULAS = frozenset("is are was were".split())
MODALS = frozenset("will shall can could should must may might would are is to also then further".split())
LEAD_INS = (
    "be able to", "will be able to", "is able to", "are able to", "able to", "ability to", "the ability to",
    "responsible for", "in charge of", "be capable of", "are capable of", "is capable of",
)

# ABCD "condition": the situation, tools or workflow the behaviour happens in.
CONDITION_WORDS = frozenset(
    "for in on using with within during when while from into at via under given after before per according against across throughout "
    "by to onto through between among inside outside near beside behind around following including".split()
)
SYSTEM_WORDS = frozenset(
    """
    crm erp wms ehr emr lms system systems tool tools software template templates checklist checklists form forms sop
    ticket tickets queue database spreadsheet excel jira salesforce zendesk sap portal app application machine machines
    equipment scanner scanners manual guidelines policy procedure procedures protocol protocols shift shifts ward
    warehouse store site line plant office customer customers client clients patient patients
    """.split()
)
# SMART "measurable"/"time-bound", ABCD "degree", Mager "criterion".
FREQUENCY_WORDS = frozenset(
    """
    daily weekly monthly quarterly yearly annually hourly nightly every each per always once twice thrice times
    within by before after until deadline minutes minute hours hour days day weeks week months month years year
    morning evening night weekend weekends weekday weekdays mondays tuesdays wednesdays thursdays fridays saturdays
    sundays monday tuesday wednesday thursday friday saturday sunday
    """.split()
)
THRESHOLD_PHRASES = (
    "at least", "no more than", "not more than", "less than", "more than", "fewer than", "under", "below", "above",
    "without error", "without errors", "with no errors", "error-free", "zero", "all ", "100%", "accurate to",
    "within tolerance", "first time", "on first", "without follow-up", "without rework", "on time",
)
NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty hundred "
    "thousand half quarter dozen once twice".split()
)
# Value judgements and unverifiable terms (ISO/IEC/IEEE 29148 §5.2.7, INCOSE GtWR R7-R9, O*NET guidance, plain-language
# guides): the data file lists each with its kind; see its header for the sources.
def _load_value_terms() -> dict[str, str]:
    from pathlib import Path

    path = Path(__file__).parent / "data" / "value_judgements.txt"
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            term, kind = line.split("\t")
            out[term.strip().lower()] = kind.strip()
    return out


VALUE_TERMS = _load_value_terms()
VALUE_JUDGEMENTS = frozenset(t for t in VALUE_TERMS if " " not in t)  # single words (kept for callers of the old name)
VALUE_PHRASES = tuple(sorted((t for t in VALUE_TERMS if " " in t), key=len, reverse=True))
# Mager: a noun that names a mental state; "demonstrate a knowledge of", "gain an appreciation of",
# "develop an understanding of" are no more observable than "know", "appreciate", "understand".
MENTAL_NOUNS = frozenset(
    """
    knowledge understanding awareness appreciation familiarity insight insights overview mastery grasp comprehension
    confidence sense feel feeling feelings appreciation acquaintance conception notion idea ideas perspective
    """.split()
)
GENERIC_OBJECTS = frozenset("things stuff items matters tasks duties work something everything anything".split())


def _load_verbs() -> frozenset[str]:
    from pathlib import Path

    path = Path(__file__).parent / "data" / "verbs.txt"
    return frozenset(l for l in path.read_text(encoding="utf-8").split("\n") if l and not l.startswith("#"))


# Any English verb lemma (lemminflect's lexicon): a statement that opens with one is an action,
# even when it is not on the observable list above (O*NET tasks open with an action verb).
ALL_VERBS = _load_verbs()
