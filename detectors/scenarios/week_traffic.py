"""One brand's traffic in the simulated week (week.py): its people, desk and executive, and
what they post: organic mentions, threads, posts to the official account and the desk's answers,
reviews, decoys, influencers, the brand's own posts and the executive's; plus the helpers the
storm and the crises write with.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from detectors.complaints import BusinessClock
from detectors.scenarios.banks import Bank, BrandTexts, Texts
from detectors.scenarios.textgen import Slots, render, translit
from detectors.scenarios.week_brands import CASES, HOURS, TZ, Brand
from detectors.simulation import DAY, HOUR, MIN, Persona, Post, Sim, daily_rate

__all__ = ["BrandWeek", "CrisisRecord", "WeekText", "brand_slots", "local_time", "lognormal",
           "pick_lang", "pick_source", "tag"]

REVIEW_DISPUTE = 0.08  # answered negative reviews the brand disputes (where it has such texts)
_RU_SOURCES = (("vk", 34), ("telegram", 24), ("x", 12), ("forum", 8), ("instagram", 9),
               ("youtube", 6), ("dzen", 4), ("bluesky", 1), ("tiktok", 2))
_EN_SOURCES = (("x", 40), ("forum", 22), ("bluesky", 12), ("instagram", 10), ("youtube", 10),
               ("mastodon", 6))


@dataclass
class CrisisRecord:
    """What a bench needs to judge a crisis: when it starts (by the crisis's own definition)
    and which mentions are part of it (`source:id`)."""

    name: str
    brand: str
    start_ms: int
    end_ms: int  # end of the crisis window for counting further pages
    start_is: str  # what the start is ("first post", "the brand's reply", ...)
    posts: set[str] = field(default_factory=set)
    business: bool = False  # minutes to page are business minutes (the SLA crisis)


class WeekText:
    """Rendering a brand's templates in a language class: ru, en, mixed or translit."""

    def __init__(self, bank: Bank, brand: Brand) -> None:
        self.bank = bank
        self.brand = brand
        self.texts: BrandTexts = bank.brands[brand.id]
        self.slots = {lang: brand_slots(bank, brand, lang) for lang in ("ru", "en")}

    def say(self, rng: random.Random, texts: Texts, lang: str, typos: float = 0.12,
            fixed: Mapping[str, Mapping[str, str]] | None = None) -> tuple[str, str]:
        """(text, language class actually used): a class without templates falls back to ru.
        `fixed`: slot values by side ("ru", "en") that stay the same (one crisis, one story)."""
        lines = texts.en if lang == "en" else texts.mixed if lang == "mixed" else texts.ru
        if not lines:
            lang, lines = ("ru", texts.ru) if texts.ru else ("en", texts.en)
        side = "en" if lang == "en" else "ru"
        slots: Slots = self.slots[side]
        if fixed and fixed.get(side):
            slots = {**slots, **{k: (v,) for k, v in fixed[side].items()}}
        text = render(rng, lines, slots, typos)
        if lang == "translit":
            text = translit(text)
        return text, lang


def brand_slots(bank: Bank, brand: Brand, lang: str) -> dict[str, tuple[str, ...]]:
    side = "en" if lang == "en" else "ru"
    out = dict(getattr(bank.vocab, side))
    out.update(getattr(bank.brands[brand.id].vocab, side))
    if side == "en":
        out.update(dict.fromkeys(CASES, brand.forms_en))
    else:
        out.update(brand.forms)
    out["h"] = ("@" + brand.official,)
    out["ceo"] = (brand.exec_name,)
    return out


def pick_lang(rng: random.Random, en: float = 0.3) -> str:
    """Mostly Russian (a little of it mixed RU/EN or transliterated), the rest English: 30 %
    of organic posts, so that with reviews, replies and the desk's answers a brand's mentions
    are about 25 % English."""
    r = rng.random()
    if r < en:
        return "en"
    r = (r - en) / (1 - en)
    return "mixed" if r < 0.045 else "translit" if r < 0.08 else "ru"


def pick_source(rng: random.Random, lang: str) -> str:
    table = _EN_SOURCES if lang == "en" else _RU_SOURCES
    total = sum(w for _, w in table)
    x = rng.random() * total
    for name, w in table:
        x -= w
        if x < 0:
            return name
    return table[-1][0]


def tag(lang: str) -> str:
    """The `lang` a tagging network puts on a post (transliterated Russian: undetermined)."""
    return "en" if lang == "en" else "und" if lang == "translit" else "ru"


@cache
def _shape_mean(night: float) -> float:
    """Mean of daily_rate's shape over a day (peak 1), so traffic can be given per day."""
    base = 1_767_560_400_000  # a Monday, Moscow midnight
    return sum(daily_rate(base + m * MIN, TZ, 1.0, night=night) for m in range(0, 1440, 5)) / 288


def per_minute(per_day: float, night: float, weekend: float,
               day_factor: Callable[[int], float]) -> Callable[[int], float]:
    """A per-minute rate with the daily shape whose weekday mean is `per_day` (the shape is
    looked up per 5 minutes: a week of minutes costs 2,000 time-zone conversions, not 10,000)."""
    peak = per_day / 1440 / _shape_mean(night)
    cache: dict[int, float] = {}

    def rate(t: int) -> float:
        slot = t // (5 * MIN)
        shape = cache.get(slot)
        if shape is None:
            shape = cache[slot] = daily_rate(slot * 5 * MIN, TZ, 1.0, night=night,
                                             weekend=weekend)
        return peak * shape * day_factor(t)

    return rate


def local_time(week_start_ms: int, day: int, hour: int, minute: int) -> int:
    """Day `day` (1-based) of the week starting at `week_start_ms`, at HH:MM Moscow time."""
    zone = ZoneInfo(TZ)
    first = datetime.fromtimestamp(week_start_ms / 1000, zone).date()
    d = first + timedelta(days=day - 1)
    return int(datetime(d.year, d.month, d.day, hour, minute, tzinfo=zone).timestamp() * 1000)


# ------------------------------------------------------------------------------ one brand
def lognormal(rng: random.Random, median: float, sigma: float) -> float:
    return median * math.exp(rng.gauss(0.0, sigma))


class BrandWeek:
    """One brand's week: its people, desk and executive, and the helpers crises use."""

    def __init__(self, sim: Sim, bank: Bank, brand: Brand) -> None:
        self.sim = sim
        self.rng = sim.rng
        self.bank = bank
        self.brand = brand
        self.text = WeekText(bank, brand)
        self.t = self.text.texts
        self.clock = BusinessClock(HOURS)
        self.desk = sim.person("ru", followers=int(brand.per_day * 40), verified=True,
                               handle=brand.official, name=brand.official_name)
        self.exec = sim.person("ru", followers=brand.exec_followers, verified=True,
                               handle=brand.exec_handle, name=brand.exec_name)
        self.regulars = {lang: [sim.person(lang) for _ in range(60)] for lang in ("ru", "en")}
        self.official_posts: list[Post] = []
        self.made: Counter[str] = Counter()  # posts written, by role (for tests and docs)
        # Day-to-day swings of the traffic (weather, news, pay day): +-10 %.
        self._day_factor = {d: lognormal(self.rng, 1.0, 0.08) for d in range(9)}

    # ---------------------------------------------------------------- small helpers
    def day_factor(self, t: int) -> float:
        return self._day_factor.get((t - self.sim.start) // DAY, 1.0)

    def rate(self, per_day: float, night: float | None = None) -> Callable[[int], float]:
        b = self.brand
        return per_minute(per_day, b.night if night is None else night, b.weekend,
                          self.day_factor)

    def author(self, lang: str, regular: float = 0.2) -> Persona:
        side = "en" if lang == "en" else "ru"
        if self.rng.random() < regular:
            pool = self.regulars[side]
            return pool[self.rng.randrange(len(pool))]
        return self.sim.person(side)

    def say(self, texts: Texts, lang: str, typos: float = 0.12,
            fixed: Mapping[str, Mapping[str, str]] | None = None) -> tuple[str, str]:
        return self.text.say(self.rng, texts, lang, typos, fixed)

    def post(self, t: int, who: Persona, texts: Texts, lang: str, *, source: str | None = None,
             typos: float = 0.12, text: str | None = None, **kw: Any) -> Post:
        """A post in language class `lang` (ru, en, mixed, translit) from `texts`."""
        if text is None:
            text, lang = self.say(texts, lang, typos)
        src = source or pick_source(self.rng, lang)
        return self.sim.post(t, who, text, source=src, lang=tag(lang), **kw)

    def engage(self, post: Post, *, rate: float = 0.012, views_per_follower: float = 0.6,
               tau_min: float | None = None, hours: float = 12.0, updates: int | None = None
               ) -> None:
        """Metric updates: engagement of about `rate` x followers, front-loaded (time constant
        `tau_min`), seen again a few times (big accounts more often)."""
        rng = self.rng
        f = max(post.author.followers, 20)
        likes_total = lognormal(rng, f * rate, 0.9) + rng.random() * 3
        views_total = lognormal(rng, f * views_per_follower, 0.6) + likes_total * 8
        if updates is None:
            updates = 0 if f < 300 and rng.random() < 0.5 else 1 + (f > 2_000) + (f > 20_000) \
                + (f > 100_000) * 3 + int(rng.random() < 0.3)
        if updates <= 0:
            return
        tau = (tau_min if tau_min is not None else lognormal(rng, 90, 0.5)) * MIN
        horizon = int(hours * HOUR)
        times = sorted(rng.randrange(2 * MIN, horizon) for _ in range(updates))
        if f > 20_000:  # big accounts are polled early and often
            times = sorted({*times, 3 * MIN + rng.randrange(2 * MIN),
                            12 * MIN + rng.randrange(5 * MIN)})
        for dt in times:
            share = 1 - math.exp(-dt / tau)
            self.sim.update(post, post.created_ms + dt, likes=int(likes_total * share),
                            reposts=int(likes_total * 0.08 * share),
                            replies=int(likes_total * 0.06 * share),
                            views=int(views_total * share))

    def answer(self, post: Post, due: int, texts: Texts | None = None,
               fixed: Mapping[str, Mapping[str, str]] | None = None) -> Post:
        """The desk's reply to `post` at `due`: polite, in the post's language, no brand name."""
        self.made["answer"] += 1
        lang = "en" if post.body.get("lang") == "en" else "ru"
        text, lang = self.say(texts or self.t.answer, lang, typos=0.0, fixed=fixed)
        if post.source == "x":
            text = f"@{post.author.handle} {text}"
        return self.sim.post(due, self.desk, text, source=post.source, lang=tag(lang),
                             reply_to=post)

    def desk_delay(self, t: int, late: float = 0.05, never: float = 0.01) -> int | None:
        """When the desk answers something written at `t`: within an hour of business time,
        sometimes hours late, rarely never."""
        r = self.rng.random()
        if r < never:
            return None
        if r < never + late:
            minutes = self.rng.uniform(120, 480)
        else:
            minutes = min(lognormal(self.rng, 22, 0.6), 60.0) + self.rng.uniform(1, 4)
        return self.clock.add(t, int(minutes * MIN))

    # ---------------------------------------------------------------- the background
    def background(self) -> None:
        b = self.brand
        start, end = self.sim.start, self.sim.end
        organic = b.per_day - self.others_per_day()
        for t in self.sim.arrivals(self.rate(organic), start, end):
            self.organic(t)
        for t in self.sim.arrivals(self.rate(b.addressed_per_day), start, end):
            self.addressed(t)
        for t in self.sim.arrivals(self.rate(b.reviews_per_day, night=0.15), start, end):
            self.review(t)
        for t in self.sim.arrivals(self.rate(b.decoys_per_day), start, end):
            self.decoy(t)
        for t in self.sim.arrivals(self.rate(b.influencers_per_day, night=0.2), start, end):
            self.influencer(t)
        for t in self.sim.arrivals(self.rate(b.influencers_per_day * 3, night=0.2), start, end):
            self.influencer_elsewhere(t)
        self.official_week()
        self.exec_week()

    def others_per_day(self) -> float:
        """Expected daily mentions of everything but organic posts (to keep per_day)."""
        b = self.brand
        return (b.decoys_per_day + b.reviews_per_day * 1.15 + b.addressed_per_day * 2.12
                + b.official_posts_per_day * 4.5 + b.influencers_per_day + 1.2
                + b.per_day * 0.025)  # thread replies that name the brand

    def organic(self, t: int) -> None:
        self.made["organic"] += 1
        rng, b = self.rng, self.brand
        lang = pick_lang(rng)
        r = rng.random()
        texts = (self.t.positive if r < b.mix[0] else self.t.neutral if r < b.mix[0] + b.mix[1]
                 else self.t.negative)
        who = self.author(lang)
        post = self.post(t, who, texts, lang, likes=rng.randrange(0, 4),
                         views=rng.randrange(0, 60))
        self.engage(post)
        if rng.random() < 0.06:
            self.thread(post, lang)

    def thread(self, post: Post, lang: str) -> None:
        """Others answer an ordinary post; some replies name the brand, some do not."""
        t = post.created_ms
        for _ in range(self.rng.randint(1, 4)):
            t += int(lognormal(self.rng, 12, 1.0) * MIN)
            reply_lang = lang if self.rng.random() < 0.85 else "ru"
            self.made["thread_reply"] += 1
            self.post(t, self.author(reply_lang, 0.1), self.t.reply, reply_lang,
                      source=post.source, reply_to=post, likes=self.rng.randrange(0, 3))

    def addressed(self, t: int) -> None:
        """A complaint or question to the official account, answered by the desk."""
        self.made["addressed"] += 1
        rng = self.rng
        lang = pick_lang(rng, en=0.15)
        if lang in ("mixed", "translit"):
            lang = "ru"
        texts = self.t.complaint if rng.random() < 0.6 else self.t.question
        who = self.author(lang, 0.1)
        source = rng.choice(("x", "vk", "vk", "telegram", "instagram")) if lang == "ru" \
            else rng.choice(("x", "x", "instagram"))
        post = self.post(t, who, texts, lang, source=source, likes=rng.randrange(0, 3))
        self.engage(post, updates=rng.randrange(0, 2))
        due = self.desk_delay(t)
        if due is None:
            return
        reply = self.answer(post, due)
        r = rng.random()
        if r < 0.1:  # "thanks" or "still broken": the desk answers that too
            back = due + int(lognormal(rng, 40, 0.8) * MIN)
            self.post(back, who, self.t.thanks, lang, source=post.source, reply_to=reply,
                      typos=0.1)
        elif r < 0.16:
            back = due + int(lognormal(rng, 90, 0.8) * MIN)
            again = self.post(back, who, self.t.still_broken, lang, source=post.source,
                              reply_to=reply)
            later = self.desk_delay(back, never=0.0)
            if later is not None:
                self.answer(again, later)

    def review(self, t: int) -> None:
        self.made["review"] += 1
        rng, b = self.rng, self.brand
        negative = rng.random() < b.review_negative
        lang = "en" if rng.random() < 0.1 else "ru"
        texts = self.t.review_neg if negative else self.t.review_pos
        rating = rng.choice((1, 1, 1, 2, 2, 3)) if negative else rng.choice((3, 4, 5, 5, 5))
        who = self.sim.person(lang, followers=rng.randrange(0, 30))
        # A review site's page is the brand's: its connector names the brand (`brand` hint).
        post = self.post(t, who, texts, lang, source="reviews", extra={"rating": rating},
                         typos=0.15, brand=self.brand.id)
        if rng.random() < (0.2 if negative else 0.08):  # brands answer few reviews, late
            due = self.clock.add(t, int(rng.uniform(3, 40) * HOUR))
            texts = self.t.review_thanks
            if negative:  # a chain now and then disputes a review ("our cameras show...")
                texts = self.t.review_dispute if self.t.review_dispute.ru and \
                    rng.random() < REVIEW_DISPUTE else self.t.review_answer
            self.answer(post, due, texts)

    def decoy(self, t: int) -> None:
        self.made["decoy"] += 1
        rng, b = self.rng, self.brand
        lang = "en" if rng.random() < 0.15 else "ru"
        texts = self.t.decoy_neg if rng.random() < b.decoy_negative else self.t.decoy
        big = rng.random() < 0.02
        who = self.sim.person(lang, followers=int(lognormal(rng, 400_000, 0.9)), verified=True) \
            if big else self.author(lang, 0.0)
        post = self.post(t, who, texts, lang, source="news" if big and rng.random() < 0.5
                         else None, likes=rng.randrange(0, 5))
        self.engage(post, rate=0.01 if big else 0.012)

    def influencer(self, t: int) -> None:
        """A big account about the brand: mostly positive or neutral, sometimes not."""
        self.made["influencer"] += 1
        rng = self.rng
        lang = "en" if rng.random() < 0.25 else "ru"
        who = self.sim.person(lang, followers=int(lognormal(rng, 250_000, 0.8)) + 100_000,
                              verified=rng.random() < 0.7)
        texts = self.t.influencer_neg if rng.random() < 0.2 else self.t.influencer_pos
        post = self.post(t, who, texts, lang, source=rng.choice(("youtube", "telegram", "x",
                                                                  "instagram", "vk")))
        self.engage(post, rate=0.02, views_per_follower=0.4, tau_min=120, hours=20)

    def influencer_elsewhere(self, t: int) -> None:
        """Big accounts about other things (a connector following them sees these)."""
        self.made["influencer_elsewhere"] += 1
        rng = self.rng
        lang = "en" if rng.random() < 0.25 else "ru"
        who = self.sim.person(lang, followers=int(lognormal(rng, 250_000, 0.8)) + 100_000,
                              verified=True)
        text, lang = self.text.say(rng, self.bank.influencer_other, lang)
        self.sim.post(t, who, text, source=rng.choice(("youtube", "telegram", "x")),
                      lang=tag(lang), views=rng.randrange(1_000, 20_000))

    def official_week(self) -> None:
        """The brand's own posts in business hours; people comment under them."""
        rng, b = self.rng, self.brand
        day = self.sim.start
        while day < self.sim.end:
            for _ in range(_poisson(rng, b.official_posts_per_day)):
                t = self.clock.add(day, int(rng.uniform(0.2, 11.5) * HOUR))
                if t >= self.sim.end:
                    continue
                self.official_post(t)
            day += DAY

    def official_post(self, t: int) -> None:
        self.made["official_post"] += 1
        rng = self.rng
        source = rng.choice(("vk", "vk", "telegram", "x", "instagram"))
        post = self.post(t, self.desk, self.t.official_post, "ru", source=source, typos=0.0,
                         likes=rng.randrange(3, 30), views=rng.randrange(100, 2_000))
        self.engage(post, rate=0.004, views_per_follower=0.15, tau_min=120)
        self.official_posts.append(post)
        for _ in range(_poisson(rng, 4.0)):
            c = t + int(lognormal(rng, 30, 1.0) * MIN)
            lang = "en" if rng.random() < 0.08 else "ru"
            comment, lang = self.say(self.t.comment, lang)
            reply = self.sim.post(c, self.author(lang, 0.15), comment, source=source,
                                  lang=tag(lang), reply_to=post,
                                  brand=b_hint(source, self.brand.id))
            if rng.random() < 0.5:
                due = self.desk_delay(c, never=0.0)
                if due is not None:
                    self.answer(reply, due)

    def exec_week(self) -> None:
        """The watched executive's routine posts: about one a weekday, fewer at weekends."""
        rng = self.rng
        day = self.sim.start
        while day < self.sim.end:
            weekend = local_weekday(day) >= 5
            for _ in range(_poisson(rng, 0.5 if weekend else 1.3)):
                t = day + int(rng.uniform(8, 23) * HOUR)
                if t < self.sim.end:
                    self.exec_post(t)
            day += DAY

    def exec_post(self, t: int) -> Post:
        self.made["exec_post"] += 1
        rng, b = self.rng, self.brand
        post = self.post(t, self.exec, self.t.exec_post, "ru", source=b.exec_source, typos=0.02,
                         views=rng.randrange(50, 400))
        self.engage(post, rate=b.exec_rate, views_per_follower=0.35,
                    tau_min=lognormal(rng, 70, 0.4), hours=10, updates=6)
        return post


def b_hint(source: str, brand: str) -> str | None:
    """Comments under a brand's own VK post come from the connector of the brand's group,
    which names the brand; elsewhere a reply carries no hint."""
    return brand if source == "vk" else None


def local_weekday(t_ms: int) -> int:
    return datetime.fromtimestamp(t_ms / 1000, ZoneInfo(TZ)).weekday()


def _poisson(rng: random.Random, lam: float) -> int:
    k, p, u = 0, math.exp(-lam), rng.random()
    cdf = p
    while u > cdf:
        k += 1
        p *= lam / k
        cdf += p
    return k
