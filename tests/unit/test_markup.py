"""Escaping and truncation: user text can never ping, link or break markup, whatever its length."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alerts import markup as mk

pytestmark = pytest.mark.unit

_ENTITY_TAIL = re.compile(r"&#?[A-Za-z0-9]*$")


def test_slack_escape_neutralises_mentions_and_links() -> None:
    raw = "hi <!channel> <@U123> <https://evil|click> & co"
    out = mk.slack_escape(raw)
    assert "<" not in out and ">" not in out
    assert out == ("hi &lt;!channel&gt; &lt;@U123&gt; &lt;https://evil|click&gt; &amp; co")


def test_slack_escape_leaves_other_characters() -> None:
    assert mk.slack_escape("Привет *жирный* 🎉 'q' \"d\"") == "Привет *жирный* 🎉 'q' \"d\""


def test_telegram_escape() -> None:
    assert mk.telegram_escape('<b>x</b> & "y"') == "&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;"


def test_clean_drops_controls_and_bidi_and_lone_surrogates() -> None:
    assert mk.clean("a\x1b[31mb\u202ec\nd\te") == "a[31mbc\nd\te"
    assert mk.clean("x\ud83dy") == "x\ufffdy"


def test_utf16_len_counts_astral_twice() -> None:
    assert mk.utf16_len("a🎉") == 3
    assert mk.utf16_len("ы") == 1


def test_truncate_plain_respects_limit_and_pairs() -> None:
    text = "🎉" * 10
    out = mk.truncate_plain(text, 7)
    assert mk.utf16_len(out) <= 7
    assert out.endswith("…") and set(out[:-1]) == {"🎉"}
    assert mk.truncate_plain("short", 10) == "short"


def test_truncate_markup_never_cuts_an_entity() -> None:
    esc = mk.slack_escape("&" * 50)  # 50 x "&amp;"
    for limit in range(1, 60):
        out = mk.truncate_markup(esc, limit)
        assert mk.utf16_len(out) <= limit
        assert not _ENTITY_TAIL.search(out[:-1]), out


def test_truncate_markup_keeps_our_links_whole() -> None:
    text = "see " + mk.slack_link("https://example.com/a?b=1&c=2", "the console") + " now"
    for limit in range(1, len(text)):
        out = mk.truncate_markup(text, limit)
        assert mk.utf16_len(out) <= limit
        assert out.count("<") == out.count(">")


def test_truncate_html_closes_tags() -> None:
    text = "<b>" + mk.telegram_escape("x & y " * 40) + "</b> tail"
    out = mk.truncate_markup(text, 50, html=True)
    assert mk.utf16_len(out) <= 50
    assert out.startswith("<b>") and out.endswith("</b>")
    assert "…" in out


def test_truncate_html_drops_dangling_open_tag() -> None:
    text = "abc <a href=\"https://x.example/\">label that is long</a>"
    out = mk.truncate_markup(text, 42, html=True)
    assert mk.utf16_len(out) <= 42
    assert out.count("<a ") == out.count("</a>")


def test_slack_link_rejects_non_http_and_escapes_label() -> None:
    assert mk.slack_link("javascript:alert(1)", "x<y") == "x&lt;y"
    assert mk.slack_link("https://e.com/?a=1&b=2", "a|b") == "<https://e.com/?a=1&amp;b=2|a¦b>"
    assert mk.slack_link("https://e.com/x y", "t") == "t"


def test_telegram_link() -> None:
    assert mk.telegram_link("https://e.com/?a=1&b=\"", "q") == "q"
    assert mk.telegram_link("https://e.com/?a=1&b=2", "<q>") == \
        '<a href="https://e.com/?a=1&amp;b=2">&lt;q&gt;</a>'


@settings(max_examples=300, deadline=None)
@given(st.text(), st.integers(min_value=2, max_value=200))
def test_slack_text_property(text: str, limit: int) -> None:
    out = mk.slack_text(text, limit)
    assert mk.utf16_len(out) <= limit
    assert "<" not in out and ">" not in out
    assert not _ENTITY_TAIL.search(out.removesuffix("…"))
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in out)


@settings(max_examples=300, deadline=None)
@given(st.text(), st.integers(min_value=30, max_value=300))
def test_telegram_text_property(text: str, limit: int) -> None:
    html = f"<b>{mk.telegram_escape(text)}</b> <i>{mk.telegram_escape(text)}</i>"
    out = mk.truncate_markup(html, limit, html=True)
    assert mk.utf16_len(out) <= limit
    tags = re.findall(r"</?([a-z]+)", out)
    stack: list[str] = []
    for m in re.finditer(r"<(/?)([a-z]+)[^>]*>", out):
        if m.group(1):
            assert stack and stack.pop() == m.group(2)
        else:
            stack.append(m.group(2))
    assert not stack, (out, tags)
