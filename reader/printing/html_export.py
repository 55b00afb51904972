"""The HTML export: the aligned view as a self-contained page, written to a file.

The page is the HTML writer of the view model (`reader.presentation.html`); here the print options choose what
it shows (pairs, columns, footnotes) and the file is written atomically.
"""

from __future__ import annotations

from pathlib import Path

from reader.core.i18n import Text
from reader.core.model import Document
from reader.presentation.html import write_html
from reader.presentation.view import View, ViewOptions, present
from reader.printing.errors import ExportError
from reader.printing.files import atomic_output
from reader.printing.options import PrintOptions


def aligned_html(
    doc: Document, options: PrintOptions | None = None, *, current_pair: int | None = None, view: View | None = None
) -> str:
    """The aligned view of `doc` as one self-contained HTML page (see `reader.presentation.html`). `view`: the
    view model to write (the window's); by default the one the options ask for."""
    opts = options or PrintOptions()
    if view is None:
        pairs = opts.resolved_pairs(len(doc.pairs()), current_pair)
        view = present(doc, ViewOptions(columns=opts.columns, pairs=pairs))
    return write_html(view, ratio=opts.ratio, endnotes=opts.footnotes)


def export_html(
    doc: Document,
    path: str | Path,
    options: PrintOptions | None = None,
    *,
    current_pair: int | None = None,
    overwrite: bool = False,
    view: View | None = None,
) -> None:
    """Write `aligned_html()` to `path` (UTF-8), atomically; raises ExportError."""
    text = aligned_html(doc, options, current_pair=current_pair, view=view)
    data = text.encode("utf-8")

    def verify(written: Path) -> None:
        try:
            whole = written.stat().st_size == len(data) and written.read_bytes().rstrip().endswith(b"</html>")
        except OSError:
            whole = False
        if not whole:
            raise ExportError("cannot_write", path=str(path), reason=Text("html_incomplete"))

    with atomic_output(path, overwrite, verify) as tmp:
        tmp.write_text(text, encoding="utf-8")
