"""Where the reader left the window, restored at the next start and saved when it closes (settings.py declares
every value; they live in state.ini, apart from the preferences).

Each part is restored when it is made: the window's geometry, docks and splitter before the window is shown
(so it does not jump); the list's columns and visibility when the list is made; the reading pane's column
ratio, zoom and tab when the reading pane is made; the last document and pair once the library is open
(`restore_document`). A part that was never made keeps what was stored for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.gui import settings as S

if TYPE_CHECKING:
    from reader.gui.library_panel import LibraryPanel
    from reader.gui.main_window import MainWindow
    from reader.gui.reading_area import DocumentView


class Session:
    def __init__(self, window: MainWindow, restore: bool) -> None:
        self.window = window
        self.settings = window.settings
        self.restoring = restore
        self.split_pending = True  # the splitter gets default sizes when the window is first shown

    def restore_frame(self) -> None:
        """Geometry, docks and tool bar, and the splitter (before the window is shown)."""
        if not self.restoring:
            return
        s, w = self.settings, self.window
        geometry = s.get(S.GEOMETRY)
        if not geometry.isEmpty():
            w.restoreGeometry(geometry)
        state = s.get(S.WINDOW_STATE)
        if not state.isEmpty():
            w.restoreState(state)
        splitter = s.get(S.SPLITTER)
        if not splitter.isEmpty() and w.splitter.restoreState(splitter):
            self.split_pending = False

    def restore_list(self, panel: LibraryPanel) -> None:
        if not self.restoring:
            return
        header = self.settings.get(S.LIST_HEADER)
        if not header.isEmpty():
            panel.table.horizontalHeader().restoreState(header)
        panel.setVisible(self.settings.get(S.LIST_VISIBLE))

    def restore_reading(self, view: DocumentView) -> None:
        if not self.restoring:
            return
        s = self.settings
        view.pane.set_column_ratio(s.get(S.COLUMN_RATIO))
        if s.get(S.POINT_SIZE) > 0:
            view.pane.set_point_size(s.get(S.POINT_SIZE))
        view.tabs.setCurrentIndex(1 if s.get(S.CENTRE_TAB) == 1 else 0)

    def restore_document(self) -> bool:
        """Open the document (and pair) that was open when the window last closed."""
        w = self.window
        last = self.settings.get(S.LAST_DOCUMENT)
        if w.library is not None and last and last in w.library:
            return w.open_document(last, self.settings.get(S.LAST_PAIR), record=False, focus=True)
        return False

    def save(self) -> None:
        s, w = self.settings, self.window
        s.set(S.GEOMETRY, w.saveGeometry())
        if not w.responsive.narrow:  # a narrow window's folded layout is not where the reader left the panes
            s.set(S.WINDOW_STATE, w.saveState())
            s.set(S.SPLITTER, w.splitter.saveState())
        if w.has_list:
            s.set(S.LIST_HEADER, w.library_panel.table.horizontalHeader().saveState())
            s.set(
                S.LIST_VISIBLE,
                w.responsive.list_wanted and not (w.library_panel.isHidden() and not w.responsive.narrow),
            )
        if w.reading_area.has_view:
            view = w.reading_area.view
            s.set(S.COLUMN_RATIO, view.pane.column_ratio())
            s.set(S.CENTRE_TAB, view.tabs.currentIndex())
            s.set(S.LAST_PAIR, view.pane.current_pair())
        if w.library is not None:
            s.set(S.LAST_DOCUMENT, w.doc_id or "")
        s.sync()


def open_first_start(window: MainWindow, settings: S.Settings) -> None:
    """On a first start with an empty library: add the bundled samples, and open the first one."""
    if window.library is not None and len(window.library) == 0 and not settings.get(S.SAMPLES_OFFERED):
        settings.set(S.SAMPLES_OFFERED, True)
        window.imports.add_samples()
