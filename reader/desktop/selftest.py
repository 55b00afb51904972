"""`kamervragen-reader --self-test [FILE...]` (in the bundle): what a built bundle can do, as one JSON object.

It checks the parts a bundle can lose: Qt and its platform plugin, QtPdf (by parsing the files given), Qt's
Dutch translation, the resources inside the package (icons, desktop files, samples), SVG icons, SQLite, Qt
Charts and the Dutch hyphenation patterns.
Without files it writes a PDF of a bundled (fictional) sample with Qt and reads that back.
Exit status 0 when everything asked for works. Runs offscreen unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import tempfile
from importlib.resources import files

from reader import APP_ID, __version__

SAMPLE = "ah-tk-20242025-1807.txt"  # fictional, in resources/samples


def write_sample_pdf(path: str, sample: str = SAMPLE) -> str:
    """Write a PDF with the text of a bundled sample (a QGuiApplication must exist); returns the sample's id."""
    from PySide6.QtGui import QFont, QPageSize, QPdfWriter, QTextDocument

    text = (files("reader.resources") / "samples" / sample).read_text(encoding="utf-8")
    writer = QPdfWriter(path)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 10))
    document.setPlainText(text)
    document.print_(writer)
    del writer  # finishes the file
    return sample.rsplit(".", 1)[0]


def run(paths: list[str]) -> dict[str, object]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QLibraryInfo, QTranslator, qVersion
    from PySide6.QtGui import QGuiApplication, QIcon

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    resources = files("reader.resources")
    translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    svg = resources / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    icon = QIcon(str(svg)) if hasattr(svg, "is_file") and svg.is_file() else QIcon()
    facts: dict[str, object] = {
        "version": __version__,
        "frozen": bool(getattr(sys, "frozen", False)),
        "executable": sys.executable,
        "qt": qVersion(),
        "platform": QGuiApplication.platformName(),
        "translations_dir": translations,
        "qtbase_nl": QTranslator().load("qtbase_nl", translations),
        "english": _english(),
        "resources": sorted(entry.name for entry in resources.iterdir() if not entry.name.startswith("__")),
        "desktop_entry": (resources / "desktop" / f"{APP_ID}.desktop.in").is_file(),
        "svg_icon": not icon.pixmap(64, 64).isNull(),
        "sqlite": sqlite3.sqlite_version,
        "charts": _charts(),
        "hyphenation": _hyphenation(),
        "documents": [],
    }
    documents: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="kamervragen-self-test-") as tmp:
        if not paths:
            sample_pdf = os.path.join(tmp, "sample.pdf")
            expected = write_sample_pdf(sample_pdf)
            documents.append(_parse(sample_pdf, expected))
        documents += [_parse(path) for path in paths]
    facts["documents"] = documents
    facts["ok"] = bool(
        facts["qtbase_nl"]
        and facts["english"]
        and facts["desktop_entry"]
        and facts["svg_icon"]
        and facts["charts"]
        and facts["hyphenation"]
        and all("error" not in d and d.get("id") for d in documents)
    )
    del app
    return facts


def _charts() -> bool:
    """Qt Charts, which the overview of answer times loads on first use."""
    try:
        from PySide6 import QtCharts  # noqa: F401
    except ImportError:
        return False
    return True


def _hyphenation() -> bool:
    """The Dutch hyphenation patterns that decide a line-end hyphen (data files a bundle can lose)."""
    from reader.core.hyphens import _patterns

    return _patterns() is not None


def _english() -> bool:
    """The English interface is there: the window's catalogue (resources/translations) loads and translates a
    window string, and the message catalogue of the command line has its English."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from reader.core.i18n import tr

    item = files("reader.resources") / "translations" / "kamervragen_en.qm"
    if not item.is_file():
        return False
    data = item.read_bytes()
    translator = QTranslator()
    if not translator.load(data):
        return False
    QCoreApplication.installTranslator(translator)
    try:
        window = QCoreApplication.translate("", "Beantwoord") == "Answered"
    finally:
        QCoreApplication.removeTranslator(translator)
    return window and tr("not_found", lang="en", path="x") == "x: file not found"


def _parse(path: str, expected: str | None = None) -> dict[str, object]:
    from reader.core.errors import ParseError
    from reader.core.parse import parse_file

    try:
        document = parse_file(path)
    except ParseError as error:
        return {"path": path, "error": str(error)}
    result: dict[str, object] = {"path": path, "id": document.id, "questions": len(document.questions)}
    if expected is not None and document.id != expected:
        result["error"] = f"expected {expected}"
    return result


def main(args: list[str]) -> int:
    facts = run([a for a in args if not a.startswith("-")])
    print(json.dumps(facts, ensure_ascii=False, indent=1))
    return 0 if facts["ok"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
