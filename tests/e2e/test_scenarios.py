"""`crisiswatch simulate --kafka` into a real worker: the restaurant-guard video pages as a viral
story at a file receiver, and the volume spikes it causes do not page."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from detectors.model import Kind, Severity
from detectors.scenarios import get
from tests.e2e.harness import Pipeline, wait_for

pytestmark = pytest.mark.e2e


def pages(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            out.append(json.loads(line)["notification"])
    return out


def test_simulated_viral_video_pages_the_story_not_its_volume_spike(
        tmp_path: Path, kafka_bootstrap: str) -> None:
    scenario = get("restaurant-guard")
    alerts = tmp_path / "alerts.jsonl"
    pipeline = Pipeline(
        tmp_path, kafka_bootstrap,
        receivers={"alerts-file": {"type": "file", "path": str(alerts)}},
        routing={"receivers": ["alerts-file"], "min_severity": "warning"},
        brands=list(scenario.config["brands"]),
    )
    try:
        worker = pipeline.start_worker()
        config = pipeline.write_config(worker.web_port)  # the worker's own config
        # Midnight in Moscow two days ago: the video at 02:00, as in the unit test's night run.
        now = datetime.now(ZoneInfo("Europe/Moscow"))
        start = (now - timedelta(days=2)).replace(hour=0, minute=0, second=0, microsecond=0)
        done = subprocess.run(
            [sys.executable, "-m", "streams.cli", "simulate", "--scenario", "restaurant-guard",
             "--kafka", "-c", str(config), "--seed", "1", "--start", start.isoformat()],
            cwd=tmp_path, capture_output=True, text=True, timeout=180, check=False)
        assert done.returncode == 0, done.stderr
        assert "to topic" in done.stderr

        def viral(severity: Severity) -> list[dict[str, Any]]:
            return [n for n in pages(alerts) if n["incident"]["kind"] == Kind.VIRAL_STORY
                    and n["incident"]["severity"] == severity]

        first = wait_for(lambda: [n for n in pages(alerts)
                                  if n["incident"]["kind"] == Kind.VIRAL_STORY], 90,
                         what="a viral_story page")[0]
        assert first["event"] == "trigger" and first["brand_name"] == "Сытый Гусь"
        viral_id = first["incident"]["id"]
        wait_for(lambda: viral(Severity.CRITICAL), 90, what="the viral story reaching critical")

        def volume_incidents() -> list[dict[str, Any]]:
            latest = {}
            for _, value in pipeline.consume("incidents"):
                incident = json.loads(value)
                latest[incident["id"]] = incident
            found = [i for i in latest.values() if i["kind"] in Kind.VOLUME_KINDS]
            return found if found and all(i["inhibited_by"] for i in found) else []

        # The spikes the story caused are incidents, muted by it, and never paged.
        spikes = wait_for(volume_incidents, 60, what="inhibited volume incidents")
        assert all(i["inhibited_by"] == viral_id and i["notified_severity"] is None
                   for i in spikes), spikes
        paged = {n["incident"]["kind"] for n in pages(alerts) if n["event"] != "resolve"}
        assert paged <= {Kind.VIRAL_STORY, Kind.INFLUENCER_NEGATIVE}, paged
    finally:
        pipeline.stop()
