from __future__ import annotations

import pytest

from alerts.inhibition import (
    INHIBITABLE_KINDS,
    INHIBITING_KINDS,
    VOLUME_KINDS,
    can_be_inhibited,
    can_inhibit,
    inhibitor_for,
)
from alerts.model import Incident, IncidentState, Member
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
    severity: Severity = Severity.ERROR,
    members: tuple[Member, ...] = (),
) -> Incident:
    last = Signal(
        brand=brand, kind=kind, severity=severity, at_ms=opened_ms, title="t", group=group,
        caused_by=caused_by,
    )
    return Incident(
        id=f"{brand}.{kind}.{group or 'all'}.{opened_ms}",
        brand=brand,
        kind=kind,
        group=group,
        title="t",
        severity=severity,
        state=state,
        opened_ms=opened_ms,
        last_signal_ms=opened_ms,
        last_signal=last,
        members=members,
    )


def member(group: str, severity: Severity = Severity.WARNING,
           caused_by: str | None = None) -> Member:
    return Member(group=group, severity=severity, title="t", first_ms=NOW, last_ms=NOW,
                  caused_by=caused_by)


def test_kind_sets() -> None:
    assert {"viral_story", "complaint_escalation"} == INHIBITING_KINDS
    assert {"volume_spike", "negative_spike", "negative_share"} == VOLUME_KINDS
    assert VOLUME_KINDS | {"influencer_negative", "complaint_sla"} == INHIBITABLE_KINDS


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


def test_influencer_post_part_of_a_story_is_inhibited_only_by_that_story() -> None:
    story = incident("viral_story", "story-1")
    part = incident("influencer_negative", "anna", caused_by="story-1")
    elsewhere = incident("influencer_negative", "boris", caused_by="story-2")
    assert inhibitor_for(part, [story, part]) is story
    assert inhibitor_for(elsewhere, [story, elsewhere]) is None


def test_unattributed_influencer_post_is_an_echo_of_an_open_story_as_severe() -> None:
    """During a crisis an influencer retelling the story in their own words is its echo: the
    story's page carries it. One louder than the story is not an echo and pages."""
    story = incident("viral_story", "story-1", severity=Severity.ERROR)
    echo = incident("influencer_negative", "vera", severity=Severity.WARNING)
    louder = incident("influencer_negative", "vera", severity=Severity.CRITICAL)
    assert can_be_inhibited(echo)
    assert inhibitor_for(echo, [story, echo]) is story
    assert inhibitor_for(louder, [story, louder]) is None
    assert inhibitor_for(echo, [echo]) is None  # no crisis open: it pages as usual


def test_unattributed_spike_louder_than_every_open_story_pages() -> None:
    story = incident("viral_story", "story-1", severity=Severity.WARNING)
    spike = incident("negative_spike", severity=Severity.CRITICAL)
    caused = incident("negative_spike", severity=Severity.CRITICAL, caused_by="story-1")
    assert inhibitor_for(spike, [story, spike]) is None
    assert inhibitor_for(caused, [story, caused]) is story  # named cause: whatever severity


def test_grouped_incident_is_inhibited_only_when_every_member_is() -> None:
    story = incident("viral_story", "story-1", severity=Severity.ERROR)
    both = incident("influencer_negative", members=(
        member("anna", caused_by="story-1"), member("vera")))
    assert inhibitor_for(both, [story, both]) is story
    one_outside = incident("influencer_negative", members=(
        member("anna", caused_by="story-1"), member("boris", caused_by="story-2")))
    assert inhibitor_for(one_outside, [story, one_outside]) is None
    louder = incident("influencer_negative", members=(
        member("anna", caused_by="story-1"), member("vera", Severity.CRITICAL)))
    assert inhibitor_for(louder, [story, louder]) is None


def test_a_backlog_is_inhibited_only_by_the_story_its_complaints_are_part_of() -> None:
    """Customers asking the desk about a scare: the story pages for them. A backlog of its own
    (no cause) is no echo, even while a story of the brand pages."""
    story = incident("viral_story", "story-1", severity=Severity.CRITICAL)
    about_it = incident("complaint_sla", caused_by="story-1", severity=Severity.ERROR)
    assert inhibitor_for(about_it, [story, about_it]) is story
    own = incident("complaint_sla", severity=Severity.WARNING)
    assert inhibitor_for(own, [story, own]) is None
    other_story = incident("complaint_sla", caused_by="story-2")
    assert inhibitor_for(other_story, [story, other_story]) is None


def test_a_story_of_the_argued_thread_is_inhibited_by_its_escalation_while_as_severe() -> None:
    """blind12's arguing brand: the complaint's thread, piled into and screenshotted, became a
    story (its root the complaint, so its group the escalation's) and paged a second time."""
    escalation = incident("complaint_escalation", "vk:1", severity=Severity.ERROR)
    story = incident("viral_story", "vk:1", severity=Severity.WARNING, opened_ms=NOW + 60_000)
    assert inhibitor_for(story, [escalation, story]) is escalation
    as_severe = incident("viral_story", "vk:1", severity=Severity.ERROR)
    assert inhibitor_for(as_severe, [escalation, as_severe]) is escalation
    louder = incident("viral_story", "vk:1", severity=Severity.CRITICAL)
    assert inhibitor_for(louder, [escalation, louder]) is None
    elsewhere = incident("viral_story", "vk:2", severity=Severity.WARNING)
    assert inhibitor_for(elsewhere, [escalation, elsewhere]) is None
    other_brand = incident("viral_story", "vk:1", brand="other", severity=Severity.WARNING)
    assert inhibitor_for(other_brand, [escalation, other_brand]) is None
    closed = incident("complaint_escalation", "vk:1", state="resolved")
    assert inhibitor_for(story, [closed, story]) is None
    assert inhibitor_for(incident("viral_story", "vk:1", state="resolved"), [escalation]) is None


@pytest.mark.parametrize("kind", ["viral_story", "watched_account", "complaint_escalation"])
def test_other_kinds_are_never_inhibited_by_stories(kind: str) -> None:
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
