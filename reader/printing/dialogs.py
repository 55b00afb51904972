"""The print dialogs the main window calls: options first, then Qt's preview, print or file dialog.

    print_preview(parent, doc, current_pair, selected_pairs=None) -> bool
    print_document(parent, doc, current_pair, selected_pairs=None) -> bool
    export_pdf(parent, doc, current_pair, selected_pairs=None) -> Path | None

`current_pair` and `selected_pairs` are indexes into `doc.pairs()` (the rows of the aligned view): the pair
the reader is at, and the rows selected in the window (None or empty when there is no selection). Each
function first shows `PrintOptionsDialog` (what to print, columns, footnotes, paper, orientation, margins;
remembered in the settings), then Qt's dialog, and renders through the one `PrintRenderer`. They return
False / None when the user cancels. All dialogs are run with `exec()`, so tests patch `exec` and never block.

The strings are Dutch source text through `tr()` / `QCoreApplication.translate()` with literal text (so that
pyside6-lupdate finds them); Qt's own dialogs speak Dutch when the application has loaded `qtbase_nl.qm`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QStandardPaths
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.model import Document
from reader.presentation.labels import document_title, pair_label
from reader.printing.errors import ExportError
from reader.printing.options import (
    PAPER_SIZES,
    Columns,
    PairSpecError,
    PrintOptions,
    Scope,
    format_pair_spec,
    parse_pair_spec,
)
from reader.printing.pages import run_preview
from reader.printing.renderer import PrintRenderer, configure_printer
from reader.printing.renderer import export_pdf as write_pdf
from reader.printing.settings import load_options, open_settings, save_options

PREVIEW, PRINT, EXPORT = "preview", "print", "export"
LAST_FOLDER_KEY = "printing/last_pdf_folder"  # in state.ini: where the window was left


class PrintOptionsDialog(QDialog):
    """What to print and on which paper. `options()` gives the choice after `exec()` returned Accepted."""

    def __init__(
        self,
        parent: QWidget | None,
        doc: Document,
        options: PrintOptions,
        current_pair: int | None = None,
        selected_pairs: Sequence[int] | None = None,
        purpose: str = PRINT,
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.count = len(doc.pairs())
        self.current_pair = current_pair if current_pair is not None and 0 <= current_pair < self.count else None
        self._base = options
        self.setWindowTitle(
            {PREVIEW: self.tr("Afdrukvoorbeeld"), PRINT: self.tr("Afdrukken"), EXPORT: self.tr("Exporteren als PDF")}[
                purpose
            ]
        )
        layout = QVBoxLayout(self)

        # ---- what ----
        what = QGroupBox(self.tr("Wat afdrukken"), self)
        grid = QGridLayout(what)
        self.scope_all = QRadioButton(self.tr("Alle vragen en antwoorden (%n paren)", "", self.count), what)
        label = pair_label(doc.pairs()[self.current_pair], doc) if self.current_pair is not None else ""
        current_text = self.tr("Alleen het huidige paar")
        if label:
            current_text = self.tr("Alleen het huidige paar (%1)").replace("%1", label)
        self.scope_current = QRadioButton(current_text, what)
        self.scope_current.setEnabled(self.current_pair is not None)
        self.scope_selected = QRadioButton(self.tr("&Paren:"), what)
        self.pairs_edit = QLineEdit(what)
        self.pairs_edit.setPlaceholderText(self.tr("bijvoorbeeld 1-3, 5"))
        self.pairs_edit.setAccessibleName(self.tr("Paren om af te drukken"))
        self.pairs_edit.setAccessibleDescription(
            self.tr("Nummers van de rijen in de weergave, vanaf 1; reeksen met een streepje")
        )
        chosen = sorted({i for i in (selected_pairs or ()) if 0 <= i < self.count})
        if chosen:
            self.pairs_edit.setText(format_pair_spec(chosen))
        self.scope_group = QButtonGroup(self)
        for button in (self.scope_all, self.scope_current, self.scope_selected):
            self.scope_group.addButton(button)
        grid.addWidget(self.scope_all, 0, 0, 1, 2)
        grid.addWidget(self.scope_current, 1, 0, 1, 2)
        grid.addWidget(self.scope_selected, 2, 0)
        grid.addWidget(self.pairs_edit, 2, 1)
        self.pairs_edit.textEdited.connect(lambda _t: self.scope_selected.setChecked(True))
        if chosen:  # a selection in the window is what the user means now
            self.scope_selected.setChecked(True)
        elif options.scope == Scope.CURRENT and self.current_pair is not None:
            self.scope_current.setChecked(True)
        else:
            self.scope_all.setChecked(True)

        form = QFormLayout()
        self.columns = QComboBox(what)
        self.columns.addItem(self.tr("Vragen en antwoorden naast elkaar"), Columns.BOTH.value)
        self.columns.addItem(self.tr("Alleen de vragen"), Columns.QUESTIONS.value)
        self.columns.addItem(self.tr("Alleen de antwoorden"), Columns.ANSWERS.value)
        self.columns.setCurrentIndex(max(0, self.columns.findData(options.columns.value)))
        columns_label = QLabel(self.tr("&Kolommen:"), what)
        columns_label.setBuddy(self.columns)
        form.addRow(columns_label, self.columns)
        self.footnotes = QCheckBox(self.tr("&Voetnoten afdrukken, met de bronnen en hun links"), what)
        self.footnotes.setChecked(options.footnotes)
        form.addRow(self.footnotes)
        self.whole_pairs = QCheckBox(self.tr("Paren altijd &heel houden (kost meer papier)"), what)
        self.whole_pairs.setToolTip(self.tr("Een paar dat op een pagina past, begint dan altijd op een nieuwe pagina"))
        self.whole_pairs.setChecked(options.whole_pairs)
        form.addRow(self.whole_pairs)
        grid.addLayout(form, 3, 0, 1, 2)
        layout.addWidget(what)

        # ---- paper ----
        paper = QGroupBox(self.tr("Papier"), self)
        pform = QFormLayout(paper)
        self.paper = QComboBox(paper)
        for name in PAPER_SIZES:
            self.paper.addItem(name, name)
        self.paper.setCurrentIndex(max(0, self.paper.findData(options.paper)))
        paper_label = QLabel(self.tr("&Formaat:"), paper)
        paper_label.setBuddy(self.paper)
        pform.addRow(paper_label, self.paper)
        orientation = QHBoxLayout()
        self.portrait = QRadioButton(self.tr("&Staand"), paper)
        self.landscape = QRadioButton(self.tr("&Liggend"), paper)
        (self.landscape if options.landscape else self.portrait).setChecked(True)
        orientation.addWidget(self.portrait)
        orientation.addWidget(self.landscape)
        orientation.addStretch(1)
        pform.addRow(self.tr("Richting:"), orientation)
        margins = QHBoxLayout()
        self.margins: dict[str, QDoubleSpinBox] = {}
        for key, text, value in (
            ("top", self.tr("Boven"), options.margin_top),
            ("bottom", self.tr("Onder"), options.margin_bottom),
            ("left", self.tr("Links"), options.margin_left),
            ("right", self.tr("Rechts"), options.margin_right),
        ):
            spin = QDoubleSpinBox(paper)
            spin.setRange(0.0, 60.0)
            spin.setDecimals(0)
            spin.setSuffix(" mm")
            spin.setValue(value)
            spin.setAccessibleName(self.tr("Marge %1").replace("%1", text.lower()))
            lab = QLabel(text, paper)
            lab.setBuddy(spin)
            margins.addWidget(lab)
            margins.addWidget(spin)
            self.margins[key] = spin
        pform.addRow(self.tr("Marges:"), margins)
        layout.addWidget(paper)

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        layout.addWidget(self.error)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok_texts = {PREVIEW: self.tr("&Voorbeeld…"), PRINT: self.tr("&Afdrukken…"), EXPORT: self.tr("&Opslaan…")}
        ok.setText(ok_texts[purpose])
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def options(self) -> PrintOptions:
        """The options as chosen (raises PairSpecError for an invalid pair range)."""
        if self.scope_selected.isChecked():
            scope, pairs = Scope.SELECTED, tuple(parse_pair_spec(self.pairs_edit.text(), self.count))
        elif self.scope_current.isChecked():
            scope, pairs = Scope.CURRENT, ()
        else:
            scope, pairs = Scope.ALL, ()
        return replace(
            self._base,
            scope=scope,
            pairs=pairs,
            columns=Columns(self.columns.currentData()),
            footnotes=self.footnotes.isChecked(),
            whole_pairs=self.whole_pairs.isChecked(),
            paper=str(self.paper.currentData()),
            landscape=self.landscape.isChecked(),
            margin_top=self.margins["top"].value(),
            margin_bottom=self.margins["bottom"].value(),
            margin_left=self.margins["left"].value(),
            margin_right=self.margins["right"].value(),
        )

    def accept(self) -> None:
        try:
            self.options()
        except PairSpecError as exc:  # keep the dialog open and say what is wrong
            self.error.setText(str(exc))
            self.error.show()
            self.pairs_edit.setFocus()
            return
        super().accept()


def ask_options(
    parent: QWidget | None,
    doc: Document,
    current_pair: int | None,
    selected_pairs: Sequence[int] | None,
    purpose: str,
) -> PrintOptions | None:
    """Show the options dialog; the chosen options (remembered for next time), or None when cancelled."""
    dialog = PrintOptionsDialog(parent, doc, load_options(), current_pair, selected_pairs, purpose)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        options = dialog.options()
    finally:
        dialog.deleteLater()
    save_options(options)
    return options


def _remember_page_layout(options: PrintOptions, printer: QPrinter) -> None:
    """Keep orientation and margins the user changed in Qt's own dialog (paper names stay ours)."""
    layout = printer.pageLayout()
    m: QMarginsF = layout.margins(QPageLayout.Unit.Millimeter)
    save_options(
        replace(
            options,
            landscape=layout.orientation() == QPageLayout.Orientation.Landscape,
            margin_top=round(m.top(), 1),
            margin_bottom=round(m.bottom(), 1),
            margin_left=round(m.left(), 1),
            margin_right=round(m.right(), 1),
        )
    )


def _warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def print_preview(
    parent: QWidget | None, doc: Document, current_pair: int | None, selected_pairs: Sequence[int] | None = None
) -> bool:
    """Options, then Qt's print preview (which can print too). False when cancelled."""
    options = ask_options(parent, doc, current_pair, selected_pairs, PREVIEW)
    if options is None:
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure_printer(printer, options, doc)
    renderer = PrintRenderer(doc, options, current_pair=current_pair)
    preview = QPrintPreviewDialog(printer, parent)
    preview.setWindowTitle(
        QCoreApplication.translate("PrintDialogs", "Afdrukvoorbeeld — %1").replace("%1", document_title(doc))
    )
    error = run_preview(preview, renderer.render)
    if error is not None:
        _warn(parent, QCoreApplication.translate("PrintDialogs", "Afdrukken mislukt"), error)
    _remember_page_layout(options, printer)
    return True


def print_document(
    parent: QWidget | None, doc: Document, current_pair: int | None, selected_pairs: Sequence[int] | None = None
) -> bool:
    """Options, then Qt's print dialog, then print. False when cancelled or failed."""
    options = ask_options(parent, doc, current_pair, selected_pairs, PRINT)
    if options is None:
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    configure_printer(printer, options, doc)
    renderer = PrintRenderer(doc, options, current_pair=current_pair)
    pages = renderer.layout(printer).page_count
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(
        QCoreApplication.translate("PrintDialogs", "Afdrukken — %1").replace("%1", document_title(doc))
    )
    # what to print was chosen in our dialog; Qt's offers a page range only
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setMinMax(1, pages)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
    finally:
        dialog.deleteLater()
    try:
        renderer.render(printer)
    except ExportError as exc:
        _warn(parent, QCoreApplication.translate("PrintDialogs", "Afdrukken mislukt"), str(exc))
        return False
    _remember_page_layout(options, printer)
    return True


def export_pdf(
    parent: QWidget | None, doc: Document, current_pair: int | None, selected_pairs: Sequence[int] | None = None
) -> Path | None:
    """Options, then a file dialog, then the PDF (written atomically). The path written, or None."""
    options = ask_options(parent, doc, current_pair, selected_pairs, EXPORT)
    if options is None:
        return None
    settings = open_settings("state")
    folder = str(settings.value(LAST_FOLDER_KEY, "") or "")
    if not folder or not Path(folder).is_dir():
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    name = f"{doc.id or 'kamervragen'}.pdf"
    dialog = QFileDialog(parent, QCoreApplication.translate("PrintDialogs", "Exporteren als PDF"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilters([QCoreApplication.translate("PrintDialogs", "PDF-bestanden (*.pdf)")])
    dialog.setDefaultSuffix("pdf")
    dialog.setDirectory(folder)
    dialog.selectFile(name)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        target = Path(dialog.selectedFiles()[0])
    finally:
        dialog.deleteLater()
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    try:
        # the file dialog has already asked before replacing an existing file
        write_pdf(doc, target, options, current_pair=current_pair, overwrite=True)
    except ExportError as exc:
        _warn(parent, QCoreApplication.translate("PrintDialogs", "Exporteren mislukt"), str(exc))
        return None
    settings.setValue(LAST_FOLDER_KEY, str(target.parent))
    settings.sync()
    return target
