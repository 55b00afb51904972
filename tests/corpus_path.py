"""Where the shared corpus of real documents is: $KAMERVRAGEN_CORPUS, else ../shared/corpus beside the checkout.

One place for every test module (the `corpus` fixture in conftest.py skips a test when the folder is absent;
modules that parametrize over its files read CORPUS at collection time and get no cases then)."""

from __future__ import annotations

import os
from pathlib import Path

CORPUS = Path(os.environ.get("KAMERVRAGEN_CORPUS") or Path(__file__).resolve().parents[2] / "shared" / "corpus")
