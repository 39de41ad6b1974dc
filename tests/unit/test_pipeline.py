"""detectors/pipeline.py: what every detector sees of one record."""

from __future__ import annotations

import msgspec
import pytest

from detectors.model import Kind
from detectors.pipeline import DetectionPipeline
from tests.unit.factories import SEC, T0, author, brand_spec, enriched, updated

pytestmark = pytest.mark.unit


def test_metric_updates_and_redeliveries_are_not_counted_as_new_mentions() -> None:
    pipeline = DetectionPipeline([brand_spec()])
    state = pipeline.new_state("acme")
    assert state is not None
    first = enriched("Acme lunch was fine", likes=1, at=T0)
    pipeline.observe(state, first)
    pipeline.observe(state, updated(first, at=T0 + 20 * SEC, likes=50))  # engagement grew
    pipeline.observe(state, first)  # the same record delivered again
    assert state.volume.total == 1
    # ...while the story detector still sees the new engagement.
    (story,) = state.stories.stories.values()
    assert (story.mentions, story.engagement) == (1, 50)

    other = msgspec.structs.replace(first, mention=msgspec.structs.replace(
        first.mention, id="another-post"))
    pipeline.observe(state, other)
    assert state.volume.total == 2


def test_an_influencer_sharing_a_story_names_it_so_the_story_can_inhibit_the_page() -> None:
    pipeline = DetectionPipeline([brand_spec()])
    state = pipeline.new_state("acme")
    assert state is not None
    video = "https://video.example/guard"
    origin = enriched(f"Acme guard threw out an old lady {video}", negativity=0.9, at=T0,
                      url=video, followers=50)
    pipeline.observe(state, origin)
    star = author("star", followers=2_000_000)
    (quote,) = [s for s in pipeline.observe(state, enriched(
        "Disgusting, Acme. Never again", negativity=0.9, at=T0 + 30 * SEC, by=star,
        quote_of=origin.mention.id))
        if s.kind == Kind.INFLUENCER_NEGATIVE]
    (story,) = state.stories.stories.values()
    assert quote.caused_by == story.id

    # The same influencer on something of their own: no story, no cause, it pages.
    (own,) = [s for s in pipeline.observe(state, enriched(
        "Acme overcharged me again", negativity=0.9, at=T0 + 40 * SEC,
        by=author("star2", followers=2_000_000)))
        if s.kind == Kind.INFLUENCER_NEGATIVE]
    assert own.caused_by is None
