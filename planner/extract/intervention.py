"""Which kind of skill change a problem describes, from who the people are and what happens to their role.

../shared/DOMAIN.md, "Three kinds of skill change": onboarding makes someone productive in a new
company, team or position; reskilling prepares a person for a substantially different role (usually
because the current one goes away); upskilling strengthens the work a person already does. The cue is
always about the *people* ("four new reps who start Monday", "the clerks will have nothing to do",
"move the pickers into coordinator roles"), never a word that names a process or a feature
("the onboarding workflow", "automation features"): those describe the work, not the person.

``cues(text)`` returns every cue found, as written in the text, so the rationale can quote it and the
would-change-if sentence can name the cue that would flip the answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_N = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|a few|several|some)"
_WHEN = r"(?:monday|tuesday|wednesday|thursday|friday|next|this|in|on|soon|tomorrow|today|last|january|february|march|april|may|june|july|august|september|october|november|december)"

# People new to the company, team or position.
ONBOARDING = (
    re.compile(r"\b(?:we|we're|we've|are|is|have|has|had|just|recently|will|to|been)\s+(?:hiring|hired|hire|recruiting|recruited|taking on|taken on|bringing on)\b", re.I),
    re.compile(r"\bnew (?:hires?|starters?|joiners?|recruits?|graduates?|colleagues|employees|team members|members of staff)\b", re.I),
    re.compile(rf"\b(?:who|they|she|he|will|to)\s+(?:will\s+)?(?:start|starts|join|joins|begin|begins)\s+(?:us\s+|the team\s+|our team\s+|with us\s+)?(?:on\s+|in\s+|next\s+)?{_WHEN}\b", re.I),
    re.compile(rf"\b(?:start|starts|starting|join|joins|joining)\s+(?:us\s+|the team\s+|our team\s+)?(?:next|this|on|in)\s+(?:\w+\s+)?(?:week|month|monday|tuesday|wednesday|thursday|friday|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)\b", re.I),
    re.compile(r"\b(?:just|recently|newly)\s+(?:hired|joined|started|arrived|transferred|appointed|moved)\b", re.I),
    re.compile(r"\b(?:transferred|transferring|moved over|seconded)\s+(?:in|into|to|over|from)\b", re.I),
    re.compile(r"\b(?:have|has)\s+(?:just\s+)?joined\b|\bjoined\s+(?:us|the team|our team|last|this|in)\b", re.I),
    re.compile(rf"\bnew\s+(?:[a-z-]+\s+){{0,3}}?(?:who\s+)?(?:will\s+)?(?:start|starts|started|join|joins|joined|begin|begins|arrive|arrives|arriving|coming in|comming in|coming on board)\b", re.I),
    re.compile(rf"\b(?:we have|we've got|we got|we're getting|we are getting|getting|welcoming)\s+(?:{_N}\s+)?new\b", re.I),
    re.compile(r"\b(?:start|starts|join|joins|starting|joining)\s+(?:on\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b", re.I),
    re.compile(r"\b(?:starts?|started|starting|joins?|joined|joining)\s+as\s+(?:a\s+|an\s+|the\s+|our\s+)?(?:new\s+)?[a-z-]+", re.I),
    re.compile(r"\bnew to (?:the|our|this) (?:company|team|role|job|position|department|unit|ward|site|business)\b", re.I),
    re.compile(r"\b(?:first|opening) (?:day|days|week|weeks|month|months) (?:in|on|at|of) (?:the|their|the new) (?:job|role|team|position)\b", re.I),
)
# The current role goes away, or the people move into a substantially different one.
RESKILLING = (
    re.compile(r"\b(?:will be|are being|is being|be|being|get|gets|got)\s+(?:fully\s+|largely\s+|mostly\s+)?(?:replaced|automated|made redundant|phased out|eliminated|cut)\b", re.I),
    re.compile(r"\b(?:[a-z]*bots?|software|a tool|the tool|an? (?:ocr|ai|rpa) (?:tool|system)|automation|machines?)\s+(?:will\s+|would\s+|is going to\s+|are going to\s+)?(?:replace|take over|do|read|handle)\b", re.I),
    re.compile(r"\b(?:replace|replaces|replacing)\s+(?:most|all|much|the|their|our)\s+(?:of\s+)?(?:the\s+)?(?:manual\s+)?[a-z-]+", re.I),
    re.compile(r"\b(?:will\s+)?(?:have|has)\s+(?:little\s+or\s+)?nothing (?:left )?to do\b", re.I),
    re.compile(r"\blose (?:their|his|her|our) (?:current )?(?:roles?|jobs?|positions?)\b", re.I),
    re.compile(r"\b(?:roles?|jobs?|positions?) (?:is |are |will be )?(?:going away|disappearing|being cut|no longer needed|redundant)\b", re.I),
    re.compile(r"\b(?:move|moves|moving|moved|redeploy\w*|transition\w*)\b[^.;]{0,40}?\b(?:in)?to\s+(?:new\s+|different\s+)?(?:[a-z-]+\s+){0,3}(?:roles?|positions?|jobs?)\b", re.I),
    re.compile(r"\b(?:wants?|want|hopes?|plans?|asked|going|need|needs|will|would|must|should|to)\s+(?:to\s+)?become\s+(?!(?:less|more|unless)\b)(?:(?:a|an)\s+[a-z-]+|[a-z-]+\s+[a-z-]+s\b|[a-z-]+s\b)", re.I),
    re.compile(r"\b(?:move|moves|moving|moved)\s+(?:them\s+)?into\s+(?!the\s|a\s|an\s|our\s)(?:[A-Za-z-]+\s+){0,2}(?:design|development|analysis|analytics|logistics|dispatch|engineering|sales|marketing|support|coordination|planning|nursing|programming|coding|teaching|management|roles?|positions?|jobs?)\b", re.I),
    re.compile(r"\boff\s+(?:the\s+)?[a-z-]+\s+and\s+into\b", re.I),
    re.compile(r"\bin\s+(?:the|their|his|her)\s+new\s+roles?\b|\b(?:redeployed|reassigned|retrained|moved)\s+as\b", re.I),
    re.compile(r"\bneed\s+(?:new|different|other)\s+(?:roles?|jobs?|positions?)\b", re.I),
    re.compile(r"\b(?:clos(?:e|es|ing|ed)|shut(?:ting)?)\s+(?:down\s+)?(?:the|our)\s+(?:[a-z-]+\s+){0,3}(?:studio|office|site|branch|branches|department|plant|warehouse|store|stores|centre|center|unit|desk|line)\b|\bbranch closures?\b", re.I),
    re.compile(r"\b[a-z-]+\s+(?:is|are)\s+(?:going away|disappearing|being automated)\b", re.I),
    re.compile(r"\bbecome\s+(?:a|an)\s+(?:junior\s+)?(?:data|software|ux|it|developer|analyst|programmer|engineer|designer)\b", re.I),
    re.compile(r"\b(?:has|have|had)\s+never\s+(?:programmed|coded|supervised|managed|done|worked as|written code|led)\b", re.I),
    re.compile(r"\bretrain\w*\s+(?:them\s+|him\s+|her\s+)?as\b|\breskill\w*\b|\bcareer change\b|\bredeploy\w*\b", re.I),
)


@dataclass(frozen=True)
class Cues:
    onboarding: tuple[str, ...]
    reskilling: tuple[str, ...]
    # the reskilling cues by what they say: the current work goes away, a move into another role, never done the work
    gone: tuple[str, ...] = ()
    move: tuple[str, ...] = ()
    never: tuple[str, ...] = ()
    # said under a negation (planner.extract.cue_polarity): "they aren't new", "nobody is being replaced"
    denied_onboarding: tuple[str, ...] = ()
    denied_reskilling: tuple[str, ...] = ()
    tenure: tuple[str, ...] = ()  # "have all been here years", "aren't new"
    stays: tuple[str, ...] = ()   # "Nobody is being replaced by the new OCR scanner"
    # an arrival said of the people the learners serve or take on ("Our fitness coordinators onboard roughly 40 new
    # members a month"): read, and set aside, so the rationale can say why it does not decide the type (h19type)
    served: tuple[str, ...] = ()
    # the place or work that goes, when the people arrive in another team or site to do the same work there ("The Leeds
    # depot closes in March and its six drivers transfer to our York depot, where they'll keep doing multi-drop runs"):
    # read, and set aside, so the rationale can say why it is onboarding and not reskilling
    same_work_elsewhere: tuple[str, ...] = ()
    # part of the work taken by a machine, a system or another party, with no move of the people said ("The vendor now
    # handles the site activation calls"): not a loss of the role alone, named so the would-change-if can say what would
    # make it reskilling
    partial_loss: tuple[str, ...] = ()

    def kind(self) -> str:
        """Reskilling when the role goes away or changes; else onboarding when the people are new; else upskilling."""
        if self.reskilling:
            return "reskilling"
        if self.onboarding:
            return "onboarding"
        return "upskilling"


def _add(seen: list[str], phrase: str) -> None:
    phrase = " ".join(phrase.split())
    if phrase and not any(phrase.lower() in s.lower() or s.lower() in phrase.lower() for s in seen):
        seen.append(phrase)


_CLAUSE_END = re.compile(r"[.;:!?,()]|\s(?:and|but|so|because|while|whereas|although|though|which|where)\s|\s-\s", re.I)
_DANGLING = frozenset("a an the of to for in on at by with from and or but so as our their his her its this that who "
                      "which into over is are was were be been will would after before until since than".split())
_MAX_WORDS = 22


def whole_clause(text: str, phrase: str) -> str:
    """The cue as a whole constituent of the text: the matched words, widened to the clause they sit in (from the
    clause's start when it is near, to its end), at most a short quote and never ending on a dangling word:
    "intake of 6 phlebotomists arrives in" -> "Our spring intake of 6 phlebotomists arrives in March"."""
    flat = " ".join(text.split())
    i = flat.lower().find(phrase.lower())
    if i < 0:
        return phrase
    j = i + len(phrase)
    starts = [m.end() for m in _CLAUSE_END.finditer(flat, 0, i)]
    left = starts[-1] if starts else 0
    rel = _RELATIVE_BEFORE.search(flat[:left]) if _VERB_FIRST.match(flat[left:i + len(phrase)]) else None
    if rel:
        # the clause opens on its verb after a relative clause set off by commas ("Ken and Lorraine, who've done those
        # rounds for fourteen years, are going across to the lab"): its subject is before the relative clause
        left = rel.start("subject")
    before = flat[left:i].split()
    if len(before) > 10 and not rel:  # a long clause: the ten words before the cue (its subject, usually: "Two of our five copy
        # operators have asked to retrain as ..."), at a word boundary
        left = i - len(" ".join(before[-10:])) - (1 if flat[i - 1: i] == " " else 0)
    m = _CLAUSE_END.search(flat, j)
    right = m.start() if m else len(flat)
    words = flat[left:right].split()
    head = len(flat[left:i].split())
    need = head + len(phrase.split())
    if len(words) > max(_MAX_WORDS, need):
        words = words[: max(_MAX_WORDS, need)]
    while len(words) > need and words[-1].lower().strip("'\"") in _DANGLING:
        words.pop()
    out = " ".join(words).strip(" ,;:-")
    if out.count("(") > out.count(")"):
        out = out[: out.rfind("(")].strip(" ,;:-") if phrase.lower() in out[: out.rfind("(")].lower() else out + ")"
    return out if phrase.lower() in out.lower() else phrase


_VERB_FIRST = re.compile(r"\s*(?:are|is|were|was|will|would|have|has|had|can|could|must|should)\b", re.I)
_RELATIVE_BEFORE = re.compile(r"(?:^|[.;:!?]\s+|,\s+)(?P<subject>[A-Z][\w'’-]*(?:\s+(?:and\s+)?[\w'’-]+){0,4}?),\s+(?:who|which|that)\b[^,]{1,80},\s*$")
INTO_TEAM = re.compile(r"^(?P<subject>.*?)\b(?:(?:move|moves|moving|moved|transfer\w*|go|goes|going|join|joins|joining|redeploy\w*|shift\w*|switch\w*)"
                        r"\s+(?:over\s+|across\s+)?(?:in)?to|join|joins|joining|joined)\s+(?:the|our|a|their)\s+(?P<field>(?:[\w-]+\s+){1,3}?)"
                        r"(?:team|department|desk|office|unit|function|section|shop|line|floor|cell|room|lab|yard|depot|ward|kitchen)s?\b", re.I)
_FIELD_STOP = frozenset("new same other main central back front our the their".split())


def _team_move(cue: str) -> bool:
    """"The 11 billing agents will move into the collections team": a move into a team named by a field of work that
    the learners' own role does not name (their subject shares no word with it); "the claims handlers transfer into
    our claims team" keeps the same work."""
    m = INTO_TEAM.search(cue)
    if not m:
        return False
    # (a name is where the team is, not its field: "transfer to our York depot" is the same work at another site)
    field = {w.lower()[:5] for w in m.group("field").split() if w.lower() not in _FIELD_STOP and not w[:1].isupper()}
    subject = {w.lower()[:5] for w in re.findall(r"[A-Za-z-]+", m.group("subject"))}
    return bool(field) and not field & subject


_AUX_WORDS = frozenset("has have had 's 've is are was were will 'll would be been being just already now also recently".split())
_TAKE_OVER = re.compile(r"^(?:take|takes|took|taking|taken) over\b", re.I)


def _structure(text: str, a: dict) -> list[str]:
    """Merge the structural reading (planner.extract.role_structure) into the cue frames' phrases, in place: a person
    taking over a post or a duty is no work going away; the work taken away plus a move to other work is reskilling;
    an arrival in a post or a new site is onboarding."""
    from planner.extract.intervention_frames import _is_person
    from planner.extract.role_structure import analyse as structure

    st = structure(text)
    flat = " ".join(text.split())
    keep = []
    for p in a["gone"]:
        i = flat.lower().find(p.lower())
        # the subject before the verb group ("Kim has just taken over ..."): auxiliaries and adverbs skipped
        before = [w for w in (flat[:i].split() if i > 0 else []) if w.lower() not in _AUX_WORDS][-3:]
        if _TAKE_OVER.match(p) and any(_is_person(w.lower().strip(",.;:'")) or w.lower() in ("they", "he", "she", "we", "who")
                                       or (w[:1].isupper() and w.lower() not in ("the", "our", "a", "an")) for w in before[-2:]):
            continue
        keep.append(p)
    a["gone"] = keep + [p for p in st["gone"] if p not in keep]
    a["partial"] = list(st.get("partial", []))
    a["move"] = a["move"] + [p for p in st["move"] if p not in a["move"]]

    if not (a["gone"] or a["move"] or a.get("tenure_here")):
        # (beside learners long in their post, "A graduate inspector joins in May and will shadow them" is someone
        # else's arrival, as the frames' own arrivals are read under tenure: planner.extract.intervention_frames)
        a["onboarding"] = a["onboarding"] + [p for p in st["onboarding"] if p not in a["onboarding"]]
    from planner.extract.work_handover import onto_tool  # "onboarding the operators onto the new console": a tool, not an arrival

    tool = [(flat.lower().find(q.lower()), len(q)) for q in onto_tool(text)]
    a["onboarding"] = [p for p in a["onboarding"] if not any(i >= 0 and i <= flat.lower().find(p.lower()) < i + n for i, n in tool)]
    return list(st["onboarding"])  # the arrivals the structural reading finds, whatever else it finds


_ARRIVAL_FROM = re.compile(r"\b(?:transferr?\w*|mov(?:e|es|ed|ing)|com(?:e|es|ing)|came|relocat\w*|second\w*|join\w*)\s+(?:us\s+)?(?:in|over|across|back)?\s*from\s+"
                           r"(?:the|our|a|an|their|his|her)\s+(?:[\w-]+\s+){0,3}?(?:office|site|branch|team|division|depot|plant|region|district|store|clinic|unit|crew|company|firm)\b", re.I)


# the text says the work stays the same wherever they go ("same jobs", "they'll keep doing multi-drop runs")
_SAME_WORK = re.compile(r"\bsame (?:jobs?|work|roles?|duties|tasks|kind of work|job titles?)\b|\b(?:keep|carry on|continue|still be|go on) (?:doing|running|driving|working|to do)\b"
                        r"|\bdo(?:ing)? (?:exactly )?the same\b", re.I)
_CURRENT = re.compile(r"\b(?:existing|current|established|long-standing)\b", re.I)


def _merged(phrases: list[str]) -> list[str]:
    seen: list[str] = []
    for p in phrases:
        _add(seen, p)
    return seen


def cues(text: str) -> Cues:
    """The cue frames found (planner.extract.intervention_frames), each quoted as the whole clause the text writes it
    in, in reading order (the first mention usually introduces the people). Having never done the work counts for
    reskilling only when nothing says the people are arriving in a new team or company."""
    from planner.extract.intervention_frames import analyse

    a = analyse(text)
    flat = " ".join(text.split()).lower()
    structure_onb = _structure(text, a)  # whose work is taken away, who moves to other work, who is new (planner.extract.role_structure)
    from planner.extract import cue_polarity

    a, d_onb, d_res = cue_polarity.split(text, a)  # a denied cue says the opposite (NegEx scope)
    from planner.extract.intervention_frames import _OTHER_LEAVERS, _clause_around, _replaces_leavers

    arrivals = a["onboarding"] or structure_onb
    if arrivals:  # "We've taken on 3 deckhands after the old crew was laid off": with people arriving, a loss said of the
        # people they replace (old, previous, the temps let go) is no loss of the newcomers' work (h19type)
        a["gone"] = [p for p in a["gone"] if not (_replaces_leavers(text, p) or _OTHER_LEAVERS.search(_clause_around(text, p, after=len(p) + 40)))]
    if not a["gone"]:  # "Luis is transferring in from the Houston office as party chief": with nothing taken away, a move
        # "in from" another office, site or team names the post the person arrives in, not a change of career
        # (DOMAIN.md: onboarding makes someone productive in a new team or position; h19type)
        arriving = [p for p in a["move"] if _ARRIVAL_FROM.search(p)]
        a["move"] = [p for p in a["move"] if p not in arriving]
        a["onboarding"] = a["onboarding"] + [p for p in arriving if p not in a["onboarding"]]
    if a["gone"] and not a["move"]:  # "won't be covering council meetings any more; they'll be producing video clips":
        # beside a loss of their work (said, not denied), the learners' own future work is the role they move to
        from planner.extract.work_handover import learners_take_duty, learners_to_team

        # (a team named for the learners' own field is the same work in a new team: "claims handlers ... our claims team")
        a["move"] = [p for p in learners_take_duty(text) + [q for q in learners_to_team(text) if _team_move(whole_clause(text, q))]
                     if not cue_polarity.denied(text, p)]

    def ordered(ps: list[str]) -> list[str]:
        return sorted(ps, key=lambda p: (flat.find(" ".join(p.split()).lower()) % (len(flat) + 1)))

    onb: list[str] = []
    res: list[str] = []
    for p in ordered(a["onboarding"]):
        _add(onb, whole_clause(text, p))
    parts: dict[str, list[str]] = {"gone": [], "move": [], "never": []}
    for key in ("gone", "move", "never"):
        if key == "never" and onb:
            continue
        for p in ordered(a[key]):
            q = whole_clause(text, p)
            _add(res, q)
            if q in res and q not in parts[key]:
                parts[key].append(q)
    if parts["gone"]:
        # "the billing line is replaced ... the billing agents will move into the collections team": with the current
        # work going away, a move into a team named for another field of work is the move into a different role of
        # the same story, not an arrival (DOMAIN.md: reskilling is "usually triggered by a role becoming redundant")
        for q in [q for q in onb if _team_move(q)]:
            onb.remove(q)
            _add(res, q)
            parts["move"].append(q)
    res = ordered(res)
    elsewhere: list[str] = []
    if parts["gone"] and onb and not parts["move"] and not parts["never"] and _SAME_WORK.search(" ".join(text.split())):
        # the place goes, they arrive in another team or site, and the text says the work stays the same: a new team
        # or site, not a new role (DOMAIN.md: onboarding makes someone productive in a new company, team or position;
        # reskilling prepares them for a substantially different role)
        elsewhere, res, parts["gone"] = list(parts["gone"]), [], []
    quote = lambda ps: tuple(dict.fromkeys(whole_clause(text, p) for p in ordered(ps)))  # noqa: E731
    return Cues(onboarding=tuple(onb), reskilling=tuple(res), gone=tuple(parts["gone"]), move=tuple(parts["move"]),
                never=tuple(parts["never"]), denied_onboarding=quote(d_onb), denied_reskilling=quote(d_res),
                # (beside newcomers, "our current drivers" are the others, not the newcomers' tenure; h19type)
                tenure=tuple(_merged([q for q in quote(cue_polarity.tenure_here(text)) if not (onb and _CURRENT.search(q))]
                                     + list(quote(d_onb)) + list(quote(a.get("past_arrival", []))))),
                served=quote(a.get("served", [])) if not onb else (), same_work_elsewhere=tuple(elsewhere),
                partial_loss=quote([p for p in a.get("partial", []) if not cue_polarity.denied(text, p, inside=True)]) if not (res or onb) else (),
                stays=quote(cue_polarity.role_stays(text) + d_res))


def work_clause(text: str, head: str | None = None) -> str | None:
    """The clause that reports what goes wrong in the work the people already do ("the line operators skip steps of the
    changeover checklist"), quoted whole, for an upskilling rationale: the cue for upskilling is the gap in current
    work (DOMAIN.md: upskilling strengthens the work a person already does). None when no sentence reports a problem."""
    from planner.extract.intervention_frames import _is_person
    from planner.extract.signals import PROBLEM, symptom_sentences

    found: list[tuple[bool, str]] = []
    for sent in symptom_sentences(text):
        m = PROBLEM.search(sent)
        if m and not sent.rstrip().endswith("?"):
            quote = whole_clause(sent, m.group(0))
            if len(quote.split()) >= 3:
                ahead = quote[: quote.lower().find(m.group(0).lower())].lower().split()
                found.append((any(w in ("they", "we") or _is_person(w.strip(",.;:'")) for w in ahead), quote))
    if head:  # the learners' own clause, named by their role, every word of it ("it's the 12 weekend baristas who keep ...")
        words = head.split()
        own = next((q for _, q in found if all(re.search(rf"\b{re.escape(w[:5])}", q, re.I) for w in words)), None)
        if own:
            return own
    if not found:
        # no problem word: the people as the subject of a verb with an adverb of persistence ("the mapping techs still
        # digitise parcel boundaries the old way", "the fitters keep skipping ..."): the work they already do (h19type)
        for m in _STILL.finditer(" ".join(text.split())):
            # (or "they": "Since the latest release ..., they keep locking casebooks before ...", h21type)
            if (m.group("pron") or _is_person(m.group("noun").lower())) and not m.group(0).rstrip().endswith("?"):
                quote = whole_clause(text, m.group(0))
                if len(quote.split()) >= 4:
                    return quote
    # the people as the subject of the clause ("the line operators skip steps") before a figure alone ("scrap is 4%")
    return next((q for who, q in found if who), found[0][1] if found else None)


_STILL = re.compile(r"(?:\b(?:the|our|my|all|most|some|both)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[A-Za-z-]+s)|\b(?P<pron>they|[Tt]hey))\s+(?:still|keep|keeps|always|often|regularly|sometimes)\s+[a-z]+", re.I)
