"""The web console end to end: a real worker on the shared broker, Debian's headless Chromium
driven over the DevTools protocol (tests/e2e/cdp.py). The page is opened and signed in first;
the crisis arrives after, and its incident appears without a reload; an on-call person opens
it, reads mentions written to break the page (they show as text), acknowledges it with a real
mouse click; the API agrees and a second tab, opened from the incident's deep link, sees the
change live. A screenshot goes to tmp (and to $CW_CONSOLE_SCREENSHOT, e.g. docs/console.png)."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e import cdp
from tests.e2e.cdp import Chromium, Page
from tests.e2e.harness import Pipeline, burst, history, http_json, mention

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not cdp.available(), reason="Debian's chromium package is not installed "
                       "(deploy/install-test-deps.sh installs it; no browser is downloaded)"),
]

API_TOKEN = "e2e-console-token-0123456789abcdef"
IMG_XSS = 'Вкусно и точка, позор! <img src=x onerror="window.__xss=1"> ужас'
SCRIPT_XSS = "Бойкот Вкусно и точка, отвратительно <script>window.__xss=2</script>"
HANDLE_XSS = "<img src=y onerror=window.__xss=3>"


@pytest.fixture
def pipeline(tmp_path: Path, kafka_bootstrap: str) -> Iterator[Pipeline]:
    p = Pipeline(tmp_path, kafka_bootstrap, receivers={},
                 routing={"receivers": ["console"], "min_severity": "warning"},
                 env={"CRISISWATCH_API_TOKEN": API_TOKEN},
                 incidents={"group_interval": "10m"})
    yield p
    p.stop()


def hostile_mentions() -> list[dict[str, Any]]:
    """Negative, widely read (so among the top mentions), and written to inject markup."""
    first = mention(900, IMG_XSS)
    first["author"] = {"id": "u900", "handle": HANDLE_XSS, "followers": 90_000}
    second = mention(901, SCRIPT_XSS)
    second["author"]["followers"] = 80_000
    return [first, second]


def js(value: str) -> str:
    return json.dumps(value)


async def sign_in(page: Page, url: str, token: str = API_TOKEN) -> None:
    await page.navigate(url)
    await page.wait("!document.getElementById('login').hidden", 10, "the sign-in form")
    await page.type("#token", token)
    await page.click("#login-form button[type=submit]")


async def live(page: Page) -> None:
    await page.wait("document.getElementById('live').dataset.state === 'on'", 20,
                    "the live event stream")


def row_ids(kind: str) -> str:
    return (f"[...document.querySelectorAll('#incident-list .row')].map(r => r.dataset.id)"
            f".filter(id => id.startsWith('vkusno.{kind}.'))")


async def detail_state(page: Page) -> Any:
    return await page.eval("(document.querySelector('#detail .state') || {}).textContent")


async def test_console_shows_a_crisis_live_and_acknowledges_it(pipeline: Pipeline,
                                                               tmp_path: Path) -> None:
    browser = Chromium(tmp_path / "chromium-profile")
    worker, _ = await asyncio.gather(asyncio.to_thread(pipeline.start_worker), browser.start())
    try:
        base = f"http://127.0.0.1:{worker.web_port}"
        await asyncio.to_thread(pipeline.produce, history())

        # Sign in: a wrong token is refused on the form, the right one opens the live page.
        page = await browser.new_page()
        await sign_in(page, base + "/console", token="not-the-token")
        await page.wait("document.getElementById('login-error').textContent.includes('refused')",
                        10, "the refusal")
        await page.type("#token", API_TOKEN)
        await page.click("#login-form button[type=submit]")
        await live(page)
        await page.type("#by", "e2e-anna")
        await page.eval("window.__sameDocument = true")
        assert await page.eval(f"{row_ids('negative_spike')}.length") == 0

        # The crisis starts while the page is open: its row appears without a reload.
        await asyncio.to_thread(pipeline.produce, [*hostile_mentions(), *burst(40)])
        (incident_id,) = await page.wait(row_ids("negative_spike"), 45,
                                         "the negative spike's row, pushed live")
        assert await page.eval("window.__sameDocument") is True
        row = f"#incident-list .row[data-id={js(incident_id)}]"
        assert await page.eval(f"document.querySelector({js(row)} + ' .state').textContent") \
            == "triggered"
        assert await page.eval(f"document.querySelector({js(row)} + ' .sev').textContent") in (
            "warning", "error", "critical")

        # A second tab opened from the link in Slack/PagerDuty: that incident, selected.
        second = await browser.new_page()
        await sign_in(second, f"{base}/console/incidents/{incident_id}")
        await live(second)
        await second.wait(f"(document.querySelector('#detail code') || {{}}).textContent === "
                          f"{js(incident_id)}", 15, "the deep-linked incident")
        assert await detail_state(second) == "triggered"
        await second.eval("window.__sameDocument = true")

        # Open it: why, top mentions, timeline; hostile text shows as text and runs nothing.
        await page.click(row)
        await page.wait(f"(document.querySelector('#detail code') || {{}}).textContent === "
                        f"{js(incident_id)}", 15, "the incident's details")
        assert await page.eval("location.pathname") == f"/console/incidents/{incident_id}"
        assert await page.eval("document.querySelectorAll('#detail .why dt').length") >= 3
        assert await page.eval("document.querySelectorAll('#detail .timeline li').length") >= 2
        texts = await page.eval("[...document.querySelectorAll('#detail .mention .text')]"
                                ".map(e => e.textContent)")
        authors = await page.eval("[...document.querySelectorAll('#detail .mention .author')]"
                                  ".map(e => e.textContent)")
        assert IMG_XSS in texts and SCRIPT_XSS in texts, texts
        assert "@" + HANDLE_XSS in authors, authors
        assert await page.eval("document.querySelectorAll('#detail img, #detail script, "
                               "#incident-list img').length") == 0
        assert await page.eval("window.__xss === undefined") is True

        # Acknowledge, with the mouse.
        await page.click('#detail button[data-action="ack"]')
        await page.wait("(document.querySelector('#detail .state') || {}).textContent === "
                        "'acknowledged'", 20, "the acknowledged state in the page")
        await page.wait(f"document.querySelector({js(row)} + ' .state').textContent === "
                        "'acknowledged'", 10, "the acknowledged row")
        assert await page.eval("document.querySelector('#detail button[data-action=\"ack\"]')"
                               " === null") is True
        assert await page.eval("document.querySelector('#detail .facts').textContent"
                               ".includes('acknowledged by e2e-anna')") is True

        status, doc = await asyncio.to_thread(http_json, worker, "GET",
                                              f"/api/incidents/{incident_id}", token=API_TOKEN)
        assert status == 200, doc
        inc = doc["incident"]
        assert (inc["state"], inc["acked_by"]) == ("acknowledged", "e2e-anna")
        assert [(e["text"], e["by"]) for e in inc["timeline"] if e["kind"] == "action"] == [
            ("acknowledged via console", "e2e-anna")]

        # The other tab saw it happen, live.
        await second.wait("(document.querySelector('#detail .state') || {}).textContent === "
                          "'acknowledged'", 20, "the second tab to show the ack")
        assert await second.eval("window.__sameDocument") is True

        # The brand's volume over the last hour, with the burst in it.
        await page.wait("document.querySelectorAll('.brand[data-brand=\"vkusno\"] rect.bar')"
                        ".length >= 3", 30, "vkusno's sparkline")
        status, brands = await asyncio.to_thread(http_json, worker, "GET", "/api/brands",
                                                 token=API_TOKEN)
        series = next(b["series"] for b in brands["brands"] if b["id"] == "vkusno")
        assert max(p[1] or 0 for p in series["points"]) >= 20, series
        label = await page.eval("document.querySelector('.brand[data-brand=\"vkusno\"] svg')"
                                ".getAttribute('aria-label')")
        assert label.startswith("Вкусно — и точка: last hour, peak "), label

        for p in (page, second):  # no CSP violation, no script error
            assert [e for e in p.errors() if "401" not in e] == []

        await page.eval("document.activeElement.blur()")
        shot = tmp_path / "console.png"
        await page.screenshot(shot)
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        if os.environ.get("CW_CONSOLE_SCREENSHOT"):
            shutil.copyfile(shot, os.environ["CW_CONSOLE_SCREENSHOT"])
    finally:
        await browser.close()
