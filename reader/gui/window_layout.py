"""The window's layout: a splitter with the library list on the left and the reading area on the right, the
footnotes in a dock on the right, the tool bar, and the question position in the status bar.

Sizes: a new window is 1440×900 (nine tenths of a smaller screen); the list takes about 440 px (less in a small
window, more from 1600 px on), the sidebar 300 px, the reading area the rest; a narrow window folds the list
and the sidebar into drawers (responsive.py). The splitter's sizes are set once the window's width
is known (before it is laid out, QSplitter would scale them by their proportions instead).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QSplitter, QToolBar, QWidget

from reader.gui.action_registry import ActionRegistry
from reader.gui.i18n import tr

LIST_WIDTH = 440  # the list's share of a new window; the reading area and the sidebar get the rest
SIDEBAR_WIDTH = 300
LIST, READING = 0, 1  # the splitter's places


def default_size() -> QSize:
    """1440×900, or nine tenths of a smaller screen."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(1440, 900)
    room = screen.availableGeometry().size()
    return QSize(min(1440, room.width() * 9 // 10), min(900, room.height() * 9 // 10))


def default_split(width: int) -> list[int]:
    """The splitter's sizes in a window `width` wide: the list narrower in a small window, and wider in a wide
    one (its subject column takes the spare width: responsive.list_share)."""
    from reader.gui.responsive import list_share

    list_width = list_share(width, min(LIST_WIDTH, max(300, width * 32 // 100)))
    return [list_width, max(300, width - list_width - SIDEBAR_WIDTH)]


def splitter(window: QMainWindow, reading_area: QWidget) -> QSplitter:
    """The list's place (empty until the list is made) beside the reading area, as the central widget."""
    split = QSplitter(Qt.Orientation.Horizontal, window)
    split.setObjectName("main_splitter")
    split.addWidget(QWidget(split))
    split.addWidget(reading_area)
    split.setChildrenCollapsible(False)  # no stretch factors: the list and the reading area share a resize
    window.setCentralWidget(split)
    return split


def put_list(split: QSplitter, panel: QWidget) -> None:
    """The list in its place (the splitter keeps its sizes: restored, or set when the window is shown)."""
    stand_in = split.replaceWidget(LIST, panel)
    if stand_in is not None:
        stand_in.deleteLater()


def sidebar_dock(window: QMainWindow) -> QDockWidget:
    """The footnotes' dock on the right (movable to the left, closable); its content comes with the library."""
    dock = QDockWidget(tr("Voetnoten"), window)
    dock.setObjectName("notes_dock")
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable)
    dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resizeDocks([dock], [SIDEBAR_WIDTH], Qt.Orientation.Horizontal)
    return dock


def tool_bar(window: QMainWindow, registry: ActionRegistry) -> QToolBar:
    bar = QToolBar(tr("Werkbalk"), window)
    bar.setObjectName("main_toolbar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    registry.build_toolbar(bar)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar


def position_label(window: QMainWindow) -> QLabel:
    """ "Vraag 3 van 12" at the right of the status bar."""
    label = QLabel(window)
    label.setObjectName("pair_position")
    label.setContentsMargins(8, 0, 8, 0)
    window.statusBar().addPermanentWidget(label)
    return label


def set_tab_order(chain: Iterable[QWidget | None]) -> None:
    """Tab moves through the widgets in this order (the parts not made yet are skipped)."""
    for a, b in itertools.pairwise([w for w in chain if w is not None]):
        QWidget.setTabOrder(a, b)
