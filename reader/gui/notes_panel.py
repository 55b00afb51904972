"""The footnote sidebar: the document's notes (the current question's first), each citation resolved, and the
library documents that cite this one ("Aangehaald door").

A citation of an Aanhangsel document that is in the library shows its subject and opens in place; one that
is not shows its id and its official page (opened in the browser) and offers to add it from a file.
Kamerstukken, Handelingen and printed links open their pages in the browser. The panel only emits signals;
the window decides what opening means (history, browser).

Keyboard: every note is a focusable card (Up/Down move between cards, Tab goes through a card's links);
Enter on a card follows its first citation (the `follow_citation` command, scoped to this panel).
All document text is shown as plain text (see safety.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from reader.core.citations import official_url
from reader.core.model import Document, Footnote, Reference, RefKind
from reader.gui import safety
from reader.gui.i18n import tr
from reader.gui.widgets import LINK_STYLE, LinkButton, plain_label, section_title
from reader.library import Library, LibraryError
from reader.presentation.dates import format_date
from reader.presentation.labels import pair_label
from reader.presentation.notes import row_notes

CARD_STYLE = (
    LINK_STYLE
    + """
QFrame[card="true"] { border: 1px solid transparent; border-radius: 4px; background: transparent; }
QFrame[card="true"]:focus { border: 1px solid palette(highlight); background: palette(alternate-base); }
"""
)


@dataclass(frozen=True)
class Resolved:
    """A citation and what the library knows of it."""

    ref: Reference
    in_library: bool
    title: str | None

    @property
    def opens_in_place(self) -> bool:
        return self.in_library and self.ref.kind in (RefKind.AANHANGSEL, RefKind.KAMERVRAGEN)

    @property
    def url(self) -> str:
        return self.ref.url or official_url(self.ref.id)


def resolve(library: Library | None, refs: list[Reference]) -> list[Resolved]:
    out = []
    for ref in refs:
        row = None
        if library is not None and ref.kind in (RefKind.AANHANGSEL, RefKind.KAMERVRAGEN):
            try:
                row = library.get(ref.id)
            except LibraryError:
                row = None
        title = (row.subject or row.title) if row else None
        out.append(Resolved(ref, row is not None, title))
    return out


def kind_name(kind: RefKind) -> str:
    return {
        RefKind.AANHANGSEL: tr("Aanhangsel"),
        RefKind.KAMERSTUK: tr("Kamerstuk"),
        RefKind.HANDELINGEN: tr("Handelingen"),
        RefKind.KAMERVRAGEN: tr("Kamervragen"),
    }[kind]


def _display_url(url: str) -> str:
    for prefix in ("https://", "http://"):
        if url.startswith(prefix):
            return url[len(prefix) :]
    return url


class NoteCard(QFrame):
    """One footnote: its number, the questions it belongs to, its text, its citations and links."""

    open_document = Signal(str)
    open_url = Signal(QUrl)
    add_file_requested = Signal(str)
    move_focus = Signal(object, int)  # (card, +1/-1)
    focused = Signal(object)  # the card (or one of its links) got focus

    def __init__(self, note: Footnote, where: str, resolved: list[Resolved], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = note
        self.resolved = resolved
        self.setObjectName(f"note_{note.number}")
        self.setProperty("card", True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(3)

        head = QHBoxLayout()
        head.setSpacing(8)
        number = QLabel(tr("Voetnoot %1").replace("%1", str(note.number)), self)
        font = number.font()
        font.setBold(True)
        number.setFont(font)
        head.addWidget(number)
        if where:
            head.addWidget(plain_label(where, self, muted=True, wrap=False))
        head.addStretch(1)
        layout.addLayout(head)
        self.text_label = plain_label(note.text, self)
        layout.addWidget(self.text_label)

        self.buttons: list[LinkButton] = []
        for k, item in enumerate(resolved):
            self._add_citation(layout, item, k)
        refs = {r.ref.url for r in resolved}
        for k, link in enumerate(note.urls):
            url = safety.web_url(link)
            if url is None or url.toString() in refs:
                continue
            button = LinkButton(_display_url(link), self, tip=link)
            button.setObjectName(f"url_{note.number}_{k}")
            button.setAccessibleDescription(tr("Opent de webpagina in uw browser"))
            button.activated.connect(lambda u=url: self.open_url.emit(u))
            layout.addWidget(button)
            self.buttons.append(button)

        accessible = tr("Voetnoot %1").replace("%1", str(note.number))
        if where:
            accessible += f", {where}"
        self.setAccessibleName(accessible)
        self.setAccessibleDescription(safety.clean(note.text))

    def _add_citation(self, layout: QVBoxLayout, item: Resolved, k: int) -> None:
        ref = item.ref
        if item.opens_in_place:
            title = item.title or ref.id
            button = LinkButton(title[:1].upper() + title[1:], self, tip=f"{title}\n{ref.id}")
            button.setObjectName(f"citation_{self.note.number}_{ref.id}")
            button.setAccessibleDescription(tr("Opent %1 uit uw bibliotheek").replace("%1", ref.id))
            button.activated.connect(lambda i=ref.id: self.open_document.emit(i))
            layout.addWidget(button)
            self.buttons.append(button)
            layout.addWidget(plain_label(f"{ref.id} · " + tr("in uw bibliotheek"), self, muted=True))
            return
        caption = f"{kind_name(ref.kind)} {ref.id}"
        if ref.kind in (RefKind.AANHANGSEL, RefKind.KAMERVRAGEN):
            caption += " · " + tr("niet in uw bibliotheek")
        layout.addWidget(plain_label(caption, self, muted=True))
        url = QUrl(item.url)
        button = LinkButton(_display_url(item.url), self, tip=item.url)
        button.setObjectName(f"citation_{self.note.number}_{ref.id}")
        button.setAccessibleDescription(tr("Opent de officiële pagina in uw browser"))
        button.activated.connect(lambda u=url: self.open_url.emit(u))
        layout.addWidget(button)
        self.buttons.append(button)
        if ref.kind == RefKind.AANHANGSEL:
            add = LinkButton(tr("Toevoegen uit een bestand…"), self)
            add.setObjectName(f"add_{self.note.number}_{ref.id}")
            add.setAccessibleDescription(
                tr("Kies het bestand van %1 om het aan uw bibliotheek toe te voegen").replace("%1", ref.id)
            )
            add.activated.connect(lambda i=ref.id: self.add_file_requested.emit(i))
            layout.addWidget(add)
            self.buttons.append(add)

    def follow(self) -> bool:
        """Follow the first citation or link (Enter on the card). False when it has none."""
        if self.buttons:
            self.buttons[0].activated.emit()
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and not event.modifiers():
            self.move_focus.emit(self, 1 if event.key() == Qt.Key.Key_Down else -1)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit(self)
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(self, 0, 24)


class NotesPanel(QWidget):
    """See the module docstring."""

    open_document = Signal(str)
    open_url = Signal(QUrl)
    add_file_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notes_panel")
        self.setStyleSheet(CARD_STYLE)
        self._library: Library | None = None
        self._doc: Document | None = None
        self._doc_id: str | None = None
        self._cards: dict[int, NoteCard] = {}
        self._order: list[int] = []
        self._pair_notes: list[list[int]] = []
        self._pair_labels: list[str] = []
        self._current_pair = -1
        self._selected: NoteCard | None = None  # the note whose citation Enter follows

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.intro = QLabel(self)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        self.intro.setContentsMargins(10, 8, 10, 6)
        self.intro.setStyleSheet("color: palette(placeholder-text);")
        outer.addWidget(self.intro)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(self.scroll, 1)
        self._content = QWidget()
        self._content.setObjectName("notes_content")
        self._layout = QVBoxLayout(self._content)
        self._layout.setContentsMargins(6, 0, 6, 10)
        self._layout.setSpacing(4)
        self.scroll.setWidget(self._content)
        self.current_title = section_title("", self._content)
        self.other_title = section_title("", self._content)
        self.empty_label = plain_label("", self._content, muted=True)
        self.cited_title = section_title(tr("Aangehaald door"), self._content)
        self.cited_box = QWidget(self._content)
        self.cited_box.setObjectName("cited_by")
        self._cited_layout = QVBoxLayout(self.cited_box)
        self._cited_layout.setContentsMargins(0, 0, 0, 0)
        self._cited_layout.setSpacing(2)
        self.cited_buttons: list[LinkButton] = []
        self.setAccessibleName(tr("Voetnoten"))
        self.setAccessibleDescription(
            tr("De voetnoten van het document met hun verwijzingen, en de documenten die naar dit document verwijzen")
        )
        self.set_document(None, None, None)

    # ---- content ----------------------------------------------------------------------------------------------
    def cards(self) -> list[NoteCard]:
        """The note cards in the order shown."""
        return [self._cards[n] for n in self._order]

    def card(self, number: int) -> NoteCard | None:
        return self._cards.get(number)

    def set_document(self, doc: Document | None, doc_id: str | None, library: Library | None) -> None:
        self._library = library
        self._doc = doc
        self._doc_id = doc_id
        self._selected = None
        self._current_pair = -1
        for card in self._cards.values():
            card.hide()
            card.deleteLater()
        self._cards.clear()
        self.cited_buttons.clear()
        while self._cited_layout.count():
            item = self._cited_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        self._pair_notes = []
        self._pair_labels = []
        if doc is not None:
            pairs = doc.pairs()
            self._pair_labels = [pair_label(p, doc) for p in pairs]
            where: dict[int, list[str]] = {}
            for i, p in enumerate(pairs):
                numbers = row_notes(doc, p)
                self._pair_notes.append(numbers)
                for n in numbers:
                    where.setdefault(n, [])
                    if self._pair_labels[i] not in where[n]:
                        where[n].append(self._pair_labels[i])
            for note in doc.footnotes:
                text = tr("bij %1").replace("%1", ", ".join(where[note.number])) if note.number in where else ""
                card = NoteCard(note, text.lower() if text else "", resolve(library, note.references), self._content)
                card.open_document.connect(self.open_document)
                card.open_url.connect(self.open_url)
                card.add_file_requested.connect(self.add_file_requested)
                card.move_focus.connect(self._move_focus)
                card.focused.connect(self._card_focused)
                for button in card.buttons:
                    button.installEventFilter(self)
                self._cards[note.number] = card
        self._fill_cited_by()
        self._order = [n.number for n in doc.footnotes] if doc else []
        self._relayout()
        self._update_intro()

    def _fill_cited_by(self) -> None:
        rows = []
        if self._library is not None and self._doc_id:
            try:
                rows = self._library.cited_by(self._doc_id)
            except LibraryError:
                rows = []
        seen: set[str] = set()
        for entry in rows:
            if entry.id in seen or entry.id == self._doc_id:
                continue
            seen.add(entry.id)
            title = safety.clean(Document(title=entry.title).subject or entry.id)
            button = LinkButton(title[:1].upper() + title[1:], self.cited_box, tip=f"{title}\n{entry.id}")
            button.setObjectName(f"cited_by_{entry.id}")
            button.setAccessibleDescription(tr("Opent %1, dat naar dit document verwijst").replace("%1", entry.id))
            button.activated.connect(lambda i=entry.id: self.open_document.emit(i))
            where = tr("Zie ook") if entry.footnote == 0 else tr("voetnoot %1").replace("%1", str(entry.footnote))
            parts = [entry.id]
            if entry.date:
                parts.append(format_date(entry.date))
            parts.append(where)
            self._cited_layout.addWidget(button)
            self._cited_layout.addWidget(plain_label(" · ".join(parts), self.cited_box, muted=True))
            self.cited_buttons.append(button)
        if not self.cited_buttons:
            text = (
                tr("Geen document in uw bibliotheek verwijst naar dit document.")
                if self._doc is not None
                else tr("Documenten die naar het geopende document verwijzen, staan hier.")
            )
            self._cited_layout.addWidget(plain_label(text, self.cited_box, muted=True))

    def _relayout(self) -> None:
        """Put the section titles and cards in the layout in the current order."""
        while self._layout.count():
            self._layout.takeAt(0)
        current = self._pair_notes[self._current_pair] if 0 <= self._current_pair < len(self._pair_notes) else []
        current = [n for n in current if n in self._cards]
        if current:
            label = self._pair_labels[self._current_pair]
            self.current_title.setText(tr("Bij %1").replace("%1", label))
            self._layout.addWidget(self.current_title)
            for n in current:
                self._layout.addWidget(self._cards[n])
        self.current_title.setVisible(bool(current))
        rest = [n for n in self._order if n not in current]
        if rest:
            self.other_title.setText(tr("Overige voetnoten") if current else tr("Voetnoten"))
            self._layout.addWidget(self.other_title)
            for n in rest:
                self._layout.addWidget(self._cards[n])
        self.other_title.setVisible(bool(rest))
        if not self._cards:
            none = tr("Dit document heeft geen voetnoten.")
            self.empty_label.setText(none if self._doc is not None else tr("Er is geen document geopend."))
            self._layout.addWidget(self.empty_label)
        self.empty_label.setVisible(not self._cards)
        self._layout.addWidget(self.cited_title)
        self._layout.addWidget(self.cited_box)
        self._layout.addStretch(1)
        self._order = current + rest

    def _update_intro(self) -> None:
        if self._doc is None or not self._cards:
            self.intro.setText(tr("Verwijzingen naar documenten in uw bibliotheek openen hier; andere in uw browser."))
        else:
            self.intro.setText(
                tr("De voetnoten bij de huidige vraag staan bovenaan. Verwijzingen naar documenten in uw "
                   "bibliotheek openen hier; andere in uw browser.")
            )  # fmt: skip

    def set_current_pair(self, i: int) -> None:
        """Bring pair i's notes to the top."""
        if i == self._current_pair:
            return
        before = self._pair_notes[self._current_pair] if 0 <= self._current_pair < len(self._pair_notes) else []
        after = self._pair_notes[i] if 0 <= i < len(self._pair_notes) else []
        self._current_pair = i
        if not before and not after:
            return  # nothing moves: skip the relayout (stepping through pairs without notes stays cheap)
        self._order = [n.number for n in self._doc.footnotes] if self._doc else []
        self.setUpdatesEnabled(False)
        self._relayout()
        self.setUpdatesEnabled(True)
        if after:
            self.scroll.verticalScrollBar().setValue(0)

    def current_pair_notes(self) -> list[int]:
        return list(self._pair_notes[self._current_pair]) if 0 <= self._current_pair < len(self._pair_notes) else []

    # ---- focus and Enter ------------------------------------------------------------------------------------
    def focus_first(self) -> bool:
        cards = self.cards()
        if cards:
            self._selected = cards[0]
            cards[0].setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if self.cited_buttons:
            self.cited_buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    def show_note(self, number: int) -> bool:
        """Scroll to note `number` and give it focus (a marker was activated in the reading pane)."""
        card = self._cards.get(number)
        if card is None:
            return False
        self._selected = card
        card.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll.ensureWidgetVisible(card, 0, 24)
        return True

    def selected_card(self) -> NoteCard | None:
        """The card that has (or last had) focus, or holds the focused link."""
        return self._selected if self._selected in self._cards.values() else None

    def _card_focused(self, card: NoteCard) -> None:
        self._selected = card

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, LinkButton):
            parent = watched.parentWidget()
            if isinstance(parent, NoteCard):
                self._selected = parent
        return super().eventFilter(watched, event)

    def follow_selected(self) -> bool:
        """Enter: a focused link is followed; on a card, its first citation."""
        focus = self.focusWidget()
        if isinstance(focus, LinkButton) and self.isAncestorOf(focus):
            focus.activated.emit()
            return True
        card = self.selected_card()
        return card.follow() if card is not None else False

    def _move_focus(self, card: NoteCard, step: int) -> None:
        cards = self.cards()
        if card in cards:
            k = cards.index(card) + step
            if 0 <= k < len(cards):
                cards[k].setFocus(Qt.FocusReason.TabFocusReason)
