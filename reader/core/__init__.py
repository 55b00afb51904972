"""The core: document model, parsers, citations and export. Plain Python, no Qt widgets."""
