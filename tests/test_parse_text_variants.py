"""Layouts and variants of real documents the corpus does not hold (issue 11, "unseen-variant misses"):
a heading with a separator left out, "het lid" before a later member's name, the next set's header glued to
the last question of a copied text, a numbered list inside a question. Fixtures are fictional."""

from __future__ import annotations

from reader.core.header import parse_header
from reader.core.labels import numbers_of, parse_heading
from reader.core.parse_text import parse_text

HEADER = (
    "Vragen van het lid Veldhuis (D66) aan de Minister van Infrastructuur en Waterstaat over de fietsbrug bij\n"
    "Ooltgensplaat (ingezonden 3 maart 2024).\n"
    "Antwoord van Minister Brandsma (Infrastructuur en Waterstaat) (ontvangen 20 maart 2024).\n"
)


def test_a_grouped_heading_with_a_separator_left_out():
    kind, label = parse_heading("Vraag 7, 8, 9 10 en 11") or ("", "")
    assert (kind, numbers_of(label)) == ("vraag", ["7", "8", "9", "10", "11"])
    text = HEADER + "".join(f"Vraag {n}\nVraag {n}?\n" for n in range(7, 12)) + "Antwoord 7, 8, 9 10 en 11\nJa.\n"
    doc = parse_text(text)
    assert doc.answers[0].numbers == ["7", "8", "9", "10", "11"]
    assert [len(p.answers) for p in doc.pairs()] == [1]  # one row: the five questions beside their answer


def test_het_lid_is_no_part_of_a_members_name():
    for joined in (" en het lid ", ", het lid ", " mede namens het lid ", " en van het lid "):
        header = parse_header(
            f"Vragen van het lid Veldhuis (D66){joined}De Wit (SP) aan de Minister van Financiën over de rente "
            "(ingezonden 3 maart 2024)."
        )
        assert [(m.name, m.party) for m in header.indieners] == [("Veldhuis", "D66"), ("De Wit", "SP")], joined


# Word-style copies: one paragraph a line (long lines are the layout, not a slip)
NEXT_SET = (
    "2024Z30010\n\n(ingezonden 4 november 2024)\n\n"
    "Vragen van het lid Tjalma (GroenLinks-PvdA) aan de minister van Justitie en Veiligheid over de veerpont bij "
    "Ooltgensplaat\n\n"
    "Kent u het bericht over de veerpont?\n\n"
    "Deelt u de mening dat de pont moet blijven varen? Zo nee, waarom niet?{glue}Vragen van het lid Bakker (CDA) "
    "aan de minister van Infrastructuur en Waterstaat over de sluizen (ingezonden 5 november 2024). Vraagnummer: "
    "2024Z30011\n\n"
    "Wanneer gaan de sluizen open?\n"
)


def test_the_next_sets_header_glued_to_the_last_question_ends_the_set():
    for glue in ("", " ", "\n"):
        doc = parse_text(NEXT_SET.replace("{glue}", glue))
        assert doc.id == "kv-tk-2024Z30010"
        assert doc.subject == "de veerpont bij Ooltgensplaat"
        assert [q.text for q in doc.questions] == [
            "Kent u het bericht over de veerpont?",
            "Deelt u de mening dat de pont moet blijven varen? Zo nee, waarom niet?",
        ], repr(glue)


def test_questions_that_name_earlier_questions_are_not_cut():
    text = HEADER + (
        "Vraag 1\nKent u de eerdere vragen?\nAntwoord 1\n"
        "Ja. Vragen van het lid Veldhuis aan de Minister van Financiën over de rente (ingezonden 1 februari\n"
        "2024) heb ik op 2 maart beantwoord.\n"
    )
    assert parse_text(text).answers[0].text.endswith("heb ik op 2 maart beantwoord.")


NUMBERED_LIST = """AH 779

2024Z30012

Antwoord van minister Terpstra (Defensie) (ontvangen 5 december 2024)


1. Kent u het bericht over de kazerne in Ooltgensplaat?

Antwoord:
Ja.

2. Welke maatregelen neemt u voor:

1. de toegangsweg;

2. de parkeerplaats;

3. de wachtpost?

Antwoord:
Voor alle drie loopt een aanbesteding:

1. eerst de weg;

2. dan de parkeerplaats.

3. Wanneer is de kazerne klaar?

Antwoord:
In 2026.
"""


def test_a_numbered_list_inside_a_question_or_answer_is_no_new_question():
    doc = parse_text(NUMBERED_LIST)
    assert [q.label for q in doc.questions] == ["1", "2", "3"]
    assert doc.questions[1].text.endswith("2. de parkeerplaats;\n\n3. de wachtpost?")
    assert [(a.numbers, a.text[:14]) for a in doc.answers] == [
        (["1"], "Ja."),
        (["2"], "Voor alle drie"),
        (["3"], "In 2026."),
    ]
    assert "1. eerst de weg;" in doc.answers[1].text
