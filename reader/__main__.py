"""`python -m reader …` is the same as the `kamervragen-reader` command."""

import sys

from reader.cli import main

sys.exit(main())
