"""Printing the aligned view: one renderer for preview, printer and PDF.

What is printed is the view model of `reader.presentation` (the same as on screen); printing lays it out on
paper. Modules: `renderer` (PrintRenderer: the view's text document laid out on a QPrinter, pairs continued or
moved at page breaks, header and footer bands; `export_pdf`), `options` (PrintOptions, pair ranges),
`dialogs` (what the main window calls: `print_preview`, `print_document`, `export_pdf`, each with the options
dialog first), `html_export` (the view's HTML page, written to a file), `cli` (`kamervragen-reader export`),
`settings` (the remembered options), `files` (atomic writes), `messages` (Dutch and English).
QtGui and QtPrintSupport only, except `dialogs`: a PDF can be made without widgets or a display.
"""
