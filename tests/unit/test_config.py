"""Config mistakes stop start-up with file:line and the key that is wrong."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from streams.config import ConfigError, load_config, parse_config

pytestmark = pytest.mark.unit

GOOD = textwrap.dedent("""\
    kafka:
      partitions: 3
    receivers:
      hook:
        type: slack_webhook
        url_env: SLACK_URL
    routing:
      receivers: [console, hook]
    defaults:
      volume:
        min_count: 30
    brands:
      - id: vkusno
        name: Вкусно — и точка
        aliases: [Вкусно и точка, Vkusno i tochka]
        volume:
          factor: 4
      - id: teremok
        name: Теремок
        aliases: [Теремок, Teremok]
        routing:
          receivers: [console]
          escalation:
            - after: 10m
              receivers: [hook]
""")


def error_of(text: str) -> str:
    with pytest.raises(ConfigError) as exc:
        parse_config(text, "cw.yaml")
    return str(exc.value)


def test_good_config_loads_with_defaults_merged() -> None:
    cfg = parse_config(GOOD, "cw.yaml")
    assert cfg.kafka.partitions == 3
    vk, ter = cfg.specs
    assert vk.volume.min_count == 30 and vk.volume.factor == 4
    assert ter.volume.min_count == 30 and ter.volume.factor == VolumeDefaults.factor
    assert "console" in cfg.receivers
    assert cfg.routing_for()["teremok"].escalation[0].receivers == ("hook",)


class VolumeDefaults:
    from detectors.config import VolumeThresholds

    factor = VolumeThresholds().factor


def test_wrong_type_names_line_and_key() -> None:
    msg = error_of(GOOD.replace("partitions: 3", "partitions: many"))
    assert msg.startswith("cw.yaml:2: kafka.partitions:"), msg
    assert "int" in msg


def test_unknown_key_is_a_typo_with_its_line() -> None:
    msg = error_of(GOOD.replace("    aliases: [Теремок, Teremok]",
                                "    aliases: [Теремок, Teremok]\n    alias: [x]"))
    assert "cw.yaml:21: brands[1].alias: unknown key 'alias'" in msg, msg


def test_value_check_names_nested_key() -> None:
    msg = error_of(GOOD.replace("factor: 4", "factor: 0.5"))
    assert msg.startswith("cw.yaml:16: brands[0].volume"), msg
    assert "factor must be > 1" in msg


def test_bad_duration() -> None:
    msg = error_of(GOOD.replace("after: 10m", "after: ten minutes"))
    assert "brands[1].routing.escalation[0]" in msg and "invalid duration" in msg, msg


def test_unknown_receiver_in_routing() -> None:
    msg = error_of(GOOD.replace("receivers: [console, hook]", "receivers: [console, pager]"))
    assert msg.startswith("cw.yaml:8: routing.receivers[1]: unknown receiver 'pager'"), msg


def test_duplicate_brand_id() -> None:
    msg = error_of(GOOD.replace("id: teremok", "id: vkusno"))
    assert "duplicate brand id 'vkusno'" in msg and msg.startswith("cw.yaml:18:"), msg


def test_bad_brand_id() -> None:
    msg = error_of(GOOD.replace("id: teremok", "id: Teremok Co"))
    assert "brands[1]" in msg and "brand id" in msg


def test_secret_in_config_is_refused() -> None:
    msg = error_of(GOOD.replace("url_env: SLACK_URL", "url: https://hooks.example/x"))
    assert "receivers.hook" in msg and "url_env" in msg, msg


def test_yaml_syntax_error_has_line() -> None:
    msg = error_of("brands:\n  - id: a\n    name: [unclosed\n")
    assert msg.startswith("cw.yaml:") and "YAML syntax error" in msg


def test_missing_file_and_no_brands(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "nope.yaml")
    assert "brands" in error_of("kafka: {}\n")
    assert "at least one brand" in error_of("brands: []\n")


def test_sasl_credentials_must_be_set(monkeypatch: pytest.MonkeyPatch) -> None:
    from streams.config import KafkaSettings
    from streams.ops.kafka_client import client_options

    settings = KafkaSettings(security_protocol="SASL_PLAINTEXT", sasl_mechanism="SCRAM-SHA-512",
                             sasl_username_env="CW_T_USER", sasl_password_env="CW_T_PASS")
    monkeypatch.delenv("CW_T_USER", raising=False)
    monkeypatch.setenv("CW_T_PASS", "s3cret-pass")
    with pytest.raises(ConfigError, match=r"kafka\.sasl_username_env: environment variable CW_T_"):
        client_options(settings)
    monkeypatch.setenv("CW_T_USER", "svc")
    opts = client_options(settings)
    assert opts["sasl_plain_username"] == "svc" and opts["sasl_mechanism"] == "SCRAM-SHA-512"


def test_incident_grouping_complaint_sources_and_watch_baselines_load() -> None:
    text = GOOD.replace("kafka:\n", "incidents:\n  group_by:\n    influencer_negative: "
                        "[brand, kind, group]\n    viral_story: [brand, kind]\nkafka:\n", 1)
    text = text.replace("    volume:\n      factor: 4\n",
                        "    volume:\n      factor: 4\n    complaints:\n"
                        "      sources: {forum: ignore, '*': count, x: page}\n"
                        "    watch: {fast_factor: 8, history_half_life: 14d}\n")
    cfg = parse_config(text, "cw.yaml")
    assert cfg.incidents.grouped_kinds() == {"complaint_sla", "viral_story"}
    vk = cfg.detection_settings()["vkusno"]
    assert vk.complaints.source_policies() == {"reviews": "count", "forum": "ignore",
                                               "*": "count", "x": "page"}
    assert vk.watch.fast_factor == 8 and vk.watch.history_half_life == "14d"


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("kafka:\n", "incidents:\n  group_by: {influencer: [brand, kind]}\nkafka:\n",
     "incidents: group_by.influencer: unknown kind"),
    ("kafka:\n", "incidents:\n  group_by: {viral_story: [kind]}\nkafka:\n",
     "group_by.viral_story: ['kind'] must be [brand, kind]"),
    ("    volume:\n      factor: 4\n",
     "    complaints: {sources: {reviews: pages}}\n",
     "brands[0].complaints: sources.reviews: 'pages' is not one of page, count, ignore"),
    ("    volume:\n      factor: 4\n", "    complaints: {group_by: author}\n",
     "brands[0].complaints: group_by must be 'brand' or 'thread'"),
    ("    volume:\n      factor: 4\n", "    watch: {prior_rate: 0}\n",
     "brands[0].watch: prior_rate must be > 0"),
])
def test_grouping_and_baseline_mistakes_name_the_key(old: str, new: str, expected: str) -> None:
    msg = error_of(GOOD.replace(old, new, 1))
    assert expected in msg and msg.startswith("cw.yaml:"), msg


def test_everyday_alias_keys_load_and_name_their_mistakes() -> None:
    ok = GOOD.replace("    aliases: [Теремок, Teremok]\n",
                      "    aliases: [Теремок, Teremok]\n    context: [обед, borscht]\n"
                      "    ambiguous_aliases: [Теремок]\n")
    ter = parse_config(ok, "cw.yaml").specs[1]
    assert ter.context == ("обед", "borscht") and ter.ambiguous_aliases == ("Теремок",)
    msg = error_of(GOOD.replace("    aliases: [Теремок, Teremok]\n",
                                "    aliases: [Теремок, Teremok]\n"
                                "    unambiguous_aliases: [Теремак]\n"))
    assert "brands[1]" in msg and "unambiguous_aliases: 'Теремак' is not the name or one of "\
        "the aliases" in msg, msg
    msg = error_of(GOOD.replace("aliases: [Вкусно и точка, Vkusno i tochka]",
                                "aliases: [Вкусно и точка, Vkusno i tochka]\n"
                                "    ambiguous_aliases: [Вкусно и точка]"))
    assert "brands[0]" in msg and "not a one-word alias" in msg, msg
    msg = error_of(GOOD.replace("    aliases: [Теремок, Teremok]\n",
                                "    aliases: [Теремок, Teremok]\n"
                                "    ambiguous_aliases: [Теремок]\n"
                                "    unambiguous_aliases: [теремок]\n"))
    assert "both ambiguous_aliases and unambiguous_aliases" in msg, msg
    msg = error_of(GOOD.replace("    aliases: [Теремок, Teremok]\n",
                                "    aliases: [Теремок, Teremok]\n    context: ['', обед]\n"))
    assert "context entries must not be empty" in msg, msg
