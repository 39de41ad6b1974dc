"""Escaping and length limits for chat markup.

User text (mention bodies, author names, story titles) is untrusted: in Slack mrkdwn a raw
`<!channel>` pings a whole channel and `<https://evil|click>` disguises a link, in Telegram HTML
a stray `<` breaks parsing. Everything user-controlled goes through an escape function here, and
every length cut happens on token boundaries so an escape entity, one of our own links or tags,
or a surrogate pair is never split.

Lengths are counted in UTF-16 code units: Telegram counts that way, and for Slack it is never less
than the code-point count, so staying under the limit in UTF-16 is safe for both.
"""

from __future__ import annotations

import re
import unicodedata

# Slack Block Kit / Web API limits (docs.slack.dev, Block Kit reference).
SLACK_SECTION_TEXT = 3000
SLACK_FIELD_TEXT = 2000
SLACK_SECTION_FIELDS = 10
SLACK_HEADER_TEXT = 150
SLACK_CONTEXT_ELEMENTS = 10
SLACK_MAX_BLOCKS = 50
SLACK_MESSAGE_TEXT = 40000
SLACK_BUTTON_TEXT = 75
SLACK_BUTTON_VALUE = 2000
SLACK_ACTION_ID = 255
# Telegram Bot API: message text after entity parsing; callback_data 1-64 bytes.
TELEGRAM_TEXT = 4096
TELEGRAM_CALLBACK_DATA = 64
# PagerDuty Events API v2: payload.summary, dedup_key.
PAGERDUTY_SUMMARY = 1024
PAGERDUTY_DEDUP_KEY = 255

ELLIPSIS = "…"

# One token of our own markup: a tag/link (<...>), an entity (&name; / &#123;), or one code point.
_TOKEN = re.compile(r"<[^<>]*>|&#?[A-Za-z0-9]+;|.", re.DOTALL)
_TAG_NAME = re.compile(r"<\s*(/?)\s*([A-Za-z][A-Za-z0-9-]*)")
# C0/C1 controls except tab and newline, and bidi overrides that can disguise text direction.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_JOINERS = "\u200d\ufe0f\ufe0e"


def utf16_len(text: str) -> int:
    """Length as Telegram (and conservatively Slack) counts it."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def clean(text: str) -> str:
    """Drop control and bidi-override characters and replace lone surrogates (unencodable)."""
    text = _UNSAFE.sub("", text)
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        text = "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in text)
    return text


def slack_escape(text: str) -> str:
    """Slack's three control characters; nothing else is decoded by Slack, so nothing else is
    encoded (escaping more would show literally)."""
    return clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def telegram_escape(text: str) -> str:
    """Telegram HTML parse mode accepts only &lt; &gt; &amp; &quot; as named entities."""
    return (clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _trim_tail(text: str) -> str:
    """Don't end on a joiner/variation selector or a lone combining mark left by a cut."""
    while text and (text[-1] in _JOINERS or unicodedata.combining(text[-1])):
        text = text[:-1]
    return text


def truncate_plain(text: str, limit: int, ellipsis: str = ELLIPSIS) -> str:
    """Cut unmarked text to `limit` UTF-16 units on a code-point boundary, adding `ellipsis`."""
    if utf16_len(text) <= limit:
        return text
    budget = limit - utf16_len(ellipsis)
    out: list[str] = []
    used = 0
    for ch in text:
        w = 2 if ord(ch) > 0xFFFF else 1
        if used + w > budget:
            break
        out.append(ch)
        used += w
    return _trim_tail("".join(out)).rstrip() + ellipsis


def truncate_markup(text: str, limit: int, *, html: bool = False,
                    ellipsis: str = ELLIPSIS) -> str:
    """Cut escaped markup to `limit` UTF-16 units between tokens; with `html`, close the tags
    still open so Telegram can parse the result.

    Input must already be escaped: every `<` in it is ours, so `<...>` is one atomic token
    (a Slack link/mention we built, or an HTML tag)."""
    if utf16_len(text) <= limit:
        return text
    out: list[str] = []
    open_tags: list[str] = []
    used = 0
    ell = utf16_len(ellipsis)
    for m in _TOKEN.finditer(text):
        tok = m.group(0)
        opened = closed = None
        if html and tok.startswith("<"):
            t = _TAG_NAME.match(tok)
            if t:
                if t.group(1):
                    closed = t.group(2).lower()
                elif not tok.endswith("/>"):
                    opened = t.group(2).lower()
        stack = [*open_tags, opened] if opened else open_tags
        closing = sum(len(name) + 3 for name in stack) if html else 0
        w = utf16_len(tok)
        if used + w + ell + closing > limit:
            break
        out.append(tok)
        used += w
        if opened:
            open_tags.append(opened)
        elif closed and closed in open_tags:
            # Remove the innermost matching open tag.
            idx = len(open_tags) - 1 - open_tags[::-1].index(closed)
            del open_tags[idx]
    body = _trim_tail("".join(out))
    if html and open_tags and body.endswith(">"):
        # Don't leave an empty element just opened (e.g. "<a href=...>" with no text).
        last = out[-1] if out else ""
        t = _TAG_NAME.match(last)
        if t and not t.group(1) and open_tags and open_tags[-1] == t.group(2).lower():
            body = body[: -len(last)]
            open_tags.pop()
    return body + ellipsis + "".join(f"</{name}>" for name in reversed(open_tags))


def slack_text(text: str, limit: int) -> str:
    """Escape user text for mrkdwn and fit it into `limit` (measured after escaping)."""
    return truncate_markup(slack_escape(text), limit)


def telegram_text(text: str, limit: int) -> str:
    return truncate_markup(telegram_escape(text), limit, html=True)


def _safe_url(url: str) -> str:
    """Only http(s) links; anything else (javascript:, slack-internal schemes) is dropped."""
    url = clean(url).strip()
    if not re.match(r"^https?://[^\s<>|\"]+$", url):
        return ""
    return url


def slack_link(url: str, label: str) -> str:
    """`<url|label>` with the label escaped; plain escaped label when the URL is not http(s)."""
    safe = _safe_url(url)
    text = slack_escape(label).replace("|", "¦")
    if not safe:
        return text
    return f"<{safe.replace('&', '&amp;')}|{text}>" if text else f"<{safe.replace('&', '&amp;')}>"


def telegram_link(url: str, label: str) -> str:
    safe = _safe_url(url)
    text = telegram_escape(label)
    if not safe:
        return text
    return f'<a href="{telegram_escape(safe)}">{text}</a>'
