"""Terminal output of `crisiswatch incidents`: readable, fitted, and never a terminal escape
from someone's post."""

from __future__ import annotations

from typing import Any

import pytest

from streams.commands.incidents_format import ago, format_incident, format_table

pytestmark = pytest.mark.unit
NOW = 1_764_000_000_000


def row(**kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": "vkusno.viral_story.1a2b3c4d5e6f.1", "severity": "critical", "state": "triggered",
        "unverified": False, "brand": "vkusno", "opened_ms": NOW - 125_000,
        "headline": "Negative story spreading: 11 posts by 9 authors"}
    base.update(kw)
    return base


def test_table_columns_marks_and_fit() -> None:
    text = format_table([row(unverified=True), row(id="teremok.x.1", severity="warning",
                                                   state="acknowledged", brand="teremok",
                                                   headline="x" * 500)], 7, width=100,
                        now_ms=NOW)
    lines = text.splitlines()
    assert lines[0].split() == ["ID", "SEV", "STATE", "BRAND", "OPENED", "WHAT"]
    assert lines[1].split()[1:6] == ["CRIT", "open!", "vkusno", "2m5s", "ago"]
    assert lines[2].split()[1:3] == ["WARN", "acked"]
    assert all(len(line) <= 100 for line in lines[:3]) and lines[2].endswith("…")
    assert lines[3] == "2 of 7 incidents; '!' = unverified, possibly fake"
    assert format_table([], 0) == "no incidents\n"


def test_control_characters_from_posts_never_reach_the_terminal() -> None:
    evil = "\x1b]0;pwned\x07\x1b[2J spreading\u202e"
    assert "\x1b" not in format_table([row(headline=evil)], 1, width=120, now_ms=NOW)
    page = format_incident({
        **row(headline=evil), "brand_name": "Вкусно", "occurrence": 1, "severity_text": "CRIT",
        "kind_text": "story", "acked_by": "", "resolved_by": "", "opened_at": "t",
        "unverified_text": None, "silenced_by": None, "inhibited_by": None,
        "why": [{"label": "Story", "value": evil}],
        "mentions": [{"author": evil, "source": "x", "reach": 1, "text": evil, "url": evil}],
        "links": {"console": None, "grafana": None},
        "timeline": [{"at": "t", "kind": "note", "text": evil, "by": evil}]})
    assert "\x1b" not in page and "\u202e" not in page and "\x07" not in page
    assert "spreading" in page


def test_ago() -> None:
    assert ago(NOW - 3_600_000, NOW) == "1h ago"
    assert ago(NOW + 5, NOW) == "1s ago"
    assert ago(None, NOW) == "-"
