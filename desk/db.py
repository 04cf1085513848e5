"""Engines and schema migrations for SQLite (embedded) and PostgreSQL (shared)."""
from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from desk.errors import DatabaseUnavailable, SchemaTooNew

log = logging.getLogger(__name__)

#: Any constant both sides agree on: the advisory lock key that serialises migrations.
MIGRATION_LOCK_KEY = 0x57484953  # "WHIS"
SQLITE_BUSY_TIMEOUT_MS = 15_000


def normalise_url(url: str) -> str:
    """Accept ``postgresql://`` and ``postgres://`` and pick the psycopg 3 driver."""
    u = make_url(url)
    if u.drivername in ("postgresql", "postgres"):
        u = u.set(drivername="postgresql+psycopg")
    return u.render_as_string(hide_password=False)


def create_db_engine(url: str) -> Engine:
    url = normalise_url(url)
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5)


def _sqlite_engine(url: str) -> Engine:
    u = make_url(url)
    if u.database and u.database != ":memory:":
        Path(u.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
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
    ini = resources.files("models").joinpath("alembic.ini")
    cfg = Config(str(ini))
    cfg.set_main_option("script_location", str(resources.files("models").joinpath("migrations")))
    if engine is not None:
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate to ``revision``. On PostgreSQL an advisory lock makes concurrent starts migrate once."""
    cfg = alembic_config(engine)
    try:
        with engine.connect() as conn:
            if engine.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
                conn.commit()
            try:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
                conn.commit()
            finally:
                if engine.dialect.name == "postgresql":
                    conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATION_LOCK_KEY})
                    conn.commit()
    except OperationalError as exc:
        raise DatabaseUnavailable(describe_connection_error(engine, exc)) from None


def downgrade(engine: Engine, revision: str) -> None:
    cfg = alembic_config(engine)
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
        conn.commit()


def ensure_schema(engine: Engine) -> None:
    """Bring the database to this version's schema, or refuse if it is newer."""
    script = ScriptDirectory.from_config(alembic_config())
    try:
        current = current_revision(engine)
    except OperationalError as exc:
        raise DatabaseUnavailable(describe_connection_error(engine, exc)) from None
    if current is not None and not _known(script, current):
        raise SchemaTooNew(
            f"数据库已由更新版本的吹哨报到工作台升级（架构版本 {current}），本版本无法安全写入，请升级本程序。"
        )
    if current != script.get_current_head():
        upgrade(engine)


def _known(script: ScriptDirectory, rev: str) -> bool:
    try:
        return script.get_revision(rev) is not None
    except Exception:  # alembic raises ResolutionError/CommandError for unknown ids
        return False


def describe_connection_error(engine: Engine, exc: Exception) -> str:
    """A readable message that names the server but never a password."""
    u = engine.url
    if u.get_backend_name() == "sqlite":
        return f"无法打开数据库文件 {u.database}：{_first_line(exc)}"
    where = f"{u.host or 'localhost'}:{u.port or 5432}/{u.database or ''}"
    return f"无法连接数据库服务器 {where}：{_first_line(exc)}"


def _first_line(exc: Exception) -> str:
    orig = getattr(exc, "orig", exc)
    msg = str(orig).strip().splitlines()
    return msg[0] if msg else type(orig).__name__
