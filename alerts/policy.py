"""How incidents behave and whom they page, as loaded from the config file."""

from __future__ import annotations

from typing import Literal

import msgspec

from detectors.durations import parse_duration
from detectors.model import Kind, Severity

SeverityName = Literal["info", "warning", "error", "critical"]
GROUP_LABELS = ("brand", "kind", "group")  # what `group_by` may name (brand and kind always)
# Quiet time before a kind's incident resolves itself, under `auto_resolve_kinds`. Complaint
# signals stop once a level is reached and the detector resolves the backlog itself when it is
# empty, so its incident must outlast a weekend without news (7 days: the detector's retention);
# an escalated thread stays open for a day. A viral story comes in waves (a big account picks
# it up, the evening audience): resolved after 30 quiet minutes, its incident closed early in
# a crisis and the next wave paged it anew (4 of blind9's 10 guard-video weeks), so it stays
# open two hours after the story stops spreading.
DEFAULT_AUTO_RESOLVE_KINDS = {"complaint_sla": "7d", "complaint_escalation": "24h",
                              "viral_story": "2h"}


class IncidentPolicy(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """Alertmanager-style timers; see README "Incidents"."""

    group_wait: str = "0s"  # wait for more signals of a new group before the first page
    group_interval: str = "1m"  # minimum gap between update pages of one incident
    repeat_interval: str = "4h"  # re-page an open, unacknowledged incident this often
    auto_resolve: str = "30m"  # resolve after this long without a new signal
    # Per-kind overrides, over DEFAULT_AUTO_RESOLVE_KINDS (setting one kind keeps the others).
    auto_resolve_kinds: dict[str, str] = msgspec.field(
        default_factory=lambda: dict(DEFAULT_AUTO_RESOLVE_KINDS))
    reopen_window: str = "1h"  # a recurrence within this of resolving reopens the incident
    timeline_limit: int = 200
    # Kinds whose repeat_interval counts the brand's business hours: an unanswered complaint
    # backlog waits for the desk to be at work instead of waking someone at night.
    business_time_kinds: tuple[str, ...] = ("complaint_sla",)
    # Alertmanager's group_by per kind, over Kind.GROUP_PER_BRAND: [brand, kind] collects every
    # group of a brand in one incident (its members); [brand, kind, group] one incident a group.
    group_by: dict[str, tuple[str, ...]] = {}

    def __post_init__(self) -> None:
        for name in ("group_wait", "group_interval", "repeat_interval", "auto_resolve",
                     "reopen_window"):
            parse_duration(getattr(self, name))
        for kind, duration in self.auto_resolve_kinds.items():
            try:
                parse_duration(duration)
            except ValueError as exc:
                raise ValueError(f"auto_resolve_kinds.{kind}: {exc}") from None
        for kind in self.business_time_kinds:
            if kind not in Kind.ALL:
                raise ValueError(f"business_time_kinds: unknown kind {kind!r}; use one of "
                                 f"{', '.join(sorted(Kind.ALL))}")
        if self.timeline_limit < 10:
            raise ValueError("timeline_limit must be >= 10")
        for kind, labels in self.group_by.items():
            if kind not in Kind.ALL:
                raise ValueError(f"group_by.{kind}: unknown kind; use one of "
                                 f"{', '.join(sorted(Kind.ALL))}")
            unknown = [x for x in labels if x not in GROUP_LABELS]
            if unknown or "brand" not in labels or "kind" not in labels or \
                    len(set(labels)) != len(labels):
                raise ValueError(f"group_by.{kind}: {list(labels)} must be [brand, kind] "
                                 "(one incident per brand) or [brand, kind, group]")

    def ms(self, name: str) -> int:
        return parse_duration(getattr(self, name))

    def auto_resolve_ms(self) -> dict[str, int]:
        """Quiet time before auto-resolve per incident kind; "" holds the default."""
        kinds = {**DEFAULT_AUTO_RESOLVE_KINDS, **self.auto_resolve_kinds}
        out = {kind: parse_duration(d) for kind, d in kinds.items()}
        out[""] = parse_duration(self.auto_resolve)
        return out

    def grouped_kinds(self) -> frozenset[str]:
        """Kinds whose incidents are one per brand (group_by without `group`)."""
        per_group = {k for k, labels in self.group_by.items() if "group" in labels}
        per_brand = {k for k, labels in self.group_by.items() if "group" not in labels}
        return frozenset((Kind.GROUP_PER_BRAND - per_group) | per_brand)


class EscalationStep(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    after: str  # not acknowledged this long after the first page
    receivers: tuple[str, ...]

    def __post_init__(self) -> None:
        parse_duration(self.after)
        if not self.receivers:
            raise ValueError("receivers must name at least one receiver")


class Routing(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """Where a brand's incidents go: first `receivers`, then each escalation step in turn."""

    receivers: tuple[str, ...] = ("console",)
    min_severity: SeverityName = "warning"
    escalation: tuple[EscalationStep, ...] = ()

    @property
    def min_level(self) -> Severity:
        return Severity.parse(self.min_severity)


ReceiverType = Literal["console", "file", "slack", "slack_webhook", "pagerduty", "telegram",
                       "webhook"]


class Receiver(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A destination. Secrets are named by environment variable (`*_env`) or file (`*_file`),
    never written in the config."""

    type: ReceiverType
    channel: str = ""  # slack: channel id or name
    chat_id: str = ""  # telegram
    path: str = ""  # file: JSON-lines file
    url: str = ""  # webhook / API base override (not a secret: no tokens in it)
    url_env: str = ""  # slack_webhook / webhook: URL with its secret part
    token_env: str = ""  # slack bot token / telegram bot token
    token_file: str = ""
    routing_key_env: str = ""  # pagerduty
    routing_key_file: str = ""
    rate_per_second: float = 1.0
    timeout: str = "10s"
    max_attempts: int = 8
    max_backoff: str = "5m"

    def __post_init__(self) -> None:
        parse_duration(self.timeout)
        parse_duration(self.max_backoff)
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be >= 1")
        if self.rate_per_second <= 0:
            raise ValueError("rate_per_second must be > 0")
        need = {
            "file": ("path",),
            "slack": ("channel",),
            "telegram": ("chat_id",),
        }.get(self.type, ())
        for name in need:
            if not getattr(self, name):
                raise ValueError(f"a {self.type} receiver needs `{name}`")
        if self.type == "slack_webhook" and not self.url_env:
            raise ValueError("a slack_webhook receiver needs `url_env` (the URL is a secret)")
        if self.type == "webhook" and not (self.url or self.url_env):
            raise ValueError("a webhook receiver needs `url` or `url_env`")
        if self.type == "pagerduty" and not (self.routing_key_env or self.routing_key_file):
            raise ValueError("a pagerduty receiver needs `routing_key_env` or `routing_key_file`")
        if self.type in ("slack", "telegram") and not (self.token_env or self.token_file):
            raise ValueError(f"a {self.type} receiver needs `token_env` or `token_file`")
