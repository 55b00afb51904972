"""The SQLite library of documents: store, import, search, citations both ways. Plain Python, no Qt."""
