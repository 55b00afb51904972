"""Desktop integration: .desktop entry, icons, metainfo, single instance."""
