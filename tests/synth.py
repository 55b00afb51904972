"""Fictional documents in the real layouts, for tests, benchmarks and demos of the library.

Members, parties and subjects are invented; the structure follows the real documents: answered sets,
postponement notices followed by their answer ("Zie ook" pointing to the notice, the same questions),
open questions (kv-tk-…), footnotes citing Aanhangsel documents (some generated here, some not), Kamerstukken
and web pages, Dutch text with diacritics and a skewed word distribution (so that some words are in most
documents and most words in few, as in real text). Deterministic for a given seed.

    python tests/synth.py write COUNT FOLDER [--seed N]     text files in the official PDF layout
    python tests/synth.py store COUNT --library FILE [--seed N]   Documents stored directly
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from reader.core.citations import find_references, official_url
from reader.core.model import Block, Document, Footnote, Kind, Marker, Member, Reference, RefKind

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]  # fmt: skip

PARTIES = ["Polderpartij", "NVP", "Groen Links Oost", "BDB", "Partij voor Water", "Lijst Ter Horst", "SVU",
           "Christelijk Midden", "Vrije Liberalen", "Sociaal Verbond", "PvdR", "Groep Çelik"]  # fmt: skip
FIRST = ["", "", "", "Inge ", "Joost ", "Fleur ", "Daniëlle ", "Sem ", "Noor ", "Gijs ", "Aïsha ", "Bram "]
SURNAMES = ["Gabriëls", "Van Aalst", "De Bruijn-Kemal", "Ouali", "Çelik", "Jansen-Verhoef", "Van Dam",
            "Kerkhof", "Brouwer", "Van der Weij", "Öztürk", "El Idrissi", "Mulder", "Smit-Hendriks", "Terpstra",
            "Van den Heuvel", "Bakker", "Hoekstra", "De Vries", "Visser", "Koç", "Zwart", "Meijer", "Peeters",
            "Van Dijk", "Dekker", "Bos", "Kramer", "Postma", "Wijnands", "Ruïs", "Hagenaar"]  # fmt: skip
MINISTRIES = ["Financiën", "Justitie en Veiligheid", "Volksgezondheid, Welzijn en Sport",
              "Onderwijs, Cultuur en Wetenschap", "Infrastructuur en Waterstaat", "Sociale Zaken en Werkgelegenheid",
              "Economische Zaken en Klimaat", "Binnenlandse Zaken en Koninkrijksrelaties", "Buitenlandse Zaken",
              "Landbouw, Natuur en Voedselkwaliteit", "Defensie", "Asiel en Migratie"]  # fmt: skip
OFFICIALS = ["Van Rooij", "Ter Laak", "Kuipers", "De Graaf", "Ammerlaan", "Vermeulen", "Schouten", "Dijkhoff"]
TOPICS = ["de sluiting van het zwembad in", "de wachtlijsten in de jeugdzorg in", "de coördinatie van de hulp in",
          "het bericht over de dijkversterking bij", "de financiële problemen van de gemeente",
          "de reünie van veteranen in", "het tekort aan leraren in", "de ideeën over een tweede brug bij",
          "de cliënten van de sociale dienst in", "de geïnformeerde toestemming in de zorg in",
          "één loket voor ondernemers in", "het café-verbod in", "de zeeën rond Curaçao en",
          "de luchtkwaliteit rond", "de bereikbaarheid van het ziekenhuis in"]  # fmt: skip
PLACES = ["Zuiderveen", "Oosterwolde", "Ter Apel-Noord", "Hoogeloon", "Westerhaar", "Blijdorp", "Noorddijk",
          "Egmond-Binnen", "Klein-Brabant", "Lemmerveld", "Sint-Anna", "Ouddorp", "Bonaire", "Mookhoek"]  # fmt: skip

# Dutch words, most frequent first; sentences draw words with weights 1/rank (Zipf's law)
_WORD_TEXT = """
de het een van en in te dat op is voor niet met zijn er aan om ook als bij door maar worden kunnen hebben deze
naar over uit nog dan wel wordt meer geen tot heeft zou moet minister kabinet gemeente beleid onderzoek
situatie maatregelen informatie kamer mening bericht gevolgen mogelijk bereid provincie regering toezicht
uitvoering afspraken overleg jaar middelen burgers inwoners zorg onderwijs veiligheid wet regels wetgeving
toekomst financiering kosten gesprek stappen resultaten aantal rapport beeld inzet instanties organisaties
ondernemers ouders kinderen leerlingen patiënten cliënten ziekenhuis school politie rechter inspectie
toezichthouder netbeheerder waterschap dijk haven spoor snelweg brug subsidie regeling aanvraag vergunning
besluit evaluatie monitor signalen klachten gevallen risico's oorzaken coördinatie financiële één geïnformeerd
ideeën reünie zeeën privé café België enquête coöperatie geëvalueerd geïnvesteerd beïnvloed overeenkomst
uitgangspunt voorzichtigheid duurzaamheid energie stikstof woningbouw huurders corporaties vergunningverlening
handhaving opsporing preventie jeugdzorg ggz huisartsen wachttijden wachtlijsten personeel tekort arbeidsmarkt
loon pensioen uitkering toeslagen belasting douane defensie materieel missie ambassade visum asiel opvang
migratie integratie inburgering taal cultuur erfgoed museum sport vereniging vrijwilligers digitalisering
privacy algoritme gegevens datalek cyberaanval storing betaalbaarheid bereikbaarheid leefbaarheid natuur
stikstofdepositie landbouw visserij garnalenvissers mest drinkwater grondwater bodemdaling aardbevingen
versterking schadeafhandeling compensatie"""
WORDS = tuple(_WORD_TEXT.split())


GENERIC = 60  # the first words are function words and words every set has ("minister", "kabinet", …)


def _compounds(size: int = 10_000) -> tuple[str, ...]:
    """Dutch-style compounds of the content words ("zorgwachtlijsten"): a long tail of rare words."""
    r = random.Random(0)
    parts = [w for w in WORDS[GENERIC:] if len(w) > 4 and w.isalpha()]
    compounds: dict[str, None] = {}
    while len(compounds) < size:
        compounds.setdefault(r.choice(parts) + r.choice(parts))
    return tuple(compounds)


COMPOUNDS = _compounds()
VOCABULARY = WORDS + COMPOUNDS
_GENERIC_WEIGHTS = list(itertools.accumulate(1.0 / (i + 1) for i in range(GENERIC)))
_WEIGHTS = list(itertools.accumulate(1.0 / (i + 1) for i in range(len(VOCABULARY))))


def _day_text(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _vj(start: int) -> str:
    return f"{start}-{start + 1}"


class _Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.members = [Member(self.r.choice(FIRST) + s, self.r.choice(PARTIES)) for s in SURNAMES for _ in range(3)]
        self.generated: list[str] = []
        self.topic: list[str] = list(WORDS[GENERIC : GENERIC + 10])
        self.zaak = 10_000

    def start_document(self) -> None:
        """Choose the document's topic: a few content words and compounds that its text keeps using, so
        that a content word occurs in a few percent of the documents, as in real text."""
        self.topic = self.r.sample(WORDS[GENERIC:], 10) + self.r.sample(COMPOUNDS, 4)

    def sentence(self, lo: int = 6, hi: int = 22, question: bool = False) -> str:
        n = self.r.randint(lo, hi)
        topical = n * 3 // 10
        rare = 1 if self.r.random() < 0.3 else 0
        words = (
            self.r.choices(WORDS[:GENERIC], cum_weights=_GENERIC_WEIGHTS, k=n - topical - rare)
            + self.r.choices(self.topic, k=topical)
            + self.r.choices(VOCABULARY, cum_weights=_WEIGHTS, k=rare)
        )
        self.r.shuffle(words)
        text = " ".join(words)
        return text[0].upper() + text[1:] + ("?" if question else ".")

    def paragraph(self, sentences: int, question: bool = False) -> str:
        return " ".join(self.sentence(question=question and i == sentences - 1) for i in range(sentences))

    def footnote(self, number: int, year: int) -> Footnote:
        kind = self.r.random()
        if kind < 0.35 and self.generated:
            cited = self.r.choice(self.generated[-2000:])
            vj, nr = cited.split("-")[2], cited.split("-")[3]
            text = f"Aanhangsel Handelingen II, vergaderjaar {vj[:4]}–{vj[4:]}, nr. {nr}"
            return Footnote(number, text, [Reference(RefKind.AANHANGSEL, cited, official_url(cited), text)])
        if kind < 0.5:  # an Aanhangsel document from before the generated years: not in the library
            old = self.r.randint(1, 3000)
            cited = f"ah-tk-19901991-{old}"
            text = f"Aanhangsel Handelingen II, vergaderjaar 1990–1991, nr. {old}"
            return Footnote(number, text, [Reference(RefKind.AANHANGSEL, cited, official_url(cited), text)])
        if kind < 0.8:
            dossier, stuk = self.r.randint(21000, 36999), self.r.randint(1, 400)
            cited = f"kst-{dossier}-{stuk}"
            text = f"Kamerstuk {str(dossier)[:2]} {str(dossier)[2:]}, nr. {stuk}"
            return Footnote(number, text, [Reference(RefKind.KAMERSTUK, cited, official_url(cited), text)])
        url = f"https://www.nieuwsbron-{self.r.randint(1, 40)}.nl/artikel/{self.r.randint(1000, 99999)}"
        return Footnote(number, f"{self.sentence(3, 8)} {url}", [], [url])

    def header(self, members: list[Member], ministry: str, subject: str, sent: date) -> str:
        if len(members) == 1:
            who = f"het lid {members[0].name} ({members[0].party})"
        else:
            names = ", ".join(f"{m.name} ({m.party})" for m in members[:-1])
            who = f"de leden {names} en {members[-1].name} ({members[-1].party})"
        return f"Vragen van {who} aan de Minister van {ministry} over {subject} (ingezonden {_day_text(sent)})."

    def questions_and_answers(
        self, n: int, answered: bool, year: int
    ) -> tuple[list[Block], list[Block], list[Footnote]]:
        questions: list[Block] = []
        answers: list[Block] = []
        notes: list[Footnote] = []
        for i in range(1, n + 1):
            text = self.paragraph(self.r.randint(1, 4), question=True)
            markers = []
            if self.r.random() < 0.3:
                notes.append(self.footnote(len(notes) + 1, year))
                markers.append(Marker(len(text), len(notes)))
            questions.append(Block(str(i), [str(i)], text, markers))
            if answered:
                paras = [self.paragraph(self.r.randint(2, 7)) for _ in range(self.r.randint(1, 3))]
                answers.append(Block(str(i), [str(i)], "\n\n".join(paras)))
        return questions, answers, notes


def documents(count: int, seed: int = 1, first_year: int = 1995, last_year: int = 2025) -> Iterator[Document]:
    """`count` fictional documents, oldest first; about 85% answers, 5% notices (each followed by its
    answer), 10% open questions (in the last years only)."""
    g = _Gen(seed)
    years = list(range(first_year, last_year))
    per_year = max(1, count // len(years))
    numbers: dict[int, int] = {}
    pending: list[Document] = []  # notices whose answer is still to come
    made = 0
    while made < count:
        year = years[min(made // per_year, len(years) - 1)]
        if pending and (g.r.random() < 0.3 or made >= count - len(pending)):
            doc = _answer_after(g, pending.pop(0), numbers)
        else:
            roll = g.r.random()
            if roll < 0.10:  # open questions exist only for the last years
                kind = Kind.VRAGEN if year >= last_year - 3 else Kind.ANTWOORD
            else:
                kind = Kind.MEDEDELING if roll < 0.15 else Kind.ANTWOORD
            doc = _new_set(g, kind, year, numbers)
            if kind == Kind.MEDEDELING and made + len(pending) + 1 < count:
                pending.append(doc)
        doc.source_text = render_text(doc)
        if doc.kind != Kind.VRAGEN and doc.id:
            g.generated.append(doc.id)
        made += 1
        yield doc


def _next_number(numbers: dict[int, int], year: int) -> int:
    numbers[year] = numbers.get(year, 0) + 1
    return numbers[year]


def _new_set(g: _Gen, kind: Kind, year: int, numbers: dict[int, int]) -> Document:
    g.start_document()
    members = g.r.sample(g.members, g.r.choice([1, 1, 1, 2, 2, 3]))
    ministry = g.r.choice(MINISTRIES)
    subject = f"{g.r.choice(TOPICS)} {g.r.choice(PLACES)}"
    sent = date(year, 9, 20) + timedelta(days=g.r.randint(0, 330))
    answered = kind == Kind.ANTWOORD
    questions, answers, notes = g.questions_and_answers(g.r.randint(1, 12), answered, year)
    doc = Document(
        kind=kind, vergaderjaar=_vj(year), title=g.header(members, ministry, subject, sent),
        indieners=[Member(m.name, m.party) for m in members], gericht_aan=f"Minister van {ministry}",
        ingezonden=sent, questions=questions, answers=answers, footnotes=notes,
    )  # fmt: skip
    if kind == Kind.VRAGEN:
        g.zaak += g.r.randint(1, 40)  # unique, increasing like the real numbers
        doc.zaak = f"{sent.year}Z{g.zaak % 100_000:05d}"
        return doc
    doc.nummer = _next_number(numbers, year)
    official = g.r.choice(OFFICIALS)
    doc.beantwoord_door = f"Minister {official} ({ministry})"
    doc.ontvangen = sent + timedelta(days=g.r.randint(20, 35) if kind == Kind.MEDEDELING else g.r.randint(4, 80))
    if kind == Kind.MEDEDELING:
        doc.mededeling = (
            f"De vragen van {doc.indieners[0].name} over {subject} kunnen tot mijn spijt niet binnen de "
            "gebruikelijke termijn worden beantwoord. " + g.paragraph(2)
        )
    return doc


def _answer_after(g: _Gen, notice: Document, numbers: dict[int, int]) -> Document:
    """The later answer to a postponed set: the same questions, "Zie ook" pointing to the notice."""
    assert notice.id and notice.ontvangen and notice.vergaderjaar
    g.start_document()
    answers = [Block(q.label, list(q.numbers), g.paragraph(g.r.randint(2, 6))) for q in notice.questions]
    ref_text = f"Aanhangsel Handelingen, vergaderjaar {notice.vergaderjaar.replace('-', '–')}, nr. {notice.nummer}"
    nummer = _next_number(numbers, int(notice.vergaderjaar[:4]))
    notes = [Footnote(f.number, f.text, list(f.references), list(f.urls)) for f in notice.footnotes]
    return Document(
        kind=Kind.ANTWOORD, vergaderjaar=notice.vergaderjaar, nummer=nummer,
        title=notice.title, indieners=[Member(m.name, m.party) for m in notice.indieners],
        gericht_aan=notice.gericht_aan, ingezonden=notice.ingezonden, beantwoord_door=notice.beantwoord_door,
        ontvangen=notice.ontvangen + timedelta(days=g.r.randint(10, 60)),
        zie_ook=[Reference(RefKind.AANHANGSEL, notice.id, official_url(notice.id), ref_text)],
        questions=[Block(q.label, list(q.numbers), q.text, list(q.markers)) for q in notice.questions],
        answers=answers, footnotes=notes,
    )  # fmt: skip


def _wrap(text: str, width: int = 78) -> str:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return "\n".join(lines)


def render_text(doc: Document) -> str:
    """The document as text copied out of the official PDF (first-page masthead, headings, notes, id)."""
    vj = (doc.vergaderjaar or "").replace("-", "–")
    out = ["Tweede Kamer der Staten-Generaal2"]
    if doc.kind == Kind.VRAGEN:
        out += [f"Vergaderjaar {vj} Vragen gesteld door de leden der Kamer", "", doc.zaak or ""]
    else:
        out += [f"Vergaderjaar {vj} Aanhangsel van de Handelingen",
                "Vragen gesteld door de leden der Kamer, met de daarop door de", "regering gegeven antwoorden",
                str(doc.nummer)]  # fmt: skip
    out.append(_wrap(doc.title or ""))
    if doc.kind != Kind.VRAGEN and doc.ontvangen:
        what = "Mededeling" if doc.kind == Kind.MEDEDELING else "Antwoord"
        out.append(_wrap(f"{what} van {doc.beantwoord_door} (ontvangen {_day_text(doc.ontvangen)})."))
    for ref in doc.zie_ook:
        out.append(_wrap(f"Zie ook {ref.text}."))
    out.append("")
    for i, q in enumerate(doc.questions):
        marks = "".join(str(m.number) for m in q.markers)
        out += [f"Vraag {q.label}", _wrap(q.text + marks), ""]
        if doc.kind == Kind.ANTWOORD and i < len(doc.answers):
            a = doc.answers[i]
            out += [f"Antwoord {a.label}", "\n\n".join(_wrap(p) for p in a.paragraphs), ""]
    if doc.kind == Kind.MEDEDELING and doc.mededeling:
        out += ["Mededeling", _wrap(doc.mededeling), ""]
    for f in doc.footnotes:
        out.append(f"{f.number} {f.text}")
    if doc.id:
        out.append(doc.id)
    out.append(f"Tweede Kamer, vergaderjaar {vj}, Aanhangsel 1")
    return "\n".join(out) + "\n"


def make_document(
    nummer: int | None = 1,
    year: str | None = "2023-2024",
    kind: Kind = Kind.ANTWOORD,
    *,
    members: tuple[tuple[str, str | None], ...] = (("Inge Gabriëls", "Polderpartij"),),
    to: str = "Minister van Financiën",
    subject: str = "de sluiting van het zwembad in Zuiderveen",
    ingezonden: date | None = date(2024, 1, 10),
    ontvangen: date | None = date(2024, 2, 1),
    answerer: str | None = "Minister Van Rooij (Financiën)",
    questions: tuple[str, ...] = ("Bent u bekend met het bericht over het zwembad?",),
    answers: tuple[str, ...] | None = None,
    footnotes: tuple[str, ...] = (),
    zie_ook: tuple[str, ...] = (),
    zaak: str | None = None,
    mededeling: str | None = None,
    source_format: str = "text",
) -> Document:
    """One fictional document for tests, with sensible defaults: an answered set by one member.

    `answers` defaults to one answer per question for kind antwoord (none otherwise); `footnotes` are
    note texts whose citations are recognised as the parser would; `zie_ook` lists cited ids."""
    if answers is None:
        answers = (
            tuple(f"Antwoord op vraag {i + 1}: ja." for i in range(len(questions))) if kind == Kind.ANTWOORD else ()
        )
    indieners = [Member(n, p) for n, p in members]
    if len(indieners) == 1:
        who = f"het lid {members[0][0]} ({members[0][1]})"
    else:
        who = "de leden " + " en ".join(f"{n} ({p})" for n, p in members)
    sent = f" (ingezonden {_day_text(ingezonden)})" if ingezonden else ""
    title = f"Vragen van {who} aan de {to} over {subject}{sent}."
    doc = Document(
        kind=kind, vergaderjaar=year, nummer=nummer, zaak=zaak, title=title,
        indieners=indieners, gericht_aan=to, ingezonden=ingezonden,
        beantwoord_door=answerer if kind != Kind.VRAGEN else None, ontvangen=ontvangen if kind != Kind.VRAGEN else None,
        zie_ook=[Reference(RefKind.AANHANGSEL, i, official_url(i), i) for i in zie_ook],
        questions=[Block(str(i + 1), [str(i + 1)], t) for i, t in enumerate(questions)],
        answers=[Block(str(i + 1), [str(i + 1)], t) for i, t in enumerate(answers)],
        footnotes=[Footnote(i + 1, t, find_references(t)) for i, t in enumerate(footnotes)],
        mededeling=mededeling, source_format=source_format,
    )  # fmt: skip
    doc.source_text = render_text(doc)
    return doc


def write_files(count: int, folder: Path, seed: int = 1) -> list[Path]:
    """Text files of `count` fictional documents in `folder` (named after their ids)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, doc in enumerate(documents(count, seed)):
        p = folder / f"{i:06d}-{doc.id}.txt"
        p.write_text(doc.source_text, encoding="utf-8")
        paths.append(p)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python tests/synth.py", description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    w = sub.add_parser("write", help="write text files")
    w.add_argument("count", type=int)
    w.add_argument("folder", type=Path)
    s = sub.add_parser("store", help="store Documents in a library directly (no parsing)")
    s.add_argument("count", type=int)
    s.add_argument("--library", required=True)
    for p in (w, s):
        p.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    if args.cmd == "write":
        write_files(args.count, args.folder, args.seed)
        return 0
    from reader.library.store import Library

    with Library(args.library) as lib:
        for doc in documents(args.count, args.seed):
            lib.add(doc)
    return 0


if __name__ == "__main__":
    sys.exit(main())
