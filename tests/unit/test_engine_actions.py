"""Engine actions added for people acting from chat and the API: silencing an incident by id
(what a "Silence 1h" button can carry), stale buttons of an earlier occurrence, and the
`silences_changed` flag the incidents agent uses to republish a brand's silences."""

from __future__ import annotations

import pytest

from alerts.engine import (
    DEFAULT_SILENCE_MS,
    BrandIncidents,
    silence_id_for,
)
from detectors.model import Severity
from tests.unit.test_engine import (
    HOUR,
    MIN,
    T0,
    act,
    events,
    make_engine,
    sig,
    silence_action,
    the_incident,
)

pytestmark = pytest.mark.unit


def test_silence_by_incident_id_mutes_its_group_for_an_hour_by_default() -> None:
    engine, state = make_engine(auto_resolve="0s"), BrandIncidents()
    engine.on_signal(state, sig(kind="viral_story", group="story-1"), T0)
    inc = the_incident(state, "viral_story", "story-1")
    out = engine.on_action(state, act("silence", "slack:1:U1:silence_1h", inc.id), T0 + MIN)
    assert out.result is not None and out.result.status == "ok"
    assert out.result.incident_id == inc.id
    assert out.result.silence_id == silence_id_for("slack:1:U1:silence_1h")
    assert out.silences_changed
    (silence,) = state.silences
    assert (silence.brand, silence.kind, silence.group) == ("acme", "viral_story", "story-1")
    assert (silence.starts_ms, silence.ends_ms) == (T0 + MIN, T0 + MIN + DEFAULT_SILENCE_MS)
    assert silence.created_by == "alice" and inc.id in silence.comment
    assert inc.silenced_by == silence.id
    # A rise while silenced pages nobody; another group of the same kind still pages.
    assert engine.on_signal(state, sig(kind="viral_story", group="story-1",
                                       severity=Severity.CRITICAL), T0 + 2 * MIN
                            ).notifications == []
    other = engine.on_signal(state, sig(kind="viral_story", group="story-2"), T0 + 3 * MIN)
    assert events(other) == ["trigger"]
    # The silence ends after the hour and the held severity rise goes out.
    released = engine.on_tick(state, T0 + MIN + DEFAULT_SILENCE_MS)
    assert events(released) == ["update"] and released.silences_changed


def test_silence_by_incident_takes_the_duration_from_text() -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    inc = the_incident(state)
    engine.on_action(state, act("silence", "s1", inc.id, text="2h30m"), T0)
    assert state.silences[0].ends_ms == T0 + 2 * HOUR + 30 * MIN


@pytest.mark.parametrize("text", ["forever", "0s", "365d"])
def test_silence_by_incident_rejects_bad_durations(text: str) -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    out = engine.on_action(state, act("silence", "s1", the_incident(state).id, text=text), T0)
    assert out.result is not None and out.result.status == "invalid"
    assert state.silences == [] and not out.silences_changed


def test_silence_of_unknown_incident_is_not_found() -> None:
    engine, state = make_engine(), BrandIncidents()
    out = engine.on_action(state, act("silence", "s1", "acme.negative_spike.00.1"), T0)
    assert out.result is not None and out.result.status == "not_found"
    assert state.silences == []


def test_silence_by_incident_replayed_is_a_duplicate_and_same_id() -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    action = act("silence", "s1", the_incident(state).id)
    engine.on_action(state, action, T0 + MIN)
    again = engine.on_action(state, action, T0 + 2 * MIN)
    assert again.result is not None and again.result.status == "noop"
    assert len(state.silences) == 1 and not again.silences_changed
    # The id is derived from the action id only, so a replay from scratch matches.
    replica = BrandIncidents()
    engine.on_signal(replica, sig(), T0)
    engine.on_action(replica, action, T0 + MIN)
    assert replica.silences == state.silences


def test_stale_button_of_an_earlier_occurrence_does_not_ack_the_reopened_incident() -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    inc = the_incident(state)
    engine.on_action(state, act("resolve", "r1", inc.id, occurrence=1), T0 + MIN)
    engine.on_signal(state, sig(), T0 + 5 * MIN)  # reopened within the window
    assert (inc.state, inc.occurrence) == ("triggered", 2)
    stale = engine.on_action(state, act("ack", "a1", inc.id, occurrence=1), T0 + 6 * MIN)
    assert stale.result is not None and stale.result.status == "noop"
    assert "occurrence" in stale.result.message
    assert inc.state == "triggered" and stale.notifications == []
    fresh = engine.on_action(state, act("ack", "a2", inc.id, occurrence=2), T0 + 7 * MIN)
    assert fresh.result is not None and fresh.result.status == "ok"
    assert inc.state == "acknowledged"
    # Without an occurrence (API, CLI, PagerDuty) the current occurrence is meant.
    done = engine.on_action(state, act("resolve", "r2", inc.id), T0 + 8 * MIN)
    assert done.result is not None and done.result.status == "ok"


def test_silences_changed_only_when_the_silence_list_changes() -> None:
    engine, state = make_engine(), BrandIncidents()
    engine.on_signal(state, sig(), T0)
    assert not engine.on_tick(state, T0 + 1).silences_changed
    assert engine.on_action(state, silence_action("x1", ends_ms=T0 + HOUR),
                            T0).silences_changed
    assert not engine.on_action(state, act("note", "n1", the_incident(state).id, text="hi"),
                                T0).silences_changed
    removed = engine.on_action(state, act("unsilence", "u1", silence_id="sil"), T0)
    assert removed.silences_changed and removed.result is not None
    assert removed.result.silence_id == "sil"
    missing = engine.on_action(state, act("unsilence", "u2", silence_id="sil"), T0)
    assert not missing.silences_changed
    engine.on_action(state, silence_action("x2", ends_ms=T0 + HOUR), T0)
    assert engine.on_tick(state, T0 + HOUR).silences_changed  # expired and pruned
