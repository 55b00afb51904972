"""The sidebar's layout follows the order it says it shows while a reader steps through the pairs: the panel
moves only the cards that change place (so unmoved cards keep their measured heights), and that must never leave
a card out of place, hidden, doubled or overlapping another."""

from __future__ import annotations

import itertools
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from gui_helpers import QT_LOG_IGNORE, library_with_samples, make_window, settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from sample_document import fictional_document

from reader.core.citations import official_url
from reader.core.model import Reference, RefKind
from reader.gui.notes_panel import NotesPanel

pytestmark = pytest.mark.qt_log_ignore(QT_LOG_IGNORE)


def laid_out(panel: NotesPanel) -> list[QWidget]:
    """The visible widgets of the sidebar's content in the layout's order."""
    layout = panel._layout
    items = (layout.itemAt(i) for i in range(layout.count()))
    return [w for item in items if item is not None and (w := item.widget()) is not None and w.isVisible()]


def expected(panel: NotesPanel) -> list[QWidget]:
    """What the panel says it shows, with its section titles, in order."""
    current = panel.current_pair_notes()
    shown = panel.shown_cards()
    lead = len([n for n in current if panel.card(n) is not None]) + len(panel.citation_cards())
    widgets: list[QWidget] = []
    if lead:
        widgets += [panel.current_title, *shown[:lead]]
    if shown[lead:]:
        widgets += [panel.other_title, *shown[lead:]]
    return [*widgets, panel.cited_title, panel.cited_box]


def assert_in_order(panel: NotesPanel) -> None:
    widgets = laid_out(panel)
    assert widgets == expected(panel)
    assert len(set(map(id, widgets))) == len(widgets), "no widget twice"
    for above, below in itertools.pairwise(widgets):
        if above.height() and below.height():
            assert above.geometry().bottom() < below.geometry().top(), (above, below)


def test_sidebar_layout_follows_the_shown_order_while_stepping(qtbot: object) -> None:
    library = library_with_samples()
    doc = fictional_document(pairs=16, seed=3)
    # some notes cite an answered sample, so the preview cards (and their growth) are part of the layout
    for k, note in enumerate(doc.footnotes[::2]):
        cited = "ah-tk-20242025-1807" if k % 2 else "ah-tk-20242025-1812"
        note.references = [Reference(RefKind.AANHANGSEL, cited, official_url(cited), cited)]
    doc_id = library.add(doc).id
    window = make_window(qtbot, library)
    window.open_document(doc_id)
    window.focus_reading()
    settle()
    panel = window.notes
    n = window.pane.pair_count()
    with_notes = [i for i in range(n) if panel._pair_notes[i]]
    assert len(with_notes) >= 3, "the document has notes at several pairs"
    window.go_to_pair(0, flash=False)
    settle()
    assert_in_order(panel)
    for key, pairs in ((Qt.Key.Key_J, range(1, n)), (Qt.Key.Key_K, range(n - 2, -1, -1))):
        for i in pairs:
            qtbot.keyClick(QApplication.focusWidget(), key)  # type: ignore[attr-defined]
            settle()
            assert window.pane.current_pair() == i
            assert_in_order(panel)
            # the dock is titled "Voetnoten": the section under it never says it again
            title = panel.other_title.text() if panel.other_title.isVisible() else ""
            assert title in ("", "Overige voetnoten", "Alle voetnoten")
            assert title == ("Overige voetnoten" if panel.current_title.isVisible() else title)
    # a preview unfolded in place grows its card, and the cards below move down with it
    boxes = panel.previews()
    assert boxes, "the cited samples give previews"
    box = boxes[0]
    before = box.height()
    box.set_open(True)
    settle()
    assert box.height() > before
    assert_in_order(panel)
    # another document replaces every card; the layout holds only the new ones
    window.open_document(library.add(fictional_document(pairs=5, seed=8)).id)
    settle()
    assert_in_order(panel)
