"""Who changes, chosen by each person phrase's place in its clause (issue 12 round 9, h19aud).

ABCD's audience and DOMAIN.md's "audience" (the role or team, and how many people) are the people whose behaviour
changes; the strict reader's rubric (criterion 3) adds "the people who change, not the readers of their work". The
earlier passes (planner.extract.audience, reviewer.learners, learner_clause.refine) take the first role phrase and
correct a few shapes; on unseen text the reader of the work, the writer of the text, or a machine was still taken
when it came first. This pass reads every person phrase of the text and the clause it stands in:

- learner evidence: the agent of a passive ("are still being filled in wrong by the four scalers"), the focus of a
  cleft ("it's the 7 diesel mechanics on the night shift who write them"), the subject of a fault verb ("the
  shampooers skip the scalp check", "the eight operators on C crew keep overriding the alarm"), a subset that moves
  ("of our nine patternmakers, five are going to run the printers");
- reader evidence: the subject of a verb of receiving, using, checking or complaining ("the fleet planners are sick
  of ...", "homeowners cant make sense of the reports", "the pit bosses are fed up", "the mill accountants end up
  paying"), a giver to the learners ("the casting engineers will send them the mould files");
- the writer ("As the production manager I read ..."), and a machine (a singular phrase installed, or referred to
  as "it": "since the new AGC gauge controller went in ... it flags every coil").

The role found first stays unless it carries no learner evidence and either is a reader, the writer or a machine, or
stands only in an inventory of counted roles ("3 stylists, 2 receptionists and 5 shampooers") while another phrase
is the subject of the problem clause. Its count is the one written with it, never the team's total (learner_clause
reads the subset).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from planner.extract.numbers import WORD_VALUES, value_of

_NUM = r"(?:\d+|a dozen|" + "|".join(w for w in WORD_VALUES if " " not in w) + r")"
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’&/-]*")
_DET = frozenset("the our my their those these a an all some".split())
_GENERIC = frozenset("staff people person persons team teams member members worker workers everyone everybody folk folks guy guys "
                     "employee employees lads girls".split())
_NOT_MOD = frozenset(
    """the a an our my your their his her its we i they all some most many few these those this that of to for and or but
    new newly every each other more less about around roughly nearly over under than with have has had got
    are is were was be been being who which it's its so very just only also even as like across both at in on from
    by into there's there are it is was when where while because since then still keep still other rest""".split())


@dataclass
class Mention:
    start: int  # offset of the phrase's first word (after any count)
    end: int
    phrase: str  # as written: "diesel mechanics"
    role: str  # singular, lower case
    count: Optional[int]


def _count(s: Optional[str]) -> Optional[int]:
    if not s:
        return None
    if s.lower() == "a dozen":
        return 12
    v = value_of(s)
    return int(v) if v and v < 100000 else None


def _person(word: str) -> bool:
    from planner.extract.audience import _NOT_PEOPLE
    from planner.extract.reviewer import is_role

    low = word.lower()
    return low not in _NOT_PEOPLE and low not in _GENERIC and is_role(low)


_AUX = frozenset("can can't cant will won't would should must may might did does do has had have is was are were could "
                 "couldn't wouldn't shouldn't didn't doesn't isn't wasn't hasn't".split())


def _compound(nxt: str) -> bool:
    """The word after a singular person noun is a bare noun, so the person noun is its modifier: a verb after a
    singular subject is inflected ("checks", "checked") or a modal, never bare ("the supervisor check")."""
    from planner.extract.phrases import can_be_noun

    return nxt not in _AUX and nxt not in _NOT_MOD and not nxt.endswith(("s", "ed")) and can_be_noun(nxt)


def mentions(text: str) -> list[Mention]:
    """Every person phrase of the text: a head noun the role readers know, with up to two modifiers before it."""
    from planner.text.inflect import singular

    toks = list(_WORD.finditer(text))
    low = [t.group(0).lower() for t in toks]
    out: list[Mention] = []
    for i, t in enumerate(toks):
        w = low[i]
        acro = re.fullmatch(r"[A-Z]{2,6}s", t.group(0))
        if acro and i > 0 and (low[i - 1] in ("our", "my", "new", "the") or re.fullmatch(_NUM, low[i - 1])):
            # "Six new LPNs started", "our 4 EMTs keep": people by an acronym
            k = i - 1 if low[i - 1] != "new" else i - 2
            count = _count(low[k]) if k >= 0 and re.fullmatch(_NUM, low[k]) else None
            out.append(Mention(t.start(), t.end(), t.group(0), t.group(0)[:-1], count))
            continue
        if i > 0 and low[i - 1] in ("who", "which", "that", "to"):
            continue  # "everyone who answers the phones": a verb
        if w in _NOT_MOD or not _person(w) or t.group(0).isupper() or (t.group(0)[:1].isupper() and i > 0 and text[toks[i - 1].end():t.start()].strip() == ""
                                                                       and not low[i - 1] in _DET and not re.search(r"[.!?]\s*$", text[:t.start()])):
            continue
        if i + 1 < len(toks) and _person(low[i + 1]) and text[t.end():toks[i + 1].start()].strip() == "":
            continue  # "staff nurses": the head is the next word
        if i + 1 < len(toks) and not w.endswith("s") and text[t.end():toks[i + 1].start()].strip() == "" and _compound(low[i + 1]):
            continue  # "the beneficial owner section was incomplete": a singular noun before a noun modifies it
        j = i
        while j > 0 and i - j < 2 and low[j - 1] not in _NOT_MOD and not re.fullmatch(_NUM, low[j - 1]) \
                and text[toks[j - 1].end():toks[j].start()].strip() == "":
            j -= 1
        phrase = text[toks[j].start():t.end()]
        count = None
        if j > 0 and re.fullmatch(_NUM, low[j - 1]) and text[toks[j - 1].end():toks[j].start()].strip() == "":
            count = _count(low[j - 1])
        one = singular(phrase.lower())
        if one == phrase.lower() and w.endswith("s") and _person(w[:-1]):
            one = one[:-1]  # "diesel mechanics": the people, not the field the singular rule reads
        out.append(Mention(toks[j].start(), t.end(), phrase, one, count))
    # the object of hiring is people, whatever the noun ("We hired four guides"): a person phrase no lexicon knows
    for h in re.finditer(rf"\b(?:hired|took on|taken on|brought in|recruited|welcomed)\s+(?:({_NUM})\s+)?(?:new\s+|more\s+|extra\s+|seasonal\s+)?"
                         r"((?:[a-z][a-z-]*\s+)?[a-z][a-z-]*s)\b", text, re.I):
        start = h.start(2)
        if not any(m.start <= start < m.end for m in out) and h.group(2).split()[-1].lower() not in _NOT_MOD:
            from planner.extract.phrases import can_be_noun

            if can_be_noun(h.group(2).split()[-1].lower()):
                out.append(Mention(start, h.end(2), h.group(2), singular(h.group(2).lower()), _count(h.group(1))))
    return sorted(out, key=lambda m: m.start)


def _sentence(text: str, at: int) -> tuple[int, int]:
    s = max(text.rfind(c, 0, at) for c in ".!?;\n") + 1
    ends = [i for i in (text.find(c, at) for c in ".!?;\n") if i >= 0]
    return s, min(ends) if ends else len(text)


_PP = r"(?:(?:on|in|at|from|of|across)\s+(?:the\s+|our\s+)?[^,.;()]{1,30}?\s+)?"
_ADV = r"(?:still\s+|often\s+|always\s+|sometimes\s+|constantly\s+|all\s+|now\s+|just\s+|then\s+|also\s+)*"
# the subject of a verb of receiving, using, checking or complaining: a reader of the work (rubric criterion 3)
_READER_AFTER = re.compile(
    rf"^\s+{_PP}(?:who\s+)?{_ADV}(?:"
    r"(?:are|is|were|was|get|got|getting)\s+(?:\w+\s+)?(?:sick|fed up|tired|annoyed|frustrated|furious|unhappy|fuming|confused)"
    r"|(?:can't|cant|cannot|can not|couldn't|could not|don't|dont|do not|never)\s+(?:\w+\s+)?(?:make sense|tell whether|tell if|tell what|"
    r"tell which|tell when|tell who|work out|figure out|trust)"
    r"|(?:keep|keeps|kept)\s+(?:on\s+)?(?:finding|rejecting|sending (?:it |them )?back|bouncing|asking|calling|ringing|chasing|complaining|"
    r"flagging|catching|spotting|querying|returning|getting (?:it|them) back)"
    r"|(?:won't|wont|will not|refuse to|refuses to|refused to)\s+(?:sign|accept|approve|pass|use|touch|take)"
    r"|end up|ended up|ends up|complain\w*|moan\w*|ring|rings|rang|chase|chases|chasing|chased|say|says|said|tell us|tells us|told us"
    r"|(?:get|gets|got|receive|receives|received)\s+(?:the|their|our|all|every|most)\s+(?![^,.;]{0,40}?\b(?:wrong|right|mixed up|muddled)\b)"
    r"|(?:will\s+|then\s+)?(?:send|sends|give|gives|hand|hands|pass|passes|refer|refers)\s+(?:them|us|me)\s+(?:the|a|an|their|all|most|many|some|our|half)\b"
    r"|(?:send|sends|sent|bounce|bounces|bounced|kick|kicks|kicked|hand|hands|handed|throw|throws|threw)\s+(?:it|them|those|these|most|half)\s+back"
    r"|reject\w*\s+(?:it|them|most|half|about|a third|one)\b)", re.I)
# the learners' own fault (planner.extract.reviewer's problem clause, wider), or an arrival: "Six new LPNs started ..."
_FAULT_AFTER = re.compile(
    rf"^\s*(?:,\s*[^,.;]{{1,25}},)?\s+{_PP}(?:\([^)]*\)\s+)?(?:who\s+)?{_ADV}(?:"
    r"keep|keeps|kept|skip|skips|skipped|miss|misses|missed|forget|forgets|forgot|never|don't|dont|do not|"
    r"leave|leaves|left|omit\w*|overrid\w*|ignor\w*|mis[a-z]{3,}|take too long|takes too long|round|rounds|guess|guesses|still|"
    r"(?:are|is|were|was)\s+(?:still\s+|always\s+|often\s+)?(?:behind|late|slow|too slow|careless|sloppy)|"
    r"start|starts|started|join|joins|joined|arrive|arrives|arrived)\b", re.I)
# their own work verb: weaker evidence (the subject of the work, "the legal secretaries fill them in on Friday")
_WORK_AFTER = re.compile(
    rf"^\s+{_PP}(?:\([^)]*\)\s+)?(?:who\s+)?{_ADV}(?:"
    r"write|writes|wrote|enter|enters|entered|fill|fills|filled|load|loads|key|keys|type|types|log|logs|record|records|pay|pays|paying|"
    r"send|sends|sent|take|takes|file|files|make|makes|run|runs|prepare|prepares|draft|drafts|code|codes|book|books|build|builds|"
    r"plate|plates|pack|packs|pick|picks|label|labels|do|does|handle|handles|process|processes|set up|sets up|close|closes|"
    r"can't|cant|cannot|won't|can not|mark up|marks up|update|updates|(?:are|is|were|was)\s+(?:still\s+|often\s+)?[a-z]{3,}ing)\b", re.I)  # "can't" is weak: the learners' gap or a reader's inability
# a consequence clause whose subject cannot act, or has to wait: the reader of the work ("so the adjusters can't start
# the assessment", "so the shelvers put them in the wrong bay and readers can't find them")
_CONSEQUENCE = re.compile(r"(?:,\s*so|\bso\s+that|\bso(?=\s+(?:the|our|my|their)\b)|\bwhich means|\bmeaning|\bthat means)\b", re.I)
_UNABLE = re.compile(rf"^\s+{_PP}{_ADV}(?:can't|cant|cannot|can not|couldn't|could not|have to|has to|had to|must|wait|waits|waited|"
                     r"end up|ends up|ended up|are stuck|is stuck|don't know|dont know|lose|lost)\b", re.I)
# the subject of the clause that causes the trouble: "... because the court reporters are behind on editing"
_BECAUSE_BEFORE = re.compile(r"\b(?:because|since|cause|'cause|as)\s+(?:the|our|my|their|some of (?:the|our))?\s*$", re.I)
_PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|being|been|get|gets|got|getting)\s+(?:[\w'’-]+\s+){0,6}?by\s+(?:the|our|my|their|those|these)?\s*(?:" + _NUM + r"\s+)?$",
    re.I)
_REVIEW_PARTICIPLE = re.compile(r"\b(?:run|managed|led|overseen|supervised|checked|reviewed|approved|signed|audited|read|rejected|flagged|"
                                r"returned|sent back|caught|spotted|queried|marked|graded|inspected|used)\s+(?:[\w'-]+\s+){0,2}?by\s+", re.I)
# a fault word inside the passive: its agent did the work wrong ("filled in wrong by", "coded to the wrong cost centre by")
_PASSIVE_FAULT = re.compile(r"\b(?:wrong|wrongly|incorrect\w*|incomplete\w*|late|badly|without|still|never|mis[a-z]{3,}|half|"
                            r"inconsistent\w*|sloppily|poorly|by hand|from memory)\b", re.I)
# the object of hiring or taking on: the newcomers ("We hired four guides for the summer")
_HIRED_BEFORE = re.compile(r"\b(?:hired|hire|hiring|took on|taken on|taking on|brought in|bringing in|recruited|recruiting|"
                           r"welcomed|employed|signed up|signing up)\s+(?:" + _NUM + r"\s+)?(?:new\s+|more\s+|extra\s+|seasonal\s+)?$", re.I)
_TRAINED_BEFORE = re.compile(r"\b(?:mentor|mentors|mentoring|train|trains|training|coach|coaches|coaching|onboard|onboards|teach|teaches|"
                             r"buddy up with|pair up with|look after)\s+(?:the|our|all|all the|all our|each of the)?\s*$", re.I)
_WANT_BEFORE = re.compile(r"\b(?:want|wants|wanted|need|needs|expect|expects|asked|ask|asks)\s+(?:the|our|all|all the|all our|my)\s*$", re.I)
# the subject of a reduced relative on a quantified output, with a verb that produces it: "every scan the sonographers
# take", "each report our auditors write" (never "the QA form that the support manager uses": a tool, read)
_WORK_OBJECT_BEFORE = re.compile(r"\b(?:every|each|all the|any|most of the|half the|half of the)\s+(?:[a-z-]+\s+)?"
                                 r"(?!(?:day|week|month|year|morning|evening|night|shift|time|quarter|season|weekend)s?\b)[a-z-]+\s+"
                                 r"(?:that\s+)?(?:the|our|my|their)\s*$")
_PRODUCE = frozenset("take takes write writes send sends file files make makes do does produce produces prepare prepares raise raises "
                     "submit submits enter enters log logs record records fill fills build builds draw draws code codes sign signs "
                     "book books pack packs pick picks cut cuts print prints scan scans shoot shoots take took wrote sent".split())


def _verb_next(after: str) -> bool:
    from planner.extract.phrases import can_be_verb

    m = re.match(r"^\s+(?:still\s+|often\s+|always\s+)?([a-z]+)\b", after)
    return bool(m) and can_be_verb(m.group(1)) and m.group(1).lower() in _PRODUCE


# a pronoun subject of a fault clause: its people are the nearest plural person phrase before it
_PRONOUN_FAULT = re.compile(r"\b(?:they|who)\s+(?=(?:hardly ever|rarely|seldom|almost never)\b|"
                            r"(?:still\s+|often\s+|always\s+|also\s+|then\s+)*(?:keep|skip|miss|forget|never|don't|dont|leave|omit|ignore|"
                            r"start|started|joined|arrived|mis[a-z]{3,})\b)", re.I)
_CLEFT_BEFORE = re.compile(r"\bit(?:'s|’s| is| was|s)\s+(?:the|our|my)?\s*(?:" + _NUM + r"\s+)?$", re.I)
_WRITER_BEFORE = re.compile(r"(?:\bas|\bI'm|\bI am|\bI’m)\s+(?:the|a|an|their|your)\s+$", re.I)
_INSTALLED = re.compile(r"^\s+(?:we\s+\w+\s+)?(?:went in|goes in|went live|goes live|was installed|is installed|got installed|was fitted|"
                        r"was put in|arrived|came in|was rolled out)\b", re.I)


def _before(text: str, m: Mention) -> str:
    s, _ = _sentence(text, m.start)
    b = text[s:m.start]
    return re.sub(rf"(?:{_NUM})\s+$", "", b, flags=re.I) if m.count else b


def kind(text: str, m: Mention) -> Optional[str]:
    """'learner', 'reader', 'writer', 'machine' or None, from the phrase's place in its clause."""
    _, e = _sentence(text, m.start)
    before, after = _before(text, m), text[m.end:e]
    if _WRITER_BEFORE.search(before) and re.match(r"^\s*,?\s*(?:I|we)\b", after):
        return "writer"
    if re.search(r"\b(?:I'm|I am|I’m)\s+(?:the|their)\s+$", before):
        return "writer"
    plural = m.phrase.lower().endswith("s")
    if not plural and m.count is None and (_INSTALLED.match(after) or re.search(r"\bnew\s+(?:[A-Z][\w-]*\s+)*$", before)
                                            and re.search(r"\bit\s+(?:now\s+|also\s+|just\s+)?[a-z]+s\b", after)):
        return "machine"  # "since the new AGC gauge controller went in ... it flags every coil"
    passive = _PASSIVE_BEFORE.search(before)
    if passive and not _REVIEW_PARTICIPLE.search(before[-60:]):
        # the agent of the passive: "are still being filled in wrong by the four scalers"; without a fault word it only
        # does the work ("get closed in Maximo by the maintenance planner")
        return "learner" if _PASSIVE_FAULT.search(before[passive.start():]) else None
    if _READER_AFTER.match(after) or _CONSEQUENCE.search(before) and _UNABLE.match(after):
        return "reader"
    if _HIRED_BEFORE.search(before) or _TRAINED_BEFORE.search(before):
        return "learner"  # the object of hiring, of mentoring or training, of a wish ("want the 9 machinists to log scrap")
    if _WANT_BEFORE.search(before) and re.match(r"^\s+to\s+[a-z]", after):
        return "learner"
    if _WORK_OBJECT_BEFORE.search(before) and re.match(r"^\s+(?:still\s+|often\s+|always\s+)?[a-z]+\b", after) and _verb_next(after):
        return "learner"  # the subject of a reduced relative on the work: "every scan the sonographers take"
    if _CLEFT_BEFORE.search(before) and re.search(r"^\s*(?:[^,.;]{0,40}?\s)?(?:who|that)\s", after):
        return "learner"  # "it's the 7 diesel mechanics on the night shift who write them"
    if _BECAUSE_BEFORE.search(before) and (_FAULT_AFTER.match(after) or _WORK_AFTER.match(after)
                                           or re.match(r"^\s+(?:\w+\s+)?[a-z]+s?\b", after)):
        return "learner"
    if _FAULT_AFTER.match(after):
        return "learner"
    if _WORK_AFTER.match(after):
        return "worker"
    return None


def _inventory(text: str, m: Mention) -> bool:
    """The phrase is an item of a list of counted roles ("3 stylists, 2 receptionists and 5 shampooers")."""
    s, e = _sentence(text, m.start)
    sent = text[s:e]
    return len(re.findall(rf"\b{_NUM}\s+(?:[a-z-]+\s+)?[a-z-]+s\b\s*(?:,|and\b|\.|$)", sent, re.I)) >= 2


def _of_ours(text: str, role: str) -> Optional[int]:
    """"Of our nine patternmakers, five are going to ...": the subset written after the total."""
    from planner.extract.phrases import plural

    head = role.split()[-1]
    forms = "|".join(sorted({re.escape(plural(head)), re.escape(head + "s")}, key=len, reverse=True))
    m = re.search(rf"\bof\s+(?:our|the|my|their)\s+({_NUM})\s+(?:[a-z-]+\s+){{0,2}}?(?:{forms}),?\s+({_NUM})\s+(?:of them\s+)?"
                  r"(?:are|will|have|is|get|move|moved|go|went|keep|need|start)\b", text, re.I)
    if m and _count(m.group(1)) and _count(m.group(2)) and _count(m.group(2)) < _count(m.group(1)):
        return _count(m.group(2))
    return None


def _count_after(text: str, phrase: str) -> Optional[int]:
    """"The plant technicians (there are six of them, ...)": the count in an aside right after the role."""
    m = re.search(rf"\b{re.escape(phrase)}\s*[(,-]+\s*(?:there are|there's|we have|all|about|around)?\s*({_NUM})(?:\s+of\s+(?:them|us))?\b(?!\s*(?:%|in\b|out of\b|per\b|a\s+(?:day|week|month)\b|times\b))",
                  text, re.I)
    return _count(m.group(1)) if m else None


def _owner(text: str, m: Mention) -> bool:
    """The phrase names the role above the learners (a lead, a supervisor) or the reviewer of the work, or stands in
    apposition to a name ("Their supervisor, Mr. Tanaka, ..."): the feedback owner, never the learners."""
    from planner.extract.learner_clause import _above
    from planner.extract.reviewer import find_reviewer

    if _above(m.phrase) or _above(m.role):
        return True
    if re.match(r"^\s*,\s*(?:[A-Z][\w.]*\s*){1,3},", text[m.end:]) or re.search(r"\b[A-Z][a-z]+,\s+(?:our|the|my|their)\s+$", text[:m.start]):
        return True
    rev = find_reviewer(text)
    from planner.extract.context import same_role

    return bool(rev and not rev.first_person and same_role(rev.role, m.role))


_GROUPS = frozenset("crew crews team teams squad squads gang gangs shift shifts".split())
_RANK = frozenset("senior junior lead head chief new trainee apprentice assistant principal deputy".split())


def _same(a: str, b: str) -> bool:
    """The same people: one phrase ends with the other ("underwriter", "junior underwriter"), or the two name the same
    role with no rank word setting them apart ("senior underwriters" mentor "junior underwriters": two groups)."""
    from planner.extract.context import same_role

    if a == b or a.endswith(" " + b) or b.endswith(" " + a):
        return True
    ra, rb = set(a.split()) & _RANK, set(b.split()) & _RANK
    return same_role(a, b) and not (ra or rb) or same_role(a, b) and ra == rb


def choose(text: str, role: Optional[str], n: Optional[int], phrase: Optional[str]
           ) -> tuple[Optional[str], Optional[int], Optional[str]]:
    """The earlier passes' (role, headcount, phrase), replaced where the clause structure says another group changes."""
    from planner.extract.context import same_role

    ms = mentions(text or "")
    if not ms:
        return role, n, phrase
    kinds = [kind(text, m) for m in ms]
    for p in _PRONOUN_FAULT.finditer(text or ""):  # "our industrial mechanics - eleven of them - and they hardly ever record"
        prior = [i for i, m in enumerate(ms) if m.end <= p.start() and p.start() - m.end < 160 and m.phrase.lower().endswith("s")
                 and kinds[i] not in ("reader", "writer", "machine")]
        if prior and p.group(0).lower().startswith("who") and text[ms[prior[-1]].end:p.start()].strip(" ,"):
            continue  # "who" belongs to the noun right before it ("it's the 4 newer ones who keep ...")
        if prior and kinds[prior[-1]] != "learner":
            kinds[prior[-1]] = "learner"
    keep = [not re.fullmatch(r"[A-Z]{2,6}s", m.phrase) or k is not None for m, k in zip(ms, kinds)]  # an acronym only as a subject
    ms, kinds = [m for m, x in zip(ms, keep) if x], [k for k, x in zip(kinds, keep) if x]
    cur = [k for m, k in zip(ms, kinds) if role and _same(m.role, role)]
    if role and "learner" in cur:
        return _with_count(text, role, n, phrase)
    others = [(m, k) for m, k in zip(ms, kinds) if not (role and _same(m.role, role)) and (k in ("learner", "worker") or not _owner(text, m))]
    bad = bool(cur) and any(k in ("reader", "writer", "machine") for k in cur)
    group = bool(role) and role.split()[-1] in _GROUPS and any(m.count for m, _ in others)  # "3 crews ..., 11 fitters in all"
    if group:
        return _with_count(text, *next((m.role, m.count, m.phrase) for m, _ in others if m.count))
    first = next(((m, k) for m, k in zip(ms, kinds) if k in ("learner", "worker")), None)
    if role and cur and set(cur) <= {None, "worker"} and first and not _same(first[0].role, role) and not _owner(text, first[0]):
        # a person phrase before the role found is the first subject of a work clause, and the role found has no fault of
        # its own: the first one changes ("The four butchers on the early shift label the trays ..." before "the food
        # safety auditor wrote the store up"; "The phlebotomists ... are labelling tubes at the desk" before "the lab")
        if ms.index(first[0]) < min(i for i, m in enumerate(ms) if _same(m.role, role)):
            same = [m for m in ms if _same(m.role, first[0].role)]
            count = first[0].count if first[0].count is not None else next((m.count for m in same if m.count is not None), None)
            return _with_count(text, first[0].role, count, first[0].phrase)
    learner = next((m for m, k in others if k == "learner"), None)  # the subject of the problem clause
    if role and not bad and (learner is None or "worker" in cur):
        return _with_count(text, role, n, phrase)  # the role found does its own work in the text ("fill them in")
    if learner is None and (bad or not role):
        learner = next((m for m, k in others if k == "worker"), None) or next((m for m, k in others if k is None and not _inventory(text, m)), None)
    if learner is None:
        return _with_count(text, role, n, phrase)
    same = [m for m in ms if same_role(m.role, learner.role)]
    count = learner.count if learner.count is not None else next((m.count for m in same if m.count is not None), None)
    return _with_count(text, learner.role, count, learner.phrase)


def _with_count(text: str, role: Optional[str], n: Optional[int], phrase: Optional[str]
                ) -> tuple[Optional[str], Optional[int], Optional[str]]:
    if not role:
        return role, n, phrase
    from planner.extract.learner_clause import _subset

    sub = _of_ours(text, role)
    if sub is not None:
        return role, sub, phrase
    if n is None and phrase:
        n = _count_after(text, phrase)
    if n is None and phrase:
        from planner.extract.audience import _count_before

        n = _count_before(text, role)
    return _subset(text, role, n, phrase) if phrase else (role, n, phrase)
