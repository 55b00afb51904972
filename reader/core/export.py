"""The JSON export of a parsed document (see README "JSON export")."""

from __future__ import annotations

import json
from typing import Any

from reader.core.model import Block, Document


def _block(b: Block) -> dict[str, Any]:
    return {"label": b.label, "numbers": list(b.numbers), "text": b.text, "footnotes": b.footnotes,
            "inferred": b.inferred}


def export_dict(doc: Document, source: str) -> dict[str, Any]:
    """One document as the export schema: source first, then identity, header, questions, answers, notes."""
    return {
        "source": source,
        "id": doc.id,
        "kind": str(doc.kind),
        "chamber": doc.chamber,
        "vergaderjaar": doc.vergaderjaar,
        "nummer": doc.nummer,
        "zaak": doc.zaak,
        "title": doc.title,
        "indieners": [m.to_dict() for m in doc.indieners],
        "gericht_aan": doc.gericht_aan,
        "ingezonden": doc.ingezonden.isoformat() if doc.ingezonden else None,
        "beantwoord_door": doc.beantwoord_door,
        "ontvangen": doc.ontvangen.isoformat() if doc.ontvangen else None,
        "zie_ook": [r.id for r in doc.zie_ook],
        "questions": [_block(q) for q in doc.questions],
        "answers": [_block(a) for a in doc.answers],
        "footnotes": [
            {
                "number": f.number,
                "text": f.text,
                "references": [{"kind": str(r.kind), "id": r.id, "url": r.url} for r in f.references],
                "urls": list(f.urls),
            }
            for f in doc.footnotes
        ],
        "pairs": [{"questions": p.questions, "answers": p.answers} for p in doc.pairs()],
        "mededeling": doc.mededeling,
        "format": doc.source_format,
    }


def export_json(doc: Document, source: str, indent: int | None = None) -> str:
    return json.dumps(export_dict(doc, source), ensure_ascii=False, indent=indent)
