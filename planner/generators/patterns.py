"""Domain patterns the offline generator composes plans from.

Each pattern is practice from ../shared/DOMAIN.md: reusable assets instead of one
expert explaining live; practice on real work in its context; a named reviewing
role with a cadence; a success signal read from a real data source. No pattern holds
a number: numbers in a plan come only from the problem text (SMART 'measurable'
is met by the text's own baseline, or by a stated way to measure one first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class OutputPattern:
    """What 'good' looks like for a kind of work output (Mager's criterion, item by item)."""

    match: re.Pattern
    standard_items: tuple[str, ...]
    mistakes: tuple[str, ...]
    rules: tuple[str, ...]  # "{owner}" is the text's own reviewing role; a rule naming it is dropped when the text names none
    data_source: str
    # issue 12: a pack applies only when the text names its role, system or output; None = any text
    requires: re.Pattern | None = None


def _rx(words: str) -> re.Pattern:
    return re.compile(rf"\b(?:{words})", re.I)


OUTPUTS: tuple[OutputPattern, ...] = (
    OutputPattern(
        _rx("escalation|dispute"),
        ("the account or invoice reference", "the amount or item in question", "the customer's claim in one sentence",
         "the evidence checked", "the action requested from the next team"),
        ("Pasting the customer's message instead of summarising the claim",
         "Leaving out the reference the next team needs to find the case",
         "Escalating before checking the evidence already in the system"),
        ("Escalate only when the case meets the documented escalation criteria; otherwise resolve or ask the customer",
         "When a required fact is missing, get it before escalating rather than sending a partial note"),
        "ticket tags or a weekly QA sample of escalations",
    ),
    OutputPattern(
        _rx("handover|handoff|shift note"),
        ("the current status", "what changed during the shift", "open risks or pending actions",
         "who owns each pending action", "anything the next person must check first"),
        ("Describing the whole shift instead of what the next person must act on",
         "Leaving pending actions without an owner", "Handing over verbally only, with nothing written"),
        ("Anything that needs action in the next shift is written down with an owner",
         "Safety-critical items are handed over in person and in writing"),
        "an audit of handover records against the checklist",
    ),
    OutputPattern(
        _rx("pull request|code review|commit|release|deploy"),
        ("a description of the change and why", "the tests added or run", "the risk and how to roll back",
         "a link to the ticket"),
        ("Opening changes too large to review", "Approving without running the change", "Skipping the rollback plan"),
        ("A change that touches production data needs a second reviewer",
         "Split a change that cannot be reviewed in one sitting"),
        "the code review tool's history",
        requires=_rx("developer|engineer|pull request|code review|github|gitlab|repositor|\\bsres?\\b"),
    ),
    OutputPattern(
        _rx("pick|shipment|pallet|inventory|stock count|orders? ship"),
        ("the right item and quantity", "scanned at each step in the system", "exceptions logged with a reason code",
         "completed within the slot time"),
        ("Skipping the scan when in a hurry", "Resolving a short pick without logging it",
         "Working from memory instead of the pick list"),
        ("When the system and the shelf disagree, stop and log an exception before continuing",
         "Damaged items are set aside and logged, never shipped"),
        "the warehouse management system's exception and accuracy reports",
        requires=_rx("warehouse|picker|picking|\\bwms\\b|packer|pallet|fulfil"),
    ),
    OutputPattern(
        _rx("chart|care plan|discharge|patient record|nursing documentation|medication (?:record|chart|administration)"),
        ("the required fields completed", "times and doses recorded at the point of care",
         "changes flagged to the responsible clinician", "signed off before the end of the shift"),
        ("Charting from memory at the end of the shift", "Copying forward old entries without checking them",
         "Recording a change without flagging it"),
        ("Record at the point of care, not afterwards", "Any discrepancy is escalated to the {owner} before the next round"),
        "a documentation audit of the records",
        requires=_rx("nurse|ward|clinician|physician|patient|midwi|carer"),
    ),
    OutputPattern(
        _rx("invoice|reconcil|ledger|expense|month-end|journal|payment"),
        ("matched to the source document", "coded to the correct account", "exceptions explained in a note",
         "completed before the close deadline"),
        ("Forcing a match instead of investigating the difference", "Coding by habit rather than by the policy",
         "Leaving unexplained items for the next close"),
        ("A difference above the approval limit goes to the {owner} before posting",
         "Every manual adjustment carries a reference to its evidence"),
        "the reconciliation report and audit findings",
        requires=_rx("accounts payable|accounts receivable|accountant|bookkeep|controller|finance|reconcil|ledger|month-end"),
    ),
    OutputPattern(
        _rx("sales call|calls? (?:with|to) (?:prospects|customers|clients)|demo|prospect|deal|quote|proposal|opportunit|crm|pipeline"),
        ("the customer's need in their words", "the next step agreed with a date", "the record updated in the CRM",
         "the decision-maker named"),
        ("Pitching before asking about the need", "Ending without an agreed next step", "Updating the CRM days later or not at all"),
        ("No opportunity moves stage without an agreed next step in the CRM",
         "Pricing exceptions go to the {owner} before they are offered"),
        "the CRM's activity and stage reports",
        requires=_rx("sales|account exec|\\bsdrs?\\b|\\bbdrs?\\b|\\bcrm\\b|salesforce|hubspot|prospect|pipeline|quota"),
    ),
    OutputPattern(
        _rx("inspection|safety check|defect|changeover|machine|production line|line check"),
        ("each checklist step completed and signed", "deviations recorded with photos or readings",
         "stop conditions applied when met", "the record filed before the shift ends"),
        ("Ticking the checklist without doing the check", "Continuing after a stop condition", "Recording deviations without a reading"),
        ("When a reading is out of tolerance, stop and call the {owner}",
         "No step is signed by someone who did not perform it"),
        "inspection records and the quality or incident log",
        requires=_rx("plant|factory|production line|line operator|machine|changeover|assembly|maintenance|inspector|shop floor"),
    ),
    OutputPattern(
        _rx("application|permit|benefit|case decision|casework"),
        ("eligibility checked against the current rules", "the decision and its reason recorded",
         "the applicant told the next step", "the case closed or routed within the service standard"),
        ("Applying an outdated rule", "Recording a decision without its reason", "Leaving the applicant without a next step"),
        ("When the rules do not cover a case, route it to the {owner} instead of guessing",
         "Every refusal states the rule it is based on"),
        "the case management system's reports and a monthly case review",
        requires=_rx("caseworker|council|applicant|benefit|permit|case officer|agency|claims? handler|adjuster"),
    ),
    OutputPattern(
        _rx("email|reply|replies|response|message|note|report|update|minutes"),
        ("the purpose stated in the first line", "the facts the reader needs, with references",
         "the action requested and by when", "sent within the agreed time"),
        ("Burying the request at the end", "Leaving out the reference the reader needs", "Writing for the writer, not the reader"),
        ("If the reader would have to ask a question to act, the message is not finished",),
        "a weekly sample of messages reviewed against the checklist",
    ),
)
GENERIC = OutputPattern(
    _rx("$^"),
    ("the steps of the documented procedure followed", "the result checked against the team's checklist",
     "exceptions recorded with a reason", "handed to the next step complete"),
    ("Working from memory instead of the documented procedure", "Fixing problems silently instead of recording them",
     "Learning once in a course and never practising on real work"),
    ("When unsure, check the job aid before asking, and record the case for the team's examples",),
    "a weekly sample of the work reviewed against the checklist",
)

DELIVERY = {
    "upskilling": ("on-the-job practice on real cases", "microlearning: short lessons on one step of the work at a time",
                   "peer review in pairs", "a team champion who answers questions in the flow of work"),
    "onboarding": ("shadowing an experienced colleague", "a buddy for the first weeks",
                   "on-the-job practice on real cases", "microlearning: short lessons on one step of the work at a time"),
    "reskilling": ("a structured learning path with a certification or assessment", "a stretch assignment in the new role",
                   "mentoring by someone already in the role", "a peer cohort"),
}

def output_pattern(*texts: str | None, context: str | None = None) -> OutputPattern:
    """The pack whose output the texts name, and whose role or system ``context`` (the whole problem) names."""
    joined = " ".join(t for t in texts if t)
    for p in OUTPUTS:
        if p.match.search(joined) and (p.requires is None or context is None or p.requires.search(context)):
            return p
    return GENERIC


def fill_rules(rules: tuple[str, ...], owner: str | None) -> list[str]:
    """A pack's decision rules with the text's own reviewing role; a rule naming a role the text lacks is dropped."""
    out = []
    for r in rules:
        if "{owner}" in r:
            if not owner:
                continue
            r = r.replace("{owner}", owner)
        out.append(r)
    return out
