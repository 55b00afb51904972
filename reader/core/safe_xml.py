"""XML read safely: the standard library's expat, every DTD refused, nesting and element count bounded.

A DTD or any entity, element, attribute-list or notation declaration stops the parse before anything is
expanded or fetched (billion laughs, external entities). Elements nest at most `MAX_DEPTH` deep (real
documents nest < 20), so the recursive readers stay far from Python's limit. Tags and attributes keep their
local names ("text:p" → "p", "w:val" → "val"): the official XML, ODF and Word each use one vocabulary.
The parse can be cancelled (`reader.core.cancel`) every so many elements.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NoReturn
from xml.etree.ElementTree import Element, TreeBuilder
from xml.parsers import expat

from reader.core import cancel
from reader.core.errors import ParseError

MAX_DEPTH = 200
MAX_ELEMENTS = 100_000  # a real set has a few thousand elements; beyond this it is refused, in bounded time
_CHECK_EVERY = 4096  # elements between cancellation checks


_DECLARATIONS = (
    "StartDoctypeDeclHandler", "EntityDeclHandler", "UnparsedEntityDeclHandler", "NotationDeclHandler",
    "ElementDeclHandler", "AttlistDeclHandler", "ExternalEntityRefHandler",
)  # fmt: skip


def local(tag: str) -> str:
    return tag.rsplit(":", 1)[-1] if ":" in tag else tag


def guarded_parser(refuse: Callable[..., NoReturn]) -> expat.XMLParserType:
    """An expat parser (text buffered) that calls `refuse`, which raises, at a DTD or any entity, element,
    attribute-list or notation declaration, before anything is expanded or fetched. The caller sets the
    element and text handlers."""
    p = expat.ParserCreate()
    p.buffer_text = True
    p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    for handler in _DECLARATIONS:
        setattr(p, handler, refuse)
    return p


def expat_reason(exc: expat.ExpatError) -> str:
    """What expat found wrong, and where: "mismatched tag, 3:14"."""
    return f"{expat.ErrorString(exc.code)}, {exc.lineno}:{exc.offset + 1}"


class _SafeTree:
    """Builds an ElementTree from expat events; a DTD, entity or notation declaration stops the parse."""

    def __init__(self, name: str, max_depth: int, max_elements: int) -> None:
        self.name = name
        self.max_elements = max_elements
        self.builder = TreeBuilder()
        self.depth = 0
        self.max_depth = max_depth
        self.count = 0

    def forbid(self, *_args: object) -> NoReturn:
        raise ParseError("xml_forbidden", self.name)

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        self.depth += 1
        if self.depth > self.max_depth:
            raise ParseError("xml_malformed", self.name, reason=f"nesting deeper than {self.max_depth} levels")
        self.count += 1
        if self.count > self.max_elements:
            raise ParseError("markup_too_complex", self.name, limit=self.max_elements)
        if self.count % _CHECK_EVERY == 0:
            cancel.check()
        self.builder.start(local(tag), {local(k): v for k, v in attrs.items()})

    def end(self, tag: str) -> None:
        self.depth -= 1
        self.builder.end(local(tag))

    def parse(self, data: bytes | str) -> Element:
        p = guarded_parser(self.forbid)
        p.StartElementHandler = self.start
        p.EndElementHandler = self.end
        p.CharacterDataHandler = self.builder.data
        try:
            p.Parse(data, True)
        except expat.ExpatError as exc:
            raise ParseError("xml_malformed", self.name, reason=expat_reason(exc)) from exc
        except (ValueError, LookupError) as exc:  # an encoding Python cannot map
            raise ParseError("xml_malformed", self.name, reason=str(exc)) from exc
        return self.builder.close()


def parse_fast(data: bytes, name: str = "", max_elements: int = MAX_ELEMENTS) -> Element:
    """The same safety for the large, flat XML of office files, at the speed of C: expat feeds the C tree
    builder directly (only a DTD reaches Python, to be refused), the element count is bounded from the
    number of "<" before anything is built, and names are made local in one pass over the finished tree.
    Nesting is not bounded here: the readers of these files catch `RecursionError`."""
    if data.count(b"<") > 2 * max_elements + 64:
        raise ParseError("markup_too_complex", name, limit=max_elements)
    guard = _SafeTree(name, MAX_DEPTH, max_elements)
    builder = TreeBuilder()
    p = guarded_parser(guard.forbid)
    p.StartElementHandler = builder.start
    p.EndElementHandler = builder.end
    p.CharacterDataHandler = builder.data
    try:
        p.Parse(data, True)
    except expat.ExpatError as exc:
        raise ParseError("xml_malformed", name, reason=expat_reason(exc)) from exc
    except (ValueError, LookupError) as exc:
        raise ParseError("xml_malformed", name, reason=str(exc)) from exc
    root = builder.close()
    count = 0
    for el in root.iter():
        count += 1
        if count % 65_536 == 0:
            cancel.check()
        tag = el.tag
        if ":" in tag:
            el.tag = tag[tag.rfind(":") + 1 :]
        if el.attrib:
            el.attrib = {k[k.rfind(":") + 1 :]: v for k, v in el.attrib.items()}
    if count > max_elements:
        raise ParseError("markup_too_complex", name, limit=max_elements)
    return root


def parse_safe(
    data: bytes | str, name: str = "", max_depth: int = MAX_DEPTH, max_elements: int = MAX_ELEMENTS
) -> Element:
    """The element tree of `data`, or ParseError (`xml_forbidden`, `xml_malformed`, `markup_too_complex`)."""
    return _SafeTree(name, max_depth, max_elements).parse(data)
