"""Topic names and their settings: the pipeline's interfaces (DESIGN.md "Data flow")."""

from __future__ import annotations

from dataclasses import dataclass

DAY_MS = 86_400_000


@dataclass(frozen=True, slots=True)
class TopicSpec:
    name: str
    compacted: bool = False
    retention_ms: int = 7 * DAY_MS


BASE_TOPICS = (
    TopicSpec("mentions"),
    TopicSpec("mentions.dlq", retention_ms=30 * DAY_MS),
    TopicSpec("mentions.enriched"),
    TopicSpec("signals"),
    TopicSpec("actions", retention_ms=30 * DAY_MS),
    TopicSpec("incidents", compacted=True),
    TopicSpec("notifications"),
    TopicSpec("notifications.dlq", retention_ms=30 * DAY_MS),
    # Per-brand mention volume of the last hour (key: brand), for the console's sparklines:
    # written by the worker owning the brand (streams/pipeline/volume_publisher.py), read by all.
    TopicSpec("volume", compacted=True),
)


@dataclass(frozen=True, slots=True)
class TopicNames:
    """Concrete names under a prefix, so several deployments or tests share one cluster."""

    prefix: str = ""

    def __getattr__(self, item: str) -> str:  # pragma: no cover - attribute typo guard
        raise AttributeError(item)

    @property
    def mentions(self) -> str:
        return self.prefix + "mentions"

    @property
    def mentions_dlq(self) -> str:
        return self.prefix + "mentions.dlq"

    @property
    def enriched(self) -> str:
        return self.prefix + "mentions.enriched"

    @property
    def signals(self) -> str:
        return self.prefix + "signals"

    @property
    def actions(self) -> str:
        return self.prefix + "actions"

    @property
    def incidents(self) -> str:
        return self.prefix + "incidents"

    @property
    def notifications(self) -> str:
        return self.prefix + "notifications"

    @property
    def notifications_dlq(self) -> str:
        return self.prefix + "notifications.dlq"

    @property
    def volume(self) -> str:
        return self.prefix + "volume"

    def specs(self) -> list[TopicSpec]:
        return [TopicSpec(self.prefix + t.name, t.compacted, t.retention_ms) for t in BASE_TOPICS]
