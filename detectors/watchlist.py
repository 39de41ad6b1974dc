"""Posts by watched accounts (executives, spokespeople) and negative mentions by influencers.

WATCHED_ACCOUNT (group: the account's handle): every post by a watched account is worth a
look before it becomes the next careless-post story. Level = info, +1 for risky wording
(negative or controversial), +1 if it spreads fast, +1 more if risky and very fast:
  neutral: info, fast -> warning;  risky: warning, fast -> error, very fast -> critical.
INFLUENCER_NEGATIVE (group: the author's handle): a negative mention by an author with
`influencer_followers`, or verified with `verified_followers`, or a listed journalist.
Warning, error from `reach_levels[0]`, critical from `reach_levels[1]` (followers or views).

Velocity is engagements per minute of one post: its lifetime average on each sighting, and the
growth between two sightings at least a minute apart (repeated events of the same mention id).
Signals are deduplicated per mention id; a mention is signalled again only when its level rises.
"""

from __future__ import annotations

import re

import msgspec

from detectors.config import BrandSpec
from detectors.model import Enriched, Kind, Severity, Signal
from detectors.stories import mention_ref, post_key, trim_oldest

__all__ = ["WatchSettings", "WatchState", "WatchlistDetector", "controversial_hits"]

_MINUTE = 60_000

_CONTROVERSIAL = (
    # ru: contempt for customers, politics, religion, groups of people
    "нищеброд", "быдло", "лох", "идиот", "дебил", "тупые", "холоп", "нытик", "не нравится",
    "не покупайте", "кому не нравится", "политик", "войн", "религи", "мигрант", "приезжи",
    "бабы", "женщины должны", "понаехав", "совок",
    # en
    "idiots", "stupid", "morons", "losers", "poor people", "whiners", "snowflakes",
    "don't like it", "if you don't like", "politic", "religio", "immigrant", "women should",
    "war ", "the poor",
)
_CONTROVERSIAL_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(s) for s in sorted(_CONTROVERSIAL, key=len, reverse=True))
    + ")")


def controversial_hits(text: str) -> int:
    return len(_CONTROVERSIAL_RE.findall(text.lower().replace("ё", "е").replace("’", "'")))


class WatchSettings(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    influencer_followers: int = 100_000
    verified_followers: int = 10_000  # verified authors count from this many followers
    min_negativity: float = 0.5  # negativity counting as negative (or sentiment "negative")
    fast_engagement_per_min: float = 100.0  # a watched post spreading fast
    very_fast_engagement_per_min: float = 1_000.0
    reach_levels: tuple[int, int] = (1_000_000, 5_000_000)  # influencer: error, critical
    max_seen: int = 2_048  # signalled mention ids remembered for dedup and velocity

    def __post_init__(self) -> None:
        if self.influencer_followers < 1 or self.verified_followers < 0:
            raise ValueError("influencer_followers must be >= 1, verified_followers >= 0")
        if self.verified_followers > self.influencer_followers:
            raise ValueError("verified_followers must not exceed influencer_followers")
        if not 0.0 <= self.min_negativity <= 1.0:
            raise ValueError("min_negativity must be within 0..1")
        if not 0 < self.fast_engagement_per_min <= self.very_fast_engagement_per_min:
            raise ValueError("fast_engagement_per_min must be > 0 and "
                             "<= very_fast_engagement_per_min")
        if not 0 < self.reach_levels[0] <= self.reach_levels[1]:
            raise ValueError("reach_levels must be two positive ascending follower counts "
                             "(error, critical)")
        if self.max_seen < 8:
            raise ValueError("max_seen must be >= 8")


class _Seen(msgspec.Struct, array_like=True, gc=False):
    watched: int  # last WATCHED_ACCOUNT level signalled, -1 none
    influencer: int  # last INFLUENCER_NEGATIVE level signalled, -1 none
    engagement: int  # at the velocity baseline
    base_ms: int  # observation time of the velocity baseline
    velocity: float  # best engagements/min seen


class WatchState(msgspec.Struct):
    clock_ms: int = 0
    seen: dict[int, _Seen] = {}  # key64(source:id) -> seen


def _handle(h: str) -> str:
    return h.strip().lstrip("@").lower()


class WatchlistDetector:
    """Stateless for ordinary mentions; remembers only the mentions it signalled."""

    def __init__(self, spec: BrandSpec, settings: WatchSettings) -> None:
        self.spec = spec
        self.s = settings
        self.journalists_any = {_handle(a.handle) for a in spec.journalists if not a.source}
        self.journalists_on = {f"{a.source}:{_handle(a.handle)}" for a in spec.journalists
                               if a.source}

    def new_state(self) -> WatchState:
        return WatchState()

    def tick(self, state: WatchState, now_ms: int) -> list[Signal]:
        return []  # everything happens on events; `seen` is bounded by insertion

    def observe(self, state: WatchState, e: Enriched, pk: int | None = None) -> list[Signal]:
        """`pk`: the mention's `post_key` when the caller has it already."""
        m = e.mention
        t = m.created_at_ms
        if t > state.clock_ms:
            state.clock_ms = t
        if e.official and not e.watched:
            return []  # the brand's own accounts are never "influencers" against it
        negative = e.sentiment == "negative" or e.negativity >= self.s.min_negativity
        why = "" if e.watched or not negative else self._influential(e)
        if not e.watched and not why:
            return []
        obs = e.ingested_at_ms or state.clock_ms
        if pk is None:
            pk = post_key(m)
        seen = state.seen.pop(pk, None)
        eng = m.metrics.engagement
        life = eng * _MINUTE / max(obs - m.created_at_ms, _MINUTE)
        if seen is None:
            seen = _Seen(-1, -1, eng, obs, life)
        else:
            dt = obs - seen.base_ms
            if dt >= _MINUTE:
                seen.velocity = max(seen.velocity, life, (eng - seen.engagement) * _MINUTE / dt)
                seen.engagement, seen.base_ms = eng, obs
            else:
                seen.velocity = max(seen.velocity, life)
        state.seen[pk] = seen  # most recently used last
        trim_oldest(state.seen, self.s.max_seen)
        if e.watched:
            return self._watched(seen, e, negative)
        return self._influencer(seen, e, why)

    def _influential(self, e: Enriched) -> str:
        """Why the author counts as influential ("" if not)."""
        a = e.mention.author
        if a.followers >= self.s.influencer_followers:
            return "followers"
        if a.verified and a.followers >= self.s.verified_followers:
            return "verified"
        if not self.journalists_any and not self.journalists_on:
            return ""  # no journalists listed: skip normalising the handle
        h = _handle(a.handle)
        if h in self.journalists_any or f"{e.mention.source}:{h}" in self.journalists_on:
            return "journalist"
        return ""

    def _watched(self, seen: _Seen, e: Enriched, negative: bool) -> list[Signal]:
        s = self.s
        hits = controversial_hits(e.mention.text)
        risky = negative or hits > 0
        fast = seen.velocity >= s.fast_engagement_per_min
        very_fast = seen.velocity >= s.very_fast_engagement_per_min
        level = risky + fast + (risky and very_fast)
        if level <= seen.watched:
            return []
        seen.watched = level
        m = e.mention
        what = "risky post" if risky else "post"
        return [self._signal(Kind.WATCHED_ACCOUNT, level, e, seen,
                             f"Watched account @{m.author.handle}: {what}"
                             + (" spreading fast" if fast else ""),
                             {"risky": risky, "controversial_hits": hits, "fast": fast})]

    def _influencer(self, seen: _Seen, e: Enriched, why: str) -> list[Signal]:
        m = e.mention
        reach = max(m.author.followers, m.metrics.views)
        lv = self.s.reach_levels
        level = 1 + (reach >= lv[0]) + (reach >= lv[1])
        if level <= seen.influencer:
            return []
        seen.influencer = level
        return [self._signal(Kind.INFLUENCER_NEGATIVE, level, e, seen,
                             f"Negative mention by @{m.author.handle} "
                             f"({m.author.followers:,} followers)",
                             {"influential_by": why})]

    def _signal(self, kind: str, level: int, e: Enriched, seen: _Seen, title: str,
                extra: dict[str, str | int | float | bool]) -> Signal:
        m = e.mention
        ref = mention_ref(e).public()
        return Signal(
            brand=self.spec.id, kind=kind, severity=Severity(level), at_ms=m.created_at_ms,
            title=title, group=_handle(m.author.handle) or m.author.id,
            observed=round(seen.velocity, 1), reach=max(m.author.followers, m.metrics.views),
            languages={e.lang: 1}, mentions=(ref,),
            details={
                "mention": m.id,
                "followers": m.author.followers,
                "verified": m.author.verified,
                "engagement": m.metrics.engagement,
                "views": m.metrics.views,
                "engagement_per_min": round(seen.velocity, 1),
                "negativity": round(e.negativity, 3),
                **extra,
            },
            source_created_at_ms=e.mention.created_at_ms,
            source_appended_at_ms=e.appended_at_ms,
            source_ingested_at_ms=e.ingested_at_ms,
        )
