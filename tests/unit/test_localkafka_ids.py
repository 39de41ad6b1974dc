"""The local broker: its cluster id (always one `kafka-storage format -t` accepts) and the
files it is started with."""

from __future__ import annotations

import uuid

import pytest

from streams.ops import localkafka

pytestmark = pytest.mark.unit


def test_cluster_id_never_starts_with_a_dash(monkeypatch: pytest.MonkeyPatch) -> None:
    drawn = iter([uuid.UUID(bytes=b"\xf8" + bytes(15)), uuid.UUID(bytes=b"\x01" * 16)])
    monkeypatch.setattr(localkafka.uuid, "uuid4", lambda: next(drawn))
    cid = localkafka._cluster_id()
    assert cid == "AQEBAQEBAQEBAQEBAQEBAQ"  # the second draw: the first began with "-"
    assert len(cid) == 22


def test_the_launcher_finds_its_maven_and_logging_files() -> None:
    # REPO_ROOT is derived from the module's own path: moving the module must not lose them.
    assert localkafka.POM.is_file(), localkafka.POM
    assert localkafka.LOG4J.is_file(), localkafka.LOG4J
