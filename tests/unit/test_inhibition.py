from __future__ import annotations

import pytest

from alerts.inhibition import (
    INHIBITING_KINDS,
    VOLUME_KINDS,
    can_be_inhibited,
    can_inhibit,
    inhibitor_for,
)
from alerts.model import Incident, IncidentState
from detectors.model import Severity, Signal

pytestmark = pytest.mark.unit

NOW = 1_700_000_000_000


def incident(
    kind: str,
    group: str = "",
    *,
    brand: str = "acme",
    state: IncidentState = "triggered",
    opened_ms: int = NOW,
    caused_by: str | None = None,
) -> Incident:
    last = Signal(
        brand=brand, kind=kind, severity=Severity.ERROR, at_ms=opened_ms, title="t", group=group,
        caused_by=caused_by,
    )
    return Incident(
        id=f"{brand}.{kind}.{group or 'all'}.{opened_ms}",
        brand=brand,
        kind=kind,
        group=group,
        title="t",
        severity=Severity.ERROR,
        state=state,
        opened_ms=opened_ms,
        last_signal_ms=opened_ms,
        last_signal=last,
    )


def test_kind_sets() -> None:
    assert {"viral_story", "complaint_escalation"} == INHIBITING_KINDS
    assert {"volume_spike", "negative_spike", "negative_share"} == VOLUME_KINDS


@pytest.mark.parametrize("kind", sorted(VOLUME_KINDS))
def test_named_cause_inhibits_every_volume_kind(kind: str) -> None:
    story = incident("viral_story", "story-1")
    spike = incident(kind, caused_by="story-1")
    assert inhibitor_for(spike, [story, spike]) is story


def test_named_cause_that_is_not_open_does_not_inhibit_even_if_other_stories_are() -> None:
    other_story = incident("viral_story", "story-2")
    spike = incident("volume_spike", caused_by="story-1")
    assert inhibitor_for(spike, [other_story, spike]) is None


def test_named_cause_must_be_an_inhibiting_kind() -> None:
    sla = incident("complaint_sla", "story-1")
    spike = incident("volume_spike", caused_by="story-1")
    assert inhibitor_for(spike, [sla, spike]) is None


def test_complaint_escalation_inhibits_too() -> None:
    thread = incident("complaint_escalation", "thread-9")
    spike = incident("negative_spike", caused_by="thread-9")
    assert inhibitor_for(spike, [thread, spike]) is thread


def test_unattributed_spike_is_inhibited_by_earliest_open_story() -> None:
    late = incident("viral_story", "late", opened_ms=NOW + 10)
    early = incident("complaint_escalation", "early", opened_ms=NOW)
    spike = incident("volume_spike")
    assert inhibitor_for(spike, [late, early, spike]) is early
    assert inhibitor_for(spike, [early, late, spike]) is early


def test_resolved_story_does_not_inhibit() -> None:
    story = incident("viral_story", "story-1", state="resolved")
    assert inhibitor_for(incident("volume_spike"), [story]) is None
    assert inhibitor_for(incident("volume_spike", caused_by="story-1"), [story]) is None


def test_acknowledged_story_still_inhibits() -> None:
    story = incident("viral_story", "story-1", state="acknowledged")
    assert inhibitor_for(incident("volume_spike"), [story]) is story


def test_other_brand_story_does_not_inhibit() -> None:
    story = incident("viral_story", "story-1", brand="globex")
    assert inhibitor_for(incident("volume_spike"), [story]) is None


def test_influencer_post_is_inhibited_only_by_the_story_it_is_part_of() -> None:
    story = incident("viral_story", "story-1")
    part = incident("influencer_negative", "anna", caused_by="story-1")
    elsewhere = incident("influencer_negative", "boris", caused_by="story-2")
    unrelated = incident("influencer_negative", "vera")
    assert inhibitor_for(part, [story, part]) is story
    assert inhibitor_for(elsewhere, [story, elsewhere]) is None
    assert not can_be_inhibited(unrelated)
    assert inhibitor_for(unrelated, [story, unrelated]) is None


@pytest.mark.parametrize("kind", ["viral_story", "complaint_sla", "watched_account",
                                  "influencer_negative"])
def test_non_volume_kinds_are_never_inhibited(kind: str) -> None:
    story = incident("viral_story", "story-1")
    assert not can_be_inhibited(incident(kind))
    assert inhibitor_for(incident(kind, "x"), [story]) is None


def test_resolved_spike_is_not_inhibited() -> None:
    story = incident("viral_story", "story-1")
    assert inhibitor_for(incident("volume_spike", state="resolved"), [story]) is None


def test_can_inhibit_needs_open_inhibiting_kind() -> None:
    assert can_inhibit(incident("viral_story", "s"))
    assert not can_inhibit(incident("viral_story", "s", state="resolved"))
    assert not can_inhibit(incident("volume_spike"))
