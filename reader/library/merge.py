"""Enrichment: two renderings of the same document (same id, e.g. the XML after the PDF) become one.

The rule, in full:
1. The richer rendering gives the structure (questions, answers, footnotes, kind and soort, source text and
   format).
   Richness compares, in this order: the number of question and answer blocks, the number of footnotes,
   the source format (xml > html > pdf > text: structured sources carry the structure exactly rather than
   reconstructing it from a page), the number of header fields filled. On a full tie the stored one stays,
   so importing renderings in any order converges and re-importing changes nothing.
   A re-read of the very file the stored structure came from (same path, new content: the user edited it)
   replaces the structure, whatever its richness: the newest content of a file wins.
2. Header fields missing (None or empty) in the chosen rendering are filled from the other one, as long as
   that does not change the document's id.
3. Members: the chosen rendering's list; when it has none, the other's; a member without a party gets the
   party the other rendering gives the same (folded) name.
4. "Zie ook" and `beantwoord_in` references: the union of both, the chosen rendering's first.
5. Soort: the chosen rendering's; when it says none (the default of its kind) and the other rendering names
   one of the same kind, that one (a notice read from one rendering as "answered by letter" stays so).
"""

from __future__ import annotations

import copy

from reader.core.model import Document, Member
from reader.library.fold import fold_key

FORMAT_RANK = {"xml": 4, "html": 3, "pdf": 2, "text": 1}

# header fields filled from the other rendering when missing
HEADER_FIELDS = (
    "vergaderjaar", "nummer", "zaak", "doc_id", "title", "gericht_aan", "ingezonden", "beantwoord_door",
    "ontvangen", "mededeling", "onderwerp",
)  # fmt: skip


def _missing(value: object) -> bool:
    return value is None or value == ""


def richness(doc: Document) -> tuple[int, int, int, int]:
    """How much structure a rendering carries; larger is richer (see the module docstring)."""
    filled = sum(not _missing(getattr(doc, f)) for f in HEADER_FIELDS) + bool(doc.indieners)
    return (
        len(doc.questions) + len(doc.answers),
        len(doc.footnotes),
        FORMAT_RANK.get(doc.source_format, 0),
        filled,
    )


def prefers_new(stored: Document, new: Document, *, same_file: bool = False) -> bool:
    """Does the new rendering give the structure (rule 1)?"""
    return same_file or richness(new) > richness(stored)


def merge(stored: Document, new: Document, *, new_wins: bool | None = None) -> Document:
    """One document from two renderings of the same id; neither argument is changed."""
    if new_wins is None:
        new_wins = prefers_new(stored, new)
    base, other = (new, stored) if new_wins else (stored, new)
    merged = copy.deepcopy(base)
    doc_id = merged.id
    for name in HEADER_FIELDS:
        if _missing(getattr(merged, name)) and not _missing(getattr(other, name)):
            setattr(merged, name, getattr(other, name))
            if merged.id != doc_id:  # filling must never move the document to another id
                setattr(merged, name, getattr(base, name))
    merged.indieners = _members(merged.indieners, other.indieners)
    seen = {r.id for r in merged.zie_ook}
    merged.zie_ook += [copy.deepcopy(r) for r in other.zie_ook if r.id not in seen]
    seen = {r.id for r in merged.beantwoord_in}
    merged.beantwoord_in += [copy.deepcopy(r) for r in other.beantwoord_in if r.id not in seen]
    if merged.soort is None and other.soort is not None and other.kind == merged.kind:
        merged.soort = other.soort
    return merged


def _members(chosen: list[Member], other: list[Member]) -> list[Member]:
    if not chosen:
        return [Member(m.name, m.party) for m in other]
    parties = {fold_key(m.name): m.party for m in other if m.party}
    return [Member(m.name, m.party or parties.get(fold_key(m.name))) for m in chosen]


def same_content(a: Document, b: Document) -> bool:
    """Equal in everything the library stores (structure, header, source text)."""
    return a.to_dict() == b.to_dict() and a.source_text == b.source_text
