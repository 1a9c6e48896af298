"""Symptoms, triggers, impact and domain: keyword rules over sentences.

Mager's first question is "what is the performance discrepancy?": symptoms are the
sentences that report one (errors, omissions, delays, complaints), with their numbers.
Triggers separate the three kinds of change in ../shared/DOMAIN.md (a new system or
process -> upskilling; a new hire -> onboarding; a role made redundant or a move into a
substantially different role -> reskilling).
"""

from __future__ import annotations

import re

SENTENCES = re.compile(r"(?<=[.!?])\s+|(?<=;)\s+(?![^()]*\))|\n+")  # a decimal point has no space after it

PROBLEM = re.compile(
    r"\b(blank|unsigned|omit|omits|omitted|miss|misses|missing|missed|forget|forgets|forgot|wrong|incorrect|errors?|mistakes?|late|delay(?:s|ed)?|"
    r"slow|backlog|complain\w*|complaints?|escalat\w*|rework|re-?open\w*|bounce\w*|reject\w*|vague|incomplete|sloppy|inconsistent|"
    r"unclear|poor|bad|struggl\w*|can'?t|cannot|don'?t|doesn'?t|didn'?t|did not|couldn'?t|could not|wasn'?t|weren'?t|nobody|no one|never|repeat(?:ed)?|redone|double-?book\w*|reopen\w*|skip(?:s|ped|ping)?|ignor(?:e|es|ed|ing)|fail\w*|lost|losing|churn\w*|defects?|scrap|incidents?|"
    r"near.?miss\w*|breach\w*|fines?|overtime|waste|confus\w*|stuck|chas\w+|follow-?up|back-and-forth|takes? (?:too )?long|"
    r"no-?shows?|cancel\w*|refunds?|write-?offs?|findings?|non-?complian\w*|wait\w*|(?:has|have|had|with|without) no|without|lack\w*|sent back|rolled back|mis(?:type|label|file|read|route|count|key|code|enter|quote|spell|match|pick|sort)\w*|need(?:s|ed)? (?:fixing|correcting|redoing)|had to (?:correct|fix|redo|re-?enter|reject)|off by|dropped|fell|below the midpoint|skill gap|rate themselves lowest|or below)\b",
    re.I,
)
TRIGGERS = {
    "promotion": re.compile(r"\b(promot\w*|stepp(?:ed|ing) up|first-?time (?:managers?|leads?|supervisors?)|new (?:team )?leads?|newly appointed)\b", re.I),
    "new_system": re.compile(r"\b(new (?:crm|system|tool|software|platform|erp|wms|ehr|emr|portal|version|ticketing)|rolled out|roll(?:ing)? out|migrat\w*|switch(?:ed|ing)? to|went live|go-?live|implemented|introduc\w+ (?:a |the )?new|upgrad\w+ to)\b", re.I),
    "process_change": re.compile(r"\b(new (?:process|policy|procedure|regulation|rules?|workflow|standard|sop|returns? process|refund process)|process change|changed the (?:process|policy|procedure)|new requirements?|since the (?:change|reorg))\b", re.I),
}
IMPACT = {
    "compliance": re.compile(r"\b(audit\w*|complian\w*|regulat\w*|fines?|safety|incidents?|near.?miss\w*|gdpr|hipaa|sox|legal|breach\w*|osha|policy violations?|findings?)\b", re.I),
    "customer": re.compile(r"\b(customers?|clients?|complain\w*|csat|nps|churn\w*|patients?|satisfaction|reviews?|callers?|citizens?|residents?|shoppers?|guests?)\b", re.I),
    "cost": re.compile(r"(?:[$€£]\s?\d|\b(?:costs?|costing|overtime|waste|write-?offs?|money|budget|expens\w*|scrap|penalt\w*|write-?offs?)\b)", re.I),
    "speed": re.compile(r"\b(delays?|delayed|slow\w*|late|backlog|takes? (?:too )?long|(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|couple of)\s+(?:more\s+|extra\s+)?(?:days?|hours?|weeks?)|days later|hours later|turnaround|lead time|waiting|wait times?|cycle time|sla)\b", re.I),
    "quality": re.compile(r"\b(errors?|mistakes?|wrong|incorrect|defects?|rework|accura\w*|quality|re-?open\w*|bounce\w*|reject\w*|incomplete|missing|omit\w*)\b", re.I),
}
IMPACT_ORDER = ("compliance", "customer", "cost", "speed", "quality")
DOMAINS = {
    "healthcare": r"nurse|patient|ward|clinic|hospital|medication|chart|discharge|physician|care plan|ehr|emr|pharmac",
    "support": r"support|ticket|escalat|helpdesk|help desk|call cent|contact cent|customer service|agents?\b|queue",
    "sales": r"sales|prospect|deal|pipeline|quota|crm|account exec|sdr|bdr|lead gen|demo|renewal",
    "logistics": r"warehouse|picking|pickers?|shipment|deliver|dispatch|driver|wms|pallet|inventory|freight|courier|route",
    "manufacturing": r"plant|line operator|production line|machine|defect|scrap|shift supervisor|assembly|maintenance tech|changeover|factory",
    "finance": r"invoice|reconcil|accounts payable|accounts receivable|ledger|month-end|close|audit|expense|payroll|finance team|accountant",
    "engineering": r"engineer|developer|code|pull request|deploy|incident|on-call|sprint|bug|repository|api|release",
    "retail": r"store|shop floor|cashier|till|merchandis|shopper|retail|checkout|stock room|sales associates?",
    "public": r"council|citizen|caseworker|benefit|permit|public service|agency|municipal|government|applicant|ministry",
}
DOMAIN_RX = {k: re.compile(rf"\b(?:{v})", re.I) for k, v in DOMAINS.items()}


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCES.split(text) if s.strip()]


def symptom_sentences(text: str) -> list[str]:
    return [s for s in sentences(text) if PROBLEM.search(s)]


def triggers(text: str) -> list[str]:
    """Cues in the text. new_hire, redundancy and role_change are about the people (planner.extract.intervention),
    never a process or feature name ("the onboarding workflow", "automation features")."""
    from planner.extract.intervention import ONBOARDING, RESKILLING

    found = []
    if any(rx.search(text) for rx in ONBOARDING):
        found.append("new_hire")
    if any(rx.search(text) for rx in RESKILLING[:6]):
        found.append("redundancy")
    if any(rx.search(text) for rx in RESKILLING[6:]):
        found.append("role_change")
    return found + [name for name, rx in TRIGGERS.items() if rx.search(text)]


def impact(text: str) -> tuple[str | None, str | None]:
    """(category, the sentence that shows it). Compliance outranks customer outranks cost, speed, quality."""
    best: tuple[int, int, str | None, str | None] = (0, 99, None, None)
    for s in sentences(text):
        for rank, cat in enumerate(IMPACT_ORDER):
            hits = len(IMPACT[cat].findall(s))
            if hits and (hits, -rank) > (best[0], -best[1]):
                best = (hits, rank, cat, s)
    if best[2] is None:
        return None, None
    # prefer the sentence with a consequence number (days, money, %) for the description
    return best[2], best[3]


def domain(text: str) -> str | None:
    scores = {k: len(rx.findall(text)) for k, rx in DOMAIN_RX.items()}
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] else None
