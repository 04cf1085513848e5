"""Live updates in shared mode: LISTEN for the ticket ids other desks commit (Qt-free).

Every committing write on PostgreSQL sends ``pg_notify('whistle_desk', '12,57,…')`` (see
``Desk._announce``), and the notification is delivered only if the transaction commits. A
:class:`Listener` holds a dedicated autocommit connection in a background thread, and calls

* ``on_change(ticket_ids)`` for each notification (a set of ints; re-query those tickets),
* ``on_state(connected, message)`` when the connection is lost or (re)established (``message`` is in the
  interface language at that moment, translated by desk.errors' hook; ``Listener.status`` keeps it as a
  :class:`~desk.errors.Message`),
* ``on_full_refresh()`` after every reconnect (notifications sent while it was away are lost).

The callbacks run **in the listener's thread**: a GUI adapts them to signals (queued to its own
thread) and must not touch widgets in them. An exception in a callback is logged and ignored.

SQLite has no such channel: the GUI keeps polling ``Desk.change_marker()`` (see :func:`supported`).
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from sqlalchemy.engine import URL, make_url

from desk import db, secrets
from desk.errors import Message

log = logging.getLogger(__name__)

#: The channel ``Desk._announce`` notifies on (kept equal to ``desk.facade.NOTIFY_CHANNEL``).
CHANNEL = "whistle_desk"

ChangeCallback = Callable[[set[int]], None]
StateCallback = Callable[[bool, str], None]
RefreshCallback = Callable[[], None]

CONNECTED = Message("已连接数据库服务器，实时更新已开启。")
RECONNECTED = Message("已重新连接数据库服务器，数据已刷新。")


def supported(url: str | URL) -> bool:
    """Whether live updates exist for this database (PostgreSQL: yes; SQLite: poll instead)."""
    u = url if isinstance(url, URL) else make_url(url)
    return u.get_backend_name() in ("postgresql", "postgres")


def parse_payload(payload: str) -> set[int] | None:
    """``"12,57"`` → ``{12, 57}``; None when the payload is not a list of ids (then refresh everything)."""
    ids: set[int] = set()
    for part in payload.split(","):
        part = part.strip()
        if not part:
            continue
        if not part.isdigit():
            return None
        ids.add(int(part))
    return ids or None


class Listener:
    """LISTEN on a dedicated connection in a background thread, reconnecting with backoff.

    ``url`` is a database URL (a password missing from it is taken from the OS keyring) or the
    ``engine.url`` of an open Desk. Use :meth:`for_desk` to get None on SQLite.
    """

    def __init__(
        self,
        url: str | URL,
        *,
        on_change: ChangeCallback,
        on_state: StateCallback | None = None,
        on_full_refresh: RefreshCallback | None = None,
        channel: str = CHANNEL,
        keepalive: float = 5.0,
        backoff: tuple[float, float] = (0.5, 5.0),
        tick: float = 0.2,
        connect_timeout: int = db.CONNECT_TIMEOUT_S,
        refresh_on_first_connect: bool = False,
    ) -> None:
        if not supported(url):
            raise ValueError("live updates need PostgreSQL; poll Desk.change_marker() on SQLite")
        if not channel.isidentifier():
            raise ValueError(f"bad channel name {channel!r}")
        self._url = secrets.resolve(url)
        self._on_change = on_change
        self._on_state = on_state
        self._on_full_refresh = on_full_refresh
        self.channel = channel
        self.keepalive = keepalive
        self.backoff = backoff
        self.tick = tick
        self.connect_timeout = max(2, int(connect_timeout))  # libpq's smallest useful timeout is 2 s
        self.refresh_on_first_connect = refresh_on_first_connect
        self._stop = threading.Event()
        self._connected_event = threading.Event()
        self._thread: threading.Thread | None = None
        self._connected: bool | None = None
        #: The last state's text (None before the first).
        self.status: Message | None = None
        #: How many times the connection was (re)established; 1 after the first connect.
        self.connections = 0

    @classmethod
    def for_desk(cls, desk, **kwargs) -> Listener | None:
        """A listener on ``desk``'s database, or None on SQLite (poll ``desk.change_marker()`` there)."""
        url = desk.engine.url
        return cls(url, **kwargs) if supported(url) else None

    def __repr__(self) -> str:
        return f"<Listener {secrets.redact(self._url)} connected={self._connected}>"

    # -- life cycle -------------------------------------------------------------------------
    def start(self) -> Listener:
        if self._thread is not None:
            raise RuntimeError("listener already started")
        self._thread = threading.Thread(target=self._run, name="whistle-desk-listener", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 1.0) -> bool:
        """Ask the thread to end and wait up to ``timeout`` s; True if it ended. Safe to call twice.

        The thread is a daemon: if it is stuck in a connection attempt to an unreachable host it
        ends by itself when that attempt times out, and never calls back after stop().
        """
        self._stop.set()
        t = self._thread
        if t is None or t is threading.current_thread():
            return True
        t.join(timeout)
        return not t.is_alive()

    def __enter__(self) -> Listener:
        return self.start() if self._thread is None else self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def connected(self) -> bool:
        return bool(self._connected)

    @property
    def message(self) -> str:
        """The last state's text in the interface language ("" before the first)."""
        return self.status.message if self.status is not None else ""

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wait_connected(self, timeout: float | None = None) -> bool:
        """Block until LISTEN is active (for tests and start-up); False on timeout."""
        return self._connected_event.wait(timeout)

    # -- the thread ---------------------------------------------------------------------------
    def _run(self) -> None:
        import psycopg

        delay = self.backoff[0]
        while not self._stop.is_set():
            conn = None
            try:
                conn = self._connect()
                if self._stop.is_set():
                    break
                conn.execute(f"LISTEN {self.channel}")
                delay = self.backoff[0]
                self.connections += 1
                reconnect = self.connections > 1
                self._set_state(True, RECONNECTED if reconnect else CONNECTED)
                if reconnect or self.refresh_on_first_connect:
                    self._call(self._on_full_refresh)
                self._pump(conn)
            except Exception as exc:  # noqa: BLE001 - any failure of the connection means: retry
                if self._stop.is_set():
                    break
                if not isinstance(exc, psycopg.Error):
                    log.exception("live updates: unexpected error")
                cause = db.describe_url_error(self._url, exc)
                log.info("live updates: %s", cause)
                self._set_state(False, Message("实时更新已中断，正在自动重连。{cause}", cause=cause))
                self._stop.wait(delay)
                delay = min(delay * 2, self.backoff[1])
            finally:
                if conn is not None:
                    try:
                        conn.close()
                    except Exception:  # noqa: BLE001 - closing a dead connection
                        pass
        self._connected_event.clear()
        self._connected = False

    def _connect(self):
        import psycopg

        u = self._url
        kwargs = {k: v for k, v in u.query.items() if isinstance(v, str)}
        kwargs.update(db.PG_CONNECT_ARGS)
        kwargs.update(
            host=u.host or "localhost", port=u.port or 5432, dbname=u.database or "", user=u.username or "",
            connect_timeout=self.connect_timeout, application_name="whistle-desk-listener",
            # Unacknowledged writes (the keepalive query) fail after this long on a dead network.
            tcp_user_timeout=int(max(self.keepalive, 1) * 2000),
        )
        if u.password:
            kwargs["password"] = u.password
        return psycopg.connect(autocommit=True, **kwargs)

    def _pump(self, conn) -> None:
        """Deliver notifications until stopped or the connection fails (which raises)."""
        last_ping = time.monotonic()
        while not self._stop.is_set():
            ids: set[int] = set()
            full = False
            got = False
            for n in conn.notifies(timeout=self.tick, stop_after=1):
                got = True
                parsed = parse_payload(n.payload)
                if parsed is None:
                    full = True
                else:
                    ids |= parsed
            if got:  # take whatever else has already arrived, and deliver it in one call
                for n in conn.notifies(timeout=0):
                    parsed = parse_payload(n.payload)
                    if parsed is None:
                        full = True
                    else:
                        ids |= parsed
                if self._stop.is_set():
                    return
                if full:
                    self._call(self._on_full_refresh)
                if ids:
                    self._call(self._on_change, ids)
            if time.monotonic() - last_ping >= self.keepalive:
                conn.execute("SELECT 1")  # a dead server or network shows up here, as an error
                last_ping = time.monotonic()

    def _set_state(self, connected: bool, status: Message) -> None:
        changed = self._connected is not connected
        self._connected = connected
        self.status = status
        if connected:
            self._connected_event.set()
        else:
            self._connected_event.clear()
        if changed and not self._stop.is_set():
            self._call(self._on_state, connected, status.message)

    def _call(self, fn, *args) -> None:
        if fn is None:
            return
        try:
            fn(*args)
        except Exception:  # noqa: BLE001 - a callback's bug must not end live updates
            log.exception("live-update callback %r failed", fn)
