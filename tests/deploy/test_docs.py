"""docs/metrics.md documents every metric a worker exports, every recording rule and alert;
the README links the production guide."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from streams.ops import metrics, observability  # noqa: F401 - register their metrics
from streams.web import ingest_http  # noqa: F401 - registers its metrics

REPO = Path(__file__).resolve().parents[2]
METRICS_MD = (REPO / "docs" / "metrics.md").read_text()

pytestmark = pytest.mark.unit


def documented(name: str) -> bool:
    return re.search(rf"`{re.escape(name)}(\{{[^`]*\}})?`", METRICS_MD) is not None


def test_every_exported_metric_is_documented() -> None:
    missing = []
    for family in metrics.REGISTRY.collect():
        name = family.name + ("_total" if family.type == "counter" else "")
        if not documented(name):
            missing.append(name)
    assert not missing, f"add to docs/metrics.md: {missing}"


def test_every_rule_is_documented() -> None:
    for path in (REPO / "deploy/prometheus/rules").glob("*.yml"):
        for group in yaml.safe_load(path.read_text())["groups"]:
            for rule in group["rules"]:
                name = rule.get("record") or rule["alert"]
                assert documented(name), f"add {name} to docs/metrics.md"


def test_readme_links_the_production_and_metrics_docs() -> None:
    readme = (REPO / "README.md").read_text()
    assert "(docs/production.md)" in readme and "(docs/metrics.md)" in readme
    production = (REPO / "docs" / "production.md").read_text()
    assert "(metrics.md)" in production
