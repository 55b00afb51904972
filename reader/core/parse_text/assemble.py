"""Stage 6: text assembly."""

from __future__ import annotations

import re

from reader.core.model import Marker
from reader.core.parse_text.lines import _SENTINEL, Line, _is_only_marker_sentinels, _strip_sentinels

_LIST_ITEM = re.compile(r"^\s*(?:[-–—•·*]|\d{1,2}[.)]|[a-z][.)])\s+\S")
_SENTENCE_END = re.compile(r"[.?!:;»”’\"')]\s*$")


def _join_lines(texts: list[str], width: int) -> str:
    """Join wrapped lines into paragraphs ("\\n\\n" between them), undoing line-end hyphenation.

    A paragraph ends at a blank line, or at a line that ends a sentence and is clearly shorter than the
    text's typical line; a list item ("– …", "1. …") after a finished sentence starts a new one."""
    paras: list[str] = []
    cur: list[str] = []  # pieces of the paragraph being built (joined once: no quadratic copying)

    def tail() -> str:
        return cur[-1] if cur else ""

    for raw in texts:
        t = raw.strip()
        if not t:
            if cur:
                paras.append("".join(cur))
                cur = []
            continue
        if _is_only_marker_sentinels(t) and cur:
            cur.append(t)
            continue
        last = tail()
        if not cur:
            cur = [t]
        elif _LIST_ITEM.match(t) and _SENTENCE_END.search(last[-4:]):
            paras.append("".join(cur))
            cur = [t]
        elif last.endswith("-") and len(last) > 1 and last[-2].isalpha() and t[:1].isalpha():
            # "gespreks-" + "techniek": hyphenation; "Noord-" + "Holland", "ggz-" + "…": a real hyphen
            if t[0].isupper() or re.search(r"(?:^|[\s(])[A-Z]{2,}[a-z]?-$|\d-$", last[-12:]):
                cur.append(t)
            else:
                cur[-1] = last[:-1]
                cur.append(t)
        else:
            cur.append(" " + t)
        if _SENTENCE_END.search(_strip_sentinels(t)) and len(_strip_sentinels(raw).rstrip()) < 0.8 * width:
            paras.append("".join(cur))
            cur = []
    if cur:
        paras.append("".join(cur))
    return "\n\n".join(p.strip() for p in paras if p.strip())


def _finish_text(text: str) -> tuple[str, list[Marker]]:
    """Remove marker sentinels, recording where they stood; no double spaces where they were."""
    markers: list[Marker] = []
    out: list[str] = []
    length = 0
    pos = 0
    for m in [*_SENTINEL.finditer(text), None]:
        chunk = text[pos : m.start() if m else len(text)]
        chunk = re.sub(r"  +", " ", chunk)
        if out and out[-1].endswith(" ") and chunk.startswith(" "):
            chunk = chunk.lstrip(" ")
        if out and out[-1][-1:] in ".?!" and chunk[:1].isalpha() and markers and markers[-1].offset == length:
            chunk = " " + chunk  # "gesproken.3Toekomstige": keep the words apart once the marker is gone
        out.append(chunk)
        length += len(chunk)
        if m:
            markers.append(Marker(length, int(m.group(1))))
            pos = m.end()
    result = "".join(out)
    lead = len(result) - len(result.lstrip())
    final = result.strip()
    return final, [Marker(max(0, min(len(final), mk.offset - lead)), mk.number) for mk in markers]


def _typical_width(lines: list[Line]) -> int:
    lengths = sorted(len(_strip_sentinels(ln.text).rstrip()) for ln in lines if ln.kind == "body" and ln.text.strip())
    if not lengths:
        return 80
    return max(40, lengths[int(len(lengths) * 0.8)] if len(lengths) > 4 else lengths[-1])
