"""Where the application keeps its data by default (per user, via platformdirs), and why a path could not be used.

Nothing here creates a folder: the SQLite engine creates the database's folder when it
first opens it, and whoever writes logs creates the log folder.
"""
from __future__ import annotations

import errno
from pathlib import Path

import platformdirs

from desk.errors import Term

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


#: Why a file or folder could not be used, by error number (any other: the system's own words).
_OS_REASONS = {
    errno.ENOENT: "文件夹不存在", errno.EACCES: "没有权限", errno.EPERM: "没有权限", errno.EEXIST: "同名的文件已存在",
    errno.ENOTDIR: "路径中有一段是文件而不是文件夹", errno.EISDIR: "这是一个文件夹，请给出文件名",
    errno.EROFS: "磁盘是只读的", errno.ENOSPC: "磁盘空间不足", errno.ENAMETOOLONG: "文件名太长",
}


def os_reason(exc: OSError) -> object:
    """Why ``exc`` happened, for a message parameter: a translatable Term for the common cases."""
    if exc.errno in _OS_REASONS:
        return Term(_OS_REASONS[exc.errno])
    return exc.strerror or type(exc).__name__
