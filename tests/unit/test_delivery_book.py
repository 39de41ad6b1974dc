"""The per-incident delivery book: when a resolved incident's memos may be forgotten."""

from __future__ import annotations

import pytest

from alerts.sinks.base import DeliveryMemo
from streams.pipeline.delivery import BOOK_KEEP_MS, DeliveryBook, _noted, expired

pytestmark = pytest.mark.unit


def test_a_resolved_incident_is_forgotten_only_after_the_keep_period() -> None:
    entry = _noted(DeliveryBook(), "slack", DeliveryMemo(last_seq=1), "trigger")
    assert not entry.resolved and entry.updated_ms > 0
    _noted(entry, "slack", DeliveryMemo(last_seq=3), "resolve")
    t = entry.updated_ms
    assert not expired(entry, t + BOOK_KEEP_MS - 1)
    assert expired(entry, t + BOOK_KEEP_MS)


def test_a_late_update_elsewhere_keeps_the_resolve_and_a_reopen_clears_it() -> None:
    entry = _noted(DeliveryBook(), "slack", DeliveryMemo(last_seq=3), "resolve")
    _noted(entry, "pagerduty", DeliveryMemo(last_seq=2), "update")  # PagerDuty was behind
    assert entry.resolved and set(entry.memos) == {"slack", "pagerduty"}
    _noted(entry, "slack", DeliveryMemo(last_seq=4), "trigger")  # reopened
    assert not entry.resolved
    assert not expired(entry, entry.updated_ms + 10 * BOOK_KEEP_MS)  # open: kept
