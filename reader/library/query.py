"""The user's search text → a safe FTS5 MATCH expression.

The user may write words, "a phrase", prefix* (word start), AND, OR, NOT (upper case), -word (exclude) and
parentheses; words next to each other must all occur. Every word and phrase is passed to FTS5 as a quoted
string (quotes doubled), so no user text can be read as FTS5 syntax or SQL: the operators in the output are
only the ones this module writes. Folding (case, accents) is the tokenizer's job, so "gabriels" finds
"Gabriëls". What cannot be understood raises `QueryError` with a bilingual message, never a raw error.

Grammar (NOT binds tighter than AND, AND tighter than OR, as in FTS5 and web search engines):
    or    := and (OR and)*
    and   := item ([AND] item)*          item := [NOT | -] primary
    primary := "phrase" | word | word* | ( or )
An AND group needs at least one positive item: FTS5 cannot search for "everything without x".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.library.errors import QueryError

MAX_TERMS = 64  # FTS5 and SQLite have expression depth limits; real queries are far shorter
MAX_DEPTH = 16

_TOKEN = re.compile(r'(?P<neg>-)?"(?P<phrase>[^"]*)"?|(?P<open>\()|(?P<close>\))|(?P<word>[^\s()"]+)')
_OPERATORS = {"AND", "OR", "NOT"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class _Tok:
    kind: str  # "term", "op", "open", "close"
    text: str = ""
    prefix: bool = False
    negated: bool = False  # written as -word


@dataclass
class _Term:
    fts: str


@dataclass
class _And:
    positive: list[object]
    negative: list[object]


@dataclass
class _Or:
    items: list[object]


def _searchable(text: str) -> bool:
    """Does the text hold anything the tokenizer makes a token of (letters or digits)?"""
    return any(c.isalnum() for c in text)


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _tokens(text: str) -> list[_Tok]:
    out: list[_Tok] = []
    for m in _TOKEN.finditer(text):
        if m.group("phrase") is not None:
            phrase = m.group("phrase")
            if _searchable(phrase):
                out.append(_Tok("term", phrase, negated=bool(m.group("neg"))))
        elif m.group("open"):
            out.append(_Tok("open"))
        elif m.group("close"):
            out.append(_Tok("close"))
        else:
            word = m.group("word")
            if word in _OPERATORS:
                out.append(_Tok("op", word))
                continue
            negated = word.startswith("-") and len(word) > 1
            if negated:
                word = word[1:]
            prefix = word.endswith("*")
            word = word.rstrip("*")
            if _searchable(word):
                out.append(_Tok("term", word, prefix, negated))
    return out


class _Parser:
    def __init__(self, tokens: list[_Tok]) -> None:
        self.tokens = tokens
        self.pos = 0
        self.depth = 0

    def peek(self) -> _Tok | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> _Tok:
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def at_operand(self) -> bool:
        tok = self.peek()
        return tok is not None and (tok.kind in ("term", "open") or (tok.kind == "op" and tok.text == "NOT"))

    def parse(self) -> object | None:
        node = self.parse_or()
        if self.peek() is not None:  # only a stray ")" stops parse_or early
            raise QueryError("query_paren")
        return node

    def parse_or(self) -> object | None:
        items = []
        first = self.parse_and()
        if first is not None:
            items.append(first)
        while (tok := self.peek()) is not None and tok.kind == "op" and tok.text == "OR":
            self.take()
            if not items or not self.at_operand():
                raise QueryError("query_operator", op="OR")
            nxt = self.parse_and()
            if nxt is None:
                raise QueryError("query_operator", op="OR")
            items.append(nxt)
        if not items:
            return None
        return items[0] if len(items) == 1 else _Or(items)

    def parse_and(self) -> object | None:
        positive: list[object] = []
        negative: list[object] = []
        while (tok := self.peek()) is not None:
            if tok.kind == "close" or (tok.kind == "op" and tok.text == "OR"):
                break
            if tok.kind == "op" and tok.text == "AND":
                self.take()
                if not (positive or negative) or not self.at_operand():
                    raise QueryError("query_operator", op="AND")
                continue
            if tok.kind == "op" and tok.text == "NOT":
                self.take()
                nxt = self.peek()
                if nxt is None or nxt.kind not in ("term", "open"):
                    raise QueryError("query_operator", op="NOT")
                item = self.parse_primary()
                if item is not None:
                    negative.append(item)
                continue
            if tok.kind == "term" and tok.negated:
                self.take()
                negative.append(_Term(_quote(tok.text) + (" *" if tok.prefix else "")))
                continue
            item = self.parse_primary()
            if item is not None:
                positive.append(item)
        if not positive and not negative:
            return None
        if not positive:
            raise QueryError("query_only_not")
        if not negative and len(positive) == 1:
            return positive[0]
        return _And(positive, negative)

    def parse_primary(self) -> object | None:
        tok = self.take()
        if tok.kind == "term":
            return _Term(_quote(tok.text) + (" *" if tok.prefix else ""))
        if tok.kind == "open":
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise QueryError("query_too_long", limit=MAX_TERMS)
            node = self.parse_or()
            closing = self.peek()
            if closing is None or closing.kind != "close":
                raise QueryError("query_paren")
            self.take()
            self.depth -= 1
            return node  # "()" is None: nothing to search, dropped
        raise QueryError("query_paren")  # a ")" where a term should be


def _emit(node: object) -> str:
    if isinstance(node, _Term):
        return node.fts
    if isinstance(node, _Or):
        return "(" + " OR ".join(_emit(i) for i in node.items) + ")"
    assert isinstance(node, _And)
    text = " AND ".join(_emit(i) for i in node.positive)
    if len(node.positive) > 1:
        text = "(" + text + ")"
    if node.negative:
        text = "(" + text + " NOT (" + " OR ".join(_emit(i) for i in node.negative) + "))"
    return text


def translate(text: str) -> str | None:
    """The FTS5 expression for the user's search text; None when the text is blank (no text filter).

    Raises QueryError when the text cannot be understood (a dangling operator, unbalanced parentheses,
    only exclusions, nothing searchable, too long)."""
    # control characters (a NUL ends an FTS5 string early) are never part of a word
    text = _CONTROL.sub(" ", text or "")
    if not text.strip():
        return None
    tokens = _tokens(text)
    if sum(t.kind == "term" for t in tokens) > MAX_TERMS:
        raise QueryError("query_too_long", limit=MAX_TERMS)
    node = _Parser(tokens).parse()
    if node is None:
        raise QueryError("query_no_terms", query=text.strip())
    return _emit(node)


def phrase(text: str) -> str | None:
    """A filter value ("van dijk", "Financiën") as one quoted FTS5 phrase; None when nothing searchable."""
    text = _CONTROL.sub(" ", text or "").strip()
    return _quote(text) if _searchable(text) else None
