"""The presentation of a document: one view model (what a reader sees), and the writers that show it.

Layer: above `core` and `library`, below `printing` and `gui` (it imports neither). The view model is plain
Python; the QTextDocument writer needs QtGui only.

- `view`: `present(doc, ViewOptions) -> View` — header rows, aligned rows of questions and answers (paragraphs
  of text, footnote markers and citation links; tables), each row's notes, pointers to answers that stand
  elsewhere, endnotes with resolved citations, labels and dates in the interface language.
- `notes`: `row_notes` (the footnotes of a pair: the one rule for the sidebar, the print and the HTML),
  `endnotes`, the notes of cells without a question or an answer.
- `labels`, `dates`, `text`: headings ("Vraag 3"), the language of a view, dates ("21 mei 2019"), a block's
  text as paragraphs of runs.
- Writers: `text_document` (+ `text_layout`, `text_style`): the `QTextDocument` of the reading pane and the
  print renderer; `html`: the self-contained HTML page.

Import the writers from their modules; this package imports no Qt.
"""

from reader.presentation.view import Columns, View, ViewOptions, present

__all__ = ["Columns", "View", "ViewOptions", "present"]
