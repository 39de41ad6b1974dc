"""Shared by the connector mapper tests: fixtures and the topic's own validation."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import orjson

from detectors.mention import Invalid, parse_mention
from detectors.model import Mention

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "connectors"


def fixture(name: str) -> Any:
    path = FIXTURES / name
    return json.loads(path.read_text("utf-8")) if name.endswith(".json") else path.read_bytes()


def valid(mention: dict[str, Any]) -> Mention:
    """The mapped dict must pass exactly the validation every mention gets."""
    parsed = parse_mention(orjson.dumps(mention), int(time.time() * 1000))
    assert not isinstance(parsed, Invalid), parsed
    return parsed
