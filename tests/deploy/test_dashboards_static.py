"""deploy/grafana without Grafana: the dashboards are well-formed, use the provisioned data
source through their variable, and every metric they name exists (as a metric the worker
exports or a recording rule). tests/e2e/test_dashboards.py runs every query against live data."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from streams.ops import metrics, observability  # noqa: F401 - registers the scrape-time gauges

REPO = Path(__file__).resolve().parents[2]
GRAFANA = REPO / "deploy" / "grafana"
DASHBOARDS = {p.name: json.loads(p.read_text()) for p in (GRAFANA / "dashboards").glob("*.json")}

pytestmark = pytest.mark.unit


def panels(dashboard: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for p in dashboard["panels"]:
        out.append(p)
        out.extend(p.get("panels", []))
    return out


def exprs(dashboard: dict[str, Any]) -> list[str]:
    found = [t["expr"] for p in panels(dashboard) for t in p.get("targets", [])]
    found += [a["expr"] for a in dashboard["annotations"]["list"] if "expr" in a]
    return found


def exported_names() -> set[str]:
    """Series names a worker exports (counters with _total, histograms with their suffixes)."""
    names = set()
    for family in metrics.REGISTRY.collect():
        for sample in family.samples:
            names.add(sample.name)
        names.add(family.name)
        if family.type == "counter":
            names.add(family.name + "_total")
        if family.type == "histogram":
            names.update(family.name + s for s in ("_bucket", "_sum", "_count"))
    return {n for n in names if n.startswith("crisiswatch")}


def recorded_names() -> set[str]:
    rules = yaml.safe_load((REPO / "deploy/prometheus/rules/recording.yml").read_text())
    return {r["record"] for g in rules["groups"] for r in g["rules"] if "record" in r}


def test_two_dashboards_with_the_documented_uids() -> None:
    assert {d["uid"] for d in DASHBOARDS.values()} == {"crisiswatch-brand", "crisiswatch-pipeline"}
    for d in DASHBOARDS.values():
        assert d["title"].startswith("crisiswatch")
        assert "crisiswatch" in d["tags"]


def test_the_worker_links_to_the_brand_dashboard() -> None:
    from streams.config import Links

    assert Links().grafana_url.endswith("/d/crisiswatch-brand")


@pytest.mark.parametrize("name", sorted(DASHBOARDS))
def test_panels_are_well_formed(name: str) -> None:
    d = DASHBOARDS[name]
    ids = [p["id"] for p in panels(d)]
    assert len(ids) == len(set(ids)), "duplicate panel ids"
    for p in panels(d):
        pos = p["gridPos"]
        assert pos["x"] >= 0 and pos["x"] + pos["w"] <= 24 and pos["h"] > 0, p["title"]
        if p["type"] == "row":
            continue
        assert p["targets"], f"{p['title']}: no query"
        assert p["datasource"] == {"type": "prometheus", "uid": "${datasource}"}
        for t in p["targets"]:
            assert t["datasource"] == p["datasource"] and t["expr"].strip()
        refs = [t["refId"] for t in p["targets"]]
        assert len(refs) == len(set(refs)), p["title"]


@pytest.mark.parametrize("name", sorted(DASHBOARDS))
def test_every_named_metric_exists(name: str) -> None:
    known = exported_names() | recorded_names() | {"up"}
    for expr in exprs(DASHBOARDS[name]):
        for metric in re.findall(r"\b(crisiswatch[:\w]*|up)\b(?=\s*[{\[)]|\s*$|\s)", expr):
            assert metric in known, f"{name}: unknown metric {metric} in {expr}"


def test_brand_dashboard_has_a_brand_variable_and_incident_annotations() -> None:
    d = DASHBOARDS["brand-overview.json"]
    names = {v["name"]: v for v in d["templating"]["list"]}
    assert names["datasource"]["query"] == "prometheus"
    assert names["brand"]["multi"] and names["brand"]["includeAll"]
    for p in panels(d):
        for t in p.get("targets", []):
            assert 'brand=~"$brand"' in t["expr"], f"{p['title']} ignores the brand selector"
    annotation_exprs = [a["expr"] for a in d["annotations"]["list"] if "expr" in a]
    assert any("crisiswatch_brand_incidents_open" in e for e in annotation_exprs)
    titles = {p["title"] for p in panels(d)}
    assert any("expected" in t for t in titles) and any("Top stories" in t for t in titles)


def test_pipeline_dashboard_covers_the_issue_list() -> None:
    text = " ".join(exprs(DASHBOARDS["pipeline-health.json"]))
    for metric in ("crisiswatch_batch_events", "crisiswatch_batch_seconds",
                   "crisiswatch:consumer_lag:sum", "crisiswatch_dlq_total",
                   "crisiswatch_notifications_total", "crisiswatch_e2e_latency_seconds_bucket",
                   "crisiswatch_mtta_seconds", "crisiswatch_mttr_seconds",
                   "crisiswatch_incidents_open"):
        assert metric in text, metric


def test_provisioning_points_at_the_dashboards_and_prometheus() -> None:
    ds = yaml.safe_load((GRAFANA / "provisioning/datasources/prometheus.yml").read_text())
    [source] = ds["datasources"]
    assert source["type"] == "prometheus" and source["url"] == "http://prometheus:9090"
    assert source["isDefault"]
    prov = yaml.safe_load((GRAFANA / "provisioning/dashboards/crisiswatch.yml").read_text())
    [provider] = prov["providers"]
    assert provider["type"] == "file"
    compose = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    mounts = compose["services"]["grafana"]["volumes"]
    assert f"./deploy/grafana/dashboards:{provider['options']['path']}:ro" in mounts


def test_rules_name_only_existing_metrics() -> None:
    known = exported_names() | recorded_names() | {"up"}
    for path in (REPO / "deploy/prometheus/rules").glob("*.yml"):
        for group in yaml.safe_load(path.read_text())["groups"]:
            for rule in group["rules"]:
                for metric in re.findall(r"\b(crisiswatch[:\w]*|up)\b(?=\s*[{\[)]|\s*$|\s)",
                                         rule["expr"]):
                    assert metric in known, f"{path.name}: unknown metric {metric}"
