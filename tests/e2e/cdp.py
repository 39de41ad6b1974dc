"""Headless Chromium (Debian's `chromium` package) driven over the Chrome DevTools Protocol with
aiohttp's websocket client: no browser download, no extra dependency.

    async with Chromium(tmp) as browser:
        page = await browser.new_page()
        await page.navigate("http://127.0.0.1:6066/console")
        await page.click("button.primary")
        await page.wait("document.title.includes('console')", 10, "the title")
        await page.screenshot(tmp / "shot.png")
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import json
import re
import shutil
import time
from pathlib import Path
from typing import Any

import aiohttp

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
_LISTENING = re.compile(r"DevTools listening on (ws://\S+)")


def available() -> bool:
    return Path(CHROMIUM).exists()


class CdpError(RuntimeError):
    pass


class Chromium:
    def __init__(self, profile_dir: Path, *, width: int = 1440, height: int = 900) -> None:
        self.profile_dir = profile_dir
        self.width = width
        self.height = height
        self.stderr: list[str] = []
        self._ids = itertools.count(1)
        self._waiting: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self.pages: dict[str, Page] = {}
        self._proc: asyncio.subprocess.Process | None = None
        self._http: aiohttp.ClientSession | None = None
        self._ws: aiohttp.ClientWebSocketResponse | None = None
        self._tasks: list[asyncio.Task[None]] = []

    async def __aenter__(self) -> Chromium:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def start(self, timeout_s: float = 30.0) -> None:
        self.profile_dir.mkdir(parents=True, exist_ok=True)
        self._proc = await asyncio.create_subprocess_exec(
            CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--remote-debugging-port=0",
            f"--user-data-dir={self.profile_dir}", "--no-first-run",
            "--no-default-browser-check", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-extensions",
            "--mute-audio", f"--window-size={self.width},{self.height}", "about:blank",
            stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE)
        assert self._proc.stderr is not None
        url = await asyncio.wait_for(self._find_url(self._proc.stderr), timeout_s)
        self._tasks.append(asyncio.create_task(self._drain(self._proc.stderr)))
        self._http = aiohttp.ClientSession()
        self._ws = await self._http.ws_connect(url, max_msg_size=0, heartbeat=None)
        self._tasks.append(asyncio.create_task(self._read()))

    async def _find_url(self, stream: asyncio.StreamReader) -> str:
        while True:
            line = await stream.readline()
            if not line:
                raise CdpError("chromium exited before it listened:\n" + "".join(self.stderr))
            text = line.decode(errors="replace")
            self.stderr.append(text)
            found = _LISTENING.search(text)
            if found:
                return found.group(1)

    async def _drain(self, stream: asyncio.StreamReader) -> None:
        while line := await stream.readline():
            self.stderr.append(line.decode(errors="replace"))
            del self.stderr[:-200]

    async def _read(self) -> None:
        assert self._ws is not None
        async for msg in self._ws:
            if msg.type != aiohttp.WSMsgType.TEXT:
                continue
            doc = json.loads(msg.data)
            if "id" in doc:
                fut = self._waiting.pop(doc["id"], None)
                if fut is not None and not fut.done():
                    fut.set_result(doc)
            else:
                page = self.pages.get(doc.get("sessionId", ""))
                if page is not None:
                    page.on_event(doc["method"], doc.get("params", {}))
        for fut in self._waiting.values():
            if not fut.done():
                fut.set_exception(CdpError("the DevTools connection closed"))

    async def send(self, method: str, params: dict[str, Any] | None = None,
                   session_id: str | None = None, timeout_s: float = 30.0) -> dict[str, Any]:
        assert self._ws is not None
        msg_id = next(self._ids)
        doc: dict[str, Any] = {"id": msg_id, "method": method, "params": params or {}}
        if session_id:
            doc["sessionId"] = session_id
        fut: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._waiting[msg_id] = fut
        await self._ws.send_str(json.dumps(doc))
        answer = await asyncio.wait_for(fut, timeout_s)
        if "error" in answer:
            raise CdpError(f"{method}: {answer['error']}")
        result: dict[str, Any] = answer.get("result", {})
        return result

    async def new_page(self) -> Page:
        target = await self.send("Target.createTarget", {"url": "about:blank"})
        attached = await self.send("Target.attachToTarget",
                                   {"targetId": target["targetId"], "flatten": True})
        page = Page(self, attached["sessionId"])
        self.pages[page.session_id] = page
        for method in ("Page.enable", "Runtime.enable", "Log.enable"):
            await page.send(method)
        await page.send("Emulation.setDeviceMetricsOverride", {
            "width": self.width, "height": self.height, "deviceScaleFactor": 1,
            "mobile": False})
        return page

    async def close(self) -> None:
        with contextlib.suppress(Exception):
            if self._ws is not None:
                await self.send("Browser.close", timeout_s=5)
        if self._ws is not None:
            await self._ws.close()
        if self._http is not None:
            await self._http.close()
        if self._proc is not None and self._proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self._proc.terminate()
            try:
                await asyncio.wait_for(self._proc.wait(), 10)
            except TimeoutError:
                self._proc.kill()
                await self._proc.wait()
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)


class Page:
    def __init__(self, browser: Chromium, session_id: str) -> None:
        self.browser = browser
        self.session_id = session_id
        self.console: list[tuple[str, str]] = []  # (level, text): console calls and log entries
        self.exceptions: list[str] = []
        self.loads = 0

    def on_event(self, method: str, params: dict[str, Any]) -> None:
        if method == "Runtime.consoleAPICalled":
            text = " ".join(str(a.get("value", a.get("description", ""))) for a in params["args"])
            self.console.append((params["type"], text))
        elif method == "Log.entryAdded":
            entry = params["entry"]
            self.console.append((entry["level"], entry.get("text", "")))
        elif method == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            self.exceptions.append(details.get("exception", {}).get("description")
                                   or details.get("text", "?"))
        elif method == "Page.loadEventFired":
            self.loads += 1

    def errors(self) -> list[str]:
        return self.exceptions + [t for level, t in self.console if level == "error"]

    async def send(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        return await self.browser.send(method, params, self.session_id)

    async def navigate(self, url: str, timeout_s: float = 20.0) -> None:
        loads = self.loads
        answer = await self.send("Page.navigate", {"url": url})
        if answer.get("errorText"):
            raise CdpError(f"navigate {url}: {answer['errorText']}")
        deadline = time.monotonic() + timeout_s
        while self.loads == loads:
            if time.monotonic() > deadline:
                raise CdpError(f"{url} did not load within {timeout_s:.0f}s")
            await asyncio.sleep(0.05)

    async def eval(self, expression: str) -> Any:
        answer = await self.send("Runtime.evaluate", {
            "expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in answer:
            details = answer["exceptionDetails"]
            raise CdpError(f"{expression[:80]}: "
                           f"{details.get('exception', {}).get('description', details)}")
        return answer["result"].get("value")

    async def wait(self, expression: str, timeout_s: float, what: str) -> Any:
        deadline = time.monotonic() + timeout_s
        while True:
            value = await self.eval(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {timeout_s:.0f}s waiting for {what}")
            await asyncio.sleep(0.1)

    async def click(self, selector: str) -> None:
        """A real mouse click in the middle of the element (scrolled into view first)."""
        box = await self.eval(f"""(() => {{
            const el = document.querySelector({json.dumps(selector)});
            if (!el) return null;
            el.scrollIntoView({{block: "center"}});
            const r = el.getBoundingClientRect();
            return {{x: r.left + r.width / 2, y: r.top + r.height / 2}};
        }})()""")
        if box is None:
            raise AssertionError(f"no element {selector}")
        base = {"x": box["x"], "y": box["y"], "button": "left", "clickCount": 1}
        await self.send("Input.dispatchMouseEvent", {**base, "type": "mouseMoved",
                                                     "button": "none"})
        await self.send("Input.dispatchMouseEvent", {**base, "type": "mousePressed"})
        await self.send("Input.dispatchMouseEvent", {**base, "type": "mouseReleased"})

    async def type(self, selector: str, text: str) -> None:
        """Empty the field, focus it and type into it as a keyboard would (input events fire)."""
        await self.eval(f"(() => {{ const el = document.querySelector({json.dumps(selector)});"
                        " el.value = ''; el.focus(); })()")
        await self.send("Input.insertText", {"text": text})

    async def press(self, key: str, code: str, key_code: int) -> None:
        for kind in ("keyDown", "keyUp"):
            await self.send("Input.dispatchKeyEvent", {
                "type": kind, "key": key, "code": code, "windowsVirtualKeyCode": key_code})

    async def screenshot(self, path: Path) -> None:
        shot = await self.send("Page.captureScreenshot", {"format": "png"})
        await asyncio.to_thread(path.write_bytes, base64.b64decode(shot["data"]))
