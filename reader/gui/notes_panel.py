"""The footnote sidebar: the notes and the citations in the text of the current question first (each citation
resolved, a cited set in the library previewed: note_cards.py, citation_preview.py), the other notes, and the
library documents that cite this one ("Aangehaald door").

Every text wraps (web addresses break at "/" and "-"; wrapping.py): the sidebar never scrolls sideways and never
cuts a line. A note says where its marker stands: "bij vraag 3", "bij antwoord 5" (presentation.sidebar). The
help text is shown the first time the sidebar shows a document; after that it is folded to one line that
unfolds on a click (remembered in the settings). The panel only emits signals; the window decides what
opening means (history, browser, the second reading pane).

Keyboard: every note is a focusable card (Up/Down move between cards, Tab goes through a card's links);
Enter on a card follows its first citation (the `follow_citation` command, scoped to this panel).
All document text is shown as plain text (see safety.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from reader.core.model import Document, Reference, RefKind
from reader.gui import note_cards, safety
from reader.gui.citation_preview import PreviewBox
from reader.gui.i18n import tr
from reader.gui.note_cards import Card, NoteCard, Resolved, TextCitationCard, display_url, kind_name, resolve
from reader.gui.widgets import LINK_STYLE, LinkButton, plain_label, section_title
from reader.library import Library, LibraryError
from reader.presentation.dates import format_date
from reader.presentation.labels import pair_label
from reader.presentation.notes import row_notes
from reader.presentation.sidebar import Preview, note_context, note_places, preview, text_citations

__all__ = ["NoteCard", "NotesPanel", "Resolved", "display_url", "kind_name", "resolve"]

CARD_STYLE = (
    LINK_STYLE
    + """
QFrame[card="true"] { border: 1px solid transparent; border-radius: 4px; background: transparent; }
QFrame[card="true"]:focus { border: 1px solid palette(highlight); background: palette(alternate-base); }
"""
)


class NotesPanel(QWidget):
    """See the module docstring."""

    open_document = Signal(str)
    open_at = Signal(str, int)  # a cited set at the pair its preview shows
    open_beside = Signal(str, int)  # the same, in the second reading pane
    open_url = Signal(QUrl)
    add_file_requested = Signal(str)
    fetch_requested = Signal(str)  # "Ophalen" on a citation not in the library
    fetch_all_requested = Signal(list)  # "Alle ontbrekende ophalen": the ids
    help_seen = Signal()  # the help was shown with a document: from now on it starts folded

    def __init__(self, parent: QWidget | None = None, *, help_seen: bool = False) -> None:
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
        self._pair_citations: list[list[TextCitationCard]] = []
        self._cited: dict[str, Document | None] = {}  # cited sets read from the library for their previews
        self._current_pair = -1
        self._selected: Card | None = None  # the card whose citation Enter follows
        self._help_seen = help_seen
        self._help_doc: str | None = None  # the document the help was first shown with
        self._help_asked = False  # the reader unfolded or folded the help

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.help_toggle = QToolButton(self)
        self.help_toggle.setObjectName("sidebar_help_toggle")
        self.help_toggle.setText(tr("Uitleg"))
        self.help_toggle.setCheckable(True)
        self.help_toggle.setAutoRaise(True)
        self.help_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.help_toggle.setToolTip(tr("Uitleg bij de voetnoten tonen of verbergen"))
        self.help_toggle.clicked.connect(self._help_clicked)
        outer.addWidget(self.help_toggle)
        self.intro = QLabel(self)
        self.intro.setObjectName("sidebar_help")
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        self.intro.setContentsMargins(10, 0, 10, 6)
        self.intro.setStyleSheet("color: palette(placeholder-text);")
        outer.addWidget(self.intro)
        self.fetch_all = note_cards.FetchAllButton(self)
        self.fetch_all.clicked.connect(lambda: self.fetch_all_requested.emit(self.missing_ids()))
        outer.addWidget(self.fetch_all)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(self.scroll_area, 1)
        self._content = QWidget()
        self._content.setObjectName("notes_content")
        self._layout = QVBoxLayout(self._content)
        self._layout.setContentsMargins(6, 0, 6, 10)
        self._layout.setSpacing(4)
        self.scroll_area.setWidget(self._content)
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
        self._show_help(not help_seen)
        self.set_document(None, None, None)

    # ---- the help: shown once, then folded -----------------------------------------------------------------
    @property
    def help_open(self) -> bool:
        return not self.intro.isHidden()

    def _show_help(self, shown: bool) -> None:
        self.intro.setVisible(shown)
        self.help_toggle.setChecked(shown)
        self.help_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _help_clicked(self, shown: bool) -> None:
        self._help_asked = True
        self._show_help(shown)

    def _help_for(self, doc_id: str | None) -> None:
        """The first document shown: the help stays open (and is remembered as seen); the next: it folds."""
        if doc_id is None or self._help_asked:
            return
        if not self._help_seen:
            self._help_seen = True
            self._help_doc = doc_id
            self._show_help(True)
            self.help_seen.emit()
        elif doc_id != self._help_doc and self.help_open:
            self._show_help(False)

    # ---- content ----------------------------------------------------------------------------------------------
    def cards(self) -> list[NoteCard]:
        """The note cards in the order shown."""
        return [self._cards[n] for n in self._order]

    def card(self, number: int) -> NoteCard | None:
        return self._cards.get(number)

    def citation_cards(self, pair: int | None = None) -> list[TextCitationCard]:
        """The cards of the citations in the text of pair `pair` (None: the current pair)."""
        i = self._current_pair if pair is None else pair
        return list(self._pair_citations[i]) if 0 <= i < len(self._pair_citations) else []

    def shown_cards(self) -> list[Card]:
        """Every card in the order shown: the current pair's notes and citations, then the other notes."""
        current = self.current_pair_notes()
        return [
            *(self._cards[n] for n in current if n in self._cards),
            *self.citation_cards(),
            *(self._cards[n] for n in self._order if n not in current),
        ]

    def set_document(self, doc: Document | None, doc_id: str | None, library: Library | None) -> None:
        self._library = library
        self._doc = doc
        self._doc_id = doc_id
        self._selected = None
        self._current_pair = -1
        self._cited = {}
        for old in [*self._cards.values(), *(c for cards in self._pair_citations for c in cards)]:
            old.hide()
            old.deleteLater()
        self._cards.clear()
        self._pair_citations = []
        self.cited_buttons.clear()
        while self._cited_layout.count():
            item = self._cited_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._pair_notes = []
        self._pair_labels = []
        if doc is not None:
            pairs = doc.pairs()
            self._pair_labels = [pair_label(p, doc) for p in pairs]
            self._pair_notes = [row_notes(doc, p) for p in pairs]
            places = note_places(doc)
            for note in doc.footnotes:
                where = tr("bij %1").replace("%1", ", ".join(places[note.number])) if note.number in places else ""
                context = note_context(doc, note.number)
                card = NoteCard(note, where, resolve(library, note.references), self._content,
                                self._previewer(context))  # fmt: skip
                self._wire(card)
                self._cards[note.number] = card
            k = 0
            for pair in pairs:
                cards = []
                for cited in text_citations(doc, pair):
                    where = tr("bij %1").replace("%1", cited.where)
                    (resolved,) = resolve(library, [cited.reference])
                    quoted = TextCitationCard(k, cited.printed, where, resolved, self._content,
                                              self._previewer(cited.context))  # fmt: skip
                    quoted.hide()
                    self._wire(quoted)
                    cards.append(quoted)
                    k += 1
                self._pair_citations.append(cards)
        self._fill_cited_by()
        self._order = [n.number for n in doc.footnotes] if doc else []
        self._relayout()
        self._update_intro()
        self._help_for(doc_id if doc is not None else None)
        self.fetch_all.set_count(len(self.missing_ids()))

    def missing_ids(self) -> list[str]:
        """The cited Kamervragen documents not in the library (what "Ophalen" fetches), each once."""
        cards: list[Card] = [*self._cards.values(), *(c for cards in self._pair_citations for c in cards)]
        return list(dict.fromkeys(r.ref.id for card in cards for r in getattr(card, "resolved", []) if r.fetchable))

    def _wire(self, card: Card) -> None:
        card.open_document.connect(self.open_document)
        card.open_at.connect(self.open_at)
        card.open_beside.connect(self.open_beside)
        card.open_url.connect(self.open_url)
        card.add_file_requested.connect(self.add_file_requested)
        card.fetch_requested.connect(self.fetch_requested)
        card.move_focus.connect(self._move_focus)
        card.grew.connect(self.content_changed)
        card.focused.connect(self._card_focused)
        for button in card.buttons:
            button.installEventFilter(self)

    def _previewer(self, context: str) -> Callable[[Reference], Preview | None]:
        return lambda ref: self._preview(ref, context)

    def _preview(self, ref: Reference, context: str) -> Preview | None:
        """The preview of a cited set in the library for a citation that stands in `context`."""
        if self._library is None or ref.kind not in (RefKind.AANHANGSEL, RefKind.KAMERVRAGEN):
            return None
        if ref.id not in self._cited:
            try:
                self._cited[ref.id] = self._library.document(ref.id)
            except LibraryError:
                self._cited[ref.id] = None
        cited = self._cited[ref.id]
        if cited is None or not cited.pairs():
            return None
        return preview(cited, context, doc_id=ref.id)

    def content_changed(self) -> None:
        """A card changed its height (a preview unfolded): it is put in the layout again (a layout item keeps the
        heights for widths it measured; a new item measures again) and the scroll area sizes its content anew (it
        follows the content's height for its width on a layout request to itself)."""
        card = self.sender()
        if isinstance(card, QWidget) and self._layout.indexOf(card) >= 0:
            index = self._layout.indexOf(card)
            self._layout.removeWidget(card)
            self._layout.insertWidget(index, card)
        QCoreApplication.postEvent(self.scroll_area, QEvent(QEvent.Type.LayoutRequest))

    def previews(self) -> list[PreviewBox]:
        """The preview boxes of every card, in the order of the cards."""
        cards = [*self._cards.values(), *(c for cards in self._pair_citations for c in cards)]
        return [box for card in cards for box in card.previews]

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
            from reader.gui.wrapping import WrappedLink

            title = safety.clean(Document(title=entry.title).subject or entry.id)
            button = WrappedLink(title[:1].upper() + title[1:], self.cited_box, tip=f"{title}\n{entry.id}")
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
        current = self._pair_notes[self._current_pair] if 0 <= self._current_pair < len(self._pair_notes) else []
        current = [n for n in current if n in self._cards]
        citations = self.citation_cards()
        wanted: list[QWidget] = []
        if current or citations:
            label = self._pair_labels[self._current_pair]
            self.current_title.setText(tr("Bij %1").replace("%1", label))
            wanted += [self.current_title, *(self._cards[n] for n in current), *citations]
        rest = [n for n in self._order if n not in current]
        if rest:
            self.other_title.setText(tr("Overige voetnoten") if current or citations else tr("Alle voetnoten"))
            wanted += [self.other_title, *(self._cards[n] for n in rest)]
        if not self._cards and not citations:
            none = tr("Dit document heeft geen voetnoten.")
            self.empty_label.setText(none if self._doc is not None else tr("Er is geen document geopend."))
            wanted.append(self.empty_label)
        wanted += [self.cited_title, self.cited_box]
        self._place(wanted)
        for widget in (self.current_title, self.other_title, self.empty_label, *citations):
            widget.setVisible(widget in wanted)
        self._order = current + rest

    def _place(self, wanted: list[QWidget]) -> None:
        """Make the layout hold `wanted` in this order (then a stretch), moving only what is out of place: a
        widget that stays keeps its layout item and the heights for widths it measured, so stepping through the
        pairs does not lay every card out again."""
        layout = self._layout
        for i, widget in enumerate(wanted):
            item = layout.itemAt(i)
            if item is not None and item.widget() is widget:
                continue
            if layout.indexOf(widget) >= 0:
                layout.removeWidget(widget)
            layout.insertWidget(i, widget)
        tail = layout.itemAt(len(wanted))
        if layout.count() == len(wanted) + 1 and tail is not None and tail.spacerItem() is not None:
            return  # only the stretch follows: nothing to take out (taking it would lay everything out again)
        while layout.count() > len(wanted):  # what is no longer shown, and the old stretch
            item = layout.takeAt(len(wanted))
            gone = item.widget() if item is not None else None
            if gone is not None and gone not in wanted:
                gone.hide()
        layout.addStretch(1)

    def _update_intro(self) -> None:
        if self._doc is None:
            self.intro.setText(tr("Verwijzingen naar documenten in uw bibliotheek openen hier; andere in uw browser."))
        else:
            self.intro.setText(
                tr("De voetnoten en verwijzingen bij de huidige vraag staan bovenaan. Een aangehaald antwoord uit "
                   "uw bibliotheek klapt u hier open, of zet u met Naast elkaar naast dit document. Andere "
                   "verwijzingen openen in uw browser.")
            )  # fmt: skip

    def set_current_pair(self, i: int) -> None:
        """Bring pair i's notes and citations to the top."""
        if i == self._current_pair:
            return
        before = self._pair_notes[self._current_pair] if 0 <= self._current_pair < len(self._pair_notes) else []
        after = self._pair_notes[i] if 0 <= i < len(self._pair_notes) else []
        old_citations = self.citation_cards()
        self._current_pair = i
        new_citations = self.citation_cards()
        if not before and not after and not old_citations and not new_citations:
            return  # nothing moves: skip the relayout (stepping through pairs without notes stays cheap)
        self._order = [n.number for n in self._doc.footnotes] if self._doc else []
        self.setUpdatesEnabled(False)
        for card in old_citations:
            if card not in new_citations:
                card.hide()
        self._relayout()
        self._layout.activate()  # lay the cards out now, while nothing paints: one repaint after, not one per move
        self.setUpdatesEnabled(True)
        if after or new_citations:
            self.scroll_area.verticalScrollBar().setValue(0)

    def current_pair_notes(self) -> list[int]:
        return list(self._pair_notes[self._current_pair]) if 0 <= self._current_pair < len(self._pair_notes) else []

    # ---- focus and Enter ------------------------------------------------------------------------------------
    def focus_first(self) -> bool:
        cards = self.shown_cards()
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
        self.scroll_area.ensureWidgetVisible(card, 0, 24)
        return True

    def selected_card(self) -> Card | None:
        """The card that has (or last had) focus, or holds the focused link."""
        return self._selected if self._selected in self.shown_cards() else None

    def selected_preview(self) -> PreviewBox | None:
        """The preview the reader is at: the selected card's first, else the first of the current pair's cards,
        else the first of the document; None when no citation is previewed."""
        card = self.selected_card()
        for candidate in ([card] if card is not None else []) + self.shown_cards():
            if candidate.previews:
                return candidate.previews[0]
        return None

    def _card_focused(self, card: Card) -> None:
        self._selected = card

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, LinkButton):
            parent = watched.parentWidget()
            if isinstance(parent, Card):
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

    def _move_focus(self, card: Card, step: int) -> None:
        cards = self.shown_cards()
        if card in cards:
            k = cards.index(card) + step
            if 0 <= k < len(cards):
                cards[k].setFocus(Qt.FocusReason.TabFocusReason)
