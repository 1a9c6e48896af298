"""The eval set under evals/: size, balance, splits, and annotations taken from their own texts (evals/SCHEMA.md)."""

from collections import Counter
from pathlib import Path

import pytest

from planner.errors import InputError
from planner.evals.cases import EVALS_DIR, load_cases

ONET = Path("../shared/benchmarks/onet/occupations.tsv")
ORIGINAL_IDS = {
    "support-billing-escalations", "support-chat-tone", "support-new-ticketing", "sales-crm-next-steps",
    "sales-discovery-calls", "sales-new-reps-onboarding", "mfg-changeover-scrap", "mfg-maintenance-logs",
    "mfg-thin-safety", "health-handover", "health-pharmacy-checks", "health-protected-remark", "finance-ap-coding",
    "finance-expense-audit", "finance-analyst-reskill", "logistics-wms-picking", "logistics-new-drivers",
    "logistics-warehouse-reskill", "eng-pull-requests", "eng-incident-notes", "eng-promoted-leads",
    "retail-returns-policy", "retail-stock-counts", "retail-seasonal-onboarding", "public-permits",
    "public-benefits-letters", "public-digital-reskill", "thin-communication", "thin-deadlines", "injection-attempt",
    "german-support", "hospitality-housekeeping",
}


@pytest.fixture(scope="module")
def all_cases():
    return load_cases(split="all")


def test_default_load_is_still_the_original_file():
    cases = load_cases()
    assert {c.id for c in cases} == ORIGINAL_IDS
    assert all(c.split == "dev" for c in cases)
    assert next(c for c in cases if c.id == "health-handover").text.startswith("The 8 night nurses on ward 4 write handover notes")


def test_size_breadth_and_balance(all_cases):
    n = len(all_cases)
    assert n >= 120
    kinds = Counter(c.expect.intervention_type for c in all_cases)
    assert kinds["reskilling"] >= n / 5 and kinds["onboarding"] >= n / 5
    assert sum(c.thin for c in all_cases) >= n / 3
    assert len({c.occupation for c in all_cases}) >= 25
    assert {"de", "es", "fr"} <= {c.expect.language for c in all_cases}
    holdout = [c for c in all_cases if c.split == "holdout"]
    assert 0.4 <= len(holdout) / n <= 0.6
    for kind in ("upskilling", "reskilling", "onboarding"):  # stratified: every type and thin input on both sides
        for split in ("dev", "holdout"):
            of = [c for c in all_cases if c.split == split and c.expect.intervention_type == kind]
            assert len(of) >= 10 and any(c.thin for c in of), (kind, split)


def test_dev_split_never_reads_the_holdout(tmp_path):
    for name in ("cases.yaml", "dev.yaml"):
        (tmp_path / name).write_text((EVALS_DIR / name).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "holdout.yaml").write_text("- id: x\n  text: [unclosed\n", encoding="utf-8")
    dev = load_cases(tmp_path, split="dev")
    assert dev and all(c.split == "dev" for c in dev)
    with pytest.raises(InputError, match="not valid YAML"):
        load_cases(tmp_path, split="holdout")
    assert not {c.id for c in dev} & {c.id for c in load_cases(split="holdout")}


def test_split_must_match_its_file(tmp_path):
    (tmp_path / "holdout.yaml").write_text("- id: a\n  domain: general\n  split: dev\n  text: hi there\n", encoding="utf-8")
    with pytest.raises(InputError, match="split 'dev' but this file holds holdout"):
        load_cases(tmp_path, split="holdout")
    with pytest.raises(InputError, match="not one of"):
        load_cases(split="test")


def test_split_filter_on_a_single_file():
    assert load_cases(EVALS_DIR / "holdout.yaml", split="holdout")
    with pytest.raises(InputError, match="no cases in split 'dev'"):
        load_cases(EVALS_DIR / "holdout.yaml", split="dev")


def test_annotations_come_from_their_text(all_cases):
    bad = []
    for c in all_cases:
        t, e = c.text.lower(), c.expect
        spans = [n.text for n in e.numbers] + list(e.cue) + list(e.systems) + list(e.role_aliases)
        spans += [v for v in (e.consumer, e.feedback_owner, e.deadline, e.team) if v]
        bad += [(c.id, s) for s in spans if s.lower() not in t]
        counted = [n.value for n in e.numbers if n.kind == "headcount"]
        # A team total may stand beside the people who change ("26 RNs in all; the 8 on nights"): the headcount
        # must be one of the text's headcount numbers, not necessarily the first.
        if e.headcount is not None and counted and e.headcount not in counted:
            bad.append((c.id, f"headcount {e.headcount} not among {counted}"))
        if e.intervention_type and e.intervention_type in e.accept:
            bad.append((c.id, "accept repeats the expected type"))
    assert bad == []


def test_every_new_case_is_fully_annotated(all_cases):
    for c in all_cases:
        assert c.occupation, c.id
        assert c.expect.intervention_type, c.id
        assert c.expect.annotated("headcount") and c.expect.annotated("role"), c.id


@pytest.mark.skipif(not ONET.is_file(), reason="../shared/benchmarks/onet is not here")
def test_occupations_are_onet_titles(all_cases):
    titles = {ln.split("\t")[1].strip() for ln in ONET.read_text(encoding="utf-8").splitlines()[1:] if "\t" in ln}
    assert {c.occupation for c in all_cases} <= titles


def test_eval_cli_rejects_an_unknown_split(tmp_path):
    from typer.testing import CliRunner

    from planner.cli.app import app

    r = CliRunner().invoke(app, ["eval", "--split", "test", "--out", str(tmp_path), "--no-benchmarks"])
    assert r.exit_code == 2 and "not one of" in r.output
