"""A storm in a resort town: the everyday «волна» in a burst of negative news and posts.

Nothing in it is about the operator «Волна»; everything names waves. Outlets with hundreds of
thousands of followers report and update, their posts are forwarded and their links shared,
a few eyewitness videos are re-uploaded many times, people far away react. About two to three
thousand posts over a day and a half, most in the first hours.
"""

from __future__ import annotations

from detectors.scenarios.week_traffic import BrandWeek, local_time, lognormal, tag
from detectors.simulation import HOUR, MIN, Post

__all__ = ["storm"]


def storm(bw: BrandWeek, measured_start: int, days: int) -> None:
    sim, rng, texts = bw.sim, bw.rng, bw.bank.storm
    day = rng.randint(2, min(6, days)) if days >= 2 else 1
    t0 = local_time(measured_start, day, rng.randint(4, 18), rng.randrange(60))
    total = int(rng.uniform(1_800, 3_000))
    outlets = [sim.person("ru", followers=int(lognormal(rng, 450_000, 0.8)) + 120_000,
                          verified=rng.random() < 0.6) for _ in range(12)]
    reports: list[Post] = []

    def report(t: int) -> None:
        outlet = sim.pick(outlets)
        source = "news" if rng.random() < 0.45 else "telegram"
        text, _ = bw.say(texts.news, "ru", typos=0.0)
        p = sim.post(t, outlet, text, source=source, views=rng.randrange(500, 5_000),
                     likes=rng.randrange(5, 80))
        f = outlet.followers
        views = int(f * rng.uniform(0.25, 1.1))
        sim.grow(p, t, t + 6 * HOUR, 8 * MIN,
                 {"views": views, "likes": int(views * rng.uniform(0.008, 0.02)),
                  "reposts": int(views * rng.uniform(0.002, 0.005)),
                  "replies": int(views * 0.002)}, midpoint=0.2, steepness=7.0)
        reports.append(p)

    # Outlets: three quick first reports, then updates through the day.
    for t in sorted([t0 + rng.randrange(5 * MIN, 40 * MIN) for _ in range(3)]
                    + sim.rising(t0 + 40 * MIN, t0 + 14 * HOUR, 22, 0.6)):
        report(t)
    videos: list[dict[str, str]] = []
    for _ in range(5):  # eyewitness videos that travel
        t = t0 + rng.randrange(10 * MIN, 3 * HOUR)
        who = sim.person("ru")
        media = {"type": "video", "url": "", "hash": f"phash:{rng.getrandbits(64):016x}"}
        text, lang = bw.say(texts.eyewitness, "ru")
        p = sim.post(t, who, text, source=rng.choice(("vk", "telegram", "tiktok")),
                     media=[media], views=rng.randrange(100, 900))
        views = int(lognormal(rng, 250_000, 0.7))
        sim.grow(p, t, t + 10 * HOUR, 15 * MIN,
                 {"views": views, "likes": views // 25, "reposts": views // 200,
                  "replies": views // 400}, midpoint=0.25)
        videos.append(media)
    times = (sim.rising(t0, t0 + 3 * HOUR, int(total * 0.3), 1.6)
             + sorted(t0 + 3 * HOUR + rng.randrange(5 * HOUR) for _ in range(int(total * 0.35)))
             + sim.fading(t0 + 8 * HOUR, t0 + 32 * HOUR, int(total * 0.35), 2.0))
    bw.made["storm"] += len(reports) + len(videos) + len(times)
    for t in times:
        live = [r for r in reports if r.created_ms <= t]
        r = rng.random()
        lang = "en" if rng.random() < 0.08 else "ru"
        who = bw.author(lang, 0.05)
        if live and r < 0.22:  # a forward of an outlet's post, as it is
            parent = sim.pick(live[-8:])
            src = parent.source if parent.source != "news" else "vk"
            sim.post(t, who, str(parent.body["text"]), source=src, lang=tag("ru"),
                     repost=parent if src == parent.source else None)
            continue
        if live and r < 0.37:  # a link to an article with a line of one's own
            parent = sim.pick(live[-8:])
            note, lang = bw.say(texts.share, lang)
            p = sim.post(t, who, f"{note} {parent.url}", source=rng.choice(("vk", "x",
                                                                            "telegram")),
                         lang=tag(lang))
            bw.engage(p)
            continue
        if r < 0.67:
            text, lang = bw.say(texts.eyewitness, lang)
            shown: list[dict[str, str]] = [sim.pick(videos)] if videos and \
                rng.random() < 0.45 else [{"type": "video", "url": "",
                                           "hash": f"phash:{rng.getrandbits(64):016x}"}] \
                if rng.random() < 0.4 else []
            p = sim.post(t, who, text, source=rng.choice(("vk", "telegram", "x", "tiktok",
                                                          "instagram")),
                         lang=tag(lang), media=shown)
        else:
            text, lang = bw.say(texts.reaction, lang)
            p = sim.post(t, who, text, source=rng.choice(("vk", "telegram", "x", "forum")),
                         lang=tag(lang))
        bw.engage(p)
