"""Each grounding check on a passing and a failing rewrite, and the skill parse behind them."""

from __future__ import annotations

import pytest

from planner.grounding import CHECK_NAMES, MAX_WORDS, run_checks
from planner.grounding.checks import (
    check_keeps_action_object,
    check_length,
    check_names_consumer,
    check_names_outcome,
    check_one_behaviour,
    check_performance,
)
from planner.grounding.parse import parse_task
from planner.text.inflect import gerund, singular
from planner.models import GroundedTask

GOOD = dict(
    original="Complete and submit the customer information",
    rewritten="Support the sales rep by completing and submitting the customer information, so the rep has what the next call needs.",
    action="complete and submit",
    object="the customer information",
    workflow="preparing customer records before sales calls",
    consumer="sales rep",
    outcome="the rep has what the next call needs",
)
PERFORMER = "sales support coordinator"


def task(**changes) -> GroundedTask:
    return GroundedTask(**{**GOOD, **changes})


def test_good_rewrite_passes_every_check_in_order():
    checks = run_checks(task(), performer=PERFORMER)
    assert [c.name for c in checks] == list(CHECK_NAMES)
    assert all(c.passed for c in checks), [c for c in checks if not c.passed]


# keeps_action_object ---------------------------------------------------------------------

def test_keeps_action_object_passes_in_another_tense():
    c = check_keeps_action_object(task(rewritten="Support the sales rep: complete and submit the customer information so the rep has what the next call needs."))
    assert c.passed


def test_keeps_action_object_fails_when_the_rewrite_changes_the_verb():
    c = check_keeps_action_object(task(rewritten="Support the sales rep by entering the customer information, so the rep has what the next call needs."))
    assert not c.passed and "drops the original action" in c.reason


def test_keeps_action_object_fails_when_the_rewrite_drops_the_object():
    c = check_keeps_action_object(task(rewritten="Support the sales rep by completing and submitting the lead form, so the rep has what the next call needs."))
    assert not c.passed and "object" in c.reason


def test_keeps_action_object_fails_when_the_action_is_not_the_originals():
    c = check_keeps_action_object(task(action="enter"))
    assert not c.passed and "is not the original's" in c.reason


def test_keeps_action_object_fails_when_half_the_compound_action_is_dropped():
    c = check_keeps_action_object(task(action="complete"))
    assert not c.passed and "drops 'submit'" in c.reason


# names_consumer ----------------------------------------------------------------------------

def test_names_consumer_fails_without_a_consumer():
    c = check_names_consumer(task(consumer=None), PERFORMER)
    assert not c.passed and "does not say who uses the output" in c.reason


def test_names_consumer_fails_when_the_consumer_is_the_performer():
    c = check_names_consumer(task(consumer="sales support coordinators"), PERFORMER)
    assert not c.passed and "is the performer" in c.reason


def test_names_consumer_fails_on_a_generic_consumer():
    c = check_names_consumer(task(consumer="stakeholders"), PERFORMER)
    assert not c.passed and "not a specific consumer" in c.reason


def test_names_consumer_fails_when_the_rewrite_does_not_name_it():
    c = check_names_consumer(task(rewritten="Complete and submit the customer information, so the next call goes well."), PERFORMER)
    assert not c.passed and "does not name the consumer" in c.reason


def test_names_consumer_passes_with_a_plural_in_the_rewrite():
    c = check_names_consumer(task(rewritten="Support sales reps by completing and submitting the customer information, so reps have what the next call needs."), PERFORMER)
    assert c.passed


# names_outcome -----------------------------------------------------------------------------

def test_names_outcome_fails_without_an_outcome():
    assert not check_names_outcome(task(outcome=None)).passed


def test_names_outcome_fails_when_the_rewrite_omits_it():
    c = check_names_outcome(task(rewritten="Support the sales rep by completing and submitting the customer information."))
    assert not c.passed and "does not state the outcome" in c.reason


def test_names_outcome_fails_when_the_rewrite_states_another_outcome():
    c = check_names_outcome(task(rewritten="Support the sales rep by completing and submitting the customer information, so audits pass."))
    assert not c.passed


# one_behaviour -----------------------------------------------------------------------------

def test_one_behaviour_allows_the_original_compound_action():
    assert check_one_behaviour(task()).passed


def test_one_behaviour_fails_on_an_added_action():
    c = check_one_behaviour(task(rewritten="Support the sales rep by completing and submitting the customer information, and call the prospect, so the rep has what the next call needs."))
    assert not c.passed and "call" in c.reason


def test_one_behaviour_fails_on_two_sentences():
    c = check_one_behaviour(task(rewritten="Complete and submit the customer information. Then schedule the follow-up."))
    assert not c.passed and "more than one sentence" in c.reason


def test_one_behaviour_fails_on_a_list():
    c = check_one_behaviour(task(rewritten="- complete the customer information\n- submit it to the rep"))
    assert not c.passed and "list" in c.reason


# length ------------------------------------------------------------------------------------

def test_length_limit():
    assert MAX_WORDS == 45
    assert check_length(task()).passed
    long = GOOD["rewritten"][:-1] + " " + " ".join(["and keeps every detail"] * 8) + "."
    c = check_length(task(rewritten=long))
    # issue 15: a long sentence is a warning for the author, not a failure (this test asserted a failure before)
    assert c.passed and c.warning and "over 45" in c.reason


# performance -------------------------------------------------------------------------------

def test_performance_passes_an_observable_action():
    assert check_performance(task()).passed


def test_performance_fails_a_non_observable_action():
    t = task(original="Understand the customer information", action="understand",
             rewritten="Support the sales rep by understanding the customer information, so the rep has what the next call needs.")
    c = check_performance(t)
    assert not c.passed and "understand" in c.reason.lower()


def test_performance_fails_a_vague_change_of_an_abstract_object():
    t = task(original="Improve communication skills", action="improve", object="communication skills",
             rewritten="Support the sales rep by improving communication skills, so the rep has what the next call needs.")
    assert not check_performance(t).passed


# the parse ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text,action,obj,qualifier",
    [
        ("Complete and submit the customer information", "complete and submit", "the customer information", ""),
        ("Write escalation notes for billing disputes", "write", "escalation notes", "for billing disputes"),
        ("Review, correct and file expense reports before month end", "review, correct and file", "expense reports", "before month end"),
        ("Ability to reconcile vendor invoices", "reconcile", "vendor invoices", ""),
        ("Configuring the router using the admin console", "configure", "the router", "using the admin console"),
        ("- Pick & pack orders", "pick and pack", "orders", ""),
    ],
)
def test_parse_task(text, action, obj, qualifier):
    p = parse_task(text)
    assert (p.action, p.object, p.qualifier) == (action, obj, qualifier)


def test_gerunds_and_singulars():
    assert [gerund(v) for v in ("complete", "submit", "plan", "audit", "tie", "see", "label")] == [
        "completing", "submitting", "planning", "auditing", "tying", "seeing", "labeling"]
    assert singular("sales reps") == "sales rep" and singular("pharmacies") == "pharmacy" and singular("finance") == "finance"


def test_performance_uses_the_concreteness_suite_on_the_task_statement():
    from planner.concreteness import score_statement

    t = task(original="Understand the customer information", action="understand",
             rewritten="Support the sales rep by understanding the customer information, so the rep has what the next call needs.")
    expected = score_statement("Understand the customer information").components["performance"]
    assert check_performance(t).reason == expected.reason


def test_performance_falls_back_to_the_rules_without_the_suite(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "planner.concreteness", None)  # import fails as if the module were absent
    bad = task(original="Understand the customer information", action="understand",
               rewritten="Support the sales rep by understanding the customer information, so the rep has what the next call needs.")
    c = check_performance(bad)
    assert not c.passed and "Mager" in c.reason
    assert check_performance(task()).passed
    assert check_performance(task(original="Label pallets", action="label", object="pallets")).passed  # short is not vague


def test_names_consumer_fails_on_an_action_named_as_consumer():
    """SmolLM2's real answer named 'call prospects' as the consumer."""
    c = check_names_consumer(task(consumer="call prospects"), PERFORMER)
    assert not c.passed and "is an action, not a consumer" in c.reason
    assert check_names_consumer(task(consumer="support team",
                                     rewritten="Support the support team by completing and submitting the customer information, so the team has what it needs."), PERFORMER).passed


# issue 15: meaning, not spelling ----------------------------------------------------------

def test_action_and_object_are_compared_by_lemma():
    t = task(original="spotting damaged parcels at the dock", action="spot", object="damaged parcels",
             rewritten="Spot damaged parcels at the receiving dock before put-away, so the claims clerk can file the carrier claim the same day.",
             consumer="claims clerk", outcome="file the carrier claim the same day")
    assert all(c.passed for c in run_checks(t, performer="dock worker")), [c.reason for c in run_checks(t) if not c.passed]
    c = check_keeps_action_object(task(original="replies to complaints on public channels", action="reply to", object="complaints",
                                       rewritten="Reply to complaints on public channels so the customer moves to a private message."))
    assert c.passed
    # an object the model qualifies ("periodontal charts, directly in ...") is compared by its constituent's head
    c = check_keeps_action_object(task(original="chart directly in the software at the chair", action="chart",
                                       object="periodontal charts, directly in the software", rewritten="Chart periodontal charts in the software."))
    assert c.passed


def test_a_pronoun_is_never_the_action():
    c = check_keeps_action_object(task(action="it", rewritten="Complete it, so the rep has what the next call needs."))
    assert not c.passed and "no action verb" in c.reason
    # and the reason quotes whole words, never a stem cut mid-word
    c = check_keeps_action_object(task(original="Spotting damaged parcels", action="sort", object="damaged parcels",
                                       rewritten="Sort damaged parcels so the clerk can file a claim."))
    assert not c.passed and "'sort'" in c.reason and "spott'" not in c.reason


def test_original_naming_no_action_is_a_warning_not_a_pass_in_silence():
    c = check_keeps_action_object(task(original="a site with cranes", action="check", object="crane lifts",
                                       rewritten="Check crane lifts against the lift plan, so the lift crew works safely."))
    assert c.passed and c.warning and "names no action" in c.reason


def test_bad_tasks_still_fail():
    assert not check_keeps_action_object(task(action="enter")).passed  # action changed
    assert not check_keeps_action_object(task(rewritten="Support the sales rep by completing and submitting it, so the rep has what the next call needs.")).passed  # object dropped
    assert not check_names_consumer(task(consumer=None), PERFORMER).passed
    assert not check_names_consumer(task(consumer="the sales support coordinator"), PERFORMER).passed  # consumer = performer
    assert not check_names_outcome(task(outcome="")).passed
    assert not check_names_outcome(task(rewritten="Support the sales rep by completing and submitting the customer information, so audits pass.")).passed
    two = "Support the sales rep by completing and submitting the customer information, and schedule the demo, so the rep has what the next call needs."
    assert not check_one_behaviour(task(rewritten=two)).passed
    t = task(original="Understand the refund policy", action="understand", object="the refund policy",
             rewritten="Support the sales rep by understanding the refund policy, so the rep has what the next call needs.")
    assert not check_performance(t).passed


def test_a_step_on_the_same_object_is_not_a_second_behaviour():
    t = task(original="Approve purchase orders", action="approve", object="purchase orders",
             rewritten="Approve purchase orders in the ERP within the buyer's limit, and route the rest to the authorised approver, so finance finds every order authorised.")
    assert check_one_behaviour(t).passed
    t = task(original="Negotiate payment terms", action="negotiate", object="payment terms",
             rewritten="Negotiate payment terms with suppliers and record the agreed terms in the supplier master, so accounts payable pays on the agreed dates.")
    assert check_one_behaviour(t).passed


def test_outcomes_and_consumers_in_other_languages():
    t = task(original="beladen die LKW nicht nach der Tourenreihenfolge", action="beladen", object="die LKW",
             rewritten="Die LKW nach der Tourenreihenfolge beladen, damit die Fahrer an jedem Stopp die Ware ohne Umladen entnehmen.",
             consumer="Die Fahrer der Tour", outcome="An jedem Stopp die richtige Ware ohne Umladen ausliefern.")
    checks = run_checks(t, performer="Lagerfahrer")
    assert all(c.passed for c in checks), [c.reason for c in checks if not c.passed]
    t = task(original="confirmar la forma de pago en el check-in", action="confirmar", object="la forma de pago",
             rewritten="Confirmar la forma de pago durante el check-in, para que contabilidad pueda cobrar la estancia sin rechazos.",
             consumer="contabilidad", outcome="Cobrar la estancia completa sin cargos rechazados.")
    assert all(c.passed for c in run_checks(t, performer="recepcionista"))
    assert not check_names_outcome(t.model_copy(update={"rewritten": "Confirmar la forma de pago durante el check-in."})).passed


def test_possessives_and_bare_groups_name_the_consumer():
    c = check_names_consumer(task(consumer="pharmacist", rewritten="Dispense refills only after the pharmacist's check is recorded, so the pharmacist can sign off."), PERFORMER)
    assert c.passed
    assert not check_names_consumer(task(consumer="the team"), PERFORMER).passed  # alone, a generic group
    c = check_names_consumer(task(consumer="the team and whoever relies on the sprint", rewritten="Commit stories to the sprint from the team's measured capacity, so the team keeps its commitment."), PERFORMER)
    assert c.passed
