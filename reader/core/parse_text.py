"""Placeholder; replaced by the real text parser."""
from reader.core.errors import ParseError
from reader.core.model import Document


def parse_text(text: str, name: str = "") -> Document:
    raise ParseError("not_kamervragen", name)
