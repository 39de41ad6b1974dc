"""Log lines: with --log-json everything the worker writes (ours and Faust/aiokafka's stdlib
logging) is one JSON object per line, with secrets masked and the brand next to incident ids."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest
import structlog

from streams.ops import logs
from tests.fakes import slack_token, slack_webhook_url

pytestmark = pytest.mark.unit


@pytest.fixture(autouse=True)
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    secrets = set(logs._secret_values)
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    logs._secret_values.clear()
    logs._secret_values.update(secrets)
    structlog.reset_defaults()


def json_lines(err: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in err.splitlines() if line.strip()]


def test_structlog_and_stdlib_records_are_json_lines(capsys: pytest.CaptureFixture[str]) -> None:
    logs.configure("info", json=True)
    logs.register_secret("hunter2-secret")
    structlog.get_logger("crisiswatch.test").info(
        "notification.delivered", incident="vkusno.viral_story.0123abcd.1", receiver="slack")
    logging.getLogger("aiokafka.consumer").error("auth failed for %s", "hunter2-secret")
    try:
        raise ValueError("boom")
    except ValueError:
        logging.getLogger("faust.worker").exception("crashed")
    logging.getLogger("mode").info("chatter below WARNING is dropped")
    first, second, third = json_lines(capsys.readouterr().err)
    assert first["event"] == "notification.delivered" and first["level"] == "info"
    assert first["brand"] == "vkusno" and first["incident"].startswith("vkusno.")
    assert second == {"event": "auth failed for ***", "logger": "aiokafka.consumer",
                      "level": "error", "timestamp": second["timestamp"]}
    assert second["timestamp"].endswith("Z")
    assert third["logger"] == "faust.worker" and "ValueError: boom" in third["exception"]


def test_configure_twice_keeps_one_handler(capsys: pytest.CaptureFixture[str]) -> None:
    logs.configure("info", json=True)
    logs.configure("info", json=True)
    logging.getLogger("aiokafka").warning("once")
    assert len(json_lines(capsys.readouterr().err)) == 1


def test_console_mode_is_not_json(capsys: pytest.CaptureFixture[str]) -> None:
    logs.configure("info", json=False)
    logging.getLogger("aiokafka").warning("readable")
    err = capsys.readouterr().err
    assert "readable" in err and not err.lstrip().startswith("{")


@pytest.mark.parametrize(("event", "brand"), [
    ({"incident": "teremok.complaint_sla.ab12.3"}, "teremok"),
    ({"incident": "teremok.complaint_sla.ab12.3", "brand": "given"}, "given"),
    ({"incident": "no-dots"}, None),
    ({"incident": None}, None),
])
def test_brand_from_incident(event: dict[str, Any], brand: str | None) -> None:
    assert logs.brand_from_incident(None, "info", dict(event)).get("brand") == brand


def test_token_shapes_and_secret_keys_are_masked_everywhere(
        capsys: pytest.CaptureFixture[str]) -> None:
    logs.configure("info", json=True)
    structlog.get_logger("t").warning(
        "sink.failed", api_token="plain-value", detail=[f"see {slack_webhook_url('T0/B0/abcdef')}"],
        headers={"Authorization": "Bearer abcdefghijkl"})
    logging.getLogger("aiokafka").warning(f"{slack_token('1234567890-abcdef')} leaked")
    ours, theirs = json_lines(capsys.readouterr().err)
    assert ours["api_token"] == "***"
    assert "abcdef" not in json.dumps(ours) and "***" in ours["detail"][0]
    assert "abcdefghijkl" not in json.dumps(ours)
    assert slack_token("1234567890") not in theirs["event"]
