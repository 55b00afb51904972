"""Kamervragen Reader: Dutch parliamentary written questions beside their answers."""

__version__ = "0.1.0"

# One reverse-DNS id for the .desktop basename, the AppStream id, the icon name and
# QGuiApplication.setDesktopFileName (Wayland shows no icon when they differ).
APP_ID = "io.github.kamervragen.Reader"
APP_NAME = "Kamervragen Reader"  # shown to people
APP_DIR_NAME = "kamervragen-reader"  # the command, and the name of its folders
HOMEPAGE = "https://github.com/kamervragen/kamervragen-reader"
