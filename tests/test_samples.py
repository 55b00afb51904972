"""The bundled (fictional) sample documents: installed as package data, and parsed into the structure
they were written to show (resources/samples/README.md)."""

from __future__ import annotations

import functools
import importlib.resources
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pygments.token import Comment, Keyword, Literal

from reader.core.lexer import KamervragenLexer
from reader.core.model import Document, Kind
from reader.core.parse import detect_format, parse_file

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "resources" / "samples"


@dataclass
class Expected:
    kind: Kind
    id: str
    indieners: list[tuple[str, str]]
    ingezonden: str
    ontvangen: str | None
    questions: list[tuple[str, list[str]]]  # (label, numbers)
    answers: list[tuple[str, list[str]]]
    markers: dict[str, list[int]]  # "q1" / "a2 t/m 4" → the notes whose markers stand in that block
    notes: dict[int, list[str]]  # note number → the ids it cites
    urls: dict[int, list[str]] = field(default_factory=dict)  # note number → its links
    zie_ook: list[str] = field(default_factory=list)
    pairs: int = 0


def _q(*labels: str) -> list[tuple[str, list[str]]]:
    return [(label, re.findall(r"\d+", label)) for label in labels]


_EX = "https://www.example.org/"

EXPECTED: dict[str, Expected] = {
    "ah-tk-20242025-1803.txt": Expected(
        kind=Kind.MEDEDELING,
        id="ah-tk-20242025-1803",
        indieners=[("Hofstede", "BBB")],
        ingezonden="2025-02-10",
        ontvangen="2025-03-03",
        questions=_q("1", "2", "3", "4", "5", "6"),
        answers=[],
        markers={"q1": [1], "q5": [2]},
        notes={1: [], 2: ["kst-31409-388"]},
        urls={1: [_EX + "waddenbode/2025/02/06/vuurtorens-onderhoud"]},
        pairs=6,
    ),
    "ah-tk-20242025-1807.txt": Expected(
        kind=Kind.ANTWOORD,
        id="ah-tk-20242025-1807",
        indieners=[("Maasdijk", "GroenLinks-PvdA"), ("Oudenhoven", "D66")],
        ingezonden="2025-02-13",
        ontvangen="2025-03-05",
        questions=_q("1, 2", "3", "4", "5", "6"),
        answers=_q("1, 2", "3", "4", "5", "6"),
        markers={"q1, 2": [1], "q4": [2], "a6": [3]},
        notes={1: [], 2: ["kst-29984-1187"], 3: []},
        urls={
            1: [_EX + "zandvoorder-courant/stallingspas-station"],
            3: [_EX + "gemeente-zandvoorde/stallingspas"],
        },
        pairs=5,
    ),
    "ah-tk-20242025-1812.txt": Expected(
        kind=Kind.ANTWOORD,
        id="ah-tk-20242025-1812",
        indieners=[("Kortenhoeven", "Nieuw Sociaal Contract")],
        ingezonden="2025-02-14",
        ontvangen="2025-03-07",
        questions=_q(*(str(n) for n in range(1, 16))),
        answers=[("1", ["1"]), ("2 t/m 4", ["2", "3", "4"]), *_q(*(str(n) for n in range(5, 16)))],
        markers={"q1": [1], "q5": [2], "a6": [3], "a13": [4], "a14": [5]},
        notes={1: [], 2: ["kst-24515-812"], 3: ["kst-24515-790"], 4: ["kst-36600-XV-41"], 5: []},
        urls={
            1: [_EX + "dvho/2025/02/08/gratis-lunch-op-school"],
            5: [_EX + "samen-aan-tafel/tussenevaluatie-2025.pdf"],
        },
        pairs=13,
    ),
    "ah-tk-20242025-1815.txt": Expected(
        kind=Kind.ANTWOORD,
        id="ah-tk-20242025-1815",
        indieners=[("Van Roosmalen", "VVD")],
        ingezonden="2025-02-20",
        ontvangen="2025-03-11",
        questions=_q(*(str(n) for n in range(1, 8))),
        answers=_q(*(str(n) for n in range(1, 8))),
        markers={"q1": [1], "q6": [2], "a7": [3]},
        notes={1: [], 2: ["ah-tk-20242025-1807"], 3: ["kst-33846-97"]},
        urls={1: [_EX + "bibliotheekblad/lek-pasportaal"]},
        pairs=7,
    ),
    "ah-tk-20242025-1819.txt": Expected(
        kind=Kind.ANTWOORD,
        id="ah-tk-20242025-1819",
        indieners=[("Hofstede", "BBB")],
        ingezonden="2025-02-10",
        ontvangen="2025-03-13",
        questions=_q("1", "2", "3", "4", "5", "6"),
        answers=[*_q("1", "2", "3", "4"), ("5 en 6", ["5", "6"])],
        markers={"q1": [1], "q5": [2], "a5 en 6": [3]},
        notes={1: [], 2: ["kst-31409-388"], 3: ["ah-tk-20242025-1803"]},
        urls={1: [_EX + "waddenbode/2025/02/06/vuurtorens-onderhoud"]},
        zie_ook=["ah-tk-20242025-1803"],
        pairs=5,
    ),
    "ah-tk-20242025-1822.xml": Expected(
        kind=Kind.ANTWOORD,
        id="ah-tk-20242025-1822",
        indieners=[("Zandbergen", "ChristenUnie")],
        ingezonden="2025-02-24",
        ontvangen="2025-03-14",
        questions=_q("1", "2", "3", "4", "5"),
        answers=_q("1", "2", "3", "4, 5"),
        markers={"q1": [1], "a3": [2], "q5": [3]},
        notes={1: [], 2: ["ah-tk-20242025-1812"], 3: ["kst-30234-412"]},
        urls={1: [_EX + "hoogeveldse-krant/schoolzwemmen"]},
        pairs=4,
    ),
    "ah-tk-20242025-1826.txt": Expected(
        kind=Kind.ANTWOORD,
        id="ah-tk-20242025-1826",
        indieners=[("Bosgraaf", "SP")],
        ingezonden="2025-02-26",
        ontvangen="2025-03-18",
        questions=_q("1", "2", "3 en 4", "5", "6"),
        answers=_q("1", "2", "3 en 4", "5", "6"),
        markers={"q1": [1], "a2": [2], "a5": [3]},
        notes={1: [], 2: ["kst-31936-1204"], 3: []},
        urls={
            1: [_EX + "nieuwsoost/hunzedal-nachtvluchten"],
            3: [_EX + "provincie/brief-luchthavenbesluit-hunzedal"],
        },
        pairs=5,
    ),
    "kv-tk-2025Z05123.txt": Expected(
        kind=Kind.VRAGEN,
        id="kv-tk-2025Z05123",
        indieners=[("Bosgraaf", "SP"), ("Yilmaz-de Boer", "Partij voor de Dieren")],
        ingezonden="2025-03-24",
        ontvangen=None,
        questions=_q(*(str(n) for n in range(1, 9))),
        answers=[],
        markers={"q1": [1], "q2": [2]},
        notes={1: ["ah-tk-20242025-1826"], 2: []},
        urls={2: [_EX + "nieuwsoost/hunzedal-zondagnacht"]},
        pairs=8,
    ),
}

SAMPLE_IDS = {e.id for e in EXPECTED.values()}


@functools.cache
def parsed(name: str) -> Document:
    return parse_file(SAMPLES / name)


# ---- package data ---------------------------------------------------------------------------------------


def test_samples_are_package_data() -> None:
    folder = importlib.resources.files("reader.resources") / "samples"
    names = {entry.name for entry in folder.iterdir()}
    assert set(EXPECTED) | {"README.md"} <= names
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "fictional" in readme.lower()
    for name, exp in EXPECTED.items():
        assert name in readme and exp.id in readme
        assert (folder / name).read_bytes() == (SAMPLES / name).read_bytes()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_file_name_is_the_id(name: str) -> None:
    assert name.rsplit(".", 1)[0] == EXPECTED[name].id


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_samples_hold_no_html(name: str) -> None:
    data = (SAMPLES / name).read_bytes()
    assert detect_format(data) == ("xml" if name.endswith(".xml") else "text")
    text = data.decode("utf-8")
    assert not re.search(r"<(?:html|body|div|p|span|iframe|img|style)\b", text, re.I)
    if name.endswith(".txt"):
        # the only angle brackets are the quoted form input in 1815
        assert ("<" in text) == (name == "ah-tk-20242025-1815.txt")


# ---- the lexer on the text samples (no parser needed) ---------------------------------------------------


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if n.endswith(".txt")))
def test_text_samples_lex(name: str) -> None:
    text = (SAMPLES / name).read_text(encoding="utf-8")
    toks = list(KamervragenLexer().get_tokens(text))
    assert "".join(v for _, v in toks) == text
    exp = EXPECTED[name]
    words = [v for t, v in toks if t is Keyword]
    assert words.count("Vraag") == len(exp.questions)
    answers = sum(1 for w in words if w.startswith("Antwoord"))
    assert answers == len(exp.answers)
    assert ("Mededeling" in words) == (exp.kind is Kind.MEDEDELING)
    assert exp.id in [v for t, v in toks if t is Comment]
    dates = [v for t, v in toks if t is Literal.Date]
    assert len(dates) == (1 if exp.kind is Kind.VRAGEN else 2)


# ---- parsed structure -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_structure(name: str) -> None:
    doc = parsed(name)
    exp = EXPECTED[name]
    assert doc.kind is exp.kind
    assert doc.id == exp.id
    assert doc.vergaderjaar == "2024-2025"
    if exp.kind is Kind.VRAGEN:
        assert doc.zaak == exp.id.removeprefix("kv-tk-")
    else:
        assert doc.nummer == int(exp.id.rsplit("-", 1)[1])
    assert [(m.name, m.party) for m in doc.indieners] == exp.indieners
    assert doc.ingezonden is not None and doc.ingezonden.isoformat() == exp.ingezonden
    assert (doc.ontvangen.isoformat() if doc.ontvangen else None) == exp.ontvangen
    assert [(q.label, q.numbers) for q in doc.questions] == exp.questions
    assert [(a.label, a.numbers) for a in doc.answers] == exp.answers
    assert all(b.text.strip() for b in doc.questions + doc.answers)
    assert len(doc.pairs()) == exp.pairs


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_footnotes(name: str) -> None:
    doc = parsed(name)
    exp = EXPECTED[name]
    markers = {f"q{q.label}": q.footnotes for q in doc.questions if q.footnotes}
    markers |= {f"a{a.label}": a.footnotes for a in doc.answers if a.footnotes}
    assert markers == exp.markers
    assert [f.number for f in doc.footnotes] == sorted(exp.notes)
    for f in doc.footnotes:
        assert [r.id for r in f.references] == exp.notes[f.number], f"note {f.number}"
        assert f.urls == exp.urls.get(f.number, []), f"note {f.number}"


def test_citations_between_samples_resolve() -> None:
    cited = {
        exp.id: sorted({r.id for r in parsed(name).references if r.id in SAMPLE_IDS}) for name, exp in EXPECTED.items()
    }
    assert cited == {
        "ah-tk-20242025-1803": [],
        "ah-tk-20242025-1807": [],
        "ah-tk-20242025-1812": [],
        "ah-tk-20242025-1815": ["ah-tk-20242025-1807"],
        "ah-tk-20242025-1819": ["ah-tk-20242025-1803"],
        "ah-tk-20242025-1822": ["ah-tk-20242025-1812"],
        "ah-tk-20242025-1826": [],
        "kv-tk-2025Z05123": ["ah-tk-20242025-1826"],
    }


def test_postponement_and_its_later_answer() -> None:
    notice = parsed("ah-tk-20242025-1803.txt")
    answer = parsed("ah-tk-20242025-1819.txt")
    assert notice.kind is Kind.MEDEDELING and not notice.answers
    assert notice.mededeling and "tot mijn spijt niet binnen de gebruikelijke termijn" in notice.mededeling
    assert notice.beantwoord_door == answer.beantwoord_door == "Minister Van Velzen (Infrastructuur en Waterstaat)"
    # the same questions, reprinted with the answers
    assert [q.text for q in notice.questions] == [q.text for q in answer.questions]
    assert [r.id for r in answer.zie_ook] == ["ah-tk-20242025-1803"]
    assert answer.mededeling is None


def test_grouped_answers_pair_up() -> None:
    rows = parsed("ah-tk-20242025-1819.txt").pairs()
    assert (rows[-1].questions, rows[-1].answers) == ([4, 5], [4])  # Vraag 5, Vraag 6 → Antwoord 5 en 6
    rows = parsed("ah-tk-20242025-1812.txt").pairs()
    assert (rows[1].questions, rows[1].answers) == ([1, 2, 3], [1])  # Vraag 2–4 → Antwoord 2 t/m 4
    assert all(row.answered for row in rows)


def test_html_like_text_is_kept_as_text() -> None:
    doc = parsed("ah-tk-20242025-1815.txt")
    assert "<b>vet</b>" in doc.questions[2].text
    assert '<a href="https://…">' in doc.questions[2].text
    assert "<script>" in doc.answers[2].text and '<a href="…">' in doc.answers[2].text


def test_long_set_spans_pages_without_furniture() -> None:
    doc = parsed("ah-tk-20242025-1812.txt")
    assert len(doc.pairs()) >= 12
    for block in doc.questions + doc.answers:
        assert "Aanhangsel" not in block.text and "ISSN" not in block.text and "Kamerstuk" not in block.text
    assert doc.answers[4].text.endswith("in het eerste halfjaar van 2024.")  # continued after the page break


def test_paragraph_broken_by_a_page_is_one_paragraph() -> None:
    answer = parsed("ah-tk-20242025-1812.txt").answers[4]  # Antwoord 7, broken mid-sentence by page 2's end
    assert len(answer.paragraphs) == 1
    assert "de scholen in de middagpauze" in answer.text


def test_pypdf_layout_joins_the_question_split_over_the_page() -> None:
    doc = parsed("ah-tk-20242025-1826.txt")
    q34 = doc.questions[2]
    assert q34.text.startswith("Klopt het dat het aantal klachten")
    assert q34.text.endswith("geluidsmetingen rond de luchthaven te controleren?")
    assert "luchthavenbesluit zijn vastgelegd" in doc.answers[1].text


# ---- never copied from the corpus -----------------------------------------------------------------------

_FURNITURE = re.compile(
    r"Tweede Kamer|Vergaderjaar|Vragen gesteld door|regering gegeven|ISSN|Gravenhage|^Vraag|^Antwoord|^Mededeling"
)


@pytest.mark.corpus
def test_samples_are_not_copied_from_the_corpus(corpus: Path) -> None:
    folder = corpus / "txt"
    text = re.sub(r"\s+", " ", " ".join(p.read_text(encoding="utf-8") for p in folder.iterdir()))
    for name in EXPECTED:
        for line in (SAMPLES / name).read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if len(line) >= 40 and not _FURNITURE.search(line):
                assert line not in text, f"{name}: {line!r}"
