"""XML answers of the services read safely, with the standard library only.

`parse` first runs expat over the bytes with every DTD, entity or notation declaration refused (before
anything is expanded or fetched), then builds the tree with ElementTree's C parser: the same expat, reading
the same bytes in the same encoding, which after the first pass can hold no declaration — so no entity can be
defined, expanded or fetched. The second pass is the fast one (an SRU page of 100 records is ~11,000
elements, too many for a Python callback each). `local` gives an element's name without its namespace, so a
service that changes its prefixes is still read. The approach of the parser of official documents
(reader.core.parse_xml), with this layer's error.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element, ParseError, XMLParser
from xml.parsers import expat

from reader.sources.errors import ServiceError


def local(tag: str) -> str:
    """'{http://docs.oasis-open.org/ns/search-ws/sruResponse}record' → 'record'."""
    return tag.rpartition("}")[2]


def _refuse(url: str) -> expat.XMLParserType:
    def forbid(*_args: object) -> None:
        raise ServiceError("xml_refused", url=url)

    def refuse_external(*_args: object) -> int:
        raise ServiceError("xml_refused", url=url)

    p = expat.ParserCreate()
    p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    p.StartDoctypeDeclHandler = forbid
    p.EntityDeclHandler = forbid
    p.UnparsedEntityDeclHandler = forbid
    p.NotationDeclHandler = forbid
    p.ElementDeclHandler = forbid
    p.AttlistDeclHandler = forbid
    p.ExternalEntityRefHandler = refuse_external
    return p


def parse(data: bytes, url: str) -> Element:
    """The root element of `data`; ServiceError when it is not well-formed or declares anything."""
    try:
        _refuse(url).Parse(data, True)
        parser = XMLParser()
        parser.feed(data)
        root: Element = parser.close()
    except (expat.ExpatError, ParseError) as exc:
        code = getattr(exc, "code", 0)
        where = getattr(exc, "position", None) or (getattr(exc, "lineno", 0), getattr(exc, "offset", 0))
        reason = f"{expat.ErrorString(code) if code else exc}, {where[0]}:{where[1] + 1}"
        raise ServiceError("xml_unreadable", url=url, reason=reason) from exc
    except (ValueError, LookupError) as exc:  # an encoding Python cannot map
        raise ServiceError("xml_unreadable", url=url, reason=str(exc)) from exc
    return root


def text(el: Element | None) -> str:
    """The element's text and its children's, whitespace collapsed; '' for None."""
    if el is None:
        return ""
    return " ".join("".join(el.itertext()).split())
