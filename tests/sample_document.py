"""Fictional Kamervragen documents for tests, benchmarks and screenshots (text written by us, not the corpus).

`fictional_document(pairs=12, seed=1, grouped=True, unanswered=True, orphan=True)` returns a `Document` with
`pairs` question/answer rows of realistic length (a question of ~60 words, an answer of one to three
paragraphs), footnote markers, a "Zie ook" reference, and — when asked — a grouped answer that covers three
separately printed questions, a question without an answer and an answer that names no printed question.
"""

from __future__ import annotations

import random
from datetime import date

from reader.core.model import Block, Document, Footnote, Kind, Marker, Member, Reference, RefKind

_WORDS = [
    "het",
    "kabinet",
    "de",
    "minister",
    "onderzoek",
    "gemeenten",
    "provincies",
    "regels",
    "beleid",
    "ondernemers",
    "inwoners",
    "kosten",
    "gevolgen",
    "maatregelen",
    "afspraken",
    "subsidie",
    "toezicht",
    "inspectie",
    "rapport",
    "uitvoering",
    "wetgeving",
    "termijn",
    "duidelijkheid",
    "voortgang",
    "overleg",
    "sector",
    "financiering",
    "capaciteit",
    "wachtlijsten",
    "zorg",
    "onderwijs",
    "energie",
    "netbeheerders",
    "vergunningen",
    "stikstof",
    "woningbouw",
    "jongeren",
    "ouderen",
    "huurders",
    "verhuurders",
    "bijdrage",
    "evaluatie",
    "signalen",
    "knelpunten",
    "oplossingen",
    "gevolgen",
    "kansen",
    "risico's",
    "verwachting",
    "begroting",
    "middelen",
]
_VERBS = [
    "beoordeelt",
    "verwacht",
    "onderzoekt",
    "overweegt",
    "herkent",
    "deelt",
    "bespreekt",
    "verbetert",
    "ondersteunt",
]
_QSTART = (
    "Bent u bekend met",
    "Hoe beoordeelt u",
    "Kunt u aangeven",
    "Deelt u de mening dat",
    "Wat is de stand van",
    "Welke stappen zet u om",
    "Herkent u de signalen over",
    "Kunt u toezeggen dat",
)


def _sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(_WORDS) for _ in range(n)]
    words.insert(rng.randrange(1, n), rng.choice(_VERBS))
    s = " ".join(words)
    return s[0].upper() + s[1:] + "."


def _question(rng: random.Random) -> str:
    parts = [f"{rng.choice(_QSTART)} {' '.join(rng.choice(_WORDS) for _ in range(14))}?"]
    for _ in range(rng.randint(1, 3)):
        parts.append(_sentence(rng, rng.randint(10, 18))[:-1] + "?")
    return " ".join(parts)


def _answer(rng: random.Random) -> str:
    paras = []
    for _ in range(rng.randint(1, 3)):
        paras.append(" ".join(_sentence(rng, rng.randint(9, 22)) for _ in range(rng.randint(2, 5))))
    return "\n\n".join(paras)


def fictional_document(
    pairs: int = 12,
    seed: int = 1,
    *,
    grouped: bool = True,
    unanswered: bool = True,
    orphan: bool = True,
    kind: Kind = Kind.ANTWOORD,
) -> Document:
    """A made-up document with `pairs` rows in its aligned view (see the module docstring)."""
    rng = random.Random(seed)
    questions: list[Block] = []
    answers: list[Block] = []
    footnotes: list[Footnote] = []
    number = 1
    row = 0
    group_at = min(3, pairs - 1) if grouped and pairs >= 2 else -1
    unanswered_at = pairs - 2 if unanswered and pairs >= 3 else -1
    orphan_at = pairs - 1 if orphan and pairs >= 4 else -1
    while row < pairs:
        if row == group_at:
            nums = [str(number + k) for k in range(3)]
            for n in nums:
                questions.append(Block(n, [n], _question(rng)))
            label = f"{nums[0]}, {nums[1]} en {nums[2]}"
            answers.append(Block(label, nums, _answer(rng)))
            number += 3
        elif row == orphan_at:
            n = str(number + 10)
            answers.append(Block(n, [n], _answer(rng)))
        else:
            n = str(number)
            text = _question(rng)
            markers = []
            if row % 4 == 0:
                note = len(footnotes) + 1
                footnotes.append(Footnote(note, f"Fictieve bron {note}, https://example.org/bron/{note}"))
                markers.append(Marker(text.index("?") + 1, note))
            questions.append(Block(n, [n], text, markers))
            if row != unanswered_at and kind == Kind.ANTWOORD:
                answers.append(Block(n, [n], _answer(rng)))
            number += 1
        row += 1
    return Document(
        kind=kind,
        vergaderjaar="2031-2032",
        nummer=4242 + seed,
        title=(
            "Vragen van de leden Jansen (Partij A) en De Vries (Partij B) aan de Minister van Fictieve Zaken "
            "over het bericht «Proef met voorbeeldteksten verloopt voorspoedig» (ingezonden 3 maart 2032)."
        ),
        indieners=[Member("Jansen", "Partij A"), Member("De Vries", "Partij B")],
        gericht_aan="Minister van Fictieve Zaken",
        ingezonden=date(2032, 3, 3),
        beantwoord_door="Minister Voorbeeld (Fictieve Zaken)",
        ontvangen=date(2032, 3, 24),
        zie_ook=[
            Reference(
                RefKind.AANHANGSEL,
                "ah-tk-20312032-1000",
                "https://zoek.officielebekendmakingen.nl/ah-tk-20312032-1000.html",
                "Aanhangsel Handelingen II 2031/32, nr. 1000",
            )
        ],
        questions=questions,
        answers=answers,
        footnotes=footnotes,
        mededeling=(
            "Hierbij deel ik u mede dat de vragen niet binnen de gebruikelijke termijn kunnen worden beantwoord."
            if kind == Kind.MEDEDELING
            else None
        ),
    )
