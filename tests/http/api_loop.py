"""The API's world without a broker: a bare aiohttp app with `streams.web.api.register_routes`,
and an in-process stand-in for the incidents agent and the incident view. Actions the API
publishes go through the real IncidentEngine (via the agent's own `Answers`), and what the agent
would write to the `incidents` topic is fed, as bytes, into a real IncidentStore."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import msgspec
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from aiokafka.errors import KafkaConnectionError

from alerts.engine import BrandIncidents, Outcome
from alerts.model import Action, Incident, Notification
from detectors.model import MentionRef, Severity, Signal
from streams.config import parse_config
from streams.pipeline.codecs import json_encoder
from streams.pipeline.incidents import Answers, build_engine
from streams.pipeline.runtime import Runtime
from streams.web.actions import ActionBus
from streams.web.incident_view import IncidentStore, brand_key

TOKEN = "api-token-0123456789abcdef"
SLACK_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
PD_SECRETS = ("pd-old-secret-000", "pd-new-secret-111")
TG_SECRET = "tg-secret-token-42"
CONFIG = """
worker: {api_token_env: CW_TEST_API_TOKEN, slack_signing_secret_env: CW_TEST_SLACK_SECRET,
         pagerduty_webhook_secret_env: CW_TEST_PD_SECRET}
links: {console_url: "https://cw.example/console", grafana_url: "https://g.example/d/b"}
receivers:
  pr-slack: {type: slack, channel: "#crisis", token_env: CW_TEST_SLACK_TOKEN}
routing: {receivers: [pr-slack]}
brands:
  - {id: vkusno, name: "Вкусно — и точка", language: en, aliases: [Вкусно и точка]}
  - {id: teremok, name: Теремок, language: ru, aliases: [Теремок]}
"""


def now_ms() -> int:
    return int(time.time() * 1000)


def signal(brand: str = "vkusno", kind: str = "negative_spike", group: str = "",
           severity: Severity = Severity.ERROR, **kw: Any) -> Signal:
    fields: dict[str, Any] = dict(
        brand=brand, kind=kind, group=group, severity=severity, at_ms=now_ms(),
        title="Negative mentions spike", observed=24.0, expected=1.2, reach=5400,
        negative_share=0.8, languages={"ru": 20, "en": 4},
        details={"elapsed_ms": 31_000},
        mentions=(MentionRef(id="m1", source="x", url="https://x.example/1",
                             text="<!channel> охранник выгнал бабушку", author="witness",
                             lang="ru", reach=5000, negativity=0.9),))
    fields.update(kw)
    return Signal(**fields)


@dataclass
class EngineLoop:
    rt: Runtime
    store: IncidentStore = field(default_factory=IncidentStore)
    states: dict[str, BrandIncidents] = field(default_factory=dict)
    answers: Answers = field(default_factory=Answers)
    published: list[tuple[str, bytes, Action]] = field(default_factory=list)
    notifications: list[Notification] = field(default_factory=list)
    paused: bool = False  # actions are stored but nobody applies them (a busy worker)
    broken: bool = False  # the broker does not acknowledge

    def __post_init__(self) -> None:
        self.engine = build_engine(self.rt)
        self.store.ready = True
        self.decode = msgspec.json.Decoder(Action).decode

    async def publish(self, topic: str, key: bytes, value: bytes) -> None:
        if self.broken:
            raise KafkaConnectionError("broker down")
        action = self.decode(value)
        self.published.append((topic, key, action))
        if not self.paused:  # applied a moment later, as the agent would
            asyncio.get_running_loop().call_soon(self.apply, action)

    def apply(self, action: Action) -> Outcome:
        now = now_ms()
        state = self.states.setdefault(action.brand, BrandIncidents())
        out = self.engine.on_action(state, action, now)
        self.answers.remember(action, out, now)
        self._feed(action.brand, out, state, now, brand_news=True)
        return out

    def signal(self, sig: Signal) -> Outcome:
        now = now_ms()
        state = self.states.setdefault(sig.brand, BrandIncidents())
        out = self.engine.on_signal(state, sig, now)
        self._feed(sig.brand, out, state, now, brand_news=out.silences_changed)
        return out

    def open(self, sig: Signal | None = None) -> Incident:
        out = self.signal(sig or signal())
        return out.changed[0]

    def _feed(self, brand: str, out: Outcome, state: BrandIncidents, now: int, *,
              brand_news: bool) -> None:
        for inc in out.changed:
            self.store.apply(inc.id.encode(), json_encoder.encode(inc))
        self.notifications += out.notifications
        if brand_news:
            self.store.apply(brand_key(brand), self.answers.record(brand, state, now))
        self.store.changed()

    def action(self, kind: str, incident_id: str, by: str = "alice", **kw: Any) -> Action:
        """An action as another channel would send it, for `apply`."""
        brand = incident_id.split(".", 1)[0]
        return Action(id=f"test:{kind}:{incident_id}:{time.monotonic_ns()}", kind=kind,  # type: ignore[arg-type]
                      brand=brand, at_ms=now_ms(), by=by, via="api", incident_id=incident_id,
                      **kw)

    def actions(self) -> list[Action]:
        return [a for _, _, a in self.published]


def build_app(wait_s: float = 3.0) -> tuple[web.Application, EngineLoop]:
    from streams.web import api

    rt = Runtime.from_config(parse_config(CONFIG), "127.0.0.1:9")
    loop = EngineLoop(rt)
    rt.web.incident_store = loop.store
    rt.web.action_bus = ActionBus(loop.publish, rt.topics.actions, loop.store)
    rt.web.api_wait_s = wait_s
    app = web.Application()
    api.register_routes(None, rt, app.router)  # type: ignore[arg-type]
    return app, loop


@asynccontextmanager
async def api_client(wait_s: float = 3.0) -> AsyncIterator[tuple[TestClient, EngineLoop]]:
    app, loop = build_app(wait_s)
    client = TestClient(TestServer(app))
    await client.start_server()
    try:
        yield client, loop
    finally:
        await client.close()


def auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}
