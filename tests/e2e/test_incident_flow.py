"""People acting on an incident, end to end: a real worker on the shared broker pages a Slack
bot and PagerDuty (contract-checking stubs); an on-call person acknowledges from the Slack
button (a signed interactivity request, built as Slack builds it), PagerDuty hears of it and the
Slack message is edited in place; resolving through the API closes both. Forged and replayed
requests, repeated clicks and late acks change nothing. The CLI and PagerDuty's webhook drive a
second incident."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.harness import (
    Pipeline,
    Worker,
    history,
    http_json,
    negative_spike,
    run_cli,
    wait_for,
)
from tests.fakes import SLACK_TOKEN
from tests.stubs.pagerduty import PagerDutyStub
from tests.stubs.server import StubServer
from tests.stubs.signing import (
    pagerduty_event,
    pagerduty_headers,
    slack_block_action,
    slack_headers,
)
from tests.stubs.slack import SlackMessage, SlackStub

pytestmark = pytest.mark.e2e

SLACK_SECRET = "e2e-slack-signing-secret-5f1c0ffee"
PD_WEBHOOK_SECRET = "e2e-pagerduty-webhook-secret"
API_TOKEN = "e2e-api-token-0123456789abcdef"
PD_ROUTING_KEY = "R0UTINGKEY0123456789abcdef012345"


@pytest.fixture
def stubs() -> Iterator[tuple[SlackStub, str, PagerDutyStub, str]]:
    slack, pd = SlackStub(), PagerDutyStub()
    with StubServer(slack) as s, StubServer(pd) as p:
        yield slack, s.url, pd, p.url


@pytest.fixture
def pipeline(tmp_path: Path, kafka_bootstrap: str,
             stubs: tuple[SlackStub, str, PagerDutyStub, str]) -> Iterator[Pipeline]:
    _, slack_url, _, pd_url = stubs
    p = Pipeline(
        tmp_path, kafka_bootstrap,
        receivers={
            "pr-slack": {"type": "slack", "channel": "#crisis", "token_env": "CW_E2E_SLACK",
                         "url": slack_url + "/api/"},
            "oncall": {"type": "pagerduty", "routing_key_env": "CW_E2E_PD",
                       "url": pd_url + "/v2/enqueue"}},
        routing={"receivers": ["pr-slack", "oncall"], "min_severity": "warning"},
        env={"CW_E2E_SLACK": SLACK_TOKEN, "CW_E2E_PD": PD_ROUTING_KEY,
             "CRISISWATCH_API_TOKEN": API_TOKEN,
             "CRISISWATCH_SLACK_SIGNING_SECRET": SLACK_SECRET,
             "CRISISWATCH_PAGERDUTY_WEBHOOK_SECRET": PD_WEBHOOK_SECRET},
        # No severity-rise pages within a test: one page per incident, then ack and resolve.
        incidents={"group_interval": "10m"},
    )
    yield p
    p.stop()


def api(worker: Worker, method: str, path: str, body: dict[str, Any] | None = None,
        key: str | None = None) -> tuple[int, Any]:
    headers = {"Idempotency-Key": key} if key else None
    return http_json(worker, method, path, token=API_TOKEN, body=body, headers=headers)


def silence_volume_spikes(worker: Worker) -> str:
    """The burst also trips the plain volume detector; silence that kind so exactly one
    incident pages (and silences are exercised on the real worker)."""
    wait_for(lambda: api(worker, "GET", "/api/silences")[0] == 200, 30, what="the API")
    status, doc = api(worker, "POST", "/api/silences", {
        "brand": "vkusno", "kind": "volume_spike", "duration": "1h", "by": "e2e",
        "comment": "only the negative spike should page"}, key="e2e-silence")
    assert status == 200, doc
    assert [r["status"] for r in doc["results"]] == ["ok"]
    return str(doc["silence"]["id"])


def crisis(pipeline: Pipeline) -> None:
    pipeline.produce(history())
    pipeline.produce(negative_spike(40))


def top_messages(stub: SlackStub) -> list[SlackMessage]:
    return list(stub.messages.values())


def posts(stub: SlackStub) -> list[dict[str, Any]]:
    """Top-level chat.postMessage requests (thread replies carry thread_ts)."""
    return [r.json for r in stub.requests
            if r.path == "/api/chat.postMessage" and "thread_ts" not in r.json]


def updates(stub: SlackStub, ts: str) -> list[dict[str, Any]]:
    return [r.json for r in stub.requests if r.path == "/api/chat.update" and r.json["ts"] == ts]


def pd_events(pd: PagerDutyStub, incident_id: str) -> list[str]:
    return [action for action, key in pd.log if key == incident_id]


def button(message: SlackMessage, action_id: str) -> dict[str, Any] | None:
    for block in message.blocks:
        if block["type"] == "actions":
            for element in block["elements"]:
                if element["action_id"] == action_id:
                    return dict(element)
    return None


def paged_incident(pipeline: Pipeline, worker: Worker, slack: SlackStub,
                   pd: PagerDutyStub) -> tuple[dict[str, Any], SlackMessage]:
    wait_for(lambda: posts(slack) and pd.log, 45, what="a Slack page and a PagerDuty trigger")

    def paged() -> list[dict[str, Any]]:
        status, doc = api(worker, "GET", "/api/incidents?brand=vkusno&state=open")
        assert status == 200, doc
        return [i for i in doc["incidents"] if not i["silenced_by"]]

    loud = wait_for(paged, 10, what="the paged incident in the API")
    assert [i["kind"] for i in loud] == ["negative_spike"], loud
    (message,) = top_messages(slack)
    return loud[0], message


def test_ack_from_slack_resolve_from_api_both_ways_and_nothing_twice(
        pipeline: Pipeline, stubs: tuple[SlackStub, str, PagerDutyStub, str]) -> None:
    slack, _, pd, _ = stubs
    worker = pipeline.start_worker()
    silence_id = silence_volume_spikes(worker)
    crisis(pipeline)
    incident, message = paged_incident(pipeline, worker, slack, pd)
    iid = incident["id"]
    assert incident["state"] == "triggered" and incident["headline"].startswith(
        "Negative mentions spike:")
    status, listed = api(worker, "GET", "/api/silences")
    assert [s["id"] for s in listed["silences"]] == [silence_id]

    ack = button(message, "ack")
    assert ack is not None
    body = slack_block_action(ack, message_ts=message.ts, channel=message.channel)

    # Forged and replayed requests: 401, and nothing happens.
    forged = http_json(worker, "POST", "/slack/interactivity", body=body,
                       headers=slack_headers(body, "not-the-signing-secret"))
    replayed = http_json(worker, "POST", "/slack/interactivity", body=body,
                         headers=slack_headers(body, SLACK_SECRET, ts=int(time.time()) - 600))
    assert (forged[0], replayed[0]) == (401, 401)

    # The real click.
    status, _ = http_json(worker, "POST", "/slack/interactivity", body=body,
                          headers=slack_headers(body, SLACK_SECRET))
    assert status == 200
    wait_for(lambda: pd_events(pd, iid) == ["trigger", "acknowledge"], 20,
             what="PagerDuty acknowledge")
    wait_for(lambda: updates(slack, message.ts), 20, what="chat.update of the Slack message")
    assert button(message, "ack") is None and button(message, "resolve") is not None
    assert "Acknowledged by anna" in message.text
    status, doc = api(worker, "GET", f"/api/incidents/{iid}")
    assert (doc["incident"]["state"], doc["incident"]["acked_by"]) == ("acknowledged", "anna")

    # The same click again (Slack retry / double click), freshly signed: changes nothing.
    status, _ = http_json(worker, "POST", "/slack/interactivity", body=body,
                          headers=slack_headers(body, SLACK_SECRET))
    assert status == 200

    # Resolve through the API; actions of a brand are applied in order, so by the time this
    # answers, the repeated click has been applied too.
    status, doc = api(worker, "POST", f"/api/incidents/{iid}/resolve",
                      {"by": "boris", "text": "statement published"}, key="e2e-resolve")
    assert status == 200, doc
    assert doc["action"]["status"] == "ok" and doc["incident"]["state"] == "resolved"
    wait_for(lambda: pd_events(pd, iid) == ["trigger", "acknowledge", "resolve"], 20,
             what="PagerDuty resolve")
    wait_for(lambda: len(updates(slack, message.ts)) == 2, 20, what="the resolved Slack update")
    assert button(message, "resolve") is None and "Resolved by boris" in message.text

    # An ack after the resolve does not reopen it (and pages no one).
    status, doc = api(worker, "POST", f"/api/incidents/{iid}/ack", {"by": "late"})
    assert status == 200 and doc["action"]["status"] == "noop", doc
    assert doc["action"]["message"] == "already resolved"
    assert doc["incident"]["state"] == "resolved"
    # A retried resolve with the same key gets the first answer back.
    status, again = api(worker, "POST", f"/api/incidents/{iid}/resolve",
                        {"by": "boris", "text": "statement published"}, key="e2e-resolve")
    assert (status, again["action"]) == (200, doc_action(again, "ok"))

    time.sleep(2)  # time for anything that should not happen to show up
    assert len(posts(slack)) == 1, posts(slack)  # one page; later changes edit it
    assert len(updates(slack, message.ts)) == 2
    assert pd_events(pd, iid) == ["trigger", "acknowledge", "resolve"]
    assert [a for a, _ in pd.log].count("trigger") == 1  # the silenced spike paged no one
    assert slack.errors == [] and pd.errors == [] and slack.pings == []
    kinds = [(a["kind"], a["via"]) for a in
             (json.loads(v) for _, v in pipeline.consume("actions"))]
    assert kinds == [("silence", "api"), ("ack", "slack"), ("ack", "slack"),
                     ("resolve", "api"), ("ack", "api"), ("resolve", "api")]


def doc_action(doc: dict[str, Any], status: str) -> dict[str, Any]:
    action: dict[str, Any] = doc["action"]
    assert action["status"] == status, doc
    return action


def test_cli_against_the_running_worker_and_a_pagerduty_resolve(
        pipeline: Pipeline, stubs: tuple[SlackStub, str, PagerDutyStub, str]) -> None:
    slack, _, pd, _ = stubs
    worker = pipeline.start_worker()
    silence_volume_spikes(worker)
    crisis(pipeline)
    incident, message = paged_incident(pipeline, worker, slack, pd)
    iid = incident["id"]
    env = {"CRISISWATCH_API_TOKEN": API_TOKEN}
    url = ["--url", f"http://127.0.0.1:{worker.web_port}"]

    ls = run_cli(["incidents", "ls", *url, "--state", "open"], env, pipeline.tmp)
    assert ls.returncode == 0, ls.stderr
    row = next(line for line in ls.stdout.splitlines() if line.startswith(iid))
    # The crisis is still being read, so the incident may have escalated since it paged;
    # an open incident's severity only rises.
    labels = {"warning": "WARN", "error": "ERROR", "critical": "CRIT"}  # rising
    shown = list(labels.values())
    assert row.split()[2:4] == ["open", "vkusno"], row
    assert row.split()[1] in shown[shown.index(labels[incident["severity"]]):], row

    acked = run_cli(["incidents", "ack", iid, *url, "--by", "oncall-cli"], env, pipeline.tmp)
    assert acked.returncode == 0, acked.stderr
    assert acked.stdout.splitlines() == ["ok: acknowledged", f"{iid} is now acked"]
    wait_for(lambda: pd_events(pd, iid) == ["trigger", "acknowledge"], 20,
             what="PagerDuty acknowledge after the CLI ack")

    shown = run_cli(["incidents", "show", iid, *url, "--json"], env, pipeline.tmp)
    assert json.loads(shown.stdout)["incident"]["acked_by"] == "oncall-cli"

    # Resolved in PagerDuty: its signed webhook resolves here; PagerDuty gets one idempotent
    # resolve for the same dedup_key back (documented), Slack is edited.
    body = pagerduty_event("incident.resolved", iid, event_id="e2e-resolved-1")
    status, _ = http_json(worker, "POST", "/pagerduty/webhook", body=body,
                          headers=pagerduty_headers(body, PD_WEBHOOK_SECRET))
    assert status == 200
    bad = pagerduty_event("incident.acknowledged", iid, event_id="e2e-forged")
    status, _ = http_json(worker, "POST", "/pagerduty/webhook", body=bad,
                          headers=pagerduty_headers(bad, "wrong-secret"))
    assert status == 401
    wait_for(lambda: len(updates(slack, message.ts)) == 2, 20, what="Slack resolved update")
    assert "Resolved by Pat Oncall" in message.text
    wait_for(lambda: pd_events(pd, iid) == ["trigger", "acknowledge", "resolve"], 20,
             what="the resolve echoed once to PagerDuty")
    assert pd.alerts[iid] == "resolved"

    unauthorized = run_cli(["incidents", "ls", *url], {"CRISISWATCH_API_TOKEN": "nope"},
                           pipeline.tmp)
    assert unauthorized.returncode == 2
    assert "unauthorized: set CRISISWATCH_API_TOKEN" in unauthorized.stderr
