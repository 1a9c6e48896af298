"""Well-formedness: the surface signs of a sliced, cut or stitched sentence (planner.concreteness.wellformed)."""

import time

import pytest

from planner.concreteness.wellformed import wellformed_problems

GOOD = [
    "Reconcile supplier invoices against purchase orders in SAP.",
    "The system shall refresh the display every 60 seconds.",
    "Users must be able to export the report as CSV.",
    "Only adjusters can approve claims over $5,000.",
    "Build a pivot table that totals overtime hours per shift from the payroll export",
    "Write escalation notes for billing disputes that finance can act on without follow-up questions",
    "Prepare, check and file the claims.",
    "Set up the scanner before the shift starts.",
    "Log in to the CRM and open the queue.",
    "Agents enter prescriptions into the dispensing system.",
    "notes omit the invoice number and the disputed amount in about 40% of escalations",
    "Configure kubectl for the staging cluster.",
    "Export the config to Zendesk.",
    "Cut finance follow-up questions from about 40% to under 10% (read from the ticket tags).",
    "Euthanize injured animals.",
    "Resurface the outside area with cobblestones.",
    "Run an A/B test on the checkout page.",
]


@pytest.mark.parametrize("text", GOOD)
def test_complete_sentences_have_no_problems(text):
    assert wellformed_problems(text) == []


@pytest.mark.parametrize("text,needle", [
    ("Each of the cases of the over meets every item", "article with no noun"),
    ("Store enter prescriptions into the new dispensing system with inconsistent.", "adjective with no noun"),
    ("Store enter prescriptions into the new dispensing system.", "two verbs in a row"),
    ("Write and check call against an agreed checklist…", "ellipsis"),
    ("Getting Information", "fragment"),
    ("Knowledge of databases and their design.", "fragment"),
    ("the 12 tier-1 support agents on the billing queue", "fragment"),
    ("Review the notes;; then file them.", "doubled punctuation"),
    ("Review the notes,, then file them.", "doubled punctuation"),
    ("Review the notes. .", "doubled punctuation"),
    ("Review the notes (weekly.", "unbalanced brackets"),
    ("Review the notes weekly).", "unbalanced brackets"),
    ("Send the escalation note to the team lead and", "ends on 'and'"),
    ("Send the escalation note to the", "ends on 'the'"),
    ("Attach the receipt of", "ends on 'of'"),
    ("Prepare the monthly invoic for each client", "'invoic' looks cut off"),
    ("Check the reconcil and the reconciliation report.", "looks cut off"),
    ("Review.", "no object"),
    ("Agents must prepare, before the audit.", "no object"),
])
def test_broken_sentences_name_the_problem(text, needle):
    problems = wellformed_problems(text)
    assert problems, text
    assert any(needle in p for p in problems), problems


def test_empty_and_non_text():
    assert wellformed_problems("   ") == ["empty: there is no sentence"]
    with pytest.raises(TypeError):
        wellformed_problems(None)  # type: ignore[arg-type]


def test_a_phrasal_verb_particle_is_not_a_dangling_preposition():
    assert wellformed_problems("Agents log the call and follow up.") == []
    assert wellformed_problems("Sign the form off.") == []


def test_fast_enough_to_gate_every_plan_sentence():
    sentences = GOOD * 60
    wellformed_problems("warm up the word lists")
    t0 = time.perf_counter()
    for s in sentences:
        wellformed_problems(s)
    per = (time.perf_counter() - t0) / len(sentences)
    assert per < 0.002  # well under 2 ms a sentence even on a loaded machine (typically ~50 us)
