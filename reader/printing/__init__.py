"""Printing the aligned view: one renderer for preview, printer and PDF."""
