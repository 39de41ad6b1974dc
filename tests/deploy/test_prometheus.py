"""deploy/prometheus: the config and rule files are valid for promtool, and the rules' unit
tests (deploy/prometheus/tests/*.yml: input series -> expected samples and alerts) pass."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
PROM = REPO / "deploy" / "prometheus"
PROMTOOL = shutil.which("promtool")

pytestmark = [
    pytest.mark.unit,
    pytest.mark.skipif(PROMTOOL is None,
                       reason="promtool missing (Debian package `prometheus`; `make test` "
                              "installs it via deploy/install-test-deps.sh)"),
]


def promtool(*args: str, cwd: Path = PROM) -> subprocess.CompletedProcess[str]:
    assert PROMTOOL is not None
    return subprocess.run([PROMTOOL, *args], cwd=cwd, capture_output=True, text=True,
                          timeout=60, check=False)


def ok(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 0, result.stdout + result.stderr


def test_config_is_valid() -> None:
    ok(promtool("check", "config", "prometheus.yml"))


def test_rules_are_valid() -> None:
    ok(promtool("check", "rules", *sorted(str(p.relative_to(PROM))
                                          for p in PROM.glob("rules/*.yml"))))


def test_rule_unit_tests_pass() -> None:
    tests = sorted(str(p.relative_to(PROM)) for p in PROM.glob("tests/*.yml"))
    assert len(tests) >= 2
    ok(promtool("test", "rules", *tests))


def test_every_alert_has_a_unit_test_that_expects_it_to_fire() -> None:
    alerts = {r["alert"] for g in yaml.safe_load((PROM / "rules/alerts.yml").read_text())
              ["groups"] for r in g["rules"]}
    fired = set()
    for path in PROM.glob("tests/*.yml"):
        for test in yaml.safe_load(path.read_text())["tests"]:
            for case in test.get("alert_rule_test", []):
                if case["exp_alerts"]:
                    fired.add(case["alertname"])
    assert alerts == fired


def test_a_wrong_expectation_fails(tmp_path: Path) -> None:
    """The rule tests can fail: change one expected value and promtool must say so."""
    spec = yaml.safe_load((PROM / "tests/recording_test.yml").read_text())
    spec["rule_files"] = [str(PROM / f.removeprefix("../")) for f in spec["rule_files"]]
    sample = spec["tests"][0]["promql_expr_test"][0]["exp_samples"][0]
    sample["value"] = float(sample["value"]) + 1
    broken = tmp_path / "broken_test.yml"
    broken.write_text(yaml.safe_dump(spec, allow_unicode=True))
    result = promtool("test", "rules", str(broken), cwd=tmp_path)
    assert result.returncode != 0
    assert "crisiswatch:mentions:rate1m" in result.stdout + result.stderr


def test_rule_tests_fix_the_group_order() -> None:
    """promtool evaluates rule groups in Go map order unless told: an alert reading a recording
    rule then sees it one step late now and then (a flaky summary in CI)."""
    for path in PROM.glob("tests/*.yml"):
        spec = yaml.safe_load(path.read_text())
        groups = [g["name"] for f in spec["rule_files"]
                  for g in yaml.safe_load((path.parent / f).read_text())["groups"]]
        if len(groups) > 1:
            assert spec.get("group_eval_order") == groups, path.name
