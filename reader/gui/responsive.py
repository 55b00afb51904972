"""Every window size: each reading column keeps room for about 30 characters, whatever the window's width.

The reading pane's two columns share what the list and the sidebar leave. `plan()` decides, for a width, what
stays docked: when the reading area would give a column less than `CHARS` characters (measured with the
pane's font: `reading_need`), the list folds first, then the sidebar; with a second reading pane open, the
two panes stand one above the other when even then there is no room for both side by side. With the default
list (440 px) and sidebar (300 px) the list folds below about 1,200 px and the sidebar below about 900 px.

A folded part is a drawer: its toggle (the tool bar's button, Ctrl+Shift+L for the list, Ctrl+Shift+V for the
sidebar) slides it over the reading area instead of taking the columns' room; choosing a document, following a
citation, Escape or a click outside closes it. Ctrl+L opens the list's drawer at its search field. A wide
window (from `WIDE_FROM` px) gives the list the spare width, which its subject column takes.

The reader's own choice (list and sidebar shown or hidden) is kept as what is *wanted*: a window made wide
again docks what was wanted, and the session saves it.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QFontMetricsF, QKeyEvent
from PySide6.QtWidgets import QApplication, QFrame, QStyle, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from reader.gui.main_window import MainWindow
    from reader.gui.reading_pane import ReadingPane

CHARS = 30  # characters a reading column keeps room for
WIDE_FROM = 1600  # from this width the list takes a share of the spare width
HYSTERESIS = 24  # pixels more than needed before a folded part docks again (no flapping at the threshold)
HANDLE = 6  # a splitter handle and the dock's separator


class Plan(NamedTuple):
    list_docked: bool
    sidebar_docked: bool
    stacked: bool  # a second reading pane stands below the first


def plan(
    width: int,
    *,
    need: int,
    list_width: int,
    sidebar_width: int,
    list_wanted: bool = True,
    sidebar_wanted: bool = True,
    panes: int = 1,
    slack: int = 0,
) -> Plan:
    """What stays docked in a window `width` wide, when a reading pane needs `need` px for two readable
    columns (`slack`: extra room asked before docking again what is folded now)."""
    list_docked, sidebar_docked = list_wanted, sidebar_wanted

    def room() -> int:
        return width - (list_width + HANDLE if list_docked else 0) - (sidebar_width + HANDLE if sidebar_docked else 0)

    wanted = (need + HANDLE) * panes + slack
    if list_docked and room() < wanted:
        list_docked = False
    if sidebar_docked and room() < wanted:
        sidebar_docked = False
    stacked = panes > 1 and room() < wanted
    return Plan(list_docked, sidebar_docked, stacked)


def list_share(width: int, base: int) -> int:
    """The list's width in a window `width` wide: `base`, and from `WIDE_FROM` px half of what is beyond."""
    return base + max(0, width - WIDE_FROM) // 2


def reading_need(pane: ReadingPane | None, chars: int = CHARS) -> int:
    """The width a reading pane needs so that each of its two columns holds `chars` average characters of its
    font, at its column ratio (the narrower column counts)."""
    bar = 3.0  # presentation.text_style.SPAN_BAR_WIDTH (not imported: the first frame comes without it)
    if pane is not None:
        font = pane.font()
        ratio = pane.column_ratio()
        margin = pane.document().documentMargin()
    else:
        font = QApplication.font()
        font.setPointSizeF(max(10.5, font.pointSizeF() * 1.15))
        ratio, margin = 0.5, 20.0
    char = QFontMetricsF(font).averageCharWidth()
    share = max(0.3, min(ratio, 1 - ratio))
    gutter = 28.0
    column = chars * char + gutter / 2 + bar + 4  # the text, the gutter's half, the bar, rounding
    scroll = QApplication.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    return math.ceil(column / share + 2 * margin + scroll + 8)


class Drawer(QFrame):
    """A folded part, shown over the reading area from the left or the right edge."""

    def __init__(self, window: QWidget, name: str, left: bool) -> None:
        super().__init__(window)
        self.setObjectName(name)
        self.left = left
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        edge = "right" if left else "left"
        self.setStyleSheet(
            f"QFrame#{name} {{ background: palette(window); border: 0; border-{edge}: 1px solid palette(mid); }}"
        )
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.content: QWidget | None = None
        self.hide()

    def set_content(self, widget: QWidget) -> None:
        layout = self.layout()
        assert layout is not None
        widget.setParent(self)
        layout.addWidget(widget)
        widget.show()
        self.content = widget

    def take_content(self) -> QWidget | None:
        widget, self.content = self.content, None
        if widget is not None:
            layout = self.layout()
            assert layout is not None
            layout.removeWidget(widget)
        return widget

    def place(self, area: QRect) -> None:
        width = min(area.width() - 40, max(320, min(440, area.width() * 45 // 100)))
        x = area.left() if self.left else area.right() - width + 1
        self.setGeometry(x, area.top(), width, area.height())


class Responsive(QObject):
    """Folds and docks the list and the sidebar as the window's width asks (see the module docstring)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.list_wanted = True
        self.sidebar_wanted = True
        self.current = Plan(True, True, False)
        self.list_drawer = Drawer(window, "list_drawer", left=True)
        self.sidebar_drawer = Drawer(window, "sidebar_drawer", left=False)
        self._docked_list_width = 0
        self._stand_in: QWidget | None = None
        self._busy = False
        window.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """A drawer closes when the keyboard leaves it (a click in the text, F6, a followed citation)."""
        if new is None or new.window() is not self.window:
            return
        for drawer in (self.list_drawer, self.sidebar_drawer):
            if drawer.isVisible() and not drawer.isAncestorOf(new):
                drawer.hide()
                self.window.update_commands()

    # ---- what is shown ---------------------------------------------------------------------------------------
    @property
    def list_folded(self) -> bool:
        return not self.current.list_docked and self.list_wanted

    @property
    def sidebar_folded(self) -> bool:
        return not self.current.sidebar_docked and self.sidebar_wanted

    @property
    def narrow(self) -> bool:
        """Whether anything the reader wants shown is folded into a drawer now."""
        return self.list_folded or self.sidebar_folded

    def list_shown(self) -> bool:
        w = self.window
        if self.list_drawer.content is not None:
            return self.list_drawer.isVisible()
        return w.has_list and not w.library_panel.isHidden()

    def sidebar_shown(self) -> bool:
        if self.sidebar_drawer.content is not None:
            return self.sidebar_drawer.isVisible()
        return not self.window.notes_dock.isHidden()

    def set_list_shown(self, shown: bool) -> None:
        """The list's toggle: a drawer when folded, else docked (and remembered as wanted)."""
        w = self.window
        if self.list_drawer.content is not None or (self.list_folded and shown):
            self._fold_list()
            self._show_drawer(self.list_drawer, shown)
            if shown:
                w.library_panel.focus_list()
        else:
            self.list_wanted = shown
            w.library_panel.setVisible(shown)
            self.update_layout()
            if shown and self.list_drawer.content is not None:  # no room to dock it here: its drawer opens
                self._show_drawer(self.list_drawer, True)
        w.update_commands()

    def set_sidebar_shown(self, shown: bool) -> None:
        """The sidebar's toggle: a drawer when folded, else the dock (and remembered as wanted)."""
        w = self.window
        if self.sidebar_drawer.content is not None or (self.sidebar_folded and shown):
            self._fold_sidebar()
            self._show_drawer(self.sidebar_drawer, shown)
        else:
            self.sidebar_wanted = shown
            w.notes_dock.setVisible(shown)
            self.update_layout()
            if shown and self.sidebar_drawer.content is not None:
                self._show_drawer(self.sidebar_drawer, True)
        w.update_commands()

    def close_drawers(self, focus_reading: bool = True) -> bool:
        """Close an open drawer (after choosing a document, following a citation, Escape); whether one was."""
        was = self.list_drawer.isVisible() or self.sidebar_drawer.isVisible()
        if was:
            had_focus = self._drawer_has_focus()
            self.list_drawer.hide()
            self.sidebar_drawer.hide()
            if focus_reading and had_focus:
                self.window.focus.reading()
            self.window.update_commands()
        return was

    def _drawer_has_focus(self) -> bool:
        focus = self.window.focusWidget()
        return focus is not None and (self.list_drawer.isAncestorOf(focus) or self.sidebar_drawer.isAncestorOf(focus))

    def _show_drawer(self, drawer: Drawer, shown: bool) -> None:
        other = self.sidebar_drawer if drawer is self.list_drawer else self.list_drawer
        if shown:
            other.hide()
            drawer.place(self._area())
            drawer.show()
            drawer.raise_()
        else:
            if drawer.isAncestorOf(self.window.focusWidget()):
                self.window.focus.reading()
            drawer.hide()

    def _area(self) -> QRect:
        """Where drawers stand: the window's central area and the docks beside it."""
        w = self.window
        central = w.centralWidget()
        assert central is not None
        area = central.geometry()
        if not w.notes_dock.isHidden():
            area = area.united(w.notes_dock.geometry())
        return area

    # ---- the plan ----------------------------------------------------------------------------------------------
    def update_layout(self) -> None:
        """Apply the plan for the window's width now."""
        if self._busy or not self.window.isVisible():
            return  # (a window not shown yet has no width of its own: its Show event comes first)
        self._busy = True
        try:
            self._apply()
        finally:
            self._busy = False

    def _apply(self) -> None:
        w = self.window
        side = w.side.is_open
        pane = w.pane if w.reading_area.has_view else None
        if self.list_drawer.content is None and w.has_list and not w.library_panel.isHidden():
            self._docked_list_width = w.splitter.sizes()[0] or self._docked_list_width
        minimum = w.library_panel.minimumWidth() if w.has_list else 280
        list_width = min(max(minimum, self._docked_list_width or 300), max(minimum, w.width() // 3))
        sidebar_width = max(240, w.notes_dock.width() if not w.notes_dock.isHidden() else 300)
        need = reading_need(pane)
        slack = HYSTERESIS if self.narrow else 0
        new = plan(w.width(), need=need, list_width=list_width, sidebar_width=sidebar_width,
                   list_wanted=self.list_wanted and w.has_list, sidebar_wanted=self.sidebar_wanted,
                   panes=2 if side else 1, slack=slack)  # fmt: skip
        if not w.has_list:
            new = new._replace(list_docked=True)  # nothing to fold before the library is open
        if new.list_docked and self.list_drawer.content is not None:
            self._dock_list()
        elif not new.list_docked and self.list_wanted and w.has_list and self.list_drawer.content is None:
            self._fold_list()
        if new.sidebar_docked and self.sidebar_drawer.content is not None:
            self._dock_sidebar()
        elif not new.sidebar_docked and self.sidebar_wanted and self.sidebar_drawer.content is None and w.has_list:
            self._fold_sidebar()  # (not before the library is open: the sidebar's content comes with it)
        w.side.set_stacked(new.stacked)
        self.current = new
        for drawer in (self.list_drawer, self.sidebar_drawer):
            if drawer.isVisible():
                drawer.place(self._area())
        w.update_commands()

    def _fold_list(self) -> None:
        w = self.window
        if self.list_drawer.content is not None or not w.has_list:
            return
        from reader.gui import window_layout as layout

        panel = w.library_panel
        self._stand_in = QWidget()  # kept referenced: the splitter must not lose its place for the list
        self._stand_in.setObjectName("list_place")
        w.splitter.replaceWidget(layout.LIST, self._stand_in)
        self._stand_in.hide()  # (replaceWidget gives it the list's visibility)
        self.list_drawer.set_content(panel)
        panel.show()

    def _dock_list(self) -> None:
        w = self.window
        panel = self.list_drawer.take_content()
        self.list_drawer.hide()
        if panel is None:
            return
        from reader.gui import window_layout as layout

        stand_in = w.splitter.replaceWidget(layout.LIST, panel)
        if stand_in is not None and stand_in is self._stand_in:
            stand_in.deleteLater()
        self._stand_in = None
        panel.setVisible(self.list_wanted)
        total = sum(w.splitter.sizes())
        width = list_share(w.width(), self._docked_list_width or layout.LIST_WIDTH)
        if total > width:
            w.splitter.setSizes([width, total - width, *w.splitter.sizes()[2:]][: w.splitter.count()])

    def _fold_sidebar(self) -> None:
        w = self.window
        if self.sidebar_drawer.content is not None:
            return
        notes = w.notes
        w.notes_dock.hide()
        self.sidebar_drawer.set_content(notes)

    def _dock_sidebar(self) -> None:
        w = self.window
        notes = self.sidebar_drawer.take_content()
        self.sidebar_drawer.hide()
        if notes is None:
            return
        w.notes_dock.setWidget(notes)
        notes.show()
        w.notes_dock.setVisible(self.sidebar_wanted)

    # ---- events -------------------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.window:
            if kind in (QEvent.Type.Resize, QEvent.Type.Show):
                self.update_layout()
            elif (
                kind == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape
                and self.close_drawers()
            ):
                return True
        return False
