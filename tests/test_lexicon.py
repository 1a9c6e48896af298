"""The word lists live in planner/lexicon/data/, each with a header naming its source."""

import pytest

from planner import lexicon


def test_every_list_names_its_source_and_has_entries():
    assert lexicon.names(), "no word lists packaged"
    for name in lexicon.names():
        assert len(lexicon.source(name)) >= 20, f"{name}: header must say where the list comes from"
        assert lexicon.phrases(name), f"{name}: empty list"


def test_entries_are_lower_cased_deduplicated_and_comments_dropped():
    entries = lexicon.phrases("non_observable_verbs")
    assert "understand" in entries and "know" in entries
    assert all(e == e.lower() and "#" not in e and e.strip() == e for e in entries)
    assert len(entries) == len(set(entries))
    assert lexicon.words("non_observable_verbs") == frozenset(entries)


def test_unknown_list_is_a_clear_error():
    with pytest.raises(lexicon.LexiconError, match="nope"):
        lexicon.words("nope")


def test_checker_reads_its_list_from_the_lexicon():
    from planner.concreteness import lexicon as checker_lexicon

    assert checker_lexicon.NON_OBSERVABLE is lexicon.words("non_observable_verbs")
