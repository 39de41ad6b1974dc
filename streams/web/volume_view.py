"""The compacted `volume` topic materialised in memory on every worker, for the console's
sparklines (`GET /api/brands`, the live event stream) and for the publisher taking a brand
over (it continues the brand's last published hour instead of starting a blank one).

Records: key = brand id, value = `detectors.volume_series.VolumeSnapshot` (JSON), written by
the worker owning the brand (streams/pipeline/volume_publisher.py); a tombstone forgets the brand.
"""

from __future__ import annotations

from collections.abc import Callable

import faust
import msgspec
import structlog

from detectors.volume_series import VolumeSnapshot
from streams.pipeline.runtime import Runtime
from streams.web.incident_view import ChangeFeed, CompactedView

log = structlog.get_logger("crisiswatch.volume_view")

# Called after a batch with the brands whose series changed; must not block or raise.
VolumeListener = Callable[[frozenset[str]], None]


class VolumeStore:
    """Latest snapshot per brand; fed by a `CompactedView` or directly by tests."""

    def __init__(self) -> None:
        self.series: dict[str, VolumeSnapshot] = {}
        self.ready = False
        self._decode = msgspec.json.Decoder(VolumeSnapshot).decode
        self._changes = ChangeFeed("volume_view")  # brands changed, and listeners

    def apply(self, key: bytes | None, value: bytes | None) -> None:
        if key is None:
            return
        brand = key.decode("utf-8", "replace")
        if value is None:
            if self.series.pop(brand, None) is not None:
                self._changes.touched.add(brand)
            return
        try:
            snap = self._decode(value)
        except (msgspec.DecodeError, msgspec.ValidationError) as exc:
            log.warning("volume_view.undecodable", key=brand[:120], error=str(exc)[:200])
            return
        self.series[brand] = snap
        self._changes.touched.add(brand)

    def put(self, snap: VolumeSnapshot) -> None:
        """Tests and the single-process case: as if read from the topic."""
        self.apply(snap.brand.encode(), msgspec.json.encode(snap))
        self.changed()

    def get(self, brand: str) -> VolumeSnapshot | None:
        return self.series.get(brand)

    def changed(self) -> None:
        self._changes.notify()

    def subscribe(self, listener: VolumeListener) -> Callable[[], None]:
        return self._changes.subscribe(listener)

    def evict(self) -> int:
        return 0  # one record per configured brand: nothing grows


def volume_store(app: faust.App | None, rt: Runtime) -> VolumeStore:
    """The worker's `VolumeStore`, created once with its reader task (tests put one in
    `rt.web.volume_store` and need no Kafka)."""
    store = rt.web.volume_store
    if store is not None:
        return store
    store = rt.web.volume_store = VolumeStore()
    view = CompactedView(store, rt.bootstrap, rt.topics.volume, rt.config.kafka, "volume_view")
    if app is not None:
        app.task(view.run)
    return store
