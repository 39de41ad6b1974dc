"""Posts by watched accounts (executives, spokespeople) and negative mentions by influencers,
each judged against what is usual for its author, so a routine post is a note and a page means
something happened.

Velocity is engagements per minute of one post: its lifetime average on each sighting (age
floored at a minute), and the growth between two sightings at least a minute apart (repeated
events of the same mention id); a post's velocity is the highest seen so far (its peak).

The usual peak of a watched account is learnt from its own earlier posts (the last
`history_posts`, in WatchState): a weighted median of their log peaks, each weighted by
recency (half-life `history_half_life`), together with a prior of weight one post: the peak an
account of its size usually gets, `prior_rate` x followers. One post moves it halfway from the
prior, a few outweigh it, and one odd post among several barely moves it. A young post's peak
so far can only grow towards its final peak, so comparing it with earlier posts' peaks needs no
model of post age and raises no false alarm on a routine post seen early.

How far above the usual is unusual depends on the account too: one executive's posts all draw
alike, another's range over tenfold. The spread of its log peaks is measured robustly (1.4826 x
the weighted median absolute deviation from the usual) and shrunk towards `prior_spread` (the
spread of a typical account, worth `_SPREAD_PRIOR_POSTS` posts), so a thin history (three
similar posts) never makes a narrow baseline. A post spreads fast at
max(`fast_factor`, exp(`fast_deviations` x spread)) x the usual peak (never below
`fast_engagement_per_min`), very fast at `very_fast_factor` x (never below the fast ratio, nor
`very_fast_engagement_per_min`).

The reaction pages, not the wording: a careless post is argued with before it spreads. Its
reply share (replies per like or repost) against the account's usual share, learnt from its own
posts like the usual peak (a weighted median, `prior_reply_share` worth one post): argued with
at `reply_factor` x the usual with at least `min_replies` replies.

Risky wording is read, never trusted alone, and judged on evidence, not on the sentiment
model's score alone (trained on
customers' mentions, it reads some routine posts of an executive as negative): controversial
wording (`controversial_hits`: contempt for customers, politics, groups of people), or a
negative post both scorers agree on: the model's and the lexicon's own readings of the text
(computed once per watched post) each at `min_negativity`. Not the mention's negativity: where
the lexicon reads a text as negative, that is never below the lexicon's, so "both agree" would
be the lexicon alone («Люди делают невозможное»: model 0.36, lexicon 0.5).

WATCHED_ACCOUNT (group: the account's handle): level = +1 if argued with, +1 if it spreads
fast and is argued with or risky, +1 for risky wording when either, +1 more if very fast and
risky or argued (at most 3):
  routine or risky wording alone, or a routine post spreading fast: info; argued with:
  warning, and fast too: error; risky and argued with or fast: error, very fast: critical.
INFLUENCER_NEGATIVE (group: the author's handle): a negative mention by an author with
`influencer_followers`, or verified with `verified_followers`, or a listed journalist. Info (a
note, grouped per brand by the incident engine); warning once it spreads: fast for an author of
its size (by the prior), or seen by `reach_levels[0]` people and by more than the author's own
followers; error when very fast, or seen by `reach_levels[1]` and 4x its followers. An
influencer's post that is part of a story is attributed to it (detectors/pipeline.py) and
inhibited by the story's incident.
Signals are deduplicated per mention id; a mention is signalled again only when its level rises,
or, a watched post that paged, every 10 minutes while it still spreads (engagements a minute
over its latest 10 minutes or more at half the fast level or above): its incident stays open
meanwhile instead of resolving and paging again.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

import msgspec

from detectors.config import BrandSpec
from detectors.durations import parse_duration
from detectors.model import Enriched, Kind, Severity, Signal, SignalStatus
from detectors.sentiment import lexicon_negativity, read
from detectors.sentiment_model import model_negativity
from detectors.stories import key64, mention_ref, post_key, trim_oldest
from detectors.text import normalise

__all__ = ["Baseline", "WatchSettings", "WatchState", "WatchlistDetector", "controversial_hits"]

_MINUTE = 60_000
_MIN_RATE = 0.1  # engagements/min: the floor under every log
_PRIOR_WEIGHT = 1.0  # the prior counts as one fresh post
_SPREAD_PRIOR_POSTS = 8.0  # prior_spread weighs as much as this many posts' deviations
_MAD_TO_SD = 1.4826  # median absolute deviation -> standard deviation of a normal
_FAR_BEYOND = 4  # views this many times the author's followers: far beyond its own audience
_REFRESH_MS = 600_000  # a paged post still spreading fast is re-sent this often
_CRITICAL = 3
_MAX_ACCOUNTS = 32  # watched accounts with a history per brand (configured ones: a handful)
_SHARE_FLOOR = 20  # likes + reposts a post needs before its reply share is learnt from

_CONTROVERSIAL = (
    # ru: contempt for customers, politics, religion, groups of people
    "нищеброд", "быдло", "лох", "идиот", "дебил", "тупые", "холоп", "нытик", "нытье",
    "не нравится", "не покупайте", "кому не нравится", "политик", "войн", "религи", "мигрант",
    "приезжи", "бабы", "женщины должны", "понаехав", "совок", "совков",
    # en
    "idiots", "stupid", "morons", "losers", "poor people", "whiners", "whining", "snowflakes",
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
    fast_factor: float = 5.0  # fast: at least this x the author's usual peak engagements/min
    very_fast_factor: float = 20.0
    # ... and, for a watched account, this many standard deviations of its own log peaks above
    # its usual (the spread: robust, shrunk towards prior_spread while its history is thin)
    fast_deviations: float = 2.5
    prior_spread: float = 1.0  # log-sd of a typical account's post peaks (e: 2.7x either way)
    fast_engagement_per_min: float = 100.0  # ... and never below this
    very_fast_engagement_per_min: float = 1_000.0
    prior_rate: float = 0.001  # usual peak engagements/min per follower, before any history
    history_posts: int = 16  # a watched account's recent posts its usual peak is learnt from
    # The reaction: a post drawing replies far beyond its account's usual share of replies
    # (replies per like or repost: people arguing under it, a "ratio"), learnt like the peak
    # from the account's own posts, with `prior_reply_share` worth one post before any.
    prior_reply_share: float = 0.05
    reply_factor: float = 3.0  # a post's reply share at this x the usual ...
    min_replies: int = 20  # ... with at least this many replies: people argue under it
    history_half_life: str = "30d"
    reach_levels: tuple[int, int] = (1_000_000, 5_000_000)  # influencer views: warning, error
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
        if not 1.0 < self.fast_factor <= self.very_fast_factor:
            raise ValueError("fast_factor must be > 1 and <= very_fast_factor")
        if not 0.0 <= self.fast_deviations <= 10.0:
            raise ValueError("fast_deviations must be within 0..10")
        if not 0.0 < self.prior_spread <= 5.0:
            raise ValueError("prior_spread must be > 0 and <= 5 (a log-sd)")
        if self.prior_rate <= 0:
            raise ValueError("prior_rate must be > 0 (engagements per minute per follower)")
        if self.history_posts < 1:
            raise ValueError("history_posts must be >= 1")
        if not 0.0 < self.prior_reply_share <= 10.0:
            raise ValueError("prior_reply_share must be > 0 and <= 10 (replies per like)")
        if self.reply_factor <= 1.0 or self.min_replies < 1:
            raise ValueError("reply_factor must be > 1 and min_replies >= 1")
        if parse_duration(self.history_half_life) <= 0:
            raise ValueError("history_half_life must be a positive duration such as 30d")
        if not 0 < self.reach_levels[0] <= self.reach_levels[1]:
            raise ValueError("reach_levels must be two positive ascending view counts "
                             "(warning, error)")
        if self.max_seen < 8:
            raise ValueError("max_seen must be >= 8")


class _Seen(msgspec.Struct, array_like=True, gc=False):
    watched: int  # last WATCHED_ACCOUNT level signalled, -1 none
    influencer: int  # last INFLUENCER_NEGATIVE level signalled, -1 none
    engagement: int  # at the velocity baseline
    base_ms: int  # observation time of the velocity baseline
    velocity: float  # best engagements/min seen
    rate: float = 0.0  # engagements/min over the latest _REFRESH_MS or more (smoother)
    rate_engagement: int = 0  # at the start of that interval
    rate_ms: int = 0
    refreshed_ms: int = 0  # observation time its level (either kind) was last sent
    hits: int = -1  # a watched post's controversial_hits, -1 not read yet
    lexicon: float = 0.0  # ... and the lexicon's negativity of its text
    model: float = 0.0  # ... and the model's own (the mention's negativity may be the lexicon's)


class _Peak(msgspec.Struct, array_like=True, gc=False):
    post: int  # post_key
    created_ms: int
    log_rate: float  # log of its peak engagements/min so far
    log_share: float | None = None  # log of its latest reply share (None: too few to tell)


class WatchState(msgspec.Struct):
    clock_ms: int = 0
    seen: dict[int, _Seen] = {}  # key64(source:id) -> seen
    # key64(source:handle) of a watched account -> its latest posts' peaks, oldest first
    accounts: dict[int, list[_Peak]] = {}


def _refresh_due(paged: int, seen: _Seen, fast_level: float, obs: int) -> bool:
    """Re-send a paged post (level >= 1) at its level as an update every _REFRESH_MS while it
    still spreads at half its fast level or more (hysteresis, no flapping around it), so its
    incident stays open while it spreads; an update never reopens a resolved incident."""
    return paged >= 1 and seen.rate >= fast_level / 2 and obs - seen.refreshed_ms >= _REFRESH_MS


def weighted_median(samples: list[tuple[float, float]]) -> float:
    """The weighted median of (value, weight) pairs, interpolated between neighbours: each
    value stands at the middle of its weight on a 0..1 scale, and the answer is read at 0.5.
    Two equal weights give their midpoint; one odd value among three moves it only as far as
    the next value; a weight fading with age moves it smoothly."""
    ranked = sorted((v, w) for v, w in samples if w > 0)
    total = sum(w for _, w in ranked)
    acc = 0.0
    prev: tuple[float, float] | None = None  # (value, position) of the previous sample
    for value, weight in ranked:
        position = (acc + weight / 2) / total
        acc += weight
        if position >= 0.5:
            if prev is None:
                return value
            return prev[0] + (value - prev[0]) * (0.5 - prev[1]) / (position - prev[1])
        prev = (value, position)
    return ranked[-1][0]


class Baseline(NamedTuple):
    """What is usual for a watched account, for the post being judged."""

    usual: float  # peak engagements/min
    spread: float  # log-sd of its posts' peaks (shrunk towards prior_spread)
    posts: int  # earlier posts it rests on
    share: float = 0.05  # replies per like or repost


def reply_share(likes: int, reposts: int, replies: int) -> float:
    """Replies per like or repost: how much a post is argued with rather than approved."""
    return replies / max(likes + reposts, 1)


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
        self.half_life_ms = parse_duration(settings.history_half_life)

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
            seen = _Seen(-1, -1, eng, obs, life, life, eng, obs)
        else:
            dt = obs - seen.base_ms
            if dt >= _MINUTE:
                seen.velocity = max(seen.velocity, life, (eng - seen.engagement) * _MINUTE / dt)
                seen.engagement, seen.base_ms = eng, obs
                if obs - seen.rate_ms >= _REFRESH_MS:
                    seen.rate = (eng - seen.rate_engagement) * _MINUTE / (obs - seen.rate_ms)
                    seen.rate_engagement, seen.rate_ms = eng, obs
            else:
                seen.velocity = max(seen.velocity, life)
        state.seen[pk] = seen  # most recently used last
        trim_oldest(state.seen, self.s.max_seen)
        if e.watched:
            return self._watched(state, seen, e, pk)
        return self._influencer(seen, e, why, obs)

    # ----------------------------------------------------------------------- baselines
    def _prior(self, followers: int) -> float:
        return max(self.s.prior_rate * followers, _MIN_RATE)

    def _levels(self, usual: float, spread: float = 0.0) -> tuple[float, float]:
        """(fast, very fast) engagements/min for an author whose usual peak is `usual` and
        whose log peaks spread by `spread` (0: the factors alone)."""
        s = self.s
        fast = max(s.fast_factor, math.exp(min(s.fast_deviations * spread, 20.0)))
        return (max(s.fast_engagement_per_min, fast * usual),
                max(s.very_fast_engagement_per_min, max(s.very_fast_factor, fast) * usual))

    def usual_peak(self, history: list[_Peak], pk: int, created_ms: int,
                   followers: int) -> Baseline:
        """The usual peak engagements/min of a watched account, how widely its posts' peaks
        spread around it, and how many earlier posts that rests on."""
        prior = math.log(self._prior(followers))
        posts: list[tuple[float, float]] = []
        shares: list[tuple[float, float]] = [(math.log(self.s.prior_reply_share), _PRIOR_WEIGHT)]
        for p in history:
            if p.post != pk and p.created_ms <= created_ms:
                age = max(created_ms - p.created_ms, 0)
                weight = 0.5 ** (age / self.half_life_ms)
                posts.append((p.log_rate, weight))
                if p.log_share is not None:
                    shares.append((p.log_share, weight))
        center = weighted_median([(prior, _PRIOR_WEIGHT), *posts])
        spread = self.s.prior_spread
        weight = sum(w for _, w in posts)
        if weight > 0:
            mad = _MAD_TO_SD * weighted_median([(abs(v - center), w) for v, w in posts])
            spread = math.sqrt((_SPREAD_PRIOR_POSTS * spread ** 2 + weight * mad ** 2)
                               / (_SPREAD_PRIOR_POSTS + weight))
        return Baseline(math.exp(center), spread, len(posts), math.exp(weighted_median(shares)))

    def _remember(self, state: WatchState, account: int, pk: int, created_ms: int,
                  rate: float, share: float | None) -> None:
        """Record a post's peak rate and latest reply share (None: too few likes to tell)."""
        history = state.accounts.pop(account, [])
        state.accounts[account] = history  # most recently used last
        trim_oldest(state.accounts, _MAX_ACCOUNTS)
        log_rate = math.log(max(rate, _MIN_RATE))
        log_share = None if share is None else math.log(max(share, 1e-3))
        for p in history:
            if p.post == pk:
                p.log_rate = max(p.log_rate, log_rate)
                if log_share is not None:
                    p.log_share = log_share
                return
        history.append(_Peak(pk, created_ms, log_rate, log_share))
        history.sort(key=lambda p: p.created_ms)
        del history[: max(0, len(history) - self.s.history_posts)]

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

    def _watched(self, state: WatchState, seen: _Seen, e: Enriched, pk: int) -> list[Signal]:
        m = e.mention
        account = key64(f"{m.source}:{_handle(m.author.handle)}")
        usual, spread, posts, usual_share = self.usual_peak(
            state.accounts.get(account, []), pk, m.created_at_ms, m.author.followers)
        mt = m.metrics
        share = reply_share(mt.likes, mt.reposts, mt.replies)
        self._remember(state, account, pk, m.created_at_ms, seen.velocity,
                       share if mt.likes + mt.reposts >= _SHARE_FLOOR else None)
        fast_level, very_fast_level = self._levels(usual, spread)
        if seen.hits < 0:  # once per post: its text does not change between sightings
            seen.hits = controversial_hits(m.text)
            text = normalise(m.text)
            reading = read(text, e.lang)
            seen.lexicon = lexicon_negativity(reading)
            seen.model = model_negativity(text, reading, lang=e.lang)
        hits = seen.hits
        risky = hits > 0 or min(seen.model, seen.lexicon) >= self.s.min_negativity
        fast = seen.velocity >= fast_level
        very_fast = seen.velocity >= very_fast_level
        argued = mt.replies >= self.s.min_replies and share >= self.s.reply_factor * usual_share
        # The reaction pages, not the wording: risky words raise a reaction by one level. Reach
        # alone is no reaction: a routine post that happens to carry far (on the simulated
        # week's quiet weeks, 7-36x its account's usual) is a note until people argue with it
        # or its words are risky.
        reacting = fast or argued
        level = min(_CRITICAL, argued + (fast and (argued or risky)) + (risky and reacting)
                    + (very_fast and (risky or argued)))
        obs = e.ingested_at_ms or state.clock_ms
        status: SignalStatus = "firing"
        if level <= seen.watched:
            # Re-sent while it spreads, so its incident stays open (and absorbs the account's
            # next posts).
            if not _refresh_due(seen.watched, seen, fast_level, obs):
                return []
            level, status = seen.watched, "update"
        seen.watched, seen.refreshed_ms = level, obs
        what = "risky post" if risky else "post"
        title = f"Watched account @{m.author.handle}: {what}"
        how = []
        if argued:
            how.append(f"drawing {share / usual_share:.0f}x its usual share of replies")
        if fast:
            how.append(f"spreading fast ({seen.velocity / usual:.0f}x its usual)")
        if how:
            title += " " + ", ".join(how)
        return [self._signal(Kind.WATCHED_ACCOUNT, level, e, seen, title, {
            "risky": risky, "controversial_hits": hits,
            "lexicon_negativity": round(seen.lexicon, 3), "fast": fast, "argued": argued,
            "reply_share": round(share, 3), "usual_reply_share": round(usual_share, 3),
            "usual_engagement_per_min": round(usual, 1), "usual_spread": round(spread, 2),
            "fast_engagement_per_min": round(fast_level, 1), "history_posts": posts}, status)]

    def _influencer(self, seen: _Seen, e: Enriched, why: str, obs: int) -> list[Signal]:
        m = e.mention
        fast_level, very_fast_level = self._levels(self._prior(m.author.followers))
        lv = self.s.reach_levels
        views, followers = m.metrics.views, m.author.followers
        spreading = seen.velocity >= fast_level or views >= max(lv[0], followers)
        level = spreading + (seen.velocity >= very_fast_level or
                             views >= max(lv[1], _FAR_BEYOND * followers))
        status: SignalStatus = "firing"
        if level <= seen.influencer:
            if not _refresh_due(seen.influencer, seen, fast_level, obs):
                return []
            level, status = seen.influencer, "update"
        elif seen.influencer >= 1 and seen.rate < fast_level / 2:
            # A rise of a post that no longer spreads (its views crossed a mark long after its
            # burst) is news for its open incident, never a new page (as for stories; blind12
            # 1304: one post paged at 11:03 and again at 20:06, when its views passed 5x its
            # author's followers).
            status = "update"
        seen.influencer, seen.refreshed_ms = level, obs
        title = f"Negative mention by @{m.author.handle} ({m.author.followers:,} followers)"
        if spreading:
            title += " spreading"
        return [self._signal(Kind.INFLUENCER_NEGATIVE, level, e, seen, title, {
            "influential_by": why, "spreading": spreading,
            "fast_engagement_per_min": round(fast_level, 1)}, status)]

    def _signal(self, kind: str, level: int, e: Enriched, seen: _Seen, title: str,
                extra: dict[str, str | int | float | bool],
                status: SignalStatus = "firing") -> Signal:
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
            status=status,
            source_created_at_ms=e.mention.created_at_ms,
            source_appended_at_ms=e.appended_at_ms,
            source_ingested_at_ms=e.ingested_at_ms,
        )
