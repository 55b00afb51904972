"""The filters the library list and the overview share — vergaderjaar, party, ministry, kind — and the overview's
selection as the list shows it.

`SharedFilters` holds the four values (the `Query` fields year, party, ministry, kind) and the choices the
library offers for them; every combo box bound to it (`bind(field, combo)`: the list's filter bar and the
overview's) shows the same choices and the same value, so a change in one place is a change in the other:
`changed` is emitted once per change, after every bound combo box shows it. Choosing in a combo box sets the
value; setting a value (`set`, `clear`) updates the combo boxes without their own signals.

`SelectionBanner` is the line above the list that says which bar or row of the overview the list shows
("Overzicht: Financiën · te laat"), with a button to go back to the filters.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from reader.gui.i18n import tr
from reader.library import Library, Query

FIELDS = ("year", "party", "ministry", "kind")


def ministries(library: Library) -> list[str]:
    """The ministries of the question sets in the library, alphabetically (one seek per ministry: the
    statistics' index on the set heads is ordered by ministry)."""
    step = "SELECT min(ministry) FROM documents INDEXED BY documents_stats_ministry WHERE head = 1 AND ministry > "
    try:
        rows = library.connection.execute(
            f"WITH RECURSIVE m(name) AS (SELECT ({step}'') UNION ALL SELECT ({step}m.name) FROM m "
            "WHERE m.name IS NOT NULL) SELECT name FROM m WHERE name IS NOT NULL"
        ).fetchall()
    except sqlite3.Error:
        return []
    return sorted((r[0] for r in rows), key=str.casefold)


def kinds() -> list[tuple[str, str]]:
    """The kinds the filter offers: (text, value)."""
    return [(tr("Vragen met antwoorden"), "antwoord"), (tr("Mededelingen (uitstel)"), "mededeling"),
            (tr("Open vragen"), "vragen")]  # fmt: skip


class SharedFilters(QObject):
    """The shared filter values and their choices (see the module docstring)."""

    changed = Signal()

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._values: dict[str, str | None] = dict.fromkeys(FIELDS)
        self._choices: dict[str, list[tuple[str, str]]] = {"kind": kinds()}
        self._combos: dict[str, list[QComboBox]] = {f: [] for f in FIELDS}

    # ---- values -------------------------------------------------------------------------------------------------
    def value(self, field: str) -> str | None:
        return self._values[field]

    def values(self) -> dict[str, str | None]:
        return dict(self._values)

    def set(self, field: str, value: str | None) -> None:
        self.update({field: value})

    def update(self, values: dict[str, str | None]) -> None:
        """Set several values at once: one `changed` when any differs."""
        new = {f: v or None for f, v in values.items() if f in self._values and self._values[f] != (v or None)}
        if not new:
            return
        self._values.update(new)
        for field in new:
            self._show(field)
        self.changed.emit()

    def clear(self) -> None:
        self.update(dict.fromkeys(FIELDS))

    def query(self, base: Query | None = None) -> Query:
        """`base` (or a new Query) with the shared filters."""
        v = self._values
        return replace(base or Query(), year=v["year"], party=v["party"], ministry=v["ministry"], kind=v["kind"])

    def active(self) -> int:
        return sum(v is not None for v in self._values.values())

    # ---- choices and combo boxes --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the choices the library offers again (after an import) and show them in every combo box."""
        from reader.gui import library_extra

        self._choices["year"] = [(y, y) for y in library_extra.years(self.library)]
        self._choices["party"] = [(p, p) for p in library_extra.parties(self.library)]
        self._choices["ministry"] = [(m, m) for m in ministries(self.library)]
        for field in FIELDS:
            self._show(field)

    def bind(self, field: str, combo: QComboBox) -> None:
        """Let `combo` show and choose the value of `field`."""
        self._combos[field].append(combo)
        self._fill(field, combo)
        combo.currentIndexChanged.connect(lambda i, f=field, c=combo: self._chosen(f, c, i))
        combo.destroyed.connect(lambda _o=None, f=field, c=combo: self._forget(f, c))

    def _forget(self, field: str, combo: QComboBox) -> None:
        self._combos[field] = [c for c in self._combos[field] if c is not combo]

    def _chosen(self, field: str, combo: QComboBox, index: int) -> None:
        if index >= 0:
            self.set(field, combo.itemData(index))

    def _fill(self, field: str, combo: QComboBox) -> None:
        """The choices, the value selected (a value the library no longer offers is kept as a choice: the
        filter is still in force and must be seen), without the combo box's signals."""
        choices = list(self._choices.get(field, []))
        value = self._values[field]
        if value is not None and value not in (v for _, v in choices):
            choices.append((value, value))
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(tr("Alle"), None)
            for text, data in choices:
                combo.addItem(text, data)
            k = combo.findData(value) if value is not None else 0
            combo.setCurrentIndex(max(k, 0))
        finally:
            combo.blockSignals(False)

    def _show(self, field: str) -> None:
        for combo in self._combos[field]:
            self._fill(field, combo)


class SelectionBanner(QWidget):
    """ "Overzicht: Financiën · te laat (3)" above the list, with a button that returns to the filters."""

    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview_selection")
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 3, 3, 3)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        row.addWidget(self.label, 1)
        self.button = QToolButton(self)
        self.button.setText(tr("&Terug naar de filters"))
        self.button.setToolTip(tr("De lijst weer met de zoektekst en filters tonen"))
        self.button.clicked.connect(self._clear)
        row.addWidget(self.button)
        self.setAutoFillBackground(True)
        self.setStyleSheet("#overview_selection { background: palette(alternate-base); border-radius: 3px; }")
        self.hide()

    def show_text(self, text: str) -> None:
        self.label.setText(tr("Uit het overzicht: %1").replace("%1", text))
        self.setAccessibleName(self.label.text())
        self.show()

    def _clear(self) -> None:
        self.hide()
        self.cleared.emit()
