"""`crisiswatch incidents ...` against the API served over real loopback HTTP (the engine and
store in-process, no broker): output, exit codes and the errors people see."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from structlog.testing import capture_logs

from detectors.model import Severity
from streams.cli import main
from streams.ops import logs
from streams.ops.localkafka import free_port
from tests.http.api_loop import CONFIG, TOKEN, EngineLoop, build_app, signal
from tests.stubs.server import StubServer

pytestmark = pytest.mark.http


@pytest.fixture
def served(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
           ) -> Iterator[tuple[list[str], EngineLoop]]:
    monkeypatch.setenv("CW_TEST_API_TOKEN", TOKEN)
    # In-process CLI runs must not point structlog at pytest's captured (then closed) stderr.
    monkeypatch.setattr(logs, "configure", lambda *_a, **_k: None)
    config = tmp_path / "crisiswatch.yaml"
    config.write_text(CONFIG)
    app, loop = build_app()
    loop.open(signal(severity=Severity.CRITICAL, unverified=True,
                     mentions=(signal().mentions[0],)))
    loop.open(signal(brand="teremok", kind="volume_spike", severity=Severity.WARNING))
    with capture_logs(), StubServer(app) as server:  # the server's log lines: not on stdout
        yield ["-c", str(config), "--url", server.url], loop


def cli(capsys: pytest.CaptureFixture[str], verb: str, *args: str) -> tuple[int, str, str]:
    code = main(["incidents", verb, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_ls_table_and_json(served: tuple[list[str], EngineLoop],
                           capsys: pytest.CaptureFixture[str]) -> None:
    common, _ = served
    code, out, _ = cli(capsys, "ls", *common)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "SEV", "STATE", "BRAND", "OPENED", "WHAT"]
    first = lines[1].split()
    assert first[0].startswith("vkusno.negative_spike.") and first[1:4] == [
        "CRIT", "open!", "vkusno"]
    assert "Negative mentions spike: 24 in 31s" in lines[1]
    assert "Всплеск упоминаний" in lines[2]
    assert lines[-1].startswith("2 of 2 incidents")
    code, out, _ = cli(capsys, "ls", *common, "--json", "--brand", "teremok")
    doc = json.loads(out)
    assert [i["brand"] for i in doc["incidents"]] == ["teremok"]


def test_show_ack_note_resolve(served: tuple[list[str], EngineLoop],
                               capsys: pytest.CaptureFixture[str]) -> None:
    common, loop = served
    incident_id = next(i for i in loop.store.incidents if i.startswith("vkusno"))
    code, out, _ = cli(capsys, "show", *common, incident_id)
    assert code == 0 and out.startswith("Вкусно — и точка: Negative mentions spike")
    assert "timeline:" in out and "UNVERIFIED" in out
    assert "\x1b" not in out
    code, out, _ = cli(capsys, "ack", *common, incident_id, "--by", "anna")
    assert code == 0 and out.splitlines() == ["ok: acknowledged",
                                              f"{incident_id} is now acked"]
    (action,) = loop.actions()
    assert (action.via, action.by) == ("cli", "anna")
    code, out, _ = cli(capsys, "note", *common, incident_id, "called the CEO")
    assert code == 0 and out.startswith("ok: note added")
    code, out, _ = cli(capsys, "resolve", *common, incident_id)
    assert code == 0 and out.startswith("ok: resolved")
    code, out, _ = cli(capsys, "ack", *common, incident_id)
    assert code == 0 and out.startswith("noop: already resolved")
    assert loop.store.incidents[incident_id].state == "resolved"


def test_idempotency_key_makes_a_rerun_safe(served: tuple[list[str], EngineLoop],
                                            capsys: pytest.CaptureFixture[str]) -> None:
    common, loop = served
    incident_id = next(i for i in loop.store.incidents if i.startswith("teremok"))
    for _ in range(2):
        code, out, _ = cli(capsys, "resolve", *common, incident_id, "--idempotency-key", "r1")
        assert code == 0 and out.startswith("ok: resolved")
    assert len({a.id for a in loop.actions()}) == 1


def test_silence_silences_and_unsilence(served: tuple[list[str], EngineLoop],
                                        capsys: pytest.CaptureFixture[str]) -> None:
    common, loop = served
    code, out, _ = cli(capsys, "silence", *common, "--brand", "teremok", "--kind",
                       "volume_spike", "--for", "2h", "--comment", "TV tonight")
    assert code == 0 and "teremok: ok: silence sil-" in out
    silence_id = out.split("silence ", 2)[-1].split()[0]
    code, out, _ = cli(capsys, "silences", *common)
    assert out.startswith(silence_id) and "kind=volume_spike" in out and "# TV tonight" in out
    incident_id = next(i for i in loop.store.incidents if i.startswith("vkusno"))
    code, out, _ = cli(capsys, "silence", *common, incident_id, "--for", "30m")
    assert code == 0 and out.startswith("ok: silence sil-")
    code, out, _ = cli(capsys, "unsilence", *common, silence_id)
    assert code == 0 and out.startswith("teremok: ok: silence")
    code, _, err = cli(capsys, "silence", *common, incident_id, "--kind", "x")
    assert code == 2 and "give only --for" in err


def test_clear_errors(served: tuple[list[str], EngineLoop], capsys: pytest.CaptureFixture[str],
                      monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    common, _ = served
    code, _, err = cli(capsys, "show", *common, "vkusno.nope.0.1")
    assert code == 2 and "404: no such incident" in err
    # Server and CLI share this process's environment: the CLI gets a wrong token through the
    # default variable (with --url and no config it needs nothing else).
    monkeypatch.setenv("CRISISWATCH_API_TOKEN", "wrong")
    code, _, err = cli(capsys, "ls", "--url", common[3])
    assert code == 2 and "unauthorized: set CRISISWATCH_API_TOKEN" in err
    monkeypatch.delenv("CRISISWATCH_API_TOKEN")
    monkeypatch.delenv("CW_TEST_API_TOKEN")
    code, _, err = cli(capsys, "ls", *common)
    assert code == 2 and "set CW_TEST_API_TOKEN to the worker's API token" in err
    monkeypatch.setenv("CW_TEST_API_TOKEN", TOKEN)
    port = free_port()
    code, _, err = cli(capsys, "ls", common[0], common[1], "--url", f"http://127.0.0.1:{port}")
    assert code == 2 and f"is the worker running at http://127.0.0.1:{port}?" in err
    code, _, err = cli(capsys, "ls", "-c", str(tmp_path / "missing.yaml"))
    assert code == 2 and "config file not found" in err and "--url" in err


def test_default_url_comes_from_the_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CW_TEST_API_TOKEN", TOKEN)
    monkeypatch.setattr(logs, "configure", lambda *_a, **_k: None)
    port = free_port()
    config = tmp_path / "c.yaml"
    config.write_text(CONFIG.replace("worker: {", f"worker: {{web_port: {port}, "))
    code, _, err = cli(capsys, "ls", "-c", str(config))
    assert code == 2 and f"http://127.0.0.1:{port}" in err
