"""XML answers of the services read safely: expat only, every DTD, entity or notation declaration refused
before anything is expanded or fetched, elements and attributes by their local names (prefixes dropped, so a
service that changes its prefixes is still read), a bound on the nesting depth. The guard is the one of the
parser of official documents (`reader.core.safe_xml`), with this layer's error; streamed to a handler, so that
no tree of a large answer is built."""

from __future__ import annotations

from typing import NoReturn
from xml.parsers import expat

from reader.core.safe_xml import expat_reason, guarded_parser, local
from reader.sources.errors import ServiceError

MAX_DEPTH = 100  # an SRU record nests about 10 deep


class Handler:
    """What a streaming reader implements (see `stream`): elements by local name, their text."""

    def start(self, name: str, attrs: dict[str, str]) -> None: ...

    def end(self, name: str) -> None: ...

    def text(self, data: str) -> None: ...


def stream(data: bytes, url: str, handler: Handler) -> None:
    """Read `data`, calling `handler` with local names; ServiceError when it is not well-formed, declares
    anything, or nests too deep."""
    depth = 0

    def refuse(*_args: object) -> NoReturn:
        raise ServiceError("xml_refused", url=url)

    def start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal depth
        depth += 1
        if depth > MAX_DEPTH:
            raise ServiceError("xml_unreadable", url=url, reason=f"nesting deeper than {MAX_DEPTH}")
        handler.start(local(tag), {local(k): v for k, v in attrs.items()} if attrs else attrs)

    def end(tag: str) -> None:
        nonlocal depth
        depth -= 1
        handler.end(local(tag))

    p = guarded_parser(refuse)
    p.StartElementHandler = start
    p.EndElementHandler = end
    p.CharacterDataHandler = handler.text
    try:
        p.Parse(data, True)
    except expat.ExpatError as exc:
        raise ServiceError("xml_unreadable", url=url, reason=expat_reason(exc)) from exc
    except (ValueError, LookupError) as exc:
        raise ServiceError("xml_unreadable", url=url, reason=str(exc)) from exc
