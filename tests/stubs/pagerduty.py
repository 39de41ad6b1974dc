"""PagerDuty Events API v2 `/v2/enqueue`, validating the documented schema: 32-char routing_key,
event_action enum, dedup_key <= 255 (required for acknowledge/resolve), trigger payload with
summary (1..1024), source, severity enum, ISO 8601 timestamp, object custom_details, links with
href. 202 `{"status": "success", "message": "Event processed", "dedup_key"}`; 400 with `errors`.
Keeps alert state per dedup_key like PagerDuty does (trigger opens, ack/resolve apply)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from aiohttp import web

from tests.stubs.server import RECORDED, BaseStub, FaultKind

SEVERITIES = {"critical", "error", "warning", "info"}
ACTIONS = {"trigger", "acknowledge", "resolve"}


def check_event(ev: Any) -> list[str]:
    if not isinstance(ev, dict):
        return ["event must be a JSON object"]
    errors: list[str] = []
    rk = ev.get("routing_key")
    if not isinstance(rk, str) or len(rk) != 32:
        errors.append("'routing_key' must be 32 characters")
    action = ev.get("event_action")
    if action not in ACTIONS:
        errors.append("'event_action' must be one of trigger, acknowledge, resolve")
    dk = ev.get("dedup_key")
    if dk is not None and (not isinstance(dk, str) or not dk or len(dk) > 255):
        errors.append("'dedup_key' must be a string of at most 255 characters")
    if action in ("acknowledge", "resolve") and not dk:
        errors.append("'dedup_key' is required for acknowledge and resolve")
    if action == "trigger":
        p = ev.get("payload")
        if not isinstance(p, dict):
            return [*errors, "'payload' is missing or not an object"]
        s = p.get("summary")
        if not isinstance(s, str) or not s.strip():
            errors.append("'payload.summary' is missing or blank")
        elif len(s) > 1024:
            errors.append("'payload.summary' must be at most 1024 characters")
        if not isinstance(p.get("source"), str) or not p["source"].strip():
            errors.append("'payload.source' is missing or blank")
        if p.get("severity") not in SEVERITIES:
            errors.append("'payload.severity' must be one of critical, error, warning, info")
        ts = p.get("timestamp")
        if ts is not None:
            try:
                datetime.fromisoformat(str(ts).replace("Z", "+00:00"))
            except ValueError:
                errors.append("'payload.timestamp' must be ISO 8601")
        for k in ("component", "group", "class"):
            if k in p and not isinstance(p[k], str):
                errors.append(f"'payload.{k}' must be a string")
        if "custom_details" in p and not isinstance(p["custom_details"], dict | str):
            errors.append("'payload.custom_details' must be an object")
    links = ev.get("links", [])
    if not isinstance(links, list) or any(not isinstance(x, dict) or not x.get("href")
                                          for x in links):
        errors.append("'links' must be a list of objects with href")
    return errors


@dataclass
class PagerDutyStub(BaseStub):
    alerts: dict[str, str] = field(default_factory=dict)  # dedup_key -> triggered/ack/resolved
    log: list[tuple[str, str]] = field(default_factory=list)  # (event_action, dedup_key)

    def fault_response(self, kind: FaultKind, retry_after: float) -> web.Response:
        if kind == "429":
            return web.json_response({"status": "throttle event", "message": "Requests for "
                                      "this service are arriving too quickly."}, status=429)
        return web.Response(status=500, text="")

    def routes(self) -> list[web.RouteDef]:
        return [web.post("/v2/enqueue", self.wrap(self._enqueue))]

    async def _enqueue(self, request: web.Request) -> web.Response:
        ev = request[RECORDED].json
        errors = check_event(ev)
        if errors:
            self.invalid(request, "; ".join(errors))
            return web.json_response({"status": "invalid event", "message": "Event object is "
                                      "invalid", "errors": errors}, status=400)
        action, dk = ev["event_action"], ev.get("dedup_key") or uuid.uuid4().hex
        state = self.alerts.get(dk)
        if action == "trigger":
            if state in (None, "resolved"):
                self.alerts[dk] = "triggered"
        elif state not in (None, "resolved"):  # ack/resolve of a closed alert are dropped
            self.alerts[dk] = "acknowledged" if action == "acknowledge" else "resolved"
        self.log.append((action, dk))
        return web.json_response({"status": "success", "message": "Event processed",
                                  "dedup_key": dk}, status=202)
