"""detectors/pipeline.py: what every detector sees of one record."""

from __future__ import annotations

import msgspec
import pytest

from detectors.complaints import ComplaintSettings
from detectors.model import Enriched, Kind, Severity
from detectors.pipeline import BrandState, DetectionPipeline, DetectionSettings
from detectors.stories import post_key, story_of_post
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


# ------------------------------------------------------------------ everyday-word aliases
def waves() -> tuple[DetectionPipeline, BrandState]:
    spec = msgspec.structs.replace(brand_spec("volna", name="Волна", aliases=("Волна", "Volna")),
                                   context=("тариф",))
    pipeline = DetectionPipeline([spec])
    state = pipeline.new_state("volna")
    assert state is not None and state.context is not None
    return pipeline, state


def ambiguous(text: str, **kw: object) -> Enriched:
    e = enriched(text, brand="volna", **kw)  # type: ignore[arg-type]
    return msgspec.structs.replace(e, ambiguous=True)


def test_a_low_confidence_mention_is_counted_but_reaches_no_detector() -> None:
    pipeline, state = waves()
    star = author("sea_news", followers=3_000_000)
    storm = ambiguous("Шторм: огромная волна смыла набережную, есть погибшие",
                      negativity=0.95, at=T0, by=star)
    assert pipeline.observe(state, storm) == []  # an influencer's negative post, not paged
    assert state.volume.total == 0 and not state.stories.posts
    assert state.context is not None and state.context.low == 1
    assert pipeline.drain_verdicts() == [("volna", "low", 1)]
    assert pipeline.drain_verdicts() == []
    # its metric update is the same post: still low, not counted again
    assert pipeline.observe(state, updated(storm, at=T0 + 60 * SEC, likes=90_000)) == []
    assert state.context.low == 1 and pipeline.drain_verdicts() == []

    # the same influencer on the operator's tariffs: confident, detected, paged
    tariff = ambiguous("Волна подняла тариф вдвое, позор", negativity=0.95,
                       at=T0 + 2 * SEC, by=author("star", followers=3_000_000))
    kinds = {s.kind for s in pipeline.observe(state, tariff)}
    assert Kind.INFLUENCER_NEGATIVE in kinds
    assert state.volume.total == 1 and pipeline.drain_verdicts() == [("volna", "confident", 1)]


def test_sure_mentions_teach_the_context_but_an_executives_posts_do_not() -> None:
    pipeline, state = waves()
    assert state.context is not None
    pipeline.observe(state, enriched("Volna: нет связи в метро", brand="volna", at=T0))
    assert state.context.sure > 0 and "sviaz" in state.context.words
    pipeline.observe(state, enriched("Катаюсь на яхте", brand="volna", watched=True,
                                     at=T0 + SEC))
    assert "iaht" not in state.context.words
    assert state.volume.total == 2  # both are detected on as before


def test_a_reply_in_a_thread_the_detectors_saw_is_confident() -> None:
    pipeline, state = waves()
    root = enriched("Volna опять без связи", brand="volna", at=T0, id="root")
    pipeline.observe(state, root)
    reply = ambiguous("и у меня волна не ловит", at=T0 + SEC, in_reply_to="root")
    pipeline.observe(state, reply)
    assert state.volume.total == 2 and pipeline.drain_verdicts() == [("volna", "confident", 1)]
    stray = ambiguous("и у меня волна не ловит", at=T0 + 2 * SEC, in_reply_to="elsewhere")
    pipeline.observe(state, stray)
    assert state.volume.total == 2


def test_posts_naming_the_brand_only_by_the_everyday_word_are_vague_in_their_story() -> None:
    """The story detector opens no page for a story of nothing but such posts
    (test_story_content); the pipeline tells it which: not written as a name, not sure."""
    pipeline, state = waves()
    root = ambiguous("волна подняла тариф вдвое", at=T0, id="root")
    pipeline.observe(state, root)
    replies = (("и у меня волна подняла тариф", True), ("у «Волны» тариф вдвое", True),
               ("тариф у Волны вдвое", True), ("Volna подняла тариф", False))
    for i, (text, everyday_word) in enumerate(replies):
        reply = enriched(text, brand="volna", at=T0 + (i + 1) * SEC, id=f"r{i}",
                         in_reply_to="root", by=author(f"a{i}"))
        pipeline.observe(state, msgspec.structs.replace(reply, ambiguous=everyday_word))
    story = story_of_post(state.stories, post_key(root.mention))
    assert story is not None and story.mentions == 5 and story.vague == 2


def test_state_without_a_context_and_brands_without_everyday_aliases() -> None:
    pipeline, state = waves()
    old = msgspec.structs.replace(state, context=None)  # a checkpoint from before
    pipeline.observe(old, ambiguous("волна подняла тариф", at=T0))
    assert old.context is not None and old.context.confident == 1
    plain = DetectionPipeline([brand_spec()])
    plain_state = plain.new_state("acme")
    assert plain_state is not None and plain_state.context is None
    # a record marked ambiguous under an older config is detected on as it always was
    plain.observe(plain_state, msgspec.structs.replace(enriched("acme", at=T0), ambiguous=True))
    assert plain_state.volume.total == 1 and plain.drain_verdicts() == []
    # the checkpoint format: a state encoded before the field existed still decodes
    before = {k: v for k, v in msgspec.structs.asdict(plain_state).items() if k != "context"}
    decoded = msgspec.msgpack.decode(msgspec.msgpack.encode(before), type=BrandState)
    assert decoded == plain_state


def follows_threads(on: bool) -> DetectionPipeline:
    return DetectionPipeline([brand_spec()], {"acme": DetectionSettings(
        complaints=ComplaintSettings(follow_threads=on))})


def test_a_reply_followed_into_a_desk_thread_reaches_only_the_complaint_detector() -> None:
    pipeline = follows_threads(True)
    state = pipeline.new_state("acme")
    assert state is not None
    root = enriched("@acme_support my order never arrived, where is it?", negativity=0.9,
                    complaint=True, at=T0, id="root", by=author("buyer"))
    pipeline.observe(state, root)
    me_too = msgspec.structs.replace(
        enriched("same here, two weeks", negativity=0.9, at=T0 + 60 * SEC, id="r1",
                 in_reply_to="root", by=author("neighbour")), in_thread=True)
    pipeline.observe(state, me_too)
    assert state.volume.total == 1  # not a mention of the brand: no volume, no story
    assert all(s.mentions == 1 for s in state.stories.stories.values())
    (thread,) = state.complaints.threads.values()
    assert thread.replies == 1  # ...but it joined the complaint it answers
    # one that answers no thread opens none, however it reads
    stray = msgspec.structs.replace(
        enriched("@acme_support awful, never again", negativity=0.95, complaint=True,
                 at=T0 + 2 * 60 * SEC, id="r2", in_reply_to="elsewhere"), in_thread=True)
    pipeline.observe(state, stray)
    assert len(state.complaints.threads) == 1


def test_replies_followed_into_desk_threads_are_dropped_unless_the_brand_follows_threads() -> None:
    pipeline = follows_threads(False)
    state = pipeline.new_state("acme")
    assert state is not None
    pipeline.observe(state, enriched("@acme_support my order never arrived", negativity=0.9,
                                     complaint=True, at=T0, id="root", by=author("buyer")))
    pipeline.observe(state, msgspec.structs.replace(
        enriched("same here", negativity=0.9, at=T0 + 60 * SEC, id="r1", in_reply_to="root",
                 by=author("neighbour")), in_thread=True))
    (thread,) = state.complaints.threads.values()
    assert thread.replies == 0
    assert ComplaintSettings().follow_threads  # the default


def test_a_backlog_of_questions_about_a_story_names_the_story() -> None:
    """Customers asking the desk about a scare go unanswered because of the story: the backlog
    names it, so the story's incident pages for them (alerts/inhibition.py). A complaint of its
    own among the pressing ones: the backlog is its own problem."""
    pipeline = DetectionPipeline([brand_spec()])
    news = "https://news.example/acme-scare"

    def backlog(with_own_problem: bool) -> tuple[str, list[str | None]]:
        state = pipeline.new_state("acme")
        assert state is not None
        origin = enriched(f"Acme burgers are made of expired meat, they say {news}",
                          negativity=0.9, at=T0, url=news, followers=50)
        pipeline.observe(state, origin)
        askers = [enriched("@acme_support is it true what they write? answer please",
                           negativity=0.6, complaint=True, at=T0 + i * SEC, by=author(f"q{i}"),
                           quote_of=origin.mention.id) for i in (1, 2)]
        if with_own_problem:
            askers.append(enriched("@acme_support my refund never came, nobody answers",
                                   negativity=0.8, complaint=True, at=T0 + 3 * SEC,
                                   by=author("own")))
        for i, asker in enumerate(askers):
            pipeline.observe(state, asker)
            for j in (1, 2):  # others pile in under each: every one of them is pressing
                pipeline.observe(state, msgspec.structs.replace(enriched(
                    "same here, no answer", negativity=0.7, at=T0 + (10 + 2 * i + j) * SEC,
                    by=author(f"r{i}{j}"), in_reply_to=asker.mention.id), in_thread=True))
        story = story_of_post(state.stories, post_key(origin.mention))
        assert story is not None and story.mentions == 3  # the post and the two questions
        causes = []
        for hour in range(1, 30):
            for s in pipeline.tick(state, "acme", T0 + hour * 3_600_000):
                if s.kind == Kind.COMPLAINT_SLA and s.severity >= Severity.WARNING:
                    causes.append(s.caused_by)
        assert causes
        return story.id, causes

    story, causes = backlog(with_own_problem=False)
    assert all(c == story for c in causes)
    _, causes = backlog(with_own_problem=True)
    assert causes[-1] is None
