"""Logging to the platform's log folder, with rotation and without passwords; unhandled exceptions.

Qt-free (the core may not import Qt). The GUI wires it up at start, before anything else::

    from desk import logs

    log_file = logs.setup_logging()              # ~/.local/state/WhistleDesk/log/whistle-desk.log,
                                                 # %LOCALAPPDATA%\\WhistleDesk\\WhistleDesk\\Logs\\… on Windows
    logs.install_excepthook(show=crash_dialog)   # crash_dialog(details: str) -> None

API
---
``setup_logging(level=logging.INFO, log_dir=None, *, max_bytes=1 MB, backup_count=5) -> Path``
    Adds one :class:`~logging.handlers.RotatingFileHandler` (UTF-8, ``whistle-desk.log`` plus
    ``.1`` … ``.5``) to the root logger and returns the log file's path. ``log_dir`` defaults to
    :func:`desk.paths.log_dir`; when that folder cannot be created the log goes to the temp
    folder instead (the path returned says where). Calling it again replaces the handler it
    added before (idempotent). Each record passes :class:`RedactingFilter`.

``install_excepthook(show=None) -> Callable[[], None]``
    Routes unhandled exceptions of the main thread (``sys.excepthook``) and of other threads
    (``threading.excepthook``) to the log at CRITICAL, then calls ``show(details)`` with a
    plain-text report (versions, thread, traceback; passwords redacted) that the GUI puts in a
    dialog with a "copy details" button. ``show`` is called **in the thread that failed**: a
    Qt implementation must hand the text to the GUI thread (emit a signal, or
    ``QMetaObject.invokeMethod`` with a queued connection) and must not raise; if it does, the
    error is logged and swallowed. ``KeyboardInterrupt`` is passed to the previous hook
    without ``show``. Returns a function that restores the previous hooks (for tests).

``redact(text) -> str``
    ``scheme://user:password@host`` becomes ``scheme://user:***@host``, and ``password=…``,
    ``PGPASSWORD=…``, ``"password": "…"`` pairs become ``password=***`` (also in tracebacks).

``enable_faulthandler(log_dir=None) -> Path``
    Writes Python tracebacks of hard crashes (a segfault inside Qt) to ``crash.log`` in the
    log folder.
"""
from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import platform
import re
import sys
import tempfile
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from desk import __version__, paths

log = logging.getLogger(__name__)

LOG_FILE_NAME = "whistle-desk.log"
CRASH_FILE_NAME = "crash.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)-8s %(threadName)s %(name)s: %(message)s"
MASK = "***"

#: ``scheme://user:secret@`` (the secret may contain ``@`` or ``:``, not ``/`` or white space).
_URL_PASSWORD = re.compile(r"(?P<head>\b[a-zA-Z][a-zA-Z0-9+.\-]*://[^:/\s@]*:)(?P<secret>[^\s/]*)(?P<tail>@)")
#: ``password=secret``, ``PGPASSWORD=secret``, ``password='secret'``, ``"password": "secret"``, ``pwd: secret``.
_KEY_PASSWORD = re.compile(
    r"""(?P<head>(?P<q>["']?)\b[\w.-]*(?:password|passwd|pwd)(?P=q)\s*[=:]\s*)"""
    r"""(?P<secret>"[^"]*"|'[^']*'|[^\s&;,)}\]]+)""",
    re.IGNORECASE,
)


#: A password hash (``$argon2id$v=19$m=…$salt$hash``): never in a log, even though it is not the password.
_HASH = re.compile(r"\$argon2(?:id|i|d)(?:\$(?:[A-Za-z0-9+/=,.-]*[A-Za-z0-9+/=.])?)+")
#: The database's copy of a refused row (PostgreSQL: ``DETAIL: Failing row contains (…)``) and SQL parameters
#: (SQLAlchemy: ``[parameters: …]``): a user row holds the hash, a ticket a resident's name and phone.
_ROW = re.compile(r"(?P<head>Failing row contains |\[parameters: )[^\n]*")


def redact(text: str) -> str:
    """``text`` with every password in a URL or a ``password=…`` pair, every password hash and every row or
    SQL parameters quoted by the database replaced by ``***``."""
    if not text:
        return text
    text = _HASH.sub(f"$argon2{MASK}", text)
    text = _ROW.sub(lambda m: f"{m['head']}{MASK}", text)
    text = _URL_PASSWORD.sub(lambda m: f"{m['head']}{MASK}{m['tail']}", text)

    def key(m: re.Match[str]) -> str:
        secret = m["secret"]
        quote = secret[0] if secret[:1] in ("'", '"') and len(secret) >= 2 else ""
        return f"{m['head']}{quote}{MASK}{quote}"

    return _KEY_PASSWORD.sub(key, text)


class RedactingFilter(logging.Filter):
    """Removes passwords from a record's message, traceback and stack before any handler formats it.

    The message is formatted once (``msg % args``) and redacted; the traceback is formatted and
    stored redacted in ``exc_text``, which :class:`logging.Formatter` uses as it is.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a bad format string: logging reports it itself
            return True
        clean = redact(message)
        if clean != message or record.args:
            record.msg, record.args = clean, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class DeskFileHandler(logging.handlers.RotatingFileHandler):
    """Our handler (so that a second setup_logging() finds and replaces it)."""


def _usable_dir(wanted: Path) -> Path:
    try:
        wanted.mkdir(parents=True, exist_ok=True)
        probe = wanted / ".write-test"
        probe.write_bytes(b"")
        probe.unlink()
        return wanted
    except OSError:
        fallback = Path(tempfile.gettempdir()) / f"{paths.APP_NAME}-logs"
        fallback.mkdir(parents=True, exist_ok=True)
        return fallback


def setup_logging(level: int | str = logging.INFO, log_dir: Path | str | None = None, *,
                  max_bytes: int = MAX_BYTES, backup_count: int = BACKUP_COUNT) -> Path:
    """Log to ``<log folder>/whistle-desk.log`` with rotation; returns the file's path (see the module doc)."""
    wanted = Path(log_dir) if log_dir is not None else paths.log_dir()
    directory = _usable_dir(wanted)
    path = directory / LOG_FILE_NAME
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, DeskFileHandler)]:
        root.removeHandler(old)
        old.close()
    handler = DeskFileHandler(path, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(RedactingFilter())
    root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
    if directory != wanted:
        log.warning("log folder %s is not writable; logging to %s", wanted, directory)
    return path


_crash_file = None


def enable_faulthandler(log_dir: Path | str | None = None) -> Path:
    """Dump Python tracebacks of fatal errors (a crash inside Qt) to ``crash.log`` in the log folder."""
    global _crash_file
    directory = _usable_dir(Path(log_dir) if log_dir is not None else paths.log_dir())
    path = directory / CRASH_FILE_NAME
    if _crash_file is not None:
        _crash_file.close()
    _crash_file = open(path, "a", encoding="utf-8")  # noqa: SIM115 - must stay open for the process's lifetime
    faulthandler.enable(_crash_file)
    return path


def describe_exception(exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None,
                       *, thread: str | None = None) -> str:
    """The text ``show`` receives: what, where, versions, then the traceback (passwords redacted)."""
    head = [
        f"吹哨报到工作台 / Whistle Desk {__version__}",
        f"Python {platform.python_version()} · {platform.platform()}"
        + (" · frozen" if getattr(sys, "frozen", False) else ""),
    ]
    if thread:
        head.append(f"thread: {thread}")
    body = "".join(traceback.format_exception(exc_type, exc, tb))
    return redact("\n".join(head) + "\n\n" + body)


def install_excepthook(show: Callable[[str], None] | None = None) -> Callable[[], None]:
    """Log unhandled exceptions (all threads) and pass their details to ``show``; returns an undo function."""
    previous_sys = sys.excepthook
    previous_threading = threading.excepthook

    def report(exc_type, exc, tb, thread_name: str | None) -> None:
        details = describe_exception(exc_type, exc, tb, thread=thread_name)
        where = f" in thread {thread_name}" if thread_name else ""
        log.critical("unhandled exception%s", where, exc_info=(exc_type, exc, tb))
        if show is not None:
            try:
                show(details)
            except Exception:  # noqa: BLE001 - the crash dialog itself failed: never loop
                log.exception("showing the unhandled exception failed")

    def sys_hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous_sys(exc_type, exc, tb)
            return
        report(exc_type, exc, tb, None)

    def threading_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        report(args.exc_type, args.exc_value, args.exc_traceback,
               args.thread.name if args.thread is not None else "?")

    sys.excepthook = sys_hook
    threading.excepthook = threading_hook

    def uninstall() -> None:
        sys.excepthook = previous_sys
        threading.excepthook = previous_threading

    return uninstall


__all__ = ["BACKUP_COUNT", "LOG_FILE_NAME", "MAX_BYTES", "RedactingFilter", "describe_exception",
           "enable_faulthandler", "install_excepthook", "redact", "setup_logging"]
