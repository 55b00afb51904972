"""HTML split into start tags, end tags and text, in one forward pass (linear time by construction).

The standard library's `html.parser` costs several microseconds per tag and rescans unterminated comments
("<!--" repeated makes it quadratic). This tokenizer moves forward only: every step finds the next "<" or
">" (or the end of a comment, or of a script's text) with one `str.find` or one anchored search, and never
looks at a character twice. The simplifications, all safe for reading a page's text:
- a tag ends at the first ">" (a ">" inside a quoted attribute value ends it early);
- an unterminated tag, comment or declaration at the end of the input is dropped, as browsers do;
- script, style and the other raw-text elements run to their end tag (or the end of the input);
- character references are decoded in text and attribute values (`html.unescape`).
"""

from __future__ import annotations

import re
from html import unescape
from typing import Protocol

RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript"})
_RAW_END = {tag: re.compile(rf"</{tag}(?=[\s/>])", re.I) for tag in RAW_TEXT}
_NAME = re.compile(r"[^\s/>]{1,64}")
# one attribute; an unterminated quote runs to the end of the tag (never fails, so never rescans)
_ATTR = re.compile(r"""([^\s"'=/]+)(?:\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s"']+)))?""")


class Handler(Protocol):
    """What receives the tokens: a start tag (name in lower case, attributes, "/>"), an end tag, text."""

    def start(self, tag: str, attrs: dict[str, str], self_closing: bool) -> None: ...

    def end(self, tag: str) -> None: ...

    def data(self, text: str) -> None: ...


NO_ATTRS: dict[str, str] = {}  # shared by every tag without attributes: never to be changed


def _attrs(inner: str) -> dict[str, str]:
    if not inner.strip(" \t\n\r\f/"):
        return NO_ATTRS
    out: dict[str, str] = {}
    for m in _ATTR.finditer(inner):
        value = m.group(2) if m.group(2) is not None else m.group(3) if m.group(3) is not None else m.group(4)
        value = value or ""
        out[m.group(1).lower()] = unescape(value) if "&" in value else value
    return out


def _text(s: str) -> str:
    return unescape(s) if "&" in s else s


def scan(text: str, handler: Handler) -> None:
    """Hand the tokens of `text` to `handler`, in order."""
    n = len(text)
    pos = 0
    start, end_tag, data = handler.start, handler.end, handler.data
    while pos < n:
        lt = text.find("<", pos)
        if lt < 0:
            data(_text(text[pos:]))
            return
        if lt > pos:
            data(_text(text[pos:lt]))
        nxt = text[lt + 1 : lt + 2]
        if nxt == "!" or nxt == "?":
            if text.startswith("<!--", lt):
                end = text.find("-->", lt + 4)
                if end < 0:
                    return  # a comment to the end of the input
                pos = end + 3
            else:  # a declaration, CDATA or a bogus comment: up to the next ">"
                end = text.find(">", lt + 2)
                if end < 0:
                    return
                pos = end + 1
            continue
        if nxt == "/":
            end = text.find(">", lt + 2)
            if end < 0:
                return
            m = _NAME.match(text, lt + 2, end)
            if m and text[lt + 2].isalpha():
                end_tag(m.group(0).lower())
            pos = end + 1
            continue
        if not nxt.isalpha():
            data("<")
            pos = lt + 1
            continue
        end = text.find(">", lt + 1)
        if end < 0:
            return  # an unterminated tag at the end is dropped
        m = _NAME.match(text, lt + 1, end)
        name = m.group(0).lower() if m else ""
        inner = text[lt + 1 + len(name) : end]
        start(name, _attrs(inner) if inner else NO_ATTRS, inner.endswith("/"))
        pos = end + 1
        if name in RAW_TEXT:
            close = _RAW_END[name].search(text, pos)
            stop = close.start() if close else n
            if stop > pos:
                raw = text[pos:stop]
                data(_text(raw) if name in ("textarea", "title") else raw)
            if close is None:
                return
            gt = text.find(">", close.end())
            end_tag(name)
            pos = n if gt < 0 else gt + 1
