"""The count written before the learners' role phrase is their headcount, never part of the role ("our six florists",
"My 6 florists"); the role is the noun phrase without it."""

import pytest

from planner.extract import extract


@pytest.mark.parametrize("text,role,n", [
    ("Our six florists skip the ribbon check.", "florist", 6),
    ("My 6 florists have all been doing this 10+ years but about one order in eight still goes out wrong.", "florist", 6),
    ("Our twelve drivers skip the walkaround check.", "driver", 12),
    ("All 14 machinists leave the seam allowance off the cut sheets.", "machinist", 14),
])
def test_count_before_the_role_is_the_headcount(text, role, n):
    f = extract(text)
    assert (f.audience_role, f.headcount) == (role, n)
