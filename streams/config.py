"""The one config file: YAML, validated at start-up, every mistake reported as file:line and key.

The schema is the msgspec structs below plus those of detectors/ and alerts/; msgspec does the
type checking and `__post_init__` hooks the value checks, so the rules live next to the fields.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import msgspec
import yaml

from alerts.engine import IncidentEngine
from alerts.policy import IncidentPolicy, Receiver, Routing
from detectors.config import BrandSpec
from detectors.durations import parse_duration
from detectors.pipeline import DetectionSettings

MAX_BRANDS = 20_000  # bounds the `brand` label on metrics (see README "Metrics")
_DETECTION_KEYS = ("stories", "complaints", "watch")  # brand keys for DetectionSettings


class ConfigError(Exception):
    """A config mistake; the message names the file, line and key."""


class KafkaSettings(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    bootstrap: str = "local"  # "local": the broker started by `crisiswatch kafka start`
    partitions: int = 4
    replication_factor: int = 1
    topic_prefix: str = ""  # isolates several deployments (and tests) on one cluster
    security_protocol: str = "PLAINTEXT"  # PLAINTEXT | SSL | SASL_PLAINTEXT | SASL_SSL
    sasl_mechanism: str = ""  # PLAIN | SCRAM-SHA-256 | SCRAM-SHA-512
    sasl_username_env: str = ""
    sasl_password_env: str = ""
    ssl_cafile: str = ""

    def __post_init__(self) -> None:
        if not 1 <= self.partitions <= 1024:
            raise ValueError("partitions must be between 1 and 1024")
        if self.replication_factor < 1:
            raise ValueError("replication_factor must be >= 1")
        if self.topic_prefix and not re.fullmatch(r"[A-Za-z0-9._-]+", self.topic_prefix):
            raise ValueError("topic_prefix may hold only letters, digits, '.', '_' and '-'")
        if self.security_protocol not in ("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"):
            raise ValueError("security_protocol must be PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL")


class WorkerSettings(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    app_id: str = "crisiswatch"
    web_host: str = "127.0.0.1"
    web_port: int = 6066
    data_dir: str = "var/worker"
    batch_size: int = 1000  # events per batch taken from a topic
    batch_window: str = "50ms"  # how long a batch may wait to fill
    tick_interval: str = "1s"  # timers: SLA clocks, group_wait, auto-resolve, escalation
    max_future: str = "15m"  # created_at further ahead than this is dead-lettered
    session_timeout: str = "30s"  # Kafka group session: how fast a dead worker's partitions move
    heartbeat_interval: str = "3s"
    rebalance_timeout: str = "60s"
    # Names of environment variables holding secrets (never the secrets themselves).
    api_token_env: str = "CRISISWATCH_API_TOKEN"  # noqa: S105
    slack_signing_secret_env: str = "CRISISWATCH_SLACK_SIGNING_SECRET"  # noqa: S105
    pagerduty_webhook_secret_env: str = "CRISISWATCH_PAGERDUTY_WEBHOOK_SECRET"  # noqa: S105
    telegram_webhook_secret_env: str = "CRISISWATCH_TELEGRAM_WEBHOOK_SECRET"  # noqa: S105

    def __post_init__(self) -> None:
        for name in ("batch_window", "tick_interval", "max_future", "session_timeout",
                     "heartbeat_interval", "rebalance_timeout"):
            parse_duration(getattr(self, name))
        if not 0 <= self.web_port <= 65535:
            raise ValueError("web_port must be a TCP port (0 picks a free one)")
        if not 1 <= self.batch_size <= 100_000:
            raise ValueError("batch_size must be between 1 and 100000")
        if not re.fullmatch(r"[A-Za-z0-9._-]+", self.app_id):
            raise ValueError("app_id may hold only letters, digits, '.', '_' and '-'")


class Links(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    console_url: str = ""  # default: the worker's own web server, http://{web_host}:{web_port}/console
    grafana_url: str = "http://127.0.0.1:3000/d/crisiswatch-brand"


class Brand(msgspec.Struct, frozen=True):
    spec: BrandSpec
    routing: Routing | None
    detection: DetectionSettings = DetectionSettings()


class Config(msgspec.Struct, frozen=True):
    path: str
    kafka: KafkaSettings
    worker: WorkerSettings
    links: Links
    incidents: IncidentPolicy
    receivers: dict[str, Receiver]
    routing: Routing
    brands: tuple[Brand, ...]
    lines: dict[str, int] = {}  # "brands[0].aliases" -> line, for later error messages
    connectors: dict[str, dict[str, Any]] = {}  # validated by streams/connectors/config.py

    @property
    def console_url(self) -> str:
        if self.links.console_url:
            return self.links.console_url
        return f"http://{self.worker.web_host}:{self.worker.web_port}/console"

    @property
    def specs(self) -> tuple[BrandSpec, ...]:
        return tuple(b.spec for b in self.brands)

    def detection_settings(self) -> dict[str, DetectionSettings]:
        return {b.spec.id: b.detection for b in self.brands}

    def routing_for(self) -> dict[str, Routing]:
        return {b.spec.id: b.routing for b in self.brands if b.routing is not None}

    def where(self, key: str) -> str:
        """"file:line: key" for messages about a key found after loading (e.g. a missing secret)."""
        line = _nearest_line(self.lines, key)
        return f"{self.path}:{line}: {key}" if line else f"{self.path}: {key}"


class _Top(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    brands: list[dict[str, Any]]
    kafka: KafkaSettings = KafkaSettings()
    worker: WorkerSettings = WorkerSettings()
    links: Links = Links()
    incidents: IncidentPolicy = IncidentPolicy()
    receivers: dict[str, dict[str, Any]] = {}
    routing: Routing = Routing()
    defaults: dict[str, Any] = {}  # brand fields applied to every brand unless it sets them
    connectors: dict[str, dict[str, Any]] = {}


def incident_engine(config: Config) -> IncidentEngine:
    """The incident engine for this config: the worker's, the backtest's and the tests'."""
    return IncidentEngine(
        policy=config.incidents,
        routing=config.routing_for(),
        default_routing=config.routing,
        brand_names={b.id: b.name for b in config.specs},
        brand_languages={b.id: b.language for b in config.specs},
        business_hours={b.id: b.business_hours for b in config.specs},
    )


def load_config(path: str | Path) -> Config:
    """Read and validate; raises ConfigError("file:line: key: problem")."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{p}: config file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{p}: cannot read config: {exc}") from None
    return parse_config(text, str(p))


def parse_config(text: str, name: str = "<config>") -> Config:
    try:
        node, data = _load_yaml(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = f"{mark.line + 1}" if mark is not None else "?"
        raise ConfigError(f"{name}:{line}: YAML syntax error: {exc.problem}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{name}: YAML error: {exc}") from None
    lines: dict[str, int] = {}
    if node is not None:
        _index_lines(node, "", lines)
    if not isinstance(data, dict):
        raise ConfigError(f"{name}:1: the config must be a mapping with at least `brands:`")

    def fail(key: str, problem: str) -> ConfigError:
        line = _nearest_line(lines, key)
        where = f"{name}:{line}" if line else name
        return ConfigError(f"{where}: {key or '(top level)'}: {problem}")

    top = _convert(data, _Top, "", fail)
    defaults = top.defaults
    brands: list[Brand] = []
    for i, raw in enumerate(top.brands):
        key = f"brands[{i}]"
        if not isinstance(raw, dict):
            raise fail(key, "each brand must be a mapping with id, name and aliases")
        merged = _merge(defaults, raw)
        routing_raw = merged.pop("routing", None)
        detection_raw = {k: merged.pop(k) for k in _DETECTION_KEYS if k in merged}
        spec = _convert(merged, BrandSpec, key, fail)
        routing = None if routing_raw is None else _convert(
            routing_raw, Routing, f"{key}.routing", fail)
        detection = _convert(detection_raw, DetectionSettings, key, fail)
        brands.append(Brand(spec=spec, routing=routing, detection=detection))
    if not brands:
        raise fail("brands", "list at least one brand to monitor")
    if len(brands) > MAX_BRANDS:
        raise fail("brands", f"{len(brands)} brands; the limit is {MAX_BRANDS} (metric labels)")
    seen: dict[str, int] = {}
    for i, b in enumerate(brands):
        if b.spec.id in seen:
            raise fail(f"brands[{i}].id", f"duplicate brand id {b.spec.id!r} "
                                          f"(also brands[{seen[b.spec.id]}])")
        seen[b.spec.id] = i
    receivers: dict[str, Receiver] = {}
    for name_, raw_receiver in top.receivers.items():
        if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", name_):
            raise fail(f"receivers.{name_}", "receiver names use letters, digits, '_' and '-'")
        receivers[name_] = _convert(raw_receiver, Receiver, f"receivers.{name_}", fail)
    receivers.setdefault("console", Receiver(type="console"))
    _check_routes(top.routing, "routing", receivers, fail)
    for i, b in enumerate(brands):
        if b.routing is not None:
            _check_routes(b.routing, f"brands[{i}].routing", receivers, fail)
    return Config(
        path=name, kafka=top.kafka, worker=top.worker, links=top.links,
        incidents=top.incidents, receivers=receivers, routing=top.routing,
        brands=tuple(brands), lines=lines, connectors=top.connectors,
    )


def _load_yaml(text: str) -> tuple[yaml.Node | None, Any]:
    """One parse gives both the node tree (for line numbers) and the values; libyaml's C
    parser when present (a 10,000-brand config: seconds instead of most of a minute)."""
    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    return node, data


def _check_routes(routing: Routing, key: str, receivers: Mapping[str, Receiver], fail: Any) -> None:
    for j, r in enumerate(routing.receivers):
        if r not in receivers:
            raise fail(f"{key}.receivers[{j}]", _unknown_receiver(r, receivers))
    for s, step in enumerate(routing.escalation):
        for j, r in enumerate(step.receivers):
            if r not in receivers:
                raise fail(f"{key}.escalation[{s}].receivers[{j}]", _unknown_receiver(r, receivers))


def _unknown_receiver(name: str, receivers: Mapping[str, Receiver]) -> str:
    return f"unknown receiver {name!r}; defined: {', '.join(sorted(receivers))}"


def _convert(data: Any, type_: type[Any], base: str, fail: Any) -> Any:
    try:
        return msgspec.convert(data, type_, strict=False)
    except msgspec.ValidationError as exc:
        message = str(exc)
        m = re.search(r" - at `\$(.*)`$", message)
        path = m.group(1) if m else ""
        problem = message[: m.start()] if m else message
        unknown = re.match(r"Object contains unknown field `([^`]*)`", problem)
        if unknown:
            path = f"{path}.{unknown.group(1)}"
            problem = f"unknown key {unknown.group(1)!r} (typo?)"
        key = (base + path).lstrip(".")
        raise fail(key, problem) from None


def _merge(defaults: Mapping[str, Any], brand: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(defaults)
    for k, v in brand.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = _merge(out[k], v)
        else:
            out[k] = v
    return out


def _index_lines(node: yaml.Node, path: str, out: dict[str, int]) -> None:
    out.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            key = f"{path}.{k.value}" if path else str(k.value)
            out[key] = k.start_mark.line + 1
            _index_lines(v, key, out)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _index_lines(item, f"{path}[{i}]", out)


def _nearest_line(lines: Mapping[str, int], key: str) -> int | None:
    probe = key
    while probe:
        if probe in lines:
            return lines[probe]
        cut = max(probe.rfind("."), probe.rfind("["))
        probe = probe[:cut] if cut > 0 else ""
    return None
