"""The well-formedness gate's structural checks (h15gate, issue 12): sentences of the kinds the dev cases of
evals/dev_h15gate.yaml provoke (complement verbs, phrasal verbs, possessives, numbers beside verbs and people), the
labelled fixture taken from plans of the dev split, and the fallback path (never a crash, never an empty field)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from planner.concreteness.structure import measure_problems, repair, structure_problems
from planner.concreteness import tagger as T
from planner.generators.gate import gated, problems


def flagged(s: str) -> bool:
    return bool(structure_problems(s, T.tokenize(s)))


@pytest.mark.parametrize("s", [
    "Chart vent settings so that the night intensivist can base",                      # complement of 'base' cut
    "Write case reports the funeral directors rely so that they can rely on them",      # 'rely' without 'on'
    "so the inspectors can without checking the work cards",                           # modal with no verb
    "Use r every time",                                                                # a stray letter
    "Run own vans on the night shift",                                                 # 'own' with no possessive
    "Signed the work cards in AMOS before the end of the shift",                       # past tense as an instruction
    "in every twelve work card the crew chief checks",                                 # number + singular noun
    "share of cards that bounced back by QA, counted the same way as today",          # relative without auxiliary
    "share of fittings nested,",                                                       # ends on a comma
    "times the adjusters approves the supplements, counted per week",                  # plural noun, singular verb
    "share of claims estimateed by hand",                                              # a verb form English lacks
    "Lay out last week, with the drawings",                                            # the object is a time
    "share of fittings that last month, counted the same way as today",               # the clause's verb is missing
    "Support the installers by cutting fittings and send them back",                   # by V-ing ... and V
])
def test_garbled_kinds_are_flagged(s):
    assert problems(s) or problems(s, phrase=True)


@pytest.mark.parametrize("s", [
    "Chart vent settings so that the night intensivist can base weaning decisions on them",
    "Support the funeral directors by writing case reports, so the funeral directors can rely on them.",
    "Who will the A&P mechanics be paired with for their first weeks?",
    "Sign off work cards in AMOS the way the inspectors depend on",
    "Lay out fittings on the plasma table's nesting, in their own shop",
    "Each of the work cards meets every item of a checklist drafted with the crew chief.",
    "Given the backlog, the adjusters write their own estimates first",
    "Complete the pre-lift checklist before every lift",
    "Bring three recent pieces of the embalmers' work to a first session, and choose from them the task to practise on",
    "Support the support agents by putting together release notes for every sprint, so they can see which fixes matter.",
    "The IT support techs build the laptops for the onboarding workflow.",
    "Every item of the performance standard is met in the weekly sample of work cards",
])
def test_whole_sentences_pass(s):
    assert not flagged(s), structure_problems(s, T.tokenize(s))


@pytest.mark.parametrize("m,bad", [("2 came back", True), ("4 adjusters", True), ("3 of the 14 adjusters", False),
                                   ("about 1 in 4", False), ("6 missing entries last week", False),
                                   ("2 client audits", False), ("about 12%", False), ("27 syringes", False)])
def test_measures(m, bad):
    assert bool(measure_problems(m)) is bad


def test_repair_undoes_only_what_a_rule_can():
    assert repair("share of deadlines meeted") == "share of deadlines met"
    assert repair("in every up allergen sheet the reviewer checks") == "in every allergen sheet the reviewer checks"
    assert repair("confirm with the become inventory controller") == "confirm with the inventory controller"
    assert repair("share of fittings nested,") == "share of fittings nested"
    # what no rule can undo is left for the fallback
    assert gated("Lay out last week, with the drawings", "FALLBACK") == "FALLBACK"


def test_gate_signal_never_empties_the_measure():
    from planner.generators.measure_gate import gate_signal

    sig = {"behaviour": "x", "metric": "share of agency staff that fall short of the performance standard", "baseline": "2 came back",
           "baseline_method": None, "target": "under 5%", "data_source": "the QA sample"}
    gate_signal(sig)
    assert sig["baseline"] is None and sig["baseline_method"]  # a way to measure it instead
    assert "staff" not in sig["metric"] and sig["metric"]
    sig = {"metric": "time, in weeks, before they sign off cards alone,", "baseline": "about 4 weeks", "target": "2 weeks"}
    gate_signal(sig)
    assert sig["metric"] == "time, in weeks, before they sign off cards alone" and sig["baseline"] == "about 4 weeks"


_FIXTURE = Path(__file__).parent / "fixtures" / "gate_sentences.yaml"


def test_gate_on_the_labelled_dev_sentences():
    """Precision and recall on sentences of shipped dev plans (scripts/gate_precision.py); before h15gate the gate
    flagged none of the 52 garbled ones (recall 0.0)."""
    from planner.evals.cases import load_cases
    from planner.generators.measure_gate import people_as_work
    from planner.text.source_words import source_text

    rows = yaml.safe_load(_FIXTURE.read_text(encoding="utf-8"))
    texts = {c.id: c.text for c in load_cases(split="dev")}
    tp = fp = fn = 0
    for r in rows:
        with source_text(texts.get(r["case"], "")):
            found = bool(problems(r["text"], phrase=r["phrase"]))
            if r["field"] in ("success_signal.baseline", "success_signal.target"):
                found = found or bool(measure_problems(r["text"]))
            if r["field"] == "success_signal.metric":
                found = found or people_as_work(r["text"])
        bad = r["label"] == "garbled"
        tp += found and bad
        fp += found and not bad
        fn += bad and not found
    assert tp / (tp + fp) >= 0.85  # the 3 lower-cased "hgv" (text: HGV) are labelled good; the gate repairs their casing
    assert tp / (tp + fn) >= 0.40


H15 = yaml.safe_load((Path(__file__).parent.parent / "evals" / "dev_h15gate.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", H15, ids=[c["id"] for c in H15])
def test_dev_plans_ship_only_gated_sentences(case):
    from planner.pipeline import make_plan
    from planner.evals.runner import parse_target
    from planner.text.source_words import source_text

    plan = make_plan(case["text"], config=parse_target("offline"), today=dt.date(2026, 12, 2))
    with source_text(case["text"]):
        assert not problems(plan.skill_goal)
        assert not problems(plan.performance_standard)
        assert not problems(plan.success_signal.metric, phrase=True)
        for t in plan.tasks:
            assert not problems(t.rewritten)
    assert plan.success_signal.baseline or plan.success_signal.baseline_method


def test_a_verb_made_noun_that_ends_its_phrase_passes():
    """English makes nouns of verbs with no suffix ('a revisit', 'a redo of the form'); the lexicon knows few of them,
    so a determiner + such a word that closes its phrase is no garble (it blanked the text's own impact clause)."""
    from planner.generators.gate import problems

    assert problems("Each failed service means a revisit.") == []
    assert problems("Every rejected claim needs a redo of the form.") == []
    assert any("a verb where the noun should be" in p for p in problems("Who receives the become next"))
