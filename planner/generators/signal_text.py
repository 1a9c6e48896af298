"""The success signal's lines in the text's own terms, where the generators left scaffolding (issue 12, h18sig).

A strict reader pastes a success signal when each line is built from the text (DOMAIN.md, success signal:
"observable behaviour or output ... with a number and a source"; Kirkpatrick level 3: the behaviour on the job, read
from the records the work already leaves). The generators fill the lines first; this module replaces what is still
scaffolding true of any team:

- the behaviour line "Every item of the performance standard is met in the weekly sample of ...", when the metric
  names what the text counts ("share of filings that go to the county court with the wrong case number"): the
  behaviour is that output moving the good way ("Fewer filings go to the county court with the wrong case number");
- a generic data source (a checklist sample, "a tally kept each month"), when the text names who finds the faults
  ("Gail finds them when she does the monthly F-gas log"), a log it keeps ("We logged 14 complaints"), or the system
  the work is done in ("in DocuWare");
- a baseline method that says only "count ...": it names who counts (the reviewer the text names, else the manager),
  which records (the last four weeks' items, in the named system) and what is counted (SMART "measurable").

Every sentence goes through the well-formedness gate; one that fails leaves the generator's line as it was.
"""

from __future__ import annotations

import re
from typing import Optional

_GENERIC_BEHAVIOUR = re.compile(r"^Every item of the performance standard is met in the weekly sample\b")
_GENERIC_SOURCE = re.compile(r"checked against the checklist|reviewed against the checklist|^a tally kept each |"
                             r"^a count of the next four weeks'", re.I)
_SHARE = re.compile(r"^share of (?P<n>[a-z][\w' -]*?) (?P<w>that|where) (?P<vp>[a-z][^,]*?)(?:, counted the same way as today)?$", re.I)
_SHARE_DONE = re.compile(r"^share of (?P<n>[A-Za-z][\w' -]*?s) (?P<vp>(?:[a-z]+(?:-[a-z]+)?ed|sent|made|done|caught|put|left|kept)\b[^,]*?)"
                         r"(?:, counted the same way as today)?$")
_NUMBER = re.compile(r"^number of (?P<n>[A-Za-z][\w' -]*?s)(?: (?P<vp>(?:that |[a-z]+ed\b|sent\b|made\b|binned\b)[^,]*?))?"
                     r"(?:, counted the same way as today)?$")
_FREQ = re.compile(r"^(?P<n>[a-z][\w' -]*?) (?:that )?(?P<vp>(?:[a-z]+ed|caught|sent|made|found|left|lost|done|got)\b[^,]*?), counted per \w+$", re.I)


# "share of incident reports without the CCTV timestamp", "share of service sheets with the sludge depth on them"
_WITH_SHARE = re.compile(r"^share of (?P<n>[a-z][\w-]*(?:\s+[a-z][\w-]*)?s) (?P<w>with|without) (?P<o>the [\w -]+?)(?:, counted the same way as today)?$")
_NOT_THE_TEXTS = re.compile(r"performance standard|need no rework|pass the \S+ check|^times\b|^share of times\b", re.I)
_PAST_OR_PERSON = re.compile(r"\b(?:came|went|were|was|had|did|got|took|made|we|i|they|he|she|her|his|their|our|my)\b", re.I)


def behaviour_from_metric(metric: str, down: Optional[bool]) -> Optional[str]:
    """"Fewer filings go to the county court with the wrong case number" for the metric "share of filings that go to
    the county court ..." of a figure that counts faults (down=True); "More ..." for one that counts work done right;
    None when the metric is not the text's own clause or the direction is unknown."""
    w = _WITH_SHARE.match(metric or "")
    if w and not _NOT_THE_TEXTS.search(metric):  # the share says its own direction: "without the X" is the fault (h21sig)
        from planner.concreteness.structure import people_noun

        if people_noun(w.group("n").split()[-1]):
            return None
        has = "have" if w.group("w") == "with" else "lack"
        sentence = f"{'More' if w.group('w') == 'with' else 'Fewer'} {w.group('n')} {has} {w.group('o')}, at each review after training"
        from planner.generators.gate import problems

        return None if problems(sentence + ".") else sentence
    if down is None or _NOT_THE_TEXTS.search(metric or ""):
        return None
    m = _SHARE.match(metric or "")
    p = _SHARE_DONE.match(metric or "")
    if m:
        noun, vp = m.group("n"), ("where " if m.group("w") == "where" else "") + m.group("vp")
    elif p:  # "share of RMAs coded to the wrong return reason" -> "Fewer RMAs are coded ..."
        noun, vp = p.group("n"), "are " + p.group("vp")
    elif down and (c := _NUMBER.match(metric or "")):  # "number of syringes sent back by the pharmacists for label errors"
        noun, vp = c.group("n"), c.group("vp") or ""
        if vp.startswith("that "):
            vp = vp[5:]
        elif re.match(r"(?:[a-z]+ed|sent|made|done|caught|put|left|kept|binned)\b", vp):
            vp = "are " + vp
        elif vp or not re.match(r"(?:mis|un|wrong|missing|late|failed|rejected|faulty|broken|incomplete|blank)", noun):
            return None  # "number of buses out with defects ...": no verb to say it with
    else:
        m = _FREQ.match(metric or "")
        if not m or not down:
            return None
        noun, vp = m.group("n"), "are " + m.group("vp")  # "jobs closed in ServiceTitan ..." -> "jobs are closed ..."
    from planner.concreteness.structure import people_noun

    first = next((w for w in vp.split() if w.lower() not in ("still", "often", "usually", "never", "always", "sometimes")), "")
    singular = first.lower().endswith("s") and not first.lower().endswith("ss") and first.lower() not in ("does",)
    if _PAST_OR_PERSON.fullmatch(first) or _PAST_OR_PERSON.search(noun) or people_noun(noun.split()[-1]) or singular:
        return None  # "her plans", "samples we sent", "came out": not the plain present of the items (a person is no output)
    when = "month on month after training" if metric.endswith("per month") else "at each review after training"
    sentence = " ".join(f"{'Fewer' if down else 'More'} {noun} {vp}".split()) + f", {when}"
    from planner.generators.gate import problems

    return None if problems(sentence + ".") else sentence


# "Gail, our compliance officer, finds them when she does the monthly F-gas log": the finder's own check
_FINDS = re.compile(r"\b(?P<who>[A-Z][a-z]+|(?:the|our)\s+[a-z]+(?:\s+[a-z]+)?)(?:,\s+(?:our|the|my)\s+[a-z]+(?:\s+[a-z]+)?,)?\s+"
                    r"(?P<verb>finds|catches|spots|picks up|flags)\s+(?:them|these|most of them|some of them|"
                    r"(?:any|every|each)\s+[a-z][\w-]*(?:\s+(?:with no|without|missing|that)\s+[^,;.!?]{1,40}?)?)\s+when\s+"
                    r"(?P<pro>she|he|they)\s+(?P<vp>[a-z]+s?\s+[^,;.!?]{3,60}?)(?=\s+and\s|\s+(?:--|–|—)\s|[,;.!?]|$)")
# "the office only finds out when the council asks for it": where the fault is noticed today, too late to count from
NOTICED = re.compile(r"\b(?P<who>(?:[Tt]he|[Oo]ur)\s+[a-z]+(?:\s+[a-z]+)?|[A-Z][a-z]+)\s+(?:only\s+|usually\s+|normally\s+|just\s+)?"
                     r"(?P<v>finds out|find out|notices|hears about it|hears about them|learns of it|realises|realizes)\s+when\s+"
                     r"(?P<c>[^,;.!?]{3,60}?)(?=\s+and\s|\s+(?:--|–|—)\s|[,;.!?]|$)")


def noticed(text: str) -> Optional[str]:
    """"the office only finds out when the council asks for it", as written, or None."""
    m = NOTICED.search(text or "")
    return m.group(0).strip() if m and not re.match(r"(?:I|We|They|He|She)\b", m.group("who")) else None
# "We logged 14 customer complaints in October": the log the figure comes from
_LOGGED = re.compile(r"\b(?:we|I)\s+(?:logged|recorded|had|got)\s+(?P<n>\S+)\s+(?P<noun>(?:[a-z-]+\s+){0,2}?(?:complaints|calls|incidents|"
                     r"returns|claims|tickets|callbacks|reports|errors|near misses|breaches))\b", re.I)


def finder_source(text: str) -> Optional[str]:
    m = _FINDS.search(text or "")
    if not m:
        return None
    who = re.sub(r"^our\s+", "the ", m.group("who"))
    src = f"what {who} {m.group('verb')} when {m.group('pro')} {m.group('vp')}"
    from planner.generators.gate import problems

    return None if problems(f"Read {src}.", phrase=True) else src


def log_source(text: str) -> Optional[str]:
    m = _LOGGED.search(text or "")
    if not m or not re.search(r"\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen)$", m.group("n"), re.I):
        return None
    return f"the log of {m.group('noun').lower()} the team already keeps, counted the same way as the text's figure"


def who_counts(text: str, owner: Optional[str]) -> str:
    """The reviewer the text names ("Marta, the office manager"), else the manager who wrote the text."""
    if owner:
        from planner.extract.owner import named_person

        return named_person(text, owner) or f"the {owner}"
    return "the manager"


_COUNTED = re.compile(r"^(?:share of )?(?P<n>[a-z][\w' -]*?s)\s+(?P<p>(?:[a-z]+ed|[a-z]+en|done|kept|sent|made)\b.*)$", re.I)


def measure_sentence(metric: str, system: Optional[str], counter: str) -> Optional[str]:
    """"Not measured yet: before training starts, Marta, the office manager, takes the last four weeks' scanned delivery
    notes in DocuWare and counts how many were filed under the correct supplier; the same count is made at the review
    date." None when the metric is not "<items> <participle> ..."."""
    m = _COUNTED.match(metric or "")
    if not m:
        return None
    noun, pred = m.group("n"), m.group("p")
    where = ""
    if system:
        pred = re.sub(rf"\s+in\s+{re.escape(system)}\b", "", pred)  # the system is said once, with the records
        where = f" in {system}"
    counter = f"{counter}," if "," in counter else counter  # "Marta, the office manager, takes"
    sentence = (f"Not measured yet: before training starts, {counter} takes the last four weeks' {noun}{where} and counts "
                f"how many were {pred}; the same count is made at the review date.")
    from planner.generators.gate import problems

    return None if problems(sentence) else sentence


def system_source(metric: str, system: Optional[str], counter: str) -> Optional[str]:
    m = _COUNTED.match(metric or "") or _SHARE.match(metric or "")
    if not system or not m:
        return None
    return f"the {m.group('n')} in {system}, counted by {counter}"


_BEFORE_ALONE = re.compile(r"^time, in (?P<u>\w+), before (?:they|he|she) (?:could|can|were able to) (?P<vp>[a-z][^,]*)$", re.I)


def duration_source(metric: str, counter: str) -> Optional[str]:
    """For "time, in weeks, before they could verify chemo prescriptions on their own": each newcomer's start date and
    the date they first did it alone, as the reviewer records it (the text's own measure of time to proficiency)."""
    m = _BEFORE_ALONE.match(metric or "")
    if not m:
        return None
    vp = m.group("vp")
    alone = "" if re.search(r"\b(?:alone|unsupervised|on (?:their|his|her) own|without (?:someone|anyone|help|a\b)|by themselves)\b", vp) else " alone"
    return f"each new starter's start date and the date {counter} first lets them {vp}{alone}"


_BY = re.compile(r"^(?P<n>[a-z][\w' -]*?s) (?P<v>[a-z]+ed|sent|caught|found) by (?P<who>[^,]+), counted per (?P<p>\w+)$", re.I)


def tally_source(metric: str) -> Optional[str]:
    """"a tally of the floors rejected by the GC's inspector, kept each week" for "floors rejected by the GC's inspector,
    counted per week": who rejects them is where the count comes from."""
    m = _BY.match(metric or "")
    if m:
        return f"a tally of the {m.group('n')} {m.group('v')} by {m.group('who')}, kept each {m.group('p')}"
    t = _CHECK_FAILED.match(metric or "")  # "times the engineer's pre-pour inspection failed us, counted per month"
    return f"the results of {t.group('x')}, tallied each {t.group('p')}" if t else None


_CHECK_FAILED = re.compile(r"^times (?P<x>the [^,]+?) (?:failed|rejected|bounced|flagged) (?:us|it|them|the \w+)\b[^,]*, counted per (?P<p>\w+)$")


def _as_written(signal: dict, text: str) -> None:
    """A word the text writes with capitals inside it ("RMAs", "GC's") keeps them where a rule lowercased it."""
    # inner capitals ("RMAs"), or a capital mid-sentence that the text never writes in lower case ("Cliniko")
    cased = {m.group(0).lower(): m.group(0) for m in re.finditer(r"[A-Za-z][\w'-]*", text or "")
             if any(c.isupper() for c in m.group(0)[1:]) or (m.group(0)[0].isupper() and m.start() > 0
                 and not re.search(r"(?:^|[.!?:]\s*|\n)$", text[:m.start()].rstrip(" \"'(")) and m.group(0) != "I"
                 and not re.search(rf"\b{re.escape(m.group(0).lower())}\b", text))}
    if not cased:
        return
    for key in ("behaviour", "metric", "data_source", "baseline_method"):
        v = signal.get(key)
        if isinstance(v, str):
            signal[key] = re.sub(r"[A-Za-z][\w'-]*", lambda m: cased.get(m.group(0), m.group(0)) if m.group(0).islower() else m.group(0), v)


def reviewer_source(text: str, audience_role: Optional[str]) -> Optional[str]:
    """"Dev's check of their daily notes every Friday afternoon": the reviewer's own checking clause is where the
    figure is read, in the one wording of planner.generators.signal_check; never a checklist sample the text does not
    name."""
    from planner.generators.signal_check import read, source

    return source(read(text, audience_role))


def finish(signal: dict, text: str, down: Optional[bool], system: Optional[str], owner: Optional[str],
           audience_role: Optional[str] = None) -> dict:
    """The signal with its scaffolding lines replaced by the text's own where the text gives them (see the docstring)."""
    from planner.generators.gate import clip

    metric = (signal.get("metric") or "").rstrip().rstrip(",;").rstrip()  # a clause cut at its comma (measure_gate)
    if _GENERIC_BEHAVIOUR.match(signal.get("behaviour") or ""):
        b = behaviour_from_metric(metric, down)
        if b:
            signal["behaviour"] = clip(b, 400)
    counter = who_counts(text, owner)
    src = signal.get("data_source") or ""
    finder = finder_source(text)
    if src.startswith("records in ") and finder:  # the records, and who finds the faults in them
        signal["data_source"] = clip(f"{finder}, checked against the {src}", 200)
    elif not src or _GENERIC_SOURCE.search(src):
        better = finder or log_source(text) or tally_source(metric) or duration_source(metric, counter) \
            or reviewer_source(text, audience_role) or system_source(metric, system, counter)
        if better:
            signal["data_source"] = clip(better, 200)
    how = signal.get("baseline_method") or ""
    if not signal.get("baseline") and how.startswith("Not measured yet: before training starts, count "):
        better = measure_sentence(metric, system, counter)
        if better:
            signal["baseline_method"] = clip(better, 400)
    _as_written(signal, text)
    return signal


_GENERIC_METRIC = re.compile(r"^share of (?:the )?(?P<n>[a-z][\w' -]*?) that need no rework$")
# "Handle the complaint callbacks for the retention team", "File claims on their own": the goal's verb and its object
_GOAL_VO = re.compile(r"^(?P<v>[A-Z][a-z]+)\s+(?:the\s+)?(?P<o>(?:[a-z][a-z-]*\s+){0,3}?[a-z][a-z-]*s)(?P<rest>\s+(?:for|in|on|into|to)\s+the\s+[a-z][a-z -]{2,40}?)?"
                      r"(?=$|\s+(?:on their own|on real cases|as|to the standard|,)|\s*\()")


def from_goal(signal: dict, goal: str, owner: Optional[str], text: str) -> dict:
    """With no figure and no behaviour of the text, the metric is on the goal's own output ("share of complaint
    callbacks handled for the retention team that pass Priya's check first time"), never "work samples that need no
    rework" (Mager: the criterion is on the performance the goal names); the baseline method counts the same thing."""
    from planner.generators.gate import clip, problems
    from planner.generators.signal_metric import _participle
    from planner.extract.phrases import can_be_verb

    m = _GENERIC_METRIC.match(signal.get("metric") or "")
    g = _GOAL_VO.match(goal or "")
    if not m or not g or not can_be_verb(g.group("v").lower()) or g.group("v").lower() in ("work", "do", "be", "use", "carry") \
            or g.group("o").split()[0] in ("work", "cases", "tasks", "as", "up", "out", "on", "in", "with", "for", "to", "off"):
        return signal
    part = _participle(g.group("v").lower())
    if not part:
        return signal
    who = who_counts(text, owner)
    check = f"that {who} accepts without changes" if owner else "that need no correction when checked"
    metric = f"share of {g.group('o')} {part}{g.group('rest') or ''} {check}"
    if problems(f"They count the {metric}.", phrase=True):
        return signal
    old = m.group(0)[len("share of "):]
    signal["metric"] = clip(metric, 200)
    how = signal.get("baseline_method") or ""
    if old in how:
        signal["baseline_method"] = clip(how.replace(old, metric[len("share of "):]), 400)
    return signal


__all__ = ["from_goal", "finish", "behaviour_from_metric", "finder_source", "log_source", "measure_sentence"]
