"""The library search's "Officiële bekendmakingen" scope: the official repository's results beside the library's.

With that scope chosen, Enter in the search field asks KOOP's search service (in a worker thread: the window
never waits on the network) while the list above still shows what the library holds. Each result is one row:
its subject, its id and date, and "in uw bibliotheek" for a set already there. Enter (or a double click) on a
result opens it: from the library when it is there, else fetched and stored first (the window's "Ophalen").
Nothing is asked of the service while typing: only Enter searches.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from reader.gui.document_delegate import SubjectDelegate
from reader.gui.document_model import SECONDARY_ROLE
from reader.gui.i18n import tr

if TYPE_CHECKING:
    from reader.sources import OnlinePage, SourceSettings

PAGE_SIZE = 25
ID_ROLE = Qt.ItemDataRole.UserRole
IN_LIBRARY_ROLE = Qt.ItemDataRole.UserRole + 1


class _Search(QThread):
    """One online search in a worker thread: `found(page)` or `failed(message)`, queued to the GUI thread."""

    found = Signal(object)  # OnlinePage
    failed = Signal(str)

    def __init__(self, text: str, library_path: str, settings: SourceSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self.library_path = library_path
        self.settings = settings

    def run(self) -> None:
        from reader.library import Library, LibraryError
        from reader.sources import OnlineQuery, SourceError, Sources, search

        try:
            sources = Sources(self.settings)
            with Library(self.library_path) as library:
                page = search(sources, OnlineQuery(text=self.text, limit=PAGE_SIZE), library)
        except (SourceError, LibraryError) as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # never let a worker die silently: the window shows it
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.found.emit(page)


class ResultList(QListWidget):
    """The results; Enter opens the chosen one."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self.itemActivated.emit(self.currentItem())
            event.accept()
            return
        super().keyPressEvent(event)


class OnlineResults(QWidget):
    """See the module docstring. `open_requested(id)` asks the window to open (and if need be fetch) a result."""

    open_requested = Signal(str)
    searched = Signal()  # results (or a message) are shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("online_results")
        self._worker: _Search | None = None  # the newest search; older ones still running are in `_threads`
        self._threads: list[_Search] = []
        self.page: OnlinePage | None = None
        self.focus_when_found = False
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        self.title = QLabel(tr("Officiële bekendmakingen"), self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        box.addWidget(self.title)
        self.status = QLabel(self)
        self.status.setObjectName("online_status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setStyleSheet("color: palette(placeholder-text);")
        box.addWidget(self.status)
        self.list = ResultList(self)
        self.list.setObjectName("online_list")
        self.list.setAlternatingRowColors(True)
        self.list.setItemDelegate(SubjectDelegate(self.list))  # two lines, as the document list: subject; id, date
        self.list.setUniformItemSizes(True)
        self.list.setAccessibleName(tr("Resultaten uit de officiële bekendmakingen"))
        self.list.setAccessibleDescription(
            tr("Enter opent het gekozen resultaat; wat nog niet in uw bibliotheek staat, wordt eerst opgehaald")
        )
        self.list.itemActivated.connect(self._activated)
        box.addWidget(self.list, 1)
        self.clear()

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def clear(self) -> None:
        self.page = None
        self.list.clear()
        self.list.hide()
        self.status.setText(tr("Druk op Enter om ook in de officiële bekendmakingen te zoeken."))

    def search(self, text: str, library_path: str, settings: SourceSettings) -> bool:
        """Ask the repository for `text`; False when the search is refused (offline, nothing to look for)."""
        if settings.offline:
            self.status.setText(tr("Offline: er wordt niet online gezocht (Bibliotheek › Offline werken)."))
            return False
        if not text.strip():
            self.status.setText(tr("Typ eerst iets om te zoeken."))
            return False
        self._threads = [t for t in self._threads if not t.isFinished()]
        worker = _Search(text.strip(), library_path, settings)
        worker.found.connect(lambda page, w=worker: self._found(w, page), Qt.ConnectionType.QueuedConnection)
        worker.failed.connect(lambda message, w=worker: self._failed(w, message), Qt.ConnectionType.QueuedConnection)
        self._worker = worker
        self._threads.append(worker)
        self.status.setText(tr("Zoeken in de officiële bekendmakingen…"))
        worker.start()
        return True

    def _found(self, worker: _Search, page: OnlinePage) -> None:
        if worker is not self._worker:
            return  # an older search, overtaken by a newer one
        self._worker = None
        self.page = page
        self.list.clear()
        for result in page.results:
            self.list.addItem(self._item(result))
        shown = len(page.results)
        if page.total == 0:
            self.status.setText(tr("Niets gevonden in de officiële bekendmakingen."))
        else:
            present = sum(1 for r in page.results if r.in_library)
            text = tr("%Ln resultaten", None, page.total)
            if shown < page.total:
                text += " " + tr("(de nieuwste %1 getoond)").replace("%1", str(shown))
            if present:
                text += "; " + tr("%Ln al in uw bibliotheek", None, present)
            self.status.setText(text)
        self.list.setVisible(shown > 0)
        if shown:
            self.list.setCurrentRow(0)
            if self.focus_when_found:
                self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.focus_when_found = False
        self.searched.emit()

    def _failed(self, worker: _Search, message: str) -> None:
        if worker is not self._worker:
            return
        self._worker = None
        self.focus_when_found = False
        self.status.setText(tr("Online zoeken mislukt: %1").replace("%1", message))
        self.searched.emit()

    def _item(self, result: object) -> QListWidgetItem:
        data = result.to_dict()  # type: ignore[attr-defined]
        doc_id = str(data["id"])
        subject = str(data.get("subject") or data.get("title") or doc_id)
        subject = subject[:1].upper() + subject[1:]
        day = data.get("answered_on") or data.get("ontvangen") or data.get("ingezonden") or data.get("published")
        parts = [doc_id]
        if day:
            from datetime import date

            from reader.presentation.dates import format_date

            parts.append(format_date(date.fromisoformat(str(day))))
        in_library = bool(data.get("in_library"))
        if in_library:
            parts.append(tr("in uw bibliotheek"))
        mark = "✓ " if in_library else ""
        item = QListWidgetItem(f"{mark}{subject}")
        item.setData(SECONDARY_ROLE, " · ".join(parts))
        item.setData(ID_ROLE, doc_id)
        item.setData(IN_LIBRARY_ROLE, in_library)
        item.setToolTip(f"{subject}\n{doc_id}")
        return item

    def ids(self) -> list[str]:
        return [str(self.list.item(i).data(ID_ROLE)) for i in range(self.list.count())]

    def marked(self) -> list[str]:
        """The ids of the results shown as in the library."""
        return [str(self.list.item(i).data(ID_ROLE)) for i in range(self.list.count())
                if self.list.item(i).data(IN_LIBRARY_ROLE)]  # fmt: skip

    def mark_in_library(self, doc_id: str) -> None:
        """A result was fetched: it is in the library now."""
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(ID_ROLE) == doc_id and not item.data(IN_LIBRARY_ROLE):
                item.setText(f"✓ {item.text()}")
                item.setData(SECONDARY_ROLE, f"{item.data(SECONDARY_ROLE)} · " + tr("in uw bibliotheek"))
                item.setData(IN_LIBRARY_ROLE, True)

    def _activated(self, item: QListWidgetItem) -> None:
        doc_id = item.data(ID_ROLE)
        if doc_id:
            self.open_requested.emit(str(doc_id))

    def stop(self) -> None:
        """The window closes: wait for a running search (it ends at its timeout at the latest)."""
        self._worker = None
        for worker in self._threads:
            worker.wait(30_000)
        self._threads = []


def scope_box(parent: QWidget) -> QCheckBox:
    """Where the search looks: the library only, or the official publications too (the scope)."""
    box = QCheckBox(tr("Ook zoeken in de officiële be&kendmakingen"), parent)
    box.setObjectName("search_scope")
    box.setToolTip(tr("Ook de officiële bekendmakingen doorzoeken, naast uw bibliotheek (Enter zoekt online)"))
    return box
