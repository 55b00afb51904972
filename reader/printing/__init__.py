"""Printing the aligned view: one renderer for preview, printer and PDF.

Modules: `renderer` (PrintRenderer: the aligned document laid out on a QPrinter, pairs kept on a page, header
and footer bands, endnotes; `export_pdf`), `options` (PrintOptions, pair ranges), `dialogs` (what the main
window calls: `print_preview`, `print_document`, `export_pdf`, each with the options dialog first),
`html_export` (a self-contained HTML page of the aligned view), `cli` (`kamervragen-reader export`),
`settings` (the remembered options), `files` (atomic writes), `messages` (Dutch and English).
QtGui and QtPrintSupport only, except `dialogs`: a PDF can be made without widgets or a display.
"""
