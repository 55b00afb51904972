"""Entry point of the PyInstaller bundle: the same dispatcher as the `kamervragen-reader` script.

One addition for the bundle: `--self-test [FILE...]` prints what the bundle can do (Qt, QtPdf, translations,
resources) as JSON and exits 0 when all works (reader/desktop/selftest.py).
"""

import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["--self-test"]:
        from reader.desktop.selftest import main as self_test

        sys.exit(self_test(sys.argv[2:]))
    from reader.cli import main

    sys.exit(main())
