"""Desktop integration: .desktop entry, icons, metainfo, single instance, status file, bundle self-test.

- `install`: `kamervragen-reader --install-desktop` / `--uninstall-desktop` (for the current user, exact undo).
- `single_instance`: a second launch hands its files to the running window (local socket, JSON lines).
- `status`: with `KAMERVRAGEN_STATUS_FILE` set, the window records what it opened (for tests and scripts).
- `selftest`: `--self-test` of the PyInstaller bundle (packaging/).

The hooks in reader/gui/app.py, in order:

    if "--install-desktop" in argv or "--uninstall-desktop" in argv:
        return reader.desktop.install.main(argv)                 # before any Qt
    app = QApplication(...); app.setDesktopFileName(APP_ID)      # the same id as the .desktop file and icon
    instance = SingleInstance(key=library_option)                # key: None for the default library
    if instance.acquire(files):                                  # a running window took the files
        return 0
    instance.files_received.connect(window.open_paths)           # and reader.gui.app.raise_window(window)
    # after documents are opened: status.record_opened(paths, document.id, title=window.windowTitle())

Nothing here imports Qt at package import time.
"""
