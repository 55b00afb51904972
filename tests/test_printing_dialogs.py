"""The print dialogs (reader.printing.dialogs) with pytest-qt: nothing modal blocks, every exec() is patched.

Also the options dataclass, pair ranges and the remembered settings.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from sample_document import fictional_document
from test_printing_support import grouped_document

from reader.printing import dialogs
from reader.printing.options import (
    Columns,
    PairSpecError,
    PrintOptions,
    Scope,
    format_pair_spec,
    parse_pair_spec,
)
from reader.printing.renderer import PrintRenderer, new_pdf_printer
from reader.printing.settings import load_options, open_settings, save_options

ACCEPT = QDialog.DialogCode.Accepted
REJECT = QDialog.DialogCode.Rejected


@pytest.fixture
def accept_options(monkeypatch: pytest.MonkeyPatch) -> list[dialogs.PrintOptionsDialog]:
    """The options dialog accepts at once (after recording itself)."""
    seen: list[dialogs.PrintOptionsDialog] = []

    def exec_(self: dialogs.PrintOptionsDialog) -> int:
        seen.append(self)
        return ACCEPT

    monkeypatch.setattr(dialogs.PrintOptionsDialog, "exec", exec_)
    return seen


# ---- options and ranges -------------------------------------------------------------------------------------
def test_pair_ranges() -> None:
    assert parse_pair_spec("1-3,5") == [0, 1, 2, 4]
    assert parse_pair_spec(" 5, 1 – 2 ; 2") == [0, 1, 4]
    assert format_pair_spec([0, 1, 2, 4]) == "1-3, 5"
    assert format_pair_spec([]) == ""
    for bad in ("", "0", "3-1", "a", "1-", "-2", "1,,x"):
        with pytest.raises(PairSpecError):
            parse_pair_spec(bad)
    with pytest.raises(PairSpecError) as err:
        parse_pair_spec("2-7", count=5)
    assert err.value.key == "pairs_out_of_range"


def test_resolved_pairs_fall_back_to_all() -> None:
    assert PrintOptions().resolved_pairs(5) is None
    assert PrintOptions(scope=Scope.CURRENT).resolved_pairs(5, current=3) == [3]
    assert PrintOptions(scope=Scope.CURRENT).resolved_pairs(5, current=None) is None
    assert PrintOptions(scope=Scope.SELECTED, pairs=(4, 1, 9)).resolved_pairs(5) == [1, 4]
    assert PrintOptions(scope=Scope.SELECTED, pairs=()).resolved_pairs(5) is None


def test_settings_round_trip_and_tolerate_bad_values() -> None:
    chosen = PrintOptions(
        scope=Scope.CURRENT,
        pairs=(1, 2),
        columns=Columns.ANSWERS,
        footnotes=False,
        paper="Letter",
        landscape=True,
        margin_top=22,
        margin_left=11,
    )
    save_options(chosen)
    again = load_options()
    assert again.pairs == ()  # a selection belongs to one document
    assert again == PrintOptions(**{**chosen.__dict__, "pairs": ()})
    assert (Path(os.environ["KAMERVRAGEN_CONFIG_DIR"]) / "settings.ini").is_file()
    store = open_settings()
    store.setValue("printing/columns", "sideways")
    store.setValue("printing/margin_top", "lots")
    store.setValue("printing/font_size", "300")
    store.setValue("printing/paper", "a3")
    store.setValue("printing/margin_left", "500")
    store.sync()
    loaded = load_options(QSettings(store.fileName(), QSettings.Format.IniFormat))
    assert loaded.columns == Columns.BOTH and loaded.margin_top == PrintOptions().margin_top
    assert loaded.font_size == PrintOptions().font_size and loaded.paper == "A3" and loaded.margin_left == 60.0


# ---- the options dialog -------------------------------------------------------------------------------------
def test_options_dialog_reads_back_and_validates(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.core import i18n

    monkeypatch.setattr(i18n, "_language", "nl")  # as the window sets it for a Dutch interface
    doc = fictional_document(6)
    dialog = dialogs.PrintOptionsDialog(None, doc, PrintOptions(), current_pair=2, selected_pairs=[0, 1, 4])
    qtbot.addWidget(dialog)
    assert dialog.scope_selected.isChecked() and dialog.pairs_edit.text() == "1-2, 5"
    assert "Vraag" in dialog.scope_current.text()
    dialog.columns.setCurrentIndex(dialog.columns.findData("questions"))
    dialog.landscape.setChecked(True)
    dialog.margins["left"].setValue(25)
    opts = dialog.options()
    assert (opts.scope, opts.pairs, opts.columns, opts.landscape, opts.margin_left) == (
        Scope.SELECTED,
        (0, 1, 4),
        Columns.QUESTIONS,
        True,
        25,
    )
    dialog.pairs_edit.setText("1-99")
    dialog.accept()  # an invalid range keeps the dialog open with the reason
    assert dialog.result() != ACCEPT and not dialog.error.isHidden()
    assert "bestaat niet" in dialog.error.text()
    dialog.scope_current.setChecked(True)
    assert dialog.options().scope == Scope.CURRENT
    # without a current pair the choice is not offered
    plain = dialogs.PrintOptionsDialog(None, doc, PrintOptions(scope=Scope.CURRENT), current_pair=None)
    qtbot.addWidget(plain)
    assert not plain.scope_current.isEnabled() and plain.scope_all.isChecked()


# ---- preview ------------------------------------------------------------------------------------------------
def test_print_preview_opens_with_the_right_page_count_and_closes(
    qtbot, monkeypatch: pytest.MonkeyPatch, accept_options: list
) -> None:
    doc = fictional_document(8, seed=4)
    expected = PrintRenderer(doc).layout(new_pdf_printer("/dev/null", PrintOptions(), doc)).page_count
    seen: dict[str, object] = {}

    def exec_(self: QPrintPreviewDialog) -> int:
        self.show()
        qtbot.waitExposed(self)
        widget = self.findChild(QPrintPreviewWidget)
        widget.updatePreview()
        seen["pages"] = widget.pageCount()
        seen["title"] = self.windowTitle()
        self.close()
        seen["closed"] = not self.isVisible()
        return REJECT

    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)
    assert dialogs.print_preview(None, doc, 1) is True
    assert seen["pages"] == expected and seen["closed"] is True
    assert "ah-tk-20312032-4246" in str(seen["title"])
    assert len(accept_options) == 1


def test_print_preview_follows_the_options(qtbot, monkeypatch: pytest.MonkeyPatch, accept_options: list) -> None:
    """Printing only the current pair gives the page count of that pair alone."""
    doc = fictional_document(8, seed=4)
    save_options(PrintOptions(scope=Scope.CURRENT))
    single = PrintOptions(scope=Scope.CURRENT)
    expected = PrintRenderer(doc, single, current_pair=0).layout(new_pdf_printer("/dev/null", single, doc))
    counts: list[int] = []

    def exec_(self: QPrintPreviewDialog) -> int:
        widget = self.findChild(QPrintPreviewWidget)
        widget.updatePreview()
        counts.append(widget.pageCount())
        return REJECT

    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)
    dialogs.print_preview(None, doc, 0)
    assert counts == [expected.page_count] and expected.page_count <= 2


def test_cancelled_options_show_nothing(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dialogs.PrintOptionsDialog, "exec", lambda self: REJECT)

    def fail(self: QDialog) -> int:
        raise AssertionError("no dialog may open after Cancel")

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fail)
    monkeypatch.setattr(QPrintDialog, "exec", fail)
    monkeypatch.setattr(QFileDialog, "exec", fail)
    doc = grouped_document()
    assert dialogs.print_preview(None, doc, 0) is False
    assert dialogs.print_document(None, doc, 0) is False
    assert dialogs.export_pdf(None, doc, 0) is None


# ---- print --------------------------------------------------------------------------------------------------
def test_print_document_prints_through_the_renderer(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, accept_options: list
) -> None:
    out = tmp_path / "printed.pdf"
    seen: dict[str, object] = {}

    def exec_(self: QPrintDialog) -> int:
        printer = self.printer()
        seen["max"] = self.maxPage()
        seen["title"] = self.windowTitle()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # the "printer" is a file here
        printer.setOutputFileName(str(out))
        return ACCEPT

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    doc = grouped_document()
    assert dialogs.print_document(None, doc, 0) is True
    assert out.read_bytes().startswith(b"%PDF-")
    assert seen["max"] >= 1 and "ah-tk-20312032-778" in str(seen["title"])


def test_print_dialog_cancel(qtbot, monkeypatch: pytest.MonkeyPatch, accept_options: list) -> None:
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: REJECT)
    assert dialogs.print_document(None, grouped_document(), None) is False


# ---- export -------------------------------------------------------------------------------------------------
def test_export_pdf_asks_for_a_file_and_remembers_the_folder(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, accept_options: list
) -> None:
    target = tmp_path / "mijn export"  # no suffix: .pdf is added
    proposals: list[str] = []

    def exec_(self: QFileDialog) -> int:
        proposals.append(self.directory().absolutePath())
        self.selectFile(str(target))
        return ACCEPT

    monkeypatch.setattr(QFileDialog, "exec", exec_)
    written = dialogs.export_pdf(None, grouped_document(), 0, selected_pairs=[1])
    assert written == tmp_path / "mijn export.pdf" and written.read_bytes().startswith(b"%PDF-")
    # the options dialog was shown with the window's selection
    assert accept_options[0].scope_selected.isChecked() and accept_options[0].pairs_edit.text() == "2"
    # the next export starts in the same folder
    dialogs.export_pdf(None, grouped_document(), 0)
    assert Path(proposals[-1]) == tmp_path


def test_export_pdf_failure_is_reported_and_leaves_no_file(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, accept_options: list
) -> None:
    target = tmp_path / "missing-folder" / "x.pdf"

    def exec_(self: QFileDialog) -> int:
        self.selectFile(str(target))
        return ACCEPT

    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text) or 0)
    assert dialogs.export_pdf(None, grouped_document(), 0) is None
    assert warnings and "missing-folder" in warnings[0]
    assert not target.parent.exists()
