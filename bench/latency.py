"""Latency under load: mention appended -> page received by the Slack / PagerDuty stubs.

    .venv/bin/python bench/latency.py [--rate 1000] [--probes 200] [--brands 1000]
        [--scenarios 5] [--bootstrap HOST:PORT]

A real `crisiswatch worker` runs against the broker with two receivers, the Slack Web API stub
(chat.postMessage) and the PagerDuty Events v2 stub from tests/stubs, both checking their
contracts. While a background load of `--rate` realistic mentions/s (bench/workload.py, 1,000
brands) flows:

1. probes: every 0.25 s a watched account of a probe brand posts something risky that people
   argue under (REACTION: replies far beyond its usual share; one new incident, one page to
   each receiver); latency = the stub's arrival time of the page minus
   the time the mention was handed to the producer (its append, acks=all);
2. scenarios: for a brand with 70 minutes of ordinary history, a viral negative story starts
   (12 mentions/s, RU and EN); onset-to-page = first page for that brand minus the append of
   the story's first mention.

Prints p50/p90/p99/max per receiver and the onset-to-page times. The stubs run in this process,
the worker in its own; times are wall-clock on one machine.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sys
import time
import uuid
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aiokafka import AIOKafkaProducer

from bench.common import (
    REACTION,
    REPO,
    RISKY,
    Deployment,
    add_broker_args,
    broker,
    ensure_topics,
    percentile,
    print_machine,
)
from bench.workload import MentionFactory, brand_configs, brand_names
from tests.stubs.pagerduty import PagerDutyStub
from tests.stubs.server import Recorded, StubServer
from tests.stubs.slack import SlackStub

PD_KEY = "R0UT1NGKEY0000000000000000000000"
BURST = (
    "Охранник в {name} выгнал пожилую женщину на мороз, позор 😡",
    "{name} guard threw an old lady out, disgusting, never again",
    "Бойкот {name}, это отвратительно",
    "{name}, как вам не стыдно? ужас",
)


def probe_brands(n: int) -> list[dict[str, Any]]:
    return [{"id": f"probe{i:03d}", "name": f"Probe{i:03d} Telecom", "language": "en",
             "aliases": [f"Probe{i:03d} Telecom"],
             "watched_accounts": [{"handle": f"probeceo{i}", "source": "x", "name": "CEO"}]}
            for i in range(n)]


def scenario_brands(n: int) -> list[dict[str, Any]]:
    return [{"id": f"scen{i}", "name": f"Scenario{i} Burgers", "language": "ru",
             "aliases": [f"Scenario{i} Burgers"], "volume": {"min_count": 12}}
            for i in range(n)]


def mention(mid: str, text: str, created_ms: int, handle: str, **extra: Any) -> bytes:
    import msgspec

    return msgspec.json.encode({
        "id": mid, "source": "x", "url": f"https://x.example.org/{handle}/{mid}",
        "created_at": created_ms, "text": text,
        "author": {"id": handle, "handle": handle, "followers": 800}, **extra})


class Load:
    """The background flood: `rate` mentions/s, sent in 10 ms slices."""

    def __init__(self, producer: AIOKafkaProducer, topic: str, factory: MentionFactory,
                 rate: int) -> None:
        self.producer = producer
        self.topic = topic
        self.factory = factory
        self.rate = rate
        self.sent = 0
        self._stop = asyncio.Event()

    async def run(self) -> None:
        start = time.monotonic()
        i = 0
        while not self._stop.is_set():
            due = int((time.monotonic() - start) * self.rate)
            now = int(time.time() * 1000)
            while i < due:
                await self.producer.send(self.topic, self.factory.make(i, now))
                i += 1
            self.sent = i
            await asyncio.sleep(0.01)

    def stop(self) -> None:
        self._stop.set()


async def send_now(producer: AIOKafkaProducer, topic: str, value: bytes,
                   key: bytes | None = None) -> float:
    """Append one record; returns the wall time it was handed to the producer."""
    t = time.time()
    await (await producer.send(topic, value, key=key))
    return t


def arrivals(stub: SlackStub | PagerDutyStub, names: list[str]) -> dict[str, float]:
    """Brand display name -> first successful request mentioning it."""
    first: dict[str, float] = {}
    recs: list[Recorded] = list(stub.requests)
    for rec in recs:
        text = rec.text
        for name in names:
            if name in text and name not in first:
                first[name] = rec.at
    return first


async def main_async(args: argparse.Namespace, bootstrap: str, work: Path) -> None:
    print_machine()
    names = brand_names(args.brands)
    probes = probe_brands(args.probes)
    scenarios = scenario_brands(args.scenarios)
    slack, pd = SlackStub(), PagerDutyStub()
    with StubServer(slack) as slack_srv, StubServer(pd) as pd_srv:
        d = Deployment(
            work, bootstrap, brand_configs(names) + probes + scenarios,
            receivers={
                "slack": {"type": "slack", "channel": "#crisis", "token_env": "CW_BENCH_SLACK",
                          "url": slack_srv.url + "/api/", "rate_per_second": 100},
                "pagerduty": {"type": "pagerduty", "routing_key_env": "CW_BENCH_PD",
                              "url": pd_srv.url + "/v2/enqueue", "rate_per_second": 100}},
            routing={"receivers": ["slack", "pagerduty"], "min_severity": "warning"},
            env={"CW_BENCH_SLACK": slack.token, "CW_BENCH_PD": PD_KEY},
            src=args.src or REPO)
        await ensure_topics(bootstrap, d.prefix, d.partitions)
        topic = d.topic("mentions")
        producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all",
                                    enable_idempotence=True, linger_ms=2)
        await producer.start()
        try:
            # Each scenario brand's ordinary history, in time order on one partition.
            now = int(time.time() * 1000)
            for s in scenarios:
                for k in range(140):
                    await producer.send(topic, mention(
                        f"h-{s['id']}-{k}", f"Обедал в {s['name']}, нормально",
                        now - 70 * 60_000 + k * 30_000, f"regular{k}"), key=s["id"].encode())
            await producer.flush()
            w = d.start_workers(1)[0]
            print(f"# worker ready (pid {w.pid}); background load {args.rate}/s", flush=True)
            load = Load(producer, topic, MentionFactory(names, seed=11), args.rate)
            task = asyncio.create_task(load.run())
            await asyncio.sleep(args.warmup)
            cpu0 = _cpu(w.pid)
            t_load = time.monotonic()
            appended: dict[str, float] = {}
            for i, p in enumerate(probes):
                mid = f"probe-{i}-{uuid.uuid4().hex[:6]}"
                appended[p["name"]] = await send_now(producer, topic, mention(
                    mid, RISKY, int(time.time() * 1000), f"probeceo{i}", metrics=REACTION))
                await asyncio.sleep(args.interval)
            onsets: dict[str, float] = {}
            for s in scenarios:
                rng = random.Random(s["id"])
                first = None
                for k in range(args.burst):
                    t = await send_now(producer, topic, mention(
                        f"burst-{s['id']}-{k}", rng.choice(BURST).format(name=s["name"]),
                        int(time.time() * 1000), f"angry{k}",
                        media=[{"type": "video", "url": "https://video.example.org/guard"}]),
                        key=s["id"].encode())
                    first = first or t
                    await asyncio.sleep(1 / 12)
                assert first is not None
                onsets[s["name"]] = first
            wanted = [p["name"] for p in probes] + [s["name"] for s in scenarios]
            deadline = time.monotonic() + 120
            while not (len(arrivals(slack, wanted)) == len(wanted)
                       and len(arrivals(pd, wanted)) == len(wanted)):
                if time.monotonic() > deadline:
                    missing = set(wanted) - set(arrivals(slack, wanted))
                    raise TimeoutError(f"no page for {sorted(missing)[:10]}; see {work}")
                await asyncio.sleep(0.5)
            busy = time.monotonic() - t_load
            cpu = _cpu(w.pid) - cpu0
            load.stop()
            await task
            rss = w.rss_kb() // 1024
            sent = load.sent
        finally:
            d.stop()
            await producer.stop()
    print(f"# background: {sent:,} mentions at {args.rate}/s; worker CPU "
          f"{100 * cpu / busy:.0f}% of one core, RSS {rss} MB")
    print()
    print("| receiver | pages | p50 | p90 | p99 | max |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for label, stub in (("Slack (chat.postMessage)", slack), ("PagerDuty (Events v2)", pd)):
        got = arrivals(stub, list(appended))
        lat = [got[n] - t for n, t in appended.items() if n in got]
        print(f"| {label} | {len(lat)} | {_ms(percentile(lat, 50))} | {_ms(percentile(lat, 90))}"
              f" | {_ms(percentile(lat, 99))} | {_ms(max(lat))} |")
    print()
    print("| scenario (viral negative story, 12 mentions/s) | onset -> first Slack page | "
          "onset -> first PagerDuty page |")
    print("| --- | ---: | ---: |")
    s_got, p_got = arrivals(slack, list(onsets)), arrivals(pd, list(onsets))
    for name, t in onsets.items():
        print(f"| {name} | {_ms(s_got[name] - t)} | {_ms(p_got[name] - t)} |")
    assert slack.errors == [] and pd.errors == [], (slack.errors, pd.errors)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"


def _cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rate", type=int, default=1000, help="background mentions/s")
    ap.add_argument("--probes", type=int, default=200, help="probe pages to time")
    ap.add_argument("--interval", type=float, default=0.25, help="seconds between probes")
    ap.add_argument("--brands", type=int, default=1000)
    ap.add_argument("--scenarios", type=int, default=5)
    ap.add_argument("--burst", type=int, default=60, help="mentions per scenario story")
    ap.add_argument("--warmup", type=float, default=10.0, help="seconds of load before probes")
    ap.add_argument("--src", default="", help="run the worker from this checkout (before/after)")
    add_broker_args(ap)
    args = ap.parse_args()
    args.src = Path(args.src).resolve() if args.src else None
    with broker(args) as (bootstrap, work):
        asyncio.run(main_async(args, bootstrap, work))


if __name__ == "__main__":
    main()
