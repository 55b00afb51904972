"""XML answers of the services read safely: expat only, every DTD, entity or notation declaration refused
before anything is expanded or fetched, elements and attributes by their local names (prefixes dropped, so a
service that changes its prefixes is still read), a bound on the nesting depth. The same approach as the
parser of official documents (reader.core.parse_xml), with this layer's error."""

from __future__ import annotations

from xml.etree.ElementTree import Element, TreeBuilder
from xml.parsers import expat

from reader.sources.errors import ServiceError

MAX_DEPTH = 100  # an SRU record nests about 10 deep


def _local(name: str) -> str:
    return name.rsplit(":", 1)[-1]


class _Builder:
    def __init__(self, url: str) -> None:
        self.url = url
        self.builder = TreeBuilder()
        self.depth = 0

    def forbid(self, *_args: object) -> None:
        raise ServiceError("xml_refused", url=self.url)

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ServiceError("xml_unreadable", url=self.url, reason=f"nesting deeper than {MAX_DEPTH}")
        self.builder.start(_local(tag), {_local(k): v for k, v in attrs.items()})

    def refuse_external(self, *_args: object) -> int:
        raise ServiceError("xml_refused", url=self.url)

    def end(self, tag: str) -> None:
        self.depth -= 1
        self.builder.end(_local(tag))


def parse(data: bytes, url: str) -> Element:
    """The root element of `data`; ServiceError when it is not well-formed or declares anything."""
    b = _Builder(url)
    p = expat.ParserCreate()
    p.buffer_text = True
    p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    p.StartDoctypeDeclHandler = b.forbid
    p.EntityDeclHandler = b.forbid
    p.UnparsedEntityDeclHandler = b.forbid
    p.NotationDeclHandler = b.forbid
    p.ElementDeclHandler = b.forbid
    p.AttlistDeclHandler = b.forbid
    p.ExternalEntityRefHandler = b.refuse_external
    p.StartElementHandler = b.start
    p.EndElementHandler = b.end
    p.CharacterDataHandler = b.builder.data
    try:
        p.Parse(data, True)
    except expat.ExpatError as exc:
        reason = f"{expat.ErrorString(exc.code)}, {exc.lineno}:{exc.offset + 1}"
        raise ServiceError("xml_unreadable", url=url, reason=reason) from exc
    except (ValueError, LookupError) as exc:
        raise ServiceError("xml_unreadable", url=url, reason=str(exc)) from exc
    root: Element = b.builder.close()
    return root


def text(el: Element | None) -> str:
    """The element's own text and its children's, whitespace collapsed; '' for None."""
    if el is None:
        return ""
    return " ".join("".join(el.itertext()).split())
