from __future__ import annotations

import pytest

from streams.connectors.telegram import (
    export_chat_id,
    map_export_message,
    map_update,
)
from tests.unit.connector_helpers import fixture, valid

pytestmark = pytest.mark.unit


def test_channel_post() -> None:
    updates = fixture("telegram_updates.json")["result"]
    m = map_update(updates[0])
    assert m is not None
    assert m["id"] == "telegram:-1001234567890:1524"
    assert m["url"] == "https://t.me/obshchepit_news/1524"
    parsed = valid(m)
    assert parsed.created_at_ms == 1727690400000
    assert parsed.author.handle == "obshchepit_news"


def test_private_channel_caption_photo_reply() -> None:
    m = map_update(fixture("telegram_updates.json")["result"][1])
    assert m is not None
    assert m["url"] == "https://t.me/c/9876543210/88"
    assert m["text"] == "Фото из Теремка"
    assert m["in_reply_to"] == "telegram:-1009876543210:80"
    assert m["media"] == [{"type": "photo", "hash": "AQAD2m"}]
    valid(m)


def test_edit_keeps_the_id_and_private_chats_are_ignored() -> None:
    updates = fixture("telegram_updates.json")["result"]
    original, edit = map_update(updates[0]), map_update(updates[2])
    assert original and edit and original["id"] == edit["id"]
    assert edit["telegram"]["edited"] and edit["text"].endswith("(обновлено)")
    assert map_update(updates[3]) is None


def test_export_messages_share_ids_with_the_bot_api() -> None:
    export = fixture("telegram_export.json")
    chat_id = export_chat_id(export)
    assert chat_id == "-1001234567890"
    service, first, second = export["messages"]
    assert map_export_message(service, chat_id) is None
    m = map_export_message(first, chat_id, "obshchepit_news")
    assert m is not None
    assert m["text"] == "Посетители Теремка жалуются на очереди"
    assert m["metrics"]["likes"] == 17
    m2 = map_export_message(second, chat_id)
    assert m2 is not None
    assert m2["id"] == "telegram:-1001234567890:1524"  # as map_update above
    assert m2["in_reply_to"] == "telegram:-1001234567890:1523"
    valid(m)
    valid(m2)
