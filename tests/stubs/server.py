"""A loopback aiohttp server in a background thread, plus fault injection shared by all stubs.

Usable from sync tests, async tests (its loop is its own, so a test's loop can block on it
without deadlock) and as a fixture for e2e tests that run a real worker subprocess against it.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

import msgspec
from aiohttp import web

FaultKind = Literal["429", "500", "hang"]
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass
class Recorded:
    """One request as the stub received it."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    json: Any
    at: float
    outcome: str = ""  # "ok", "invalid: ...", "fault 429", ...

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


RECORDED = web.RequestKey("recorded", Recorded)


@dataclass
class _Fault:
    kind: FaultKind
    remaining: int | None  # None: time-based
    until: float | None
    retry_after: float
    hang_s: float


@dataclass
class BaseStub:
    """Records requests and answers faults on demand; subclasses implement `routes()`."""

    all_requests: list[Recorded] = field(default_factory=list)
    requests: list[Recorded] = field(default_factory=list)  # validated and answered with success
    errors: list[str] = field(default_factory=list)  # contract violations seen
    _faults: list[_Fault] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # --- fault control (call from any thread) ---
    def fail_next(self, n: int, kind: FaultKind = "500", *, retry_after: float = 1.0,
                  hang_s: float = 30.0) -> None:
        with self._lock:
            self._faults.append(_Fault(kind, n, None, retry_after, hang_s))

    def fail_for(self, seconds: float, kind: FaultKind = "500", *, retry_after: float = 1.0,
                 hang_s: float = 30.0) -> None:
        with self._lock:
            self._faults.append(_Fault(kind, None, time.monotonic() + seconds, retry_after,
                                       hang_s))

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def _take_fault(self) -> _Fault | None:
        with self._lock:
            now = time.monotonic()
            self._faults = [f for f in self._faults
                            if (f.remaining is None or f.remaining > 0)
                            and (f.until is None or f.until > now)]
            if not self._faults:
                return None
            f = self._faults[0]
            if f.remaining is not None:
                f.remaining -= 1
            return f

    # --- hooks for subclasses ---
    def fault_response(self, kind: FaultKind, retry_after: float) -> web.Response:
        if kind == "429":
            return web.json_response({"error": "rate limited"}, status=429,
                                     headers={"Retry-After": f"{retry_after:g}"})
        return web.Response(status=500, text="internal error")

    def routes(self) -> list[web.RouteDef]:
        raise NotImplementedError

    # --- plumbing ---
    def wrap(self, handler: Handler) -> Handler:
        async def wrapped(request: web.Request) -> web.StreamResponse:
            body = await request.read()
            try:
                doc = msgspec.json.decode(body) if body else None
            except msgspec.DecodeError:
                doc = None
            rec = Recorded(request.method, request.path, dict(request.headers), body, doc,
                           time.time())
            with self._lock:
                self.all_requests.append(rec)
            fault = self._take_fault()
            if fault is not None:
                rec.outcome = f"fault {fault.kind}"
                if fault.kind == "hang":
                    await asyncio.sleep(fault.hang_s)
                    return web.Response(status=504, text="too late")
                return self.fault_response(fault.kind, fault.retry_after)
            request[RECORDED] = rec
            resp = await handler(request)
            if not rec.outcome:
                rec.outcome = "ok" if resp.status < 400 else f"HTTP {resp.status}"
            if rec.outcome == "ok":
                with self._lock:
                    self.requests.append(rec)
            return resp

        return wrapped

    def invalid(self, request: web.Request, reason: str) -> None:
        """Note a contract violation on the current request."""
        rec = request[RECORDED]
        rec.outcome = f"invalid: {reason}"
        with self._lock:
            self.errors.append(f"{request.path}: {reason}")

    def app(self) -> web.Application:
        app = web.Application(client_max_size=4 * 1024 * 1024)
        app.add_routes(self.routes())
        return app


class _HasApp(Protocol):
    def app(self) -> web.Application: ...


class StubServer:
    """`with StubServer(stub) as s: s.url` -- 127.0.0.1, ephemeral port, own thread and loop."""

    def __init__(self, app: web.Application | _HasApp, host: str = "127.0.0.1") -> None:
        self._app = app if isinstance(app, web.Application) else app.app()
        self._host = host
        self._port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None

    @property
    def url(self) -> str:
        return f"http://{self._host}:{self._port}"

    def start(self) -> StubServer:
        self._thread = threading.Thread(target=self._run, name="stub-server", daemon=True)
        self._thread.start()
        self._ready.wait(10)
        if self._error is not None:
            raise RuntimeError("stub server failed to start") from self._error
        return self

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._loop = loop
        runner = web.AppRunner(self._app, access_log=None, shutdown_timeout=0.2)
        try:
            loop.run_until_complete(runner.setup())
            site = web.TCPSite(runner, self._host, 0)
            loop.run_until_complete(site.start())
            self._port = int(runner.addresses[0][1])
        except BaseException as exc:  # reported to start()
            self._error = exc
            self._ready.set()
            return
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
            for t in pending:
                t.cancel()
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            with contextlib.suppress(Exception):
                loop.run_until_complete(runner.cleanup())
            loop.close()

    def stop(self) -> None:
        if self._loop is not None and self._thread is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)
            self._thread = None

    def __enter__(self) -> StubServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    async def __aenter__(self) -> StubServer:
        return self.start()

    async def __aexit__(self, *exc: object) -> None:
        await asyncio.to_thread(self.stop)
