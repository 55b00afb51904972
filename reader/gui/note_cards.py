"""The cards of the sidebar: a footnote (`NoteCard`) and a citation in the text of a question or an answer
(`TextCitationCard`), each with its citations resolved against the library.

A citation of an Aanhangsel document that is in the library shows its subject, opens in place, and carries a
preview of the cited set (`citation_preview.PreviewBox`: the pair the citing text refers to, folded open on
request, with "Naast elkaar"). One that is not in the library shows its id and its official page (opened in the
browser) and offers to fetch it from the official sources ("Ophalen": the window fetches it in the background and
opens it in place) or to add it from a file. Kamerstukken, Handelingen and printed links open in the browser.
Every text wraps (`wrapping`): a card is never wider than the sidebar. Cards only emit signals.

Keyboard: a card is focusable (Up/Down move between cards, Tab goes through its links); Enter on a card
follows its first citation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from reader.core.citations import official_url
from reader.core.model import Footnote, Reference, RefKind
from reader.gui import safety
from reader.gui.citation_preview import PreviewBox
from reader.gui.i18n import tr
from reader.gui.widgets import LinkButton, plain_label
from reader.gui.wrapping import WrappedLink, WrappedText
from reader.library import Library, LibraryError

if TYPE_CHECKING:
    from reader.presentation.sidebar import Preview

PreviewOf = Callable[[Reference], "Preview | None"]  # the preview of a citation in the library, or None


class Resolved(NamedTuple):
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

    @property
    def fetchable(self) -> bool:
        """A cited Kamervragen document not in the library: "Ophalen" can bring it."""
        return not self.in_library and self.ref.kind in (RefKind.AANHANGSEL, RefKind.KAMERVRAGEN)


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
        RefKind.STAATSBLAD: tr("Staatsblad"),
        RefKind.STAATSCOURANT: tr("Staatscourant"),
    }.get(kind, str(kind))


def display_url(url: str) -> str:
    for prefix in ("https://", "http://"):
        if url.startswith(prefix):
            return url[len(prefix) :]
    return url


class Card(QFrame):
    """What the two cards share: a head line, resolved citations, focus and keys."""

    open_document = Signal(str)
    open_at = Signal(str, int)  # a cited document at a pair (from its preview)
    open_beside = Signal(str, int)  # the same, in the second reading pane
    grew = Signal()  # a preview unfolded or folded: the card's height changed
    open_url = Signal(QUrl)
    add_file_requested = Signal(str)
    fetch_requested = Signal(str)  # "Ophalen": fetch the cited document from the official sources
    move_focus = Signal(object, int)  # (card, +1/-1)
    focused = Signal(object)  # the card (or one of its links) got focus

    def __init__(self, name: str, title: str, where: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("card", True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.buttons: list[LinkButton] = []  # the citations and links, in order (Enter follows the first)
        self.previews: list[PreviewBox] = []
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(8, 6, 8, 8)
        self.layout_.setSpacing(3)
        head = QHBoxLayout()
        head.setSpacing(8)
        heading = QLabel(title, self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        head.addWidget(heading)
        if where:
            place = plain_label(where, self, muted=True)
            place.setObjectName("where")
            head.addWidget(place, 1)
        else:
            head.addStretch(1)
        self.layout_.addLayout(head)
        self.setAccessibleName(f"{title}, {where}" if where else title)

    def add_citations(self, resolved: list[Resolved], key: str, preview_of: PreviewOf | None) -> None:
        """A line per citation: in place (with its preview) or on the official site."""
        for item in resolved:
            self._add_citation(item, key, preview_of)

    def _add_citation(self, item: Resolved, key: str, preview_of: PreviewOf | None) -> None:
        ref, layout = item.ref, self.layout_
        if item.opens_in_place:
            title = item.title or ref.id
            button = WrappedLink(title[:1].upper() + title[1:], self, tip=f"{title}\n{ref.id}")
            button.setObjectName(f"citation_{key}_{ref.id}")
            button.setAccessibleDescription(tr("Opent %1 uit uw bibliotheek").replace("%1", ref.id))
            button.activated.connect(lambda i=ref.id: self.open_document.emit(i))
            layout.addWidget(button)
            self.buttons.append(button)
            layout.addWidget(plain_label(f"{ref.id} · " + tr("in uw bibliotheek"), self, muted=True))
            shown = preview_of(ref) if preview_of is not None else None
            if shown is not None:
                box = PreviewBox(shown, self)
                box.setObjectName(f"preview_{key}_{ref.id}")
                box.open_at.connect(self.open_at)
                box.open_beside.connect(self.open_beside)
                box.unfolded.connect(lambda _shown, b=box: self._grew(b))
                layout.addWidget(box)
                self.previews.append(box)
            return
        caption = f"{kind_name(ref.kind)} {ref.id}"
        if ref.kind in (RefKind.AANHANGSEL, RefKind.KAMERVRAGEN):
            caption += " · " + tr("niet in uw bibliotheek")
        layout.addWidget(plain_label(caption, self, muted=True))
        url = QUrl(item.url)
        button = WrappedLink(display_url(item.url), self, tip=item.url)
        button.setObjectName(f"citation_{key}_{ref.id}")
        button.setAccessibleDescription(tr("Opent de officiële pagina in uw browser"))
        button.activated.connect(lambda u=url: self.open_url.emit(u))
        layout.addWidget(button)
        self.buttons.append(button)
        if item.fetchable:
            fetch = WrappedLink(tr("Ophalen"), self)
            fetch.setObjectName(f"fetch_{key}_{ref.id}")
            fetch.setToolTip(tr("%1 ophalen bij de officiële bronnen, opslaan en hier openen").replace("%1", ref.id))
            fetch.setAccessibleDescription(
                tr("Haalt %1 op bij de officiële bronnen, slaat het op in uw bibliotheek en opent het; Terug keert "
                   "terug").replace("%1", ref.id)
            )  # fmt: skip
            fetch.activated.connect(lambda i=ref.id: self.fetch_requested.emit(i))
            layout.addWidget(fetch)
            self.buttons.append(fetch)
        if ref.kind == RefKind.AANHANGSEL:
            add = WrappedLink(tr("Toevoegen uit een bestand…"), self)
            add.setObjectName(f"add_{key}_{ref.id}")
            add.setAccessibleDescription(
                tr("Kies het bestand van %1 om het aan uw bibliotheek toe te voegen").replace("%1", ref.id)
            )
            add.activated.connect(lambda i=ref.id: self.add_file_requested.emit(i))
            layout.addWidget(add)
            self.buttons.append(add)

    def _grew(self, box: QWidget) -> None:
        """A preview unfolded or folded: the card measures its content again, and tells the sidebar."""
        for widget in (box, self):
            layout = widget.layout()
            if layout is not None:
                layout.invalidate()
        self.grew.emit()

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


class NoteCard(Card):
    """One footnote: its number, where its marker stands, its text, its citations and links."""

    def __init__(
        self,
        note: Footnote,
        where: str,
        resolved: list[Resolved],
        parent: QWidget | None = None,
        preview_of: PreviewOf | None = None,
    ) -> None:
        super().__init__(f"note_{note.number}", tr("Voetnoot %1").replace("%1", str(note.number)), where, parent)
        self.note = note
        self.resolved = resolved
        self.text_label = WrappedText(note.text, self)
        self.text_label.setObjectName("note_text")
        self.layout_.addWidget(self.text_label)
        self.add_citations(resolved, str(note.number), preview_of)
        refs = {r.ref.url for r in resolved}
        for k, link in enumerate(note.urls):
            url = safety.web_url(link)
            if url is None or url.toString() in refs:
                continue
            button = WrappedLink(display_url(link), self, tip=link)
            button.setObjectName(f"url_{note.number}_{k}")
            button.setAccessibleDescription(tr("Opent de webpagina in uw browser"))
            button.activated.connect(lambda u=url: self.open_url.emit(u))
            self.layout_.addWidget(button)
            self.buttons.append(button)
        self.setAccessibleDescription(safety.clean(note.text))


class TextCitationCard(Card):
    """A citation that stands in the text of a question or an answer (not in a footnote): where, the words as
    printed, the cited document."""

    def __init__(
        self,
        index: int,
        printed: str,
        where: str,
        resolved: Resolved,
        parent: QWidget | None = None,
        preview_of: PreviewOf | None = None,
    ) -> None:
        super().__init__(f"text_citation_{index}", tr("In de tekst"), where, parent)
        self.printed = printed
        self.resolved = [resolved]
        quote = WrappedText(f"“{printed}”", self, muted=True)
        quote.setObjectName("citation_text")
        self.layout_.addWidget(quote)
        self.add_citations(self.resolved, f"t{index}", preview_of)
        self.setAccessibleDescription(safety.clean(printed))


class FetchAllButton(QWidget):
    """ "Alle ontbrekende ophalen (3)": every cited Kamervragen document of the open document that is not in the
    library, fetched at once; hidden when there is none. (A button in the sidebar's margins.)"""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QHBoxLayout(self)
        box.setContentsMargins(10, 2, 10, 6)
        self.button = QPushButton(self)
        self.button.setObjectName("fetch_all_missing")
        self.button.setToolTip(
            tr("Alle aangehaalde Kamervragen die niet in uw bibliotheek staan, ophalen bij de officiële bronnen")
        )
        self.button.clicked.connect(self.clicked)
        box.addWidget(self.button)
        box.addStretch(1)
        self.set_count(0)

    def text(self) -> str:
        return self.button.text()

    def click(self) -> None:
        self.button.click()

    def set_count(self, n: int) -> None:
        self.button.setText(tr("Alle ontbrekende ophalen (%1)").replace("%1", str(n)))
        self.button.setAccessibleName(tr("Alle ontbrekende ophalen"))
        self.setVisible(n > 0)
