"""Viral story detector: clusters a brand's mentions into stories and signals a negative story
early, while it is still taking off, then again each time its severity level rises.

Clustering, strongest link first: a known parent (repost_of, quote_of, in_reply_to; children
may arrive before their parent), a shared normalised URL (links in the text, and the post's
own permalink for story origins and big accounts), shared media (hash, else URL), and
near-duplicate text (bottom-k MinHash over word bigrams, for mentions that are at least a
little negative). URL and media keys join languages; text only joins texts that share words.

Rates are exponentially decayed per-minute averages with time constant `window`: they need
O(1) state, weigh recent growth most and, for a constant rate r, converge to r.
Engagement arrives as deltas between repeated events of the same mention id.

projected_reach = max(reach, views) + horizon_min * max(reach_per_min, views_per_min)
  reach: followers of the story's unique authors; views: summed views of its posts;
  reach_per_min counts each new author's followers up to `credible_followers`.
  A linear extrapolation of the current growth: conservative for an exponential takeoff and
  easy to explain. Severity never falls with it: each level is signalled once.

Event time: a brand's clock is the latest `created_at_ms` seen (metric updates carry no time
of their own); the time between two updates of one post is measured on `ingested_at_ms` when
the enrichment stamped it, else on that clock.
"""

from __future__ import annotations

import math
import re
from itertools import islice, pairwise
from typing import Any
from zlib import adler32, crc32

import msgspec

from detectors.config import BrandSpec
from detectors.durations import parse_duration
from detectors.model import Enriched, Kind, Mention, MentionRef, Severity, Signal

__all__ = [
    "Ref",
    "Story",
    "StoryDetector",
    "StorySettings",
    "StoryState",
    "key64",
    "mention_ref",
    "normalise_url",
    "spread",
    "text_signature",
    "trim_oldest",
]

REF_TEXT_CHARS = 280
_MINUTE = 60_000
_SWEEP_MS = 600_000
_MAX_LANGS = 8
_MAX_LINKS = 3
_BANDS = 4  # smallest signature hashes used as LSH bucket keys
_SIG_K = 16  # bottom-k signature length
_MAX_TOKENS = 32  # a long text is recognised by its lead
_MAX_TEXT = 400  # characters scanned for words
_TOP_FLAG = 1 << 63  # string keys live in [2^63, 2^64); text buckets below 2^32

_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'«»]+", re.IGNORECASE)
_TOKEN = re.compile(r"[^\W_]+")
_HOST_PREFIXES = ("www.", "m.", "mobile.")
_TRACKING = ("utm_", "fbclid", "gclid", "yclid", "igshid", "mc_cid", "mc_eid", "si=", "ref_src")


# --------------------------------------------------------------------------- shared helpers
class Ref(msgspec.Struct, frozen=True, array_like=True, gc=False):
    """MentionRef as kept in detector state: positional, so the changelog carries no names."""

    id: str
    source: str
    url: str
    text: str
    author: str
    lang: str
    reach: int
    negativity: float
    created_at_ms: int

    def public(self) -> MentionRef:
        return MentionRef(self.id, self.source, self.url, self.text, self.author, self.lang,
                          self.reach, self.negativity, self.created_at_ms)


def mention_ref(e: Enriched) -> Ref:
    m = e.mention
    text = m.text if len(m.text) <= REF_TEXT_CHARS else m.text[: REF_TEXT_CHARS - 1] + "…"
    return Ref(m.id, m.source, m.url, text, m.author.handle, e.lang, m.author.followers,
               round(e.negativity, 3), m.created_at_ms)


def key64(s: str) -> int:
    """Stable 64-bit key (crc32 and adler32; top bit set) for persisted hash indexes."""
    b = s.encode()
    return _TOP_FLAG | (crc32(b) << 32) | adler32(b)


def post_key(m: Mention) -> int:
    """The key a post is remembered under: a later record with it is the same post again
    (a metric update or a redelivery)."""
    return key64(f"{m.source}:{m.id}")


def spread(delta: float, dt_ms: int, tau_ms: int) -> float:
    """What `delta` units accrued evenly over the last `dt_ms` add to a decayed per-minute rate.

    Bounded by delta/tau however small dt is, so bursty or late metric updates cannot blow up.
    """
    if dt_ms <= 1000:
        return delta * _MINUTE / tau_ms
    return delta * _MINUTE / dt_ms * -math.expm1(-dt_ms / tau_ms)


def trim_oldest(d: dict[Any, Any], cap: int) -> None:
    """Drop the oldest-inserted quarter once over `cap`: amortised O(1), keeps dicts bounded."""
    if len(d) > cap:
        for k in list(islice(d, len(d) - cap * 3 // 4)):
            del d[k]


def normalise_url(url: str) -> str:
    """Scheme-less, lower-case host without www./m., no tracking params, fragment or '/'."""
    u = url.strip().rstrip(".,;:!?)")
    i = u.find("://")
    if i >= 0:
        u = u[i + 3:]
    if "#" in u:
        u = u[: u.index("#")]
    query = ""
    if "?" in u:
        u, _, query = u.partition("?")
        query = "&".join(p for p in query.split("&") if p and p.lower() != "si"
                         and not p.lower().startswith(_TRACKING))
    host, slash, path = u.partition("/")
    host = host.lower()
    if host.startswith(_HOST_PREFIXES):
        host = host[host.index(".") + 1:]
    u = f"{host}/{path.rstrip('/')}" if slash else host
    return f"{u.rstrip('/')}?{query}" if query else u.rstrip("/")


def text_signature(text: str, min_tokens: int) -> list[int]:
    """Bottom-k hashes of word bigrams (sorted); [] when the text is too short to compare."""
    if "http" in text or "www." in text:
        text = _URL.sub(" ", text)
    return _word_signature(text, min_tokens)


def _word_signature(text: str, min_tokens: int) -> list[int]:
    """text_signature of a text whose links are already removed."""
    toks = _TOKEN.findall(text[:_MAX_TEXT].lower().replace("ё", "е"))[:_MAX_TOKENS]
    if len(toks) < min_tokens:
        return []
    hs = [crc32(w.encode()) for w in toks]
    grams = {((a * 0x01000193) ^ b) & 0xFFFFFFFF for a, b in pairwise(hs)}
    return sorted(grams)[:_SIG_K]


def _similarity(sa: set[int], b: list[int], floor: float) -> float:
    """Bottom-k Jaccard estimate: the share of the union's k smallest found in both.

    Returns 0 early when even counting every shared hash could not reach `floor`.
    """
    both = sa.intersection(b)
    union = len(sa) + len(b) - len(both)
    k = min(_SIG_K, union)
    if len(both) < floor * k:
        return 0.0
    if union <= _SIG_K:  # the whole union is the k smallest (copy-paste: identical signatures)
        return len(both) / k
    cut = sorted(sa.union(b))[k - 1]
    return len([x for x in both if x <= cut]) / k


def _grade(x: float, th: tuple[float, float, float]) -> int:
    """0 below the first threshold, else 1..3 = warning/error/critical."""
    return (x >= th[0]) + (x >= th[1]) + (x >= th[2])


def _validate_levels(name: str, th: tuple[float, float, float]) -> None:
    if not 0 < th[0] <= th[1] <= th[2]:
        raise ValueError(f"{name} must be three positive ascending numbers "
                         f"(warning, error, critical), got {list(th)}")


def _positive_duration(name: str, value: str) -> int:
    ms = parse_duration(value)
    if ms <= 0:
        raise ValueError(f"{name} must be a positive duration such as 5m, got {value!r}")
    return ms


# --------------------------------------------------------------------------- settings, state
class StorySettings(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """Thresholds; rates are decayed per-minute averages (see module docstring)."""

    window: str = "5m"  # time constant of the rates
    horizon: str = "1h"  # projection horizon for projected_reach
    idle: str = "6h"  # forget a story after this long without activity
    min_negativity: float = 0.5  # mean negativity of the mentions that carry own text
    min_mentions: int = 2  # a story needs this many posts before its first signal
    min_authors: int = 1
    engagement_per_min: tuple[float, float, float] = (100.0, 1_000.0, 10_000.0)
    authors_per_min: tuple[float, float, float] = (2.0, 20.0, 100.0)
    projected_reach: tuple[float, float, float] = (100_000.0, 1_000_000.0, 5_000_000.0)
    near_duplicate: float = 0.5  # estimated Jaccard of word bigrams to join by text
    # Text is only compared for mentions at least this negative: positive copy-paste
    # (campaigns, giveaways) is most duplicate text and can never make a story negative.
    text_negativity: float = 0.25
    min_tokens: int = 6  # shorter texts are not compared
    low_reputation_followers: int = 1_000  # below this (and not verified): low reputation
    new_account_age: str = "30d"  # younger accounts count as new
    credible_followers: int = 100_000  # verified or this many followers vouch for a story
    credible_sources: tuple[str, ...] = ("news",)
    max_stories: int = 200
    max_posts: int = 4_096  # mention ids remembered for metric deltas and parent links
    max_keys: int = 4_096  # URL / media / parent / text bucket keys
    max_authors_per_story: int = 64  # exact author set; beyond it new posts count as new authors

    def __post_init__(self) -> None:
        for name in ("window", "horizon", "idle", "new_account_age"):
            _positive_duration(name, getattr(self, name))
        for name in ("engagement_per_min", "authors_per_min", "projected_reach"):
            _validate_levels(name, getattr(self, name))
        if not 0.0 <= self.min_negativity <= 1.0 or not 0.0 <= self.text_negativity <= 1.0:
            raise ValueError("min_negativity and text_negativity must be within 0..1")
        if not 0.0 < self.near_duplicate <= 1.0:
            raise ValueError("near_duplicate must be within (0, 1]")
        for name in ("min_mentions", "min_authors", "min_tokens"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be >= 1")
        for name in ("max_stories", "max_posts", "max_keys", "max_authors_per_story"):
            if getattr(self, name) < 8:
                raise ValueError(f"{name} must be >= 8")
        if self.low_reputation_followers < 0 or self.credible_followers < 1:
            raise ValueError("low_reputation_followers must be >= 0, credible_followers >= 1")


class Story(msgspec.Struct, array_like=True, gc=False):  # no cycles: GC need not track it
    id: str  # "<source>:<root mention id>": stable, the incident group
    first_ms: int
    last_ms: int
    mentions: int = 0
    authors: int = 0
    reach: int = 0
    engagement: int = 0
    views: int = 0
    neg_sum: float = 0.0
    neg_n: int = 0
    negative: int = 0  # mentions with sentiment "negative"
    new_accounts: int = 0
    eng_rate: float = 0.0
    auth_rate: float = 0.0
    reach_rate: float = 0.0
    views_rate: float = 0.0
    rate_ms: int = 0
    level: int = 0  # last signalled severity + 1 (0: none yet)
    credible: bool = False
    origin_low_rep: bool = False
    langs: dict[str, int] = {}
    author_set: set[int] = msgspec.field(default_factory=set)
    sig: list[int] = []
    refs: list[Ref] = []  # [origin, up to two biggest authors with a reputation]


class _Post(msgspec.Struct, array_like=True, gc=False):
    story: int
    engagement: int
    views: int
    seen_s: int  # observation time in seconds: 5 msgpack bytes instead of 9


class StoryState(msgspec.Struct):
    clock_ms: int = 0
    swept_ms: int = 0
    next_no: int = 0
    stories: dict[int, Story] = {}
    posts: dict[int, _Post] = {}  # key64(source:id) -> post
    keys: dict[int, int] = {}  # url/media/parent/text-bucket key -> story number


# --------------------------------------------------------------------------- detector
class StoryDetector:
    """Per-brand story clustering; `observe` is O(1) apart from <= 4 near-duplicate checks."""

    def __init__(self, spec: BrandSpec, settings: StorySettings) -> None:
        self.spec = spec
        self.s = settings
        self.tau_ms = parse_duration(settings.window)
        self.horizon_min = parse_duration(settings.horizon) / _MINUTE
        self.idle_ms = parse_duration(settings.idle)
        self.new_account_ms = parse_duration(settings.new_account_age)

    def new_state(self) -> StoryState:
        return StoryState()

    def observe(self, state: StoryState, e: Enriched, pk: int | None = None) -> list[Signal]:
        """`pk`: the mention's `post_key` when the caller has it already."""
        m = e.mention
        t = m.created_at_ms
        if t > state.clock_ms:
            state.clock_ms = t
        else:
            t = state.clock_ms
        obs = e.ingested_at_ms or t
        if pk is None:
            pk = post_key(m)
        posts = state.posts
        post = posts.pop(pk, None)
        if post is not None:
            story = state.stories.get(post.story)
            if story is not None:
                self._update(story, post, e, t, obs)
                posts[pk] = post  # re-insert: most recently used last
                return self._check(story, e, t)
        story, no = self._place(state, e, pk, t)
        engagement = self._join(story, e, t, obs)
        posts[pk] = _Post(no, engagement, m.metrics.views, obs // 1000)
        trim_oldest(posts, self.s.max_posts)
        return self._check(story, e, t)

    def tick(self, state: StoryState, now_ms: int) -> list[Signal]:
        """Every 10 minutes (tick runs often for every brand): re-send the level of each
        signalled story that is still active (a post or engagement since the last sweep), so
        its incident stays open while it spreads (levels are signalled once and the engine
        resolves incidents that go quiet), then forget idle stories."""
        if now_ms - state.swept_ms < _SWEEP_MS:
            return []
        since, state.swept_ms = state.swept_ms, now_ms
        stories = state.stories
        negative = self.s.min_negativity
        out = [self._signal(st, None, now_ms, st.level, self.projected_reach(st))
               for st in stories.values()
               if st.level and st.last_ms > since and st.neg_sum >= negative * st.neg_n]
        horizon = now_ms - self.idle_ms
        for no in [n for n, st in stories.items() if st.last_ms < horizon]:
            del stories[no]
        state.posts = {k: p for k, p in state.posts.items() if p.story in stories}
        state.keys = {k: n for k, n in state.keys.items() if n in stories}
        return out

    # ----------------------------------------------------------------------- clustering
    def _lookup(self, state: StoryState, key: int) -> tuple[Story, int] | None:
        no = state.keys.get(key)
        if no is None:
            return None
        story = state.stories.get(no)
        if story is None:
            del state.keys[key]
            return None
        state.keys[key] = state.keys.pop(key)  # most recently used last
        return story, no

    def _place(self, state: StoryState, e: Enriched, pk: int, t: int) -> tuple[Story, int]:
        """Find the story this new post belongs to (or create it) and index its keys."""
        m = e.mention
        s = self.s
        keys, posts = state.keys, state.posts
        # Its replies/reposts arrived first.
        found = self._lookup(state, pk)
        parent_keys: list[int] = []
        root = ""
        if m.repost_of or m.quote_of or m.in_reply_to:
            for ref in (m.repost_of, m.quote_of, m.in_reply_to):
                if not ref:
                    continue
                root = root or ref
                rk = key64(f"{m.source}:{ref}")
                if found is None:
                    p = posts.get(rk)
                    if p is not None and p.story in state.stories:
                        found = state.stories[p.story], p.story
                    else:
                        found = self._lookup(state, rk)
                parent_keys.append(rk)
        content: list[int] = []
        text = m.text
        linked = "http" in text or "www." in text  # the URL regex runs only when it may match
        if linked:
            for u in islice(_URL.findall(text), _MAX_LINKS):
                content.append(key64("u:" + normalise_url(u)))
        for md in m.media:
            if md.hash or md.url:
                content.append(key64("h:" + md.hash if md.hash else "u:" + normalise_url(md.url)))
        if found is None:
            for k in content:
                found = self._lookup(state, k)
                if found is not None:
                    break
        sig: list[int] = []
        if e.negativity >= s.text_negativity and (
                found is None or (not found[0].sig and not parent_keys)):
            sig = _word_signature(_URL.sub(" ", text) if linked else text, s.min_tokens)
        if found is None and sig:
            found = self._near_duplicate(state, sig)
        if found is None:
            story, no = self._create(state, e, root or m.id, t)
            if m.url:
                keys[key64("u:" + normalise_url(m.url))] = no
        else:
            story, no = found
            if m.url and m.author.followers >= s.credible_followers:
                keys.setdefault(key64("u:" + normalise_url(m.url)), no)
        for k in parent_keys:
            if k not in posts:
                keys.setdefault(k, no)
        for k in content:
            keys.setdefault(k, no)
        if sig and not story.sig:
            story.sig = sig
            for b in sig[:_BANDS]:
                keys.setdefault(b, no)
        trim_oldest(keys, s.max_keys)
        return story, no

    def _near_duplicate(self, state: StoryState, sig: list[int]) -> tuple[Story, int] | None:
        best: tuple[Story, int] | None = None
        best_sim = self.s.near_duplicate
        tried: list[int] = []
        sa: set[int] | None = None  # built on the first candidate: most texts have none
        for b in sig[:_BANDS]:
            hit = self._lookup(state, b)
            if hit is not None and hit[0].sig and hit[1] not in tried:
                tried.append(hit[1])
                if sa is None:
                    sa = set(sig)
                sim = _similarity(sa, hit[0].sig, best_sim)
                if sim >= best_sim:
                    best, best_sim = hit, sim
        return best

    def _create(self, state: StoryState, e: Enriched, root: str, t: int) -> tuple[Story, int]:
        no = state.next_no
        state.next_no += 1
        m = e.mention
        story = Story(id=f"{m.source}:{root}", first_ms=m.created_at_ms, last_ms=t, rate_ms=t,
                      origin_low_rep=self._low_rep(e))
        state.stories[no] = story
        if len(state.stories) > self.s.max_stories:
            self._evict(state)
        return story, no

    def _evict(self, state: StoryState) -> None:
        """Drop a quarter: single-post stories first (oldest created first, no sorting), then
        the least recently active of the growing ones."""
        stories = state.stories
        excess = len(stories) - self.s.max_stories * 3 // 4
        singles = (n for n, st in stories.items() if st.mentions <= 1 and st.level == 0)
        victims = list(islice(singles, excess))  # stops at `excess`: no need to scan them all
        if len(victims) < excess:
            chosen = set(victims)
            rest = sorted((st.last_ms, n) for n, st in stories.items() if n not in chosen)
            victims += [n for _, n in rest[: excess - len(victims)]]
        for no in victims:
            del stories[no]

    # ----------------------------------------------------------------------- accounting
    def _low_rep(self, e: Enriched) -> bool:
        a = e.mention.author
        if a.created_at_ms is not None and \
                e.mention.created_at_ms - a.created_at_ms < self.new_account_ms:
            return True
        return not a.verified and a.followers < self.s.low_reputation_followers

    def _decay(self, story: Story, t: int) -> None:
        if t > story.rate_ms:
            f = math.exp((story.rate_ms - t) / self.tau_ms)
            story.eng_rate *= f
            story.auth_rate *= f
            story.reach_rate *= f
            story.views_rate *= f
            story.rate_ms = t

    def _update(self, story: Story, post: _Post, e: Enriched, t: int, obs: int) -> None:
        """A repeated mention id: only the growth of its metrics since the last event counts."""
        met = e.mention.metrics
        d_eng = met.engagement - post.engagement
        d_views = met.views - post.views
        dt = obs - post.seen_s * 1000
        if d_eng <= 0 and d_views <= 0:
            return
        self._decay(story, t)
        if d_eng > 0:
            story.engagement += d_eng
            story.eng_rate += spread(d_eng, dt, self.tau_ms)
            post.engagement = met.engagement
        if d_views > 0:
            story.views += d_views
            story.views_rate += spread(d_views, dt, self.tau_ms)
            post.views = met.views
        post.seen_s = obs // 1000
        story.last_ms = t

    def _join(self, story: Story, e: Enriched, t: int, obs: int) -> int:
        """Count a new post into its story; returns the post's engagement (a property that
        adds three counts: the caller needs it too)."""
        m = e.mention
        a = m.author
        s = self.s
        tau = self.tau_ms
        followers = a.followers
        self._decay(story, t)
        story.mentions += 1
        story.last_ms = t
        refs = story.refs
        if not refs:
            refs.append(mention_ref(e))
        elif m.created_at_ms < story.first_ms:  # the true origin arrived after its reposts
            story.first_ms = m.created_at_ms
            story.origin_low_rep = self._low_rep(e)
            refs.insert(0, mention_ref(e))
            del refs[3:]
        elif followers >= s.low_reputation_followers and (
                len(refs) < 3 or followers > min(r.reach for r in refs[1:])):
            if len(refs) >= 3:
                refs.remove(min(refs[1:], key=lambda r: r.reach))
            refs.append(mention_ref(e))
        ah = crc32(f"{m.source}:{a.id or a.handle or m.id}".encode())
        authors = story.author_set
        if ah not in authors:
            if len(authors) < s.max_authors_per_story:
                authors.add(ah)
            story.authors += 1
            story.reach += followers
            story.auth_rate += _MINUTE / tau
            # one big account is a jump, not a trend: cap what it adds to the growth rate
            story.reach_rate += min(followers, s.credible_followers) * _MINUTE / tau
            if a.created_at_ms is not None and \
                    m.created_at_ms - a.created_at_ms < self.new_account_ms:
                story.new_accounts += 1
        if not story.credible and not e.official and (
                a.verified or followers >= s.credible_followers
                or m.source in s.credible_sources):
            story.credible = True
        text = m.text
        if not m.repost_of or (text and not text.isspace()):  # a bare repost: no tone
            story.neg_sum += e.negativity
            story.neg_n += 1
            story.negative += e.sentiment == "negative"
        langs = story.langs
        lang = e.lang
        if lang in langs or len(langs) < _MAX_LANGS:
            langs[lang] = langs.get(lang, 0) + 1
        met = m.metrics
        engagement = met.engagement
        views = met.views
        if engagement or views:
            age = max(obs - m.created_at_ms, 0)
            story.engagement += engagement
            story.views += views
            story.eng_rate += spread(engagement, age, tau)
            story.views_rate += spread(views, age, tau)
        return engagement

    # ----------------------------------------------------------------------- signalling
    def _check(self, story: Story, e: Enriched, t: int) -> list[Signal]:
        s = self.s
        if story.neg_n == 0 or story.neg_sum < s.min_negativity * story.neg_n:
            return []
        if story.level == 0 and (story.mentions < s.min_mentions
                                 or story.authors < s.min_authors):
            return []  # too small for a first signal, whatever its rates (most new stories)
        v = max(_grade(story.eng_rate, s.engagement_per_min),
                _grade(story.auth_rate, s.authors_per_min))
        if story.level == 0 and v == 0:
            return []
        projected = self.projected_reach(story)
        level = max(v, _grade(projected, s.projected_reach))
        if level <= story.level:
            return []
        story.level = level
        return [self._signal(story, e, t, level, projected)]

    def projected_reach(self, story: Story) -> int:
        return int(max(story.reach, story.views)
                   + self.horizon_min * max(story.reach_rate, story.views_rate))

    def _signal(self, story: Story, e: Enriched | None, t: int, level: int,
                projected: int) -> Signal:
        refs = [story.refs[0], *sorted(story.refs[1:], key=lambda r: -r.reach)]
        if e is not None and len(refs) < 3 and all(r.id != e.mention.id for r in refs):
            refs.append(mention_ref(e))  # the post that tipped it over
        neg = story.neg_sum / story.neg_n
        return Signal(
            brand=self.spec.id,
            kind=Kind.VIRAL_STORY,
            severity=Severity(level),
            at_ms=t,
            title=(f"Negative story spreading: {story.mentions} posts by {story.authors} "
                   f"authors, {story.eng_rate:.0f} engagements/min"),
            group=story.id,
            observed=round(story.eng_rate, 1),
            expected=self.s.engagement_per_min[0],
            reach=max(story.reach, story.views),
            projected_reach=projected,
            languages=dict(story.langs),
            negative_share=round(story.negative / story.neg_n, 3),
            unverified=story.origin_low_rep and not story.credible,
            mentions=tuple(r.public() for r in refs),
            details={
                "posts": story.mentions,
                "authors": story.authors,
                "engagement": story.engagement,
                "views": story.views,
                "followers_reach": story.reach,
                "engagement_per_min": round(story.eng_rate, 1),
                "authors_per_min": round(story.auth_rate, 2),
                "reach_per_min": round(story.reach_rate),
                "views_per_min": round(story.views_rate),
                "negativity": round(neg, 3),
                "age_min": round((t - story.first_ms) / _MINUTE, 1),
                "new_accounts": story.new_accounts,
                "credible_carrier": story.credible,
                "low_reputation_origin": story.origin_low_rep,
                "authors_capped": len(story.author_set) >= self.s.max_authors_per_story,
            },
            source_created_at_ms=e.mention.created_at_ms if e is not None else 0,
            source_appended_at_ms=e.appended_at_ms if e is not None else 0,
            source_ingested_at_ms=e.ingested_at_ms if e is not None else 0,
        )
