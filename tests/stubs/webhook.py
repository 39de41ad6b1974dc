"""A receiver of Alertmanager-shaped webhooks (version "4"), validating the shape and an
optional Bearer token."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from aiohttp import web

from tests.stubs.server import RECORDED, BaseStub

TOP = {"version": str, "groupKey": str, "truncatedAlerts": int, "status": str, "receiver": str,
       "groupLabels": dict, "commonLabels": dict, "commonAnnotations": dict,
       "externalURL": str, "alerts": list}
ALERT = {"status": str, "labels": dict, "annotations": dict, "startsAt": str, "endsAt": str,
         "generatorURL": str, "fingerprint": str}


def _str_map(value: dict[str, Any]) -> bool:
    return all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())


def check_alertmanager(doc: Any) -> list[str]:
    if not isinstance(doc, dict):
        return ["body is not a JSON object"]
    errors = [f"{k}: missing or not {t.__name__}" for k, t in TOP.items()
              if not isinstance(doc.get(k), t)]
    if errors:
        return errors
    if doc["version"] != "4":
        errors.append("version must be '4'")
    if doc["status"] not in ("firing", "resolved"):
        errors.append("status must be firing or resolved")
    for k in ("groupLabels", "commonLabels", "commonAnnotations"):
        if not _str_map(doc[k]):
            errors.append(f"{k}: values must be strings")
    if not doc["alerts"]:
        errors.append("alerts is empty")
    for i, a in enumerate(doc["alerts"]):
        if not isinstance(a, dict):
            errors.append(f"alerts[{i}] is not an object")
            continue
        errors += [f"alerts[{i}].{k}: missing or not {t.__name__}" for k, t in ALERT.items()
                   if not isinstance(a.get(k), t)]
        for k in ("startsAt", "endsAt"):
            try:
                datetime.fromisoformat(str(a.get(k)).replace("Z", "+00:00"))
            except ValueError:
                errors.append(f"alerts[{i}].{k}: not RFC 3339")
        for k in ("labels", "annotations"):
            if isinstance(a.get(k), dict) and not _str_map(a[k]):
                errors.append(f"alerts[{i}].{k}: values must be strings")
    return errors


@dataclass
class WebhookStub(BaseStub):
    path: str = "/hook"
    token: str = ""  # expected Bearer token; "" accepts any

    def routes(self) -> list[web.RouteDef]:
        return [web.post(self.path, self.wrap(self._hook))]

    async def _hook(self, request: web.Request) -> web.Response:
        if self.token and request.headers.get("Authorization") != f"Bearer {self.token}":
            request[RECORDED].outcome = "rejected: unauthorized"
            return web.Response(status=401, text="unauthorized")
        errors = check_alertmanager(request[RECORDED].json)
        if errors:
            self.invalid(request, "; ".join(errors))
            return web.json_response({"errors": errors}, status=400)
        return web.Response(status=200, text="")
