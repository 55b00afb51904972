"""Which pair of a cited set the citing text points at.

A follow-up question cites an earlier set to say "as you answered then": the reader wants to see that answer.
`cited_pair(cited, citing_text)` picks the pair of `cited` (an index into `Document.pairs()`):

1. a question number named in the citing text ("mijn antwoord op vraag 3", "de vragen 4 en 5") gives the pair
   holding that question (the first one named that the cited set has);
2. otherwise the pair whose words match the citing text best: a BM25 score over word stems, where a stem is
   the first `STEM` letters of a word of four letters or more that is not a function word. Stems make the
   match robust to inflection ("omvaarroute", "omvaarroutes") and to words that a PDF extraction glued to
   the next one ("omvaarroutezo"); the inverse document frequency, counted over the cited set's own pairs,
   makes the words that every pair shares (the subject) count for little;
3. no pair when nothing matches.

`citing_sentence(text, start, end)` is the text a citation stands in: the sentence holding characters
`start:end` (a footnote marker right after a sentence's full stop belongs to that sentence).

Plain Python, linear in the size of the texts: the patterns are bounded and never nest quantifiers.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

from reader.core.model import Document

STEM = 6  # letters of a word that make its stem
K1, B = 1.2, 0.75  # BM25's usual constants
MAX_TEXT = 20_000  # characters of citing text looked at (a sentence is far shorter)

_WORD = re.compile(r"[^\W\d_]{4,60}")
_NUMBER = re.compile(r"\b(?:vraag|vragen)\s+(\d{1,3}[a-z]?)((?:\s*(?:,|en|t/m|tot en met)\s*\d{1,3}[a-z]?){0,8})", re.I)
_MORE = re.compile(r"\d{1,3}[a-z]?")
# a sentence ends at ".", "?" or "!" (and a closing quote) before a capital: "nr. 700", "d.d. 1 maart" and
# "o.a. de" go on
_SENTENCE_END = re.compile(r"[.?!][»”\"')\]]{0,2}(?=\s{1,4}[«„“\"'(]?[A-ZÀ-Þ])")

# Dutch function words, and the words of every set's questions and answers ("vraag", "antwoord", "minister"):
# they say nothing about which pair is meant
_STOPWORDS = """
aan aangegeven aangezien achter alle alleen alles als altijd andere anders antwoord antwoorden bent
beantwoord beantwoording bent bericht beide bent bij binnen boven brief daar daarbij daarmee daarna daarom
daarop daarvan dan dat deze die dient dit door doen doet dus een eens eerder eerdere eigen elke enige enkele
er erg feit gaan gaat geen gegeven geweest graag haar heb hebben hebt heeft hem hen het hier hierbij hierin
hierover hoe hoeveel hun iets ieder jaar kamer kamervragen kan kon kunnen kunt laatste later lid leden maar
meer mede mee met mij mijn minister ministerie moet moeten mogelijk naar nadat namens niet nog noemt nooit
ook over omdat onder ons onze ook reeds sinds staat staatssecretaris steeds tegen toch tot tussen uit uw
vaak van vanuit veel verder vervolgens via vind vindt voor vooral vraag vragen waar waarbij waarin waarom
wanneer want was wat welk welke werd werden wij wil wilt wordt worden zal zelf zich zien zijn zich zodat
zoals zonder zou zouden zullen
"""
STOPWORDS = frozenset(_STOPWORDS.split())


class Reason(StrEnum):
    NUMBER = "number"  # the citing text names a question of the cited set
    WORDS = "words"  # the pair whose words match best
    NONE = "none"  # nothing matches: no pair


@dataclass(frozen=True)
class CitedPair:
    index: int  # into Document.pairs() of the cited set; -1 for none
    reason: Reason
    score: float = 0.0


def stems(text: str) -> list[str]:
    """The stems of the content words of `text`, in order (see the module docstring)."""
    out = []
    for word in _WORD.findall(text[:MAX_TEXT]):
        w = word.lower()
        if w not in STOPWORDS:
            out.append(w[:STEM])
    return out


def question_numbers(text: str) -> list[str]:
    """The question numbers the text names, in order: "antwoord op vraag 3" → ["3"], "vragen 4 en 5" →
    ["4", "5"]."""
    found: list[str] = []
    for m in _NUMBER.finditer(text[:MAX_TEXT]):
        for n in [m.group(1), *_MORE.findall(m.group(2))]:
            if n not in found:
                found.append(n)
    return found


def citing_sentence(text: str, start: int, end: int | None = None) -> str:
    """The sentence of `text` that holds characters `start:end` (a marker at `start`: `end` = `start`)."""
    end = start if end is None else end
    left = text[:start].rstrip()
    # a marker right after a full stop (or "?", "»") belongs to the sentence it ends
    closes = bool(left) and left[-1] in ".?!»”\"')"
    stop = len(left) if closes else None
    begin = 0
    for m in _SENTENCE_END.finditer(text, 0, len(left) - (1 if closes else 0)):
        begin = m.end()
    if stop is None:
        after = _SENTENCE_END.search(text, end)
        stop = after.end() if after else len(text)
    return text[begin:stop].strip()


def _pair_texts(doc: Document) -> list[str]:
    out = []
    for pair in doc.pairs():
        parts = [doc.questions[i].text for i in pair.questions] + [doc.answers[i].text for i in pair.answers]
        out.append("\n".join(parts))
    return out


def best_pair_by_words(pair_texts: list[str], citing_text: str) -> tuple[int, float]:
    """(index, score) of the text in `pair_texts` that matches `citing_text` best (BM25 over stems); (-1, 0.0)
    when none shares a content word with it."""
    query = set(stems(citing_text))
    if not query or not pair_texts:
        return -1, 0.0
    bags = [Counter(stems(t)) for t in pair_texts]
    n = len(bags)
    lengths = [sum(b.values()) for b in bags]
    average = max(1.0, sum(lengths) / n)
    df = {s: sum(1 for b in bags if s in b) for s in query}
    best, best_score = -1, 0.0
    for i, bag in enumerate(bags):
        score = 0.0
        for s in query:
            tf = bag.get(s, 0)
            if not tf:
                continue
            idf = math.log(1 + (n - df[s] + 0.5) / (df[s] + 0.5))
            score += idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * lengths[i] / average))
        if score > best_score + 1e-9:
            best, best_score = i, score
    return best, best_score


def cited_pair(cited: Document, citing_text: str) -> CitedPair:
    """The pair of `cited` that `citing_text` refers to (see the module docstring)."""
    pairs = cited.pairs()
    for number in question_numbers(citing_text):
        for i, pair in enumerate(pairs):
            if any(number in cited.questions[q].numbers for q in pair.questions):
                return CitedPair(i, Reason.NUMBER, 1.0)
    i, score = best_pair_by_words(_pair_texts(cited), citing_text)
    if i < 0:
        return CitedPair(-1, Reason.NONE)
    return CitedPair(i, Reason.WORDS, score)
