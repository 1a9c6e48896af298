def test_listening_in_on_their_calls_is_a_check_one_reader_reads():
    """'Marcus, who runs renewals, will listen in on their first fifteen calls': the one reader of checkers
    (planner.extract.checker) reads it, and the reskilling goal's named checker is that reader's name (round 11: it
    had its own pattern)."""
    from planner.extract.checker import read
    from planner.generators.reskill_goal import named_checker

    text = "Marcus, who runs renewals, will listen in on their first fifteen calls."
    c = read(text)
    assert c is not None and c.name == "Marcus" and c.verb == "listen in on" and c.scope == "their first fifteen calls"
    assert named_checker(text) == "Marcus"
    assert named_checker("I will listen in on their calls every Friday.") is None  # the writer is no named checker
