"""Local HTTP stubs of Slack, PagerDuty, Telegram and an Alertmanager-style webhook receiver.

Each checks the real request contract, records what it received, and can be told to answer 429
(+Retry-After), 500 or hang for the next N requests or for a time span:

    stub = SlackStub()
    with StubServer(stub) as server:
        sink = SlackSink(..., base_url=server.url + "/api/")
        stub.fail_next(2, "429", retry_after=1)
        ...
        assert stub.errors == [] and stub.pings == []
"""

from tests.stubs.pagerduty import PagerDutyStub
from tests.stubs.server import BaseStub, Recorded, StubServer
from tests.stubs.slack import WEBHOOK_PATH, SlackStub
from tests.stubs.telegram import TelegramStub
from tests.stubs.webhook import WebhookStub

__all__ = ["WEBHOOK_PATH", "BaseStub", "PagerDutyStub", "Recorded", "SlackStub", "StubServer",
           "TelegramStub", "WebhookStub"]
