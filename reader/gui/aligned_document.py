"""Moved: the aligned document is `reader.presentation.text_document`, its words `reader.presentation.labels`.

Kept only for `pair_label`, which the main window still imports from here.
"""

from reader.presentation.labels import pair_label

__all__ = ["pair_label"]
