"""Receivers by type: `build_sink()` turns a configured `Receiver` into a ready `Sink`."""

from __future__ import annotations

import httpx

from alerts.policy import Receiver
from alerts.render import Links
from alerts.secrets import SecretResolver
from alerts.sinks import pagerduty, slack, telegram
from alerts.sinks.base import Delivered, DeliveryMemo, Rejected, Result, RetryLater, Sink
from alerts.sinks.console import ConsoleSink
from alerts.sinks.file import FileSink
from alerts.sinks.pagerduty import PagerDutySink
from alerts.sinks.slack import SlackSink
from alerts.sinks.slack_webhook import SlackWebhookSink
from alerts.sinks.telegram import TelegramSink
from alerts.sinks.webhook import WebhookSink
from detectors.durations import parse_duration

__all__ = ["Delivered", "DeliveryMemo", "Rejected", "Result", "RetryLater", "Sink",
           "build_sink"]


def build_sink(name: str, receiver: Receiver, secrets: SecretResolver,
               client: httpx.AsyncClient, links: Links) -> Sink:
    """Raises SecretError (naming receiver, key and variable/file) if a secret is missing."""
    r = receiver
    timeout = parse_duration(r.timeout) / 1000
    if r.type == "console":
        return ConsoleSink(name, links)
    if r.type == "file":
        return FileSink(name, r.path, links)
    if r.type == "slack":
        token = secrets.get(name, "token", env=r.token_env, file=r.token_file)
        return SlackSink(name, token, r.channel, client, links,
                         base_url=r.url or slack.DEFAULT_BASE_URL, timeout_s=timeout)
    if r.type == "slack_webhook":
        url = secrets.get(name, "url", env=r.url_env)
        return SlackWebhookSink(name, url, client, links, timeout_s=timeout)
    if r.type == "pagerduty":
        key = secrets.get(name, "routing_key", env=r.routing_key_env, file=r.routing_key_file)
        return PagerDutySink(name, key, client, links, url=r.url or pagerduty.DEFAULT_URL,
                             timeout_s=timeout)
    if r.type == "telegram":
        token = secrets.get(name, "token", env=r.token_env, file=r.token_file)
        return TelegramSink(name, token, r.chat_id, client, links,
                            base_url=r.url or telegram.DEFAULT_BASE_URL, timeout_s=timeout)
    if r.type == "webhook":
        url = r.url or secrets.get(name, "url", env=r.url_env)
        token = (secrets.get(name, "token", env=r.token_env, file=r.token_file)
                 if (r.token_env or r.token_file) else "")
        return WebhookSink(name, url, client, links, token=token, timeout_s=timeout)
    raise ValueError(f"receiver {name!r}: unknown type {r.type!r}")
