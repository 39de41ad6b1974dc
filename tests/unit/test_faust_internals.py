"""The Faust internals the batch lanes rely on (streams/pipeline/faust_internals.py) exist on
the installed Faust, of the kind and call shape that module uses them with; a Faust release
that renames or reshapes one fails here, naming it. fastlane.py reaches Faust's inside only
through that module."""

from __future__ import annotations

import ast
import inspect
from collections.abc import AsyncIterator, Iterator
from importlib.metadata import version
from pathlib import Path
from typing import Any

import aiokafka
import faust
import pytest
from aiokafka.structs import ConsumerRecord
from faust.transport.consumer import Fetcher
from faust.types import TP

from streams.pipeline import fastlane, faust_internals
from streams.pipeline.faust_internals import USED, Use
from streams.pipeline.isolation import read_committed

pytestmark = pytest.mark.unit

ROOTS = ("app", "consumer", "fetcher", "producer", "kafka_producer", "message")


def problems(roots: dict[str, Any], used: dict[str, Use]) -> list[str]:
    """One line per declared use that does not hold on these objects, naming the attribute."""
    out: list[str] = []
    for path, use in used.items():
        root, *names = path.split(".")
        obj = roots[root]
        for name in names:
            if not hasattr(obj, name):
                out.append(f"{path}: {type(obj).__module__}.{type(obj).__qualname__} has no "
                           f"attribute {name!r}")
                break
            obj = getattr(obj, name)
        else:
            out += [f"{path}: {p}" for p in kind_problems(obj, use)]
    return out


def kind_problems(obj: Any, use: Use) -> list[str]:
    if use.kind == "attr":
        if use.type is not None and not isinstance(obj, use.type):
            return [f"expected {use.type}, found {type(obj).__qualname__}"]
        return []
    if not callable(obj):
        return [f"not callable (a {type(obj).__qualname__}); it is called here"]
    coroutine = inspect.iscoroutinefunction(obj)
    if use.kind == "await" and not coroutine:
        return ["no longer a coroutine function; it is awaited here"]
    if use.kind == "call" and coroutine:
        return ["now a coroutine function; it is called here without await"]
    try:
        inspect.signature(obj).bind(*[None] * use.args)
    except TypeError as exc:
        return [f"does not take {use.args} positional argument(s) any more: {exc}"]
    return []


@pytest.fixture
async def roots() -> AsyncIterator[dict[str, Any]]:
    """Fresh objects of the classes a worker uses (read_committed's consumer included),
    created without a broker and before fastlane hooks anything onto them."""
    app = faust.App("cw-faust-internals", broker="kafka://127.0.0.1:9", store="memory://")
    read_committed(app)
    consumer = app.consumer
    record = ConsumerRecord(topic="t", partition=0, offset=7, timestamp=0, timestamp_type=0,
                            key=b"k", value=b"v", checksum=None, serialized_key_size=1,
                            serialized_value_size=1, headers=())
    kafka_producer = aiokafka.AIOKafkaProducer(bootstrap_servers="127.0.0.1:9")
    try:
        yield {"app": app, "consumer": consumer, "fetcher": Fetcher(app),
               "producer": app.producer, "kafka_producer": kafka_producer,
               "message": consumer._to_message(TP("t", 0), record)}
    finally:
        await kafka_producer.stop()


async def test_every_internal_the_adapter_uses_is_there(roots: dict[str, Any]) -> None:
    found = problems(roots, USED)
    assert not found, (f"faust-streaming {version('faust-streaming')} / mode-streaming "
                       f"{version('mode-streaming')} changed what "
                       "streams/pipeline/faust_internals.py relies on:\n" + "\n".join(found))


def test_the_check_names_what_changed() -> None:
    class Changed:  # a consumer whose release renamed one attribute and made another async
        _committed_offset: dict[TP, int] = {}  # noqa: RUF012

        async def highwater(self, tp: TP) -> int:
            return 0

        def commit(self) -> bool:
            return True

    found = problems({"consumer": Changed()}, {
        "consumer._committed_offset": Use("attr", type=dict),
        "consumer._acked_index": Use("attr"),
        "consumer.highwater": Use("call", 1),
        "consumer.commit": Use("await", 0),
        "consumer.diag.set_flag": Use("call", 1),
    })
    where = f"{Changed.__module__}.{Changed.__qualname__}"
    assert found == [
        f"consumer._acked_index: {where} has no attribute '_acked_index'",
        "consumer.highwater: now a coroutine function; it is called here without await",
        "consumer.commit: no longer a coroutine function; it is awaited here",
        f"consumer.diag.set_flag: {where} has no attribute 'diag'",
    ]
    assert problems({"consumer": Changed()}, {"consumer.highwater": Use("await", 2)}) == [
        "consumer.highwater: does not take 2 positional argument(s) any more: "
        "too many positional arguments"]


def attribute_chains(path: Path) -> Iterator[tuple[str, int]]:
    """Dotted attribute chains rooted at a plain name ("consumer.diag.set_flag"), with lines."""
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Attribute):
            parts: list[str] = []
            value: ast.expr = node
            while isinstance(value, ast.Attribute):
                parts.append(value.attr)
                value = value.value
            if isinstance(value, ast.Name):
                yield ".".join([value.id, *reversed(parts)]), node.lineno


def test_the_adapter_declares_exactly_what_it_uses() -> None:
    source = Path(faust_internals.__file__)
    chains = {c: line for c, line in attribute_chains(source) if c.split(".")[0] in ROOTS}
    undeclared = [f"{source.name}:{line}: {c}" for c, line in sorted(chains.items())
                  if not any(d == c or d.startswith(c + ".") for d in USED)]
    assert not undeclared, "declare these in faust_internals.USED:\n" + "\n".join(undeclared)
    unused = [d for d in USED if d not in chains]
    assert not unused, f"faust_internals.USED lists what the module no longer uses: {unused}"


def test_fastlane_reaches_faust_only_through_the_adapter() -> None:
    source = Path(fastlane.__file__)
    tree = ast.parse(source.read_text())
    imports = sorted({node.module or "" for node in ast.walk(tree)
                      if isinstance(node, ast.ImportFrom)}
                     | {a.name for node in ast.walk(tree) if isinstance(node, ast.Import)
                        for a in node.names})
    inside = [m for m in imports if m.split(".")[0] in ("faust", "mode", "aiokafka")
              and m not in ("faust", "faust.types")]
    assert not inside, f"{source.name} imports Faust internals: {inside}"
    # Faust's documented App API is fine; anything else on the app or consumer goes through
    # faust_internals, as do private attributes of any object but the module's own.
    public = {"task", "crash", "on_before_shutdown"}

    def inside(chain: str) -> bool:
        names = chain.removeprefix("self.").split(".")
        if names[0] in ("app", "c", "consumer") and len(names) > 1:
            return names[1] not in public
        return names[0] != "self" and any(n.startswith("_") for n in names[1:])

    bypass = [f"{source.name}:{line}: {chain}" for chain, line in attribute_chains(source)
              if inside(chain)]
    assert not bypass, "use streams/pipeline/faust_internals.py for:\n" + "\n".join(bypass)
