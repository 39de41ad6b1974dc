"""detectors/context.py: everyday-word mentions judged by what the brand's sure mentions say."""

from __future__ import annotations

import itertools
import math

import msgspec
import pytest

from detectors.config import Account, BrandSpec
from detectors.context import THRESHOLD, BrandContext, ContextState, stems
from detectors.model import Mention
from detectors.stories import key64
from tests.unit.factories import DAY, HOUR, MIN, T0

pytestmark = pytest.mark.unit

VOLNA = BrandSpec(
    id="volna", name="Волна", aliases=("Волна", "Volna", "#волна", "Волна Мобайл"),
    official_accounts=(Account(handle="volna_mobile"),),
    context=("тариф", "сим-карта", "roaming"), exclude=("цунами", "новая волна"),
)
BARE = msgspec.structs.replace(VOLNA, context=(), exclude=())

BRAND_TALK = (
    "нет связи в метро, интернет не грузит",
    "списали деньги за подписку, верните",
    "роуминг в Турции дорогой, связь плохая",
    "поддержка не отвечает, интернет пропал",
    "связь на даче пропадает, звонки срываются",
    "интернет медленный, поддержка молчит",
)
EVERYDAY = (
    "волна накрыла пирс, шторм не утихает",
    "шторм в Сочи, волны до пяти метров, набережная закрыта",
    "на море шторм, волна смыла лежаки с пляжа",
    "волны бьют в набережную, шторм усилился",
)
_ids = itertools.count()
# Real posts differ: a copied text teaches the everyday class once, so vary them.
TAILS = ("утром", "вечером", "ночью", "днем", "вчера", "жесть", "капец", "ужас", "класс",
         "жаль", "вообще-то", "кошмар", "блин", "офигеть", "ого")


def post(text: str, at: int = T0) -> tuple[Mention, int]:
    i = next(_ids)
    m = Mention(id=f"p{i}", source="x", created_at_ms=at, text=text)
    return m, key64(f"x:p{i}")


def trained(spec: BrandSpec = BARE, rounds: int = 20,
            sure_words: str = "") -> tuple[BrandContext, ContextState]:
    """A day of sure brand talk (each post also saying `sure_words`) and of everyday «волна»
    posts."""
    model = BrandContext(spec)
    state = model.new_state()
    at = T0
    for r in range(rounds):
        for text in BRAND_TALK:
            at += MIN
            model.learn(state, post(f"@volna_mobile {sure_words}{text} {TAILS[r % 15]}",
                                    at)[0])
        for text in EVERYDAY:
            at += MIN
            m, key = post(f"{text} {TAILS[(r + 7) % 15]} {TAILS[r % 4]}", at)
            model.judge(state, m, key)
    return model, state


def test_stems_fold_case_forms_and_drop_noise() -> None:
    assert stems("Связь, связи, связью") == {"sviaz"}
    assert stems("тарифы и тарифом") == stems("тариф")
    assert stems("https://x.com/a @volna_mobile and the roaming") == {"roam"}
    assert stems("и в на не") == set()


def test_transliterated_russian_stems_like_cyrillic() -> None:
    assert stems("volna zhary") == stems("волна жары") == {"voln", "zhar"}
    assert stems("Podderzhka reshila problemu dazhe v tsentre") == stems(
        "Поддержка решила проблему даже в центре")
    assert stems("roaming coverage") == {"roam", "coverag"}  # English endings first


def test_cold_start_needs_a_context_word_or_the_name_spelled_as_a_name() -> None:
    model = BrandContext(VOLNA)
    state = model.new_state()
    assert model.assess(state, "волна подняла тарифы").confident
    assert model.assess(state, "новая сим-карта от волны").confident  # both words of the entry
    assert not model.assess(state, "волна сим не видит").confident  # half of an entry
    assert model.assess(state, "Перешел к Волне, доволен").confident  # capitalised mid-sentence
    assert model.assess(state, "Оператор «Волна» молчит").confident  # quoted
    assert not model.assess(state, "Волна накрыла пирс").confident  # a sentence starts with it
    assert not model.assess(state, "огромная волна накрыла пирс").confident
    j = model.assess(state, "цунами: волна смыла тарифы", explain=True)  # exclude beats context
    assert not j.confident and j.score == -math.inf and j.reasons == ("exclude: цунами",)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Ушел от Волны к другому оператору", True),
        ("Связь у Волны, как всегда, плохая", True),
        ("плохо, Волна опять легла", True),
        ("«Волна» снова без сети", True),
        ("Волна накрыла пирс", False),
        ("Шторм. Волна накрыла пирс", False),
        ("🌊 Волна накрыла пирс", False),
        ("Huge Волна Hits The Coast Of Sochi Tonight", False),  # a headline
        ("#Волна на море", False),
    ],
)
def test_named(text: str, named: bool) -> None:
    assert BrandContext(VOLNA).named(text) is named


def test_learnt_context_separates_brand_talk_from_the_everyday_sense() -> None:
    model, state = trained()
    assert state.other > 0 and state.sure > 0
    for text in ("у волны опять интернет не грузит", "волна списала деньги, поддержка молчит"):
        j = model.assess(state, text)
        assert j.confident and j.score >= THRESHOLD, (text, j)
    for text in ("волна смыла лежаки, шторм", "шторм, волны заливают набережную"):
        j = model.assess(state, text)
        assert not j.confident and j.score < 0, (text, j)
    # a text with nothing known either way is low: confidence needs evidence
    assert not model.assess(state, "волна, кофе и кроссворд").confident


def test_a_generic_word_the_everyday_class_never_met_is_no_brand_evidence() -> None:
    model = BrandContext(BARE)
    state = model.new_state()
    at = T0
    for r in range(30):
        for text in BRAND_TALK:
            at += MIN
            model.learn(state, post(f"сегодня {text} {TAILS[r % 15]}", at)[0])
        for text in EVERYDAY:  # the everyday texts also say "сегодня", half as often
            at += MIN
            today = "сегодня " if r % 2 else ""
            m, key = post(f"{today}{text} {TAILS[(r + 7) % 15]} {TAILS[r % 4]}", at)
            model.judge(state, m, key)
    assert not model.assess(state, "сегодня волна, кофе и кроссворд").confident
    assert model.assess(state, "сегодня у волны интернет не грузит").confident


def test_low_brand_talk_stops_teaching_the_everyday_class_once_sure_mentions_say_it() -> None:
    """No lock-in: a new brand topic first told only with the plain name is low (nothing
    says it is the brand's). Once sure mentions talk about it too, its plain-name posts stop
    teaching the everyday class, so they turn confident instead of being held low by their
    own earlier verdicts."""
    model, state = trained()
    topic = "волна повысила абонентскую плату"
    at = state.clock_ms
    verdicts = []
    for r in range(60):
        at += MIN
        if r >= 10:  # from here on people also tag the operator about it
            model.learn(state, post(f"@volna_mobile повысили абонентскую плату {TAILS[r % 15]}",
                                    at)[0])
        m, key = post(f"{topic} {TAILS[(r + 3) % 15]} {TAILS[r % 7]}", at)
        verdicts.append(model.judge(state, m, key))
    assert not any(verdicts[:3]) and sum(verdicts[-10:]) >= 8  # with the lock-in: 0


def test_a_post_keeps_its_first_verdict_and_is_counted_once() -> None:
    model, state = trained()
    m, key = post("огромная волна накрыла пирс, шторм")
    counts = (state.confident, state.low, state.ambiguous)
    assert model.judge(state, m, key) is False
    after = (state.confident, state.low, state.ambiguous)
    assert after[1] == counts[1] + 1
    # a metric update of the same post, even if the text now reads like the brand
    again = msgspec.structs.replace(m, text="у Волны интернет не грузит, тариф")
    assert model.judge(state, again, key) is False
    assert (state.confident, state.low, state.ambiguous) == after


def test_a_reply_in_a_brand_thread_is_confident_unless_excluded() -> None:
    model = BrandContext(VOLNA)
    state = model.new_state()
    m, key = post("ну да, волна огромная")
    assert model.judge(state, m, key, in_thread=True)
    m, key = post("цунами, волна огромная")
    assert not model.judge(state, m, key, in_thread=True)


def test_state_is_bounded_decays_and_is_deterministic() -> None:
    model = BrandContext(BARE)
    a, b = model.new_state(), model.new_state()
    for i in range(3000):
        m, key = post(f"слово{i} другое{i} волна", T0 + i * MIN)
        for s in (a, b):
            model.judge(s, m, key)
            model.learn(s, post(f"@volna_mobile связь{i}", T0 + i * MIN)[0])
    assert len(a.words) <= 2048 + 512 and len(a.verdicts) <= 2048 and len(a.taught) <= 2048
    enc = msgspec.msgpack.encode
    assert enc(a) == enc(b)
    assert msgspec.msgpack.decode(enc(a), type=ContextState) == a
    # 70 days later every count is scaled down together: verdicts stay the same
    model, state = trained()
    text = "у волны опять интернет не грузит"
    before = model.assess(state, text).score
    m, key = post("волна и чайки", state.clock_ms + 70 * DAY)
    model.judge(state, m, key)
    assert state.base_ms == state.clock_ms  # rescaled
    assert model.assess(state, text).score == pytest.approx(before, rel=0.05, abs=0.05) or \
        model.assess(state, text).score < before  # old evidence has faded, never grown


def test_brands_without_everyday_aliases_have_no_model() -> None:
    teremok = BrandSpec(id="teremok", name="Теремок", aliases=("Теремок", "Teremok"))
    assert not BrandContext(teremok).enabled
    assert BrandContext(VOLNA).enabled
    trusted = msgspec.structs.replace(VOLNA, unambiguous_aliases=("Волна",))
    assert not BrandContext(trusted).enabled
    assert HOUR  # factories' units used above


def test_discourse_words_of_the_brands_customers_are_no_brand_evidence() -> None:
    """blind11 1202: a storm post («Никогда такого не видел. Волна выше пятиэтажки, честно»)
    judged the operator's by "такого" and "честно", words its customers happen to say often.
    Words that tell how, not what, say nothing about which «волна» is meant."""
    model, state = trained(sure_words="честно, такого ")
    j = model.assess(state, "никогда такого не видел, волна выше крыши, честно", explain=True)
    assert not j.confident, j
