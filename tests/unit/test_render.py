"""The neutral message: what a PR person reads at 3 a.m., in the brand's language."""

from __future__ import annotations

import msgspec
import pytest

from alerts.render import Links, compact_number, grafana_link, render
from detectors.model import Severity
from tests.stubs.factory import evolve, mention, notification

pytestmark = pytest.mark.unit
LINKS = Links("https://cw.example/", "https://grafana.example/d/brand?orgId=1")


def test_trigger_in_english() -> None:
    m = render(notification(), LINKS)
    assert m.brand_name == "Acme Foods"
    assert m.headline == "Acme Foods: Guard throws out elderly woman"
    assert m.event_text == "New incident"
    assert m.kind_text == "Negative story going viral"
    assert m.severity_text == "CRITICAL"
    assert m.summary.startswith("[CRITICAL] Acme Foods: Guard throws out elderly woman")
    fields = {f.label: f.value for f in m.fields}
    # A story's observed/expected pair is engagement/min against the first threshold.
    assert fields["Engagement"] == "120/min (threshold 15/min)"
    assert "Observed vs expected" not in fields
    assert fields["Negative share"] == "62%"
    assert fields["Reach"] == "1.2M (projected 4.5M)"
    assert fields["Languages"] == "ru 80, en 20"
    assert fields["Signals"] == "3"
    assert fields["Open since"].endswith("ago")
    assert m.console_url == "https://cw.example/incidents/acme.viral_story.1a2b3c4d.1"
    assert m.grafana_url == "https://grafana.example/d/brand?orgId=1&var-brand=acme"
    assert [x.author for x in m.mentions] == ["@witness3", "@witness2", "@witness1"]


def test_russian_strings() -> None:
    m = render(notification(language="ru"), LINKS)
    assert m.event_text == "Новый инцидент"
    assert m.severity_text == "КРИТИЧНО"
    assert m.kind_text == "Негативная история набирает охват"
    fields = {f.label: f.value for f in m.fields}
    assert fields["Охват"] == "1,2 млн (прогноз 4,5 млн)"
    assert fields["Открыт"].endswith("2 мин 1 с назад")
    assert "[НЕ ПОДТВЕРЖДЕНО]" in render(notification(language="ru", unverified=True),
                                        LINKS).summary
    assert m.strings["btn.ack"] == "Беру"


def test_both_tables_have_the_same_keys() -> None:
    from alerts.render import STRINGS

    assert set(STRINGS["en"]) == set(STRINGS["ru"])


@pytest.mark.parametrize(("event", "kw", "expected"), [
    ("update", {"notified_severity": Severity.WARNING}, "Severity raised: WARNING → CRITICAL"),
    ("update", {"notified_severity": Severity.CRITICAL}, "Updated"),
    ("repeat", {}, "Still open, not acknowledged"),
    ("escalate", {"escalation_level": 2}, "Escalated (level 2): not acknowledged in time"),
    ("acknowledge", {"state": "acknowledged", "acked_by": "anna"}, "Acknowledged by anna"),
    ("resolve", {"state": "resolved", "resolved_by": "boris"}, "Resolved by boris"),
    ("resolve", {"state": "resolved"}, "Resolved: quiet for a while"),
    ("trigger", {"occurrence": 2}, "Reopened (occurrence 2)"),
])
def test_event_wording(event: str, kw: dict[str, object], expected: str) -> None:
    n = evolve(notification(), event, 2, **kw)  # type: ignore[arg-type]
    assert render(n, LINKS).event_text == expected


def test_unverified_flag() -> None:
    m = render(notification(unverified=True), LINKS)
    assert m.unverified and "UNVERIFIED" in m.unverified_text
    assert "[UNVERIFIED]" in m.summary
    assert render(notification(), LINKS).unverified_text == ""


def test_long_mentions_are_shortened_and_whitespace_collapsed() -> None:
    n = notification(mentions=(mention(1, text="a\n\n" + "б" * 1000),))
    (line,) = render(n, LINKS).mentions
    assert len(line.text) == 280 and line.text.startswith("a б") and line.text.endswith("…")


def test_no_links_configured_and_no_signal() -> None:
    n = notification(last_signal=None)
    m = render(n, Links())
    assert m.console_url == "" and m.grafana_url == ""
    assert m.fields[0].label == "Signals"


def test_unknown_language_falls_back_to_english_and_unknown_kind_to_words() -> None:
    m = render(notification(language="de", kind="brand_new_kind"), LINKS)
    assert m.language == "en" and m.kind_text == "brand new kind"


def test_compact_number() -> None:
    assert compact_number(999) == "999"
    assert compact_number(1500) == "1.5K"
    assert compact_number(2_000_000) == "2M"
    assert compact_number(1500, "ru") == "1,5 тыс."
    assert compact_number(2.25) == "2.2"


def test_grafana_link_without_query() -> None:
    assert grafana_link("https://g/d/x", "a b") == "https://g/d/x?var-brand=a+b"


def test_message_is_plain_msgspec_data() -> None:
    m = render(notification(), LINKS)
    assert msgspec.json.decode(msgspec.json.encode(m))["incident_id"] == m.incident_id
