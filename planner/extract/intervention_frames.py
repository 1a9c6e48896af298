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

from planner.lexicon import words

# --- word classes ------------------------------------------------------------------------------------------------

# Word classes, one lexicon file each (planner/lexicon/data/extract_*.txt, each citing its source).
_PEOPLE = words("extract_people_nouns")  # people who can be the learners (not the people they serve)
_NOT_LEARNERS = words("extract_not_learners")
_ROLE = words("extract_role_nouns")
_UNIT = words("extract_unit_nouns")
_PROC = words("extract_process_nouns")
_TIME = words("extract_time_words")
_NEWCOMERS = words("extract_newcomer_nouns")  # nouns that name people by their being new ("joiners", "the intake")
# Cue words managers misspell ("redundent", "transfered", "tomorow"): a word no dictionary knows that is one edit
# (or one swap) away from one of these is read as it (Damerau 1964, single-error spelling correction).
_CUE_SPELLINGS = words("extract_cue_spellings")
_NUMBER = frozenset("one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty dozen few several half".split())
_CONTRACTIONS = {"n't": ["not"], "'re": ["be"], "'ve": ["have"], "'ll": ["will"], "'m": ["be"], "'d": ["would"]}
# The same contractions typed without the apostrophe, as managers write in a hurry ("the lockies wont be needed",
# "theyre moving"): read as the words they stand for; only forms that are no other common word ("were", "well",
# "hell", "shed" are left alone).
_BARE_CONTRACTIONS = {
    "wont": ["will", "not"], "cant": ["can", "not"], "dont": ["do", "not"], "doesnt": ["do", "not"], "didnt": ["do", "not"],
    "isnt": ["be", "not"], "arent": ["be", "not"], "wasnt": ["be", "not"], "werent": ["be", "not"], "wouldnt": ["would", "not"],
    "couldnt": ["could", "not"], "shouldnt": ["should", "not"], "havent": ["have", "not"], "hasnt": ["have", "not"],
    "theyre": ["they", "be"], "theyll": ["they", "will"], "theyve": ["they", "have"], "weve": ["we", "have"],
    "youre": ["you", "be"], "itll": ["it", "will"],
}
_KEEP = frozenset("""
ours us we they them their he she him her it its this that new not no never as into to in on at from over across
for of the a an our his and or but so who which left more less better nothing something anything everything
""".split())


# closed-class words ("With the drone contractor now doing ...", "Since", "Until"): never a name, however capitalised
_FUNCTION_WORDS = words("text_function_words")
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


@lru_cache(maxsize=4096)
def _pet_form(w: str) -> bool:
    """A pet form of a trade's name that no dictionary lists ("lockies", "sparkies", "brickies", "posties"): a word of
    its own, on a dictionary noun or verb with "-ie"/"-y" (Quirk et al. 1985, App. I.29: the hypocoristic suffix -ie/-y
    names people by their work in informal English)."""
    from planner.concreteness.tagger import tags as dictionary_tags

    if getAllLemmas(w) or not w.isalpha() or len(w) < 6 or dictionary_tags(w):
        return False  # (a dictionary word: "cookies", "smoothies")
    stem = w[:-3] if w.endswith("ies") else w[:-2] if w.endswith("ie") else None
    if not stem or len(stem) < 3:
        return False
    stems = {stem, stem[:-1]} if len(stem) > 3 and stem[-1] == stem[-2] else {stem}  # "chippies" -> "chip"
    return any(getAllLemmas(s) or getAllLemmas(s + "e") for s in stems)


def _is_person(w: str) -> bool:
    b = _noun_base(w)
    if b in _NOT_LEARNERS:
        return False
    if _pet_form(w):
        return True
    # (a compound on "-hand" names a worker, as "-man" does: deckhand, farmhand, stagehand; h19type)
    return b in _PEOPLE or w in _PEOPLE or (len(b) > 5 and b.endswith(("ist", "ician", "ologist", "person", "woman", "man", "hand"))
                                            and b not in ("human", "shorthand", "beforehand", "secondhand", "offhand", "freehand", "backhand", "forehand"))


@dataclass(frozen=True)
class Tok:
    text: str   # as written
    start: int  # offsets in the original text
    end: int
    tag: str    # lemma, or a word class in capitals


_WORD = re.compile(r"[A-Za-z]+(?:[-'’][A-Za-z]+)*|\d+(?:st|nd|rd|th)?|[.;:!?,]")


@lru_cache(maxsize=4096)
def _one_error(a: str, b: str) -> bool:
    """a and b differ by one insertion, deletion, substitution or swap of neighbours (Damerau 1964)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


@lru_cache(maxsize=4096)
def spelled(w: str) -> str:
    """A cue word as meant: "redundent" -> "redundant", "tomorow" -> "tomorrow"; any other word unchanged."""
    if len(w) < 6 or w in _CUE_SPELLINGS or not w.isalpha() or getAllLemmas(w):
        return w
    return next((c for c in sorted(_CUE_SPELLINGS) if _one_error(w, c)), w)


@lru_cache(maxsize=4096)
def _tag(word: str) -> str:
    w = spelled(word.lower().replace("’", "'"))
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
    if b in _NEWCOMERS or w in _NEWCOMERS or (w.endswith("s") and b in ("recruit", "hire")):
        return "NEWBIE"  # "the six recruits", "the September intake", "our latest hires": people who are new, by the noun
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
        parts = list(_BARE_CONTRACTIONS[low]) if low in _BARE_CONTRACTIONS else None
        for suffix, repl in () if parts else _CONTRACTIONS.items():
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
            if w[:1].isupper() and out and out[-1].tag != "|" and parts[0] == low[:-2] and low[:-2] not in _KEEP:
                parts = ["NAME", "s"]  # "takes over Kevin's seat": a name's possessive, as a bare name is read below
        elif parts is None and w[:1].isupper() and low not in _KEEP and _tag(w) not in ("PPL", "TEAM", "UNIT", "PROC", "ROLE", "TIME", "NUM"):
            initial = not out or out[-1].tag == "|"
            if ((not initial and _tag(w) == low and not low.endswith("s")) or not getAllLemmas(low)) and low not in _FUNCTION_WORDS:
                parts = ["NAME"]  # a person's name ("Priya starts as store manager"); a capitalised system name is harmless here
        if low == "may" and w[0].islower():
            parts = ["may"]  # the modal, not the month
        for t in parts or [_tag(w)]:
            if t == _plain(low) and out and (out[-1].tag in ("NUM", "new") or (len(out) > 1 and out[-2].tag in ("NUM", "new") and out[-1].tag not in _KEEP
                                                                                 and out[-1].tag not in _CLASSES)) and low not in THING_NOUNS and _agentive(low) and low.endswith("s"):
                t = "PPL"  # "Two new groomers join ...": a counted or new plural agent noun no lexicon lists is people
            if t == "PROC" and low.endswith("s") and _counted_arrival(out, text, m.end()):
                t = "PPL"  # "Eight seasonal guides start on 1 April": a counted group that arrives is people, not documents
            elif low == "hands" and out and (out[-1].tag == "NUM" or (len(out) > 1 and out[-2].tag == "NUM")):
                t = "PPL"  # "3 ranch hands", "two extra hands": counted hands are workers (h19type)
            elif (t == _plain(low) and low.endswith("s") and low not in THING_NOUNS and low not in _KEEP and ("NOUN" in getAllLemmas(low) or not getAllLemmas(low))
                  and _counted_arrival(out, text, m.end(), people_verbs=True)):
                t = "PPL"  # "Three rig hands start next week": a counted group that starts or joins is people (h19type)
            if t in _MOVE_VERBS and out and out[-1].tag in _DETERMINERS:
                t += "_n"  # "handle the move from ward to home": a noun after a determiner, not the people moving
            out.append(Tok(m.group(0), m.start(), m.end(), t))
    return out


# plural agent nouns that name machines or things ("two new scanners", "six printers"): never people by their ending
THING_NOUNS = frozenset("orders numbers letters papers scanners printers computers containers folders filters matters centers centres "
                    "others customers users members figures errors monitors sensors trailers counters routers servers "
                    "heaters boilers dryers washers blenders tractors motors".split())


@lru_cache(maxsize=4096)  # called per token of every text (tokens); getLemma is ~20 us uncached
def _plain(low: str) -> str:
    return getLemma(low, upos="VERB")[0].lower()


def first_name(word: str) -> bool:
    """A capitalised subject that is no function word, no people noun and no word of a class the cue frames know
    ("Tom is taking over ...", never "The", "Finance" or "Nurses"): a person's name at the start of a sentence."""
    low = word.lower()
    lem = getAllLemmas(low)  # no dictionary word, or a noun only ("Tom"); never a verb's guessed lemma ("Ahmed" -> "ahm")
    return (low not in _KEEP and low not in _COMMON and low not in ("everyone", "everybody", "nobody", "someone", "anyone")
            and not _is_person(low) and _tag(low) not in _CLASSES and (not lem or set(lem) == {"NOUN"}) and len(low) <= 10)


_CLASSES = frozenset("PPL TEAM UNIT PROC ROLE TIME NUM NEWBIE NAME".split())


_ARRIVAL_NEXT = re.compile(r"\s+(?:will\s+)?(?:start|starts|join|joins|arrive|arrives|begin|begins|are starting|are joining)\b", re.I)
# a verb only people do: things arrive, people start and join (a lesson or a film can "start", but not "start next week as")
_PEOPLE_ARRIVAL_NEXT = re.compile(r"\s+(?:(?:will\s+|are\s+|have\s+)?(?:start|starts|starting|started|join|joins|joining|joined)\s+(?:us\b|next\b|this\b|on\b|in\b|as\b|tomorrow\b|"
                                  r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|the\s+(?:team|crew|rig|ward|site)\b)"
                                  r"|(?:are|is|will\s+be)\s+due\s+(?:on|in|at|to\s+(?:start|join|arrive))\b)", re.I)


def _counted_arrival(out: list, text: str, end: int, people_verbs: bool = False) -> bool:
    """The noun just read follows a number (with at most one word between) and is followed by a verb of arriving
    (with ``people_verbs``, one only people do, with when or where: "start next week", "join us")."""
    before = [t.tag for t in out[-2:]]
    nxt = _PEOPLE_ARRIVAL_NEXT if people_verbs else _ARRIVAL_NEXT
    return bool(before) and (before[-1] == "NUM" or (len(before) == 2 and before[0] == "NUM")) and bool(nxt.match(text, end))


# Verbs of moving that are also nouns: after a determiner they name an event or a piece of work ("the move from ward to
# home", "a transfer to the hospice", "the switch to the new rota"), not the people changing place or role; the tag
# gets "_n" so no frame over verbs reads them (English word order: a determiner opens a noun phrase).
_MOVE_VERBS = frozenset("move transfer transition switch shift return relocation handover changeover onboard recruit induct welcome hire".split())
_DETERMINERS = frozenset("the a an this that these those our their his her its every each any".split())


# --- frames ------------------------------------------------------------------------------------------------------

# "second" the verb ("we second two clerks to ..."), never the ordinal ("who leads second shift", "the second week")
_NOT_ORDINAL = r"(?! (?:TIME|UNIT|PROC|NUM|TEAM|half|time|line|round|stage|floor|visit|check|opinion|language)\b)"
_W = r"[^\s|,]+ "                     # any one word of the same clause
_L = r"\b(?:PPL|TEAM|NAME|NEWBIE|they|them|he|she|him|her|who)"  # the learners: a people noun or a pronoun for them
_NOT_DEGREE = r"(?!(?:better|more|less|good|great|strong|stronger|confident|faster|quick|efficient|proficient) )"
_AS_ROLE = r"(?:PPL|[a-z][^\s|]*(?:er|or|ist|ian|ant)s?)\b"  # "retrain as UX researchers": a person noun after "as"
_GONE = r"(?:replace|automate|eliminate|close|shut|cut|phase|abolish|scrap|outsource|disband|axe|decommission|lay|make redundant|offshore|let go|sunset|discontinue|wind down|make obsolete)"
_ARRIVAL_GOAL = r"(?:as (?:a |an |the |our )?(?:" + _W + r"){0,2}?(?:PPL|ROLE)|us|with|on|in|after|next|this|last|as|from|at|TIME|NUM|for (?:the )?TIME|(?:the|our|a|an|their) (?:" + _W + r"){0,2}?(?:TEAM|UNIT|PPL|ROLE))\b"

# Onboarding: people arriving in a company, team or position. (regex over the lemma/class string, check or None)
ONBOARDING_FRAMES: tuple[tuple[str, re.Pattern], ...] = tuple((name, re.compile(rx)) for name, rx in (
    # "we hired two electricians", "newly hired tellers", "we are onboarding 10 clerks" -- not "the onboarding checklist"
    ("hire", r"\b(?:hire|recruit|employ|appoint|onboard|welcome|absorb|second" + _NOT_ORDINAL + r")\b(?! (?:" + _W + r")?PROC)(?= (?:NUM|PPL|TEAM|a|an|our|the|two|new|into|from|in|last|this|for|to|on|them|him|her|about|around|roughly|some|several|more|extra|another|\|)|$)(?: (?:" + _W + r"){0,3}?(?:PPL|TEAM)\b)?"),
    ("hire", r"(?<!the )\b(?:PPL|TEAM|they|he|she|who) (?:" + _W + r"){0,2}?(?:hire|recruit|appoint|onboard|absorb|second" + _NOT_ORDINAL + r")\b(?! (?:" + _W + r")?PROC)"),
    ("take on", r"\b(?:take|bring|draft|ship|fly) (?:on|in) (?:" + _W + r"){0,3}?(?:PPL|TEAM)\b"),
    # "we've taken on four seasonal tax preparers": a count of people named by an agent noun (O*NET titles: -er, -or,
    # -ist, -ian, -ant), checked to be a noun, as the "become" frame checks it
    # "we take on about 15 students as summer lifeguards": people taken on as a role, whatever noun names them
    ("take on", r"\b(?:take|bring|sign) (?:on|in) (?:about |around |another |some |roughly )?NUM (?:" + _W + r"){0,2}?as (?:a |an |our )?(?:"
                + _W + r"){0,3}?(?:PPL|ROLE|[a-z][^\s|,]*s)\b"),
    ("take on", r"\b(?:take|bring|draft) (?:on|in) (?:about |around |another |some )?NUM (?:" + _W + r"){0,2}?(?P<noun>[a-z][^\s|,]*(?:er|or|ist|ian|ant)s?)\b"),
    # (never after "to"/"from": "quoting the rate card wrong to new advertisers" names the people the work serves)
    ("new people", r"(?<!not )(?<!no )(?<!to )(?<!from )\b(?:new|newest|incoming) (?:(?!PROC|ROLE|UNIT)" + _W + r"){0,2}?(?:PPL|TEAM|hire|NEWBIE)\b(?! PROC\b)"),
    # "fresh" only of the people themselves ("a fresh batch of seasonal pickers", "fresh recruits"), never of what a
    # team handles ("the fresh produce team")
    ("new people", r"(?<!not )(?<!no )(?<!to )(?<!from )\bfresh (?:batch of |crop of |intake of |lot of |bunch of )?(?:(?!PROC|ROLE|UNIT|TEAM)" + _W + r")?(?:PPL|hire|NEWBIE)\b(?! PROC\b)"),
    # "the six recruits", "our September intake", "two joiners": a noun that names people by their being new
    ("newcomers", r"(?<!PROC )(?<!for )(?<!to )(?<!with )(?<!before )(?<!after )(?<!until )(?<!by )(?<!ahead of )(?<!before the )(?<!after the )(?<!until the )(?<!by the )(?<!before our )\b(?:NUM|TIME|the|our|a|an|this|next|latest|spring|summer|autumn|fall|winter|graduate|apprentice) (?:" + _W + r")?NEWBIE\b(?! (?:PROC|PPL|UNIT|form|pack|kit|session|course|training|programme|program|induction|orientation|onboard)\b)"),
    ("only just here", r"\b(?:only|just|barely) (?:be |have be )?(?:with us|here|in the TEAM|on the UNIT|in the UNIT) (?:for )?(?:a NUM |a |NUM |a couple of )?(?:day|TIME)\b"),
    ("acquired", r"\bwe (?:" + _W + r"){0,2}?(?:acquire|merge with|absorb) (?!(?:" + _W + r"){0,2}?PROC\b)"),
    # "We took over the Hillside practice in October and its four dental nurses ...": a business taken over, whose
    # people join us (never a duty taken over: "we took over the phones")
    ("acquired", r"\bwe (?:" + _W + r"){0,2}?take over (?:the |a |an )?(?:" + _W + r"){0,3}?(?:UNIT|company|firm|business|practice|agency|NAME)\b(?= (?:in|last|this|from|and|,|\|)|$)"),
    # "every one of the eight bartenders is new", "They're all brand new": new, said of the people at the clause's end
    # (never new to a tool: "the nurses are new to Epic")
    ("new people", r"\b(?:PPL|NEWBIE|they|who|she|he) (?:be|s) (?:all |both |fairly |quite |very |pretty |brand |relatively |completely |totally )*new"
                   r"(?= \||$| ,| and| but| so| here| to (?:the |our |this )?(?:TEAM|UNIT|ROLE|company|job|trade|industry|work|country)\b)"),
    ("now with us", r"\bnow (?:sit|work|be) (?:with us|for us|part of (?:the|our) TEAM|in (?:the|our) TEAM)\b"),
    ("new to", r"(?<!not )\bnew (?:to|in) (?:the |our |this |their |his |her )?(?:" + _W + r")?(?:TEAM|UNIT|ROLE|PPL|trade|industry|country)"),
    # "a paralegal who hasn't started yet", "she is yet to join": someone arriving who is not here yet
    ("not started yet", r"\b(?:have|be) not (?:yet )?(?:start|join|arrive|begin)\b(?: yet\b)?(?<=yet)|\b(?:be )?yet to (?:start|join|arrive|begin)\b"),
    ("arrive", _L + r" (?:" + _W + r"){0,8}?(?<!not )(?:join|start|begin|arrive|come on board|come aboard|come on|sign on|go live|land|turn up|show up|rock up)\b(?! (?:every|each|their|his|her|its|the day|the shift|the morning|a shift|work at|at NUM)\b) (?:" + _W + r"){0,1}?" + _ARRIVAL_GOAL),
    ("transfer", _L + r" (?:" + _W + r"){0,3}?(?:transfer|second|move|come|relocate|rotate)\b (?:over |across |in |back )?(?:from|to|into|in) (?!(?:a|the) new )(?:" + _W + r"){0,3}?(?:TEAM|UNIT|ours|merger|acquisition)\b"),
    # "Four lab techs came to us from the Bristol site", "Two welders moved across from the Hull yard", "came over from
    # Vestas": people coming to us, or from a named place (a named place's noun is a site, whatever the noun); a tool
    # is never where people come from ("the clerks moved over from Sage": no place noun after the name)
    ("transfer", _L + r" (?:" + _W + r"){0,3}?(?:come|transfer|second|be send|be lend|be loan|be bring) (?:over |across |in |back )?(?:to us |to the (?:" + _W + r"){0,2}?(?:TEAM|UNIT) )?from (?:the |our |a )?(?:" + _W + r"){0,2}?(?:NAME|UNIT|TEAM)\b"),
    ("transfer", _L + r" (?:" + _W + r"){0,3}?(?:move|relocate|rotate) (?:over |across |in |back )?from (?:the |our )NAME (?!PROC\b)[a-z][^\s|,]*\b"),
    ("transfer", _L + r" (?:" + _W + r"){0,3}?transfer (?:over |across |in )?(?:from|to|into) (?!(?:" + _W + r"){0,3}?(?:ROLE|PROC)\b)"),
    # "two carers new from next week", "nurses new in post": new, said of the people, with when
    ("new people", r"\b(?:PPL|TEAM|they|who|she|he) (?:be )?(?:all )?new (?:from|as of|starting|since|this|last|next|in post|in the ROLE)\b"),
    ("first weeks", r"\b(?:their|his|her) first (?:few |NUM )?(?:day|TIME)\b"),
    # a short time in the post, said of the people (DOMAIN.md: onboarding makes someone productive in a new position):
    # "Two of the packers are only three weeks in", "She's a month into the job", "in her second week on the desk"
    ("short tenure", _L + r" (?:" + _W + r"){0,2}?(?:be|s) (?:only |just |barely |about |around |nearly |not even )?(?:NUM|a|a few|a couple of) TIME "
                     r"(?:in(?= \||$| ,| and| but| so| now)|into (?:the |their |his |her |a |this )?(?:new )?(?:ROLE|TEAM|UNIT|post|work|placement|contract|apprenticeship)\b)"),
    ("short tenure", r"\b(?:their|his|her) (?:second|third|fourth|opening) (?:few )?TIME\b"),
    ("short tenure", r"\bhave (?:not|only|just|barely|hardly) be (?:here|with us|in (?:the |this |our )?(?:TEAM|UNIT|ROLE|post)|on (?:the |our )?(?:TEAM|UNIT|crew|rota)) "
                     r"(?:(?:very|that|for|so) )?(?:long|(?:a |NUM |a few |a couple of )?(?:TIME|fortnight))\b"),
    # "Jo is still on probation", "in their probation period": the first months in a post
    # "who haven't worked here before", "has never been with us before": new to this company
    ("short tenure", r"\bhave (?:not|never) (?:ever )?(?:work|be) (?:here|with us|for us|in (?:the |this |our )(?:TEAM|UNIT)|on (?:the |this |our )(?:TEAM|UNIT)) before\b"),
    ("short tenure", r"\b(?:be|s) (?:still )?on probation\b|\b(?:their|his|her) probation(?:ary)? (?:period|TIME)\b"),
    # "straight out of college", "newly qualified nurses": new to the trade's first post
    ("new to the trade", r"\b(?:straight|fresh|just|newly) out of (?:the |their |his |her )?(?:college|school|uni|university|training|academy|apprenticeship|TIME)\b"),
    ("new to the trade", r"\b(?:newly|recently|just) (?:qualify|certify|graduate|license|licence|register|appoint|hire|recruit)\b"),
    # "two of our audiologists come back from career breaks next month", "she returns to work after a year's leave":
    # returners are new again to the team's present systems and ways of working (DOMAIN.md: onboarding makes someone
    # productive in a team or position; practitioners also defend a refresher, so the rationale says what would flip it)
    # (with where and when between: "are back on the rota in February after about fourteen months off", h19type)
    ("return", _L + r" (?:" + _W + r"){0,3}?(?:come back|return|be back|get back) (?:(?:to|on|in|at|onto) (?:the |our )?(?:work|us|TEAM|UNIT|ROLE|rota|ward|shift|floor|job|" + _W[:-1] + r") )?"
               r"(?:(?:in|on|from|next|this) (?:the )?(?:TIME|NUM)(?: NUM| TIME)? )?(?:from|after) "
               r"(?:" + _W + r"){0,3}?(?:leave|break|sabbatical|absence|secondment|TIME|time off|time away)\b"),
    ("first weeks", r"\bfirst (?:few |NUM )?(?:day|TIME) (?:in|on|at|of) (?:the|their|his|her|a) (?:new )?(?:ROLE|TEAM|UNIT)\b"),
    # "Our new party chief, transferring in from the Denver office, ...": a new someone with an appositive of arriving;
    # the apposition says the noun is a person whatever the lexicon knows (h19type)
    ("arrive", r"\b(?:our|the|a|an|NUM) new (?!PROC\b)(?:" + _W + r"){1,3}?, (?:who (?:be |s |will )?|be )?(?:transfer|join|start|arrive|come|move|relocate)\b (?:in |over |across |back )?"
               r"(?:from|on|next|this|in|to|TIME|NUM|us)\b"),
    # "Joining the crew next month: three roustabouts", "Starting 2 June: two graduate planners": a fronted arrival
    # (verb, where, when) before a colon, then the people it names (h19type)
    ("arrive", r"(?:^|\| )(?:join|start|arrive|begin|come on board|come aboard) (?:us |the (?:" + _W + r")?(?:TEAM|UNIT) |our (?:" + _W + r")?(?:TEAM|UNIT) )?"
               r"(?:on |in |from |next |this )?(?:the )?(?:TIME|NUM)(?: NUM| TIME)? \| (?:NUM|a|an|our|NAME) (?:" + _W + r"){0,2}?(?:PPL|NEWBIE|NAME)\b"),
    # "Kate is our first ever in-house paralegal, starting in two weeks": an appositive participle of arriving after a
    # person (h19type)
    ("arrive", r"\b(?:NAME|PPL|NEWBIE) (?:" + _W + r"){1,6}?, (?:who (?:will |be )?)?(?:start|join|arrive|begin) (?:us |with us )?(?:on |in |next |this |from )?(?:the |a )?(?:NUM |a )?(?:TIME|NUM)\b"),
    # "From the 1st we'll have two extra pairs of hands in the kitchen": more people in the team or unit (h19type)
    ("new in the team", r"\bwe (?:will |be go to |s )?(?:have|get|gain) (?:NUM|a|an|some|a couple of) (?:extra|more|additional|new) (?:pair of |set of )?(?:" + _W + r")?(?:PPL|NEWBIE|TEAM|hand|face|body|head|staff|member)s? (?:(?!PROC\b|TIME\b|NUM\b)" + _W + r"){0,1}?(?:in|on|with|at|join) (?:the|our) (?:" + _W + r"){0,2}?(?:TEAM|UNIT|(?!PROC\b|TIME\b|NUM\b)[a-z][^\s|,]*)(?= \||$| ,| from| on| in)"),
    # "Four floorhands are due on the rig on the 6th": people due somewhere or to start (h19type)
    ("arrive", r"\b(?:PPL|NEWBIE|NAME) (?:be|s|will be) due (?:to (?:start|join|arrive|begin)|(?:on|in|at|with) (?:the |us )?(?:" + _W + r"){0,3}?(?:TIME|NUM|TEAM|UNIT)\b)"),
    # "There'll be a new face on the AV crew from Monday", "there's a new lad in the kitchen": the existential of someone
    # new in the team or unit (h19type); never a system, a process or a new boss (the one who asks for the change)
    ("new in the team", r"\bthere (?:will be|be|s|be go to be) (?:a |an |NUM |some )?(?:couple of )?new (?!PROC\b|manager|supervisor|lead\b|director|head\b|boss|owner)"
                        r"(?:" + _W + r"){0,1}?(?:on|in|with|at|join) (?:the |our |this )?(?:" + _W + r"){0,2}?(?:TEAM|UNIT)\b"),
))

# Reskilling, part 1: the current role or workplace goes away.
GONE_FRAMES: tuple[tuple[str, re.Pattern], ...] = tuple((name, re.compile(rx)) for name, rx in (
    ("gone", r"\b(?:PPL|ROLE|UNIT|TEAM|work|they|them|pool)\b (?:" + _W + r"){0,3}?(?:be|s) (?:" + _W + r"){0,3}?" + _GONE + r"\b"),
    ("gone", r"(?<!PROC )\b(?!PROC)" + _W[:-1] + r" (?:" + _W + r"){0,2}?be (?:" + _W + r"){0,2}?(?:automate|phase out)\b"),
    ("gone", r"\b(?:PPL|ROLE|UNIT|TEAM|work|they|them|he|she|who)\b (?:" + _W + r"){0,2}?(?:be |will |to )?(?:" + _W + r")?(?:go away|go(?! to\b)(?= \||$|(?: once| when| because| as| after| so)\b)|disappear|vanish|redundant|obsolete|pointless|surplus)\b"),
    ("gone", r"\bmake (?:the |our |their |most |of )*(?:" + _W + r"){0,2}?(?:UNIT|ROLE|work|PPL) (?:" + _W + r"){0,1}?(?:pointless|redundant|obsolete|disappear|unnecessary)\b"),
    ("gone", r"(?<!PROC )(?<!TIME )\b(?!PROC\b|TIME\b)[^\s|]+ (?:will |be |to )+(?:" + _W + r")?(?<!not )(?:go away|disappear|vanish)\b"),
    ("gone", r"\bno longer (?:be )?(?:need|require)"),
    # "our meter readers won't be needed by next year": the passive of need, said of the people or their role
    # (an active "they will not need a login" is no cue; "not required to chart" is an obligation)
    ("gone", r"\b(?:PPL|ROLE|UNIT|TEAM|work|they|them|who)\b (?:" + _W + r"){0,2}?(?:will |would |be going to )?(?:not be|be not) (?:" + _W + r")?(?:need|require)\b(?! to\b)"),
    # "the ticket office job won't exist", "their roles will no longer exist", "the post ceases to exist"
    ("gone", r"\b(?:ROLE|UNIT|TEAM|work|PPL)\b (?:" + _W + r"){0,2}?(?:will |would |to )?(?:not|no longer|cease to) (?:" + _W + r")?exist\b"),
    # "they can't do picking anymore", "can no longer lift": the person cannot stay in the role
    ("gone", r"\bcan (?:not|no longer) (?:do|work|lift|drive|carry|climb|stand|handle) (?:" + _W + r"){0,3}?(?:anymore|any more|any longer)\b"),
    # "the hand palletisers won't be stacking pallets any more", "won't have paper files to pull any more": the people's
    # current work stops (h15goal); a future negation of their work with "any more", said of the people
    ("gone", r"\b(?:PPL|ROLE|they|them|who|[a-z]+(?:er|or|ist|ian))\b (?:" + _W + r"){0,3}?will not (?:be |have )(?:" + _W + r"){1,5}?(?:anymore|any more|any longer)\b"),
    ("gone", r"\bcan no longer (?:do|work|lift|drive|carry|climb|stand) (?:the|their|his|her) (?:" + _W + r")?(?:work|ROLE|task|shift)"),
    # "his back won't take the hose work much longer", "she can't manage the night lifts much longer": the person cannot
    # keep doing the work (h19type; DOMAIN.md: reskilling when the current role can no longer be held)
    ("gone", r"\b(?:will not|can not|could not|would not) (?:take|manage|do|cope with|keep up with|keep doing|handle|stand) (?:" + _W + r"){1,4}?(?:much|any|a lot|for much) longer\b"),
    ("gone", r"\bhave (?:little or )?nothing (?:left |leave )?to\b"),
    ("gone", r"\blose (?:their|his|her|our|the) (?:" + _W + r")?(?:ROLE|work|UNIT|counter|living)"),
    ("gone", r"\b(?:replace|take over|eliminate)\b (?:the |our |their |most |all |much |of |manual |half )*(?:" + _W + r"){0,2}?(?P<obj>PPL|TEAM|ROLE|UNIT|work)\b"),
    ("gone", r"\breplace (?:the |our |their |most |all |much |of |manual |half )*(?:" + _W + r"){0,1}?(?P<ing>[^\s|]+)"),
    ("gone", r"\b(?:machine|robot|bot|chatbot|software|ai|computer|algorithm|ocr|rpa|recognition|automation)\b (?:" + _W + r"){0,3}?(?:do|write|read|handle|key|type|sort) (?:their|his|her|the) (?:" + _W + r")?(?:work|ROLE|PROC|note|task)"),
    ("gone", r"\b(?:UNIT|branch) closure"),
    # (or with no determiner at a clause's start, as managers write: "print shop closes friday")
    ("gone", r"(?:\b(?:the|our|their|this) |(?:^|\| |, ))(?:" + _W + r"){0,2}?(?:UNIT|TEAM) (?:will |be |s )?(?:close|shut|shut down|close down|wind down)\b(?= \||$| ,| (?:in|at(?! NUM)|by|next|this|on|when|after|before|and|so|TIME|NUM|down|for good)\b)"),
    # "AI is taking over most of the triage", "the kiosks will replace the counter work": a technology as the subject
    ("gone", r"\b(?:ai|robot|bot|chatbot|software|machine|kiosk|automation|algorithm|ocr|rpa|recognition|computer|scanner|PROC)\b (?:"
             + _W + r"){0,2}?take over (?!from\b)(?:" + _W + r"){0,4}?(?:work|task|job|PPL|ROLE|[a-z]+(?:ing|ion|age))\b"),
    ("gone", r"\b(?:close|shut) (?:down )?(?:the|our|their|this) (?:" + _W + r"){0,2}?UNIT\b"),
))

# Reskilling, part 2: a move into a substantially different role or field.
MOVE_FRAMES: tuple[tuple[str, re.Pattern], ...] = tuple((name, re.compile(rx)) for name, rx in (
    ("as a new role", r"\b(?:retrain|reskill|repurpose|redeploy|reassign|train|turn|move|offer|recast|requalify|convert|go|send|place|put|bring|transfer|switch)\b (?:" + _W + r"){0,12}?as (?:a |an )?" + _NOT_DEGREE + r"(?:" + _W + r"){0,3}?" + _AS_ROLE),
    ("new role", r"\bnew ROLE (?:as|in)\b"),
    # "we're retraining them as vehicle deck marshals": after a verb of retraining, "as" names the new role whatever its
    # noun ("marshals", "crew", "stewards"), never a manner ("as well", "as soon", "as part of")
    ("as a new role", r"\b(?:retrain|reskill|requalify|redeploy|reassign|repurpose) (?:them |him |her |(?:our |the |all |most )?(?:" + _W + r"){0,2}?(?:PPL|TEAM) )as (?:a |an )?(?!well\b|part\b|soon\b|much\b|quickly\b|need\b|such\b|before\b|usual\b|refresher\b|reminder\b|course\b|group\b|team\b|one-off\b|precaution\b|priority\b)(?:" + _W + r"){0,3}?[a-z][^\s|,]*"),
    ("become", r"\bbecome (?:a |an )?" + _NOT_DEGREE + r"(?:(?!" + _NOT_DEGREE[3:-1] + r"|on |of |for |to |with |at |in |the )" + _W + r"){0,3}?PPL\b"),
    # "the keyers will become data validators": a person noun by its ending, checked to be a noun (not "bigger")
    ("become", _L + r" (?:" + _W + r"){0,5}?become (?:a |an )?" + _NOT_DEGREE + r"(?:(?!" + _NOT_DEGREE[3:-1] + r"|on |of |for |to |with |at |in |the )" + _W + r"){0,3}?(?P<noun>[a-z][^\s|,]*(?:er|or|ist|ian|ant)s?)\b"),
    # (the learners are the subject: "small errors become complaints" is no move into a role)
    ("become", _L + r" (?:" + _W + r"){0,5}?become (?:" + _NOT_DEGREE + r"(?!on |of |for |to |with |at |in |the |a |an )" + _W + r"){0,3}?(?!experts?\b|masters?\b|pros\b)(?P<noun>[a-z][^\s|,]*s)\b"),
    ("become", r"\b(?:make|turn) (?:them|him|her|PPL) (?:into )?(?:a |an )?(?:" + _W + r"){0,2}?PPL\b"),
    # "we're converting our call handlers into live chat moderators"
    ("become", r"\b(?:turn|convert|make) (?:our |the |their |all |most )?(?:" + _W + r"){0,2}?(?:them|PPL) into (?:a |an )?(?:" + _W + r"){0,3}?" + _AS_ROLE),
    # the passive of the same: "Can the operators be turned into receptionists?"
    ("become", r"\b(?:PPL|they|them) (?:" + _W + r"){0,2}?be (?:turn|convert|make) into (?:a |an )?(?:" + _W + r"){0,3}?" + _AS_ROLE),
    ("into a role", r"\b(?:move|switch|transition|shift|pivot|transfer|redeploy|retrain|reskill|go|path|route|cross)\b (?:" + _W + r"){0,10}?(?:into|to) (?:the |a |an |new |different )*(?:" + _W + r"){0,3}?ROLE\b"),
    ("new role", r"\bneed (?:a |to find |to take )?(?:new|different|other|another) ROLE\b"),
    # "they want office jobs", "are looking for desk roles": the learners ask for another kind of job
    ("new role", r"\b(?:they|PPL|he|she) (?:" + _W + r"){0,2}?(?:want|seek|look for|ask for|apply for|hope for) (?:a |an |to find |to take |to do )?"
                 r"(?!(?:better|clear|clearer|proper|defined|more|less|easier|stable|secure|the|their|his|her|our|this|that|NUM) )(?:[a-z][^\s|,]* )?ROLE\b"
                 r"(?! (?:aid|card|sheet|description|ticket|number|site|spec|title|board|rotation|shadow))"),
    # "move from picking to dispatch planning", "go from press operator to designer": from one role or field to another
    ("from a role to a role", r"\b(?:move|switch|go|transfer|shift|transition)\b (?:" + _W + r"){0,4}?from (?:" + _W + r"){1,4}?to (?:the |a |an )?(?:" + _W + r"){0,3}?(?:PPL|ROLE|[a-z]+(?:tion|sion|ics|ment|ysis|ogy))\b(?! (?:TEAM|UNIT|PROC))"),
    # "12 of our agents move over to fraud investigation": the learners go to another field of work
    ("to a field", r"\b(?:PPL|they|them|he|she) (?:" + _W + r"){0,3}?(?:move|switch|shift|go)\b (?:over |across )?(?:in)?to (?!(?:the |a |an )?new )"
                   r"(?:the |a |an )?(?:(?!TEAM|UNIT|PROC|TIME|NUM|NAME)" + _W + r")?[a-z]+(?:tion|sion|ics|ment|ysis|ogy)\b(?! (?:TEAM|UNIT|PROC|PPL))"),
    ("off and into", r"\boff (?:the |their |his |her )?(?:" + _W + r"){1,2}?(?:and )?into\b"),
    ("to a field", r"\b(?:pivot|transition|cross-train|retrain|reskill)\b (?:" + _W + r"){0,2}?to (?!(?:the |a |an |our |their |new )*(?:" + _W + r"){0,2}?(?:TEAM|UNIT|PROC|TIME|NUM|NAME|ours)\b)(?!be\b|do\b|work\b|use\b)(?:" + _W + r"){0,1}?[a-z][^\s|,]*"),
    # "the operators will be redeployed to the new battery line": redeployment is a move to other work
    ("redeploy", r"\b(?:redeploy|reassign|retrain|reskill|repurpose)\b (?:" + _W + r"){0,3}?(?:to|into|onto|in)\b"),
    # "the agents will take over complaint handling instead": the learners take on other work
    ("take over work", r"\b(?:PPL|they|them) (?:" + _W + r"){0,2}?(?:will|to|be going to|be to) (?:" + _W + r")?take (?:over|on) (?:the |all |most |our )?(?P<work>[^\s|,]+)"),
    ("into a field", r"\b(?:move|switch|transition|shift|pivot|path|route|cross|career|cross-train|retrain|reskill)\b (?:" + _W + r"){0,5}?into (?!(?:the |a |an |our |their |new )*(?:" + _W + r"){0,2}?(?:TEAM|UNIT|PROC|TIME|NUM|ours)\b)(?:" + _W + r"){0,1}?[a-z][^\s|]*"),
    ("career change", r"\b(?:switch|change) (?:their |his |her |)?(?:career|ROLE)\b|\bcareer (?:change|switch)\b|\bnew career"),
    ("different role", r"\b(?:completely|entirely|substantially|totally|wholly|very|quite|whole|radically) (?:different|new) (?:" + _W + r")?(?:ROLE|work|field|line of work|trade|profession)"),
    ("different role", r"\bleave (?:" + _W + r"){1,2}altogether\b"),
    ("reskill", r"\breskill\b(?! (?:" + _W + r")?PROC)"),
    ("instead", r"\b(?:do|take on|train|retrain) (?:" + _W + r"){0,4}?instead\b"),
))
# Weak: never having done the work is reskilling only when nothing says the people are arriving somewhere.
NEVER_FRAMES: tuple[tuple[str, re.Pattern], ...] = tuple((name, re.compile(rx)) for name, rx in (
    # "none of them has done any accounts work": a negative subject for the same
    ("never", r"\bnone of (?:them|us|the PPL|our PPL) (?:have|s) (?:ever )?(?:do|work in|work as|be) (?:any |this |that |a |an )?(?:" + _W + r"){0,2}?(?:work|ROLE|job)\b"),
    ("never", r"\bhave never (?:program|programme|code|work as|be an? PPL|work in an? (?:UNIT|office)|do (?:this|that|such|any) (?:kind of )?(?:work|ROLE))"),
))

# The learners deliver something to newcomers ("our HR specialists run the induction session for new starters",
# "preceptors support new grad nurses"): the newcomers are the people they serve, not the audience being onboarded.
DELIVER_FRAMES: tuple[tuple[str, re.Pattern], ...] = tuple((name, re.compile(rx)) for name, rx in (
    # ("we are onboarding 3 new team members": the manager taking people on, whose newcomers are the learners, h19type)
    ("deliver", r"\b(?:PPL|TEAM|we|they)\b (?:" + _W + r"){0,3}?(?:(?<!we be )(?<!we will )(?<!we )(?:induct|onboard|welcome)|run|deliver|give|lead|host|present|facilitate|teach|train|"
                r"mentor|coach|brief|buddy|support|supervise|precept|shadow|orient|prepare|send|email|issue|post|book|set up|provide|assign|order) (?:" + _W + r"){0,6}?"
                r"(?:for|to|with|of)? ?(?:the |our |all |every |each |any )?(?:(?:new|incoming|newly) (?:" + _W + r")?(?P<who>PPL|hire|TEAM|NEWBIE)|NEWBIE)\b"),
    # "Our fitness coordinators onboard roughly 40 new members a month": the learners as the subject of a verb of
    # taking people on, said as a routine (a count per period): the people taken on are the ones their work serves
    # (h19type; DOMAIN.md: the cue is about the learners)
    ("deliver", r"\b(?:PPL|TEAM)\b (?:" + _W + r"){0,2}?(?:onboard|welcome|induct|hire|recruit|enrol|enroll|sign up|sign on|train|orient) (?:" + _W + r"){0,4}?(?:a|per|every|each) TIME\b"),
))
_NEWCOMER = re.compile(r"\b(?:new|newly|incoming|first|hires?|starters?|joiners?|recruits?|newcomers?|grads?|graduates?|intakes?|cohorts?|trainees?)\b", re.I)

# "experienced drivers", "joined us years ago": the people have done this work here for a long time
# "They've been on the cameras 8 and 11 years": a plural subject (they, we, or a plural noun) long in a post
_YEARS_IN_POST = (r"\b(?:they|we|[a-z]+s)(?:'ve|\s+have)\s+been\s+(?:on|in|at|with|doing|running|working)\s+(?:\S+\s+){1,3}?(?:for\s+)?(?:\d+|[a-z]+)(?:\s*(?:and|or|to|-)\s*\d+)?\s+years\b"
                  # "have over sixty years in the job between them"
                  r"|\b(?:they|we|[a-z]+s)(?:'ve|\s+have)\s+(?:got\s+)?(?:over|more than|nearly|almost|about|around|\d+|[a-z]+)\s+(?:[a-z]+\s+)?years?\s+(?:in|on|at)\s+the\s+(?:job|role|trade|post|work|team)\b")
_YEARS_IN_POST_RX = re.compile(_YEARS_IN_POST, re.I)
_TENURE_WORDS = re.compile(r"\bexperienced\b|\b(?:years|decades|a decade|a long time|ages) ago\b|" + _YEARS_IN_POST, re.I)
_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# the start of a shift ("start on nights", "start at 6am"), never a start on a date ("who start on January 6")
_SHIFT_START = re.compile(r"\b(?:start|starts|started|starting|begin|begins)\s+(?:(?:on|at|with)\s+(?:the\s+|a\s+)?(?:(?!" + _MONTHS + r"\b)[a-z]+\s+)?"
                          r"(?:shifts?|nights|days|earlies|lates|huddle|briefing)\b|at\s+\d)", re.I)
_START_DATE = re.compile(r"\b(?:on|from|starting|as of)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTHS + r"|" + _MONTHS + r"\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?)\b"
                         r"|\bnext\s+(?:week|month|" + _MONTHS + r")\b")
_NEW_ASKER = re.compile(r"\bnew (?:[a-z-]+ )?(?:manager|supervisor|lead|director|head|boss|owner|ceo|principal|chief|partner)s? "
                        r"(?:wants|asks|expects|requires|tells|insists|says|thinks|has asked|would like|is asking)\b", re.I)

# Tenure in this place (not skill from elsewhere: "experienced welders" can still be new here).
# "our existing staff", "the current team": the people named as those already here (h19type)
_EXISTING = r"(?:our|the) (?:existing|exist|current|established|long-standing|regular) (?:" + _W + r")?(?:PPL|TEAM)\b"
_LONG_HERE = re.compile(r"\b(?:" + _EXISTING + r"|not new|have (?:be |do |run |work )(?:here |with us |this |that |it |the job |in the ROLE )?(?:for )?(?:" + _W + r"){0,2}?(?:TIME|NUM TIME)|long-serving|veteran)\b")
_TENURE_WORDS_HERE = re.compile(r"\b(?:years|decades|a decade|a long time|ages) ago\b|" + _YEARS_IN_POST, re.I)
# The newcomers receive the learners' work ("Our IT support techs build the laptops ..., but 1 in 4 new starters gets a
# laptop without the VPN profile"): another group of people, named before them in the sentence, does the work.
_SERVED = re.compile(r"\b(?:PPL|TEAM|we)\b[^|]*? (?:new (?:" + _W + r")?(?:PPL|hire|NEWBIE)|NEWBIE) (?:get|receive|be give|be issue|be send|end up with|wait for) (?!a (?:lot|bit|few)\b)(?:a|an|the|their|no|NUM)\b")

_PROCISH = re.compile(r"^(?:PROC|TIME|NUM|the|a|an|our|their|new|it|this|that)$")
_TENURE = re.compile(r"\b(?:" + _EXISTING + r"|not new|have be (?:here|with us|in the ROLE|doing this) (?:for )?(?:" + _W + r"){0,2}?TIME|for (?:a decade|NUM TIME|TIME)|experienced|long-serving|veteran|year of experience)")


# "not new to X, but ...": a contrast; what follows the "but" (an arrival here) is the point
_NOT_NEW_BUT = re.compile(r"\bnot new\b[^|]*?\bbut\b")


def _agentive(word: str) -> bool:
    """A plural agent noun built on a verb: "tilers" (tile), "preparers" (prepare), never "orders" or "barriers"."""
    w = word.lower().removesuffix("s")
    for suf in ("er", "or", "ant", "ist", "ian"):
        if w.endswith(suf):
            base = w[: -len(suf)]
            return suf in ("ist", "ian") or any("VERB" in getAllLemmas(c) for c in (base, base + "e", base[:-1]) if len(c) > 2)
    return False


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
                if not toks[k].text.lower().endswith(("ing", "ion")) or _PROCISH.match(toks[k].tag):
                    continue
            if gi.get("work") is not None:  # the work noun may come after a word or two ("take over complaint handling")
                k = bisect.bisect_right(starts, m.start("work")) - 1
                ks = [x for x in range(k, min(k + 3, len(toks))) if toks[x].tag not in ("|", ",")]
                if not any(toks[x].text.lower().endswith(("ing", "ion")) and not _PROCISH.match(toks[x].tag) for x in ks):
                    continue
            if gi.get("noun") is not None:  # a role noun by its ending: a noun, never only an adjective ("become bigger")
                k = bisect.bisect_right(starts, m.start("noun")) - 1
                word = toks[k].text.lower()
                lem = getAllLemmas(word)
                if (lem and "NOUN" not in lem) or (not lem and len(word) < 6) or word in _KEEP:
                    continue
                if not m.group("noun").endswith("s") and not _agentive(word):
                    continue  # a lemmatised plural ("tilers" -> "tiler") counts only as a doer of a verb, never "orders"
            i = bisect.bisect_right(starts, m.start()) - 1
            j = bisect.bisect_right(starts, m.end() - 1) - 1
            while j > i and toks[j].tag == "|":
                j -= 1
            out.append((name, _phrase(text, toks, i, j)))
    return out


@lru_cache(maxsize=64)
def tagged(text: str) -> tuple[tuple[Tok, ...], str, tuple[int, ...]]:
    """The tokens, their tag string (one tag per token, space-separated: what the frames match) and where each
    token's tag starts in it; shared by the cue frames and planner.extract.role_structure, which read the same
    text one after the other (cached, so it is tokenised once; tuples, so no caller can change the cached copy)."""
    toks = tokens(text)
    tags = " ".join(t.tag for t in toks)
    starts, pos = [], 0
    for t in toks:
        starts.append(pos)
        pos += len(t.tag) + 1
    return tuple(toks), tags, tuple(starts)


_NAMED_RELATIVE = re.compile(r"\bNAME , who [^|,]*(?:,|(?=\|)|$)")
# (people "come in" too: "a new batch of trainee drivers comes in every quarter")
_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last week|this week|last month|this month)"
_THING_INTAKE = re.compile(r"(?i)\b(?:fluid|food|calorie|caloric|water|air|salt|sugar|protein|oral|daily|dietary|drug|alcohol|energy|nutritional|nutrient)\s+intakes?\b")
_RAW_ARRIVALS = (
    re.compile(r"\b(?:have|has|had|will|to|were|was|are|is|being|get|got)\s+(?:been\s+|be\s+)?(?:merged|folded|absorbed|integrated)\s+into\s+(?:our|the|this)\b[^.;,!?]{0,40}", re.I),
    re.compile(r"\b(?:only|just)\s+(?:started|joined|began|arrived)\s+(?:on\s+|last\s+|this\s+)?" + _DAYS + r"\b", re.I),
)
# "the manual retiming goes away", "the hand-keying will stop": the work, named by its -ing noun, ends
_WORK_GOES = re.compile(r"\b(?:the|their|our|all|most)\s+(?:manual\s+|paper\s+|hand\s+|physical\s+|routine\s+)?[a-z-]+ing\s+(?:work\s+)?"
                        r"(?:goes away|will go away|is going away|disappears|will disappear|is going|will go|ends|will end|stops|will stop)\b", re.I)
_GERUND_OBJ_SKIP = frozenset("the a an our their all of some several more extra another new NUM".split())  # tags and words


def _onboards_people(text: str, phrase: str) -> bool:
    """"onboarding 3 new reps": the verb with people as its object; never the noun compound ("the business customer
    onboarding team") nor a thing taken on ("onboarding all 140 of our junctions onto SCOOT")."""
    i = text.lower().find(phrase.lower())
    toks = tokens(text[i: i + len(phrase) + 80] if i >= 0 else phrase)  # the phrase's own verb and what follows it
    for k, t in enumerate(toks):
        if not re.match(r"(?i)(?:onboard|welcom)", t.text):
            continue
        rest = toks[k + 1:k + 8]
        if rest and rest[0].tag in ("TEAM", "UNIT", "PROC") and t.text.lower().endswith("ing"):
            return False  # "onboarding team", "onboarding process": a noun compound names a process
        content = [r for r in rest if not (r.tag in _GERUND_OBJ_SKIP or r.text.lower() in _GERUND_OBJ_SKIP)]
        if not content:
            return True
        # the object's head may come after a modifier noun ("onboarding five claims handlers"); a people noun in the
        # first three content words, before any preposition, is the object
        for r in content[:3]:
            if r.tag in ("PPL", "NEWBIE", "TEAM", "them", "him", "her", "us", "NAME") or _is_person(r.text.lower()):
                return True
            if r.tag in ("onto", "to", "into", "in", "on", "for", "|", ","):
                break
        return False
    return True


_INSTALLED = re.compile(r"\s+(?:\S+\s+){0,2}?(?:(?:went|goes|go|going)\s+(?:in|live)\b|(?:was|were|is|are|got|gets|has been|have been|being)\s+"
                        r"(?:installed|fitted|commissioned|rolled out|switched on|put in)\b)", re.I)
_PAST_NEGATION = re.compile(r"\b(?:didn[’']?t|did not|wasn[’']?t|was not|weren[’']?t|were not|never (?:was|were|existed|needed))\b", re.I)
_AWAY = re.compile(r"\b(?:they|he|she|we|you|I)\s+(?:were|was|had been|'d been)\s+(?:gone|away)$", re.I)


_MORE_OF_THEM = re.compile(r"[^.;!?]{0,20}?\b(?:hir\w*|recruit\w*|tak\w* on|bring\w* in)\s+(?:\w+\s+)?(?:more|another|extra|additional|further)\b", re.I)
_PAST_YEAR = re.compile(r"\b(?:joined|started|arrived|came|transferred|moved|hired|recruited|signed on)\b[^.;!?]{0,60}?\b(?:in|since|back in|during|before) (?:19|20)\d\d\b", re.I)
# the people the work serves (planner/lexicon extract_not_learners), or members (never "team members"), as the object
_SERVED_NOUNS = "|".join(sorted(_NOT_LEARNERS, key=len, reverse=True))
_SERVED_OBJECT = re.compile(r"[^.;!?]{0,40}?\b(?:onboard\w*|welcom\w*|enrol\w*|enroll\w*|sign\w* up|register\w*)\s+(?:\S+\s+){0,3}?(?:(?:" + _SERVED_NOUNS
                            + r")(?:s|es)?|(?<!team )(?<!staff )(?<!crew )(?<!board )members?)\b(?!\s+(?:service|success|care|support|facing)\b)", re.I)
_HIRE_TO_REPLACE = re.compile(r"\b(?:hir\w*|recruit\w*|took on|tak\w* on|taken on|br\w* in|appoint\w*|new|start\w*|join\w*)\b[^.;!?]{0,60}?\b(?:to replace|replacing|"
                              r"as (?:a )?replacements? for)\b", re.I)
# the people who went are others: "after the old crew was laid off", "the temps we let go", "contractors whose contract
# ended" (a loss said of the people the newcomers replace, h19type)
_OTHER_LEAVERS = re.compile(r"\b(?:old|previous|former|outgoing|departing|last)\s+(?:[\w-]+\s+)?(?:crew|team|staff|shift|hitch|lot|people|bunch|[\w-]+s)\b|"
                            r"\b(?:temps?|contractors?|agency staff)\s+(?:we|who|whose|that)\b|\bnew\s+(?:[\w-]+\s+){0,2}?(?:hires?|starters?|recruits?|[\w-]+s)\s+replace\b|"
                            r"\b(?:they|she|he)(?:'re|'s|\s+are|\s+is|\s+will\s+be)\s+(?:replacing|taking over from)\b", re.I)
_REPLACE_LEAVER = re.compile(r"\breplac\w*\s+(?:\S+\s+){0,4}?(?:who|that|we)\s+(?:have\s+|has\s+|had\s+|just\s+)?(?:left|quit|retired|resigned|moved on|went|lost|leave|retire)\b", re.I)


# people as the subject of an active "replacing" ("The nurses are replacing the paper charts with the new eMAR": a tool
# swap, their work stays; h19type), read on the words, since the lemmas lose the passive "are being replaced"; an
# organisation or a machine replacing work ("Our call centre is replacing the billing line with a chatbot") stays a loss
_REPLACING_ACTIVE = re.compile(r"\b(?:they|we|[a-z]+s)\s+(?:are|is|were|was|'re|will\s+be|have\s+been|had\s+been)\s+replacing\b", re.I)


def _people_replacing(text: str, phrase: str) -> bool:
    """People are the active subject of "replacing", and what they replace is no people ("replacing the paper charts")."""
    clause = _clause_around(text, phrase)
    m = _REPLACING_ACTIVE.search(clause)
    if not m or not _is_person(m.group(0).split()[0].lower()) and m.group(0).split()[0].lower() not in ("they", "we"):
        return False
    obj = re.split(r" (?:with|by|for|in|from|and|,|\|) ", " " + tags_of(clause[m.end():]) + " ")[0].split()
    return bool(obj) and obj[-1] not in ("PPL", "TEAM", "ROLE", "NEWBIE")  # the object's head names no people or role


def tags_of(phrase: str) -> str:
    """The lemma/class string of a phrase read alone (planner.extract.intervention_frames.tagged)."""
    return tagged(phrase)[1]


def _clause_around(text: str, phrase: str, after: int = 60) -> str:
    """The phrase's sentence from its start, up to ``after`` characters past the phrase."""
    flat = " ".join(text.split())
    i = flat.lower().find(phrase.lower())
    start = max(flat.rfind(ch, 0, max(i, 0)) for ch in ".;!?") + 1 if i >= 0 else 0
    return flat[start: (i + len(phrase) + after) if i >= 0 else None].strip()


def _replaces_leavers(text: str, phrase: str) -> bool:
    """A "replace" cue whose subject is people just taken on, or whose object is people who left."""
    if not re.search(r"\breplac", phrase, re.I):
        return False
    clause = _clause_around(text, phrase)
    return bool(_HIRE_TO_REPLACE.search(clause) or _REPLACE_LEAVER.search(clause))


def analyse(text: str) -> dict:
    """{"onboarding": [...], "gone": [...], "move": [...], "never": [...], "tenure": bool}: phrases as written."""
    toks, tags, starts = tagged(text)
    # (never the tenure of a person a relative clause describes: "Hamid, who's run the bench for twenty years, will
    # check every pair" is the checker's, not the apprentices')
    tenure = bool(_TENURE.search(_NAMED_RELATIVE.sub(" | ", tags)) or _TENURE_WORDS.search(text))
    if tenure and _NOT_NEW_BUT.search(tags) and not (_TENURE.search(_NOT_NEW_BUT.sub(" ", tags)) or _TENURE_WORDS.search(text)):
        tenure = False  # "they're not new to the trade, but they only joined us last month": new here (h15type)
    onb = find(ONBOARDING_FRAMES, text, toks, tags, starts)
    more: list[str] = []
    if tenure:  # "they are not new, they have run these lathes for a decade": "new X" alone does not make them new
        onb = [(n, p) for n, p in onb if n not in ("new people", "first weeks", "arrive")]
    if _LONG_HERE.search(tags) or _TENURE_WORDS_HERE.search(text):
        # "the techs have done this for years": the learners have long been here, so "new starters", "the March intake"
        # name other people (the ones their work serves), not the learners
        onb = [(n, p) for n, p in onb if n != "newcomers" and not (n == "new people" and _NEWCOMER.search(p))]
        # "The existing team of 6 dispatchers ...; we are also hiring two more next year": more people hired beside the
        # team already here are not the team (h19type)
        more = [p for n, p in onb if n in ("hire", "take on") and _MORE_OF_THEM.match(" ".join(text.split()).lower(), max(0, " ".join(text.split()).lower().find(p.lower())))]
        onb = [(n, p) for n, p in onb if p not in more]
    # "The roustabouts who joined us in 2019 still rig ...": an arrival dated to a past year is tenure, not onboarding
    # (DOMAIN.md: onboarding makes someone productive in a new company, team or position; h19type)
    flat_text = " ".join(text.split())
    past = [p for _, p in onb if _PAST_YEAR.search(flat_text[max(0, flat_text.lower().find(p.lower())):][: len(p) + 70])]
    onb = [(n, p) for n, p in onb if p not in past]
    # "the operators start on nights", "they start at 6am": the start of a shift, not of a job
    low = " ".join(text.split()).lower()
    # (a date said with it is the start of a job: "Three sorters start on the night shift ... on 2 March", h20rev)
    onb = [(n, p) for n, p in onb if not (n == "arrive" and _SHIFT_START.search(low[max(0, low.find(p.lower())):][: len(p) + 30])
                                          and not _START_DATE.search(low[max(0, low.find(p.lower())):][: len(p) + 70].split(".")[0]))]
    # "the new manager wants the reps to log every call": a new person above the learners asks for the change; the
    # learners are the reps, who are not new
    asking = [m.start() for m in _NEW_ASKER.finditer(text)]
    if asking:
        flat = text.lower()
        onb = [(n, p) for n, p in onb if not any(a <= flat.find(p.lower()) <= a + 12 for a in asking)]
    onb = [(n, p) for n, p in onb if not (n == "hire" and re.search(r"(?i)\b(?:onboard|welcom)", p) and not _onboards_people(text, p))]
    # "We get about 40 new members a month": new members counted per period are the people the work serves (a club's,
    # a gym's), not an arrival in the team (h19type's rule for "onboard roughly 40 new members a month", said of "new";
    # "a new batch of trainee drivers comes in every quarter" are the learners, whose noun names workers)
    onb = [(n, p) for n, p in onb if not (n == "new people" and re.search(r"(?i)(?<!team )(?<!staff )(?<!crew )\bmembers\b", p) and re.match(r"[^.;!?]{0,30}?\b(?:a|per|every|each)\s+(?:day|week|month|year|shift|quarter|fortnight)\b", low[max(0, low.find(p.lower())) + len(p):]))]
    # "the fluid intake", "calorie intake": what is taken in, not a cohort ("our September intake", "the spring intake")
    onb = [(n, p) for n, p in onb if not (n == "newcomers" and _THING_INTAKE.search(p))]
    # "their six network engineers have been merged into our NOC", "only started tuesday": arrivals the frames'
    # tags do not show (a merge into this team; a start a day ago)
    onb += [("arrive", m.group(0)) for rx in _RAW_ARRIVALS for m in rx.finditer(text)]
    # "Since the new AGC gauge controller went in": a machine or system named like a person, said to be installed, is no
    # arrival of people (DOMAIN.md: the cue is about the people; issue 12: words that name a tool never decide it)
    onb = [(n, p) for n, p in onb if not (n == "new people" and _INSTALLED.match(low, max(0, low.find(p.lower()) + len(p))))]
    delivered = find(DELIVER_FRAMES, text, toks, tags, starts)
    before_served = [p for _, p in onb]
    if delivered or _SERVED.search(tags):  # they deliver to newcomers: "new starters" are not the learners
        onb = [(n, p) for n, p in onb if not _NEWCOMER.search(p)]
        # nor is a cue inside the clause that says so ("coordinators onboard" of "Our fitness coordinators onboard
        # roughly 40 new members a month": the learners take others on)
        spans = [(low.find(d.lower()), len(d)) for _, d in delivered]
        onb = [(n, p) for n, p in onb if not any(i >= 0 and i <= low.find(p.lower()) < i + k for i, k in spans)]
    # "We onboard 30 new clients a week": onboarding whose object is the people the work serves (customers, clients,
    # members, patients: planner/lexicon extract_not_learners) is the learners' work, not their arrival (h19type)
    onb = [(n, p) for n, p in onb if not (n == "hire" and _SERVED_OBJECT.match(low, max(0, low.find(p.lower()))))]
    # "while they were gone": people away for a time (a past state of the people), not their role going away
    gone = [p for _, p in find(GONE_FRAMES, text, toks, tags, starts) if not _AWAY.search(p)]
    # "the myopia control clinic didn't exist when she left": a negation in the past tense says what was, never that
    # the work is going away (DOMAIN.md: reskilling when the current role goes away)
    gone = [p for p in gone if not _PAST_NEGATION.search(p)]
    gone += [m.group(0) for m in _WORK_GOES.finditer(text) if m.group(0) not in gone]
    # "We've hired four new roustabouts to replace the crew that left": the newcomers replace people who left; nobody's
    # work goes away (h19type; DOMAIN.md: onboarding makes someone productive in a new company or team)
    gone = [p for p in gone if not _replaces_leavers(text, p)]
    # "The nurses are replacing the paper charts with the new eMAR": people replacing a thing with another (a tool
    # swap; their work stays), never a thing replacing people ("replace the cashiers with kiosks")
    gone = [p for p in gone if not _people_replacing(text, p)]
    # the arrivals set aside as said of the people the learners serve or take on (the rationale names the conflict)
    served = [p for p in before_served if p not in {q for _, q in onb}] + [d for _, d in delivered if d not in before_served]
    return {"onboarding": [p for _, p in onb], "gone": gone, "served": (served if before_served else []) + more, "past_arrival": past,
            "move": [p for _, p in find(MOVE_FRAMES, text, toks, tags, starts)],
            "never": [p for _, p in find(NEVER_FRAMES, text, toks, tags, starts)], "tenure": tenure,
            # years in this post, said of them ("have over sixty years in the job between them"), not only skilled
            # ("experienced drivers") nor long in the work they come from ("They've done patrol for years")
            "tenure_here": bool(_YEARS_IN_POST_RX.search(text))}
