"""What a notice says, oral questions, further answers and a notice's subject: fictional sentences in the
phrasing of real notices."""

from __future__ import annotations

import time

import pytest

from reader.core.model import Soort
from reader.core.soort import classify_notice, is_further_answer, is_oral_announcement, notice_subject

POSTPONED = [
    # the standard sentence, with the words glued as PDF extractors leave them
    "De vragen van het lid Verbeek (GroenLinks-PvdA) over het bericht «Brug bij Stavoren dicht»(2024Z17001) "
    "kunnen tot mijn spijt niet binnen de gebruikelijke termijnworden beantwoord.De reden van het uitstel is "
    "dat de afstemming meer tijd vergt.",
    "Hierbij deel ik u mede dat de schriftelijke vragen van het lid Maas (D66) aan de Minister van Financiën "
    "over de muntenvoorraad (ingezonden 2 oktober 2024) niet binnen de gebruikelijke termijn kunnen worden "
    "beantwoord, aangezien nog niet alle benodigde informatie is ontvangen.",
    "Vanwege de nodige afstemming kunnen de vragen niet binnen de gebruikelijke termijn van drie weken worden "
    "beantwoord. Ik zal de Kamer zo spoedig mogelijk de antwoorden doen toekomen.",
    "Helaas is uitstel van beantwoording nodig. Ik streef ernaar de vragen zo spoedig mogelijk te beantwoorden.",
    # a letter to come is still a postponement: the answer is not there yet
    "De vragen zullen worden beantwoord in de brief over de voortgang die ik voor de zomer aan uw Kamer stuur.",
]


@pytest.mark.parametrize("text", POSTPONED)
def test_postponement(text: str) -> None:
    assert classify_notice(text) == (Soort.UITSTEL, [])


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        (
            "De schriftelijke vragen van de leden Visser, Bakker en Van Aalst over\nHet sluizenplan (ingezonden "
            "3 mei 2024)\nzijn beantwoord middels een brief over Sluizen en dijken (36 471-64) op 7 juni 2024.",
            ["kst-36471-64"],
        ),
        (
            "De vragen zijn beantwoord bij brief van 3 april 2024 (Kamerstuk 21 501-32, nr. 1600).",
            ["kst-21501-32-1600"],
        ),
        (
            "Voor de beantwoording van deze vragen verwijs ik naar mijn brief van 12 maart 2024 (Kamerstuk 31 839, "
            "nr. 999).",
            ["kst-31839-999"],
        ),
        ("De vragen zijn meegenomen in de Kamerbrief over de visserij (21 501-32-1601).", ["kst-21501-32-1601"]),
        (
            "Deze vragen konden niet binnen de gebruikelijke termijn worden beantwoord; zij zijn inmiddels "
            "beantwoord bij brief van 7 juni 2024 (Kamerstukken II 2023/24, 29 544, nr. 1250).",
            ["kst-29544-1250"],
        ),
    ],
)
def test_answered_by_letter_names_the_letter(text: str, ids: list[str]) -> None:
    soort, refs = classify_notice(text)
    assert soort == Soort.PER_BRIEF
    assert [r.id for r in refs] == ids
    assert refs[0].url == f"https://zoek.officielebekendmakingen.nl/{ids[0]}.html"


def test_answered_by_letter_without_a_citation_is_still_per_brief() -> None:
    assert classify_notice("De vragen zijn beantwoord in de brief van gisteren.") == (Soort.PER_BRIEF, [])


@pytest.mark.parametrize(
    "text",
    [
        "Het lid De Boer heeft zijn vragen over de havenuitbreiding ingetrokken.",
        "De schriftelijke vragen van het lid Kok (SP) over de bibliotheek (ingezonden 1 maart 2024) zijn ingetrokken.",
        "Het lid Smit trekt de vragen over het busvervoer in.",
    ],
)
def test_withdrawn(text: str) -> None:
    assert classify_notice(text) == (Soort.INGETROKKEN, [])


def test_another_notice() -> None:
    assert classify_notice("De Minister deelt mee dat de vragen aan een ander lid van het kabinet zijn gericht.") == (
        Soort.OVERIG,
        [],
    )


def test_oral_announcements() -> None:
    assert is_oral_announcement(
        "Tweede Kamer der Staten-Generaal2\nVergaderjaar 2024–2025 Vragen gesteld door de leden der Kamer\n \n"
        "2024Z19999\nMondelinge vragen van het lid Klaassen (CDA) aan de Minister voor Economische\nZaken over "
        "het bericht «App leest berichten» (ingezonden 19 november 2024)"
    )
    assert is_oral_announcement(
        "Vragen van het lid Pieters (VVD), te stellen in het vragenuur van dinsdag 3 december 2024, aan de "
        "Minister van Defensie over de kazerne (ingezonden 2 december 2024)."
    )
    # written questions that quote a past question hour are written questions
    assert not is_oral_announcement(
        "Vragen van het lid Pieters (VVD) aan de Minister over de opvang (ingezonden 24 oktober 2024).\nVraag 1\n"
        "Wat bedoelde u toen u tijdens het vragenuur van 15 oktober jl. zei dat alles op orde was?"
    )
    assert not is_oral_announcement("Vragen van het lid Pieters (VVD) aan de Minister over de opvang.")


def test_further_answer() -> None:
    assert is_further_answer("Nader antwoord van Minister Jansen (Financiën) (ontvangen 3 mei 2024).")
    assert is_further_answer("Aanvullende antwoorden op vragen van het lid De Vries")
    assert not is_further_answer("Antwoord van Minister Jansen (Financiën) (ontvangen 3 mei 2024).")
    assert not is_further_answer("Vragen van het lid Kok (SP) over het nader antwoord op eerdere vragen.")
    assert is_further_answer("Vragen van het lid Kok (SP) over de munten.\nNader antwoord van Minister Jansen.")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Hierbij deel ik u mede dat de schriftelijke vragen van het lid Maas (D66) van uw Kamer aan de Minister "
            "van Financiën over het bericht «Munten: 65% meer vraag is onhoudbaar»(ingezonden 2 oktober 2024) niet "
            "binnen de gebruikelijke termijn kunnen worden beantwoord.",
            "het bericht «Munten: 65% meer vraag is onhoudbaar»",
        ),
        (
            "Op 6 november jl. hebben de leden Dekker en Bos (beiden GroenLinks-PvdA) schriftelijke vragen gesteld "
            "aan de minister van Landbouw over de berichten dat Friese geiten te veel lood binnenkrijgen.\n\nVanwege "
            "de nodige afstemming kunnen de vragen niet binnen de gebruikelijke termijn worden beantwoord.",
            "de berichten dat Friese geiten te veel lood binnenkrijgen",
        ),
        (
            "De vragen van de leden Visser en Bakker over Juridische analyse(s) van het sluizenplan (ingezonden "
            "30 mei 2024) zijn beantwoord middels een brief (36 471-64).",
            "Juridische analyse(s) van het sluizenplan",
        ),
        ("Het lid De Boer heeft zijn vragen over de havenuitbreiding ingetrokken.", "de havenuitbreiding"),
        ("De vragen zullen worden beantwoord in de brief over de voortgang.", None),
    ],
)
def test_notice_subject(text: str, subject: str | None) -> None:
    assert notice_subject(text) == subject


@pytest.mark.parametrize(
    "unit", ["vragen over ", "vragen van het lid over «", "zijn beantwoord in de brief ", "(12 345-6) "]
)
def test_hostile_notices_read_a_bounded_prefix(unit: str) -> None:
    def timed(size: int) -> float:
        text = unit * (size // len(unit))
        start = time.perf_counter()
        classify_notice(text)
        notice_subject(text)
        is_oral_announcement(text)
        is_further_answer(text)
        return time.perf_counter() - start

    timed(40_000)  # warm up
    small = min(timed(40_000) for _ in range(3))
    big = min(timed(4_000_000) for _ in range(3))
    # a hundred times the text costs about the same: only the slicing of the prefix grows
    assert big < 3 * small + 0.05
