"""Paragraphs from wrapped lines, and the finished text of a block with its markers."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from reader.core.hyphens import Evidence, is_leftover, undo_leftovers
from reader.core.model import Marker
from reader.core.parse_text.lines import M_OPEN, SENTINEL, LineKind, Lines, only_sentinels, strip_sentinels
from reader.core.parse_text.rules import (
    FULL_SENTENCE_END,
    LIST_ITEM,
    QUESTION_GOES_ON,
    QUESTION_THEN_QUESTION,
    REAL_HYPHEN_END,
    SENTENCE_END,
)
from reader.core.parse_text.textops import single_spaces


def typical_width(lines: Lines) -> int:
    """The length of a typical body line (the 80th percentile): a shorter line that ends a sentence ends
    its paragraph."""
    counts = Counter(
        len(strip_sentinels(lines.text[i]).rstrip())
        for i, k in enumerate(lines.kind)
        if k is LineKind.BODY and lines.text[i].strip()
    )
    total = sum(counts.values())
    if not total:
        return 80
    if total <= 4:
        return max(40, max(counts))
    rank = int(total * 0.8)  # the index of the 80th percentile in the sorted lengths
    for length in sorted(counts):
        rank -= counts[length]
        if rank < 0:
            return max(40, length)
    return max(40, max(counts))  # not reached


# a line that starts with these goes on the sentence before it: no paragraph ever begins with them
_GLUED_PUNCTUATION = frozenset(",;:.)")
_CONSOLIDATE = 2048  # pieces of a paragraph joined into one string at a time (memory stays near the text's size)


def last_line_length(line: str, width: int) -> int:
    """How long the last printed line of `line` was: an extractor sometimes gives two printed lines as one
    (QtPdf, pdftotext on some PDFs), and a paragraph's short last line hides at its end. A line of up to
    1.25 × the typical width is taken as printed; a longer one is wrapped, words kept whole."""
    if len(line) <= 1.25 * width:
        return len(line)
    wrap = int(1.1 * width)  # `width` is typical, not the longest: printed lines run a tenth longer
    start = 0
    while len(line) - start > wrap:
        cut = line.rfind(" ", start, start + wrap + 1)
        start = cut + 1 if cut > start else start + wrap
    return len(line) - start


def _ends_paragraph(visible: str, line: str, width: int) -> bool:
    """Does this line end its paragraph? It ends a sentence on a line clearly shorter than the typical one;
    two printed lines given as one must end a full sentence (not a closing bracket) on a short last line."""
    if len(line) <= 1.25 * width:
        return bool(SENTENCE_END.search(visible)) and len(line) < 0.8 * width
    return bool(FULL_SENTENCE_END.search(visible)) and last_line_length(line, width) < 0.8 * width


class Hyphenation:
    """What decides a line-end hyphen (`reader.core.hyphens`): the document's own words (read when a hyphen
    first needs them: most texts have few), and from what length a line may be printed lines joined, so that a
    hyphen inside it may be a broken word's (None: no line is)."""

    __slots__ = ("_evidence", "_texts", "inline_from")

    def __init__(self, texts: Callable[[], Iterable[str]], inline_from: int | None = None) -> None:
        self._texts = texts
        self._evidence: Evidence | None = None
        self.inline_from = inline_from

    @property
    def evidence(self) -> Evidence:
        if self._evidence is None:
            self._evidence = Evidence.of(self._texts())
        return self._evidence


JOINED_LINE = 100  # no printed line of a Kamervragen PDF is this long: a longer one is printed lines joined
_LAST_WORD = re.compile(r"[^\W\d_]{1,40}$")
_FIRST_WORD = re.compile(r"[^\W\d_]{1,40}")


def _line_end_leftover(last: str, nxt: str, hy: Hyphenation | None) -> bool:
    """Is the hyphen that ends `last` ("gespreks-") a broken word's, to undo before `nxt` ("techniek")?"""
    if hy is None:
        return True
    left = _LAST_WORD.search(last[-41:-1])
    right = _FIRST_WORD.match(nxt)
    if left is None or right is None:
        return True
    return is_leftover(left.group(0), right.group(0), lambda: hy.evidence, line_end=True)


def join_lines(texts: Iterable[str], width: int, hy: Hyphenation | None = None) -> str:
    """Join wrapped lines into paragraphs ("\n\n" between them), undoing line-end hyphenation.

    A paragraph ends at a blank line, or at a line that ends a sentence and is clearly shorter than the
    text's typical line; a list item ("– …", "1. …") after a finished sentence starts a new one."""
    paras: list[str] = []
    done: list[str] = []  # the paragraph being built, joined so far
    cur: list[str] = []  # its last pieces (joined once, in batches: no quadratic copying)

    def close() -> None:
        paras.append("".join(done) + "".join(cur))
        done.clear()
        cur.clear()

    for raw in texts:
        t = raw.strip()
        if hy is not None and hy.inline_from is not None and len(t) > hy.inline_from:
            t = undo_leftovers(t, lambda: hy.evidence)
        if not t:
            if cur:
                close()
            continue
        if cur and only_sentinels(t):
            cur.append(t)
            continue
        visible = strip_sentinels(t)
        glued = t[0] == M_OPEN or visible[:1] in _GLUED_PUNCTUATION
        if glued and not cur and paras:
            # a marker, ", waarmee …", "; hoe …" at a line start belongs to the text before it, whatever
            # ended that line: a paragraph never begins with them
            cur.append(paras.pop())
            if only_sentinels(t):
                cur.append(t)
                close()  # the markers join the paragraph before; the break after it stays
                continue
        last = cur[-1] if cur else ""
        if not cur:
            cur.append(t)
        elif glued:
            cur.append(t)  # "afgewogen⟨1⟩" + "; hoe": punctuation takes no space before it
        elif LIST_ITEM.match(t) and SENTENCE_END.search(last[-4:]):
            close()
            cur.append(t)
        elif last.endswith("-") and len(last) > 1 and last[-2].isalpha() and t[:1].isalpha():
            # "gespreks-" + "techniek": hyphenation; "Noord-" + "Holland", "ggz-" + "…": a real hyphen
            if not (t[0].isupper() or REAL_HYPHEN_END.search(last[-12:])) and _line_end_leftover(last, t, hy):
                cur[-1] = last[:-1]
            cur.append(t)
        else:
            cur.append(" " + t)
        if _ends_paragraph(visible, strip_sentinels(raw).rstrip(), width):
            close()
        elif len(cur) >= _CONSOLIDATE:
            done.append("".join(cur[:-1]))
            del cur[:-1]
    if cur:
        close()
    return "\n\n".join(p.strip() for p in paras if p.strip())


def split_grouped_questions(texts: list[str], count: int, width: int) -> list[str]:
    """The lines of a grouped question ("Vraag 5, 6") with a blank line where each question after the first
    begins, when the print ran them together: at a line that ends a question ("…?") and a next line that
    opens one (a capital, not "Zo nee, …" or "Indien …", which go on the question before). With more such
    places than missing breaks, the shortest lines (most likely a paragraph's last) win."""
    have = len(join_lines(texts, width).split("\n\n")) if texts else 0
    missing = count - have
    if missing <= 0:
        return texts
    places: list[tuple[int, int]] = []  # (length of the line that ends a question, the index after it)
    for i in range(len(texts) - 1):
        end = strip_sentinels(texts[i]).rstrip()
        nxt = strip_sentinels(texts[i + 1]).lstrip()
        if end.endswith("?") and nxt[:1].isupper() and not QUESTION_GOES_ON.match(nxt):
            places.append((len(end), i + 1))
    chosen = sorted(i for _, i in sorted(places)[:missing])
    if not chosen:
        return _split_within_lines(texts, missing)
    out: list[str] = []
    prev = 0
    for i in chosen:
        out += texts[prev:i]
        out.append("")
        prev = i
    return out + texts[prev:]


def _split_within_lines(texts: list[str], missing: int) -> list[str]:
    """Questions run together inside lines ("…DRUKS 2?Bent u bekend met …?"): split where a question ends and a
    new one opens, only when there are exactly as many such places as missing breaks (else it is a guess)."""
    places = [
        (i, m.end())
        for i, line in enumerate(texts)
        for m in QUESTION_THEN_QUESTION.finditer(line)
        if not QUESTION_GOES_ON.match(line, m.end())
    ]
    if len(places) != missing:
        return texts
    out: list[str] = []
    for i, line in enumerate(texts):
        prev = 0
        for at in (at for j, at in places if j == i):
            out += [line[prev:at].rstrip(), ""]
            prev = at
        out.append(line[prev:])
    return out


def finish_text(text: str) -> tuple[str, list[Marker]]:
    """Remove marker sentinels, recording where they stood; no double spaces where they were."""
    markers: list[Marker] = []
    out: list[str] = []
    length = 0
    pos = 0
    for m in [*SENTINEL.finditer(text), None]:
        chunk = single_spaces(text[pos : m.start() if m else len(text)])
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


def paragraphs(texts: Iterable[str], width: int, hy: Hyphenation | None = None) -> tuple[str, list[Marker]]:
    """The finished text of a block from its lines."""
    return finish_text(join_lines(texts, width, hy))
