"""`crisiswatch backtest` as a subprocess: CSV counts, recorded mentions, errors."""

from __future__ import annotations

import math
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.cli.common import crisiswatch, json_lines

pytestmark = pytest.mark.unit

START = datetime(2026, 3, 2, tzinfo=UTC)


def write_counts(path: Path, spike_at: int | None, days: int = 3) -> list[str]:
    """5-minute counts with a daily rhythm; returns the timestamps as written."""
    rng = random.Random(9)
    stamps, lines = [], ["timestamp,value"]
    for i in range(days * 288):
        t = START + timedelta(minutes=5 * i)
        lam = 3 + 15 * math.exp(-(((t.hour + t.minute / 60 - 14) / 4) ** 2))
        n = sum(rng.random() < lam / 40 for _ in range(40))
        if i == spike_at:
            n = int(lam * 8) + 25
        stamp = t.strftime("%Y-%m-%d %H:%M:%S")
        stamps.append(stamp)
        lines.append(f"{stamp},{n}")
    path.write_text("\n".join(lines) + "\n")
    return stamps


def test_counts_csv_reports_the_spike_interval(tmp_path: Path) -> None:
    spike = 2 * 288 + 170  # day 3, 14:10
    stamps = write_counts(tmp_path / "counts.csv", spike)
    done = crisiswatch("backtest", "--counts", "counts.csv", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = json_lines(done.stdout)
    assert [(x["timestamp"], x["kind"]) for x in lines] == [(stamps[spike], "volume_spike")]
    assert lines[0]["timestamp"] == "2026-03-04 14:10:00"
    # The first signal of an episode says so (a benchmark counts those); the group names it.
    assert lines[0]["episode"] == "start" and lines[0]["group"].startswith("episode 2026-03-04")
    assert lines[0]["severity"] in ("warning", "error", "critical")
    assert lines[0]["brand"] == "series" and lines[0]["observed"] > lines[0]["expected"]
    assert "volume.window set to 5m" in done.stderr


def test_counts_csv_with_a_config_uses_its_brand(tmp_path: Path) -> None:
    write_counts(tmp_path / "counts.csv", None)
    (tmp_path / "cw.yaml").write_text(
        "brands:\n  - {id: acme, name: Acme, aliases: [acme]}\n"
        "  - {id: other, name: Other, aliases: [other], volume: {window: 5m}}\n")
    done = crisiswatch("backtest", "--counts", "counts.csv", "-c", "cw.yaml", cwd=tmp_path)
    assert done.returncode == 0 and done.stdout == "", done.stderr
    assert "brand acme" in done.stderr and "set to 5m" in done.stderr
    done = crisiswatch("backtest", "--counts", "counts.csv", "-c", "cw.yaml", "--brand",
                       "other", cwd=tmp_path)
    assert done.returncode == 0 and "set to" not in done.stderr  # already 5m
    done = crisiswatch("backtest", "--counts", "counts.csv", "-c", "cw.yaml", "--brand",
                       "nope", cwd=tmp_path)
    assert done.returncode == 2 and "no brand 'nope'" in done.stderr


@pytest.mark.parametrize(("content", "message"), [
    ("when,value\n2026-03-02 00:00:00,1\n", "bad.csv:1: the header must be `timestamp,value`"),
    ("timestamp,value\n2026-03-02 00:00:00,1\n02/03/2026 00:05,2\n",
     "bad.csv:3: unparsable timestamp '02/03/2026 00:05'"),
    ("timestamp,value\n2026-03-02 00:00:00,1\n2026-03-02 00:05:00,lots\n",
     "bad.csv:3: value 'lots' is not a number"),
])
def test_bad_csv_exits_2_naming_file_and_line(tmp_path: Path, content: str,
                                              message: str) -> None:
    (tmp_path / "bad.csv").write_text(content)
    done = crisiswatch("backtest", "--counts", "bad.csv", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stdout == ""
    assert f"crisiswatch: error: {message}" in done.stderr


def test_mentions_need_a_config(tmp_path: Path) -> None:
    (tmp_path / "m.jsonl").write_text("")
    done = crisiswatch("backtest", "m.jsonl", cwd=tmp_path)
    assert done.returncode == 2 and "-c config.yaml" in done.stderr


def test_simulated_scenario_replays_into_incidents_and_pages(tmp_path: Path) -> None:
    made = crisiswatch("simulate", "--scenario", "bolt-buckwheat", "--start",
                       "2026-01-05T09:00:00+03:00", "--out", "bolt.jsonl", "--write-config",
                       "bolt.yaml", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    with (tmp_path / "bolt.jsonl").open("a") as fh:
        fh.write("{not json\n")
    done = crisiswatch("backtest", "bolt.jsonl", "-c", "bolt.yaml", "--incidents", "--tz",
                       "Europe/Moscow", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = json_lines(done.stdout)
    signals = [x for x in lines if x["type"] == "signal"]
    pages = [x for x in lines if x["type"] == "page"]
    incidents = [x for x in lines if x["type"] == "incident"]
    first = next(x for x in signals if x["kind"] == "complaint_escalation")
    assert (first["severity"], first["timestamp"]) == ("error", "2026-01-05T10:25:00+03:00")
    assert any(p["kind"] == "complaint_escalation" and p["severity"] == "critical"
               for p in pages)
    assert any(i["kind"] == "complaint_escalation" and i["paged"] for i in incidents)
    assert "bolt.jsonl:" in done.stderr and ": not_json:" in done.stderr
    assert "1 invalid" in done.stderr


def test_summary_prints_pages_per_brand_and_week(tmp_path: Path) -> None:
    made = crisiswatch("simulate", "--scenario", "bolt-buckwheat", "--start",
                       "2026-01-05T09:00:00+03:00", "--out", "bolt.jsonl", "--write-config",
                       "bolt.yaml", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    done = crisiswatch("backtest", "bolt.jsonl", "-c", "bolt.yaml", "--summary", "--tz",
                       "Europe/Moscow", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("brand") and "new pages by kind" in lines[0]
    (row,) = [line for line in lines[1:] if line.startswith("zerno")]
    assert "2026-W02" in row and "complaint_escalation 1" in row
    pages = int(row.split()[2])
    assert pages >= 2  # the argument and the viral screenshot each paged once
    assert "update" in row  # their severity rises are follow-ups, not pages
    assert "incidents" in done.stderr and "paged" in done.stderr
    bad = crisiswatch("backtest", "--counts", "c.csv", "--summary", cwd=tmp_path)
    assert bad.returncode == 2 and "--summary counts pages" in bad.stderr
