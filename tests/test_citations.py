"""Citations in running text: every family, Staatsblad and Staatscourant, spans in the text as given."""

from __future__ import annotations

import pytest

from reader.core.citations import find_citations, find_references, find_urls, normalise, reference_of_id
from reader.core.model import RefKind


def spans(text: str) -> list[tuple[str, str]]:
    return [(text[c.start : c.end], c.reference.id) for c in find_citations(text)]


@pytest.mark.parametrize(
    ("text", "doc_id"),
    [
        ("(Staatsblad 2020, 118)", "stb-2020-118"),
        ("zie Stb. 2019, 5 voor de wet", "stb-2019-5"),
        ("Stb 2021, nr. 300", "stb-2021-300"),
        ("Staatsblad 2018 nr. 12", "stb-2018-12"),
        ("gepubliceerd in de Staatscourant 2021, 12345.", "stcrt-2021-12345"),
        ("Stcrt. 2022, nr. 4567", "stcrt-2022-4567"),
        ("de regeling (stcrt-2020-9876)", "stcrt-2020-9876"),
        ("het besluit stb-2020-118 trad in werking", "stb-2020-118"),
    ],
)
def test_staatsblad_and_staatscourant(text: str, doc_id: str) -> None:
    refs = find_references(text)
    assert [r.id for r in refs] == [doc_id]
    kind = RefKind.STAATSBLAD if doc_id.startswith("stb") else RefKind.STAATSCOURANT
    assert refs[0].kind == kind
    assert refs[0].url == f"https://zoek.officielebekendmakingen.nl/{doc_id}.html"


def test_a_year_alone_is_no_gazette_citation() -> None:
    assert find_references("Staatsblad 1650, 3 en Stb. van toen") == []
    assert find_references("het Staatsblad van 2020") == []


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("Aanhangsel Handelingen II, vergaderjaar 2018–2019, nr. 1989", ["ah-tk-20182019-1989"]),
        ("Aanhangsel Handelingen I, vergaderjaar 2019–2020, nrs. 12 en 13", ["ah-ek-20192020-12", "ah-ek-20192020-13"]),
        ("Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel van de Handelingen, nr. 2386", ["ah-tk-20232024-2386"]),
        ("Kamervragen (Aanhangsel) 2023–2024, nr. 2267", ["ah-tk-20232024-2267"]),
        ("Handelingen II 2023/24, Aanhangsel van de Handelingen, nr. 1045", ["ah-tk-20232024-1045"]),
        ("Kamerstukken II 2018/19, 29 544, nr. 123", ["kst-29544-123"]),
        ("(36 800 XVI, nr. 12)", ["kst-36800-XVI-12"]),
        ("Kamerstuk 21 501-02, nr. 2498", ["kst-21501-02-2498"]),
        ("29 629, 32 761, nr. 1156", ["kst-29629-1156"]),
        ("Handelingen II 2019/20, nr. 96, item 7", ["h-tk-20192020-96-7"]),
        ("Eerste Kamer, 36 373, H", ["kst-36373-H"]),
        ("zie kv-tk-2024Z18436 en ah-tk-20232024-1283", ["kv-tk-2024Z18436", "ah-tk-20232024-1283"]),
        ("Aanhangsel Handelingen, vergaderjaar 2022–203, nr. 5", ["ah-tk-20222023-5"]),
    ],
)
def test_every_family_in_running_text(text: str, ids: list[str]) -> None:
    assert [r.id for r in find_references(text)] == ids
    assert [c.reference.id for c in find_citations(f"In het antwoord ({text}) staat het.")] == ids


def test_a_vergaderjaar_without_a_number_cites_nothing() -> None:
    # the second year used to give up its last digit as the number ("2018-201" + "9")
    assert find_references("Aanhangsel Handelingen II, vergaderjaar 2018–2019") == []


def test_spans_are_in_the_text_as_given() -> None:
    text = (
        "Dat staat in de wet (Staatsblad 2020, 118). Zie ook Kamerstuk 29 544,\n  nr. 12 en 13; en\u00a0Aanhangsel "
        "Handelingen II, verga-\nderjaar 2018–2019, nrs. 3932 en 584."
    )
    assert spans(text) == [
        ("Staatsblad 2020, 118", "stb-2020-118"),
        ("Kamerstuk 29 544,\n  nr. 12", "kst-29544-12"),
        ("13", "kst-29544-13"),
        ("Aanhangsel Handelingen II, verga-\nderjaar 2018–2019, nrs. 3932", "ah-tk-20182019-3932"),
        ("584", "ah-tk-20182019-584"),
    ]


def test_spans_after_removed_characters_and_paragraph_breaks() -> None:
    text = "Een\u00ad\nwoord\ufffe.\n\n\n   Stb.\u00a02021,\n\n nr. 7 en\tStcrt. 2021, 999"
    assert spans(text) == [("Stb.\u00a02021,\n\n nr. 7", "stb-2021-7"), ("Stcrt. 2021, 999", "stcrt-2021-999")]


def test_a_recurring_citation_is_found_each_time_but_referenced_once() -> None:
    text = "Stb. 2020, 118 en nogmaals Staatsblad 2020, 118."
    assert [c.reference.id for c in find_citations(text)] == ["stb-2020-118", "stb-2020-118"]
    assert [r.id for r in find_references(text)] == ["stb-2020-118"]


def test_no_citation_in_plain_numbers() -> None:
    assert find_citations("In 2020 waren er 12 345 meldingen en 29 544 klachten, 3.000 euro.") == []
    assert find_citations("") == []


def test_reference_of_id_knows_every_family() -> None:
    assert reference_of_id("stb-2020-118").kind == RefKind.STAATSBLAD  # type: ignore[union-attr]
    assert reference_of_id("stcrt-2020-5").kind == RefKind.STAATSCOURANT  # type: ignore[union-attr]
    assert reference_of_id("kst-36471-64").kind == RefKind.KAMERSTUK  # type: ignore[union-attr]
    assert reference_of_id("h-tk-20192020-96-7").kind == RefKind.HANDELINGEN  # type: ignore[union-attr]
    assert reference_of_id("nds-2020-1") is None
    assert reference_of_id("blg-12345") is None


def test_normalise_unchanged_behaviour() -> None:
    assert normalise("  verga-\n  derjaar\u00a02018–2019 \n nr.\u00ad\n1 ") == "vergaderjaar 2018-2019 nr.1"
    assert normalise("a \ufffe b") == "a b"


def test_urls_rejoined_and_trimmed() -> None:
    text = "Zie https://www.example.nl/a-\nb/c). En (www.voorbeeld.nl/x_(y)). En https://x.nl/a/\nZie verder."
    assert find_urls(text) == ["https://www.example.nl/a-b/c", "www.voorbeeld.nl/x_(y)", "https://x.nl/a/"]
