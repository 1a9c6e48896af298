"""Small deterministic domain rules used by the plan validators.

Each rule names its source. The full statement analyzer lives in
``planner.concreteness``; these are the field-level gates that a generated plan
must pass before it is accepted (instructor re-asks with the messages built
from them in ``planner.models``).
"""

from __future__ import annotations

import re

# SMART "measurable": a figure in digits, or in words. Number words and fractions in the languages the plan
# prompt is most often answered in (en, de, es, fr, plus it/pt/nl where cheap): "a third", "one in five",
# "half", "twice", "jedem zweiten", "la mitad", "un tiers". A rule that misses a number word would re-ask a
# model for a number it already gave (issue 15), so the list errs towards accepting.
_NUMBER_WORDS = (
    # English
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million dozen dozens "
    "half halves third thirds quarter quarters fifth fifths tenth tenths twice thrice double doubled triple tripled "
    "zero none nil all every no-one nobody "
    # German
    "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig hundert "
    "tausend hälfte halb halbe halben drittel viertel fünftel zehntel doppelt dreimal zweimal zweiten dritten "
    "vierten fünften jede jeder jedem jeden keine keiner alle "
    # Spanish
    "cero dos tres cuatro cinco seis siete ocho nueve diez once doce veinte treinta cuarenta cincuenta cien ciento "
    "mil mitad tercio tercera cuarto cuarta quinto quinta décimo doble triple ninguno ninguna todos todas cada "
    # French
    "zéro deux trois quatre cinq sept huit neuf dix onze douze vingt trente quarante cinquante cent mille moitié "
    "tiers quart cinquième dixième aucun aucune tous toutes chaque "
    # Italian, Portuguese, Dutch (the commonest only)
    "metà terzo quarto doppio metade terço dobro helft derde kwart dubbel twee drie vier vijf tien"
).split()
_NUMBER = re.compile(r"\d|(?<![\w])(" + "|".join(sorted(map(re.escape, _NUMBER_WORDS), key=len, reverse=True)) + r")(?![\w])", re.I)
# "one in five", "una de cada cuatro", "un sur cinq", "einer von zehn": the article-like "one" counts only here.
_ONE_IN = re.compile(r"(?<![\w])(one|a|an|un|une|uno|una|ein|eine|einer|einem)\s+(in|of|out of|de cada|sur|von|auf|su|em|op)\s+\w", re.I)


def has_number(text: str) -> bool:
    """SMART 'measurable': a figure, in digits or in words ('a third', 'one in five', 'half', 'twice')."""
    t = text or ""
    return bool(_NUMBER.search(t) or _ONE_IN.search(t))


# Mager (Preparing Instructional Objectives): performances must be observable;
# these verbs name internal states nobody can see.
NON_OBSERVABLE = (
    "understand", "know", "learn", "appreciate", "be aware", "become aware", "be familiar", "become familiar",
    "grasp", "master", "comprehend", "realise", "realize", "believe", "internalize", "internalise",
    "gain knowledge", "gain an understanding", "have knowledge", "be comfortable", "feel confident", "be confident",
)
# Vague change verbs + abstract objects: a goal, not a performance (DOMAIN.md "too broad").
VAGUE_CHANGE = ("improve", "enhance", "strengthen", "develop", "boost", "increase", "build", "upgrade", "optimise", "optimize", "work on", "get better at")
ABSTRACT_OBJECTS = (
    "skill", "skills", "communication", "quality", "performance", "knowledge", "capabilit", "competenc",
    "teamwork", "collaboration", "efficiency", "productivity", "mindset", "awareness", "understanding",
    "leadership", "professionalism", "attitude", "engagement", "culture", "effectiveness",
)


# Mager's test holds in every language; these are the commonest unobservable verbs outside English.
NON_OBSERVABLE_OTHER = (
    "verstehen", "kennen", "wissen", "lernen", "begreifen", "comprender", "entender", "conocer", "saber", "aprender",
    "comprendre", "connaître", "connaitre", "savoir", "apprendre", "capire", "conoscere", "sapere", "compreender",
)
_EN_STOP = frozenset("the and of to in is are our we they their with for on at that this it be have has was were a an by from so".split())
_OTHER_STOP = frozenset(
    "der die das und ist sind nicht mit für auf ein eine wir sie im zu den dem von bei "
    "le la les et est sont pas avec pour sur un une nous ils des du dans au qui que "
    "el los las y es son no con para en una del por al se lo "
    "il gli di che della het een van voor niet".split()
)
_NON_ENGLISH_LETTERS = re.compile(r"[à-öø-ÿœß]", re.I)


def looks_english(text: str) -> bool:
    """Whether the English word rules may judge ``text``: no letters English does not use, and at least as many
    English function words as those of German, French, Spanish, Italian or Dutch. Unsure means not English: an
    English-only rule must not reject a goal written in another language (issue 15)."""
    if _NON_ENGLISH_LETTERS.search(text or ""):
        return False
    words = re.findall(r"\w+", (text or "").lower())
    en = sum(w in _EN_STOP for w in words)
    other = sum(w in _OTHER_STOP and w not in _EN_STOP for w in words)
    return en >= other and not (en == 0 and other > 0)


def vague_goal_problem(goal: str) -> str | None:
    """Return why a skill goal is vague, or None. ABCD 'behaviour' + Mager 'performance'.

    The word rules below catch the classic cases with a message a model can act on; the concreteness
    suite's performance and object components (``planner.concreteness``) then judge the rest. Both read
    English: a goal in another language is checked only for length and for an unobservable opening verb.
    """
    if not looks_english(goal):
        return _vague_other_language(goal)
    problem = _vague_by_words(goal)
    if problem:
        return problem
    try:
        from planner.concreteness import score_statement
    except ImportError:  # the word rules alone
        return None
    c = score_statement(goal).components
    if c["performance"].score == 0.0:
        return c["performance"].reason
    if c["performance"].score < 0.5 and c["object"].score < 0.5:
        return f"{c['performance'].reason}; {c['object'].reason}"
    return None


def _vague_other_language(goal: str) -> str | None:
    words = re.findall(r"\w+", (goal or "").lower())
    if len(words) < 3:
        return "it is only a few words; a practicable goal names the action, its object and where it happens"
    for verb in NON_OBSERVABLE_OTHER:
        if verb in words[:3]:
            return f"'{verb}' is not observable (Mager): nobody can see it happen; name what the person does"
    return None


def _vague_by_words(goal: str) -> str | None:
    g = (goal or "").strip().lower()
    words = re.findall(r"[a-z'’-]+", g)
    if len(words) < 4:
        return "it is only a few words; a practicable goal names the action, its object and where it happens"
    head = " ".join(words[:4])
    for verb in NON_OBSERVABLE:
        if head.startswith(verb) or re.match(rf"^(to |be able to )?{re.escape(verb)}\b", g):
            return f"'{verb}' is not observable (Mager): nobody can see a person {verb}"
    for verb in VAGUE_CHANGE:
        if re.match(rf"^(to )?{re.escape(verb)}\b", g):
            rest = g[len(verb):]
            first_obj = " ".join(re.findall(r"[a-z'’-]+", rest)[:4])
            if any(a in first_obj for a in ABSTRACT_OBJECTS):
                return f"'{verb}' with an abstract object ('{first_obj.strip()}') is a wish, not a performance"
    return None


GENERIC_AUDIENCE = {
    "employees", "employee", "staff", "people", "team", "the team", "everyone", "all", "workers", "users",
    "personnel", "team members", "colleagues", "the staff", "all staff", "all employees", "my team",
    "mitarbeiter", "mitarbeitende", "alle mitarbeiter", "belegschaft", "empleados", "personal", "el personal",
    "trabajadores", "employés", "salariés", "le personnel", "collaborateurs", "dipendenti", "funcionários",
}


def is_generic_audience(role: str) -> bool:
    """ABCD 'audience': a named role, not 'employees'."""
    return (role or "").strip().lower() in GENERIC_AUDIENCE


# A bare group, in the languages plans are written in: nobody in particular reviews the practice (DOMAIN.md:
# "management" is the weak example of a feedback owner).
GENERIC_OWNERS = {
    "management", "managers", "leadership", "hr", "human resources", "the team", "team", "everyone",
    "someone", "tbd", "n/a", "none", "the company", "l&d", "learning and development", "peers", "self",
    "the learner", "learners", "staff", "the managers", "the management", "supervisors", "the supervisors",
    "leads", "team leads", "the leads", "colleagues", "the business", "the organisation", "the organization",
    # German, Spanish, French, Italian, Portuguese, Dutch
    "management", "geschäftsleitung", "geschäftsführung", "führung", "führungskräfte", "leitung", "die leitung",
    "personalabteilung", "das team", "alle", "gerencia", "la gerencia", "dirección", "la dirección", "rrhh",
    "recursos humanos", "el equipo", "equipo", "todos", "direction", "la direction", "rh", "ressources humaines",
    "l'équipe", "équipe", "tous", "direzione", "la direzione", "gestão", "a gestão", "directie", "de directie",
}
# Role words, English and the commonest elsewhere, as stems: used only to tell a role from a person's name.
_ROLE_NOUN = re.compile(
    r"(lead|leader|manager|supervisor|coach|trainer|mentor|engineer|specialist|analyst|officer|owner|"
    r"head|director|nurse|agent|champion|reviewer|editor|auditor|controller|pharmacist|physician|dentist|"
    r"foreman|chief|coordinator|partner|expert|senior|principal|captain|administrator|accountant|educator|"
    r"teacher|instructor|qa|sme|buddy|consultant|planner|dispatcher|technician|associate|rep|representative|"
    r"doctor|surgeon|chef|baker|clerk|steward|superintendent|inspector|assessor|counsel|attorney|lawyer|"
    r"leiter|leitung|meister|führer|chef|vorgesetzt|betreuer|ausbilder|prüfer|"
    r"jefe|jefa|encargad|responsable|coordinad|supervis|gerente|director|directora|tutor|formador|"
    r"coordonn|superviseur|directeur|directrice|formateur|formatrice|référent|referent|chef|"
    r"capo|responsabile|coordinatore|gestor|leidinggevend|teamleider|"
    # agent-noun endings (Lagerist, Assistent, Praktikant, contrôleur, enfermera): a role more often than a name
    r"\w{3,}(?:ist|ent|ant|eur|euse|ero|era|ista|ore|ora|iker)\b)",
    re.I,
)
# "Anna Schmidt", "María José Pérez": two or three short capitalised words and nothing else. A given name is
# short; German role nouns are capitalised too, but long ("Qualitätsbeauftragte Nord"), so the first word is
# held to 10 letters and every word to 14.
_PERSON_NAME = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ'’-]{1,9}(?: [A-ZÀ-Ý][a-zà-ÿ'’-]{1,13}){1,2}$")
_ARTICLE = re.compile(r"^(the|a|an|der|die|das|el|la|los|las|le|les|l'|il|lo|o|a|de|het)\s+", re.I)


def feedback_role_problem(role: str) -> str | None:
    """Why ``role`` is surely not one accountable role, or None. By form, in any language (DOMAIN.md:
    'management' is weak; a named reviewing role with a cadence is strong): empty, a bare group, or a
    person's name. Whether a phrase names a role at all is left to review notes (``feedback_role_note``)."""
    r = " ".join((role or "").split())
    if not r:
        return "is empty"
    low = r.lower().strip(" .")
    if low in GENERIC_OWNERS or _ARTICLE.sub("", low) in GENERIC_OWNERS:
        return "is a group, not one accountable role"
    if _PERSON_NAME.match(r) and not _ROLE_NOUN.search(r):
        return "looks like a person's name; plans name roles so they survive staff changes"
    return None


def feedback_role_note(role: str) -> str | None:
    """A review note when the rules cannot tell that ``role`` names a role (they know role words in a few
    languages only): the plan is kept, and its author is asked to check the field."""
    r = " ".join((role or "").split())
    if r and not _ROLE_NOUN.search(r):
        return f"Feedback owner: check that '{r}' is a role (a job title that reviews the practice), not a person or a group."
    return None
