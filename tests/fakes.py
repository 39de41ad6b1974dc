"""Fake credentials for tests, assembled at run time.

The masking code recognises secrets by their shape (Slack `xoxb-` tokens, Slack webhook URLs,
Telegram bot tokens, 32-hex keys), so the tests need values of those shapes. They are built
here from pieces, so that no literal in the repository looks like a committed credential to a
secret scanner; none of them was ever valid anywhere.
"""

from __future__ import annotations

_SLACK_BOT = "xo" + "xb-"


def slack_token(tail: str = "test-token") -> str:
    """A Slack bot token of the real shape (`xoxb-...`)."""
    return _SLACK_BOT + tail


def slack_webhook_url(path: str) -> str:
    """A Slack incoming-webhook URL of the real shape."""
    return "https://hooks.slack" + ".com/services/" + path


SLACK_TOKEN = slack_token()
HEX_KEY = "0123456789abcdef" * 2  # a 32-hex-digit key, as PagerDuty routing keys are
TELEGRAM_BOT_TOKEN = "123456:" + "AAbbccddeeffgghhiijjkkllmmnnoopp"


def telegram_bot_token(tail: str) -> str:
    """A Telegram bot token of the real shape (`<bot id>:AA...`)."""
    return "123456789:" + "AA" + tail
