"""The offline plan for a problem written in another language: a short discovery plan, faithful, in that language.

The offline rules parse English; for German, Spanish or French text (the languages planner.render.labels has) they
still give the manager something to use instead of a refusal (issue 12, fault kind G): a discovery plan that carries
the facts that do not depend on parsing the language (numbers and ratios, dates and deadlines, acronyms of systems,
the number and name of the people, a role named above them) and the intervention type where a cue word says it, and
that says plainly that the offline rules read English best. Every sentence is (a) one of the text's facts, quoted as
written, (b) neutral scaffolding written in the language, or (c) an open question (DOMAIN.md: "start from observed
work"; issue 12: faithful over complete). Other languages get the same plan in English words.

Word lists: planner/lexicon/data/extract_cues_{de,es,fr}.txt and extract_foreign_words.txt.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

from planner.extract.foreign_fault import fault_sentence, frequency, is_unit, ordinal_share
from planner.extract.language import NAMES
from planner.frame import ProblemFrame
from planner.generators.gate import clip
from planner.lexicon import phrases
from planner.models import Plan, PlanMeta

DISCOVERY_WEEKS = 2
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,]\d+)?", re.U)
_SENT = re.compile(r"(?<=[^\d\s][.!?;])\s+|\n+")  # "Ab dem 1. März" is one sentence


def _entries(name: str) -> list[tuple[str, str]]:
    return [tuple(e.split(" ", 1)) for e in phrases(name) if " " in e]  # type: ignore[misc]


def _cues(lang: str) -> list[tuple[str, tuple[str, ...]]]:
    try:
        return [(kind, tuple(rest.split())) for kind, rest in _entries(f"extract_cues_{lang}")]
    except LookupError:
        return []


def _words(kind: str) -> set[str]:
    return {rest for k, rest in _entries("extract_foreign_words") if k == kind}


def _number_words() -> dict[str, int]:
    return {w.split()[0]: int(w.split()[1]) for k, w in _entries("extract_foreign_words") if k == "number"}


def _months() -> dict[str, int]:
    return {w.split()[0]: int(w.split()[1]) for k, w in _entries("extract_foreign_words") if k == "month"}


@dataclass
class Facts:
    role: Optional[str] = None        # as written, singular where the form is plain ("Sachbearbeiterin")
    role_plural: Optional[str] = None  # as written in the text ("Sachbearbeiterinnen")
    headcount: Optional[int] = None
    owner: Optional[str] = None
    systems: tuple[str, ...] = ()
    baseline: Optional[str] = None    # "12 von 50 (24 %)"
    baseline_sentence: Optional[str] = None
    target: Optional[str] = None
    deadline: Optional[str] = None
    deadline_date: Optional[dt.date] = None
    kind: str = "upskilling"
    cue_kind: Optional[str] = None    # new | arrive | gone | move
    cue_sentence: Optional[str] = None
    other_cue_sentence: Optional[str] = None
    frequency: bool = False  # the baseline is how often ("2 veces por semana"), not a share
    fault_sentence: Optional[str] = None  # the sentence naming what goes wrong ("no anotan ...", "vergessen ...")


# ------------------------------------------------------------------------------------------------ facts
_RATIO = re.compile(r"\b(\d+)\s+(?:von|aus|de cada|de|sur|su|van|of|in|[^\W\d]+\s+(?:sur|von|de cada|su))\s+(\d+)\b", re.I)  # "1 chambre sur 5" (h15sig)
_PERCENT = re.compile(r"\b\d+(?:[.,]\d+)?\s?%")
_APPROX_WORDS = r"(?:(?:fast|etwa|rund|knapp|über|casi|alrededor de|más de|près de|environ|plus de|presque)\s+)?"
_ACRONYM = re.compile(r"(?<![\w-])([A-ZÄÖÜ]{2,6}\d*|[A-Z]{2,}\d+)(?![\w-])")
_WISH = re.compile(r"\b(?:möchte|möchten|will|wollen|soll|ziel|unter|quiere|quieren|objetivo|bajar|menos de|veut|veulent|objectif|"
                   r"sous|moins de|descendre)\b", re.I)
_OWNER = {
    "de": re.compile(r"\b(?:[A-ZÄÖÜ][a-zäöüß]*(?:leiter(?:in)?|leitung|vorgesetzte[rn]?|meister(?:in)?)|Vorgesetzte[rn]?)\b"),
    "es": re.compile(r"\b(?:jef[ea]|responsable|supervisor(?:a)?|encargad[oa]|coordinador(?:a)?)(?:\s+(?:de|del)\s+[a-záéíóúñ]+)?\b", re.I),
    "fr": re.compile(r"\b(?:cheffe|chef|responsable|superviseur(?:e)?|encadrant(?:e)?|cadre)(?:\s+(?:de|du|d')\s*[a-zàâçéèêëîïôûù]+)?\b", re.I),
}
_DEADLINE_CUE = {
    "de": r"(?:bis(?:\s+zum|\s+zur|\s+zu\s+den)?|vor(?:\s+dem|\s+der)?|spätestens(?:\s+im|\s+bis)?)",
    "es": r"(?:antes\s+de(?:l)?|para|hasta)",
    "fr": r"(?:avant(?:\s+la|\s+le)?|d'ici(?:\s+à)?|pour)",
}
_END = r"(?:(?P<end>ende|fin|finales|final)\s+(?:de(?:l)?\s+)?)?"


def _sentences(text: str) -> list[str]:
    """The text's sentences, each without its closing full stop (they are quoted inside a sentence of the plan)."""
    return [s.strip().rstrip(".") for s in _SENT.split(text) if s.strip().rstrip(".")]


def _sentence_with(text: str, needle: str) -> Optional[str]:
    return next((s for s in _sentences(text) if needle.lower() in s.lower()), None)


def _singular(word: str, lang: str) -> str:
    w = word
    if lang == "de":
        for pl, sg in (("innen", "in"), ("kräfte", "kraft"), ("leute", "mann"), ("enten", "ent"), ("anten", "ant"), ("isten", "ist")):
            if w.endswith(pl):
                return w[: -len(pl)] + sg
        return w
    parts = w.split()
    first = parts[0]
    if lang == "es" and first.endswith("es") and len(first) > 4 and first[-3] in "rlndj":
        first = first[:-2]  # "teleoperadores" -> "teleoperador", "comerciales" -> "comercial"
    elif lang == "fr" and first.endswith("aux") and len(first) > 4:
        first = first[:-3] + "al"  # "principaux" -> "principal"
    elif first.endswith("s") and len(first) > 3:
        first = first[:-1]
    return " ".join([first] + parts[1:])


def _people(text: str, lang: str, tokens: list[re.Match]) -> tuple[Optional[str], Optional[str], Optional[int]]:
    """(role singular, role as written, headcount): the noun after a number ("vier neue Sachbearbeiterinnen",
    "Los 6 técnicos de mantenimiento"), else after an article and "new" ("la nueva auxiliar dental": one person)."""
    stop, new, procs, nums, served = _words("stop"), _words("new"), _words("process"), _number_words(), _words("served")
    words = [m.group(0) for m in tokens]
    low = [w.lower() for w in words]

    def noun_at(i: int) -> Optional[str]:
        while i < len(words) and low[i] in new:
            i += 1
        if i >= len(words) or words[i][0].isdigit() or low[i] in stop or low[i] in procs or low[i] in served or is_unit(low[i]):
            return None  # "los clientes": the people served are never the learners
        if lang == "de":
            return words[i] if words[i][0].isupper() else None
        out = [words[i]]
        j = i + 1
        if j + 1 < len(words) and low[j] == "de" and low[j + 1] not in stop and not words[j + 1][0].isdigit():
            out += [words[j], words[j + 1]]  # "técnicos de mantenimiento", "opérateurs de numérisation"
        elif j < len(words) and low[j] not in stop and low[j] not in new and not _is_cue_word(low[j], lang) and len(low[j]) > 3 \
                and not low[j].endswith(("an", "en", "ent", "ont", "án", "én", "ón", "rá", "ará", "erá", "ron")):
            out.append(words[j])  # "auxiliar dental"
        return " ".join(out)

    for i, w in enumerate(low):
        n = int(w) if w.isdigit() else nums.get(w)
        if n is None or not 1 <= n <= 500:
            continue
        nxt = text[tokens[i].end(): tokens[i].end() + 3]
        if nxt.startswith((".", " %", "%")) or (i + 1 < len(low) and low[i + 1] in ("von", "de", "sur", "of", "aus")) \
                or (i > 0 and low[i - 1] in ("von", "cada", "sur", "of", "aus", "su")):
            continue  # "1. März", "12 von 50", "3 von 20 Lieferungen": a date or a ratio, not people
        role = noun_at(i + 1)
        if role:
            return _singular(role, lang), role, n
    for i, w in enumerate(low[:-1]):
        if w in ("la", "el", "le", "un", "una", "une", "der", "die", "eine", "ein") and low[i + 1] in new:
            role = noun_at(i + 1)
            if role and not role.split()[0].lower().endswith("s"):
                return _singular(role, lang), role, 1
    for dets in (("nos", "nuestros", "nuestras", "unsere", "meine", "mes", "mis"), ("les", "los", "las", "die")):
        for i, w in enumerate(low[:-1]):  # "nos caissières", "unsere Servicemitarbeiter": people without a number
            if w in dets:
                role = noun_at(i + 1)
                plural = ("s", "innen", "er", "kräfte") + (("enten", "anten", "isten", "ologen", "ellten", "enden") if lang == "de" else ())
                if role and role.split()[0].lower().endswith(plural) and role.lower() not in procs:
                    return _singular(role, lang), role, None
    return None, None, None


def _is_cue_word(w: str, lang: str) -> bool:
    return any(len(stems) == 1 and w.startswith(stems[0]) for _, stems in _cues(lang))


def _type(text: str, lang: str, tokens: list[re.Match], role_plural: Optional[str]) -> tuple[str, Optional[str], Optional[str], Optional[str]]:
    """(kind, cue kind, sentence with the deciding cue, sentence with a conflicting cue)."""
    low = [m.group(0).lower() for m in tokens]
    procs = _words("process")
    role_at = None
    if role_plural:
        head = role_plural.split()[0].lower()
        role_at = next((i for i, w in enumerate(low) if w == head), None)
    found: dict[str, list[int]] = {}
    used: set[int] = set()
    for kind, stems in _cues(lang):
        for i in range(len(low) - len(stems) + 1):
            if i in used or not all(low[i + k].startswith(s) for k, s in enumerate(stems)):
                continue
            if kind == "new":  # "new" counts only next to the people, never before a process noun ("nuevo sistema")
                near = [low[j] for j in (i - 1, i + 1, i + 2) if 0 <= j < len(low)]
                if any(w in procs for w in near) or role_at is None or abs(i - role_at) > 2:
                    continue
            if kind == "arrive" and i + 1 < len(low) and low[i + 1] in ("a", "à", "zu", "de"):
                continue  # "empiezan a fallar", "commencent à oublier": they start doing something, not arriving
            if kind == "arrive" and (role_at is None or abs(i - role_at) > 4):
                continue  # "las órdenes llegan sin causa": the people must be the ones arriving
            used.update(range(i, i + len(stems)))
            found.setdefault(kind, []).append(tokens[i].start())
    def sentence(kind: str) -> Optional[str]:
        pos = found[kind][0]
        return next((s for s in _sentences(text) if text.find(s) <= pos < text.find(s) + len(s)), None)
    res = [k for k in ("gone", "move") if k in found]
    onb = [k for k in ("arrive", "new") if k in found]
    if res:
        return "reskilling", res[0], sentence(res[0]), sentence(onb[0]) if onb else None
    if onb:
        return "onboarding", onb[0], sentence(onb[0]), None
    return "upskilling", None, None, None


def _deadline(text: str, lang: str, today: dt.date) -> tuple[Optional[str], Optional[dt.date]]:
    cue = _DEADLINE_CUE.get(lang)
    if not cue:
        return None, None
    months = _months()
    rx = re.compile(rf"\b{cue}\s+{_END}(?P<month>{'|'.join(sorted(months, key=len, reverse=True))})\b", re.I)
    m = rx.search(text)
    if m:
        month = months[m.group("month").lower()]
        year = today.year if dt.date(today.year, month, 1) > today or (m.group("end") and month == today.month) else today.year + 1
        day = calendar.monthrange(year, month)[1] if m.group("end") else 1
        return " ".join(m.group(0).split()), dt.date(year, month, day)
    from planner.extract.deadline_events import event_in_month

    ev = event_in_month(text, lang, cue, months, today)  # "Bis zur Begehung im März": an event, then its month (h15sig)
    if ev is not None:
        return ev
    m = re.search(rf"\b{cue}\s+[^.;,]{{2,30}}?(?=[.;,]|$)", text, re.I)  # "bis zu den Osterferien": a deadline, no date
    if m and lang == "de" and re.search(r"ferien|ende|quartal|jahres", m.group(0), re.I):
        return " ".join(m.group(0).split()), None
    return None, None


def _fraction(s: str) -> Optional[re.Match]:
    """"fast der Hälfte", "la mitad", "un tiers": a share written as a word; the match's group "v" is its percent."""
    fr = {w.split()[0]: w.split()[1] for k, w in _entries("extract_foreign_words") if k == "fraction"}
    rx = re.compile(rf"{_APPROX_WORDS}(?:(?:der|die|la|el|un|une|le|ein|einem|einer)\s+)?(?P<w>{'|'.join(map(re.escape, fr))})\b", re.I)
    return rx.search(s)


def read_facts(text: str, lang: str, today: dt.date) -> Facts:
    tokens = list(_WORD.finditer(text))
    f = Facts()
    f.role, f.role_plural, f.headcount = _people(text, lang, tokens)
    rx = _OWNER.get(lang)
    if rx:
        m = rx.search(text)
        if m and (not f.role_plural or m.group(0).lower() not in f.role_plural.lower()):
            f.owner = m.group(0)
    f.systems = tuple(dict.fromkeys(a for a in _ACRONYM.findall(text) if a not in ("IT",)))[:3]
    f.deadline, f.deadline_date = _deadline(text, lang, today)
    for s in _sentences(text):
        wish = bool(_WISH.search(s))
        r = _RATIO.search(s)
        p = _PERCENT.search(s) or _fraction(s)
        if r and int(r.group(2)) and int(r.group(1)) <= int(r.group(2)) and not f.baseline and not wish:
            share = round(100 * int(r.group(1)) / int(r.group(2)), 1)
            f.baseline = f"{r.group(0)} ({share:g} %)"
            f.baseline_sentence = s
        elif p and not wish and not f.baseline:
            f.baseline, f.baseline_sentence = p.group(0), s
            # a fraction word stays as written ("fast der Hälfte"): a figure in words, and no number the text does not write
        if p and wish and not f.target and "w" not in p.groupdict():
            f.target = p.group(0)
    f.fault_sentence = fault_sentence(_sentences(text), f.role_plural)  # the fault the text names (h16disc)
    if not f.baseline and f.fault_sentence:
        share = ordinal_share(f.fault_sentence) if lang == "de" else None  # "jeder fünften Rezeptur": 1 in 5
        often = None if share else frequency(f.fault_sentence, _number_words())  # "2 veces por semana", as written
        if share or often:
            f.baseline, f.baseline_sentence, f.frequency = share or often, f.fault_sentence, bool(often)
    f.kind, f.cue_kind, f.cue_sentence, f.other_cue_sentence = _type(text, lang, tokens, f.role_plural)
    return f


# ------------------------------------------------------------------------------------------------ words
# (b) scaffolding and (c) questions, per language; {x} fields are the text's own facts, quoted.
T = {
    "de": {
        "english_best": "Die Offline-Regeln lesen Englisch am besten; dieser Text ist auf Deutsch, daher ist dies zunächst ein kurzer Erkundungsplan mit den Fakten, die sich sicher lesen lassen (Zahlen, Daten, Namen von Systemen). Für einen vollständigen Plan: das Problem auf Englisch beschreiben oder einen LLM-Anbieter nutzen.",
        "why_gone": "Der Text sagt: „{cue}“. Die bisherige Arbeit oder Stelle fällt weg, die Personen übernehmen eine andere Rolle.",
        "why_move": "Der Text sagt: „{cue}“. Die Personen wechseln in eine wesentlich andere Rolle.",
        "why_new": "Der Text sagt: „{cue}“. Die Personen sind neu im Unternehmen, im Team oder in der Stelle und müssen darin produktiv werden.",
        "why_conflict": " Er sagt auch: „{cue}“; der Rollenwechsel entscheidet, bitte bestätigen.",
        "why_none": "Der Text sagt nicht, dass die Personen neu sind oder dass ihre Rolle wegfällt; „{cue}“ beschreibt Arbeit, die sie schon tun. Daher vorläufig Weiterbildung; bitte bestätigen.",
        "why_none_nocue": "Der Text sagt nicht, dass die Personen neu sind oder dass ihre Rolle wegfällt; daher vorläufig Weiterbildung; bitte bestätigen.",
        "change_res": "Wenn die Personen in ihrer jetzigen Rolle bleiben und sich nur Werkzeuge oder Abläufe ändern, ist es Weiterbildung.",
        "change_onb": "Wenn die Personen diese Arbeit hier schon länger machen, ist es Weiterbildung; wenn ihre jetzige Rolle wegfällt, ist es Umschulung.",
        "change_up": "Wenn die Personen neu eingestellt oder gerade ins Team gewechselt sind, ist es Einarbeitung; wenn ihre Rolle wegfällt oder sie in eine andere Rolle wechseln, ist es Umschulung.",
        "goal": "Aktuelle Beispiele aus der echten Arbeit der {who} sammeln und je Beispiel Arbeitsergebnis, Fehler und Empfänger festhalten, damit eine Fähigkeit zum Üben gewählt werden kann",
        "who_default": "betroffenen Personen",
        "desc": "{count}{who}",
        "role_default": "Rolle nicht angegeben (bitte nennen)",
        "gap_quote": "Laut Text: „{s}“. Mehr wissen wir noch nicht; Beispiele sammeln (siehe offene Fragen).",
        "gap_fault": "Laut Text: „{s}“.",
        "gap_none": "Noch nicht beobachtet: der Text sagt nur „{s}“. Zuerst Beispiele der Arbeit sammeln (siehe offene Fragen).",
        "impact": "Nicht angegeben: fragen, was die Lücke an Nacharbeit, Verzögerung oder Wirkung auf Kunden kostet.",
        "standard": "Wird nach der Erkundung festgelegt: für das gewählte Arbeitsergebnis die Punkte, die ein vollständiges Ergebnis enthält, abgestimmt mit denen, die es erhalten.",
        "asset_title": "Erkundungsnotizen",
        "asset": "Einige aktuelle Beispiele des Problems, wer beteiligt war, was es gekostet hat und welches Arbeitsergebnis betroffen ist.",
        "practice": "Einige aktuelle Beispiele des Problems in eine kurze Teambesprechung mitbringen und nach Arbeitsergebnis sortieren",
        "materials": "aktuelle echte Beispiele des Problems (anonymisiert)",
        "setting": "eine kurze Teambesprechung in der normalen Arbeitszeit",
        "owner_default": "Führungskraft des Teams (bitte bestätigen)",
        "owner_plain": "der Führungskraft des Teams",
        "cadence": "sammelt die Beispiele und die Antworten auf die offenen Fragen bis zum Überprüfungsdatum",
        "cadence_deadline": "; der Text nennt die Frist „{d}“",
        "behaviour": "Das Team einigt sich auf ein Arbeitsergebnis und eine Checkliste dafür",
        "metric_freq": "wie oft der Fehler auftritt, den der Text nennt ({b}); in der Erkundung bestätigen, was genau gezählt wird",
        "metric_base": "der Anteil, den der Text nennt ({b}); in der Erkundung bestätigen, was genau gezählt wird",
        "metric": "gesammelte Beispiele und beantwortete offene Fragen",
        "method": "In den nächsten zwei Wochen Beispiele bei den Personen und bei den Empfängern ihrer Arbeit sammeln und zählen, wie oft das Problem auftritt.",
        "target_text": "{t} (Ziel laut Text)",
        "target_prop": "Vorschlag: Zielwert nach der Erkundung festlegen (mit: {o})",
        "target_none": "Vorschlag: eine Fähigkeit gewählt, mit gemessenem Ausgangswert, bis zum Überprüfungsdatum",
        "source": "die gesammelten Beispiele und die eigenen Aufzeichnungen des Teams",
        "source_sys": "die gesammelten Beispiele und die Daten in {s}",
        "rule": "Die Fähigkeit aus beobachteten Beispielen wählen, nicht aus dem neuesten Werkzeug oder Kurs",
        "mistakes": ["Einen Kurs wählen, bevor jemand Beispiele des Problems gesehen hat",
                     "Ein Symptom („Kommunikation“) trainieren statt einer Arbeit, die man üben kann"],
        "delivery": ["kurze Teambesprechung mit echten Beispielen", "Rückfrage bei den Empfängern der Arbeit"],
        "q_role": "Welche Rolle oder Rollen betrifft das, und wie viele Personen?",
        "q_headcount": "Wie viele {who} sind es?",
        "q_work": "Welches Arbeitsergebnis zeigt das Problem: welches Ergebnis, in welchem System oder welcher Situation?",
        "q_consumer": "Wer erhält diese Arbeit als Nächstes, und was muss er nachfragen oder neu machen?",
        "q_baseline": "Wie oft geht es heute schief, und wo ließe sich das zählen?",
        "q_target": "Welchen Wert soll die Kennzahl bis zum Überprüfungsdatum erreichen?",
        "q_owner": "Wer kann als Vorgesetzte oder Vorgesetzter der {who} die Übungsarbeiten jede Woche prüfen?",
        "q_type": "Sind die {who} neu in dieser Arbeit, oder ändert sich ihre Rolle? (Das entscheidet zwischen Weiterbildung, Einarbeitung und Umschulung.)",
        "q_new_role": "Welche Aufgaben der neuen Rolle sollen sie zuerst lernen, und wer in dieser Rolle kann sie begleiten?",
        "q_deadline": "Der Text nennt die Frist „{d}“: bis wann muss die Fähigkeit sitzen, und was passiert bis dahin?",
        "people": "Personen",
    },
    "es": {
        "english_best": "Las reglas sin conexión leen mejor el inglés; este texto está en español, así que de momento es un plan breve de exploración con los datos que se pueden leer con seguridad (cifras, fechas, nombres de sistemas). Para un plan completo: describir el problema en inglés o usar un proveedor LLM.",
        "why_gone": "El texto dice: «{cue}». El trabajo o el puesto actual desaparece y las personas pasan a otro puesto.",
        "why_move": "El texto dice: «{cue}». Las personas pasan a un puesto sustancialmente distinto.",
        "why_new": "El texto dice: «{cue}». Las personas son nuevas en la empresa, el equipo o el puesto y tienen que ser productivas en él.",
        "why_conflict": " También dice: «{cue}»; decide el cambio de puesto, por confirmar.",
        "why_none": "El texto no dice que las personas sean nuevas ni que su puesto desaparezca; «{cue}» describe un trabajo que ya hacen. Por eso, de momento, mejora de competencias; por confirmar.",
        "why_none_nocue": "El texto no dice que las personas sean nuevas ni que su puesto desaparezca; por eso, de momento, mejora de competencias; por confirmar.",
        "change_res": "Si las personas siguen en su puesto actual y solo cambian las herramientas o el proceso, es mejora de competencias.",
        "change_onb": "Si las personas ya llevan tiempo haciendo este trabajo aquí, es mejora de competencias; si su puesto actual desaparece, es recualificación.",
        "change_up": "Si las personas acaban de incorporarse o de cambiar de equipo, es incorporación; si su puesto desaparece o pasan a otro puesto, es recualificación.",
        "goal": "Recoger ejemplos recientes del trabajo real del grupo ({who}) y anotar en cada uno el resultado del trabajo, el error y quién lo recibe, para elegir una competencia que practicar",
        "who_default": "las personas afectadas",
        "desc": "{count}{who}",
        "role_default": "puesto no indicado (por precisar)",
        "gap_quote": "Según el texto: «{s}». Todavía no sabemos más; recoger ejemplos (ver las preguntas abiertas).",
        "gap_fault": "Según el texto: «{s}».",
        "gap_none": "Aún no observado: el texto solo dice «{s}». Primero recoger ejemplos del trabajo (ver las preguntas abiertas).",
        "impact": "No indicado: preguntar qué cuesta la brecha en repeticiones, retrasos o efecto en los clientes.",
        "standard": "Se fijará después de la exploración: para el resultado de trabajo elegido, los puntos que contiene un resultado completo, acordados con quienes lo reciben.",
        "asset_title": "Notas de exploración",
        "asset": "Algunos ejemplos recientes del problema, quién intervino, qué costó y qué resultado de trabajo se vio afectado.",
        "practice": "Llevar algunos ejemplos recientes del problema a una reunión breve del equipo y ordenarlos por resultado de trabajo",
        "materials": "ejemplos reales y recientes del problema (anonimizados)",
        "setting": "una reunión breve del equipo en horario normal",
        "owner_default": "responsable del equipo (por confirmar)",
        "owner_plain": "el responsable del equipo",
        "cadence": "reúne los ejemplos y las respuestas a las preguntas abiertas antes de la fecha de revisión",
        "cadence_deadline": "; el texto fija el plazo «{d}»",
        "behaviour": "El equipo acuerda un resultado de trabajo y una lista de comprobación para él",
        "metric_freq": "con qué frecuencia ocurre el fallo que cita el texto ({b}); confirmar en la exploración qué se cuenta exactamente",
        "metric_base": "la proporción que da el texto ({b}); confirmar en la exploración qué se cuenta exactamente",
        "metric": "ejemplos recogidos y preguntas abiertas respondidas",
        "method": "En las próximas dos semanas, recoger ejemplos de las personas y de quienes reciben su trabajo, y contar con qué frecuencia aparece el problema.",
        "target_text": "{t} (objetivo según el texto)",
        "target_prop": "Propuesta: fijar el objetivo después de la exploración (con: {o})",
        "target_none": "Propuesta: una competencia elegida, con un valor inicial medido, antes de la fecha de revisión",
        "source": "los ejemplos recogidos y los registros del propio equipo",
        "source_sys": "los ejemplos recogidos y los datos de {s}",
        "rule": "Elegir la competencia a partir de ejemplos observados, no de la herramienta o el curso más nuevo",
        "mistakes": ["Elegir un curso antes de que nadie haya visto ejemplos del problema",
                     "Formar en un síntoma («comunicación») en lugar de un trabajo que se puede practicar"],
        "delivery": ["reunión breve del equipo con ejemplos reales", "preguntar a quienes reciben el trabajo"],
        "q_role": "¿A qué puesto o puestos afecta, y a cuántas personas?",
        "q_headcount": "¿Cuántos {who} son?",
        "q_work": "¿Qué trabajo muestra el problema: qué resultado, en qué sistema o situación?",
        "q_consumer": "¿Quién recibe ese trabajo después, y qué tiene que preguntar o rehacer?",
        "q_baseline": "¿Con qué frecuencia sale mal hoy, y dónde se podría contar?",
        "q_target": "¿Qué valor debe alcanzar la cifra antes de la fecha de revisión?",
        "q_owner": "¿Qué responsable o supervisor del grupo ({who}) revisará cada semana los trabajos de práctica?",
        "q_type": "¿El grupo ({who}) es nuevo en este trabajo, o cambia su puesto? (Decide entre mejora de competencias, incorporación y recualificación.)",
        "q_new_role": "¿Qué tareas del nuevo puesto deben aprender primero, y quién en ese puesto puede acompañarlos?",
        "q_deadline": "El texto fija el plazo «{d}»: ¿para cuándo debe estar la competencia, y qué pasa hasta entonces?",
        "people": "personas",
    },
    "fr": {
        "english_best": "Les règles hors ligne lisent mieux l'anglais ; ce texte est en français, c'est donc d'abord un court plan de découverte avec les faits lisibles sans risque (chiffres, dates, noms de systèmes). Pour un plan complet : décrire le problème en anglais ou utiliser un fournisseur LLM.",
        "why_gone": "Le texte dit : « {cue} ». Le travail ou le poste actuel disparaît et les personnes passent à un autre rôle.",
        "why_move": "Le texte dit : « {cue} ». Les personnes passent à un rôle substantiellement différent.",
        "why_new": "Le texte dit : « {cue} ». Les personnes sont nouvelles dans l'entreprise, l'équipe ou le poste et doivent y devenir productives.",
        "why_conflict": " Il dit aussi : « {cue} » ; le changement de rôle décide, à confirmer.",
        "why_none": "Le texte ne dit pas que les personnes sont nouvelles ni que leur rôle disparaît ; « {cue} » décrit un travail qu'elles font déjà. D'où, pour l'instant, une montée en compétences ; à confirmer.",
        "why_none_nocue": "Le texte ne dit pas que les personnes sont nouvelles ni que leur rôle disparaît ; d'où, pour l'instant, une montée en compétences ; à confirmer.",
        "change_res": "Si les personnes restent dans leur rôle actuel et que seuls les outils ou le processus changent, c'est une montée en compétences.",
        "change_onb": "Si les personnes font déjà ce travail ici depuis un moment, c'est une montée en compétences ; si leur rôle actuel disparaît, c'est une reconversion.",
        "change_up": "Si les personnes viennent d'être embauchées ou d'arriver dans l'équipe, c'est une intégration ; si leur rôle disparaît ou qu'elles passent à un autre rôle, c'est une reconversion.",
        "goal": "Recueillir des exemples récents du travail réel du groupe ({who}) et noter pour chacun le résultat du travail, l'erreur et qui le reçoit, afin de choisir une compétence à pratiquer",
        "who_default": "personnes concernées",
        "desc": "{count}{who}",
        "role_default": "rôle non précisé (à préciser)",
        "gap_quote": "Selon le texte : « {s} ». Nous n'en savons pas plus ; recueillir des exemples (voir les questions ouvertes).",
        "gap_fault": "Selon le texte : « {s} ».",
        "gap_none": "Pas encore observé : le texte dit seulement « {s} ». Recueillir d'abord des exemples du travail (voir les questions ouvertes).",
        "impact": "Non précisé : demander ce que l'écart coûte en reprises, retards ou effet sur les clients.",
        "standard": "À fixer après la découverte : pour le résultat de travail choisi, les points qu'un résultat complet contient, convenus avec ceux qui le reçoivent.",
        "asset_title": "Notes de découverte",
        "asset": "Quelques exemples récents du problème, qui était impliqué, ce que cela a coûté et le résultat de travail concerné.",
        "practice": "Apporter quelques exemples récents du problème à une courte réunion d'équipe et les trier par résultat de travail",
        "materials": "exemples réels et récents du problème (anonymisés)",
        "setting": "une courte réunion d'équipe pendant le temps de travail normal",
        "owner_default": "responsable de l'équipe (à confirmer)",
        "owner_plain": "le responsable de l'équipe",
        "cadence": "rassemble les exemples et les réponses aux questions ouvertes avant la date de revue",
        "cadence_deadline": " ; le texte fixe l'échéance « {d} »",
        "behaviour": "L'équipe s'accorde sur un résultat de travail et une liste de contrôle pour celui-ci",
        "metric_freq": "la fréquence de l'erreur citée par le texte ({b}) ; confirmer pendant la découverte ce qui est compté exactement",
        "metric_base": "la part donnée par le texte ({b}) ; confirmer pendant la découverte ce qui est compté exactement",
        "metric": "exemples recueillis et questions ouvertes résolues",
        "method": "Dans les deux prochaines semaines, recueillir des exemples auprès des personnes et de ceux qui reçoivent leur travail, et compter la fréquence du problème.",
        "target_text": "{t} (cible selon le texte)",
        "target_prop": "Proposition : fixer la cible après la découverte (avec : {o})",
        "target_none": "Proposition : une compétence choisie, avec une valeur de départ mesurée, avant la date de revue",
        "source": "les exemples recueillis et les données de l'équipe",
        "source_sys": "les exemples recueillis et les données de {s}",
        "rule": "Choisir la compétence à partir d'exemples observés, pas de l'outil ou de la formation la plus récente",
        "mistakes": ["Choisir une formation avant que quiconque ait vu des exemples du problème",
                     "Former à un symptôme (« communication ») plutôt qu'à un travail qu'on peut pratiquer"],
        "delivery": ["courte réunion d'équipe sur des exemples réels", "interroger ceux qui reçoivent le travail"],
        "q_role": "Quel rôle ou quels rôles sont concernés, et combien de personnes ?",
        "q_headcount": "Combien de {who} sont concernés ?",
        "q_work": "Quel travail montre le problème : quel résultat, dans quel système ou quelle situation ?",
        "q_consumer": "Qui reçoit ce travail ensuite, et que doit-il redemander ou refaire ?",
        "q_baseline": "À quelle fréquence cela se passe-t-il mal aujourd'hui, et où pourrait-on le compter ?",
        "q_target": "Quelle valeur le chiffre doit-il atteindre avant la date de revue ?",
        "q_owner": "Quel responsable ou superviseur du groupe ({who}) revoit chaque semaine les exercices pratiques ?",
        "q_type": "Le groupe ({who}) est-il nouveau dans ce travail, ou son rôle change-t-il ? (Cela décide entre montée en compétences, intégration et reconversion.)",
        "q_new_role": "Quelles tâches du nouveau rôle doivent-ils apprendre d'abord, et qui dans ce rôle peut les accompagner ?",
        "q_deadline": "Le texte fixe l'échéance « {d} » : pour quand la compétence doit-elle être acquise, et que se passe-t-il d'ici là ?",
        "people": "personnes",
    },
}


def _english_words(lang: str) -> dict:
    """Languages without labels: the discovery plan in English, saying which language the text is in."""
    name = NAMES.get(lang, lang)
    return {
        "english_best": f"The offline rules read English best; this text is in {name}, so this is a short discovery plan first, "
                        "carrying only the facts that read safely (numbers, dates, system names). For a full plan: describe the "
                        "problem in English or use an LLM provider.",
        "why_none_nocue": "The offline rules cannot read a cue about who the people are in this language; upskilling is assumed until the questions below are answered.",
        "change_up": "If the people are new to the team or position, it is onboarding; if their current role is going away or changing, it is reskilling.",
        "goal": "Collect recent examples where the problem showed in real work, naming the work output, who produced it and who received it, so that one skill can be chosen to practise",
        "who_default": "people concerned", "desc": "{count}{who}", "role_default": "team member (role not stated)",
        "gap_quote": "The text says: \"{s}\". Nothing more is known yet; collect examples (see open questions).",
        "gap_none": "Not yet observed: collect examples of the work first (see open questions).",
        "impact": "Not stated in the problem: ask what the gap costs in rework, delays or customer effect.",
        "standard": "To be set after discovery: for the work output chosen, the items a complete piece of work contains, agreed with the people who receive it.",
        "asset_title": "Discovery notes", "asset": "A few recent examples of the problem, who was involved, what it cost, and the work output concerned.",
        "practice": "Bring a few recent examples of the problem to a short team review and sort them by work output",
        "materials": "recent real examples of the problem (anonymised)", "setting": "a short team meeting in normal working time",
        "owner_default": "team manager (to confirm)", "owner_plain": "the team's manager", "cadence": "collects the examples and the answers to the open questions by the review date",
        "cadence_deadline": "", "behaviour": "The team agrees on one work output and a checklist for it",
        "metric_base": "the figure the text gives: {b}; confirm in discovery what exactly is counted",
        "metric": "examples collected and open questions answered",
        "method": "Over the next two weeks, collect examples from the people doing the work and from those who receive it, and count how often the problem shows.",
        "target_text": "{t} (the text's target)", "target_prop": "Proposed: set the target after discovery (with: {o})",
        "target_none": "Proposed: one skill chosen, with a measured baseline, by the review date",
        "source": "the collected examples and the team's own records", "source_sys": "the collected examples and the data in {s}",
        "rule": "Choose the skill from observed examples, not from the newest tool or course on offer",
        "mistakes": ["Choosing a course before anyone has seen examples of the problem",
                     "Training on a symptom ('communication') instead of a piece of work someone can practise"],
        "delivery": ["a short team review of real examples", "asking the people who receive the work"],
        "q_role": "Which role or roles does this concern, and how many people?", "q_headcount": "How many {who} are there?",
        "q_work": "Which piece of work shows the problem: which output, in which system or situation?",
        "q_consumer": "Who receives that work next, and what do they have to chase or redo?",
        "q_baseline": "How often does it go wrong today, and where could that be counted?",
        "q_target": "What value should the figure reach by the review date?",
        "q_owner": "Who above the {who} could review practice work each week?",
        "q_type": "Are the {who} new to this work, or is their role changing? (It decides between upskilling, onboarding and reskilling.)",
        "q_new_role": "Which tasks of the new role should they learn first, and who already in that role can mentor them?",
        "q_deadline": "The text sets the deadline \"{d}\": by when must the skill be in place?",
        "people": "people",
    }


# ------------------------------------------------------------------------------------------------ the plan
def other_language_plan(frame: ProblemFrame, today: dt.date, meta: PlanMeta) -> Plan:
    lang = (frame.language or "en").lower()
    W = T.get(lang) or _english_words(lang)
    text = " ".join(frame.text.split())
    f = read_facts(text, lang, today) if lang in T else Facts()
    from planner import rules

    if f.role and (rules.is_generic_audience(f.role) or rules.is_generic_audience(f.role_plural or "")):
        f.role = f.role_plural = None  # "Mitarbeiter", "empleados": a group, not a role (the contract rejects it)
    who = f.role_plural or W["who_default"]
    q = lambda key, **kw: W[key].format(**kw)  # noqa: E731

    if f.kind == "reskilling":
        why = q("why_gone" if f.cue_kind == "gone" else "why_move", cue=clip(f.cue_sentence or "", 160))
        if f.other_cue_sentence and f.other_cue_sentence != f.cue_sentence:
            why += q("why_conflict", cue=clip(f.other_cue_sentence, 120))
        change = W["change_res"]
    elif f.kind == "onboarding":
        why, change = q("why_new", cue=clip(f.cue_sentence or "", 160)), W["change_onb"]
    else:
        said = _sentence_with(text, f.role_plural) if f.role_plural else None
        why = q("why_none", cue=clip(said, 160)) if said and "why_none" in W else W["why_none_nocue"]
        change = W["change_up"]

    count = f"{f.headcount} " if f.headcount else ""
    description = q("desc", count=count, who=who) if f.role_plural else W["who_default"]
    said = list(dict.fromkeys(x for x in (f.fault_sentence, f.baseline_sentence) if x))
    gap = q("gap_fault", s=clip(" … ".join(said), 300)) if said and "gap_fault" in W else \
        q("gap_quote", s=clip(f.baseline_sentence, 220)) if f.baseline_sentence else q("gap_none", s=clip(_sentences(text)[0] if _sentences(text) else text, 220)) \
        if "{s}" in W["gap_none"] else W["gap_none"]
    review = today + dt.timedelta(weeks=DISCOVERY_WEEKS)
    if f.deadline_date and f.deadline_date > review:  # SMART time-bound: the text's own deadline sets the review (h15sig)
        review = f.deadline_date
    owner = f.owner or W["owner_default"]
    owner_plain = f.owner or W["owner_plain"]
    cadence = W["cadence"] + (q("cadence_deadline", d=f.deadline) if f.deadline and W["cadence_deadline"] else "")
    source = q("source_sys", s=f.systems[0]) if f.systems else W["source"]
    if f.baseline:
        signal = {"behaviour": W["behaviour"], "metric": clip(q("metric_freq" if f.frequency and "metric_freq" in W else "metric_base", b=f.baseline), 200), "baseline": f.baseline,
                  "baseline_method": None,
                  "target": clip(q("target_text", t=f.target), 200) if f.target else clip(q("target_prop", o=owner_plain), 200),
                  "target_is_proposal": None if f.target else True, "data_source": clip(source, 200)}
    else:
        signal = {"behaviour": W["behaviour"], "metric": W["metric"], "baseline": None, "baseline_method": W["method"],
                  "target": clip(q("target_text", t=f.target), 200) if f.target else W["target_none"], "data_source": clip(source, 200)}

    questions = []
    if not f.role_plural:
        questions.append(W["q_role"])
    elif f.headcount is None:
        questions.append(q("q_headcount", who=who))
    questions += [W["q_work"], W["q_consumer"]]
    if not f.baseline:
        questions.append(W["q_baseline"])
    if not f.target:
        questions.append(W["q_target"])
    if not f.owner:
        questions.append(q("q_owner", who=who))
    if f.kind == "upskilling":
        questions.append(q("q_type", who=who))
    if f.kind == "reskilling":
        questions.append(W["q_new_role"])
    if f.deadline:
        questions.append(q("q_deadline", d=f.deadline))

    data = {
        "intervention_type": f.kind,
        "intervention_rationale": clip(why, 400),
        "intervention_would_change_if": clip(change, 400),
        "skill_goal": clip(q("goal", who=who), 400),
        "audience": {"role": clip(f.role or W["role_default"], 200), "team": None, "headcount": f.headcount,
                     "description": clip(description, 400)},
        "current_gap": clip(gap, 400),
        "work_impact": {"category": "quality", "description": W["impact"]},
        "performance_standard": W["standard"],
        "training_assets": [{"kind": "guide", "title": W["asset_title"], "contains": W["asset"]}],
        "practice_activity": {"task": W["practice"], "materials": [W["materials"]] + list(f.systems[:2]), "setting": W["setting"]},
        "feedback_owner": {"role": clip(owner, 200), "cadence": clip(cadence, 200)},
        "success_signal": signal,
        "review_date": review.isoformat(),
        "review_date_from_text": f.deadline if f.deadline_date and review == f.deadline_date else None,
        "tasks": [],
        "decision_rules": [W["rule"]],
        "common_mistakes": list(W["mistakes"]),
        "practice_cases": [],
        "delivery_methods": list(W["delivery"]),
        "open_questions": questions[:10],
        # a note to the plan's author about the tool (use English or an LLM provider), not an assumption about the
        # team: it belongs in review_notes, shown with the review section (issue 12)
        "review_notes": [W["english_best"]],
        "language": lang,
        "meta": meta.model_dump(),
    }
    try:
        return Plan.model_validate(data, context={"today": today})
    except ValueError:  # a fact read from the text that the contract rejects (a group, not a role): the blank instead
        data["audience"]["role"], data["feedback_owner"]["role"] = W["role_default"], W["owner_default"]
        return Plan.model_validate(data, context={"today": today})
