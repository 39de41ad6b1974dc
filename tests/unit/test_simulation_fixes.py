"""The detector changes the scenarios called for, each pinned on its own:

- volume: a spike led by positive mentions (a campaign, a giveaway) is signalled as info;
- volume: the intervals of an hour's first occurrence are not that hour's baseline (with
  15-minute windows one quiet interval made the next ordinary one a "spike" in quiet-week);
- stories: a signalled story that is still active re-sends its level every 10 minutes, so its
  incident is not auto-resolved while it spreads.
"""

from __future__ import annotations

import random

import msgspec
import pytest
from factories import DAY, HOUR, MIN, T0, brand_spec, enriched

from detectors.config import BrandSpec, VolumeThresholds
from detectors.model import Kind, Severity
from detectors.stories import StoryDetector, StorySettings
from detectors.volume import VolumeDetector, VolumeState

pytestmark = pytest.mark.unit

MONDAY = 1_717_372_800_000  # 2024-06-03 00:00 UTC


def volume_spec(**volume: object) -> BrandSpec:
    return BrandSpec(id="acme", name="Acme", aliases=("acme",),
                     volume=msgspec.convert(volume, VolumeThresholds))


def warm(det: VolumeDetector, hours: int, per_min: float, seed: int = 1) -> VolumeState:
    """`hours` of steady history fed as 1-minute counts."""
    rng = random.Random(seed)
    state = det.new_state()
    for i in range(hours * 60):
        total = sum(rng.random() < per_min / 4 for _ in range(4))
        assert det.observe_count(state, MONDAY + i * MIN, total, 0) == []
    return state


@pytest.mark.parametrize(("sentiments", "info"), [
    (["positive"] * 2 + ["neutral"] * 2, True),  # a giveaway: half positive
    (["neutral"], False),  # an unexplained burst
    (["positive", "negative"], False),  # a row, not a campaign
])
def test_a_positive_led_volume_spike_is_info(sentiments: list[str], info: bool) -> None:
    det = VolumeDetector(volume_spec())
    state = warm(det, 3, 2.0)
    t = MONDAY + 3 * HOUR
    signals = []
    for i in range(60):
        signals += det.observe(state, enriched(
            "acme", at=t + i * 500, sentiment=sentiments[i % len(sentiments)]))
    spikes = [s for s in signals if s.kind == Kind.VOLUME_SPIKE]
    assert spikes
    assert all((s.severity == Severity.INFO) == info for s in spikes)
    assert all((s.details.get("positive_led") is True) == info for s in spikes)
    assert "positive_share" in spikes[0].details


def test_a_positive_campaign_still_shows_its_negative_spike() -> None:
    det = VolumeDetector(volume_spec())
    state = warm(det, 3, 2.0)
    t = MONDAY + 3 * HOUR
    signals = []
    for i in range(120):
        sentiment = "negative" if i % 4 == 0 else "positive"
        signals += det.observe(state, enriched("acme", at=t + i * 400, sentiment=sentiment))
    kinds = {(s.kind, s.severity) for s in signals}
    assert (Kind.VOLUME_SPIKE, Severity.INFO) in kinds
    assert any(k == Kind.NEGATIVE_SPIKE and sev >= Severity.WARNING for k, sev in kinds)


def test_an_hours_first_occurrence_is_not_its_own_baseline() -> None:
    det = VolumeDetector(volume_spec(window="15m", min_count=10, share_window="15m"))
    state = det.new_state()
    rng = random.Random(3)
    counts = [3, 4, 2, 3, 4, 3, 2, 4, 3, 3, 4, 2]  # three hours of ~3 per quarter hour
    for i, n in enumerate(counts):
        assert det.observe_count(state, MONDAY + i * 15 * MIN, n, 0) == []
    # Hour 3 starts quietly (0, 1, 0), then an ordinary quarter of 10: not a spike.
    hour = MONDAY + 3 * HOUR
    for k, n in enumerate((0, 1, 0)):
        assert det.observe_count(state, hour + k * 15 * MIN, n, 0) == []
    assert det.observe_count(state, hour + 45 * MIN, 10, 0) == []
    assert state.baseline_kind == "recent"  # not "weekly" from this hour's own 3 intervals
    # A day later the same hour has a learnt profile.
    for i in range(16, 4 * 27):
        det.observe_count(state, MONDAY + i * 15 * MIN, 2 + rng.randrange(3), 0)
    assert state.baseline_kind == "daily"


def test_a_signalled_story_that_keeps_spreading_re_sends_its_level_on_tick() -> None:
    spec = brand_spec()
    det = StoryDetector(spec, StorySettings())
    state = det.new_state()
    origin = enriched("Охранник Акме выгнал пенсионерку на мороз, позор", at=T0,
                      negativity=0.9, lang="ru")
    signals = det.observe(state, origin)
    t = T0
    for i in range(40):  # 40 reposts in 20 minutes: a warning at least
        t = T0 + i * 30_000
        signals += det.observe(state, enriched("Позор Акме!", at=t, negativity=0.9,
                                               repost_of=origin.mention.id))
    assert signals and signals[-1].kind == Kind.VIRAL_STORY
    level = max(s.severity for s in signals)
    refresh = det.tick(state, t + MIN)
    assert [(s.kind, s.severity, s.group) for s in refresh] == [
        (Kind.VIRAL_STORY, level, signals[0].group)]
    assert det.tick(state, t + 5 * MIN) == []  # at most every 10 minutes
    det.observe(state, enriched("Позор Акме!", at=t + 8 * MIN, negativity=0.9,
                                repost_of=origin.mention.id))
    assert len(det.tick(state, t + 12 * MIN)) == 1  # still active
    assert det.tick(state, t + 25 * MIN) == []  # quiet since the last sweep: let it resolve


def test_a_story_that_never_signalled_is_not_refreshed() -> None:
    det = StoryDetector(brand_spec(), StorySettings())
    state = det.new_state()
    for i in range(5):
        det.observe(state, enriched("Acme delivery was fine today", at=T0 + i * MIN,
                                    negativity=0.1))
    assert det.tick(state, T0 + DAY) == []
