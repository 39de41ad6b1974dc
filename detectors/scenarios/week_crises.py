"""Crises that can be injected into the simulated week, each onto a chosen brand at a chosen time.

Each returns a `CrisisRecord`: when the crisis starts by its own definition (what a PR desk
would want to be paged within minutes of) and every mention that is part of it, so a bench can
tell the crisis's pages from the background's. Texts come from the week's bank; a crisis needs
some brand vocabulary (where the guard stands, what was found in the product...), and
`CrisisSpec.check` says so when a bank lacks it for a brand.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any

from detectors.scenarios.banks import Bank, Texts
from detectors.scenarios.textgen import expand, missing_slots
from detectors.scenarios.week_brands import Brand
from detectors.scenarios.week_traffic import BrandWeek, CrisisRecord, brand_slots, lognormal, tag
from detectors.simulation import DAY, HOUR, MIN, Persona, Post, noisy

__all__ = ["CRISES", "CrisisSpec"]


@dataclass(frozen=True)
class CrisisSpec:
    name: str
    summary: str
    default_brand: str
    default_at: str  # "D HH:MM", see week.parse_at
    start_is: str
    texts: str  # the Bank field holding its texts
    build: Callable[[BrandWeek, int], CrisisRecord]

    def check(self, bank: Bank, brand: Brand) -> None:
        """Every template of the crisis can be written about `brand` (the bank has the brand
        vocabulary it uses: where the guard stands, what was found...)."""
        missing: set[str] = set()
        group = getattr(bank, self.texts)
        for f in fields(group):
            texts: Texts = getattr(group, f.name)
            for lang, lines in (("ru", texts.ru + texts.mixed), ("en", texts.en)):
                slots = brand_slots(bank, brand, lang)
                for t in lines:
                    missing |= missing_slots(t, slots)
        if missing:
            raise ValueError(f"crisis {self.name} cannot be injected on brand {brand.id}: the "
                             f"{bank.name} bank has no {', '.join(sorted(missing))} for it")


# The brand vocabulary a crisis is about stays the same in all its posts: one venue, one
# object found, one problem, one claim (parallel lists: the same index in each).
_FIXED = {"guard": ("guard_venue",), "argue": ("found_item", "found_short"),
          "ignored": ("ignored_issue",), "gaffe": ("gaffe_topic",), "fake": ("fake_claim",)}


class _Crisis:
    """Posts of one crisis, recorded as they are made."""

    def __init__(self, bw: BrandWeek, record: CrisisRecord, texts: str) -> None:
        self.bw = bw
        self.sim = bw.sim
        self.rng = bw.rng
        self.record = record
        self.fixed: dict[str, dict[str, str]] = {}
        for side in ("ru", "en"):
            slots = bw.text.slots[side]
            keys = [k for k in _FIXED[texts] if k in slots]
            if not keys:
                continue
            i = self.rng.randrange(len(slots[keys[0]]))
            self.fixed[side] = {k: expand(self.rng, slots[k][i % len(slots[k])], slots,
                                          capitalise=False) for k in keys}

    def keep(self, post: Post) -> Post:
        self.record.posts.add(f"{post.source}:{post.id}")
        return post

    def say(self, texts: Texts, lang: str, typos: float = 0.12) -> tuple[str, str]:
        return self.bw.say(texts, lang, typos, self.fixed)

    def put(self, t: int, who: Persona, texts: Texts, lang: str, *, source: str,
            typos: float = 0.12, prefix: str = "", suffix: str = "", **kw: Any) -> Post:
        text, lang = self.say(texts, lang, typos)
        return self.keep(self.sim.post(t, who, f"{prefix}{text}{suffix}", source=source,
                                       lang=tag(lang), **kw))

    def reply(self, post: Post, due: int, texts: Texts) -> Post:
        return self.keep(self.bw.answer(post, due, texts, self.fixed))

    def people(self, lang: str, *, followers: int | None = None, age_days: float | None = None
               ) -> Persona:
        return self.sim.person("en" if lang == "en" else "ru", followers=followers,
                               age_days=age_days)

    def lang(self, en: float) -> str:
        return "en" if self.rng.random() < en else "ru"

    def engage(self, post: Post, **kw: Any) -> None:
        self.bw.engage(post, **kw)

    def new_media(self, kind: str) -> dict[str, str]:
        return {"type": kind, "url": "", "hash": f"phash:{self.rng.getrandbits(64):016x}"}


def _shuffled(rng: Any, items: Sequence[str]) -> list[str]:
    out = list(items)
    rng.shuffle(out)
    return out


# ------------------------------------------------------------------------------ guard video
def guard_video(bw: BrandWeek, t0: int) -> CrisisRecord:
    """A guard pushes an elderly woman out; a guest films it. Its first half hour: ~25
    negative posts by different people in their own words, RU and EN, a few replying to the
    first post, almost no links, the first post growing from ~900 to ~7,000 views. Then
    reposts, re-uploads, channels and news: hundreds of posts and hundreds of thousands of
    views within hours. The brand apologises after four to six hours."""
    rec = CrisisRecord("guard-video", bw.brand.id, t0, t0 + 10 * HOUR, "first post")
    c = _Crisis(bw, rec, "guard")
    g, rng, sim = bw.bank.guard, bw.rng, bw.sim
    video = c.new_media("video")
    filmer = c.people("ru", followers=rng.randint(300, 1_500))
    origin = c.put(t0, filmer, g.origin, "ru", source=rng.choice(("vk", "vk", "telegram")),
                   media=[video], views=rng.randrange(60, 200), likes=rng.randrange(0, 5))
    views = rng.randint(800, 1_000)
    for k, dt in enumerate(range(4 * MIN, 31 * MIN, 4 * MIN)):  # 900 -> 7,000 in 30 minutes
        v = int(views + (rng.uniform(6_500, 7_500) - views) * (k / 6) ** 1.3)
        sim.update(origin, t0 + dt + rng.randrange(MIN), views=v, likes=v // 18,
                   reposts=v // 120, replies=v // 150)
    final = int(rng.uniform(300_000, 900_000))
    sim.grow(origin, t0 + 32 * MIN, t0 + 9 * HOUR, 10 * MIN,
             {"views": final, "likes": final // 20, "reposts": final // 90,
              "replies": final // 160}, midpoint=0.3, steepness=6.0)
    early = sim.rising(t0 + 2 * MIN, t0 + 30 * MIN, 25, 1.4)
    roles = _shuffled(rng, ["reply"] * 4 + ["link"] + ["upload"] * 2 + ["retell"] * 18)
    for t, role in zip(early, roles, strict=True):
        _guard_post(c, origin, video, t, role)
    later = (sim.rising(t0 + 30 * MIN, t0 + 2 * HOUR, 160, 1.6)
             + sorted(t0 + 2 * HOUR + rng.randrange(3 * HOUR) for _ in range(300))
             + sim.fading(t0 + 5 * HOUR, t0 + 10 * HOUR, 200, 2.0))
    for t in later:
        r = rng.random()
        role = ("retell" if r < 0.4 else "repost" if r < 0.6 else "reply" if r < 0.75
                else "link" if r < 0.87 else "upload")
        _guard_post(c, origin, video, t, role)
    for delay in sorted(rng.sample(range(45, 130), rng.randint(2, 3))):
        ch = c.people("ru", followers=int(lognormal(rng, 400_000, 0.6)) + 100_000)
        p = c.put(t0 + delay * MIN, ch, g.channel, "ru", source="telegram", typos=0.0,
                  media=[video], views=rng.randrange(2_000, 8_000))
        sim.grow(p, p.created_ms, p.created_ms + 4 * HOUR, 15 * MIN,
                 {"views": ch.followers, "likes": ch.followers // 60,
                  "reposts": ch.followers // 300}, midpoint=0.25)
    outlet = sim.person("ru", followers=rng.randint(800_000, 2_000_000), verified=True)
    c.put(t0 + rng.randrange(140, 200) * MIN, outlet, g.news, "ru", source="news", typos=0.0,
          views=rng.randrange(10_000, 40_000))
    said = t0 + rng.randrange(240, 360) * MIN
    st = c.put(said, bw.desk, g.statement, "ru", source="vk", typos=0.0, likes=600,
               views=40_000)
    c.engage(st, rate=0.01, tau_min=60)
    for t in sim.fading(said + 10 * MIN, t0 + 10 * HOUR, 60):
        lang = c.lang(0.25)
        c.put(t, c.people(lang), g.after, lang, source=rng.choice(("vk", "x", "telegram")))
    return rec


def _guard_post(c: _Crisis, origin: Post, video: dict[str, str], t: int, role: str) -> None:
    g, rng = c.bw.bank.guard, c.rng
    lang = c.lang(0.3)
    who = c.people(lang)
    if role == "reply":
        p = c.put(t, who, g.reply, lang, source=origin.source, reply_to=origin,
                  likes=rng.randrange(0, 40))
    elif role == "repost":
        note, _ = c.say(g.reply, "ru")
        p = c.keep(c.sim.post(t, c.people("ru"), f"{note}\n\n{origin.body['text']}",
                              source=origin.source, repost=origin, likes=rng.randrange(0, 20)))
    elif role == "link":
        p = c.put(t, who, g.retell, lang, source=rng.choice(("x", "telegram", "vk")),
                  suffix=f" {origin.url}")
    elif role == "upload":
        p = c.put(t, who, g.retell, lang, source=rng.choice(("x", "telegram", "vk", "tiktok")),
                  media=[{**video, "url": ""}])
    else:
        p = c.put(t, who, g.retell, lang,
                  source=rng.choice(("x", "vk", "telegram", "bluesky", "forum") if lang == "en"
                                    else ("vk", "telegram", "x", "vk", "instagram")))
    c.engage(p, rate=0.03)


# ------------------------------------------------------------------------------ arguing brand
def arguing_brand(bw: BrandWeek, t_complaint: int) -> CrisisRecord:
    """A customer posts what she found in the product to the official account; the desk
    answers that it is impossible and hints she did it herself, then doubles down; people pile
    into the thread and share screenshots; an apology comes six hours later."""
    rng, sim, a = bw.rng, bw.sim, bw.bank.argue
    rec = CrisisRecord("arguing-brand", bw.brand.id, 0, 0, "the brand's first reply")
    c = _Crisis(bw, rec, "argue")
    customer = c.people("ru", followers=rng.randint(300, 3_000))
    complaint = c.put(t_complaint, customer, a.complaint, "ru",
                      source=rng.choice(("vk", "x")), media=[c.new_media("photo")],
                      views=rng.randrange(50, 200), likes=rng.randrange(0, 6))
    first = c.reply(complaint, bw.clock.add(t_complaint, rng.randrange(12, 40) * MIN),
                    a.argue_first)
    t0 = rec.start_ms = first.created_ms
    rec.end_ms = t0 + 8 * HOUR
    final = int(rng.uniform(150_000, 600_000))
    sim.grow(complaint, t0, t0 + 8 * HOUR, 15 * MIN,
             {"views": final, "likes": final // 40, "reposts": final // 200,
              "replies": final // 250}, midpoint=0.35)
    answer = c.put(t0 + rng.randrange(5, 16) * MIN, customer, a.customer, "ru",
                   source=complaint.source, reply_to=first)
    c.reply(answer, t0 + rng.randrange(80, 150) * MIN, a.argue_again)
    for t in sim.rising(t0 + 6 * MIN, t0 + 6 * HOUR, 160, 1.5):
        lang = c.lang(0.2)
        parent = complaint if rng.random() < 0.6 else first
        p = c.put(t, c.people(lang), a.pile_in, lang, source=complaint.source,
                  reply_to=parent, likes=rng.randrange(0, 150))
        c.engage(p, rate=0.02, updates=rng.randrange(0, 2))
    shot = c.new_media("photo")
    for t in sim.rising(t0 + 70 * MIN, t0 + 8 * HOUR, 220, 1.3):
        lang = c.lang(0.25)
        p = c.put(t, c.people(lang), a.quote, lang, source=rng.choice(("x", "telegram", "x",
                                                                        "vk")),
                  media=[shot] if rng.random() < 0.6 else [])
        c.engage(p, rate=0.03)
    c.reply(complaint, t0 + rng.randrange(330, 400) * MIN, a.apology)
    return rec


# ------------------------------------------------------------------------------ ignored complaints
def ignored_complaints(bw: BrandWeek, t0: int) -> CrisisRecord:
    """A dozen complaints about one problem to the official account over four days, and a few
    reviews: the desk answers everything else as usual but none of these. People come back a
    day later; neighbours add "me too"."""
    rng, ig = bw.rng, bw.bank.ignored
    sla = 4 * HOUR  # ComplaintSettings().sla, the default the week's config keeps
    rec = CrisisRecord("ignored-complaints", bw.brand.id, bw.clock.add(t0, sla), 0,
                       "the first complaint passing the 4h SLA (business time)", business=True)
    c = _Crisis(bw, rec, "ignored")
    times = [t0, *sorted(t0 + rng.randrange(30 * MIN, 4 * DAY) for _ in range(11))]
    roots: list[Post] = []
    for i, t in enumerate(times):
        lang = "en" if i % 5 == 4 else "ru"
        who = c.people(lang)
        if i in (3, 8):
            post = c.put(t, who, ig.review, "ru", source="reviews", extra={"rating": 1})
        else:
            post = c.put(t, who, ig.complaint, lang, source=rng.choice(("x", "vk", "vk")),
                         likes=rng.randrange(0, 8))
        roots.append(post)
        for _ in range(rng.randrange(0, 4)):
            c.put(t + rng.randrange(10 * MIN, 8 * HOUR), c.people("ru"), ig.me_too, "ru",
                  source=post.source, reply_to=post)
        if post.source != "reviews" and rng.random() < 0.7:
            c.put(t + DAY + rng.randrange(-3 * HOUR, 3 * HOUR), who, ig.follow_up, lang,
                  source=post.source, reply_to=post)
    rec.end_ms = bw.clock.add(times[-1], sla) + DAY
    return rec


# ------------------------------------------------------------------------------ executive's post
def executive_post(bw: BrandWeek, t0: int) -> CrisisRecord:
    """The watched executive posts something careless about customers; it is quoted and
    answered by thousands within hours; the brand distances itself, the executive apologises."""
    rng, sim, g = bw.rng, bw.sim, bw.bank.gaffe
    rec = CrisisRecord("executive-post", bw.brand.id, t0, t0 + 6 * HOUR, "the executive's post")
    c = _Crisis(bw, rec, "gaffe")
    src = bw.brand.exec_source
    post = c.put(t0, bw.exec, g.post, "ru", source=src, typos=0.02, likes=rng.randrange(5, 20),
                 views=rng.randrange(500, 1_500))
    sim.update(post, t0 + 3 * MIN, likes=rng.randrange(80, 160), replies=rng.randrange(30, 60),
               reposts=rng.randrange(10, 30), views=rng.randrange(5_000, 9_000))
    scale = rng.uniform(0.6, 1.4)
    sim.grow(post, t0 + 3 * MIN, t0 + 4 * HOUR, 5 * MIN,
             {"likes": int(80_000 * scale), "reposts": int(15_000 * scale),
              "replies": int(25_000 * scale), "views": int(3_500_000 * scale)}, midpoint=0.2)
    for t in sim.rising(t0 + 5 * MIN, t0 + 40 * MIN, 60, 1.5) + sim.fading(
            t0 + 40 * MIN, t0 + 5 * HOUR, 600, 1.5):
        lang = c.lang(0.25)
        r = rng.random()
        kw: dict[str, Any] = ({"quote": post} if r < 0.55 else {"reply_to": post} if r < 0.85
                              else {})
        source = src if kw else rng.choice(("x", "vk", "telegram"))
        p = c.put(t, c.people(lang), g.reaction, lang, source=source, **kw)
        c.engage(p, rate=0.03)
    c.put(t0 + rng.randrange(75, 110) * MIN, bw.desk, g.statement, "ru",
          source=rng.choice(("vk", "telegram")), typos=0.0, likes=2_000)
    c.put(t0 + rng.randrange(130, 180) * MIN, bw.exec, g.apology, "ru", source=src, typos=0.0,
          likes=1_500, views=60_000)
    return rec


# ------------------------------------------------------------------------------ fake story
def fake_story(bw: BrandWeek, t0: int) -> CrisisRecord:
    """A scare from a days-old account with a dozen followers: forwarded as is, copied with a
    line of one's own and typos, retold in other words (and in English) by new and small
    accounts; no big account carries it. The brand calls it a fake after two and a half hours,
    a fact-checking outlet follows."""
    rng, sim, f = bw.rng, bw.sim, bw.bank.fake
    rec = CrisisRecord("fake-story", bw.brand.id, t0, t0 + 8 * HOUR, "the fake's first post")
    c = _Crisis(bw, rec, "fake")
    origin = c.put(t0, c.people("ru", followers=rng.randint(5, 40),
                                age_days=rng.uniform(1, 10)),
                   f.origin, "ru", source="telegram", typos=0.05, views=rng.randrange(10, 60))
    times = (sim.rising(t0 + 2 * MIN, t0 + 30 * MIN, 14) + sim.rising(
        t0 + 30 * MIN, t0 + 90 * MIN, 220, 2.0) + sim.rising(t0 + 90 * MIN, t0 + 150 * MIN, 600,
                                                            1.2)
             + sim.fading(t0 + 150 * MIN, t0 + 6 * HOUR, 300, 2.0))
    text = str(origin.body["text"])
    for t in times:
        who = c.people("ru", followers=int(rng.paretovariate(1.3) * 8),
                       age_days=rng.uniform(1, 25) if rng.random() < 0.7 else None)
        r = rng.random()
        if r < 0.35:
            c.keep(sim.post(t, who, text, source="telegram", repost=origin,
                            views=rng.randrange(5, 400)))
        elif r < 0.75:
            prefix, _ = c.say(f.copy_prefix, "ru", typos=0.0)
            copy = noisy(rng, text, 0.35)
            c.keep(sim.post(t, who, f"{prefix} {copy}".strip(),
                            source=rng.choice(("telegram", "vk", "vk", "x")), lang="ru",
                            views=rng.randrange(5, 600)))
        elif r < 0.9:
            lang = c.lang(0.3)
            who = c.people(lang, followers=int(rng.paretovariate(1.3) * 8),
                           age_days=rng.uniform(1, 25) if rng.random() < 0.6 else None)
            c.put(t, who, f.paraphrase, lang, source=rng.choice(("vk", "x", "telegram")))
        else:
            c.put(t, who, f.worried, "ru", source=rng.choice(("vk", "x", "telegram")))
    c.put(t0 + rng.randrange(140, 170) * MIN, bw.desk, f.debunk, "ru", source="vk", typos=0.0,
          likes=1_000, views=60_000)
    checker = sim.person("ru", followers=rng.randint(500_000, 1_200_000), verified=True)
    c.put(t0 + rng.randrange(175, 200) * MIN, checker, f.factcheck, "ru", source="news",
          typos=0.0, views=100_000)
    for t in sim.fading(t0 + 160 * MIN, t0 + 8 * HOUR, 80):
        lang = c.lang(0.15)
        c.put(t, c.people(lang), f.after, lang, source=rng.choice(("vk", "telegram", "x")))
    return rec


CRISES: Mapping[str, CrisisSpec] = {s.name: s for s in (
    CrisisSpec("guard-video", "a guard pushes an elderly woman out of the brand's venue, filmed; "
               "paraphrased by ~25 people RU+EN in 30 minutes, then viral", "sochny", "3 13:10",
               "first post", "guard", guard_video),
    CrisisSpec("arguing-brand", "a customer finds something in the product; the brand argues "
               "in public replies; people pile in", "polyushko", "2 11:20",
               "the brand's first reply", "argue", arguing_brand),
    CrisisSpec("ignored-complaints", "a dozen complaints about one problem over four days, "
               "never answered", "volna", "2 19:40",
               "the first complaint passing the SLA (business time)", "ignored",
               ignored_complaints),
    CrisisSpec("executive-post", "the watched executive's careless post about customers, "
               "spreading fast", "volna", "4 21:30", "the executive's post", "gaffe",
               executive_post),
    CrisisSpec("fake-story", "a made-up scare from new, tiny accounts, paraphrased, spreading, "
               "debunked after 2.5 hours", "sochny", "5 08:15", "the fake's first post",
               "fake", fake_story),
)}
