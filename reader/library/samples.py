"""The bundled fictional sample documents, so that a first start shows a useful library.

They are package data (`reader.resources/samples/`, read through importlib.resources, never through paths
relative to the source tree). Importing is idempotent: samples already in the library are skipped by their
content hash. A missing or empty samples folder imports nothing.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from reader.library.importer import Importer, ImportSummary
from reader.library.store import Library


def add_samples(library: Library | str | Path | None = None) -> ImportSummary:
    """Import the bundled samples into `library` (a Library, a path, or the default library)."""
    try:
        folder = resources.files("reader.resources") / "samples"
    except ModuleNotFoundError:
        return ImportSummary()
    if not folder.is_dir():
        return ImportSummary()
    with resources.as_file(folder) as path:
        return Importer(library).run([path])
