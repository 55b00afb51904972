"""The handler of every command in `actions.ACTIONS`, bound by its id with `@handles` (the only place a
command meets its code). A handler is short: it asks the part of the window that knows how (navigation,
imports, focus, the dialogs, the reading pane). When a command is enabled is declared in the table, so a
handler may assume what its `enabled_when` promises (a document is open, the library is open).

Adding a command: an `ActionSpec` in actions.py and a method here marked `@handles("its_id")`; a test checks
that every command has exactly one handler.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.gui.actions import handles
from reader.gui.i18n import tr

if TYPE_CHECKING:
    from reader.gui.main_window import MainWindow
    from reader.gui.reading_pane import ReadingPane

PRINT_COMMANDS = frozenset({"print", "print_preview", "export_pdf"})


class Commands:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        w = window
        self.nav, self.imports, self.focus, self.dialogs = w.navigator, w.imports, w.focus, w.dialogs

    # ---- Bestand ------------------------------------------------------------------------------------------------
    @handles("open")
    def open(self) -> None:
        self.imports.choose_files()

    @handles("add_samples")
    def add_samples(self) -> None:
        self.imports.add_samples()

    @handles("print")
    def print_document(self) -> None:
        self._print("print")

    @handles("print_preview")
    def print_preview(self) -> None:
        self._print("print_preview")

    @handles("export_pdf")
    def export_pdf(self) -> None:
        self._print("export_pdf")

    def _print(self, command: str) -> None:
        """The print dialogs (reader.printing, with QtPrintSupport) load when first used."""
        doc = self.window.doc
        if doc is None:
            return
        from reader.printing import dialogs

        run = {"print": dialogs.print_document, "print_preview": dialogs.print_preview,
               "export_pdf": dialogs.export_pdf}[command]  # fmt: skip
        pair = self.window.pane.current_pair()
        run(self.window, doc, pair if pair >= 0 else None)

    @handles("quit")
    def quit(self) -> None:
        self.window.close()

    # ---- Bewerken -----------------------------------------------------------------------------------------------
    @handles("find")
    def find(self) -> None:
        self.window.find_bar.open_bar()

    @handles("find_next")
    def find_next(self) -> None:
        self._find_again(backward=False)

    @handles("find_previous")
    def find_previous(self) -> None:
        self._find_again(backward=True)

    def _find_again(self, backward: bool) -> None:
        bar = self.window.find_bar
        if not bar.edit.text():
            bar.open_bar()
            return
        bar.show()
        bar.find(backward=backward)

    @handles("search_library")
    def search_library(self) -> None:
        self.focus.library_search()

    @handles("shortcuts")
    def shortcuts(self) -> None:
        self.dialogs.edit_shortcuts()

    # ---- Beeld ---------------------------------------------------------------------------------------------------
    @handles("toggle_list")
    def toggle_list(self, shown: bool) -> None:
        panel = self.window.library_panel
        had_focus = panel.isAncestorOf(self.window.focusWidget())
        self.window.responsive.set_list_shown(shown)
        if not shown and had_focus:
            self.focus.reading()
        self.window.update_commands()

    @handles("toggle_sidebar")
    def toggle_sidebar(self, shown: bool) -> None:
        self.window.responsive.set_sidebar_shown(shown)

    @handles("toggle_source")
    def toggle_source(self, shown: bool) -> None:
        self.window.tabs.setCurrentIndex(1 if shown else 0)

    @handles("zoom_in")
    def zoom_in(self) -> None:
        self._pane().zoom_in()

    @handles("zoom_out")
    def zoom_out(self) -> None:
        self._pane().zoom_out()

    @handles("zoom_reset")
    def zoom_reset(self) -> None:
        self._pane().reset_zoom()

    def _pane(self) -> ReadingPane:
        """The reading pane the keys act on: the second one when it has the keyboard."""
        side = self.window.side
        return side.pane if side.has_focus() else self.window.pane

    @handles("open_beside")
    def open_beside(self) -> None:
        box = self.window.notes.selected_preview()
        if box is None:
            self.window.statusBar().showMessage(
                tr("Geen aangehaald document uit uw bibliotheek bij deze vraag of voetnoot."), 4000
            )
            return
        self.window.side.open(box.preview.doc_id, max(box.preview.pair, 0))

    @handles("switch_pane")
    def switch_pane(self) -> None:
        self.window.side.switch()

    @handles("close_beside")
    def close_beside(self) -> None:
        self.window.side.close()

    @handles("next_pane")
    def next_pane(self) -> None:
        self.focus.cycle(1)

    @handles("previous_pane")
    def previous_pane(self) -> None:
        self.focus.cycle(-1)

    @handles("overview")
    def overview(self, shown: bool) -> None:
        if shown:
            self.window.show_answer_overview()
        elif self.window.has_answer_overview:
            self.window.answer_overview.close()

    @handles("language_system")
    def language_system(self, on: bool) -> None:
        if on:
            self.dialogs.set_language("system")

    @handles("language_nl")
    def language_nl(self, on: bool) -> None:
        if on:
            self.dialogs.set_language("nl")

    @handles("language_en")
    def language_en(self, on: bool) -> None:
        if on:
            self.dialogs.set_language("en")

    # ---- Ga -----------------------------------------------------------------------------------------------------
    @handles("next_pair")
    def next_pair(self) -> None:
        if self.window.side.has_focus():
            self.window.side.pane.next_pair()
            return
        self.nav.next_pair()

    @handles("previous_pair")
    def previous_pair(self) -> None:
        if self.window.side.has_focus():
            self.window.side.pane.previous_pair()
            return
        self.nav.previous_pair()

    @handles("first_pair")
    def first_pair(self) -> None:
        self._pane().go_to_pair(0)

    @handles("last_pair")
    def last_pair(self) -> None:
        pane = self._pane()
        pane.go_to_pair(pane.pair_count() - 1)

    @handles("go_to_pair")
    def go_to_pair(self) -> None:
        self.window.header.focus_field()

    @handles("page_down")
    def page_down(self) -> None:
        self._page(1)

    @handles("page_up")
    def page_up(self) -> None:
        self._page(-1)

    def _page(self, direction: int) -> None:
        bar = self._pane().verticalScrollBar()
        bar.setValue(bar.value() + direction * bar.pageStep())

    @handles("next_document")
    def next_document(self) -> None:
        self.nav.step_document(1)

    @handles("previous_document")
    def previous_document(self) -> None:
        self.nav.step_document(-1)

    @handles("back")
    def back(self) -> None:
        self.nav.go_back()

    @handles("forward")
    def forward(self) -> None:
        self.nav.go_forward()

    @handles("follow_citation")
    def follow_citation(self) -> None:
        self.window.notes.follow_selected()

    # ---- Bibliotheek: the official sources ----------------------------------------------------------------------
    @handles("search_online")
    def search_online(self) -> None:
        panel = self.window.library_panel
        panel.scope.setChecked(True)
        self.focus.library_search()

    @handles("fetch_missing")
    def fetch_missing(self) -> None:
        self.window.sources.fetch_missing()

    @handles("update")
    def update(self) -> None:
        self.window.sources.ask_update()

    @handles("update_since")
    def update_since(self) -> None:
        self.window.sources.ask_update(choose=True)

    @handles("watch_list")
    def watch_list(self) -> None:
        self.window.sources.show_watch_list()

    @handles("watch_current")
    def watch_current(self) -> None:
        self.window.sources.follow_current()

    @handles("watch_check")
    def watch_check(self) -> None:
        self.window.sources.check()

    @handles("watch_at_start")
    def watch_at_start(self, on: bool) -> None:
        self.window.sources.set_check_at_start(on)
        self.window.update_commands()

    @handles("offline")
    def offline(self, on: bool) -> None:
        self.window.sources.set_offline(on)
        self.window.update_commands()

    # ---- Help ---------------------------------------------------------------------------------------------------
    @handles("shortcut_overview")
    def shortcut_overview(self) -> None:
        self.dialogs.show_shortcuts()

    @handles("about")
    def about(self) -> None:
        self.dialogs.about()

    # ---- Overzicht (its own window; made before these can be reached) ------------------------------------------------
    @handles("overview_print")
    def overview_print(self) -> None:
        self.window.answer_overview.print_()

    @handles("overview_preview")
    def overview_preview(self) -> None:
        self.window.answer_overview.print_(preview=True)

    @handles("overview_export_pdf")
    def overview_export_pdf(self) -> None:
        self.window.answer_overview.export("pdf")

    @handles("overview_export_png")
    def overview_export_png(self) -> None:
        self.window.answer_overview.export("png")

    @handles("overview_export_csv")
    def overview_export_csv(self) -> None:
        self.window.answer_overview.export("csv")

    @handles("overview_close")
    def overview_close(self) -> None:
        self.window.answer_overview.close()
