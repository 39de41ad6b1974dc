"""Every detector of a brand behind one call: the code path shared by the live agent, the
backtest and the simulator, so what is tested offline is what runs.

Order matters: stories see a mention first, so the volume detector can attribute a spike to
the story that caused it (`Signal.caused_by` = story id = the viral incident's group, which
lets the incident engine inhibit the spike the story caused).

Before all of them, a record that names its brand only by an everyday word (`ambiguous`) is
judged by the brand's learnt context (detectors/context.py): a low-confidence one is counted
(`ContextState.low`, `verdicts`) and goes no further, so it can neither open nor escalate an
incident; volume, stories, complaints and the watchlist never see it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

import msgspec

from detectors.complaints import ComplaintDetector, ComplaintSettings, ComplaintState
from detectors.config import BrandSpec
from detectors.context import BrandContext, ContextState
from detectors.model import Enriched, Kind, Mention, Signal
from detectors.stories import (
    StoryDetector,
    StorySettings,
    StoryState,
    key64,
    post_key,
    story_of_post,
)
from detectors.volume import VolumeDetector, VolumeState
from detectors.watchlist import WatchlistDetector, WatchSettings, WatchState


class DetectionSettings(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """Per-brand settings of the detectors other than volume (which lives in BrandSpec)."""

    stories: StorySettings = StorySettings()
    complaints: ComplaintSettings = ComplaintSettings()
    watch: WatchSettings = WatchSettings()


class BrandState(msgspec.Struct):
    """All detector state of one brand (msgpack in the detector changelog)."""

    volume: VolumeState
    stories: StoryState
    complaints: ComplaintState
    watch: WatchState
    context: ContextState | None = None  # brands with an everyday-word alias only


def _in_thread(state: StoryState, m: Mention) -> bool:
    """Whether a mention replies to or quotes a post the brand's detectors already saw."""
    posts = state.posts
    return bool(posts) and any(
        parent and key64(f"{m.source}:{parent}") in posts for parent in (m.in_reply_to,
                                                                          m.quote_of))


def _story_of_post(state: StoryState, pk: int) -> str | None:
    """The story a post (by its `post_key`) is part of, once the story has grown past it."""
    story = story_of_post(state, pk)
    return story.id if story is not None and story.mentions > 1 else None


def _backlog_story(state: StoryState, backlog: Signal) -> str | None:
    """The one story every pressing complaint of a backlog signal is part of, if any (its
    mentions list the pressing ones first; more pressing than it shows: none, to be safe)."""
    pressing = int(backlog.details.get("pressing", 0) or 0)
    if not pressing or pressing > len(backlog.mentions):
        return None
    stories = {_story_of_post(state, post_key(m)) for m in backlog.mentions[:pressing]}
    story = stories.pop()
    return story if not stories else None


class _StoryIndex:
    """Answers the volume detector's "which story is this mention part of?" from the brand's
    story state, which the pipeline lends it while a record is observed, with the record's
    mention and its `post_key` (`pk`): computed once per record, reused by every detector."""

    def __init__(self) -> None:
        self.state: StoryState | None = None
        self.mention: Mention | None = None
        self.pk = 0

    def story_of(self, m: Mention) -> str | None:
        state = self.state
        if state is None:
            return None
        return _story_of_post(state, self.pk if m is self.mention else post_key(m))


class BrandDetectors:
    __slots__ = ("complaints", "context", "index", "stories", "volume", "watch")

    def __init__(self, spec: BrandSpec, settings: DetectionSettings) -> None:
        context = BrandContext(spec)
        self.context = context if context.enabled else None
        self.index = _StoryIndex()
        self.volume = VolumeDetector(spec, story_of=self.index.story_of)
        self.stories = StoryDetector(spec, settings.stories)
        self.complaints = ComplaintDetector(spec, settings.complaints)
        self.watch = WatchlistDetector(spec, settings.watch)


class DetectionPipeline:
    def __init__(self, specs: Sequence[BrandSpec],
                 settings: Mapping[str, DetectionSettings] | None = None) -> None:
        settings = settings or {}
        self.specs = {s.id: s for s in specs}
        self._brands = {s.id: BrandDetectors(s, settings.get(s.id, DetectionSettings()))
                        for s in specs}
        # (brand, "confident" | "low") -> ambiguous records judged since the last `drain`.
        self.verdicts: Counter[tuple[str, str]] = Counter()

    def knows(self, brand: str) -> bool:
        return brand in self._brands

    def new_state(self, brand: str) -> BrandState | None:
        d = self._brands.get(brand)
        if d is None:
            return None
        return BrandState(d.volume.new_state(), d.stories.new_state(),
                          d.complaints.new_state(), d.watch.new_state(),
                          d.context.new_state() if d.context is not None else None)

    def drain_verdicts(self) -> list[tuple[str, str, int]]:
        """(brand, verdict, count) of the ambiguous records judged since the last call."""
        out = [(b, v, n) for (b, v), n in self.verdicts.items()]
        self.verdicts.clear()
        return out

    def observe(self, state: BrandState, e: Enriched) -> list[Signal]:
        d = self._brands.get(e.brand)
        if d is None:
            return []
        m = e.mention
        pk = post_key(m)
        if e.in_thread:  # names no brand: only the complaint thread it answers takes it
            return self._attribute_backlog(state, d.complaints.observe(state.complaints, e, pk))
        stories = state.stories
        repeat = pk in stories.posts
        vague = False  # named only by the everyday word, not written as a name
        context = d.context
        if context is not None:
            cs = state.context
            if cs is None:  # state from before the brand had an everyday-word alias
                cs = state.context = context.new_state()
            if e.ambiguous:
                fresh = pk not in cs.verdicts
                confident = context.judge(cs, m, pk, _in_thread(stories, m))
                if fresh:
                    self.verdicts[(e.brand, "confident" if confident else "low")] += 1
                if not confident:
                    return []
                vague = not repeat and not context.named(m.text)
            elif not repeat and not e.watched:  # an executive's own posts are off topic
                context.learn(cs, m)
        out = d.stories.observe(stories, e, pk, vague)
        if not repeat:  # a metric update or a redelivery is not another mention
            index = d.index
            index.state, index.mention, index.pk = stories, m, pk
            try:
                out += d.volume.observe(state.volume, e)
            finally:
                index.state = index.mention = None
        out += self._attribute_backlog(state, d.complaints.observe(state.complaints, e, pk))
        watched = d.watch.observe(state.watch, e, pk)
        if watched:
            out += self._attribute(state, pk, watched)
        return out

    @staticmethod
    def _attribute(state: BrandState, pk: int, signals: list[Signal]) -> list[Signal]:
        """An influencer's negative post that is part of a story names it, so the story's
        incident can inhibit it (alerts/inhibition.py) instead of paging twice for one story."""
        story = _story_of_post(state.stories, pk)
        if story is None:
            return signals
        return [msgspec.structs.replace(s, caused_by=story)
                if s.kind == Kind.INFLUENCER_NEGATIVE and s.caused_by is None else s
                for s in signals]

    @staticmethod
    def _attribute_backlog(state: BrandState, signals: list[Signal]) -> list[Signal]:
        """A backlog whose pressing complaints all belong to one story names it: during a
        scare, customers asking the desk "is it true?" go unanswered because of the story, and
        its incident pages for them (alerts/inhibition.py). Other complaints pressing too, or
        none shown in a story: the backlog is its own problem and pages as usual."""
        if not signals:
            return signals
        out = []
        for s in signals:
            if s.kind == Kind.COMPLAINT_SLA and not s.group and s.caused_by is None:
                story = _backlog_story(state.stories, s)
                if story is not None:
                    s = msgspec.structs.replace(s, caused_by=story)
            out.append(s)
        return out

    def tick(self, state: BrandState, brand: str, now_ms: int) -> list[Signal]:
        """Time-driven checks (closing intervals, SLA deadlines, forgetting idle stories)."""
        d = self._brands.get(brand)
        if d is None:
            return []
        out = d.volume.tick(state.volume, now_ms)
        out += d.stories.tick(state.stories, now_ms)
        out += self._attribute_backlog(state, d.complaints.tick(state.complaints, now_ms))
        out += d.watch.tick(state.watch, now_ms)
        return out
