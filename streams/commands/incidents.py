"""`crisiswatch incidents ls|show|ack|resolve|note|silence|silences|unsilence`: the REST API of
a running worker from a terminal (or a script, with --json).

The URL defaults to the configured worker (`http://{web_host}:{web_port}`), the token comes from
the variable named by `worker.api_token_env` (CRISISWATCH_API_TOKEN unless configured). Every
action is sent with an Idempotency-Key, so re-running a command that timed out with
`--idempotency-key KEY` cannot act twice.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import uuid
from typing import Any
from urllib.parse import quote

import httpx

from streams.commands.common import CommandError, add_config_arg, config_from
from streams.commands.incidents_format import (
    format_action,
    format_incident,
    format_silences,
    format_table,
)
from streams.config import ConfigError

DEFAULT_TOKEN_ENV = "CRISISWATCH_API_TOKEN"  # noqa: S105 - a variable name


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    common = argparse.ArgumentParser(add_help=False)
    add_config_arg(common)
    common.add_argument("--url", help="worker URL (default: from the config, "
                                      "http://{web_host}:{web_port})")
    common.add_argument("--json", action="store_true", help="print the API's JSON")
    common.add_argument("--timeout", type=float, default=15.0, help="seconds (default 15)")
    p = sub.add_parser("incidents", help="list, inspect, acknowledge, resolve and silence "
                                         "incidents on a running worker")
    verbs = p.add_subparsers(dest="verb", metavar="VERB")
    verbs.required = True

    ls = verbs.add_parser("ls", parents=[common], help="open and recent incidents")
    ls.add_argument("--state", default="all",
                    choices=["open", "triggered", "acknowledged", "resolved", "all"])
    ls.add_argument("--brand")
    ls.add_argument("--severity", choices=["info", "warning", "error", "critical"],
                    help="at least this severe")
    ls.add_argument("--limit", type=int, default=50)
    ls.set_defaults(func=run_ls)

    show = verbs.add_parser("show", parents=[common], help="one incident with its timeline")
    show.add_argument("id")
    show.set_defaults(func=run_show)

    for verb, what in (("ack", "acknowledge"), ("resolve", "resolve")):
        act = verbs.add_parser(verb, parents=[common], help=f"{what} an incident")
        act.add_argument("id")
        act.add_argument("--text", default="", help="a reason, kept in the timeline")
        _add_actor(act)
        act.set_defaults(func=run_action, action=verb)

    note = verbs.add_parser("note", parents=[common], help="add a note to the timeline")
    note.add_argument("id")
    note.add_argument("text")
    _add_actor(note)
    note.set_defaults(func=run_action, action="note")

    sil = verbs.add_parser("silence", parents=[common],
                           help="mute pages: an incident's group, or by brand/kind/author/text")
    sil.add_argument("id", nargs="?", help="incident to silence (its brand, kind and group)")
    sil.add_argument("--brand", help="brand id, or '*' for every brand (default: every brand)")
    sil.add_argument("--kind")
    sil.add_argument("--group")
    sil.add_argument("--author", help="author handle of a mention")
    sil.add_argument("--text", help="substring of the title or a mention")
    when = sil.add_mutually_exclusive_group()
    when.add_argument("--for", dest="duration", help="how long, e.g. 30m, 2h (default 1h)")
    when.add_argument("--until", help="end, RFC 3339 with a time zone")
    sil.add_argument("--comment", default="")
    _add_actor(sil)
    sil.set_defaults(func=run_silence)

    listed = verbs.add_parser("silences", parents=[common], help="active silences")
    listed.add_argument("--brand")
    listed.set_defaults(func=run_silences)

    uns = verbs.add_parser("unsilence", parents=[common], help="remove a silence")
    uns.add_argument("silence_id")
    uns.add_argument("--brand", help="only for this brand")
    _add_actor(uns)
    uns.set_defaults(func=run_unsilence)


def _add_actor(p: argparse.ArgumentParser) -> None:
    p.add_argument("--by", default=_whoami(), help="who is acting (default: your login)")
    p.add_argument("--idempotency-key", help="re-use to retry a command safely")


def _whoami() -> str:
    return os.environ.get("USER") or os.environ.get("USERNAME") or "cli"


class Client:
    """The API over httpx, turning failures into one clear line each."""

    def __init__(self, args: argparse.Namespace) -> None:
        url, token_env = args.url, DEFAULT_TOKEN_ENV
        if url is None or not os.environ.get(token_env):
            try:
                cfg = config_from(args)
            except ConfigError as exc:
                if url is None:
                    raise CommandError(f"{exc} (or give the worker's --url)") from None
            else:
                token_env = cfg.worker.api_token_env
                url = url or f"http://{cfg.worker.web_host}:{cfg.worker.web_port}"
        self.url = str(url).rstrip("/")
        self.token_env = token_env
        self.token = os.environ.get(token_env, "").strip()
        self.timeout = args.timeout

    def call(self, method: str, path: str, *, body: dict[str, Any] | None = None,
             params: dict[str, Any] | None = None, key: str | None = None) -> tuple[int, Any]:
        if not self.token:
            raise CommandError(f"set {self.token_env} to the worker's API token")
        headers = {"Authorization": f"Bearer {self.token}"}
        if key is not None:
            headers["Idempotency-Key"] = key
        try:
            resp = httpx.request(method, self.url + path, json=body, headers=headers,
                                 params={k: v for k, v in (params or {}).items() if v},
                                 timeout=self.timeout)
        except httpx.ConnectError:
            raise CommandError(f"cannot connect to {self.url}: is the worker running at "
                               f"{self.url}? (--url or -c to point elsewhere)") from None
        except httpx.HTTPError as exc:
            raise CommandError(f"{self.url}: {type(exc).__name__}: {exc}") from None
        try:
            doc = resp.json()
        except ValueError:
            doc = {"detail": resp.text[:300]}
        if resp.status_code == 401:
            raise CommandError(f"unauthorized: set {self.token_env} to the worker's API token")
        if resp.status_code >= 400 and resp.status_code != 422:
            detail = doc.get("detail") or doc.get("error") if isinstance(doc, dict) else doc
            raise CommandError(f"{resp.status_code}: {detail}")
        return resp.status_code, doc


def _emit(args: argparse.Namespace, doc: Any, text: str) -> None:
    if args.json:
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(text)


def run_ls(args: argparse.Namespace) -> int:
    _, doc = Client(args).call("GET", "/api/incidents", params={
        "state": args.state, "brand": args.brand, "severity": args.severity,
        "limit": args.limit})
    _emit(args, doc, format_table(doc["incidents"], doc["total"]))
    return 0


def run_show(args: argparse.Namespace) -> int:
    _, doc = Client(args).call("GET", f"/api/incidents/{quote(args.id, safe='')}")
    _emit(args, doc, format_incident(doc["incident"]))
    return 0


def _key(args: argparse.Namespace) -> str:
    return args.idempotency_key or uuid.uuid4().hex


def run_action(args: argparse.Namespace) -> int:
    body = {"by": args.by, "via": "cli", "text": args.text}
    status, doc = Client(args).call("POST", f"/api/incidents/{quote(args.id, safe='')}/"
                                    f"{args.action}", body=body, key=_key(args))
    _emit(args, doc, format_action(doc))
    return 1 if status == 422 else 0


def run_silence(args: argparse.Namespace) -> int:
    body: dict[str, Any] = {"by": args.by, "via": "cli", "comment": args.comment}
    if args.id:
        if any((args.brand, args.kind, args.group, args.author, args.text, args.until)):
            raise CommandError("an incident id silences its brand, kind and group: give only "
                               "--for with it")
        body.update(incident_id=args.id, duration=args.duration or "1h")
    else:
        body.update(brand=args.brand or "*", kind=args.kind, group=args.group,
                    author=args.author, text=args.text)
        if args.until:
            body["ends"] = args.until
        else:
            body["duration"] = args.duration or "1h"
    status, doc = Client(args).call("POST", "/api/silences",
                                    body={k: v for k, v in body.items() if v is not None},
                                    key=_key(args))
    _emit(args, doc, format_action(doc))
    return 1 if status == 422 else 0


def run_silences(args: argparse.Namespace) -> int:
    _, doc = Client(args).call("GET", "/api/silences", params={"brand": args.brand})
    _emit(args, doc, format_silences(doc["silences"]))
    return 0


def run_unsilence(args: argparse.Namespace) -> int:
    status, doc = Client(args).call("DELETE", f"/api/silences/{quote(args.silence_id, safe='')}",
                                    params={"brand": args.brand},
                                    body={"by": args.by, "via": "cli"}, key=_key(args))
    _emit(args, doc, format_action(doc))
    return 1 if status == 422 else 0
