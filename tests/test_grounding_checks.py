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
from planner.grounding.parse import gerund, parse_task, singular
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
    assert not c.passed and "45 words" in c.reason


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
