"""Where the application keeps its data by default (per user, via platformdirs).

Nothing here creates a folder: the SQLite engine creates the database's folder when it
first opens it, and whoever writes logs creates the log folder.
"""
from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "WhistleDesk"
APP_AUTHOR = "WhistleDesk"
DB_FILE_NAME = "whistle.db"


def data_dir() -> Path:
    """The user's data folder, e.g. ``%LOCALAPPDATA%\\WhistleDesk\\WhistleDesk`` on Windows."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    """The user's log folder."""
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def settings_dir() -> Path:
    """The base folder of the GUI's settings file (the GUI adds ``WhistleDesk/whistle-desk.ini``): the user's
    local configuration folder, e.g. ``%LOCALAPPDATA%`` on Windows (not the registry), ``~/.config`` on Linux."""
    return Path(platformdirs.user_config_dir())


def default_db_path() -> Path:
    """The embedded database file used when no other database is chosen."""
    return data_dir() / DB_FILE_NAME


def default_db_url() -> str:
    """``sqlite:///<path>`` of :func:`default_db_path` (forward slashes, also on Windows)."""
    return f"sqlite:///{default_db_path().as_posix()}"
