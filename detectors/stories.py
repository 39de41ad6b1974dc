"""Viral story detector: clusters a brand's mentions into stories and signals a negative story
early, while it is still taking off, then again each time its severity level rises.

Clustering, strongest link first: a known parent (repost_of, quote_of, in_reply_to; children
may arrive before their parent), a shared normalised URL (links in the text, and the post's
own permalink for story origins and big accounts), shared media (hash, else URL),
near-duplicate text (bottom-k MinHash over word bigrams), and content: posts that tell the
same story in other words, other languages, with typos or in transliteration. Text and
content are only compared for mentions that are at least a little negative.

Content (see docs/detection.md, "Stories"): each such post has content keys
(detectors/story_terms.py: concepts shared by RU and EN, crude stems, proper names, numbers)
weighted by their rarity in the brand's own negative posts: a document frequency kept per brand,
halved every `vocabulary_half_life`, so a brand's everyday words ("доставка", "app", its own
name) weigh little and what is new about a story weighs most; a story's own posts do not make
its words common. A post joins the recently active story whose usual keys carry at least
`content_similarity` of its informative weight, sharing at least `content_min_shared`
informative keys (an inverted index finds the candidates). When a post links two stories
(a reply in one that tells the other), they merge: the story that signalled first (else the
older) keeps its id, so one event stays one incident.

Rates are exponentially decayed per-minute averages with time constant `window`: they need
O(1) state, weigh recent growth most and, for a constant rate r, converge to r.
Engagement arrives as deltas between repeated events of the same mention id.

projected_reach = max(reach, views) + horizon_min * max(reach_per_min, views_per_min)
  reach: followers of the story's unique authors; views: summed views of its posts (the root's
  views growing is the root's reach velocity); reach_per_min counts each new author's
  followers up to `credible_followers`.
  A linear extrapolation of the current growth: conservative for an exponential takeoff and
  easy to explain. Severity never falls with it: each level is signalled once.

Levels: a story that is negative on average (`min_negativity`) signals
  warning/error/critical = the highest of: engagement_per_min, authors_per_min,
  voices_per_min (authors of a post in their own words that is at least `text_negativity`
  negative, a copy of the story's text counting half; once the story has `min_voices`, while
  it is younger than `voices_max_age` and as loud as `voices_share` of the brand's other
  negative posts) graded against their three thresholds, and once one of those reached
  warning, projected_reach graded likewise (a story younger than `voices_window` counts its
  voices per minute since it began, see _voice_rate). A story that took posts by content
  alone needs `content_min_authors` authors before its first signal. A story about to signal for the
  first time while another of the brand is signalled and active folds into it (same event)
  unless it is clearly about something else (docs/detection.md, "Stories").
  A post outgrowing its author's audience (views per hour >= `outgrow` x its followers) and
  a story carried by new accounts (`min_new_accounts`, `new_accounts_share`; it needs only
  `text_negativity` on average) count at warning. The brand's own accounts add nothing to
  a story, a big account's engagement no rate.
  Pages need spreading: the sweep re-sends a signalled story's level (an `update`: it keeps
  the incident open, never opens one) only while its pace (_pace) is at least half the
  warning level, and a rise of a story below warning pace is an `update` too.

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
from detectors.model import (
    Enriched,
    Kind,
    Mention,
    MentionRef,
    Severity,
    Signal,
    SignalStatus,
)
from detectors.story_terms import CONCEPT_KEYS, keys_of, name_keys, tokens

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
    "story_of_post",
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
_STORY_TERMS = 32  # content keys a story keeps (its most frequent)
_CANDIDATES = 4  # stories scored per post, those sharing the most indexed keys
_PRIOR_DOCS = 20  # pseudo-posts in every brand's vocabulary: a young one is not over-confident
_COPY_VOICE = 0.5  # what a copy of the story's text counts for as a voice
_BURST = 8.0  # a familiar key this many times more frequent in a story than usual is news...
_BURST_MIN = 8  # ... once that many of its posts have it (fewer in a row are a trickle)
_FAMILIAR = 2  # a key counted this often outside a story is one the brand's posts used before
_FAMILIAR_SHARE = 0.005  # ... and in this share of the posts counted (a busy brand's posts name
# its venues and a few words of every event: a handful of uses is no habit there)
# A signalled story still spreads while its pace (its fastest rate over that rate's warning
# level, see StoryDetector._pace) is at least this: half as fast as a story must be to signal.
_KEEP_PACE = 0.5
# A post telling of force against someone vulnerable (`Enriched.harm`: "a guard pushed an old
# woman out") is a bad story told without an evaluative word, which the scorer reads near
# neutral; for stories it reads at least this negative (min_negativity's default).
_HARM_NEGATIVITY = 0.5

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


def post_key(m: Mention | MentionRef) -> int:
    """The key a post is remembered under: a later record with it is the same post again
    (a metric update or a redelivery); an incident's reference to it finds it too."""
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
    return _signature(_TOKEN.findall(text[:_MAX_TEXT].lower().replace("ё", "е")), min_tokens)


def _signature(words: list[str], min_tokens: int) -> list[int]:
    """Bottom-k hashes of the bigrams of a text's lower-case words."""
    toks = words[:_MAX_TOKENS]
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
    # Voices: authors of a negative post in their own words (not a bare repost, not the brand);
    # a copy of the story's text (near-duplicate) counts half. Many people telling one story
    # themselves is what a paraphrase burst looks like; one sentence everybody repeats all
    # week (a queue, a late courier) is not.
    min_voices: int = 5  # voices a story needs before voices_per_min counts
    voices_per_min: tuple[float, float, float] = (0.25, 3.0, 30.0)
    # Time constant of voices_per_min: longer than `window`, so a few posts in a row of an
    # everyday complaint do not make a rate; ~6 voices within 15 minutes do.
    voices_window: str = "15m"
    # ...and the voices must also be this share of the rate of the brand's other negative
    # posts: for a big brand a recurring complaint ("the courier was late") gets a few posts
    # in a row by chance; one story as loud as half of everything else negative is news.
    voices_share: float = 0.5
    # Time constant of that rate of the brand's other negative posts. Longer than
    # `voices_window`: an event's own retellings that no story took (worded apart, or read
    # as neutral and so never keyed) raise a 15-minute rate within minutes, and the story
    # was then compared with its own spill-over; an hour's average still follows the day.
    negative_window: str = "1h"
    # A story is negative when its mean tone reaches `min_negativity`, or when at least
    # `min_voices` of its authors told it negatively (voices and copies, each at least
    # `text_negativity`), they are this share of its authors and `content_min_authors` of
    # its posts joined by content (told in other words, not forwards of one mild text):
    # retellings of an event ("a guard pushed an old woman out") read near-neutral to the
    # scorer and pull the mean down while most people tell a bad story.
    voices_majority: float = 0.6
    # A story older than this without a signal is a recurring complaint (the same grumble
    # all week clusters into one long story), not news: its voices no longer open a signal.
    voices_max_age: str = "3h"
    # Content: posts telling the same story in other words (see the module docstring).
    content_similarity: float = 0.3  # share of a post's key weight the story's keys carry
    content_min_shared: int = 2  # informative keys a post must share with the story
    content_max_share: float = 0.05  # a key in more of the brand's negative posts is generic
    content_window: str = "1h"  # a story takes posts by content while active this recently
    content_min_authors: int = 3  # a story joined by content signals from this many authors
    # Negative posts the brand's vocabulary must have counted (once) before content joins.
    content_warmup: int = 10
    vocabulary_half_life: str = "1d"
    # A post outgrowing its author's audience: its views growing, between two metric updates,
    # at least `outgrow` times its author's followers per hour, with `outgrow_min_views` views
    # at least, counts as a story at warning (even a story of one post so far). Not for posts
    # that name the brand only by an everyday word, nor the brand's own.
    outgrow: float = 6.0
    outgrow_min_views: int = 1_000
    # A story carried by new accounts (younger than `new_account_age`): at least
    # `min_new_accounts` of its authors and `new_accounts_share` of them counts as a story at
    # warning, and needs only to be a little negative on average (`text_negativity`): a
    # scare forwarded by days-old accounts is news even when the scorer reads it as mild.
    min_new_accounts: int = 5
    new_accounts_share: float = 0.5
    max_vocabulary: int = 1_024  # content keys counted per brand (least recently seen go)
    max_terms: int = 2_048  # inverted index entries: content key -> story

    def __post_init__(self) -> None:
        for name in ("window", "horizon", "idle", "new_account_age", "content_window",
                     "vocabulary_half_life", "voices_window", "voices_max_age",
                     "negative_window"):
            _positive_duration(name, getattr(self, name))
        for name in ("engagement_per_min", "authors_per_min", "projected_reach",
                     "voices_per_min"):
            _validate_levels(name, getattr(self, name))
        if not 0.0 <= self.min_negativity <= 1.0 or not 0.0 <= self.text_negativity <= 1.0:
            raise ValueError("min_negativity and text_negativity must be within 0..1")
        if not 0.0 < self.near_duplicate <= 1.0:
            raise ValueError("near_duplicate must be within (0, 1]")
        if not 0.0 < self.content_similarity <= 1.0:
            raise ValueError("content_similarity must be within (0, 1]")
        if not 0.0 < self.content_max_share < 1.0:
            raise ValueError("content_max_share must be within (0, 1)")
        if self.voices_share < 0.0:
            raise ValueError("voices_share must be >= 0")
        if not 0.0 < self.voices_majority <= 1.0:
            raise ValueError("voices_majority must be within (0, 1]")
        if self.outgrow <= 0.0 or self.outgrow_min_views < 1:
            raise ValueError("outgrow must be > 0 and outgrow_min_views >= 1")
        if self.min_new_accounts < 1 or not 0.0 < self.new_accounts_share <= 1.0:
            raise ValueError("min_new_accounts must be >= 1, new_accounts_share within (0, 1]")
        for name in ("min_mentions", "min_authors", "min_tokens", "min_voices",
                     "content_min_shared", "content_min_authors"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be >= 1")
        if self.content_warmup < 0:
            raise ValueError("content_warmup must be >= 0")
        for name in ("max_stories", "max_posts", "max_keys", "max_authors_per_story",
                     "max_vocabulary", "max_terms"):
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
    voices: int = 0  # new authors whose post was in their own words and negative enough
    copies: int = 0  # new authors whose negative post copied the story's text (half a voice)
    voice_rate: float = 0.0
    keyed: int = 0  # posts whose content keys were counted into `terms`
    by_content: int = 0  # posts that joined by content alone
    terms: dict[int, int] = {}  # content key -> how many of the keyed posts have it (top 32)
    recent: float = 0.0  # keyed posts, decayed with time constant content_window
    outgrown_ms: int = 0  # when one of its posts last outgrew its author's audience
    outgrow_x: float = 0.0  # by how much: views per hour over the author's followers
    # Content key -> the vocabulary's count before the story had it. Last: a checkpoint written
    # before it (array-like) still decodes.
    prior: dict[int, int] = {}
    # Posts that named an everyday-word brand only by the everyday word, not written as a name
    # ("волна за волной"): a story of nothing else opens no page (see `_check`). Last, as above.
    vague: int = 0


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
    # The brand's vocabulary: content key -> negative posts that had it (halved every
    # half-life), and how many posts were counted; least recently seen keys go first.
    vocab: dict[int, int] = {}
    vocab_docs: int = 0
    vocab_ms: int = 0  # last halving
    vocab_warm: bool = False  # vocab_docs reached content_warmup once (halving keeps it warm)
    terms: dict[int, int] = {}  # content key -> the story that has it most (inverted index)
    negative_rate: float = 0.0  # the brand's keyed posts per minute (time constant voices_window)
    negative_ms: int = 0
    merged: dict[int, int] = {}  # story number -> the story it merged into (until the sweep)


def _resolve(state: StoryState, no: int) -> int | None:
    """The live story number a (possibly merged) story number stands for."""
    stories, merged = state.stories, state.merged
    while no not in stories:
        nxt = merged.get(no)
        if nxt is None:
            return None
        no = nxt
    return no


def _trim_terms(story: Story, keep: int) -> None:
    """Keep a story's `keep` most frequent content keys (the older on ties) and their prior
    counts: a key's prior is kept exactly as long as the key."""
    story.terms = dict(sorted(story.terms.items(), key=lambda kv: -kv[1])[:keep])
    story.prior = {k: n for k, n in story.prior.items() if k in story.terms}


def story_of_post(state: StoryState, pk: int) -> Story | None:
    """The live story a post (by its `post_key`) is part of."""
    post = state.posts.get(pk)
    if post is None:
        return None
    no = _resolve(state, post.story)
    return None if no is None else state.stories[no]


# --------------------------------------------------------------------------- detector
class StoryDetector:
    """Per-brand story clustering; `observe` is O(1) apart from <= 4 near-duplicate checks and,
    for negative posts, <= 4 content comparisons of <= 24 keys each."""

    def __init__(self, spec: BrandSpec, settings: StorySettings) -> None:
        self.spec = spec
        self.s = settings
        self.tau_ms = parse_duration(settings.window)
        self.horizon_min = parse_duration(settings.horizon) / _MINUTE
        self.idle_ms = parse_duration(settings.idle)
        self.new_account_ms = parse_duration(settings.new_account_age)
        self.content_ms = parse_duration(settings.content_window)
        self.voices_ms = parse_duration(settings.voices_window)
        self.negative_tau_ms = parse_duration(settings.negative_window)
        self.voices_age_ms = parse_duration(settings.voices_max_age)
        self.half_life_ms = parse_duration(settings.vocabulary_half_life)
        self.min_weight = -math.log(settings.content_max_share)  # idf of an informative key
        # The brand's own name is no content (its other forms become common in the vocabulary).
        self.own = name_keys((spec.name, *spec.aliases))

    def new_state(self) -> StoryState:
        return StoryState()

    def observe(self, state: StoryState, e: Enriched, pk: int | None = None,
                vague: bool = False) -> list[Signal]:
        """`pk`: the mention's `post_key` when the caller has it already. `vague`: the post
        names an everyday-word brand only by the everyday word, not written as a name."""
        m = e.mention
        t = m.created_at_ms
        if t > state.clock_ms:
            state.clock_ms = t
        else:
            t = state.clock_ms
        obs = e.ingested_at_ms or t
        if pk is None:
            pk = post_key(m)
        if e.harm and e.negativity < _HARM_NEGATIVITY and not e.official:
            e = msgspec.structs.replace(e, negativity=_HARM_NEGATIVITY)
        posts = state.posts
        post = posts.pop(pk, None)
        if post is not None:
            no = _resolve(state, post.story)
            if no is not None:
                story = state.stories[no]
                post.story = no
                self._update(story, post, e, t, obs)
                posts[pk] = post  # re-insert: most recently used last
                return [] if e.official else self._check(state, story, no, e, t)
        story, no, terms, by_content, copy = self._place(state, e, pk, t)
        engagement = self._join(story, e, t, obs, by_content, copy)
        if vague and not e.official:
            story.vague += 1
        if terms:
            self._learn(state, story, no, terms, t)
        posts[pk] = _Post(no, engagement, m.metrics.views, obs // 1000)
        trim_oldest(posts, self.s.max_posts)
        return [] if e.official else self._check(state, story, no, e, t)

    def tick(self, state: StoryState, now_ms: int) -> list[Signal]:
        """Every 10 minutes (tick runs often for every brand): re-send the level of each
        signalled story that is still spreading (its pace at least `_KEEP_PACE`) as an
        `update`, so its incident stays open while it spreads (levels are signalled once and
        the engine resolves incidents that go quiet) but never opens or reopens: an old story
        that gets one more reply or a trickle of views stays quiet. Then forget idle stories,
        halve the vocabulary once per half-life and drop content keys of stories no post can
        join by content."""
        if now_ms - state.swept_ms < _SWEEP_MS:
            return []
        since, state.swept_ms = state.swept_ms, now_ms
        stories = state.stories
        out: list[Signal] = []
        for st in stories.values():
            if st.level and st.last_ms > since and self._negative(st, self._fresh(st)):
                self._decay(st, now_ms)
                if self._pace(state, st, now_ms) >= _KEEP_PACE:
                    out.append(self._signal(st, None, now_ms, st.level, self.projected_reach(st),
                                            "update"))
        horizon = now_ms - self.idle_ms
        for no in [n for n, st in stories.items() if st.last_ms < horizon]:
            del stories[no]
        quiet = now_ms - self.content_ms
        for st in stories.values():
            if st.terms and st.last_ms < quiet and st.level == 0 and st.mentions <= 1:
                st.terms = {}
                st.prior = {}
        posts: dict[int, _Post] = {}
        for k, p in state.posts.items():
            live = _resolve(state, p.story)
            if live is not None:
                p.story = live
                posts[k] = p
        state.posts = posts
        state.keys = {k: n for k, n in ((k, _resolve(state, n)) for k, n in state.keys.items())
                      if n is not None}
        state.terms = {k: n for k, n in ((k, _resolve(state, n)) for k, n in state.terms.items())
                       if n is not None and stories[n].terms and stories[n].last_ms >= quiet}
        state.merged = {}
        if state.vocab_ms == 0:
            state.vocab_ms = now_ms
        elif now_ms - state.vocab_ms >= self.half_life_ms:
            state.vocab_ms = now_ms
            state.vocab = {k: n // 2 for k, n in state.vocab.items() if n >= 2}
            state.vocab_docs //= 2
        return out

    # ----------------------------------------------------------------------- clustering
    def _lookup(self, state: StoryState, key: int) -> tuple[Story, int] | None:
        no = state.keys.get(key)
        if no is None:
            return None
        live = _resolve(state, no)
        if live is None:
            del state.keys[key]
            return None
        del state.keys[key]
        state.keys[key] = live  # most recently used last
        return state.stories[live], live

    def _place(self, state: StoryState, e: Enriched, pk: int, t: int
               ) -> tuple[Story, int, list[int], bool, bool]:
        """Find the story this new post belongs to (or create it) and index its keys.

        Returns the story, its number, the post's content keys ([] unless it is negative
        and has text of its own), whether it joined by content alone and whether its text is
        a copy of the story's (near-duplicate of its signature)."""
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
                    live = None if p is None else _resolve(state, p.story)
                    if live is not None:
                        found = state.stories[live], live
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
        terms: list[int] = []
        if e.negativity >= s.text_negativity and not e.official:
            words = tokens(text)  # once for both: no links, no @handles
            if found is None or (not found[0].sig and not parent_keys):
                sig = _signature(words, s.min_tokens)
            if not m.repost_of or (text and not text.isspace()):
                terms = keys_of(words, self.own)
        copy = False
        if found is None and sig:
            found = self._near_duplicate(state, sig)
            copy = found is not None
        by_content = False
        if terms and state.vocab_warm:
            matches = self._content_match(state, terms, t, None if found is None else found[1])
            if matches and found is None:
                found, by_content = matches.pop(0), True
            for match in matches:  # the post ties stories together: one event, one story
                if found is not None and match[1] != found[1] and match[1] in state.stories:
                    found = self._merge(state, found, match, t)
        if found is None:
            story, no = self._create(state, e, root or m.id, t)
            if m.url:
                keys[key64("u:" + normalise_url(m.url))] = no
        else:
            story, no = found
            if by_content and sig and story.sig:
                nd = s.near_duplicate
                copy = _similarity(set(sig), story.sig, nd) >= nd
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
        return story, no, terms, by_content, copy

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

    # ----------------------------------------------------------------------- content
    @staticmethod
    def _weight(state: StoryState, key: int, own: float) -> float:
        """Rarity (idf) of a key among the brand's negative posts other than `own` of them: the
        posts of the story it is compared with that do not count against it (`_own`)."""
        n = state.vocab.get(key, 0) - own
        return math.log((state.vocab_docs + _PRIOR_DOCS + 1) / (n + 1 if n > 0 else 1))

    @staticmethod
    def _own(story: Story) -> float:
        """The share of a story's posts whose keys do not count against it.

        A burst must not make its own words common: its recent posts (within about
        content_window) do not count. Its older ones do: a complaint that recurs all day
        ("delivery took an hour, food cold") is the brand's everyday vocabulary and must not
        keep its words rare, or it would swallow every post on the topic. Once a story has
        been signalled, none of its posts count: the crisis's words are the crisis's."""
        if story.level:
            return 1.0
        return min(story.recent / story.keyed, 1.0) if story.keyed else 0.0

    def _score(self, state: StoryState, story: Story, terms: list[int]) -> tuple[float, int]:
        """How well a story's usual keys cover a post: the share of the post's key weight
        found in the story, each shared key counted by how usual it is in the story (in at
        least half its posts: fully), and how many informative keys they share."""
        st = story.terms
        half = max(story.keyed, 1) / 2
        own = self._own(story)
        floor = self.min_weight
        covered = total = 0.0
        shared = 0
        for k in terms:
            n = st.get(k, 0)
            w = self._weight(state, k, n * own)
            total += w
            if n:
                covered += w * min(n / half, 1.0)
                shared += w >= floor
        return (covered / total if total > 0 else 0.0), shared

    def _content_match(self, state: StoryState, terms: list[int], t: int,
                       skip: int | None) -> list[tuple[Story, int]]:
        """The active stories the post tells (best first): each carries at least
        content_similarity of its key weight with content_min_shared informative keys."""
        index = state.terms
        hits: dict[int, int] = {}
        for k in terms:
            no = index.get(k)
            if no is not None:
                hits[no] = hits.get(no, 0) + 1
        if not hits:
            return []
        found: list[tuple[float, Story, int]] = []
        floor = self.s.content_similarity
        active = t - self.content_ms
        stories = state.stories
        ranked = sorted(hits.items(), key=lambda kv: -kv[1]) if len(hits) > 1 else hits.items()
        tried: list[int] = []
        for no, _ in islice(ranked, _CANDIDATES):
            live = _resolve(state, no)
            if live is None or live == skip or live in tried:
                continue
            tried.append(live)
            story = stories[live]
            if story.last_ms < active or not story.terms:
                continue
            score, shared = self._score(state, story, terms)
            if shared >= self.s.content_min_shared and score >= floor:
                found.append((score, story, live))
        found.sort(key=lambda x: -x[0])
        return [(story, no) for _, story, no in found]

    def _learn(self, state: StoryState, story: Story, no: int, terms: list[int], t: int) -> None:
        """Count a post's keys into its story, the vocabulary and the inverted index (keys
        informative for the story point to it, unless a bigger active story has them)."""
        s = self.s
        st, vocab, index, prior = story.terms, state.vocab, state.terms, story.prior
        # Informative: (df - own + 1) / (docs + prior + 1) <= content_max_share (see _weight).
        limit = s.content_max_share * (state.vocab_docs + _PRIOR_DOCS + 2) - 1
        active = t - self.content_ms
        story.keyed += 1
        story.recent += 1.0
        own = self._own(story)
        for k in terms:
            n = st.get(k, 0) + 1
            st[k] = n
            df = vocab.pop(k, 0) + 1
            vocab[k] = df  # most recently seen last
            if n == 1:
                prior[k] = df - 1
            if df - n * own > limit:
                continue
            owner = index.get(k)
            if owner == no:
                continue
            if owner is not None:
                live = _resolve(state, owner)
                if live is not None and live != no:
                    other = state.stories[live]
                    if other.last_ms >= active and other.terms.get(k, 0) >= n:
                        continue  # a bigger story keeps the key
                del index[k]
            index[k] = no
        if len(st) > _STORY_TERMS:
            _trim_terms(story, _STORY_TERMS * 3 // 4)
        state.vocab_docs += 1
        if not state.vocab_warm and state.vocab_docs >= s.content_warmup:
            state.vocab_warm = True
        state.negative_rate = self._negative_rate(state, t) + _MINUTE / self.negative_tau_ms
        state.negative_ms = t
        trim_oldest(index, s.max_terms)
        trim_oldest(vocab, s.max_vocabulary)

    def _negative_rate(self, state: StoryState, t: int) -> float:
        if t <= state.negative_ms:
            return state.negative_rate
        return state.negative_rate * math.exp((state.negative_ms - t) / self.negative_tau_ms)

    def _merge(self, state: StoryState, a: tuple[Story, int], b: tuple[Story, int],
               t: int) -> tuple[Story, int]:
        """One story of two: the one that signalled (else the older) keeps its id and number,
        so the incident already open goes on; the other's counts are added to it."""
        (keep, kn), (gone, gn) = sorted((a, b), key=lambda x: (x[0].level == 0, x[0].first_ms,
                                                               x[1]))
        self._decay(keep, t)
        self._decay(gone, t)
        fresh = gone.author_set - keep.author_set
        cap = self.s.max_authors_per_story
        keep.authors += len(fresh) + max(gone.authors - len(gone.author_set), 0)
        keep.author_set |= set(islice(fresh, max(cap - len(keep.author_set), 0)))
        keep.mentions += gone.mentions
        keep.reach += gone.reach
        keep.engagement += gone.engagement
        keep.views += gone.views
        keep.neg_sum += gone.neg_sum
        keep.neg_n += gone.neg_n
        keep.negative += gone.negative
        keep.new_accounts += gone.new_accounts
        keep.eng_rate += gone.eng_rate
        keep.auth_rate += gone.auth_rate
        keep.reach_rate += gone.reach_rate
        keep.views_rate += gone.views_rate
        keep.voices += gone.voices
        keep.copies += gone.copies
        keep.voice_rate += gone.voice_rate
        keep.keyed += gone.keyed
        keep.recent += gone.recent
        keep.by_content += gone.by_content
        keep.vague += gone.vague
        keep.level = max(keep.level, gone.level)
        keep.outgrown_ms = max(keep.outgrown_ms, gone.outgrown_ms)
        keep.outgrow_x = max(keep.outgrow_x, gone.outgrow_x)
        keep.credible = keep.credible or gone.credible
        keep.last_ms = max(keep.last_ms, gone.last_ms)
        if gone.first_ms < keep.first_ms:  # the event began with the other story's origin
            keep.first_ms = gone.first_ms
            keep.origin_low_rep = gone.origin_low_rep
            refs = [*gone.refs[:1], *keep.refs, *gone.refs[1:]]
        else:
            refs = [*keep.refs, *gone.refs]
        keep.refs = refs[:1] + sorted(refs[1:], key=lambda r: -r.reach)[:2]
        for lang, n in gone.langs.items():
            if lang in keep.langs or len(keep.langs) < _MAX_LANGS:
                keep.langs[lang] = keep.langs.get(lang, 0) + n
        terms, prior = keep.terms, keep.prior
        for k, n in gone.terms.items():
            terms[k] = terms.get(k, 0) + n
        for k, n in gone.prior.items():
            prior[k] = min(prior.get(k, n), n)
        if len(terms) > _STORY_TERMS:
            _trim_terms(keep, _STORY_TERMS)
        if not keep.sig:
            keep.sig = gone.sig
        del state.stories[gn]
        state.merged[gn] = kn
        return keep, kn

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
            story.voice_rate *= math.exp((story.rate_ms - t) / self.voices_ms)
            story.recent *= math.exp((story.rate_ms - t) / self.content_ms)
            story.rate_ms = t

    def _update(self, story: Story, post: _Post, e: Enriched, t: int, obs: int) -> None:
        """A repeated mention id: only the growth of its metrics since the last event counts."""
        met = e.mention.metrics
        d_eng = met.engagement - post.engagement
        d_views = met.views - post.views
        dt = obs - post.seen_s * 1000
        if d_eng <= 0 and d_views <= 0:
            return
        if e.official:  # the brand's own post: its reach is no spread of a story about it
            post.engagement, post.views, post.seen_s = met.engagement, met.views, obs // 1000
            return
        self._decay(story, t)
        s = self.s
        if d_views > 0 and met.views >= s.outgrow_min_views and not e.ambiguous \
                and e.negativity >= s.text_negativity:
            # views per hour since the last update over the author's followers
            x = d_views * 60 * _MINUTE / max(dt, _MINUTE) / max(e.mention.author.followers, 1)
            if x >= s.outgrow:
                story.outgrown_ms = t
                story.outgrow_x = max(story.outgrow_x, round(x, 1))
        if d_eng > 0:
            story.engagement += d_eng
            if e.mention.author.followers < s.credible_followers:  # see _join
                story.eng_rate += spread(d_eng, dt, self.tau_ms)
            post.engagement = met.engagement
        if d_views > 0:
            story.views += d_views
            story.views_rate += spread(d_views, dt, self.tau_ms)
            post.views = met.views
        post.seen_s = obs // 1000
        story.last_ms = t

    def _join(self, story: Story, e: Enriched, t: int, obs: int, by_content: bool,
              copy: bool) -> int:
        """Count a new post into its story; returns the post's engagement (a property that
        adds three counts: the caller needs it too)."""
        m = e.mention
        a = m.author
        s = self.s
        tau = self.tau_ms
        followers = a.followers
        self._decay(story, t)
        if e.official:
            # The brand's own accounts never count as spread of a story about it (a reply of
            # the desk under a complaint is no author, reach, voice or tone of the story).
            story.last_ms = t
            if not story.refs:
                story.refs.append(mention_ref(e))
            return m.metrics.engagement
        story.mentions += 1
        story.by_content += by_content
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
        text = m.text
        own_text = not m.repost_of or bool(text and not text.isspace())  # a bare repost: no tone
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
            if own_text and e.negativity >= s.text_negativity and not e.official:
                if copy:  # copying a text is less than telling it, more than a repost
                    story.copies += 1
                    story.voice_rate += _COPY_VOICE * _MINUTE / self.voices_ms
                else:
                    story.voices += 1
                    story.voice_rate += _MINUTE / self.voices_ms
        if not story.credible and not e.official and (
                a.verified or followers >= s.credible_followers
                or m.source in s.credible_sources):
            story.credible = True
        if own_text:
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
            # A big account's engagement is its audience's usual (judged against the
            # account's own history elsewhere), not a story spreading: it adds no rate.
            if followers < s.credible_followers:
                story.eng_rate += spread(engagement, age, tau)
            story.views_rate += spread(views, age, tau)
        return engagement

    # ----------------------------------------------------------------------- signalling
    def _check(self, state: StoryState, story: Story, no: int, e: Enriched,
               t: int) -> list[Signal]:
        s = self.s
        fresh = self._fresh(story)
        if not self._negative(story, fresh):
            return []
        outgrowing = story.outgrown_ms > 0 and t - story.outgrown_ms <= self.tau_ms
        if story.level == 0 and not outgrowing and (
                story.mentions < s.min_mentions or story.authors < s.min_authors
                or (story.by_content and story.authors < s.content_min_authors)):
            return []  # too small for a first signal, whatever its rates (most new stories)
        if story.level == 0 and story.vague >= story.mentions:
            # Every post named the brand only by its everyday word, never as a name: a storm's
            # "волна за волной" whose words the brand's context model happens to read as the
            # operator's. The first post that names it clearly (handle, «Волна», "у Волны",
            # "Волна Мобайл") lets the story signal; a real event about the brand has one soon.
            return []
        voices = self._voice_rate(state, story, t)
        if story.level == 0 and voices >= s.voices_per_min[0] and self._no_news(state, story, t):
            voices = 0.0  # everyday complaints told again, not news
        v = max(_grade(story.eng_rate, s.engagement_per_min),
                _grade(story.auth_rate, s.authors_per_min),
                _grade(voices, s.voices_per_min),
                int(outgrowing or fresh))
        if story.level == 0 and v == 0:
            return []
        if story.level == 0:
            event = self._same_event(state, story, no, t)
            if event is not None:  # a further wave of a story already paged: fold it in
                keep, kn = self._merge(state, event, (story, no), t)
                return self._check(state, keep, kn, e, t)
        projected = self.projected_reach(story)
        level = max(v, _grade(projected, s.projected_reach))
        if level <= story.level:
            return []
        # A rise of a story that no longer spreads (its reach grew by a late post or a
        # trickle of views) is news for its open incident, not a page of its own.
        status: SignalStatus = "firing" if story.level == 0 or \
            self._pace(state, story, t) >= 1.0 else "update"
        story.level = level
        return [self._signal(story, e, t, level, projected, status)]

    def _no_news(self, state: StoryState, story: Story, t: int) -> bool:
        """Voices that tell no new event: a familiar story (_familiar), or a chain of different
        everyday complaints, joined mostly by content, pair by pair ("the bun falls apart" to
        "the bun falls apart ... no paper in the toilet" to "no paper in the toilet"), that
        share no usual informative key. The posts of one event, even paraphrased, name it in
        common words (the guard, the grandmother, the rumour's claim)."""
        usual = self._usual_keys(state, story)
        if not usual:
            return 2 * story.by_content >= story.mentions
        return self._familiar(state, story, usual, t)

    def _familiar(self, state: StoryState, story: Story, usual: list[int], t: int) -> bool:
        """Told in words the brand's negative posts used before it: at least half of the
        story's usual informative keys (in half its posts) were counted outside it in the
        vocabulary (about the last day) at least `_FAMILIAR` times and in `_FAMILIAR_SHARE`
        of the posts counted (a busy brand's customers name the venue of a new event, or
        "video", a few times a day without telling it), unless the key most of its posts
        share is new: counted fewer than `_FAMILIAR` times before the story had it (the
        guard, in a story told with the grandmother, the door and the video its customers
        name every day; a new side word, "a woman" in a story of the guard customers wrote
        about before, is not enough). A new event brings new words; a trickle of complaints
        about a common problem (the same change short again, the same queue) repeats what
        customers wrote before, and its voices are no news. Unless a usual key bursts: in
        `_BURST_MIN` of its posts and `_BURST` times as many as the brand's negative posts of
        the story's span would hold at the key's share outside it (a guard story on a brand
        whose customers name a guard a dozen times a day, told by ten people in twenty
        minutes)."""
        vocab, terms, prior = state.vocab, story.terms, story.prior
        top = max(terms[k] for k in usual)
        if any(terms[k] == top and prior.get(k, _FAMILIAR) < _FAMILIAR for k in usual):
            return False
        span = self._negative_rate(state, t) * max(t - story.first_ms, self.tau_ms) / _MINUTE
        others = max(state.vocab_docs - story.keyed, 1)
        for k in usual:
            n = terms[k]
            if n >= _BURST_MIN and n >= _BURST * span * (vocab.get(k, 0) - n) / others:
                return False
        bar = max(_FAMILIAR, _FAMILIAR_SHARE * state.vocab_docs)
        seen = sum(vocab.get(k, 0) - terms[k] >= bar for k in usual)
        return 2 * seen >= len(usual)

    def _usual_keys(self, state: StoryState, story: Story) -> list[int]:
        """The story's usual informative keys: in half its posts, weighing `min_weight`."""
        half = max(story.keyed, 1) / 2
        floor = self.min_weight
        share = self._own(story)
        return [k for k, n in story.terms.items()
                if n >= half and self._weight(state, k, n * share) >= floor]

    def _fresh(self, story: Story) -> bool:
        """Carried by new accounts: `min_new_accounts` of its authors, `new_accounts_share`."""
        s = self.s
        return story.new_accounts >= s.min_new_accounts and \
            story.new_accounts >= s.new_accounts_share * story.authors

    def _negative(self, story: Story, fresh: bool) -> bool:
        """Negative on average (`min_negativity`, or `text_negativity` for a story carried by
        new accounts), or told negatively by most of its authors (`voices_majority`), some of
        them in words of their own (`content_min_authors` posts joined by content: forwards
        of one mild text are not people telling a story)."""
        s = self.s
        tone = s.text_negativity if fresh else s.min_negativity
        if story.neg_n > 0 and story.neg_sum >= tone * story.neg_n:
            return True
        told = story.voices + story.copies
        return told >= s.min_voices and told >= s.voices_majority * story.authors and \
            story.by_content >= s.content_min_authors

    def _voice_rate(self, state: StoryState, story: Story, t: int) -> float:
        """voices_per_min as it counts for the story's level: 0 until it has `min_voices`,
        once it is older than `voices_max_age` without a signal, and while quieter than
        `voices_share` of the brand's other negative posts.

        A story younger than `voices_window` has had no time to build its decayed average (it
        starts from nothing, while the brand's rate it is compared with is long settled): its
        rate is divided by 1 - exp(-age / voices_window), which makes it the average since the
        story began (voices / age for a young story), with the age taken as at least `window`
        so that a few posts in a row are no rate."""
        s = self.s
        age = t - story.first_ms
        if story.voices + _COPY_VOICE * story.copies < s.min_voices or (
                not story.level and age > self.voices_age_ms):
            return 0.0
        raw = story.voice_rate
        rate = raw / -math.expm1(-max(age, self.tau_ms) / self.voices_ms)
        # The story's own posts are in the brand's rate too, weighted by its longer window.
        own = raw * self.voices_ms / self.negative_tau_ms
        return rate if rate >= s.voices_share * (self._negative_rate(state, t) - own) else 0.0

    def _pace(self, state: StoryState, story: Story, t: int) -> float:
        """How fast a story spreads now, in multiples of the warning level: the highest of
        its engagement, author and voice rates and of its reach velocity (60 min x the
        growth of followers reached or of views, as in projected_reach), each over its
        warning threshold. 1: as fast as a story must be to signal."""
        s = self.s
        return max(story.eng_rate / s.engagement_per_min[0],
                   story.auth_rate / s.authors_per_min[0],
                   self._voice_rate(state, story, t) / s.voices_per_min[0],
                   self._reach_velocity(story) / s.projected_reach[0])

    def _same_event(self, state: StoryState, story: Story, no: int,
                    t: int) -> tuple[Story, int] | None:
        """The signalled, still active story a story about to signal belongs to, if any.

        While a brand's story is spreading, people also react without link or shared wording
        ("is this true? any details?", "I bought it yesterday!"), and those reactions cluster
        among themselves. A new story is the same event unless it is clearly about something
        else: at least two concepts of its own (informative, in half its posts: people,
        things, events) and no informative key in common with the active story. Then the most
        similar active story takes it. Two stories both carried by new accounts (_fresh) are
        one campaign whatever their words."""
        active = t - self.content_ms
        events = [(st, n) for n, st in state.stories.items()
                  if st.level and n != no and st.last_ms >= active]
        if not events:
            return None
        own = self._usual_keys(state, story)
        things = sum(k in CONCEPT_KEYS for k in own)
        fresh = self._fresh(story)
        best, best_score = None, -1.0
        for st, n in events:
            score, shared = self._score(state, st, own) if own else (0.0, 0)
            if things >= 2 and shared == 0 and not (fresh and self._fresh(st)):
                continue
            if score > best_score:
                best, best_score = (st, n), score
        return best

    def projected_reach(self, story: Story) -> int:
        return int(max(story.reach, story.views) + self._reach_velocity(story))

    def _reach_velocity(self, story: Story) -> float:
        """Reach the story gains in `horizon_min` at its current growth of followers reached
        or of views."""
        return self.horizon_min * max(story.reach_rate, story.views_rate)

    def _signal(self, story: Story, e: Enriched | None, t: int, level: int,
                projected: int, status: SignalStatus = "firing") -> Signal:
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
                "voices": story.voices,
                "copies": story.copies,
                "voices_per_min": round(story.voice_rate, 2),
                "joined_by_content": story.by_content,
                "outgrow": story.outgrow_x,
            },
            status=status,
            source_created_at_ms=e.mention.created_at_ms if e is not None else 0,
            source_appended_at_ms=e.appended_at_ms if e is not None else 0,
            source_ingested_at_ms=e.ingested_at_ms if e is not None else 0,
        )
