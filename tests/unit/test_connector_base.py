from __future__ import annotations

import random

import pytest

from streams.config import ConfigError, parse_config
from streams.connectors.base import EVENTS, Backoff, Terms, admit, html_to_text, retry_after_from
from streams.connectors.config import (
    MastodonConfig,
    RssConfig,
    parse_connectors,
    secret,
    track_terms,
)

pytestmark = pytest.mark.unit

BRANDS = """
brands:
  - id: teremok
    name: Теремок
    aliases: [Теремок, Teremok]
  - id: vkusno
    name: Вкусно и точка
    aliases: [Вкусно и точка, teremok]
"""


def test_backoff_grows_with_jitter_and_honours_the_source() -> None:
    b = Backoff(1.0, 60.0, rng=random.Random(1))
    delays = [b.next() for _ in range(8)]
    assert all(0.5 <= d <= 60 for d in delays)
    assert delays[-1] >= 30  # capped at 60, jittered down to at least half
    assert b.next(retry_after=120) == 120
    b.reset()
    assert b.next() <= 1.0


def test_retry_after_forms() -> None:
    now = 1_700_000_000.0
    assert retry_after_from({"Retry-After": "7"}, now) == 7
    assert retry_after_from({"Retry-After": "Tue, 14 Nov 2023 22:13:30 GMT"}, now) == 10
    assert retry_after_from({"X-RateLimit-Reset": "2023-11-14T22:14:20.123Z"}, now) == \
        pytest.approx(60.123)
    assert retry_after_from({"X-RateLimit-Reset": str(int(now) + 5)}, now) == 5
    assert retry_after_from({}, now) is None


def test_terms_are_case_insensitive_substrings() -> None:
    t = Terms(["Теремок", "Vkusno i tochka"])
    assert t.match("В ТЕРЕМОКЕ холодно")
    assert t.match(None, "vkusno I TOCHKA")
    assert not t.match("Макдоналдс")


def test_admit_counts_skipped_filtered_and_emitted_and_stamps_the_brand() -> None:
    def counted(outcome: str) -> float:
        return EVENTS.labels("gate", outcome)._value.get()

    before = {o: counted(o) for o in ("skipped", "filtered", "emitted")}
    terms = Terms(["Acme"])
    assert admit("gate", None, brand="acme", terms=terms) is None
    assert admit("gate", {"text": "lunch"}, brand="acme", terms=terms) is None
    kept = admit("gate", {"text": "lunch"}, brand="acme", terms=terms, also="ACME link")
    assert kept == {"text": "lunch", "brand": "acme"}
    named = admit("gate", {"text": "x", "brand": "feed-brand"}, brand="acme", terms=None)
    assert named is not None and named["brand"] == "feed-brand"  # the source's own wins
    assert {o: counted(o) - before[o] for o in before} == {
        "skipped": 1, "filtered": 1, "emitted": 2}


def test_html_to_text() -> None:
    assert html_to_text("<p>a &amp; b</p><p>c<br>d</p>") == "a & b\nc\nd"


def test_connectors_section_parses_with_lines_and_terms() -> None:
    config = parse_config(BRANDS + """
connectors:
  mastodon-main:
    type: mastodon
    instance: https://mastodon.social
    token_env: MASTODON_TOKEN
    timelines: [public, "hashtag:teremok"]
  ys:
    type: youscan
    secret_env: YS
    topics: {123456: teremok}
  news:
    type: rss
    brand: teremok
    keywords: [блины]
    feeds:
      - url: https://news.example.org/rss
""", "cw.yaml")
    conns = parse_connectors(config)
    assert isinstance(conns["mastodon-main"], MastodonConfig)
    assert isinstance(conns["news"], RssConfig)
    assert conns["ys"].topics == {"123456": "teremok"}  # type: ignore[union-attr]
    assert track_terms(config, conns["mastodon-main"]) == ("Теремок", "Teremok",
                                                           "Вкусно и точка")
    assert track_terms(config, conns["news"]) == ("Теремок", "Teremok", "блины")


@pytest.mark.parametrize(("snippet", "message"), [
    ("  m:\n    type: mastodon\n    instanse: https://x\n",
     "cw.yaml:12: connectors.m.instanse: unknown key 'instanse'"),
    ("  m:\n    type: mastodon\n    instance: ftp://x\n",
     "cw.yaml:10: connectors.m: 'ftp://x' must start"),
    ("  m:\n    type: twitter\n", "connectors.m"),
    ("  m:\n    type: rss\n    brand: nope\n    feeds: [{url: 'https://a'}]\n",
     "unknown brand 'nope'"),
])
def test_config_mistakes_name_file_line_and_key(snippet: str, message: str) -> None:
    config = parse_config(BRANDS + "connectors:\n" + snippet, "cw.yaml")
    with pytest.raises(ConfigError) as err:
        parse_connectors(config)
    assert message in str(err.value)


def test_secrets_come_from_env_or_file(monkeypatch: pytest.MonkeyPatch,
                                      tmp_path: pytest.TempPathFactory) -> None:
    cfg = MastodonConfig(instance="https://m.example", token_env="CW_TEST_TOKEN")
    monkeypatch.delenv("CW_TEST_TOKEN", raising=False)
    with pytest.raises(ConfigError, match="CW_TEST_TOKEN"):
        secret("m", cfg)
    monkeypatch.setenv("CW_TEST_TOKEN", " s3cret-value ")
    assert secret("m", cfg) == "s3cret-value"
