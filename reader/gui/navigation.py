"""Opening documents and moving through them: the open document, Back and Forward through followed citations,
the next and previous document of the list, and moving between pairs.

`open_document(id, pair)` shows a library document; following a citation records the place left in the
history, so Back returns to the same document and pair. Moving to a pair (keys, header, find, a typed number)
scrolls it into view with its question and answer tops side by side near the top (the pane's `go_to_pair`),
flashes it, brings its notes to the top of the sidebar, says "Vraag 3 van 12" in the status bar and announces
that to assistive technology. Which questions count, which pair holds question N and whether the set shows as
postponed are core's rules (reader.core.rules).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader import APP_NAME
from reader.gui.history import History, Place
from reader.gui.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl

    from reader.core.model import Document, Reference
    from reader.gui.main_window import MainWindow
    from reader.library import Row


class Navigator:
    """The open document and the way there and back."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.history = History()
        self.doc: Document | None = None
        self.doc_id: str | None = None
        self.row: Row | None = None
        self.last_announcement = ""
        self._source_stale = True

    # ---- documents ---------------------------------------------------------------------------------------------
    def current_place(self) -> Place | None:
        return Place(self.doc_id, self.window.pane.current_pair()) if self.doc_id else None

    def open_document(self, doc_id: str, pair: int = -1, *, record: bool = True, focus: bool | None = None) -> bool:
        """Show library document `doc_id` (at `pair`, or at the top with the first pair current).

        The keyboard goes to the reading pane (`focus` True), or stays where it is (False); None: to the
        reading pane unless the reader is in the list or its search (choosing rows there opens them)."""
        w = self.window
        if doc_id == self.doc_id and self.doc is not None:
            if pair >= 0:
                self.go_to_pair(pair, flash=False)
            if focus:
                w.focus.reading()
            return True
        library = w.library
        if library is None:
            return False
        from reader.core import rules
        from reader.library import LibraryError

        try:
            doc = library.document(doc_id)
            row = library.get(doc_id)
            status = row.status if row else None
            notice = library.notice_of(doc_id) if doc is not None and rules.shows_postponed(doc, status) else None
            notice_doc = library.document(notice[0]) if notice else None
        except LibraryError as exc:
            w.message_bar.show_message(exc.message(), w.message_bar.ERROR)
            return False
        if doc is None:
            w.message_bar.show_message(
                tr("Het document %1 staat niet (meer) in de bibliotheek.").replace("%1", doc_id), w.message_bar.WARNING
            )
            return False
        # a notice that says "answered by letter" or "withdrawn" does not make the questions postponed
        postponed = notice is not None and rules.shows_postponed(doc, status, notice_doc.soort if notice_doc else None)
        if record:
            self.history.visit(self.current_place())
        self.doc, self.doc_id, self.row = doc, doc_id, row
        w.pane.set_document(doc, postponed=postponed or None, postponed_on=notice[1] if notice and postponed else None,
                            answered_in=_answer_reference(doc_id, row))  # fmt: skip
        w.reading_area.show_document()
        w.header.set_row(doc_id, row, rules.question_count(doc))
        w.notes.set_document(doc, doc_id, library)
        self._source_stale = True
        if w.reading_area.view.source_shown:
            self.fill_source()
        from reader.gui import safety

        title = safety.clean(doc.subject or doc.title or doc_id).replace("[*]", "[*][*]")
        w.setWindowTitle(f"{title[:1].upper() + title[1:]} — {APP_NAME}")
        w.library_panel.show_open(doc_id)
        if pair >= 0:
            self.go_to_pair(pair, flash=False)
        elif w.pane.pair_count():
            w.pane.set_current_pair(0)
        else:
            self.pair_changed(-1)
        if focus or (focus is None and not w.focus.in_list()):
            w.focus.reading()
        w.update_commands()
        w.record_status()
        w.document_opened.emit(doc_id)
        return True

    def open_and_read(self, doc_id: str) -> None:
        self.open_document(doc_id, focus=True)

    def follow_citation(self, doc_id: str, pair: int = -1) -> None:
        """A citation activated in the sidebar or the header: open it in place (at `pair`, the pair the citing
        text refers to) when it is in the library, with the keyboard in the reading pane; else its official
        page in the browser."""
        library = self.window.library
        if library is not None and doc_id in library:
            self.open_document(doc_id, pair, focus=True)
            return
        from PySide6.QtCore import QUrl

        from reader.core.citations import official_url

        self.open_url(QUrl(official_url(doc_id)))

    def open_url(self, url: QUrl) -> None:
        from reader.gui import safety  # (QDesktopServices: not needed for the first frame)

        if not safety.open_external(url):
            self.window.statusBar().showMessage(
                tr("Deze koppeling wordt niet geopend: alleen webadressen (http, https) gaan naar de browser."), 6000
            )

    def refresh_notes(self) -> None:
        """Resolve the open document's citations again (a cited document may have arrived)."""
        w = self.window
        if self.doc is not None:
            w.notes.set_document(self.doc, self.doc_id, w.library)
            w.notes.set_current_pair(w.pane.current_pair())

    def fill_source(self) -> None:
        """The source view shows the open document's text as read (filled when its tab is shown)."""
        if not self._source_stale:
            return
        text = self.doc.source_text if self.doc is not None else ""
        library = self.window.library
        if not text and self.doc_id and library is not None:
            from reader.library import LibraryError

            try:
                text = library.source_text(self.doc_id) or ""
            except LibraryError:
                text = ""
        self.window.source_view.set_text(text)
        self._source_stale = False

    def go_back(self) -> None:
        place = self.history.back(self.current_place())
        if place is not None:
            self.open_document(place.doc_id, place.pair, record=False, focus=True)
        self.window.update_commands()

    def go_forward(self) -> None:
        place = self.history.forward(self.current_place())
        if place is not None:
            self.open_document(place.doc_id, place.pair, record=False, focus=True)
        self.window.update_commands()

    def step_document(self, delta: int) -> None:
        if self.window.library_panel.step(delta) is None:
            self.window.statusBar().showMessage(
                tr("Dit is het laatste document in de lijst.") if delta > 0 else tr("Dit is het eerste document."),
                3000,
            )

    # ---- pairs ----------------------------------------------------------------------------------------------------
    def go_to_pair(self, i: int, *, flash: bool = True) -> bool:
        pane = self.window.pane
        if not 0 <= i < pane.pair_count():
            return False
        pane.go_to_pair(i, flash=flash)
        return True

    def next_pair(self) -> None:
        pane = self.window.pane
        if not pane.next_pair() and pane.pair_count():
            self.window.statusBar().showMessage(tr("Dit is de laatste vraag."), 2000)

    def previous_pair(self) -> None:
        pane = self.window.pane
        if not pane.previous_pair() and pane.pair_count():
            self.window.statusBar().showMessage(tr("Dit is de eerste vraag."), 2000)

    def go_to_question(self, number: str) -> bool:
        if self.doc is None:
            return False
        from reader.core import rules

        i = rules.find_question(self.doc, self.window.pane.pairs(), number)
        if i < 0:
            self.window.statusBar().showMessage(tr("Er is geen vraag %1 in dit document.").replace("%1", number), 4000)
            return False
        self.go_to_pair(i)
        return True

    def go_to_typed(self, number: str) -> None:
        """The header's "go to question" field."""
        if self.go_to_question(number):
            self.window.focus.reading()

    def pair_changed(self, i: int) -> None:
        """The pane's current pair changed: the sidebar, the header, the status bar and assistive technology."""
        from reader.core import rules

        w = self.window
        w.notes.set_current_pair(i)
        doc = self.doc
        if doc is None or i < 0:
            w.position.setText(tr("%n vragen", None, rules.question_count(doc)) if doc else "")
            w.header.set_current("")
            return
        pair = w.pane.pairs()[i]
        from reader.presentation.labels import pair_label

        label = pair_label(pair, doc)
        total = rules.question_count(doc)
        if pair.questions:
            text = tr("%1 van %2").replace("%1", label).replace("%2", str(total))
        else:
            text = tr("%1 (zonder vraag)").replace("%1", label)
        w.position.setText(text)
        first = doc.questions[pair.questions[0]] if pair.questions else None
        w.header.set_current(first.numbers[0] if first is not None and first.numbers else "")
        self.announce(text)

    def announce(self, text: str) -> None:
        """Tell assistive technology where the reader is now."""
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

        self.last_announcement = text
        self.window.position.setAccessibleName(text)
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.window.pane, text))

    def page(self, direction: int) -> None:
        bar = self.window.pane.verticalScrollBar()
        bar.setValue(bar.value() + direction * bar.pageStep())

    # ---- a question number typed in the reading pane (typed_number.py) -----------------------------------------
    def question_exists(self, number: str) -> bool:
        from reader.core import rules

        return self.doc is not None and rules.find_question(self.doc, self.window.pane.pairs(), number) >= 0

    def go_to_typed_number(self, number: str) -> None:
        from reader.gui.typed_number import TYPED_NUMBER_MS

        self.window.statusBar().showMessage(tr("Ga naar vraag %1").replace("%1", number), TYPED_NUMBER_MS)
        self.go_to_question(number)


def _answer_reference(doc_id: str, row: Row | None) -> Reference | None:
    """The answer the library holds for a set of open questions (the header of the questions names it)."""
    if row is None or not row.answer_id or row.answer_id == doc_id or row.kind != "vragen":
        return None
    from reader.core.citations import official_url
    from reader.core.model import Reference, RefKind

    return Reference(RefKind.AANHANGSEL, row.answer_id, official_url(row.answer_id), row.answer_id)
