"""The JSON export of a parsed document (see README "JSON export")."""

from __future__ import annotations

from typing import Any

from reader.core.model import Block, Document, Reference


def _ref(r: Reference) -> dict[str, Any]:
    return {"kind": str(r.kind), "id": r.id, "url": r.url}


def _block(b: Block) -> dict[str, Any]:
    return {
        "label": b.label,
        "numbers": list(b.numbers),
        "text": b.text_with_tables(),
        "footnotes": b.footnotes,
        "inferred": b.inferred,
        "references": [_ref(r) for r in b.references],
        "tables": [[list(row) for row in t.rows] for t in b.tables],
    }


def export_dict(doc: Document, source: str) -> dict[str, Any]:
    """One document as the export schema: source first, then identity, header, questions, answers, notes."""
    stored = doc.to_dict()  # the header and identity fields are serialised the same way in both
    out: dict[str, Any] = {"source": source}
    for key in (
        "id",
        "kind",
        "soort",
        "chamber",
        "vergaderjaar",
        "nummer",
        "zaak",
        "title",
        "subject",
        "indieners",
        "gericht_aan",
        "ingezonden",
        "beantwoord_door",
        "ontvangen",
        "zie_ook",
        "beantwoord_in",
    ):
        out[key] = stored[key]
    out["questions"] = [_block(q) for q in doc.questions]
    out["answers"] = [_block(a) for a in doc.answers]
    out["footnotes"] = [
        {
            "number": f.number,
            "text": f.text,
            "references": [_ref(r) for r in f.references],
            "urls": list(f.urls),
        }
        for f in doc.footnotes
    ]
    out["pairs"] = [{"questions": p.questions, "answers": p.answers} for p in doc.pairs()]
    out["mededeling"] = doc.mededeling
    out["format"] = doc.source_format
    return out
