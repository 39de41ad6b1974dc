"""Scenario streams: realistic mentions of a brand crisis (or of an ordinary week), in time order.

Pure and deterministic: a stream depends only on the scenario, its seed and its start time
(one `random.Random`, no clock, no I/O). So the unit tests, `crisiswatch simulate` and a
backtest of its output all see the same mentions. Scenarios live in `detectors/scenarios/`;
this module is the toolkit they are written with: people, posts, metric updates that arrive
later, Poisson arrivals with daily seasonality, and the noise real text has (typos, lower
case, emoji).
"""

from __future__ import annotations

import math
import random
import string
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from operator import itemgetter
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

import msgspec

__all__ = ["DAY", "HOUR", "MIN", "Event", "Names", "Persona", "Post", "Scenario", "Sim",
           "compress", "daily_rate", "deployment", "noisy"]

SEC = 1_000
MIN = 60 * SEC
HOUR = 60 * MIN
DAY = 24 * HOUR

# Sources tell the language of a post on some networks only; elsewhere it is detected.
_LANG_TAGGED = frozenset({"x", "bluesky", "mastodon", "youtube"})
# How long a connector takes to deliver a post (seconds): the stream is not perfectly sorted
# by created_at, as in production.
_LAG_S = {"x": (1, 6), "bluesky": (1, 4), "mastodon": (2, 15), "telegram": (1, 10),
          "vk": (3, 30), "reviews": (5, 30), "news": (5, 30)}
_DEFAULT_LAG_S = (2, 20)

_FIRST_RU = ("olga", "dima", "sasha", "katya", "ivan", "masha", "lena", "sergey", "anya",
             "pasha", "nastya", "artem", "yulia", "kostya", "vika", "denis", "ira", "roma",
             "tanya", "misha", "sveta", "oleg", "natasha", "zhenya")
_LAST_RU = ("ivanova", "petrov", "smirnova", "kuznetsov", "popova", "sokolov", "lebedeva",
            "kozlov", "novikova", "morozov", "volkova", "zaitsev", "orlova", "belov")
_FIRST_EN = ("kate", "tom", "anna", "mike", "emma", "josh", "lucy", "dan", "sara", "alex",
             "nina", "jack", "mia", "sam")
_LAST_EN = ("miller", "reed", "carter", "hughes", "walsh", "brooks", "fox", "grant", "shaw",
            "lane")
_NAME_RU = {"olga": "Ольга", "dima": "Дима", "sasha": "Саша", "katya": "Катя", "ivan": "Иван",
            "masha": "Маша", "lena": "Лена", "sergey": "Сергей", "anya": "Аня", "pasha": "Паша",
            "nastya": "Настя", "artem": "Артём", "yulia": "Юля", "kostya": "Костя",
            "vika": "Вика", "denis": "Денис", "ira": "Ира", "roma": "Рома", "tanya": "Таня",
            "misha": "Миша", "sveta": "Света", "oleg": "Олег", "natasha": "Наташа",
            "zhenya": "Женя"}
_HANDLE_TAILS = ("", "_", ".", "_spb", "_msk", "88", "1987", "_home", "x", "_life", "_77")


class Persona(NamedTuple):
    """An author as the mention event carries it."""

    id: str
    handle: str
    name: str
    followers: int
    verified: bool = False
    created_at_ms: int | None = None

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "handle": self.handle, "name": self.name,
                               "followers": self.followers, "verified": self.verified}
        if self.created_at_ms is not None:
            out["created_at"] = self.created_at_ms
        return out


class Names(NamedTuple):
    """How people write a brand's name: forms per language, picked at random."""

    ru: tuple[str, ...]
    en: tuple[str, ...]

    def pick(self, rng: random.Random, lang: str) -> str:
        forms = self.en if lang == "en" else self.ru
        return rng.choice(forms)


@dataclass(frozen=True, slots=True)
class Event:
    """One mention event and when it reaches the pipeline (a metric update of a post arrives
    after the post, with the post's `created_at`)."""

    at_ms: int
    mention: dict[str, Any]

    def json(self) -> bytes:
        return msgspec.json.encode(self.mention)


@dataclass(slots=True)
class Post:
    """A posted mention, to reply to, quote, repost or update."""

    id: str
    source: str
    url: str
    author: Persona
    created_ms: int
    body: dict[str, Any]


@dataclass(frozen=True)
class Scenario:
    name: str
    summary: str
    duration_ms: int
    config: Mapping[str, Any]  # the config file it is meant for (brands, routing, incidents)
    build: Callable[[Sim], None]
    expect: str  # what the detectors should make of it (for --list and the docs)
    history_ms: int = 0  # the first part is history a live run sends at once (baselines)

    def events(self, seed: int, start_ms: int) -> list[Event]:
        sim = Sim(seed, start_ms, self.duration_ms)
        self.build(sim)
        return sim.events()


def deployment(brands: list[dict[str, Any]]) -> dict[str, Any]:
    """The config file a scenario runs with: its brands, paged to the console from warning up,
    the default incident timers."""
    return {"incidents": {"group_wait": "0s", "group_interval": "1m", "auto_resolve": "30m"},
            "routing": {"receivers": ["console"], "min_severity": "warning"},
            "brands": brands}


class Sim:
    """A scenario under construction: `post` and `update` record events at absolute times."""

    def __init__(self, seed: int, start_ms: int, duration_ms: int) -> None:
        self.rng = random.Random(seed)
        self.start = start_ms
        self.end = start_ms + duration_ms
        self._events: list[tuple[int, int, dict[str, Any]]] = []
        self._n = 0
        self._handles: set[str] = set()

    # ---------------------------------------------------------------- time and chance
    def at(self, hours: float) -> int:
        """Absolute time `hours` after the start."""
        return self.start + round(hours * HOUR)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, items: Sequence[Any]) -> Any:
        return items[self.rng.randrange(len(items))]

    def arrivals(self, rate_per_min: Callable[[int], float], start: int, end: int) -> Iterator[int]:
        """Times of a Poisson process with a rate that may change every minute."""
        rng = self.rng
        t = start
        while t < end:
            step = min(MIN, end - t)
            for _ in range(_poisson(rng, rate_per_min(t) * step / MIN)):
                yield t + rng.randrange(step)
            t += step

    def rising(self, start: int, end: int, count: int, shape: float = 3.0) -> list[int]:
        """`count` times between start and end, denser towards the end (a story taking off)."""
        span = end - start
        return sorted(start + int(span * self.rng.random() ** (1.0 / shape)) for _ in range(count))

    def fading(self, start: int, end: int, count: int, shape: float = 3.0) -> list[int]:
        """`count` times between start and end, densest at the start (a story cooling down)."""
        span = end - start
        return sorted(start + int(span * (1.0 - self.rng.random() ** (1.0 / shape)))
                      for _ in range(count))

    # ---------------------------------------------------------------- people
    def person(self, lang: str = "ru", *, followers: int | None = None, verified: bool = False,
               age_days: float | None = None, handle: str | None = None,
               name: str | None = None) -> Persona:
        """A new author; followers default to a long-tailed distribution (median ~250)."""
        rng = self.rng
        if handle is None:
            handle = self._new_handle(lang)
        else:
            self._handles.add(handle)
        if name is None:
            name = _display_name(handle, lang)
        if followers is None:
            followers = min(int(math.exp(rng.gauss(5.5, 1.5))), 90_000)
        created = None if age_days is None else self.start - round(age_days * DAY)
        self._n += 1
        return Persona(f"u{self._n}", handle, name, followers, verified, created)

    def _new_handle(self, lang: str) -> str:
        rng = self.rng
        while True:
            if lang == "en" or rng.random() < 0.15:
                first, last = rng.choice(_FIRST_EN), rng.choice(_LAST_EN)
            else:
                first, last = rng.choice(_FIRST_RU), rng.choice(_LAST_RU)
            style = rng.randrange(4)
            base = (f"{first}_{last}" if style == 0 else f"{first}{last[:3]}" if style == 1
                    else f"{last}.{first}" if style == 2 else first)
            handle = base + rng.choice(_HANDLE_TAILS) + (str(rng.randrange(10, 999))
                                                         if style == 3 else "")
            if handle not in self._handles:
                self._handles.add(handle)
                return handle

    # ---------------------------------------------------------------- posts
    def post(self, created: int, who: Persona, text: str, *, source: str = "x",
             lang: str | None = None, reply_to: Post | None = None, quote: Post | None = None,
             repost: Post | None = None, media: Sequence[Mapping[str, str]] = (),
             likes: int = 0, reposts: int = 0, replies: int = 0, views: int = 0,
             brand: str | None = None, extra: Mapping[str, Any] | None = None) -> Post:
        """Record a new mention, delivered a few seconds after it was written; `extra`: fields
        a source adds beyond the schema (a review's rating), kept by the pipeline as is."""
        self._n += 1
        pid, url = _address(source, who.handle, self._n, self.rng)
        body: dict[str, Any] = {"id": pid, "source": source, "url": url, "created_at": created,
                                "text": text, "author": who.as_json()}
        if lang is not None and source in _LANG_TAGGED:
            body["lang"] = lang
        if reply_to is not None:
            body["in_reply_to"] = reply_to.id
            body["reply_to_author"] = reply_to.author.handle
        if quote is not None:
            body["quote_of"] = quote.id
        if repost is not None:
            body["repost_of"] = repost.id
        if media:
            body["media"] = [dict(m) for m in media]
        body["metrics"] = {"likes": likes, "reposts": reposts, "replies": replies, "views": views}
        if brand is not None:
            body["brand"] = brand
        if extra:
            body.update(extra)
        low, high = _LAG_S.get(source, _DEFAULT_LAG_S)
        self._emit(created + self.rng.randint(low * SEC, high * SEC), body)
        return Post(pid, source, url, who, created, body)

    def update(self, post: Post, at: int, **metrics: int) -> None:
        """The same mention seen again at `at` with new engagement counts (never lower)."""
        current = dict(post.body["metrics"])
        for key, value in metrics.items():
            current[key] = max(current[key], value)
        post.body = {**post.body, "metrics": current}
        self._emit(at, post.body)

    def grow(self, post: Post, start: int, end: int, every: int, final: Mapping[str, int],
             midpoint: float = 0.4, steepness: float = 8.0) -> None:
        """Metric updates every `every` ms along a logistic curve reaching `final` at `end`."""
        span = end - start

        def share(t: int) -> float:
            x = (t - start) / span
            lo = 1 / (1 + math.exp(steepness * midpoint))
            hi = 1 / (1 + math.exp(-steepness * (1 - midpoint)))
            return (1 / (1 + math.exp(-steepness * (x - midpoint))) - lo) / (hi - lo)

        t = start + every
        while t <= end:
            f = share(t)
            jitter = 0.97 + 0.06 * self.rng.random()
            self.update(post, t + self.rng.randrange(every // 10 + 1),
                        **{k: int(v * f * jitter) for k, v in final.items()})
            t += every

    def _emit(self, at: int, body: dict[str, Any]) -> None:
        if self.start <= at <= self.end:
            self._n += 1
            self._events.append((at, self._n, body))

    def events(self) -> list[Event]:
        return [Event(at, body) for at, _, body in sorted(self._events, key=itemgetter(0, 1))]

    # ---------------------------------------------------------------- text
    def say(self, lines: Sequence[str], names: Names | None = None, lang: str = "ru",
            typos: float = 0.12, **values: str) -> str:
        """A random line filled with a brand name form (`{b}`) and `values`, with noise."""
        template = noisy(self.rng, self.pick(lines), typos)
        fill = dict(values)
        if names is not None:
            fill["b"] = names.pick(self.rng, lang)
        fill.setdefault("n", str(self.rng.randrange(2, 60)))
        return template.format_map(fill)


def _poisson(rng: random.Random, lam: float) -> int:
    """Poisson by inversion (exact; rates per minute here are small)."""
    if lam <= 0.0:
        return 0
    if lam > 60.0:  # normal approximation, never used for quiet traffic
        return max(0, round(rng.gauss(lam, math.sqrt(lam))))
    u = rng.random()
    k = 0
    p = cdf = math.exp(-lam)
    while u > cdf:
        k += 1
        p *= lam / k
        cdf += p
    return k


def _display_name(handle: str, lang: str) -> str:
    first = handle.split("_")[0].split(".")[-1].rstrip(string.digits)
    if lang == "ru" and first in _NAME_RU:
        return _NAME_RU[first]
    return first.capitalize() or handle


def _address(source: str, handle: str, n: int, rng: random.Random) -> tuple[str, str]:
    """A source-style id and permalink (fictional ids on the networks' URL schemes)."""
    if source == "x":
        pid = str(1_866_000_000_000_000_000 + n * 7_919_003 + rng.randrange(1000))
        return pid, f"https://x.com/{handle}/status/{pid}"
    if source == "vk":
        pid = f"{rng.randrange(10_000, 900_000)}_{n}"
        return pid, f"https://vk.com/wall{pid}"
    if source == "telegram":
        pid = f"{handle}/{1000 + n}"
        return pid, f"https://t.me/{pid}"
    if source == "reviews":
        pid = str(3_100_000 + n)
        return pid, f"https://otzovik.example/review_{pid}.html"
    if source == "news":
        pid = f"news-{n}"
        return pid, f"https://{handle}.example/news/{n}"
    if source == "bluesky":
        pid = f"3l{n:010d}"
        return pid, f"https://bsky.app/profile/{handle}.bsky.social/post/{pid}"
    pid = f"{source}-{n}"
    return pid, f"https://{source}.example/{handle}/{n}"


# ------------------------------------------------------------------------------ noise
def noisy(rng: random.Random, text: str, typos: float) -> str:
    """What hurried typing does: a swapped, dropped or doubled letter, no capitals, no final
    full stop. `{placeholders}` are never touched (brand names are filled in afterwards)."""
    if typos <= 0.0:
        return text
    if rng.random() < typos:
        words = text.split(" ")
        candidates = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
        if candidates:
            i = rng.choice(candidates)
            words[i] = _typo(rng, words[i])
            text = " ".join(words)
    if rng.random() < typos:
        text = _lower_outside_braces(text)
    if text.endswith(".") and rng.random() < 0.5:
        text = text[:-1]
    return text


def _typo(rng: random.Random, word: str) -> str:
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == 1:
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def _lower_outside_braces(text: str) -> str:
    out, depth = [], 0
    for ch in text:
        depth += ch == "{"
        out.append(ch if depth else ch.lower())
        depth -= ch == "}"
    return "".join(out)


# ------------------------------------------------------------------------------ seasonality
@lru_cache(maxsize=16)
def _zone(tz: str) -> ZoneInfo:
    return ZoneInfo(tz)


def daily_rate(t_ms: int, tz: str, peak: float, *, night: float = 0.08,
               weekend: float = 1.0) -> float:
    """Mentions per minute at `t_ms`: quiet nights, a lunch peak and an evening bump in the
    brand's local time; `weekend` scales Saturdays and Sundays."""
    local = datetime.fromtimestamp(t_ms / 1000, _zone(tz))
    h = local.hour + local.minute / 60
    shape = max(math.exp(-(((h - 13.0) / 3.2) ** 2)),
                0.75 * math.exp(-(((h - 20.0) / 2.2) ** 2)))
    rate = peak * (night + (1.0 - night) * shape)
    return rate * (weekend if local.weekday() >= 5 else 1.0)


def compress(events: Sequence[Event], pivot_ms: int, speed: float) -> list[Event]:
    """The stream played `speed` times faster after `pivot_ms`: later post and delivery times
    move closer to it (earlier ones, and account creation times, are history and stay)."""
    if speed == 1.0:
        return list(events)

    def move(t: int) -> int:
        return t if t <= pivot_ms else pivot_ms + round((t - pivot_ms) / speed)

    out = []
    for e in events:
        m = dict(e.mention)
        m["created_at"] = move(m["created_at"])
        out.append(Event(move(e.at_ms), m))
    return out
