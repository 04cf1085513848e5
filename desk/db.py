"""Engines and schema migrations for SQLite (embedded) and PostgreSQL (shared)."""
from __future__ import annotations

import logging
import os
import re
import sys
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DataError, OperationalError

from desk import secrets
from desk.boundary import QUOTE, is_text
from desk.errors import Busy, DatabaseUnavailable, DeskError, Message, SchemaTooNew, Term, ValidationError
from desk.paths import os_reason

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

log = logging.getLogger(__name__)

#: Any constant both sides agree on: the advisory lock key that serialises migrations.
MIGRATION_LOCK_KEY = 0x57484953  # "WHIS"
#: The advisory lock that makes desks starting together seed the holiday calendar once.
SEED_LOCK_KEY = MIGRATION_LOCK_KEY + 1
SQLITE_BUSY_TIMEOUT_MS = 15_000
#: Seconds to wait for the server to answer a new connection: an unreachable server is reported quickly.
CONNECT_TIMEOUT_S = 5
#: Bounds on every PostgreSQL connection, in seconds (nothing waits forever):
#: * ``lock_timeout``: how long a call waits for a lock another desk holds (a row being edited, the audit
#:   chain, the start-up locks) before it gives up with :class:`Busy`;
#: * ``statement_timeout``: how long one statement may run (generous: the weekly report's reads);
#: * ``idle_in_transaction_session_timeout``: how long a transaction may sit idle (a desk frozen in the
#:   middle of one: a laptop put to sleep, a debugger) before the server ends it and frees its locks.
#: Each can be changed with an environment variable, e.g. ``WHISTLE_DESK_LOCK_TIMEOUT=20``.
PG_TIMEOUTS = {"lock_timeout": 10.0, "statement_timeout": 300.0, "idle_in_transaction_session_timeout": 60.0}
#: libpq options for every PostgreSQL connection: a quick connect and TCP keepalives, so that a
#: dead server or a cut network is noticed within about a minute even on an idle connection.
PG_CONNECT_ARGS = {
    "connect_timeout": CONNECT_TIMEOUT_S,
    "application_name": "whistle-desk",
    "keepalives": 1,
    "keepalives_idle": 30,
    "keepalives_interval": 10,
    "keepalives_count": 3,
}


def _normalise(url: str | URL) -> URL:
    u = url if isinstance(url, URL) else make_url(url)
    if u.drivername in ("postgresql", "postgres"):
        u = u.set(drivername="postgresql+psycopg")
    return u


def normalise_url(url: str | URL) -> str:
    """Accept ``postgresql://`` and ``postgres://`` and pick the psycopg 3 driver.

    The result keeps a password that is written in ``url`` (never one from the keyring): do not show it.
    """
    return _normalise(url).render_as_string(hide_password=False)


def create_db_engine(url: str | URL) -> Engine:
    """An engine for ``url``. A PostgreSQL URL without a password takes it from the OS keyring
    (see :mod:`desk.secrets`); the password lives only inside the engine's URL object, whose
    ``str``/``repr`` hide it, and SQL parameters are left out of error messages."""
    try:
        if isinstance(url, str) and not is_text(url):
            raise DatabaseUnavailable("数据库地址（URL）含有无法识别的字符。")
        u = _normalise(url)
        backend = u.get_backend_name()
        if backend not in ("sqlite", "postgresql"):
            raise DatabaseUnavailable("不支持这种数据库：{backend}。请使用 sqlite:///文件路径（单机）或 "
                                      "postgresql://服务器/数据库（共享）。", backend=backend[:QUOTE])
        if backend == "sqlite":
            return _sqlite_engine(u.render_as_string(hide_password=False))
        u = secrets.resolve(u)
        return create_engine(u, pool_pre_ping=True, pool_size=5, max_overflow=5, hide_parameters=True,
                             connect_args={**PG_CONNECT_ARGS, "options": pg_options()})
    except (ArgumentError, ValueError) as exc:  # a malformed URL, a bad port, an unknown driver, bad Unicode
        raise DatabaseUnavailable("数据库地址（URL）无效：{url}（{error}）", url=secrets.redact(url),
                                  error=secrets.scrub(str(exc))) from None


def pg_timeouts() -> dict[str, float]:
    """:data:`PG_TIMEOUTS`, each replaced by its environment variable when that holds a positive number."""
    out = {}
    for name, default in PG_TIMEOUTS.items():
        raw = os.environ.get(f"WHISTLE_DESK_{name.upper()}", "")
        try:
            value = float(raw)
        except ValueError:
            value = default
        out[name] = value if value > 0 else default
    return out


def pg_options() -> str:
    """The ``-c name=value`` settings every PostgreSQL connection starts with (milliseconds)."""
    return " ".join(f"-c {name}={round(seconds * 1000)}" for name, seconds in pg_timeouts().items())


def _sqlite_engine(url: str) -> Engine:
    u = make_url(url)
    if u.database and u.database != ":memory:":
        folder = Path(u.database).expanduser().parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:  # a file where the folder should be, no permission, a read-only or virtual disk
            raise DatabaseUnavailable("无法创建数据库文件所在的文件夹 {folder}：{error}", folder=str(folder)[:200],
                                      error=os_reason(exc)) from None
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
        # As for PostgreSQL: SQL parameters (a name typed at the login, residents' data) stay out of
        # logs and error messages, even with SQL logging switched on.
        hide_parameters=True,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # pragma: no cover - exercised by every test
        # Let SQLAlchemy emit BEGIN itself (see _on_begin); the driver's own
        # deferred BEGIN gives "database is locked" under write contention.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # pragma: no cover - exercised by every test
        if conn.get_execution_options().get("sqlite_immediate"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")

    return engine


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    ini = resources.files("models").joinpath("alembic.ini")
    # (stdout given: Alembic's default is whatever sys.stdout was when alembic.config was first imported)
    cfg = Config(str(ini), stdout=sys.stdout)
    cfg.set_main_option("script_location", str(resources.files("models").joinpath("migrations")))
    if engine is not None:
        # For show only: migrations always run on a connection handed over in cfg.attributes,
        # so the password never needs to be in alembic's configuration.
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=True).replace("%", "%%"))
    return cfg


# Start-up cost (issue 14): a database whose schema is current is opened without importing Alembic (with Mako
# and Pygments, about a third of a second): the head is read from the migration files' ``revision`` and
# ``down_revision`` lines and the current revision from ``alembic_version``. Alembic loads only to migrate.
_REVISION_LINE = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(?:'([^']*)'|\"([^\"]*)\"|None)\s*$", re.M)


def _script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The newest migration of this program (read from the files; Alembic's own answer if they are unusual)."""
    down: dict[str, str | None] = {}
    for path in resources.files("models").joinpath("migrations", "versions").iterdir():
        if not path.name.endswith(".py"):
            continue
        found = {m[1]: m[2] or m[3] or None for m in _REVISION_LINE.finditer(path.read_text(encoding="utf-8"))}
        if "revision" not in found or "down_revision" not in found:
            return _script().get_current_head()  # a merge (a tuple), or some other form: let Alembic read it
        down[found["revision"]] = found["down_revision"]
    heads = set(down) - set(down.values())
    return heads.pop() if len(heads) == 1 else _script().get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The schema revision recorded in the database (None for a new, empty one)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate to ``revision``. On PostgreSQL an advisory lock makes concurrent starts migrate once."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    cfg = alembic_config(engine)
    try:
        with engine.connect() as conn:
            if engine.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
                conn.commit()
            try:
                cfg.attributes["connection"] = conn
                before = MigrationContext.configure(conn).get_current_revision()
                command.upgrade(cfg, revision)
                conn.commit()
                if MigrationContext.configure(conn).get_current_revision() != before:
                    analyze(conn)  # new indexes (or tables) have no statistics yet
            finally:
                if engine.dialect.name == "postgresql":
                    conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATION_LOCK_KEY})
                    conn.commit()
    except OperationalError as exc:
        raise connection_error(engine.url, exc) from None


def analyze(conn) -> None:
    """Refresh the planner's statistics, so that page and badge queries pick the right index (issue 14: with
    no ``sqlite_stat1``, SQLite planned a page's badges on the state index and walked every open dispatch).
    Run after migrations and after bulk loads (``Desk.analyze``). SQLite reads at most 100,000 entries of each
    index (``analysis_limit``): about 3 s at a million tickets instead of 18 s for all. A smaller sample is
    misleading: the first 1,000 entries of the state index hold one state, so the state looked selective and
    a page of 待派 sorted by title was planned as "every 待派 ticket, then sort" (400,000 rows at 1M)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA analysis_limit=100000")
        conn.exec_driver_sql("ANALYZE")
    else:
        conn.exec_driver_sql("ANALYZE")
    conn.commit()


def serialise(session, key: int = SEED_LOCK_KEY) -> None:
    """Make concurrent transactions that call this with the same ``key`` run one after another.

    On PostgreSQL a transaction-scoped advisory lock (released at commit or rollback); call it
    first in the transaction, so that what is read after it includes the previous holder's
    writes. On SQLite write transactions are already serialised by ``BEGIN IMMEDIATE``.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": key})


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    cfg = alembic_config(engine)
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
        conn.commit()


def ensure_schema(engine: Engine, *, migrate: bool = True) -> None:
    """Bring the database to this version's schema (unless ``migrate`` is False), or refuse if it is newer."""
    try:
        current = current_revision(engine)
    except OperationalError as exc:
        raise database_error(engine.url, exc) from None
    head = head_revision()
    if current == head:
        return
    if current is not None and not _known(_script(), current):
        raise SchemaTooNew(
            "数据库已由更新版本的吹哨报到工作台升级（架构版本 {revision}），本版本无法安全写入，请升级本程序。",
            revision=current,
        )
    if migrate:
        try:
            upgrade(engine)  # (another desk migrating at the same time holds the lock: a bounded wait)
        except OperationalError as exc:
            raise database_error(engine.url, exc) from None


def _known(script: ScriptDirectory, rev: str) -> bool:
    try:
        return script.get_revision(rev) is not None
    except Exception:  # alembic raises ResolutionError/CommandError for unknown ids
        return False


#: PostgreSQL error codes of a bounded wait that ran out (the desk itself is fine: try again).
_LOCK_NOT_AVAILABLE, _QUERY_CANCELED, _IDLE_IN_TRANSACTION = "55P03", "57014", "25P03"


def database_error(url: str | URL, exc: Exception) -> DeskError:
    """The typed error for a failure of the database driver: a wait that ran out (:class:`Busy`), a value the
    database refuses (:class:`ValidationError`), else the database cannot be reached (:class:`DatabaseUnavailable`)."""
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlstate", None) or getattr(getattr(orig, "diag", None), "sqlstate", None)
    text_ = str(orig).lower()
    timeouts = pg_timeouts()
    if code == _LOCK_NOT_AVAILABLE:
        return Busy("另一台电脑正在处理同一份数据，等了 {seconds} 秒仍未完成，本次操作没有保存。请稍后再试。",
                    seconds=round(timeouts["lock_timeout"]))
    if code == _QUERY_CANCELED:
        return Busy("数据库操作超过 {seconds} 秒仍未完成，已取消，没有保存任何内容。请稍后再试。",
                    seconds=round(timeouts["statement_timeout"]))
    if code == _IDLE_IN_TRANSACTION or "idle-in-transaction" in text_:
        return Busy("这次操作中断太久（例如电脑曾休眠），已被数据库取消，没有保存。请再试一次。")
    if "database is locked" in text_ or "database table is locked" in text_:
        return Busy("另一台电脑正在写入数据库，等了 {seconds} 秒仍未完成，本次操作没有保存。请稍后再试。",
                    seconds=SQLITE_BUSY_TIMEOUT_MS // 1000)
    if isinstance(exc, DataError) or code is not None and code.startswith("22"):  # class 22: data exception
        return ValidationError("value", "数据库不接受输入的值（过长、超出范围或含有非法字符），没有保存任何内容。")
    return connection_error(url, exc)


def connection_error(url: str | URL, exc: Exception) -> DatabaseUnavailable:
    """The error for a database that cannot be reached: it names the server and the cause, never a password."""
    u = _normalise(url)
    first = secrets.scrub(_first_line(exc), u.password)
    if u.get_backend_name() == "sqlite":
        return DatabaseUnavailable("无法打开数据库文件 {path}：{error}", path=u.database, error=first)
    where = f"{u.host or 'localhost'}:{u.port or 5432}/{u.database or ''}"
    reason = _reason(_all_text(exc), u)
    if not reason:
        return DatabaseUnavailable("无法连接数据库服务器 {server}：{error}", server=where, error=first)
    if not first:
        return DatabaseUnavailable("无法连接数据库服务器 {server}：{reason}", server=where, reason=reason)
    return DatabaseUnavailable("无法连接数据库服务器 {server}：{reason}（{error}）", server=where, reason=reason,
                               error=first)


def describe_url_error(url: str | URL, exc: Exception) -> Message:
    """The text of :func:`connection_error` (for the live-update listener's status)."""
    return connection_error(url, exc).text


#: Known causes, by a fragment of the driver's message (lower case), and what to tell the user.
_REASONS = (
    (("connection refused",), Term("服务器拒绝连接，可能未启动或端口不对。请检查服务器地址，或在“连接设置”中修改。")),
    (("timeout expired", "timed out"), Term("连接超时，服务器没有响应。请检查网络和服务器地址。")),
    (("could not translate host name", "name or service not known", "nodename nor servname", "no such host"),
     Term("找不到该服务器名称。请检查服务器地址。")),
    (("no password supplied",), Term("需要密码，但系统密钥环中没有保存该连接的密码。请在“连接设置”中填写密码，"
                                     "或运行 whistle-desk db set-password。")),
    (("password authentication failed",), Term("用户名或数据库密码不正确。请在“连接设置”中重新填写密码。")),
    (("database \"*does not exist",), Term("服务器上没有这个数据库。请检查数据库名。")),
    (("role \"*does not exist",), Term("服务器上没有这个数据库用户。请检查用户名。")),
    (("no pg_hba.conf entry", "not permitted to log in", "permission denied for database"),
     Term("服务器不允许该用户从本机连接，请联系数据库管理员。")),
    (("shutting down", "starting up", "terminating connection", "closed the connection",
      "server closed", "connection is lost", "connection already closed", "consuming input failed",
      "in recovery mode", "no connection to the server"),
     Term("与数据库服务器的连接中断，服务器可能正在重启。请稍后重试。")),
    (("invalid response to ssl negotiation", "expected authentication request", "unsupported frontend protocol"),
     Term("该地址上运行的不是可用的 PostgreSQL 数据库服务器，可能端口不对。请检查服务器地址和端口。")),
    (("too many connections", "remaining connection slots"), Term("服务器连接数已满，请稍后重试。")),
)


def _reason(text_: str, u: URL) -> str:
    low = text_.lower()
    for fragments, reason in _REASONS:
        if any(_matches(low, f) for f in fragments):
            return reason
    return ""


def _matches(text_: str, fragment: str) -> bool:
    """``fragment`` occurs in ``text_``; a ``*`` in it stands for anything."""
    parts = fragment.split("*")
    pos = 0
    for part in parts:
        pos = text_.find(part, pos)
        if pos < 0:
            return False
        pos += len(part)
    return True


def _all_text(exc: Exception) -> str:
    orig = getattr(exc, "orig", exc)
    return str(orig)


def _first_line(exc: Exception) -> str:
    orig = getattr(exc, "orig", exc)
    lines = [ln.strip() for ln in str(orig).strip().splitlines() if ln.strip()]
    return lines[0] if lines else type(orig).__name__
