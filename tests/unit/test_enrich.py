from __future__ import annotations

import pytest

from detectors.config import Account, BrandSpec
from detectors.enrich import Enricher, handle_key
from detectors.model import Author, Enriched, Mention

pytestmark = pytest.mark.unit

SPECS = [
    BrandSpec(
        id="vkusno",
        name="Вкусно и точка",
        aliases=("Вкусно и точка", "Vkusno i tochka"),
        official_accounts=(Account(handle="@VkusnoITochka", source="x"), Account(handle="vit_vk")),
        watched_accounts=(Account(handle="ceo_vkusno", source="telegram"),),
    ),
    BrandSpec(
        id="teremok",
        name="Теремок",
        aliases=("Теремок", "Teremok"),
        official_accounts=(Account(handle="teremok"),),
    ),
    BrandSpec(id="apple", name="Apple", aliases=("Apple",), exclude=("apple pie",)),
]
ENRICHER = Enricher(SPECS)


def mention(text: str, **kw: object) -> Mention:
    base: dict[str, object] = {"id": "1", "source": "x", "created_at_ms": 1, "text": text}
    base.update(kw)
    return Mention(**base)  # type: ignore[arg-type]


def test_one_record_per_brand_with_shared_fields() -> None:
    m = mention("Отравился во Вкусно и точке, а в Теремке было отлично")
    out = ENRICHER.enrich(m, 123)
    assert [e.brand for e in out] == ["vkusno", "teremok"]
    for e in out:
        assert e.brands == ("vkusno", "teremok")
        assert e.mention is m
        assert e.ingested_at_ms == 123
        assert e.lang == "ru"
        assert e.complaint and e.sentiment == "negative"
        assert not e.official and not e.watched


def test_no_brand_no_records() -> None:
    assert ENRICHER.enrich(mention("просто текст"), 0) == []
    assert ENRICHER.enrich(mention("I ate apple pie"), 0) == []


def test_brand_words_are_not_praise() -> None:
    (e,) = ENRICHER.enrich(mention("Вкусно и точка открыла новый ресторан"), 0)
    # negativity is the learned scorer's probability: low, not exactly 0, for plain news
    assert e.sentiment == "neutral" and e.negativity < 0.2


def test_brand_hint_counts_as_a_match() -> None:
    (e,) = ENRICHER.enrich(mention("опять холодная картошка", brand="teremok"), 0)
    assert e.brand == "teremok" and e.brands == ("teremok",)
    assert ENRICHER.enrich(mention("текст", brand="unknown"), 0) == []


def test_official_account_per_source_and_any_source() -> None:
    m = mention("Приносим извинения, свяжемся в личке", author=Author(handle="@vkusnoitochka"))
    (e,) = ENRICHER.enrich(m, 0)
    assert e.brand == "vkusno" and e.official and not e.watched
    # same handle on another source is not the official one
    assert (
        ENRICHER.enrich(mention("текст", source="vk", author=Author(handle="vkusnoitochka")), 0)
        == []
    )
    # source None: any source
    (e,) = ENRICHER.enrich(mention("текст", source="vk", author=Author(handle="VIT_VK")), 0)
    assert e.official


def test_official_flag_only_for_its_own_brand() -> None:
    m = mention("Теремок и Вкусно и точка", author=Author(handle="teremok"))
    out = {e.brand: e for e in ENRICHER.enrich(m, 0)}
    assert out["teremok"].official and not out["vkusno"].official


def test_watched_account() -> None:
    m = mention(
        "Зарплаты в рознице это вообще не наша проблема",
        source="telegram",
        author=Author(handle="CEO_Vkusno"),
    )
    (e,) = ENRICHER.enrich(m, 0)
    assert e.brand == "vkusno" and e.watched and not e.official
    assert ENRICHER.enrich(mention("текст", author=Author(handle="ceo_vkusno")), 0) == []


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("en", "en"),
        ("RU", "ru"),
        ("ru-RU", "ru"),
        ("en_US", "en"),
        ("mixed", "mixed"),
        ("de", "other"),
        ("und", "ru"),
        ("", "ru"),
        (None, "ru"),
        ("??", "ru"),
    ],
)
def test_lang_given_or_detected(given: str | None, expected: str) -> None:
    (e,) = ENRICHER.enrich(mention("Теремок, всё очень вкусно", lang=given), 0)
    assert e.lang == expected


def test_assess_matches_enrich() -> None:
    text = "Teremok, the borscht was cold and the waiter was rude"
    brands, lang, s = ENRICHER.assess(text)
    (e,) = ENRICHER.enrich(mention(text), 0)
    assert brands == ("teremok",) and lang == e.lang == "en"
    assert (s.label, s.negativity, s.complaint) == (e.sentiment, e.negativity, e.complaint)


def test_handle_key() -> None:
    assert handle_key(" @Teremok_Official ") == "teremok_official"


def test_enrich_is_deterministic_and_cache_independent() -> None:
    m = mention("Макдоналдс, Теремак и vkusno-i-tochka 😡")
    first = ENRICHER.enrich(m, 5)
    fresh = Enricher(SPECS).enrich(m, 5)
    assert first == fresh == ENRICHER.enrich(m, 5)


def test_enriched_records_carry_only_what_differs_from_the_defaults() -> None:
    """mentions.enriched is the busiest topic: empty and default fields stay off the wire, and
    the detect lane's typed decode restores them."""
    from detectors.model import Enriched, Media, Metrics
    from streams.pipeline.codecs import JsonCodec

    plain = ENRICHER.enrich(mention("Вкусно и точка опять холодная еда"), 5)[0]
    wire = JsonCodec.encode(plain)
    assert b"null" not in wire and b"[]" not in wire and b"{}" not in wire
    assert b'"official"' not in wire and b'"appended_at_ms"' not in wire
    full = ENRICHER.enrich(mention(
        "Vkusno i tochka", lang="ru", url="https://x.com/a/1", in_reply_to="0",
        author=Author(id="a", handle="VkusnoITochka", followers=10, verified=True),
        metrics=Metrics(likes=1, views=3), media=(Media("video", "https://v/1"),),
        extra={"place": {"city": "Москва"}}), 5, 7)[0]
    assert full.official
    decode = JsonCodec(Enriched).decode
    assert decode(wire) == plain
    assert decode(JsonCodec.encode(full)) == full


# ------------------------------------------------------------------ everyday-word aliases
VOLNA = BrandSpec(id="volna", name="Волна", aliases=("Волна", "Volna", "Волна Мобайл"),
                  official_accounts=(Account(handle="volna_mobile", source="x"),),
                  watched_accounts=(Account(handle="volna_ceo"),))
WAVES = Enricher([*SPECS, VOLNA])


def only(out: list[Enriched], brand: str) -> Enriched:
    (e,) = [x for x in out if x.brand == brand]
    return e


def test_a_mention_named_only_by_an_everyday_word_is_ambiguous() -> None:
    e = only(WAVES.enrich(mention("Огромная волна накрыла пирс"), 0), "volna")
    assert e.ambiguous
    assert not only(WAVES.enrich(mention("Volna опять без сети"), 0), "volna").ambiguous
    # per brand: Теремок named surely in the same mention stays sure
    out = WAVES.enrich(mention("волна в Теремке"), 0)
    assert only(out, "volna").ambiguous and not only(out, "teremok").ambiguous


@pytest.mark.parametrize(
    "kw",
    [
        {"author": Author(handle="volna_mobile")},  # the official account itself
        {"author": Author(handle="volna_ceo")},  # a watched account
        {"reply_to_author": "@Volna_Mobile"},  # a reply to the official account
        {"brand": "volna"},  # the source's brand hint
    ],
)
def test_who_wrote_or_was_answered_makes_an_everyday_word_sure(kw: dict[str, object]) -> None:
    (e,) = WAVES.enrich(mention("волна опять", **kw), 0)
    assert e.brand == "volna" and not e.ambiguous


def test_a_reply_to_the_official_account_on_another_source_stays_ambiguous() -> None:
    (e,) = WAVES.enrich(mention("волна опять", source="vk", reply_to_author="volna_mobile"), 0)
    assert e.ambiguous


def test_ambiguous_is_off_the_wire_unless_set() -> None:
    from streams.pipeline.codecs import JsonCodec

    sure = only(WAVES.enrich(mention("связь у Volna"), 0), "volna")
    weak = only(WAVES.enrich(mention("волна"), 0), "volna")
    assert b"ambiguous" not in JsonCodec.encode(sure)
    assert b'"ambiguous":true' in JsonCodec.encode(weak)
    assert JsonCodec(Enriched).decode(JsonCodec.encode(weak)) == weak


# ----------------------------------------------------------------------------- thread following
def test_a_reply_naming_no_brand_under_a_post_to_the_desk_follows_it() -> None:
    enricher = Enricher(SPECS)
    (root,) = enricher.enrich(mention("@teremok третий день холодный суп", id="10",
                                      author=Author(handle="buyer")), 0)
    assert root.brand == "teremok" and not root.in_thread
    (e,) = enricher.enrich(mention("+1, у нас то же самое", id="11", in_reply_to="10",
                                   author=Author(handle="neighbour")), 0)
    assert e.brand == "teremok" and e.in_thread and e.brands == ("teremok",)
    # the same ids on another source are other posts
    assert enricher.enrich(mention("+1", id="12", source="vk", in_reply_to="10"), 0) == []


def test_the_customer_answering_the_desk_follows_the_desk_reply() -> None:
    enricher = Enricher(SPECS)
    (desk,) = enricher.enrich(mention("Проверим, напишите в личку", id="20", in_reply_to="19",
                                      author=Author(handle="teremok")), 0)
    assert desk.official
    (e,) = enricher.enrich(mention("То есть я сама виновата?", id="21", in_reply_to="20",
                                   reply_to_author="teremok"), 0)
    assert e.brand == "teremok" and e.in_thread


def test_a_desk_thread_needs_the_desk_on_that_source() -> None:
    enricher = Enricher(SPECS)
    # @VkusnoITochka is the desk on x only: on vk the same handle is someone else
    (other,) = enricher.enrich(mention("Вкусно и точка, жду ответа", id="40", source="vk",
                                       reply_to_author="VkusnoITochka"), 0)
    assert other.brand == "vkusno" and not other.official
    assert enricher.enrich(mention("+1", id="41", source="vk", in_reply_to="40"), 0) == []
    (root,) = enricher.enrich(mention("Вкусно и точка, жду ответа", id="42", source="x",
                                      reply_to_author="VkusnoITochka"), 0)
    assert root.brand == "vkusno"
    (e,) = enricher.enrich(mention("+1", id="43", source="x", in_reply_to="42"), 0)
    assert e.in_thread


def test_replies_under_ordinary_posts_about_a_brand_stay_unattributed() -> None:
    enricher = Enricher(SPECS)
    assert enricher.enrich(mention("В Теремке сегодня вкусные блины", id="30"), 0)
    assert enricher.enrich(mention("согласен", id="31", in_reply_to="30"), 0) == []
    # a reply to a followed reply is not followed further: only desk threads are remembered
    enricher.enrich(mention("@teremok где заказ?", id="32"), 0)
    enricher.enrich(mention("+1", id="33", in_reply_to="32"), 0)
    assert enricher.enrich(mention("и у меня", id="34", in_reply_to="33"), 0) == []


def test_the_thread_memory_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("detectors.enrich.THREAD_MEMORY", 8)
    enricher = Enricher(SPECS)
    for i in range(40):
        enricher.enrich(mention("@teremok где заказ?", id=f"r{i}"), 0)
    assert len(enricher._threads) <= 8
    assert enricher.enrich(mention("+1", id="a", in_reply_to="r0"), 0) == []
    assert enricher.enrich(mention("+1", id="b", in_reply_to="r39"), 0)[0].in_thread


# ----------------------------------------------------------------------------- harm told
def test_a_telling_of_harm_is_marked_and_crosses_the_wire() -> None:
    from streams.pipeline.codecs import JsonCodec

    (harm,) = ENRICHER.enrich(mention("Охранник в Теремке вывел пенсионерку на холод"), 0)
    (plain,) = ENRICHER.enrich(mention("Охранник в Теремке помог пенсионерке с дверью"), 0)
    assert harm.harm and not plain.harm
    assert b"harm" not in JsonCodec.encode(plain)
    assert JsonCodec(Enriched).decode(JsonCodec.encode(harm)) == harm
