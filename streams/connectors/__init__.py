"""Source connectors: bring mentions in from where they are born (see docs/connectors.md)."""

from __future__ import annotations

from streams.config import Config, ConfigError
from streams.connectors.base import Connector, Terms
from streams.connectors.config import (
    BlueskyConfig,
    ConnectorConfig,
    MastodonConfig,
    RssConfig,
    TelegramConfig,
    TelegramExportConfig,
    VkConfig,
    secret,
    track_terms,
)


def _secret(name: str, cfg: ConnectorConfig, config: Config) -> str:
    try:
        return secret(name, cfg)
    except ConfigError as exc:
        key = "token_env" if getattr(cfg, "token_env", "") else "token_file"
        raise ConfigError(f"{config.where(f'connectors.{name}.{key}')}: {exc}") from None


def build(name: str, cfg: ConnectorConfig, config: Config) -> Connector:
    """The connector for one config entry; secrets are resolved here (ConfigError if unset)."""
    terms = track_terms(config, cfg)
    if isinstance(cfg, BlueskyConfig):
        from streams.connectors.bluesky import BlueskyConnector

        return BlueskyConnector(name, cfg, Terms(terms))
    if isinstance(cfg, MastodonConfig):
        from streams.connectors.mastodon import MastodonConnector

        token = _secret(name, cfg, config) if cfg.token_env or cfg.token_file else None
        return MastodonConnector(name, cfg, Terms(terms), token)
    if isinstance(cfg, RssConfig):
        from streams.connectors.rss import RssConnector

        return RssConnector(name, cfg, Terms(terms))
    if isinstance(cfg, VkConfig):
        from streams.connectors.vk import VkConnector

        return VkConnector(name, cfg, terms, _secret(name, cfg, config))
    if isinstance(cfg, TelegramConfig):
        from streams.connectors.telegram import TelegramBotConnector

        return TelegramBotConnector(name, cfg, Terms(terms), _secret(name, cfg, config))
    if isinstance(cfg, TelegramExportConfig):
        from streams.connectors.telegram import TelegramExportConnector

        return TelegramExportConnector(name, cfg, Terms(terms))
    raise ConfigError(f"connector {name!r} ({type(cfg).__name__}) is not run by `connect`: "
                      "it receives pushes on the worker's web server")
