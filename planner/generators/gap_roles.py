"""The current gap read clause by clause, each clause kept or moved by its role (issue 12, round 10, h20gap).

DOMAIN.md, current gap: "what people struggle with today, observed", and the strict reader: "what goes wrong today,
with the text's numbers, not the impact sentence". Mager's performance discrepancy is what the learners do (or, for
newcomers, have not done yet), so a clause is read by its structure:

- the subject is someone else and the verb is a support or checking verb ("He'll check their first twenty claims",
  "Each branch manager will shadow them", "Amara reviews every binder monthly"): the feedback owner's field, dropped;
- the subject is the writer's plan ("We'll move them into ...", "The plan is for them to ...", "The aim is ..."):
  the goal or the target, dropped;
- the subject is someone downstream and the verb says what they cannot do or what went wrong for them ("so QA cant
  release the batch", "and the next shift has no idea where the batch is"): the work impact, moved there;
- for newcomers and people moving role, the clause that says what they have never done ("None of them has opened a
  business account before"), with its pronoun subject named ("None of the tellers ..."), is the gap.

A clause carrying the baseline's own figure always stays. Nothing is written that the text does not say.
"""

from __future__ import annotations

import re
from typing import Optional

from planner.text.case import cap as _cap

# a separator before a possible new clause: a comma, a dash, a semicolon, "and"/"so"/"but" (the clause test decides)
_SEP = re.compile(r"(\s+--\s+|\s+-\s+|\s*;\s+|,\s+(?:and\s+|so\s+|but\s+)?|\s+(?:and|so|but)\s+(?=[a-z]))", re.I)
_FINITE = re.compile(
    r"^(?:is|are|was|were|has|have|had|will|would|can|could|can't|cant|cannot|couldn't|don't|dont|doesn't|didn't|won't|"
    r"never|still|keep|keeps|kept|just|always|often|also|[a-z]+'ll|[a-z]+’ll|[a-z]+'s|[a-z]+'ve|[a-z]+'re|[a-z-]+(?:s|ed)|ran|got|went|"
    r"sent|put|took|came|gave|lost|left|made|did|does|do)$", re.I)
_PRONOUN = re.compile(r"^(?:(?:most|all|some|both|several|a few)(?: of them)?\s+(?=have|has|had|are|were|know|can)|they|he|she|hes|not one of (?:them|us)|none(?: of (?:them|us))?|neither(?: of them)?|nobody|no one|the new ones?|the newbies?)\b", re.I)
# a support or checking verb with someone else as its subject: the feedback owner's line. The checking, mentoring and
# working-beside verbs are planner.extract.checker.VERBS (one list); beside them, the verbs of helping or taking the
# learners somewhere that are support without being a check ("will show them", "takes them through", "have them").
_HELP = ("sit", "listen", "pair", "look", "go", "walk", "take", "do", "support", "help", "show", "have them", "put them",
         "bring them", "keep them", "ride")
# third-person checking forms that are also plural nouns ("three times a week", "signs of wear"): a verb only with
# the learners or their work as its object
_NOUNLIKE = frozenset("times signs marks tests scores samples grades initials proofs tastes works walks reads".split())


def _support_rx() -> re.Pattern:
    from planner.extract.checker import VERBS, third

    heads = sorted({v.split()[0] for v in VERBS} | set(_HELP), key=len, reverse=True)
    thirds = [third(v) for v in VERBS]
    plain = [t for t in thirds if t.split()[0].lower() not in _NOUNLIKE or " " in t]
    nounlike = [t for t in thirds if t.lower() in _NOUNLIKE]

    def alt(forms) -> str:
        return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(set(forms), key=len, reverse=True))

    return re.compile(
        rf"\b(?:will|'ll|’ll|is going to|are going to)\b[^.;]{{0,30}}\b(?:{alt(heads)})\b"
        rf"|\b(?:{alt(plain)})\b|\b(?:{alt(nounlike)})\s+(?:them|their|his|her|each|every|it)\b"
        rf"|\b(?:sits (?:beside|in)|signs\b[^.;]{{0,20}}\boff|takes them through)\b", re.I)


_SUPPORT = _support_rx()
_PLAN = re.compile(r"^(?:(?:and|so|but)\s+)?(?:we'?ll|we’ll|we will|(?:we're|we’re|we are)\s+(?:moving|putting|bringing|retraining|training|sending|"
                   r"switching|transferring|cross-training|redeploying|planning|going to|hoping|looking to)|the plan is|the idea is|the aim is|"
                   r"the goal is|the hope is|our plan is|(?:we|i)\s+(?:want|'d like|’d like|would like|plan|intend|hope|need)\s+to\s+"
                   r"(?:move|put|turn|train|retrain|bring|switch|shift|have|get)\s+(?:them|the|our|all|each|both))\b", re.I)
# what someone downstream cannot do, or what went wrong for them: the effect of the gap
_EFFECT = re.compile(
    r"\b(?:can't|cant|cannot|can not|couldn't|has no idea|have no idea|had no idea|doesn't know|don't know|didn't know|"
    r"ran late|run late|runs late|got lost|get lost|complain(?:s|ed)?|is held up|are held up|lapsed|have to redo|has to redo)\b", re.I)
_NEVER_WORD = re.compile(r"\b(?:never|not|no|none|neither|wrong|late|miss\w*|without|lose|lost|redundant|nothing)\b", re.I)
_RATE = re.compile(r"\b\d+\s*(?:in|of|out of)\s+(?:the\s+|every\s+)?(?:last\s+)?\d+\b|\d+(?:\.\d+)?\s*%|\b(?:one|1)\s+[a-z-]+\s+in\s+(?:\d+|[a-z]+)\b|"
                   r"\b(?:one|1)\s+in\s+(?:\d+|[a-z]+)\b|\ba (?:third|quarter|fifth)\b|\bhalf (?:of|the)\b", re.I)
_COUNTED_SAMPLE = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty)\s+[a-z]", re.I)
_EACH_ONE = re.compile(r"^(?:each|every)(?:\s+one)?\s+(?:that|of|which)\b", re.I)


_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred".split())


def _words(s: str) -> list[str]:
    return re.findall(r"[\w'’-]+", s)


def _subject(clause: str) -> Optional[str]:
    """The words before the clause's first finite verb (at most seven), or None when it has no subject of its own."""
    from planner.extract.phrases import can_be_verb

    from planner.extract.phrases import can_be_noun

    ws = _words(clause)
    if ws and can_be_verb(ws[0].lower()) and not can_be_noun(ws[0].lower()) and not _FINITE.match(ws[0].lower()):
        return None  # "write findings in SafetyNet that ...": a predicate whose subject is before the separator
    if ws and ws[0].lower().endswith("s") and (can_be_verb(ws[0].lower()[:-1]) or can_be_verb(ws[0].lower().split("-")[-1][:-1])) \
            and not ws[0][:1].isupper() and not (len(ws) > 1 and _FINITE.match(ws[1].lower()) and not ws[1].lower().endswith(("s", "ed"))):
        return None  # "spot-checks 20 charts every Monday", "goes through ...": the predicate of the name before it
    from planner.extract.phrases import base_verb

    if ws and ws[0].lower().endswith("ing") and len(ws[0]) > 5 and base_verb(ws[0].lower()) != ws[0].lower():
        return None  # "logging rejects in the MES": a gerund continues the clause before it
    if len(ws) > 1 and ws[0].lower() in ("then", "also", "and", "or") and can_be_verb(ws[1].lower()):
        return None  # "then chase the hauliers": a second predicate of the same subject
    for i, w in enumerate(ws[:8]):
        lw = w.lower()
        if i and (_FINITE.match(lw) and (not lw.endswith(("s", "ed")) or can_be_verb(lw.rstrip("'’")) or can_be_verb(lw.split("-")[-1])
                                         or lw in ("is", "was", "has", "does"))):
            if lw.endswith("s") and i + 1 < len(ws) and ws[i - 1].lower() in ("the", "a", "an", "our", "their", "of"):
                continue  # "the costumes": a plural noun after its determiner
            return " ".join(ws[:i])
        if i and re.fullmatch(r"[a-z]+", lw) and can_be_verb(lw) and (ws[i - 1].isdigit() or ws[i - 1].lower() in _NUMBER_WORDS) \
                and lw not in ("in", "of", "out"):
            return " ".join(ws[:i])  # "about 1 in 10 go back": a count as the subject, then its verb
        if i >= 2 and re.fullmatch(r"[a-z]+", lw) and not lw.endswith("s") and can_be_verb(lw) and ws[i - 1].lower().endswith("s") \
                and can_be_noun(ws[i - 1].lower()) and not can_be_verb(ws[i - 1].lower()) and ws[0].lower() in ("the", "our", "their", "these", "those", "most", "some"):
            return " ".join(ws[:i])  # "the corporate clients expect ...": a plural subject, then its verb
        if not i and _FINITE.match(lw) and lw in ("will", "would", "can", "has", "have", "is", "are", "never"):
            return None
    return None


def split_with_seps(sentence: str) -> list[tuple[str, str]]:
    """(separator, clause) pairs: the sentence at its separators, a piece joined back to the one before unless it has
    a subject and a verb; the clause carries its connective ("so ...", "and ...") when the separator has one."""
    parts = _SEP.split(sentence)
    out: list[list[str]] = [["", parts[0]]]
    for i in range(1, len(parts), 2):
        sep, piece = parts[i], parts[i + 1] if i + 1 < len(parts) else ""
        # a clause of its own: a subject and its verb, or a name opening an apposition ("Okonkwo, our shift lead, checks")
        if piece and not re.match(r"^(?:who|whom|whose|which|that)\b", piece.strip(), re.I) and (_subject(piece) is not None or re.match(r"^[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?$", piece.strip()) and "," in sep):
            word = re.search(r"\b(and|so|but)\b", sep, re.I)
            out.append([sep[: word.start()] if word else sep, (sep[word.start():] if word else "") + piece])
        else:
            out[-1][1] = out[-1][1] + sep + piece
    return [(a, b) for a, b in out if b.strip()]


def split_clauses(sentence: str) -> list[str]:
    return [c.strip() for _, c in split_with_seps(sentence)]


def _names_learners(s: str, learners: tuple[str, ...]) -> bool:
    return any(w and re.search(rf"\b{re.escape(w)}\b", s, re.I) for w in learners)


def role(clause: str, learners: tuple[str, ...], keep: Optional[str] = None) -> str:
    """keep | support | plan | effect, by the clause's subject and verb."""
    if keep and keep.lower() in clause.lower():
        return "keep"
    body = re.sub(r"^(?:and|so|but|which means|then)\s+", "", clause.strip(), flags=re.I)
    if _PLAN.match(body):
        return "plan"
    subj = _subject(body) or ""
    opens = any(w and re.match(rf"^(?:[\w'’-]+\s+){{0,3}}?{re.escape(w)}\b", body, re.I)
                for w in learners)  # "Stock associates can't count ...": the learners open the clause
    by_learners = opens or _names_learners(subj, learners) or bool(_PRONOUN.match(body) and not re.match(r"^(?:he|she)\b", body, re.I))
    if not by_learners and _SUPPORT.search(body) and re.search(r"\b(?:them|their|they|every|each|first|with)\b", body, re.I):
        return "support"
    if re.match(r"^(?:he|she)\b", body, re.I) and _SUPPORT.search(body) and re.search(r"\b(?:their|them)\b", body, re.I):
        return "support"  # "He'll check their first twenty claims": someone else's work on theirs
    if not by_learners and subj and (_EFFECT.search(body) or _EACH_ONE.match(body)
                                     or re.match(r"^so\s", clause.strip(), re.I) and not re.match(r"^(?:i|we|you)\b", body, re.I)
                                     and not re.search(r"\b(?:will|'ll|’ll|going|moving|become|becomes|move|moves)\b", body, re.I)):
        return "effect"  # someone downstream, or a result clause ("so the shelvers put them in the wrong bay")
    if re.search(r"\bthey(?:'ll|’ll| will)\b", body, re.I) and not _NEVER_WORD.search(body) and not _names_learners(subj, ()) \
            and not re.match(r"^(?:if|unless)\b", body, re.I):
        return "plan"  # "First thing they'll do is book export shipments": the work to come
    if (by_learners or re.match(r"^(?:where|when)\s+they\b", body, re.I)) and re.search(
            r"^(?:where\s+|when\s+)?[^,;]{0,60}?\b(?:will|'ll|’ll|are going to|is going to)\s+(?:be\s+)?[a-z]+", body, re.I) \
            and not _NEVER_WORD.search(body):
        return "plan"  # "where they will answer the app complaints": the work to come, not what goes wrong today
    return "keep"


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text or "") if s.strip()]


def _end(s: str) -> str:
    s = s.strip().rstrip(",;:- ")
    return s if s.endswith((".", "!", "?")) else s + "."


def settle(gap: str, learners: tuple[str, ...], keep: Optional[str] = None, _effects_stay: bool = False) -> tuple[str, Optional[str]]:
    """(the gap without its support, plan and effect clauses; the effect clauses, as a sentence, or None). An effect
    clause that cannot stand as a sentence of its own stays in the gap (the impact is never left without it)."""
    kept: list[str] = []
    effects: list[tuple[str, str]] = []
    changed = False
    for s in _sentences(gap):
        out = []
        pieces = split_with_seps(s.rstrip(".!"))
        for k, (sep, c) in enumerate(pieces):
            r = role(c.strip(), learners, keep)
            if r == "support" and k + 1 < len(pieces) and keep and keep.lower() in pieces[k + 1][1].lower() and _COUNTED_SAMPLE.search(c) \
                    and re.match(r"^\s*(?:and|but)\s+(?:about|around|roughly|nearly|only|\d)", pieces[k + 1][1], re.I):
                r = "keep"  # "spot-checks 20 charts every Monday and about 1 in 4 are missing ...": the count's own frame
            if r == "effect" and _RATE.search(c):
                r = "keep"  # "so the underwriters kick back about 1 in 6 valuation reports": the fault's own rate stays in the gap
            if r == "keep" or r == "effect" and _effects_stay:
                out.append((sep, c))
                continue
            changed = True
            if r == "effect" and c.strip().lower() not in (e.strip().lower() for _, e in effects):
                effects.append((sep if effects else "", c) if not effects or sep else (". ", c))
        if out:
            first = re.sub(r"^(?:and|but|so)\s+", "", out[0][1].strip(), flags=re.I)
            kept.append(_end(_cap(first + "".join(sep + c for sep, c in out[1:]))))
    if not changed:
        return gap, None
    if effects and kept and not any(_FAULT.search(k) or keep and keep.lower() in k.lower() for k in kept) \
            and any(_FAULT.search(c) for _, c in effects):
        return gap, None  # "... and the pit bosses can't reconcile the trays when the slip amounts are wrong": the fault rides in the effect
    effect = _effect_sentence(effects)
    if effects and effect is None or effects and not kept and not learners:
        return settle(gap, learners, keep, _effects_stay=True)  # no learners to tell them from, or no sentence of its own
    return (" ".join(kept), effect) if kept else ("", effect)


def _effect_sentence(effects: list[tuple[str, str]]) -> Optional[str]:
    """The effect clauses as one sentence, else the first that passes the well-formedness gate alone."""
    from planner.generators.gate import problems

    def bare(c: str) -> str:
        return re.sub(r"^(?:and|so|but|which means|then)\s+", "", c.strip(), flags=re.I)

    if not effects:
        return None
    cands = [_end(_cap(bare(effects[0][1]) + "".join(sep + c for sep, c in effects[1:])))] + [_end(_cap(bare(c))) for _, c in effects]
    return next((c for c in cands if not problems(c, phrase=True)), None)  # the text's own words, quoted whole


# --- newcomers and people moving role: what they have not done yet ------------------------------------------
_NEVER = re.compile(r"\b(?:never|none\s+(?:of them\s+)?(?:knows?|can|could|did|does|do)\b|not one\b[^.;]{0,20}\b(?:has|have|had)|none\b[^.;]{0,20}\b(?:has|have|had|is|was)|neither\b|nobody\b[^.;]{0,20}\bhas|no one\b[^.;]{0,20}\bhas|"
                    r"haven't|have not|hasn't|has not|hadn't|not yet|no experience|not (?:done|used|worked|seen))\b", re.I)
_ANAPHOR = re.compile(r"^(?:in that time|since then|by then|meanwhile|that|this)\b|\beither\b", re.I)
_SUBJ_PRONOUN = [
    (re.compile(r"^(most|all|some|both|several|a few)(?: of them)?(?=\s+(?:have|has|had|are|were|know|can)\b)", re.I), "{q} of the {who}"),
    (re.compile(r"^none of (?:them|us)\b", re.I), "None of the {who}"),
    (re.compile(r"^not one of (?:them|us)\b", re.I), "Not one of the {who}"),
    (re.compile(r"^none\b(?! of)", re.I), "None of the {who}"),
    (re.compile(r"^neither(?: of them)?\b", re.I), "Neither of the {who}"),
    (re.compile(r"^they(?:'ve|’ve)\b", re.I), "The {who} have"),
    (re.compile(r"^they(?:'ll|’ll)\b", re.I), "The {who} will"),
    (re.compile(r"^they(?:'d|’d)\b", re.I), "The {who} would"),
    (re.compile(r"^they(?:'re|’re)\b", re.I), "The {who} are"),
    (re.compile(r"^they\b", re.I), "The {who}"),
    (re.compile(r"^(?:he|she)(?:'s|’s)\s+(?=never|not|been|done|used|worked|seen)", re.I), "The {one} has "),
    (re.compile(r"^hes\s+(?=never|not|been|done|used|worked|seen)", re.I), "The {one} has "),
    (re.compile(r"^(?:he|she)\b", re.I), "The {one}"),
    (re.compile(r"^the new ones\b", re.I), "The new {who}"),
]


def _named(clause: str, who: str) -> str:
    """The clause with its pronoun subject replaced by the learners ("None of them has" -> "None of the tellers has")."""
    c = clause.strip()
    for rx, rep in _SUBJ_PRONOUN:
        if rx.match(c):
            if "{one}" in rep and who.endswith("s"):
                return c  # "He's never planned anything" beside a plural role: the pronoun stays as written
            w = who if not (rep.startswith("The new") and who.lower().startswith("new ")) else who[4:]
            q = rx.match(c).group(1).capitalize() if "{q}" in rep else ""
            return rx.sub(rep.format(who=w, one=w, q=q), c, count=1)
    return c


def never_done(text: str, learners: tuple[str, ...], who: str) -> str:
    """The text's own clause of what the newcomers have never done, its pronoun named; the sentence before it when
    the clause leans on it ("In that time ... so neither has seen either"); "" when the text says none."""
    sents = [s for s in _sentences(text) if not s.endswith("?")]
    for w in learners:  # "three seasonal tax preparers ... who've done returns before but never on TaxDome"
        m = w and re.search(rf"\b{re.escape(w)}\b[^.;,]{{0,30}}?\bwho(?:'ve|’ve| have| had|'d|’d)\s+(?P<rest>[^.;]*?\b(?:never|not)\b[^.;]*)", text, re.I)
        if m:
            return _end(f"The {who} have {m.group('rest').strip()}")
    for k, s in enumerate(sents):
        for c in split_clauses(s.rstrip(".!")):
            body = re.sub(r"^(?:and|so|but)\s+", "", c.strip(), flags=re.I)
            if not _NEVER.search(body) or role(body, learners) != "keep" or re.search(
                    r"\b(?:hasn't|has not|haven't|have not|not yet|never)\s+(?:yet\s+)?(?:started|joined|arrived|begun|come)\b", body, re.I):
                continue  # "who hasn't started yet": the start, not what they have not done
            subj = _subject(body) or ""
            if not (_PRONOUN.match(body) or _names_learners(subj, learners) or _names_learners(body, learners)):
                continue
            if _ANAPHOR.search(body) and k:
                return f"{_end(_cap(sents[k - 1]))} {_end(_cap(s))}"
            if c.strip() != s.rstrip(".! ") and _ANAPHOR.search(s):
                return _end(_cap(s))
            pieces = split_clauses(s.rstrip(".!"))
            if len(pieces) > 1 and pieces[0].strip() == c.strip() and all(role(p, learners) == "keep" for p in pieces[1:]):
                return _end(_cap(_named(s.strip().rstrip(".!"), who)))  # "Most have never tutored before, and last year ...": the whole sentence
            return _end(_cap(_named(body, who)))
    return ""


_FUTURE_WORK = re.compile(r"\b(?:they(?:'ll|’ll| will)|for them to|they're going to|they are going to|they'd)\s+(?:do\s+is\s+|be\s+(?=[a-z]+ing\b))?(?P<v>[a-z]+)\s+(?P<o>[^.;,]{3,80})", re.I)


def not_yet_done(text: str, who: str, many: bool) -> str:
    """"The letting agents have not yet checked right-to-rent documents on their own": the plan's own work (the text's
    "they'll check ...", "for them to handle ...") as what they have not done; "" when the text names no such work."""
    from planner.generators.signal_metric import _participle
    from planner.extract.phrases import can_be_verb

    m = _FUTURE_WORK.search(text or "")
    if not m or not can_be_verb(m.group("v").lower()) or m.group("v").lower() in ("be", "have", "need", "want", "start", "join", "move", "go", "get"):
        return ""
    v = m.group("v").lower()
    if v.endswith("ing"):
        from planner.extract.phrases import base_verb

        v = base_verb(v)
    part = _participle(v)
    if not part:
        return ""
    obj = re.split(r"\s+and\s+(?=(?:follow|chase|call|send|check|book|write|update|log|file|take|make|run|answer)\b)", m.group("o").strip())[0]
    obj = re.split(r"\s+(?:from|by|after|before|when|once|until)\s+(?=(?:the\s+)?(?:\d|next|then|now|end|start|summer|spring|autumn|winter|"
                   r"january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|"
                   r"thursday|friday|saturday|sunday)\b)", obj, flags=re.I)[0]  # "from April": when, not what
    return f"The {who} {'have' if many else 'has'} not yet {part} {obj} on their own."


_START = re.compile(r"\b(?:start(?:s|ed|ing)?|join(?:s|ed|ing)?|arriv(?:e|es|ed)|(?:are|is) back|come back|came back|hired|bringing in|"
                    r"take over|takes over|are moving|will move|moving into|move into|go over to|going over to|will become|become|shuts?|closes?|close)\b", re.I)


# the subject of a figure that is the work of the staff already in the role ("the servers we have now", "the testers we
# have now", "the renewals team currently"): another group's work, never the newcomers' baseline. A previous intake of
# newcomers ("the last intake", "last year's new starters") is the same stage of the same work: its figure stays.
OTHERS = re.compile(r"\b(?:we have now|we've got now|we already have|current|existing|experienced|other|older|regular|the rest of)\b", re.I)


def others_sentence(s: str) -> bool:
    """A sentence whose figure is other people's work: the words before its first number name another group."""
    m = re.search(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|a third|a quarter|half)\b", s, re.I)
    return bool(m) and bool(OTHERS.search(s[: m.end()]))


def others_clause(text: str) -> str:
    """The text's clause of another group's figure ("the last one double-booked about 1 in 10 Cliniko appointments"), as
    a comparison sentence; "" when there is none."""
    for s in _sentences(text):
        for c in split_clauses(s.rstrip(".!")):
            body = re.sub(r"^(?:and|so|but|for what it's worth|for what it’s worth|for reference)\W*\s*", "", c.strip(), flags=re.I)
            if others_sentence(body):
                return f"For comparison, not their own work: {_end(body[:1].lower() + body[1:] if not re.match(r'^[A-Z][a-z]+[A-Z]|^[A-Z]{2}', body) else body)}"
    return ""


def newcomer_gap(gap: str, text: str, learners: tuple[str, ...], who: str, many: bool) -> str:
    """For newcomers and people moving role: the text's never-done clause; else the gap without the sentences that
    only say when they start or move (the start date alone is no gap), else what the plan's work is, not yet done;
    "" when none of these applies (the caller keeps the gap)."""
    nd = never_done(text, learners, who)
    if nd:
        return nd
    rest = [s for s in _sentences(gap) if not start_only(s) and not others_sentence(s)]
    if rest and len(rest) < len(_sentences(gap)) and any(has_fault(s) or _RATE.search(s) for s in rest):
        return " ".join(rest)
    if not rest or len(rest) < len(_sentences(gap)):
        return not_yet_done(text, who, many)  # "" when the text names no such work: the caller writes its own line
    return gap


_FAULT = re.compile(r"\b(?:wrong|mis[a-z]{3,}|without|leave out|leaves out|left out|forget\w*|late|error\w*|never|skip\w*|no\s+[a-z]+|not\b)", re.I)


def start_only(s: str) -> bool:
    """A sentence that only says when the people start or move: no fault, no rate, no time the work took."""
    return bool(_START.search(s)) and not _FAULT.search(s) and not _RATE.search(s) and not re.search(
        r"\btimes the\b|\b(?:took|takes|needed|needs)\s+(?:about\s+|around\s+)?\w+\s+(?:weeks|months|days)\b", s, re.I)


def without_start(gap: str) -> str:
    """The gap without the sentences that only say when the people start or move (the start date alone is no gap),
    unless nothing else is left."""
    rest = [s for s in _sentences(gap) if not start_only(s)]
    return " ".join(rest) if rest else gap


def has_fault(gap: str) -> bool:
    """The gap names something done wrong or not done (a fault word, or a never-done clause)."""
    return bool(_FAULT.search(gap or "") or _NEVER.search(gap or ""))


def keep_count(gap: str, quoted: str, figure: Optional[str]) -> str:
    """The settled gap with the clause of the text's own count of the fault put back when settling lost it (DOMAIN.md
    rubric, current gap: "with the text's numbers"): "None of the temps has used the DMV system before. About 1 in 4 of
    the licences they issue has the wrong expiry date." ``quoted``: the gap as quoted before settling."""
    if not figure or figure.lower() not in quoted.lower() or figure.lower() in gap.lower():
        return gap
    said = next((x.strip() for x in re.split(r"(?<=[.!?;])\s+", quoted) if figure.lower() in x.lower()), "")
    said = next((re.sub(r"^(?:and|but|so|while)\s+", "", c.strip(" ,;"), flags=re.I) for c in split_clauses(said)
                 if figure.lower() in c.lower()), said)  # the figure's own clause ("about 1 in 4 of the licences ...")
    if not said or said.lower() in gap.lower() or len(gap) + len(said) >= 400:
        return gap
    if not gap.strip() or gap.startswith("Not yet observed"):
        return _cap(said)
    said = said.rstrip(";")
    return (gap.rstrip() + (" " if gap.rstrip().endswith((".", "!", "?")) else ". ")
            + _cap(said + ("" if said.endswith((".", "!", "?")) else "."))).strip()
