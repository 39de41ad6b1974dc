"""`crisiswatch enrich`: what the enrich agent makes of each mention (language, brands,
sentiment, complaint), one JSON line per input line, without Kafka."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import msgspec

from detectors.enrich import Enricher
from detectors.mention import Invalid, parse_mention
from detectors.model import Enriched, Mention
from streams.commands.backtest import add_optional_config_arg, optional_config
from streams.commands.common import CommandError

_encode = msgspec.json.Encoder().encode


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("enrich", help="language, brands, sentiment and complaint of mentions "
                                      "(JSON lines, or plain text with --text)")
    p.add_argument("file", nargs="?", default="-",
                   help="input file (default: stdin, also '-')")
    p.add_argument("--text", action="store_true",
                   help="one plain text per line instead of JSON mentions")
    p.add_argument("--lang", help="language of the --text lines (default: detected)")
    add_optional_config_arg(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    config = optional_config(args)
    enricher = Enricher(config.specs if config is not None else ())
    out = sys.stdout
    interactive = args.file == "-"
    for number, raw in _lines(args.file):
        line = raw.rstrip(b"\r\n")
        if not line.strip():
            continue
        if args.text:
            text = line.decode("utf-8", errors="replace")
            brands, lang, s = enricher.assess(text, args.lang)
            record = _record(str(number), text, lang, brands, s.label, s.negativity,
                             s.complaint)
            if brands:
                out_ = enricher.enrich(Mention(id=str(number), source="text", created_at_ms=0,
                                               text=text, lang=args.lang), 0)
                if any(x.ambiguous for x in out_):
                    record.update(_strength(enricher, out_))
            _add_reasons(record, enricher, text, args.lang)
        else:
            record = _mention(enricher, line, number)
        _write(out, record, flush=interactive)
    return 0


def _mention(enricher: Enricher, raw: bytes, number: int) -> dict[str, Any]:
    now = int(time.time() * 1000)
    mention = parse_mention(raw, now)
    if isinstance(mention, Invalid):
        return {"line": number, "error": mention.reason, "detail": mention.detail}
    out = enricher.enrich(mention, now)
    if out:
        e = out[0]  # language and sentiment are per mention, the same in every record
        record = _record(mention.id, mention.text, e.lang, e.brands, e.sentiment,
                         e.negativity, e.complaint)
        official = [x.brand for x in out if x.official]
        if official:
            record["official"] = official
        watched = [x.brand for x in out if x.watched]
        if watched:
            record["watched"] = watched
        if any(x.ambiguous for x in out):
            record.update(_strength(enricher, out))
    else:
        brands, lang, s = enricher.assess(mention.text, mention.lang)
        record = _record(mention.id, mention.text, lang, brands, s.label, s.negativity,
                         s.complaint)
    _add_reasons(record, enricher, mention.text, mention.lang)
    return record


def _add_reasons(record: dict[str, Any], enricher: Enricher, text: str, lang: str | None
                 ) -> None:
    """The model's and the lexicon's negativity, and the lexicon words/patterns that fired
    (weight < 0 pushes towards negative)."""
    x = enricher.explain(text, lang)
    record["model"] = round(x.model, 3)
    record["lexicon"] = round(x.lexicon, 3)
    record["reasons"] = [[words, weight] for words, weight in x.reasons]


def _strength(enricher: Enricher, out: list[Enriched]) -> dict[str, Any]:
    """How surely each brand is named and, for those named only by an everyday word, the
    context verdict before anything is learnt (the `context` words and the name's
    spelling alone): the detect stage then also weighs what it learnt from sure mentions."""
    match = {x.brand: "ambiguous" if x.ambiguous else "strong" for x in out}
    verdict: dict[str, Any] = {}
    for x in out:
        if x.ambiguous:
            model = enricher.context(x.brand)
            if model is not None:
                j = model.assess(model.new_state(), x.mention.text, explain=True)
                verdict[x.brand] = {"cold_start": "confident" if j.confident else "low",
                                    "reasons": list(j.reasons)}
    return {"match": match, "context": verdict}


def _record(id_: str, text: str, lang: str, brands: tuple[str, ...], sentiment: str,
            negativity: float, complaint: bool) -> dict[str, Any]:
    return {"id": id_, "text": text, "lang": lang, "brands": list(brands),
            "sentiment": sentiment, "negativity": round(negativity, 3), "complaint": complaint}


def _lines(name: str) -> Iterator[tuple[int, bytes]]:
    if name == "-":
        yield from enumerate(sys.stdin.buffer, 1)
        return
    try:
        with Path(name).open("rb") as fh:
            yield from enumerate(fh, 1)
    except OSError as exc:
        raise CommandError(f"cannot read {name}: {exc.strerror}") from None


def _write(out: IO[str], record: dict[str, Any], flush: bool) -> None:
    out.write(_encode(record).decode() + "\n")
    if flush:
        out.flush()
