"""`crisiswatch enrich` as a subprocess: JSON lines and plain text, with and without brands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.common import crisiswatch, json_lines

pytestmark = pytest.mark.unit

CONFIG = """\
brands:
  - id: zerno
    name: Золотое Зерно
    aliases: [Золотое Зерно, Golden Grain]
    official_accounts: [{handle: zolotoezerno}]
"""


def mention(id_: str, text: str, **extra: object) -> str:
    return json.dumps({"id": id_, "source": "vk", "created_at": "2026-01-05T10:00:00+03:00",
                       "text": text, **extra}, ensure_ascii=False)


def test_jsonl_with_a_config(tmp_path: Path) -> None:
    (tmp_path / "cw.yaml").write_text(CONFIG)
    lines = "\n".join([
        mention("1", "Нашла в гречке Золотое Зерно болт 🔩 верните деньги"),
        "{broken",
        json.dumps({"id": "3", "text": "no time"}),
        mention("4", "Golden Grain buckwheat is great, cooks in 15 minutes 👍"),
        mention("5", "Спасибо, проверим", author={"handle": "zolotoezerno"}),
        mention("6", "Погода сегодня ужасная, дождь весь день"),
    ]) + "\n"
    done = crisiswatch("enrich", "-c", "cw.yaml", cwd=tmp_path, stdin=lines)
    assert done.returncode == 0, done.stderr
    out = json_lines(done.stdout)
    assert len(out) == 6
    bolt, broken, no_time, praise, official, weather = out
    assert bolt["id"] == "1" and bolt["brands"] == ["zerno"] and bolt["lang"] == "ru"
    assert bolt["sentiment"] == "negative" and bolt["complaint"] is True
    assert 0.4 <= bolt["negativity"] <= 1.0 and bolt["text"].startswith("Нашла")
    assert {"model", "lexicon", "reasons"} <= set(bolt) and bolt["reasons"]
    assert broken == {"line": 2, "error": "not_json", "detail": broken["detail"]}
    assert no_time["error"] == "missing_field" and "created_at" in no_time["detail"]
    assert (praise["sentiment"], praise["lang"], praise["complaint"]) == ("positive", "en", False)
    assert official["brands"] == ["zerno"] and official["official"] == ["zerno"]
    assert weather["brands"] == [] and weather["sentiment"] == "negative"


def test_plain_text_without_a_config_still_scores(tmp_path: Path) -> None:
    (tmp_path / "texts.txt").write_text("Курьер опоздал на два часа, еда холодная 😡\n\n"
                                        "Love this place, amazing coffee\n")
    done = crisiswatch("enrich", "--text", "texts.txt", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    angry, happy = json_lines(done.stdout)
    assert angry["id"] == "1" and happy["id"] == "3"  # line numbers
    assert angry["brands"] == [] and angry["sentiment"] == "negative"
    assert happy["sentiment"] == "positive" and happy["lang"] == "en"
    # both scorers and the lexicon's reasons are shown
    assert angry["model"] >= 0.4 and angry["lexicon"] > 0
    reasons = dict(angry["reasons"])
    assert reasons["опоздал"] < 0 and reasons["😡"] < 0
    assert happy["reasons"] and all(weight > 0 for _, weight in happy["reasons"])


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    done = crisiswatch("enrich", "nope.jsonl", cwd=tmp_path)
    assert done.returncode == 2 and "cannot read nope.jsonl" in done.stderr


WAVES = """\
brands:
  - id: volna
    name: Волна
    aliases: [Волна, Volna, "#волна"]
    context: [тариф, роуминг]
    official_accounts: [{handle: volna_mobile}]
"""


def test_everyday_word_brands_show_match_strength_and_the_cold_start_verdict(
        tmp_path: Path) -> None:
    (tmp_path / "cw.yaml").write_text(WAVES)
    lines = "\n".join([
        mention("1", "Огромная волна накрыла пирс"),
        mention("2", "волна опять подняла тариф"),
        mention("3", "У Volna опять нет сети"),
    ]) + "\n"
    done = crisiswatch("enrich", "-c", "cw.yaml", cwd=tmp_path, stdin=lines)
    assert done.returncode == 0, done.stderr
    sea, tariff, latin = json_lines(done.stdout)
    assert sea["brands"] == ["volna"] and sea["match"] == {"volna": "ambiguous"}
    assert sea["context"] == {"volna": {"cold_start": "low", "reasons": []}}
    assert tariff["context"]["volna"] == {"cold_start": "confident",
                                          "reasons": ["context: тариф"]}
    # the word in Latin letters amid Cyrillic is a name ("Volna network is down" is judged)
    assert latin["brands"] == ["volna"] and "match" not in latin
    done = crisiswatch("enrich", "--text", "-c", "cw.yaml", cwd=tmp_path,
                       stdin="волна опять подняла тариф\n")
    (text,) = json_lines(done.stdout)
    assert text["match"] == {"volna": "ambiguous"}
    assert text["context"]["volna"]["cold_start"] == "confident"
