"""`crisiswatch simulate` as a subprocess: listing, configs, files, determinism, speed."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from streams.config import load_config
from tests.cli.common import crisiswatch, json_lines

pytestmark = pytest.mark.unit


def test_list_names_every_scenario(tmp_path: Path) -> None:
    done = crisiswatch("simulate", "--list", cwd=tmp_path)
    assert done.returncode == 0
    for name in ("restaurant-guard", "bolt-buckwheat", "ignored-complaints", "executive-gaffe",
                 "fake-rumour", "quiet-week", "marketing-campaign"):
        assert name in done.stdout


def test_write_config_alone_writes_a_loadable_config(tmp_path: Path) -> None:
    done = crisiswatch("simulate", "--scenario", "executive-gaffe", "--write-config", "g.yaml",
                       cwd=tmp_path)
    assert done.returncode == 0 and done.stdout == ""
    config = load_config(tmp_path / "g.yaml")
    assert [s.id for s in config.specs] == ["kvartal"]
    assert config.specs[0].watched_accounts[0].handle == "arkady_belov"
    assert yaml.safe_load((tmp_path / "g.yaml").read_text())["brands"][0]["id"] == "kvartal"


def test_same_seed_and_start_give_the_same_file(tmp_path: Path) -> None:
    args = ("simulate", "--scenario", "bolt-buckwheat", "--seed", "5", "--start",
            "2026-01-05 06:00:00")
    a = crisiswatch(*args, "--out", "a.jsonl", cwd=tmp_path)
    b = crisiswatch(*args, cwd=tmp_path)  # stdout
    assert a.returncode == b.returncode == 0
    assert (tmp_path / "a.jsonl").read_text() == b.stdout
    events = json_lines(b.stdout)
    assert events[0]["created_at"] >= 1_767_592_800_000  # 2026-01-05 06:00 UTC
    assert "bolt-buckwheat (seed 5)" in a.stderr


def test_default_start_lays_the_stream_out_in_the_past(tmp_path: Path) -> None:
    import time

    before = int(time.time() * 1000)
    done = crisiswatch("simulate", "--scenario", "bolt-buckwheat", cwd=tmp_path)
    events = json_lines(done.stdout)
    assert before - 8 * 3_600_000 - 60_000 <= events[0]["created_at"]
    assert max(e["created_at"] for e in events) <= int(time.time() * 1000)


def test_speed_compresses_the_live_part(tmp_path: Path) -> None:
    done = crisiswatch("simulate", "--scenario", "bolt-buckwheat", "--speed", "100000",
                       cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    created = [e["created_at"] for e in json_lines(done.stdout)]
    assert max(created) - min(created) < 8 * 3_600_000 / 100_000 + 1_000  # 8 hours in < 1.3 s


@pytest.mark.parametrize(("args", "message"), [
    ((), "pass --scenario NAME"),
    (("--scenario", "nope"), "invalid choice"),
    (("--scenario", "quiet-week", "--speed", "-1"), "--speed must be >= 0"),
    (("--scenario", "quiet-week", "--start", "soon"), "--start 'soon'"),
])
def test_mistakes_are_reported(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    done = crisiswatch("simulate", *args, cwd=tmp_path)
    assert done.returncode == 2 and message in done.stderr


def test_the_week_takes_a_bank_crises_and_days(tmp_path: Path) -> None:
    done = crisiswatch("simulate", "--scenario", "week", "--write-config", "w.yaml", cwd=tmp_path)
    assert done.returncode == 0 and done.stdout == ""
    config = load_config(tmp_path / "w.yaml")
    assert [s.id for s in config.specs] == ["sochny", "polyushko", "volna"]
    assert config.routing.min_severity == "warning"
    assert all(s.business_hours.start == "09:00" and s.business_hours.end == "21:00"
               for s in config.specs)
    listed = crisiswatch("simulate", "--list", cwd=tmp_path)
    assert "week" in listed.stdout and "guard-video" in listed.stdout


@pytest.mark.parametrize(("args", "message"), [
    (("--scenario", "week", "--inject", "alien-invasion"), "unknown crisis 'alien-invasion'"),
    (("--scenario", "week", "--inject", "guard-video:polyushko"),
     "guard-video cannot be injected on brand polyushko"),
    (("--scenario", "week", "--inject", "fake-story@friday"), "use 'D HH:MM'"),
    (("--scenario", "week", "--days", "9"), "days must be 1-7"),
    (("--scenario", "quiet-week", "--bank", "holdout"), "apply to --scenario week only"),
    (("--scenario", "week", "--bank", "other"), "invalid choice"),
])
def test_week_mistakes_are_reported(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    done = crisiswatch("simulate", *args, "--write-config", "w.yaml", cwd=tmp_path)
    assert done.returncode == 2 and message in done.stderr, done.stderr


def test_a_day_of_the_week_with_a_crisis_at_its_time(tmp_path: Path) -> None:
    done = crisiswatch("simulate", "--scenario", "week", "--days", "1", "--bank", "holdout",
                       "--inject", "guard-video:volna@1T13:10", "--seed", "101", "--start",
                       "2026-03-15T00:00:00+03:00", "--out", "w.jsonl", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    events = json_lines((tmp_path / "w.jsonl").read_text())
    assert len(events) > 20_000  # a day of history and a day: ~7,300 mentions a day + updates
    monday_1310 = 1_773_655_800_000  # 2026-03-16 13:10 Moscow
    first = min((e for e in events if e["created_at"] >= monday_1310 and "охран" in e["text"]),
                key=lambda e: e["created_at"])
    assert first["created_at"] == monday_1310 and first["media"]
    assert "week (seed 101)" in done.stderr
