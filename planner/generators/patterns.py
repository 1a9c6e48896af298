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
    # issue 12 (round 10): a pack applies only when the text names that pack's role AND its output (or system).
    # ``roles`` is read in the learners' own role (never anywhere in the text: "the R pipeline" is no sales
    # pipeline, a roadside "inspector" is no line operator); ``systems`` in the systems the text names; ``heads``
    # is the kind of output the pack is about, read at the head of the learners' output noun phrase ("defect
    # reports" are reports, not defects; "benefit denial letters" are letters, not eligibility decisions).
    # None for ``roles`` = any role writes this output (messages), which then must be the learners' own output.
    requires: re.Pattern | None = None
    heads: re.Pattern | None = None
    systems: re.Pattern | None = None


def _rx(words: str) -> re.Pattern:
    return re.compile(rf"\b(?:{words})", re.I)


def _head(words: str) -> re.Pattern:
    """The pack's kind of output, at the end of a noun phrase (its head; English heads are final)."""
    return re.compile(rf"\b(?:{words})$", re.I)


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
        requires=_rx("support|service desk|help ?desk|contact cent|call cent|customer service|tier|agent|advis"),
        heads=_head("escalations?|escalation notes?|escalation emails?|disputes?"),
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
        requires=_rx("nurse|nursing|midwi|carer|care worker|healthcare assistant|\\bhcas?\\b|shift|controller|dispatcher|operator|on-?call"),
        heads=_head("handovers?|handoffs?|handover (?:notes?|sheets?|reports?)|shift (?:notes?|reports?)"),
    ),
    OutputPattern(
        _rx("pull request|code review|commit|release|deploy"),
        ("a description of the change and why", "the tests added or run", "the risk and how to roll back",
         "a link to the ticket"),
        ("Opening changes too large to review", "Approving without running the change", "Skipping the rollback plan"),
        ("A change that touches production data needs a second reviewer",
         "Split a change that cannot be reviewed in one sitting"),
        "the code review tool's history",
        requires=_rx("developer|\\bdevs?\\b|software engineer|backend|frontend|programmer|\\bsres?\\b|site reliability"),
        heads=_head("pull requests?|\\bprs?|code reviews?|commits?|releases?|deploy\\w*|tests?|changes?|code"),
        systems=_rx("github|gitlab|bitbucket|jenkins"),
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
        requires=_rx("warehouse|picker|packer|fulfil|stock|forklift"),
        heads=_head("picks?|picking|orders?|shipments?|pallets?|inventory|stock counts?"),
        systems=_rx("\\bwms\\b|warehouse management"),
    ),
    OutputPattern(
        _rx("chart|care plan|discharge|patient record|nursing documentation|medication (?:record|chart|administration)"),
        ("the required fields completed", "times and doses recorded at the point of care",
         "changes flagged to the responsible clinician", "signed off before the end of the shift"),
        ("Charting from memory at the end of the shift", "Copying forward old entries without checking them",
         "Recording a change without flagging it"),
        ("Record at the point of care, not afterwards", "Any discrepancy is escalated to the {owner} before the next round"),
        "a documentation audit of the records",
        requires=_rx("nurse|nursing|midwi|clinician|physician|doctor|carer|care assistant|healthcare assistant|psych tech|\\bhcas?\\b"),
        heads=_head("charts?|care plans?|discharges?|records?|documentation|observations?|\\bobs|medications?|scores?"),
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
        requires=_rx("accounts payable|accounts receivable|\\bap\\b|\\bar\\b|accountant|bookkeep|controller|finance|billing|payable|receivable|payroll"),
        heads=_head("invoices?|reconciliations?|ledgers?|expenses?|journals?|payments?|postings?|month-end|close"),
        systems=_rx("\\bsage\\b|xero|quickbooks|netsuite|datev|\\bsap\\b"),
    ),
    OutputPattern(
        _rx("sales call|calls? (?:with|to) (?:prospects|customers|clients)|demo|prospect|deal|quote|proposal|opportunit|crm|pipeline"),
        ("the customer's need in their words", "the next step agreed with a date", "the record updated in the CRM",
         "the decision-maker named"),
        ("Pitching before asking about the need", "Ending without an agreed next step", "Updating the CRM days later or not at all"),
        ("No opportunity moves stage without an agreed next step in the CRM",
         "Pricing exceptions go to the {owner} before they are offered"),
        "the CRM's activity and stage reports",
        requires=_rx("sales|account exec|account manager|\\bsdrs?\\b|\\bbdrs?\\b|business development"),
        heads=_head("calls?|demos?|deals?|quotes?|proposals?|opportunit\\w+|pipeline|leads?|prospects?|products?|pitch\\w*|crm"),
        systems=_rx("\\bcrm\\b|salesforce|hubspot|pipedrive"),
    ),
    OutputPattern(
        _rx("inspection|safety check|defect|changeover|machine|production line|line check"),
        ("each checklist step completed and signed", "deviations recorded with photos or readings",
         "stop conditions applied when met", "the record filed before the shift ends"),
        ("Ticking the checklist without doing the check", "Continuing after a stop condition", "Recording deviations without a reading"),
        ("When a reading is out of tolerance, stop and call the {owner}",
         "No step is signed by someone who did not perform it"),
        "inspection records and the quality or incident log",
        requires=_rx("line operator|machine operator|plant operator|production|process (?:operator|technician)|assembl|shop floor|quality (?:inspector|control)|\\bqc\\b|maintenance (?:technician|fitter|engineer)"),
        heads=_head("inspections?|safety checks?|line checks?|changeovers?|checklists?|checks?|steps?|machines?"),
    ),
    OutputPattern(
        _rx("application|permit|benefit|case decision|casework"),
        ("eligibility checked against the current rules", "the decision and its reason recorded",
         "the applicant told the next step", "the case closed or routed within the service standard"),
        ("Applying an outdated rule", "Recording a decision without its reason", "Leaving the applicant without a next step"),
        ("When the rules do not cover a case, route it to the {owner} instead of guessing",
         "Every refusal states the rule it is based on"),
        "the case management system's reports and a monthly case review",
        requires=_rx("caseworker|case officer|case worker|eligibility|assessor|benefits? officer|claims? handler|adjuster|planning officer"),
        heads=_head("applications?|permits?|decisions?|cases?|casework|claims?|assessments?"),
    ),
    OutputPattern(
        _rx("email|reply|replies|response|message|note|report|update|minutes"),
        ("the purpose stated in the first line", "the facts the reader needs, with references",
         "the action requested and by when", "sent within the agreed time"),
        ("Burying the request at the end", "Leaving out the reference the reader needs", "Writing for the writer, not the reader"),
        ("If the reader would have to ask a question to act, the message is not finished",),
        "a weekly sample of messages reviewed against the checklist",
        heads=_head("e-?mails?|replies|reply|responses?|messages?"),
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

_HEAD_END = re.compile(r"\s+(?:for|in|on|at|into|to|with|without|from|of|that|which|who|so|before|after|when|by|as|because|and then)\b.*$|[,;:.].*$", re.I)


def output_head(np: str) -> str:
    """The output noun phrase without its complements: "the quotes for house extensions" -> "the quotes"."""
    return _HEAD_END.sub("", " ".join((np or "").split())).strip()


def _role_is(p: OutputPattern, role: str | None) -> bool:
    return p.requires is not None and bool(role) and bool(p.requires.search(role))


def _names_system(p: OutputPattern, systems: tuple[str, ...]) -> bool:
    return p.systems is not None and any(p.systems.search(s) for s in systems)


def output_pattern(*texts: str | None, context: str | None = None, role: str | None = None,
                   systems: tuple[str, ...] = ()) -> OutputPattern:
    """The pack of the learners' own output, or GENERIC (issue 12: no plan with a pasted foreign-domain rule).

    A pack applies only when the learners' role is the pack's role AND the head of their output noun phrase is the
    pack's kind of output, or the text names the pack's system; the role-free message pack only when the learners'
    own output is a message. With ``context`` (the whole text) and no output of theirs read, a pack whose role the
    learners hold applies when the text names its output or its system anywhere."""
    heads = [output_head(t) for t in texts if t]
    for p in OUTPUTS:
        own = any(p.heads is not None and p.heads.search(h) for h in heads if h)
        if p.requires is None:
            if own:
                return p
            continue
        if _role_is(p, role) and (own or _names_system(p, systems)):
            return p
    if context is not None and role:
        for p in OUTPUTS:
            if p.requires is not None and _role_is(p, role) and (p.match.search(context) or _names_system(p, systems)):
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
