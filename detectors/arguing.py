"""The brand arguing in public: what its reply says, and what the thread does right after it.

A brand's reply to a complaint argues when its wording is defensive (`argues`: a list of stems
and of short patterns for deflection spread over a few words, one signal, or the learned reading
of detectors/reply_model.py for the phrasings the lists do not know) or when the thread
disputes it (`disputed`): people other than the complainant answer under the thread, negatively,
right after the brand's reply (`DISPUTE_WINDOW_MS`), `DISPUTERS` of them, or one with the
complainant answering back. A routine answer draws a "thanks" or a "still broken" from the
complainant alone; others piling in right after it are the public taking sides
(detectors/complaints.py raises the thread's COMPLAINT_ESCALATION either way).
"""

from __future__ import annotations

import re

from detectors.reply_model import load_shipped

__all__ = ["DISPUTERS", "DISPUTE_WINDOW_MS", "argues", "cue_text", "disputed", "list_argues",
           "reply_tone"]

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
# Deflection spread over a few words, as each desk words it its own way: the photo proves
# nothing, the process rules it out, years without a case, the cause is at the customer's, the
# motive is a freebie, talks only on the brand's terms. Gaps are at most a few words.
_GAP = r"(?:[\w«»\"'-]+[,:;]?\s+){0,%d}"
_DEFENSIVE_PATTERNS = (
    # ru: the photo proves nothing: where it was taken, not our pack, the pack was opened
    r"(?:не видно|непонятно|не понятно|нельзя (?:понять|определить|установить)),? (?:где|когда|"
    r"откуда|что (?:это|предмет) был|что это (?:наш|ваш)|наш ли|ваш ли|(?:это )?ли (?:наш|ваш))",
    r"не (?:можем|готовы|станем) (?:принять|принимать|рассматривать|рассмотреть) "
    rf"{_GAP % 2}претензи\w* (?:только |лишь )?по (?:одно\w* )?(?:фото|снимк)",
    rf"(?:фото|снимк|снимок|изображени)\w*[.,:;]?\s+{_GAP % 5}(?:не видим {_GAP % 2}наш|"
    r"не похож\w* на наш|нет нашей|вскрыт|не в заводском|не подтвержда|не доказыва|не следует|"
    r"нельзя (?:сказать|установить|понять),? (?:что|где|когда|откуда|наш|ваш)|"
    r"ничего (?:установить|понять|сказать) нельзя)",
    # the process rules it out
    rf"(?:попасть|пройти|оказаться|взяться|появиться|произойти|возникнуть)\s+{_GAP % 3}"
    r"не\s+мо(?:жет|гло|г|гла|гли)\b",
    rf"не\s+мо(?:жет|гло|г|гла|гли)\s+{_GAP % 1}(?:попасть|пройти|оказаться|взяться|"
    r"появиться|произойти|возникнуть)",
    r"неоткуда взяться", r"прошл[аи] все (?:проверки|этапы контрол)",
    r"при нашем уровне контрол",
    rf"(?:процесс|производств|лини|цех|завод)\w*\s+{_GAP % 2}нет ничего подобного",
    r"(?:контрол\w*|стандарт\w*|технологи\w*)(?: качества)?(?: у нас)? исключа\w* подобн",
    r"уверены в (?:сво|наш)\w* (?:контрол|качеств|продукц|продукт)",
    r"контрол\w* качества (?:у нас )?(?:строже|жестче|жёстче|на высшем)",
    r"в (?:своей|нашей) продукции (?:мы )?уверены",
    r"в (?:сво|наш)\w* (?:контрол|качеств)\w* (?:мы )?уверены",
    rf"(?:нарушений|замечаний)\s+{_GAP % 3}(?:нет|не выявлен|не обнаружен)",
    r"стандарты (?:исключают|не допускают)", r"не допускают (?:таки|подобн)",
    r"не используем (?:ничего|таки|подобн)", r"не используются на производстве",
    r"(?:к нам|на (?:наш\w* )?производств\w*) (?:не попада|не проника|попасть не мо)",
    r"у нас (?:вообще |в принципе |никогда )?не (?:используе|применяе)тся",
    r"не (?:используе|применяе)тся у нас",
    # years without a case
    rf"ни разу\s+{_GAP % 2}не\s+(?:находили|было|встречал|случал|сталкивал)",
    r"(?:подобного|такого|таких случаев|подобных случаев)\s+(?:у нас\s+)?не было",
    rf"(?:таких|подобных|похожих) (?:жалоб|обращений|претензий)\s+(?:у нас\s+)?"
    rf"(?:за {_GAP % 3})?(?:ни разу )?(?:не было|не поступало)",
    r"ни одной (?:похожей|подобной|такой|другой) (?:жалобы|претензии)",
    r"не было никогда", r"никогда не было",
    rf"за (?:много|долгие|все|годы|\d+)\s+{_GAP % 2}(?:лет|год)\w*\s+{_GAP % 4}не было",
    r"не (?:было|поступало) ни одной (?:подобной |такой )?(?:жалобы|претензии)",
    # the cause is at the customer's
    rf"(?:попал|оказал)\w*\s+{_GAP % 3}(?:у вас|к вам) (?:уже )?(?:дома|на кухне)",
    rf"(?:попал|попавш|оказал)\w*\s+{_GAP % 3}после вскрыти",
    r"(?:спутали|перепутали) нас с", r"аккуратнее хран",
    r"(?:упаковк|пачк|пакет)\w* (?:был\w* )?вскры\w* (?:ещё |еще )?до вас",
    rf"не (?:можем|будем|станем) нести\s+{_GAP % 3}ответственност",
    rf"ответственност\w*\s+{_GAP % 2}нести не (?:можем|будем|станем)",
    r"(?:свою|вашу|собственную) кухню", r"(?:вашей|своей) посуд", r"причину у себя",
    r"что-то перепутали",
    r"уверены, что это (?:было )?(?:не )?(?:(?:в|из) (?:наш|ваш)|наш)",
    # motive: a freebie, a story seen before
    r"ради бесплатн", r"любител\w* (?:бесплатн|халяв)", r"желающ\w* получить",
    r"из области фантастики", r"не более чем фантази",
    rf"(?:подобн|таки)\w* (?:фото|снимк|истори|находк)\w*[,:;]?\s+{_GAP % 4}"
    r"(?:видим|получаем|присылают)",
    # talks only on the brand's terms
    r"тогда поговорим", r"обсуждать нечего", r"только после экспертизы",
    rf"(?:отправьте|проведите|сделайте|закажите|оплатите)\s+{_GAP % 3}за свой сч[её]т",
    r"непроверенн\w* информаци", rf"(?:вводит|вводя|не вводить)\w*\s+{_GAP % 2}в заблуждение",
    r"к нам не относится", r"не имеет (?:к нам )?отношения",
    r"не можем принять (?:эту|вашу|данную) претензию",
    r"не (?:видим|находим) оснований (?:его |что-либо |что-то )?(?:менять|компенс|пересматр)",
    r"мы не обязаны", r"позиция не (?:изменилась|меняется)", r"факты говорят",
    r"позиция (?:та же|прежняя|остается прежней)", r"не наш брак",
    r"дали исчерпывающий ответ", r"считаем вопрос закрытым",
    rf"(?:обсуждать|комментировать)\s+{_GAP % 4}больше не будем",
    r"ничего (?:рассматривать|рассмотреть) не (?:будем|можем)",
    r"претензи\w* не принимаем", r"не являются официальным обращением",
    r"обвинени\w* без доказательств", r"ложных сведений",
    rf"(?:можете|вправе)\s+{_GAP % 8}за свой сч[её]т",
    r"факты есть факты", r"считаем нецелесообразн", r"больше комментировать не будем",
    rf"без экспертизы\s+{_GAP % 4}(?:не можем|нет смысла|не имеет смысла|не будем)",
    r"(?:принять|рассмотреть) (?:эту |вашу |данную )?претензию\s+(?:без экспертизы|в таком виде)",
    r"с целью (?:получ|добит)\w* (?:компенсац|выплат|возмещ|бесплатн)",
    r"(?:устраивать|раздувать) (?:шоу|скандал|истерик)",
    r"не наша история", r"(?:точно|явно|никак|совершенно) не (?:от|из|у) нас\b(?!\s+завис)",
    # en
    rf"(?:photo|picture|image)s?\b[.,:;]?\s+{_GAP % 5}(?:does not show|doesn't show|"
    r"do not show|don't show|proves nothing|isn't ours|is not ours|shows an opened)",
    r"passed all (?:checks|inspections|quality)", r"in all our years",
    r"never had a (?:single )?(?:case|complaint|report)",
    r"your (?:own )?kitchen", r"(?:for|get|after) a freebie",
    r"unverified (?:information|claims?|stor)", r"cannot accept this (?:claim|complaint)",
    rf"(?:can't|cannot|can not) accept {_GAP % 2}(?:claim|complaint)s? "
    r"(?:based )?(?:on|from) (?:a |the |one )?(?:photo|picture)",
    r"(?:can't|cannot|can not) tell (?:whether|if) (?:this|it)(?:'s| is) (?:our|ours)",
    r"nothing to do with us", r"position (?:has not|hasn't) changed",
    r"(?:definitely|clearly|certainly) not (?:from us|ours|on us)",
    r"(?:found|find|detected|identified) no violations",
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
_DEFENSIVE_PATTERN_RE = re.compile("|".join(rf"(?<!\w)(?:{p})" for p in _DEFENSIVE_PATTERNS))
_APOLOGY_RE = _alternation(_APOLOGY, negatable=True)
_MODEL = load_shipped()


def cue_text(text: str) -> str:
    """Lower case, ё as е, one apostrophe, single spaces: the form cue patterns are written in."""
    return " ".join(text.lower().replace("ё", "е").replace("’", "'").split())


def _hits(cue: str) -> tuple[int, int]:
    defensive = len(_DEFENSIVE_RE.findall(cue)) + len(_DEFENSIVE_PATTERN_RE.findall(cue))
    return defensive, len(_APOLOGY_RE.findall(cue))


def reply_tone(text: str) -> tuple[int, int]:
    """(defensive hits, apologetic hits) in a brand's reply."""
    return _hits(cue_text(text))


def list_argues(cue: str) -> bool:
    """The lists' verdict on a reply in cue form: a defensive hit, no more apologies."""
    defensive, apology = _hits(cue)
    return defensive > 0 and defensive >= apology


def argues(text: str) -> bool:
    """The lists, or the learned reading of phrasings they do not know
    (detectors/reply_model.py)."""
    cue = cue_text(text)
    return list_argues(cue) or (_MODEL is not None and _MODEL.argues(cue))
