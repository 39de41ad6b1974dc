"""The brand arguing in public: what its reply says, and what the thread does right after it.

A brand's reply to a complaint argues when its wording is defensive (`argues`: a short list of
stems, one signal) or when the thread disputes it (`disputed`): people other than the
complainant answer under the thread, negatively, right after the brand's reply
(`DISPUTE_WINDOW_MS`), `DISPUTERS` of them, or one with the complainant answering back. A
routine answer draws a "thanks" or a "still broken" from the complainant alone; others piling in
right after it are the public taking sides (detectors/complaints.py raises the thread's
COMPLAINT_ESCALATION either way).
"""

from __future__ import annotations

import re

__all__ = ["DISPUTERS", "DISPUTE_WINDOW_MS", "argues", "disputed", "reply_tone"]

DISPUTE_WINDOW_MS = 2 * 3_600_000  # replies this soon after the brand's reply dispute it
DISPUTERS = 2  # other authors doing so: the brand's reply is disputed in public


def disputed(others: int, answered_back: bool) -> bool:
    """Whether the thread disputes the brand's reply: `others` people besides the complainant
    answered it negatively, and the complainant did too (`answered_back`)."""
    return others >= DISPUTERS or (others >= 1 and answered_back)


# --------------------------------------------------------------------------- reply tone
# Stems match at a word start after lower-casing and ё -> е. A reply argues when it has a
# defensive hit and no more apologetic hits than defensive ones ("sorry, but this is fake"
# still argues). Apologies right after a negation ("not sorry") do not count.
_DEFENSIVE = (
    # ru
    "сами виноват", "сам виноват", "сама виноват", "ваша вина", "по вашей вине",
    "вина покупател", "это невозможно", "невозможно", "не может быть", "исключено",
    "заказн", "клевет", "докажите", "доказательств", "ложь", "неправда", "вранье", "врете",
    "лжете", "фейк", "провокац", "конкурент", "не соответствует действительност",
    "мы не верим", "не верим", "в суд", "юрист", "неправильно хранил", "нарушили условия",
    "не будем извин", "не собираемся извин", "подделк", "фотошоп", "подброс", "накрутк",
    "вы ошибаетесь",
    # deflection without a charge: the stock "the product cannot be at fault" and "look to
    # yourself" of a desk defending the brand
    "быть не может", "не могло быть", "не могло попасть", "не мог попасть", "не могла попасть",
    "исключает попадани", "исключаем попадани", "полностью исключ", "после покупки",
    "условия хранения", "условий хранения", "внимательнее",
    "не доказывает", "не подтверждает", "необоснованн", "безосновательн", "недостоверн",
    "порочащ", "репутаци", "давлени", "давить на нас", "шантаж", "вымога", "ради компенсаци",
    "ради хайпа", "ради лайков", "хайп", "не наша вина", "нашей вины нет", "вины компании нет",
    "не несем ответственност", "ответственности не несем", "за ваш счет", "уверены в качеств",
    "правоохранительн",
    # en
    "you must be mistaken", "you are mistaken", "you're mistaken", "this is fake", "fake",
    "we do not believe", "we don't believe", "that's impossible", "that is impossible",
    "impossible", "not possible", "your fault", "your own fault", "you are lying",
    "you're lying", "lies", "lying", "prove it", "prove that", "no proof", "slander",
    "defamat", "paid review", "competitor", "our lawyers", "legal action", "never happened",
    "did not happen", "didn't happen", "misuse", "improper storage", "false claim",
    "photoshop", "we stand by", "nothing to apologi", "won't apologi", "will not apologi",
    "not our fault", "no fault of ours", "not responsible", "not liable", "after purchase",
    "stored incorrectly", "storage conditions", "unfounded", "baseless",
    "without evidence", "no evidence", "misleading", "our reputation", "defamatory", "libel",
    "we are confident", "we're confident", "could not have", "couldn't have", "extortion",
    "for compensation", "for clout", "at your expense", "at your own expense", "more careful",
    "does not prove", "doesn't prove", "pressure us",
)
_APOLOGY = (
    # ru
    "приносим извинени", "приносим свои извинени", "извин", "простите", "прошу прощени",
    "сожалеем", "жаль", "напишите нам", "в личные сообщения", "в личных сообщениях", "в лс",
    "в директ", "разберемся", "свяжемся с вами", "свяжитесь с нами", "компенсац",
    "вернем деньги", "благодарим за обратн", "спасибо, что сообщили", "проверим",
    # en
    "we're sorry", "we are sorry", "sorry", "apologi", "please dm us", "dm us",
    "send us a dm", "direct message", "private message", "message us", "look into",
    "looking into", "regret", "make it right", "make this right", "refund",
    "thank you for letting us know", "thanks for letting us know", "reach out",
)


def _alternation(stems: tuple[str, ...], negatable: bool) -> re.Pattern[str]:
    body = "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True))
    neg = r"(?<!\bне )(?<!\bnot )(?<!\bno )" if negatable else ""
    return re.compile(rf"(?<!\w){neg}(?:{body})")


_DEFENSIVE_RE = _alternation(_DEFENSIVE, negatable=False)
_APOLOGY_RE = _alternation(_APOLOGY, negatable=True)


def reply_tone(text: str) -> tuple[int, int]:
    """(defensive hits, apologetic hits) in a brand's reply."""
    t = " ".join(text.lower().replace("ё", "е").replace("’", "'").split())
    return len(_DEFENSIVE_RE.findall(t)), len(_APOLOGY_RE.findall(t))


def argues(text: str) -> bool:
    defensive, apology = reply_tone(text)
    return defensive > 0 and defensive >= apology
