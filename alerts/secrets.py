"""Secrets for receivers: read from the environment or files, never from the config, never logged.

`SecretResolver` remembers every value it hands out so `redact()` can mask them wherever they
turn up (an exception message quoting a URL, a logged request); patterns catch Slack, Telegram
and bearer tokens we never resolved ourselves.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Mapping, MutableMapping
from pathlib import Path
from typing import Any

MASK = "***"

_PATTERNS = (
    re.compile(r"xox[abposr]-[A-Za-z0-9-]{6,}"),  # Slack bot/user/app-level tokens
    re.compile(r"xapp-[A-Za-z0-9-]{6,}"),
    re.compile(r"(hooks\.slack\.com/(?:services|workflows|triggers)/)[^\s\"'<>]+"),
    re.compile(r"(/bot)\d{5,}:[A-Za-z0-9_-]{20,}"),  # Telegram token inside an API URL
    re.compile(r"\b\d{5,}:[A-Za-z0-9_-]{30,}\b"),  # bare Telegram bot token
    re.compile(r"((?:Bearer|Token token=)\s*)[A-Za-z0-9._~+/=-]{8,}", re.IGNORECASE),
    re.compile(r"(v[01]=)[0-9a-f]{64}"),  # HMAC signatures
)
_SECRET_KEYS = re.compile(r"token|secret|password|routing_key|authorization|signature|api_key",
                          re.IGNORECASE)


class SecretError(Exception):
    """A receiver's secret is missing; says where we looked, never what we found."""

    def __init__(self, message: str, receiver: str = "", key: str = "") -> None:
        super().__init__(message)
        self.receiver = receiver
        self.key = key


class SecretResolver:
    def __init__(self, env: Mapping[str, str] | None = None,
                 read_file: Callable[[str], str] | None = None) -> None:
        self._env = os.environ if env is None else env
        self._read = read_file or (lambda p: Path(p).read_text(encoding="utf-8"))
        self._known: set[str] = set()

    def get(self, receiver: str, key: str, *, env: str = "", file: str = "") -> str:
        """The secret named by `env` (a variable) or `file` (a path), env first."""
        if env:
            value = self._env.get(env, "")
            if value.strip():
                return self._remember(value.strip())
            if not file:
                raise SecretError(f"receiver {receiver!r}: {key} is not set: environment "
                                  f"variable {env} is missing or empty", receiver, f"{key}_env")
        if file:
            try:
                value = self._read(file)
            except OSError as exc:
                reason = exc.strerror or type(exc).__name__
                raise SecretError(f"receiver {receiver!r}: {key} file {file} cannot be read: "
                                  f"{reason}", receiver, f"{key}_file") from None
            value = value.rstrip("\r\n").strip()
            if not value:
                raise SecretError(f"receiver {receiver!r}: {key} file {file} is empty", receiver,
                                  f"{key}_file")
            return self._remember(value)
        raise SecretError(f"receiver {receiver!r}: no {key}_env or {key}_file configured",
                          receiver, key)

    def _remember(self, value: str) -> str:
        if len(value) >= 4:
            self._known.add(value)
        return value

    @property
    def known(self) -> frozenset[str]:
        return frozenset(self._known)

    def redact(self, value: Any) -> Any:
        return redact(value, self._known)

    def processor(self) -> Callable[[Any, str, MutableMapping[str, Any]],
                                    MutableMapping[str, Any]]:
        """A structlog processor masking secrets in every event dict."""

        def _process(_logger: Any, _method: str,
                     event: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
            for k in list(event):
                event[k] = MASK if _SECRET_KEYS.search(k) and isinstance(event[k], str) \
                    else redact(event[k], self._known)
            return event

        return _process


def redact_text(text: str, secrets: Iterable[str] = ()) -> str:
    for s in sorted(secrets, key=len, reverse=True):
        if s:
            text = text.replace(s, MASK)
    for pat in _PATTERNS:
        text = pat.sub(lambda m: (m.group(1) if m.groups() else "") + MASK, text)
    return text


def redact(value: Any, secrets: Iterable[str] = ()) -> Any:
    """Mask secrets in strings, recursively through dicts, lists and tuples; other types pass."""
    known = tuple(secrets)
    if isinstance(value, str):
        return redact_text(value, known)
    if isinstance(value, dict):
        return {k: (MASK if isinstance(k, str) and _SECRET_KEYS.search(k)
                    and isinstance(v, str) else redact(v, known)) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(redact(v, known) for v in value)
    if isinstance(value, BaseException):
        return redact_text(f"{type(value).__name__}: {value}", known)
    return value
