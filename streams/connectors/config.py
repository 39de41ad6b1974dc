"""The `connectors:` config section: one entry per connector, keyed by a name of your choosing.

A tagged union on `type`, so a typo in a key of one source is reported against that source's
schema (`connectors.mastodon-main.instance: ...`) with the file and line, like the rest of the
config. Secrets are only ever named (`*_env` / `*_file`), never written here.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import msgspec

from detectors.durations import parse_duration
from streams.config import Config, ConfigError, _convert, _nearest_line
from streams.ops import logs

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


class _Base(msgspec.Struct, frozen=True, forbid_unknown_fields=True, tag_field="type"):
    enabled: bool = True
    brand: str | None = None  # brand hint put on every mention (a brand-specific feed)
    keywords: tuple[str, ...] = ()  # tracked besides the brands' aliases
    filter: bool = True  # drop items that mention no alias/keyword (cheap substring test)
    backoff_initial: str = "1s"
    backoff_max: str = "5m"

    def __post_init__(self) -> None:
        for name in ("backoff_initial", "backoff_max"):
            parse_duration(getattr(self, name))


class BlueskyConfig(_Base, frozen=True, tag="bluesky"):
    url: str = "wss://jetstream2.us-east.bsky.network/subscribe"
    rewind: str = "2s"  # re-read this much on reconnect; already-seen events are skipped
    engagement: bool = True  # also count likes/reposts/replies of emitted posts

    def __post_init__(self) -> None:
        super().__post_init__()
        parse_duration(self.rewind)
        _check_url(self.url, ("ws", "wss"))


class MastodonConfig(_Base, frozen=True, tag="mastodon"):
    instance: str = ""  # https://mastodon.social
    token_env: str = ""
    token_file: str = ""
    timelines: tuple[str, ...] = ("public",)  # public | local | hashtag:NAME
    backfill_max: int = 400  # statuses fetched per timeline after a reconnect
    refresh_interval: str = "5m"  # re-read recent brand statuses for their counts; "" = off
    refresh_max: int = 20  # how many of the newest emitted statuses are re-read

    def __post_init__(self) -> None:
        super().__post_init__()
        _check_url(self.instance, ("http", "https"))
        if self.refresh_interval:
            parse_duration(self.refresh_interval)
        if not 0 <= self.refresh_max <= 200:
            raise ValueError("refresh_max must be between 0 and 200 (each is one request)")
        for t in self.timelines:
            if t not in ("public", "local") and not re.fullmatch(r"hashtag:\w{1,100}", t):
                raise ValueError(f"timeline {t!r}: use public, local or hashtag:NAME")


class Feed(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    url: str
    source: str = "news"  # news | reviews | blog | forum ...
    brand: str | None = None
    filter: bool | None = None  # None: the connector's setting

    def __post_init__(self) -> None:
        _check_url(self.url, ("http", "https"))


class RssConfig(_Base, frozen=True, tag="rss"):
    feeds: tuple[Feed, ...] = ()
    interval: str = "5m"
    seen_max: int = 500  # remembered entry ids per feed (dedup across polls and restarts)
    max_bytes: int = 10 * 1024 * 1024

    def __post_init__(self) -> None:
        super().__post_init__()
        parse_duration(self.interval)
        if not self.feeds:
            raise ValueError("list at least one feed (feeds: [{url: ...}])")
        if not 10 <= self.seen_max <= 10_000:
            raise ValueError("seen_max must be between 10 and 10000")


class VkConfig(_Base, frozen=True, tag="vk"):
    api_url: str = "https://api.vk.com"
    token_env: str = ""  # a VK app's service token
    token_file: str = ""
    api_version: str = "5.199"
    secure: bool = True  # https/wss to the streaming endpoint (False only for local stubs)
    rule_prefix: str = "cw"  # rules whose tag starts with this are ours to replace

    def __post_init__(self) -> None:
        super().__post_init__()
        _check_url(self.api_url, ("http", "https"))


class TelegramConfig(_Base, frozen=True, tag="telegram"):
    api_url: str = "https://api.telegram.org"
    token_env: str = ""  # the bot token from @BotFather
    token_file: str = ""
    channels: tuple[str, ...] = ()  # @username or numeric chat id; empty: every channel
    poll_timeout: str = "25s"

    def __post_init__(self) -> None:
        super().__post_init__()
        _check_url(self.api_url, ("http", "https"))
        parse_duration(self.poll_timeout)


class TelegramExportConfig(_Base, frozen=True, tag="telegram_export"):
    path: str = ""  # Telegram Desktop "Export chat history" JSON (result.json)
    watch: str = ""  # re-read when the file changes, polling at this interval; "" = once

    def __post_init__(self) -> None:
        super().__post_init__()
        if not self.path:
            raise ValueError("path is required (the export's result.json)")
        if self.watch:
            parse_duration(self.watch)


class YouScanConfig(_Base, frozen=True, tag="youscan"):
    """Not a poller: the worker's web server receives YouScan's pushes (web/ingest_http.py)."""

    secret_env: str = ""
    secret_file: str = ""
    username: str = "youscan"  # HTTP Basic user in the callback URL
    topics: dict[str, str] = {}  # YouScan topicId -> brand id hint


ConnectorConfig = (BlueskyConfig | MastodonConfig | RssConfig | VkConfig | TelegramConfig
                   | TelegramExportConfig | YouScanConfig)
POLLING_TYPES = ("bluesky", "mastodon", "rss", "vk", "telegram", "telegram_export")


def _check_url(url: str, schemes: tuple[str, ...]) -> None:
    if not url:
        raise ValueError("a URL is required")
    scheme = url.split("://", 1)[0] if "://" in url else ""
    if scheme not in schemes:
        raise ValueError(f"{url!r} must start with {' or '.join(s + '://' for s in schemes)}")


def parse_connectors(config: Config) -> dict[str, ConnectorConfig]:
    """Validate `config.connectors`; raises ConfigError with file:line and key."""
    raw: Mapping[str, Any] = getattr(config, "connectors", {}) or {}

    def fail(key: str, problem: str) -> ConfigError:
        line = _nearest_line(config.lines, key)
        where = f"{config.path}:{line}" if line else config.path
        return ConfigError(f"{where}: {key}: {problem}")

    brands = {b.spec.id for b in config.brands}
    out: dict[str, ConnectorConfig] = {}
    for name, data in raw.items():
        key = f"connectors.{name}"
        if not _NAME.match(name):
            raise fail(key, "connector names use letters, digits, '_', '.' and '-'")
        if not isinstance(data, dict) or "type" not in data:
            raise fail(key, "each connector is a mapping with a `type`: "
                            "bluesky, mastodon, rss, vk, telegram, telegram_export or youscan")
        if isinstance(data.get("topics"), dict):  # YAML reads `123456: brand` with int keys
            data = {**data, "topics": {str(k): v for k, v in data["topics"].items()}}
        cfg: ConnectorConfig = _convert(data, ConnectorConfig, key, fail)  # type: ignore[arg-type]
        hints = [cfg.brand] + ([f.brand for f in cfg.feeds] if isinstance(cfg, RssConfig) else [])
        if isinstance(cfg, YouScanConfig):
            hints += list(cfg.topics.values())
        for hint in hints:
            if hint is not None and hint not in brands:
                raise fail(f"{key}.brand", f"unknown brand {hint!r}")
        out[name] = cfg
    return out


def secret(name: str, cfg: Any, kind: str = "token") -> str:
    """A connector's secret from `{kind}_env` or `{kind}_file`; ConfigError saying where we
    looked, never what we found."""
    env = getattr(cfg, f"{kind}_env", "")
    file = getattr(cfg, f"{kind}_file", "")
    if env and os.environ.get(env, "").strip():
        return _masked(os.environ[env].strip())
    if file:
        try:
            value = Path(file).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigError(f"connector {name!r}: {kind} file {file} cannot be read: "
                              f"{exc.strerror}") from None
        if value:
            return _masked(value)
        raise ConfigError(f"connector {name!r}: {kind} file {file} is empty")
    if env:
        raise ConfigError(f"connector {name!r}: environment variable {env} ({kind}) is unset "
                          "or empty")
    raise ConfigError(f"connector {name!r}: set {kind}_env or {kind}_file")


def _masked(value: str) -> str:
    logs.register_secret(value)  # masked wherever it would reach a log line
    return value


def track_terms(config: Config, cfg: Any) -> tuple[str, ...]:
    """Brand aliases plus the connector's own keywords, deduplicated case-insensitively."""
    seen: dict[str, str] = {}
    specs = [b.spec for b in config.brands]
    if cfg.brand is not None:
        specs = [s for s in specs if s.id == cfg.brand] or specs
    for term in [a for s in specs for a in s.aliases] + list(cfg.keywords):
        t = term.strip()
        if t and t.casefold() not in seen:
            seen[t.casefold()] = t
    return tuple(seen.values())
