"""Shared fixtures: both databases, a fake clock, an in-memory keyring, seeded users."""
from __future__ import annotations

import os
import shutil
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("WHISTLE_DESK_LANG", "zh_CN")  # tests assert on the Chinese UI unless they switch

import keyring
import pytest
from argon2 import PasswordHasher
from keyring.backend import KeyringBackend
from sqlalchemy import create_engine, text

from desk import Desk, FakeClock, db, errors
from desk.accounts import service as accounts

PG_ADMIN_URL = os.environ.get("WHISTLE_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
ARTIFACTS = Path(__file__).parent / "artifacts"
#: Monday 2026-11-23 10:00 in Shanghai.
T0 = datetime(2026, 11, 23, 2, 0, tzinfo=timezone.utc)
#: When the SQLite template database was made (its first and only record).
TEMPLATE_AT = datetime(2026, 1, 1, tzinfo=timezone.utc)
PASSWORD = "pass-word-1"
#: The clock guard's limit in test databases (see sqlite_template).
TIME_TRAVEL = "3650d"

# Argon2 with production parameters costs ~50 ms a hash; tests create hundreds of users.
accounts.use_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


class MemoryKeyring(KeyringBackend):
    """Keeps secrets in a dict for the test's lifetime; never writes anything anywhere."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _keep_message_translator():
    """A test that switches the language cannot leave the core's messages translated for the next one."""
    previous = errors.message_translator()
    yield
    errors.set_message_translator(previous)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


# -- PostgreSQL ---------------------------------------------------------------------
@pytest.fixture(scope="session")
def pg_admin():
    """An engine on the shared server's maintenance database, or a skip (a failure in CI)."""
    engine = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 - any failure to reach the server
        engine.dispose()
        msg = f"PostgreSQL not reachable at {PG_ADMIN_URL}: {type(exc).__name__}"
        if IN_CI:
            pytest.fail(msg + " (CI=true: a missing server is a failure)")
        pytest.skip(msg)
    yield engine
    engine.dispose()


def _pg_url(name: str) -> str:
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    return f"{base}/{name}"


@pytest.fixture(scope="session")
def pg_template(pg_admin):
    """A migrated database that each test's database is copied from."""
    name = f"wd_tmpl_{uuid.uuid4().hex[:10]}"
    with pg_admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    Desk.open(_pg_url(name)).close()  # migrates and seeds the calendar once
    yield name
    with pg_admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture
def pg_database(pg_admin):
    """A new, empty PostgreSQL database for one test; dropped afterwards."""
    name = f"wd_test_{uuid.uuid4().hex[:12]}"
    with pg_admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield _pg_url(name)
    with pg_admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


# -- SQLite -------------------------------------------------------------------------
@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("tmpl") / "template.db"
    # Migrates and seeds the calendar once, at the start of the year: embedded mode never records an instant
    # earlier than its last record, so a test may start its world on any later day (``clock_starts``).
    Desk.open(f"sqlite:///{path}", clock=FakeClock(TEMPLATE_AT)).close()
    engine = db.create_db_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        # Tests travel in time freely (a week ahead, a test's FakeClock then the real clock): the guard against a
        # PC clock far ahead of the record is off here and has its own tests (tests/core/test_clock_guard.py).
        conn.exec_driver_sql(f"INSERT INTO setting (key, value) VALUES ('clock_max_ahead', '{TIME_TRAVEL}')")
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


# -- the parametrised database ------------------------------------------------------
def new_db_url(request, kind: str, directory: Path) -> str:
    """A new migrated database of ``kind``; a PostgreSQL one is dropped when ``request`` ends."""
    if kind == "sqlite":
        path = directory / f"whistle-{uuid.uuid4().hex[:8]}.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        return f"sqlite:///{path}"
    admin = request.getfixturevalue("pg_admin")
    template = request.getfixturevalue("pg_template")
    name = f"wd_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    request.addfinalizer(drop)
    return _pg_url(name)


BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path) -> str:
    """A migrated database of each kind, new for every test."""
    return new_db_url(request, request.param, tmp_path)


@pytest.fixture
def sqlite_url(tmp_path, sqlite_template) -> str:
    path = tmp_path / "whistle.db"
    shutil.copy(sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def clock(request) -> FakeClock:
    """T0, or the instant of the test's ``@pytest.mark.clock_starts(when)``."""
    marker = request.node.get_closest_marker("clock_starts")
    return FakeClock(marker.args[0] if marker else T0)


@pytest.fixture
def desk(db_url, clock):
    d = Desk.open(db_url, clock=clock)
    yield d
    d.close()


DEPARTMENTS = ["城管执法队", "住建委", "交通支队", "水务所"]
COMMUNITIES = ["幸福社区", "和平里社区", "光明社区", "建设社区", "文化社区", "长安社区"]
CATEGORIES = {"市容环境": "城管执法队", "房屋安全": "住建委", "道路交通": "交通支队", "供排水": "水务所"}


@dataclass
class World:
    """A seeded office: one user of each role and a responder per department."""

    desk: Desk
    clock: FakeClock

    def login(self, username: str):
        return self.desk.login(username, PASSWORD)

    @property
    def clerk(self):
        return self.login("clerk")

    @property
    def supervisor(self):
        return self.login("supervisor")

    @property
    def admin(self):
        return self.login("admin")

    def responder(self, department: str = "城管执法队"):
        return self.login(RESPONDERS[department])

    def new_ticket(self, **overrides):
        fields = dict(
            title="幸福路早市占道经营", description="每天早上 6 点到 9 点摊贩占用人行道。", category="市容环境",
            urgency="routine", address="幸福路 12 号", community="幸福社区", source="12345",
            reporter_name="王女士", reporter_phone="13812345678",
        )
        fields.update(overrides)
        return self.clerk.create_ticket(**fields)


RESPONDERS = {"城管执法队": "cg.li", "住建委": "zj.wang", "交通支队": "jt.zhao", "水务所": "sw.sun"}


def seed(desk: Desk) -> None:
    for name in DEPARTMENTS:
        desk.add_department(name)
    for name, lead in CATEGORIES.items():
        desk.add_category(name, lead)
    for name in COMMUNITIES:
        desk.add_community(name)
    desk.add_user("clerk", PASSWORD, "clerk", display_name="张伟")
    desk.add_user("clerk2", PASSWORD, "clerk", display_name="赵敏")
    desk.add_user("supervisor", PASSWORD, "supervisor", display_name="王强")
    desk.add_user("admin", PASSWORD, "admin", display_name="管理员")
    for dept, username in RESPONDERS.items():
        desk.add_user(username, PASSWORD, "responder", department=dept, display_name=f"{dept}联络员")


@pytest.fixture
def world(desk, clock) -> World:
    seed(desk)
    return World(desk, clock)
