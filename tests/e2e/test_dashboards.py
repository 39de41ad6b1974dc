"""Every Grafana panel shows data: a real Prometheus (Debian's binary) scrapes a real worker fed
with warm history, bad input, a negative burst and a viral story, evaluates the repo's
recording and alert rules, and answers every query of both dashboards.

One scenario per module (about 30 s); the tests read what it produced.
"""

from __future__ import annotations

import json
import math
import shutil
import subprocess
import time
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from streams.ops.localkafka import free_port
from tests.e2e.harness import (
    REPO,
    Pipeline,
    Worker,
    history,
    mention,
    negative_spike,
    wait_for,
)

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("prometheus") is None,
                       reason="prometheus binary missing (Debian package `prometheus`; "
                              "`make test` installs it via deploy/install-test-deps.sh)"),
]

PROM_DIR = REPO / "deploy" / "prometheus"
DASHBOARDS = sorted((REPO / "deploy" / "grafana" / "dashboards").glob("*.json"))
BRAND = "vkusno"
# What Grafana would put in place of its variables for a short, freshly started test.
VARIABLES = {"$__rate_interval": "1m", "$__range": "5m", "$__interval": "15s",
             "${brand}": BRAND, "$brand": BRAND}


# --------------------------------------------------------------------------- Prometheus
@dataclass
class Prometheus:
    proc: subprocess.Popen[bytes]
    url: str
    log_path: Path

    def api(self, path: str, **params: str) -> Any:
        query = urllib.parse.urlencode(params)
        with urllib.request.urlopen(f"{self.url}{path}?{query}", timeout=10) as resp:
            body = json.loads(resp.read())
        assert body["status"] == "success", body
        return body["data"]

    def query(self, expr: str) -> list[dict[str, Any]]:
        data = self.api("/api/v1/query", query=expr)
        result: list[dict[str, Any]] = data["result"]
        return result

    def has(self, expr: str) -> bool:
        return bool(self.query(expr))


def prometheus_config(tmp: Path, target: str) -> Path:
    """The shipped config with the worker as a static target, 1 s scrapes and evaluations."""
    cfg = yaml.safe_load((PROM_DIR / "prometheus.yml").read_text())
    cfg["global"].update(scrape_interval="1s", evaluation_interval="1s")
    cfg["rule_files"] = [str(PROM_DIR / f) for f in cfg["rule_files"]]
    jobs = [j for j in cfg["scrape_configs"] if j["job_name"] == "crisiswatch"]
    assert jobs, "deploy/prometheus/prometheus.yml has no crisiswatch job"
    job = jobs[0]
    job.pop("dns_sd_configs", None)
    job["static_configs"] = [{"targets": [target]}]
    cfg["scrape_configs"] = [job]
    path = tmp / "prometheus.yml"
    path.write_text(yaml.safe_dump(cfg))
    return path


def start_prometheus(tmp: Path, target: str) -> Prometheus:
    port = free_port()
    log_path = tmp / "prometheus.log"
    with log_path.open("wb") as out:
        proc = subprocess.Popen(
            ["prometheus", f"--config.file={prometheus_config(tmp, target)}",
             f"--storage.tsdb.path={tmp / 'tsdb'}", f"--web.listen-address=127.0.0.1:{port}"],
            stdout=out, stderr=subprocess.STDOUT)
    prom = Prometheus(proc, f"http://127.0.0.1:{port}", log_path)

    def ready() -> bool:
        if proc.poll() is not None:
            raise AssertionError(f"prometheus exited:\n{log_path.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{prom.url}/-/ready", timeout=1) as resp:
                return bool(resp.status == 200)
        except OSError:
            return False

    wait_for(ready, 30, what="prometheus /-/ready")
    return prom


# --------------------------------------------------------------------------- scenario
def viral_story(brand: str) -> list[dict[str, Any]]:
    """A filmed post and 30 reposts by well-followed accounts in seconds."""
    root = mention(1, "Охранник во Вкусно и точка выгнал пожилую женщину на мороз, позор, "
                      "видео 😡", media=[{"type": "video", "url": "https://video.example/v/1",
                                          "hash": "v1"}])
    root["author"] = {"id": "root", "handle": "passerby", "followers": 600}
    events = [root]
    for i in range(30):
        text = "Позор Вкусно и точка, как можно так с пожилой женщиной" if i % 3 == 0 else ""
        m = mention(100 + i, text, repost_of=root["id"], brand=brand)
        m["author"] = {"id": f"s{i}", "handle": f"sharer{i}", "followers": 20_000}
        events.append(m)
    return events


def action(kind: str, incident_id: str) -> dict[str, Any]:
    return {"id": uuid.uuid4().hex, "kind": kind, "brand": BRAND,
            "at_ms": int(time.time() * 1000), "by": "alice", "via": "api",
            "incident_id": incident_id}


@dataclass
class Scenario:
    pipeline: Pipeline
    worker: Worker
    prometheus: Prometheus


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory, kafka_bootstrap: str
             ) -> Iterator[Scenario]:
    tmp = tmp_path_factory.mktemp("dashboards")
    alerts = tmp / "alerts.jsonl"
    pipeline = Pipeline(tmp, kafka_bootstrap,
                        receivers={"alerts-file": {"type": "file", "path": str(alerts)}},
                        routing={"receivers": ["alerts-file"], "min_severity": "warning"},
                        env={"CRISISWATCH_LOG_JSON": "1"})
    worker = pipeline.start_worker()
    prom = start_prometheus(tmp, f"127.0.0.1:{worker.web_port}")
    try:
        # Scrapes start before the events, so every counter is seen going up.
        wait_for(lambda: prom.has('up{job="crisiswatch"} == 1'), 30, what="a first scrape")
        pipeline.produce(history())
        # The brand's series exist before the burst, as they would after a day of chatter:
        # Prometheus rates a series only from its second sample on.
        wait_for(lambda: prom.has(f'crisiswatch_mentions_total{{brand="{BRAND}"}} > 0'), 30,
                 what="the history scraped")
        pipeline.produce([b"{not json", b"\xff\xfe"])
        pipeline.produce(negative_spike(40))

        def paged(kind: str) -> dict[str, Any] | None:
            lines = alerts.read_text().splitlines() if alerts.exists() else []
            pages = [json.loads(line) for line in lines]
            found = [p["notification"]["incident"] for p in pages
                     if p["notification"]["incident"]["kind"] == kind]
            return found[0] if found else None

        spike = wait_for(lambda: paged("negative_spike"), 30, what="a negative-spike page")
        pipeline.produce(viral_story(BRAND))
        story = wait_for(lambda: paged("viral_story"), 30, what="a viral-story page")
        # Acknowledge the story (it stays open for the top-stories table), resolve the spike.
        pipeline.produce([action("ack", story["id"])], base="actions", key=BRAND.encode())
        pipeline.produce([action("resolve", spike["id"])], base="actions", key=BRAND.encode())
        wait_for(lambda: prom.has("crisiswatch_mtta_seconds_count > 0")
                 and prom.has("crisiswatch_mttr_seconds_count > 0"), 30,
                 what="MTTA and MTTR in Prometheus")
        time.sleep(3)  # a few more scrapes and rule evaluations
        yield Scenario(pipeline, worker, prom)
    finally:
        prom.proc.terminate()
        try:
            prom.proc.wait(10)
        except subprocess.TimeoutExpired:
            prom.proc.kill()
        pipeline.stop()


# --------------------------------------------------------------------------- dashboards
def substitute(expr: str) -> str:
    for var, value in VARIABLES.items():
        expr = expr.replace(var, value)
    return expr


def panel_queries(dashboard: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(where, expr) for every panel target (rows included) and every annotation query."""
    def walk(panels: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for panel in panels:
            yield panel
            yield from walk(panel.get("panels", []))

    for panel in walk(dashboard["panels"]):
        for target in panel.get("targets", []):
            yield f"panel {panel['title']!r} {target['refId']}", target["expr"]
    for ann in dashboard["annotations"]["list"]:
        if "expr" in ann:
            yield f"annotation {ann['name']!r}", ann["expr"]


def finite(sample: dict[str, Any]) -> bool:
    return math.isfinite(float(sample["value"][1]))


def test_every_panel_and_annotation_query_returns_data(scenario: Scenario) -> None:
    assert len(DASHBOARDS) == 2
    failures = []
    checked = 0
    for path in DASHBOARDS:
        dashboard = json.loads(path.read_text())
        for where, expr in panel_queries(dashboard):
            query = substitute(expr)
            assert "$" not in query, f"{path.name} {where}: unknown variable in {expr}"
            result = scenario.prometheus.query(query)
            checked += 1
            if not any(finite(s) for s in result):
                failures.append(f"{path.name} {where}: {query} -> {result}")
    assert checked >= 30
    assert not failures, "queries without data:\n" + "\n".join(failures)


def test_brand_variable_lists_the_configured_brands(scenario: Scenario) -> None:
    brand = json.loads((REPO / "deploy/grafana/dashboards/brand-overview.json").read_text())
    var = next(v for v in brand["templating"]["list"] if v["name"] == "brand")
    assert var["definition"] == "label_values(crisiswatch_mentions_total, brand)"
    values = scenario.prometheus.api("/api/v1/label/brand/values",
                                     **{"match[]": "crisiswatch_mentions_total"})
    assert values == [BRAND]  # the quiet brand has no mentions, so no series


def test_expected_band_and_top_story_follow_the_scenario(scenario: Scenario) -> None:
    prom = scenario.prometheus
    [mentions] = prom.query(f'max_over_time(crisiswatch:mentions:rate1m{{brand="{BRAND}"}}[1m])')
    [threshold] = prom.query(
        f'crisiswatch_volume_threshold_per_second{{brand="{BRAND}"}}')
    assert float(mentions["value"][1]) > float(threshold["value"][1]) > 0  # the burst crossed it
    [story] = prom.query(f'crisiswatch_story_reach{{brand="{BRAND}"}}')
    assert story["metric"]["state"] == "acknowledged"
    assert "Охранник" in story["metric"]["origin"] and float(story["value"][1]) >= 100_000
    open_kinds = {s["metric"]["kind"] for s in prom.query(
        f'crisiswatch_brand_incidents_open{{brand="{BRAND}"}}')}
    assert "viral_story" in open_kinds and "negative_spike" not in open_kinds  # resolved


def test_alert_rules_are_loaded_and_quiet_on_a_healthy_pipeline(scenario: Scenario) -> None:
    groups = scenario.prometheus.api("/api/v1/rules")["groups"]
    names = {r["name"] for g in groups for r in g["rules"]}
    assert {"CrisiswatchPipelineStalled", "crisiswatch:mentions:rate1m"} <= names
    unhealthy = [r for g in groups for r in g["rules"] if r.get("health") != "ok"]
    assert not unhealthy, unhealthy
    firing = [a for a in scenario.prometheus.api("/api/v1/alerts")["alerts"]
              if a["state"] == "firing"]
    assert not firing, firing


def test_worker_logs_are_json_lines_with_brand_and_incident(scenario: Scenario) -> None:
    lines = [line for line in scenario.worker.log_path.read_text().splitlines() if line.strip()]
    events = []
    for line in lines:
        try:
            events.append(json.loads(line))
        except ValueError:
            pytest.fail(f"not a JSON log line: {line[:300]}")
    delivered = [e for e in events if e.get("event") == "notification.delivered"]
    assert delivered and all(e["brand"] == BRAND and e["incident"].startswith(BRAND + ".")
                             for e in delivered)
    assert all({"event", "level", "timestamp"} <= e.keys() for e in events)


def test_consumer_progress_lag_and_partitions_come_from_kafka(scenario: Scenario) -> None:
    prom = scenario.prometheus

    def value(expr: str) -> float:
        [sample] = prom.query(expr)
        return float(sample["value"][1])

    # One worker owns every partition of its input topics...
    assert value('sum(crisiswatch_assigned_partitions{topic="mentions"})') \
        == scenario.pipeline.partitions
    # ...processed the input it saw appended, and is caught up.
    appended = value('sum(crisiswatch_consumer_appended_offsets_total{topic="mentions"})')
    committed = value('sum(crisiswatch_consumer_committed_offsets_total{topic="mentions"})')
    assert appended > 0 and committed > 0
    wait_for(lambda: prom.has('crisiswatch:consumer_lag:sum{topic="mentions"} == 0'), 15,
             what="no lag on mentions")
    assert value("sum(crisiswatch_worker_ready)") == 1
