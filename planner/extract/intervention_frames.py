"""Cue frames for the intervention type, judged on lemmas and word classes rather than fixed strings.

../shared/DOMAIN.md, "Three kinds of skill change": onboarding makes someone productive in a new company, team or
position; reskilling prepares a person for a substantially different role, usually because the current one goes
away; upskilling strengthens the work a person already does. A cue is therefore a *frame about the people*: a
people noun or pronoun with a verb of arriving ("hire", "join", "start", "transfer ... to the team"), of the role
going away ("be replaced", "be shut", "no longer be needed") or of moving into another role ("retrain as",
"become", "move into <a field or role>"). A cue word that modifies a process noun ("the onboarding checklist",
"automation features", "a new system") names the work, not the people, and never counts.

The text is tokenised, each word lemmatised (lemminflect, as planner.grounding.parse does) and tagged with a word
class (PPL people, ROLE a role or job, UNIT a place of work that can close, PROC a process, system or feature, TIME a
time word, NUM a number); the frames are patterns over that lemma/class string, and every match is mapped back to
the words as the text writes them, so the rationale can quote it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lemminflect import getAllLemmas, getLemma

# --- word classes ------------------------------------------------------------------------------------------------

# People who can be the learners (not the people they serve: customers, patients, guests are never "new hires").
_PEOPLE = frozenset("""
staff team teams crew crews cohort cohorts people person employee colleague worker workforce hire starter joiner
recruit apprentice trainee graduate grad intern contractor temp member folk guy newcomer veteran
rep representative agent manager supervisor lead nurse physician doctor surgeon pharmacist therapist clerk keyer
typist operator picker packer loader driver courier cashier teller chef cook server welder electrician mechanic
machinist carpenter plumber technician tech engineer developer dev programmer tester designer analyst accountant
bookkeeper auditor controller buyer planner scheduler coordinator administrator admin assistant associate adviser
advisor consultant specialist officer inspector paralegal lawyer attorney underwriter adjuster editor writer
journalist reporter proofreader transcriptionist librarian teacher tutor instructor lecturer midwife carer
caregiver counsellor counselor caseworker intake dispatcher receptionist guard pilot attendant sorter assembler fitter
installer salesperson seller estimator recruiter reviewer approver owner foreman operative handler porter
housekeeper cleaner barista waiter bartender firefighter paramedic soldier officer architect surveyor
""".split())
_NOT_LEARNERS = frozenset("customer client patient guest user passenger visitor shopper caller resident student child parent".split())
_ROLE = frozenset("role job position post career occupation profession function title".split())
_UNIT = frozenset("""
line desk branch plant store shop studio site office pool switchboard room department warehouse unit ward factory airline firm company business organisation organization hospital
centre center counter depot mill facility hub team division floor kitchen lab laboratory clinic school practice
""".split())
_PROC = frozenset("""
workflow checklist process procedure system systems feature tool software platform module form template session
programme program pipeline scanner rule policy report dashboard app application portal crm erp automation process
guide document documentation script flow pack packet plan wizard screen integration setting
""".split())
_TIME = frozenset("""
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday week weekend month quarter year spring summer autumn fall
winter tomorrow today tonight january february march april may june july august september october november
december easter christmas term semester shift
""".split())
_NUMBER = frozenset("one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty dozen few several half".split())
_CONTRACTIONS = {"n't": ["not"], "'re": ["be"], "'ve": ["have"], "'ll": ["will"], "'m": ["be"], "'d": ["would"]}
_KEEP = frozenset("""
ours us we they them their he she him her it its this that new not no never as into to in on at from over across
for of the a an our his and or but so who which left more less better nothing something anything everything
""".split())


_COMMON = frozenset("i a it this that there here what when if every each all some most many any one speech after before since once please".split())


def _noun_base(w: str) -> str:
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches")):
        return w[:-2]
    if w.endswith("men"):
        return w[:-3] + "man"
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def _is_person(w: str) -> bool:
    b = _noun_base(w)
    if b in _NOT_LEARNERS:
        return False
    return b in _PEOPLE or w in _PEOPLE or (len(b) > 5 and b.endswith(("ist", "ician", "ologist", "person", "woman", "man")) and b not in ("human",))


@dataclass(frozen=True)
class Tok:
    text: str   # as written
    start: int  # offsets in the original text
    end: int
    tag: str    # lemma, or a word class in capitals


_WORD = re.compile(r"[A-Za-z]+(?:[-'’][A-Za-z]+)*|\d+(?:st|nd|rd|th)?|[.;:!?,]")


@lru_cache(maxsize=4096)
def _tag(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w in _KEEP:
        return w
    if w.isdigit() or re.fullmatch(r"\d+(?:st|nd|rd|th)", w) or w in _NUMBER:
        return "NUM"
    b = _noun_base(w)
    if b in _ROLE:
        return "ROLE"
    if b in _TIME or w in _TIME:
        return "TIME"
    if b in _PROC or w in _PROC:
        return "PROC"
    if b in ("team", "crew", "squad"):
        return "TEAM"  # both the people and the place they join
    if b in _UNIT:
        return "UNIT"
    if _is_person(w):
        return "PPL"
    return getLemma(w, upos="VERB")[0].lower()


def tokens(text: str) -> list[Tok]:
    out: list[Tok] = []
    for m in _WORD.finditer(text):
        w = m.group(0).replace("’", "'")
        low = w.lower()
        parts = None
        for suffix, repl in _CONTRACTIONS.items():
            if low.endswith(suffix) and len(low) > len(suffix):
                head = low[: -len(suffix)]
                head = {"ca": "can", "wo": "will", "sha": "shall"}.get(head, head)
                parts = [_tag(head)] + repl
                break
        if low in (".", ";", ":", "!", "?"):
            parts = ["|"]
        elif low == ",":
            parts = [","]  # a comma ends a frame's phrase ("since we moved to the new depot, drivers ...")
        elif low.endswith("'s") and len(low) > 2:
            parts = [_tag(low[:-2]), "s"]  # "the press room's closing": the noun, then "s" (is, has or a possessive)
        elif parts is None and w[:1].isupper() and low not in _KEEP and _tag(w) not in ("PPL", "TEAM", "UNIT", "PROC", "ROLE", "TIME", "NUM"):
            initial = not out or out[-1].tag == "|"
            if (not initial and _tag(w) == low and not low.endswith("s")) or not getAllLemmas(low):
                parts = ["NAME"]  # a person's name ("Priya starts as store manager"); a capitalised system name is harmless here
        if low == "may" and w[0].islower():
            parts = ["may"]  # the modal, not the month
        for t in parts or [_tag(w)]:
            out.append(Tok(m.group(0), m.start(), m.end(), t))
    return out


# --- frames ------------------------------------------------------------------------------------------------------

_W = r"[^\s|,]+ "                     # any one word of the same clause
_L = r"(?:PPL|TEAM|NAME|they|them|he|she|him|her|who)"  # the learners: a people noun or a pronoun for them
_NOT_DEGREE = r"(?!(?:better|more|less|good|great|strong|stronger|confident|faster|quick|efficient|proficient) )"
_AS_ROLE = r"(?:PPL|[a-z][^\s|]*(?:er|or|ist|ian|ant))\b"  # "retrain as UX researchers": a person noun after "as"
_GONE = r"(?:replace|automate|eliminate|close|shut|cut|phase|abolish|scrap|outsource|disband|axe|decommission|lay|make redundant|offshore|let go|sunset|discontinue|wind down|make obsolete)"
_ARRIVAL_GOAL = r"(?:as (?:a |an |the |our )?(?:" + _W + r"){0,2}?(?:PPL|ROLE)|us|with|on|in|after|next|this|last|as|from|at|TIME|NUM|(?:the|our|a|an|their) (?:" + _W + r"){0,2}?(?:TEAM|UNIT|PPL|ROLE))\b"

# Onboarding: people arriving in a company, team or position. (regex over the lemma/class string, check or None)
ONBOARDING_FRAMES: tuple[tuple[str, re.Pattern], ...] = tuple((name, re.compile(rx)) for name, rx in (
    # "we hired two electricians", "newly hired tellers", "we are onboarding 10 clerks" -- not "the onboarding checklist"
    ("hire", r"\b(?:hire|recruit|employ|appoint|onboard|welcome|absorb|second)\b(?! (?:" + _W + r")?PROC)(?= (?:NUM|PPL|TEAM|a|an|our|the|two|new|into|from|in|last|this|for|to|on|them|him|her|\|)|$)(?: (?:" + _W + r"){0,3}?(?:PPL|TEAM)\b)?"),
    ("hire", r"(?<!the )\b(?:PPL|TEAM|they|he|she|who) (?:" + _W + r"){0,2}?(?:hire|recruit|appoint|onboard|absorb|second)\b(?! (?:" + _W + r")?PROC)"),
    ("take on", r"\b(?:take|bring) (?:on|in) (?:" + _W + r"){0,3}?(?:PPL|TEAM)\b"),
    ("new people", r"(?<!not )(?<!no )\b(?:new|newest|fresh) (?:(?!PROC|ROLE|UNIT)" + _W + r"){0,2}?(?:PPL|TEAM|hire)\b(?! PROC\b)"),
    ("only just here", r"\b(?:only|just|barely) (?:be |have be )?(?:with us|here|in the TEAM|on the UNIT|in the UNIT) (?:for )?(?:a NUM |a |NUM |a couple of )?(?:day|TIME)\b"),
    ("acquired", r"\bwe (?:" + _W + r")?(?:acquire|merge with|absorb) (?!(?:" + _W + r"){0,2}?PROC\b)"),
    ("now with us", r"\bnow (?:sit|work|be) (?:with us|for us|part of (?:the|our) TEAM|in (?:the|our) TEAM)\b"),
    ("new to", r"(?<!not )\bnew to (?:the|our|this|their|his|her) (?:" + _W + r")?(?:TEAM|UNIT|ROLE|PPL|trade|industry|country)"),
    ("arrive", _L + r" (?:" + _W + r"){0,6}?(?<!not )(?:join|start|begin|arrive|come on board|come aboard|come on|sign on|go live)\b (?:" + _W + r"){0,1}?" + _ARRIVAL_GOAL),
    ("transfer", _L + r" (?:" + _W + r"){0,3}?(?:transfer|second|move|come|relocate|rotate)\b (?:over |across |in |back )?(?:from|to|into|in) (?:" + _W + r"){0,3}?(?:TEAM|UNIT|ours|merger|acquisition)\b"),
    ("transfer", _L + r" (?:" + _W + r"){0,3}?transfer (?:over |across |in )?(?:from|to|into) (?!(?:" + _W + r"){0,3}?(?:ROLE|PROC)\b)"),
    ("first weeks", r"\b(?:their|his|her) first (?:few |NUM )?(?:day|TIME)\b"),
    ("first weeks", r"\bfirst (?:few |NUM )?(?:day|TIME) (?:in|on|at|of) (?:the|their|his|her|a) (?:new )?(?:ROLE|TEAM|UNIT)\b"),
))

# Reskilling, part 1: the current role or workplace goes away.
GONE_FRAMES: tuple[tuple[str, re.Pattern], ...] = tuple((name, re.compile(rx)) for name, rx in (
    ("gone", r"\b(?:PPL|ROLE|UNIT|TEAM|work|they|them|pool)\b (?:" + _W + r"){0,3}?(?:be|s) (?:" + _W + r"){0,3}?" + _GONE + r"\b"),
    ("gone", r"(?<!PROC )\b(?!PROC)" + _W[:-1] + r" (?:" + _W + r"){0,2}?be (?:" + _W + r"){0,2}?(?:automate|phase out)\b"),
    ("gone", r"\b(?:PPL|ROLE|UNIT|TEAM|work)\b (?:" + _W + r"){0,2}?(?:be |will |to )?(?:" + _W + r")?(?:go away|go(?! to\b)(?= \||$| once| when| because| as| after| so)|disappear|vanish|redundant|obsolete|pointless|surplus)\b"),
    ("gone", r"\bmake (?:the |our |their |most |of )*(?:" + _W + r"){0,2}?(?:UNIT|ROLE|work|PPL) (?:" + _W + r"){0,1}?(?:pointless|redundant|obsolete|disappear|unnecessary)\b"),
    ("gone", r"(?<!PROC )(?<!TIME )\b(?!PROC\b|TIME\b)[^\s|]+ (?:will |be |to )+(?:" + _W + r")?(?<!not )(?:go away|disappear|vanish)\b"),
    ("gone", r"\bno longer (?:be )?(?:need|require)"),
    ("gone", r"\bhave (?:little or )?nothing (?:left |leave )?to\b"),
    ("gone", r"\blose (?:their|his|her|our|the) (?:" + _W + r")?(?:ROLE|work|UNIT|counter|living)"),
    ("gone", r"\b(?:replace|take over|eliminate)\b (?:the |our |their |most |all |much |of |manual |half )*(?:" + _W + r"){0,2}?(?P<obj>PPL|TEAM|ROLE|UNIT|work)\b"),
    ("gone", r"\breplace (?:the |our |their |most |all |much |of |manual |half )*(?:" + _W + r"){0,1}?(?P<ing>[^\s|]+)"),
    ("gone", r"\b(?:machine|robot|bot|chatbot|software|ai|computer|algorithm|ocr|rpa|recognition|automation)\b (?:" + _W + r"){0,3}?(?:do|write|read|handle|key|type|sort) (?:their|his|her|the) (?:" + _W + r")?(?:work|ROLE|PROC|note|task)"),
    ("gone", r"\b(?:UNIT|branch) closure"),
    ("gone", r"\b(?:close|shut) (?:down )?(?:the|our|their|this) (?:" + _W + r"){0,2}?UNIT\b"),
))

# Reskilling, part 2: a move into a substantially different role or field.
MOVE_FRAMES: tuple[tuple[str, re.Pattern], ...] = tuple((name, re.compile(rx)) for name, rx in (
    ("as a new role", r"\b(?:retrain|reskill|repurpose|redeploy|reassign|train|turn|move|offer|recast|requalify|convert)\b (?:" + _W + r"){0,4}?as (?:a |an )?" + _NOT_DEGREE + r"(?:" + _W + r"){0,3}?" + _AS_ROLE),
    ("new role", r"\bnew ROLE (?:as|in)\b"),
    ("become", r"\bbecome (?:a |an )?" + _NOT_DEGREE + r"(?:(?!" + _NOT_DEGREE[3:-1] + r")" + _W + r"){0,3}?PPL\b"),
    ("become", r"\b(?:make|turn) (?:them|him|her|PPL) (?:into )?(?:a |an )?(?:" + _W + r"){0,2}?PPL\b"),
    ("into a role", r"\b(?:move|switch|transition|shift|pivot|transfer|redeploy|retrain|reskill|go|path|route|step|cross)\b (?:" + _W + r"){0,10}?(?:into|to) (?:the |a |an |new |different )*(?:" + _W + r"){0,3}?ROLE\b"),
    ("new role", r"\bneed (?:a |to find |to take )?(?:new|different|other|another) ROLE\b"),
    ("off and into", r"\boff (?:the |their |his |her )?(?:" + _W + r"){1,2}?(?:and )?into\b"),
    ("to a field", r"\b(?:pivot|transition|cross-train|retrain|reskill)\b (?:" + _W + r"){0,2}?to (?!(?:the |a |an |our |their |new )*(?:" + _W + r"){0,2}?(?:TEAM|UNIT|PROC|TIME|NUM|NAME|ours)\b)(?!be\b|do\b|work\b|use\b)(?:" + _W + r"){0,1}?[a-z][^\s|,]*"),
    ("into a field", r"\b(?:move|switch|transition|shift|pivot|path|route|cross|career|cross-train|retrain|reskill)\b (?:" + _W + r"){0,2}?into (?!(?:the |a |an |our |their |new )*(?:" + _W + r"){0,2}?(?:TEAM|UNIT|PROC|TIME|NUM|ours)\b)(?:" + _W + r"){0,1}?[a-z][^\s|]*"),
    ("career change", r"\b(?:switch|change) (?:their |his |her |)?(?:career|ROLE)\b|\bcareer (?:change|switch)\b|\bnew career"),
    ("different role", r"\b(?:completely|entirely|substantially|totally|wholly|very|quite|whole|radically) (?:different|new) (?:" + _W + r")?(?:ROLE|work|field|line of work|trade|profession)"),
    ("different role", r"\bleave (?:" + _W + r"){1,2}altogether\b"),
    ("reskill", r"\breskill\b(?! (?:" + _W + r")?PROC)"),
    ("instead", r"\b(?:do|take on|train|retrain) (?:" + _W + r"){0,4}?instead\b"),
))
# Weak: never having done the work is reskilling only when nothing says the people are arriving somewhere.
NEVER_FRAMES: tuple[tuple[str, re.Pattern], ...] = tuple((name, re.compile(rx)) for name, rx in (
    ("never", r"\bhave never (?:program|programme|code|work as|be an? PPL|work in an? (?:UNIT|office)|do (?:this|that|such|any) (?:kind of )?(?:work|ROLE))"),
))

_PROCISH = re.compile(r"^(?:PROC|TIME|NUM|the|a|an|our|their|new|it|this|that)$")
_TENURE = re.compile(r"\b(?:not new|have be (?:here|with us|in the ROLE|doing this) (?:for )?(?:" + _W + r"){0,2}?TIME|for (?:a decade|NUM TIME|TIME)|experienced|long-serving|veteran|year of experience)")


def _phrase(text: str, toks: list[Tok], i: int, j: int) -> str:
    return " ".join(text[toks[i].start: toks[j].end].split())


def find(frames, text: str, toks: list[Tok], tags: str, starts: list[int]) -> list[tuple[str, str]]:
    """[(frame name, phrase as written)] for every match of the frames."""
    import bisect

    out = []
    for name, rx in frames:
        for m in rx.finditer(tags):
            if not m.group(0).strip():
                continue
            gi = m.groupdict()
            if gi.get("ing") is not None:  # "replace most manual picking": the work of the people, written as -ing
                k = bisect.bisect_right(starts, m.start("ing")) - 1
                if not toks[k].text.lower().endswith("ing") or _PROCISH.match(toks[k].tag):
                    continue
            i = bisect.bisect_right(starts, m.start()) - 1
            j = bisect.bisect_right(starts, m.end() - 1) - 1
            while j > i and toks[j].tag == "|":
                j -= 1
            out.append((name, _phrase(text, toks, i, j)))
    return out


def analyse(text: str) -> dict:
    """{"onboarding": [...], "gone": [...], "move": [...], "never": [...], "tenure": bool}: phrases as written."""
    toks = tokens(text)
    tags = " ".join(t.tag for t in toks)
    starts, pos = [], 0
    for t in toks:
        starts.append(pos)
        pos += len(t.tag) + 1
    tenure = bool(_TENURE.search(tags))
    onb = find(ONBOARDING_FRAMES, text, toks, tags, starts)
    if tenure:  # "they are not new, they have run these lathes for a decade": "new X" alone does not make them new
        onb = [(n, p) for n, p in onb if n not in ("new people", "first weeks")]
    return {"onboarding": [p for _, p in onb], "gone": [p for _, p in find(GONE_FRAMES, text, toks, tags, starts)],
            "move": [p for _, p in find(MOVE_FRAMES, text, toks, tags, starts)],
            "never": [p for _, p in find(NEVER_FRAMES, text, toks, tags, starts)], "tenure": tenure}
