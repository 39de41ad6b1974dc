"""Wire formats. Topics carry JSON (msgspec, typed decode); table changelogs carry msgpack of
the state structs. Faust codecs are registered here so tables (de)serialise without pickle."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

import msgspec
from faust.serializers import codecs

T = TypeVar("T")

json_encoder = msgspec.json.Encoder()


class JsonCodec(Generic[T]):
    """Typed JSON for one topic's value type."""

    def __init__(self, type_: type[T]) -> None:
        self._decoder = msgspec.json.Decoder(type_)

    def decode(self, raw: bytes) -> T:
        return self._decoder.decode(raw)

    @staticmethod
    def encode(value: Any) -> bytes:
        return json_encoder.encode(value)


class _MsgpackStateCodec(codecs.Codec):  # type: ignore[misc]
    """Faust codec for a table's values: msgpack of one msgspec struct type."""

    def __init__(self, type_: type[Any]) -> None:
        super().__init__()
        self._encoder = msgspec.msgpack.Encoder()
        self._decoder = msgspec.msgpack.Decoder(type_)

    def _dumps(self, obj: Any) -> bytes:
        return self._encoder.encode(obj)

    def _loads(self, s: bytes) -> Any:
        return self._decoder.decode(s)


class _Utf8Codec(codecs.Codec):  # type: ignore[misc]
    """Table keys as text whose bytes equal the source topic's message keys, so a key's
    changelog partition is the partition its events arrive on."""

    def _dumps(self, obj: Any) -> bytes:
        return obj.encode() if isinstance(obj, str) else bytes(obj)

    def _loads(self, s: bytes) -> Any:
        return s.decode()


def register_state_codec(name: str, type_: type[Any]) -> str:
    codecs.register(name, _MsgpackStateCodec(type_))
    return name


KEY_CODEC = "cw-utf8"
codecs.register(KEY_CODEC, _Utf8Codec())
