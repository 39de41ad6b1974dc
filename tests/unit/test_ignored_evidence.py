"""bench/ignored_evidence.py reads the ignored crisis's structure: who posted under what, when."""

from __future__ import annotations

import pytest

from bench.ignored_evidence import first_of, table

pytestmark = pytest.mark.unit


def test_each_kind_of_evidence_is_found_at_its_first_post() -> None:
    posts = [
        (0, "c1", "anna", None),  # the first complaint
        (5, "c1", "anna", None),  # a metric update of it: not a new post
        (10, "r1", "boris", "c1"),  # someone else under it
        (20, "r2", "anna", "c1"),  # its author again
        (30, "c2", "anna", None),  # the same customer complaining again: no second customer
        (40, "r3", "vera", "c1"),  # a second other under the same complaint
        (50, "c3", "gleb", None),  # a second customer
    ]
    assert first_of(posts) == {"reply_by_another": 10, "author_again": 20,
                               "two_others_reply": 40, "second_customer": 50}


def test_two_others_must_reply_under_one_complaint() -> None:
    posts = [(0, "c1", "anna", None), (1, "c2", "boris", None),
             (2, "r1", "vera", "c1"), (3, "r2", "gleb", "c2")]
    assert "two_others_reply" not in first_of(posts)


def test_the_table_counts_seeds_with_a_second_person_within_the_target() -> None:
    rows = [{"seed": 1, "brand": "volna", "second_customer": -30.0},
            {"seed": 2, "brand": "volna", "reply_by_another": 150.0, "author_again": 100.0},
            {"seed": 3, "brand": "volna"}]
    out = table(rows, 120)
    assert "seeds with a second person within 120 business min: 1/3" in out
    assert "seeds with a second person or the author again within 120 business min: 2/3" in out
