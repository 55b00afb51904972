"""XML answers of the services read safely: expat only, every DTD, entity or notation declaration refused
before anything is expanded or fetched, elements and attributes by their local names (prefixes dropped, so a
service that changes its prefixes is still read), a bound on the nesting depth. The same approach as the
parser of official documents (reader.core.parse_xml), with this layer's error; streamed to a handler, so
that no tree of a large answer is built."""

from __future__ import annotations

from xml.parsers import expat

from reader.sources.errors import ServiceError

MAX_DEPTH = 100  # an SRU record nests about 10 deep


def _local(name: str) -> str:
    return name.rsplit(":", 1)[-1]


class _Refuse:
    def __init__(self, url: str) -> None:
        self.url = url

    def forbid(self, *_args: object) -> None:
        raise ServiceError("xml_refused", url=self.url)

    def refuse_external(self, *_args: object) -> int:
        raise ServiceError("xml_refused", url=self.url)


class Handler:
    """What a streaming reader implements (see `stream`): elements by local name, their text."""

    def start(self, name: str, attrs: dict[str, str]) -> None: ...

    def end(self, name: str) -> None: ...

    def text(self, data: str) -> None: ...


def stream(data: bytes, url: str, handler: Handler) -> None:
    """Read `data`, calling `handler` with local names; ServiceError when it is not well-formed, declares
    anything, or nests too deep."""
    refuse = _Refuse(url)
    depth = 0

    def start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal depth
        depth += 1
        if depth > MAX_DEPTH:
            raise ServiceError("xml_unreadable", url=url, reason=f"nesting deeper than {MAX_DEPTH}")
        handler.start(_local(tag), {_local(k): v for k, v in attrs.items()} if attrs else attrs)

    def end(tag: str) -> None:
        nonlocal depth
        depth -= 1
        handler.end(_local(tag))

    p = expat.ParserCreate()
    p.buffer_text = True
    p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    p.StartDoctypeDeclHandler = refuse.forbid
    p.EntityDeclHandler = refuse.forbid
    p.UnparsedEntityDeclHandler = refuse.forbid
    p.NotationDeclHandler = refuse.forbid
    p.ElementDeclHandler = refuse.forbid
    p.AttlistDeclHandler = refuse.forbid
    p.ExternalEntityRefHandler = refuse.refuse_external
    p.StartElementHandler = start
    p.EndElementHandler = end
    p.CharacterDataHandler = handler.text
    try:
        p.Parse(data, True)
    except expat.ExpatError as exc:
        reason = f"{expat.ErrorString(exc.code)}, {exc.lineno}:{exc.offset + 1}"
        raise ServiceError("xml_unreadable", url=url, reason=reason) from exc
    except (ValueError, LookupError) as exc:
        raise ServiceError("xml_unreadable", url=url, reason=str(exc)) from exc
