"""desk.Desk: the one door into the core for the GUI, the CLI and the tests."""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desk import boundary, db, dto, notes
from desk import settings as office_settings
from desk.accounts import service as accounts
from desk.accounts.verbs import AccountVerbs
from desk.audit import chain
from desk.audit import service as audit
from desk.audit.service import changes_of as audit_changes
from desk.audit.verbs import AuditVerbs
from desk.clock import Clock, ServerClock, SystemClock
from desk.deadlines import Duration, WorkCalendar
from desk.deadlines import clocks
from desk.deadlines import service as deadline_service
from desk.deadlines.verbs import DeadlineVerbs
from desk.dispatch import export as dispatch_export
from desk.dispatch import service as dispatching
from desk.dispatch.service import REQUEST_KIND
from desk.disclosure.verbs import DisclosureVerbs
from desk.dispatch.verbs import DispatchVerbs
from desk.enums import Role
from desk.errors import (
    AuthError,
    ClockAhead,
    ConflictError,
    DeskError,
    Message,
    PermissionDenied,
    Term,
    ValidationError,
)
from desk.escalation import service as escalation
from desk.escalation.service import ACTIONS as ESCALATION_ACTIONS
from desk.escalation.verbs import EscalationVerbs
from desk.geo.verbs import MapVerbs
from desk.hotspots.verbs import HotspotVerbs
from desk.intake.attachments.verbs import AttachmentVerbs
from desk.intake.imports.service import unclassified_id
from desk.intake.imports.verbs import ImportVerbs
from desk.intake.repeats import service as repeats
from desk.intake.repeats.verbs import RepeatVerbs
from desk.labels import ROLE, VERB
from desk.permissions import Permission
from desk.projects.records.verbs import ProjectRecordVerbs
from desk.projects.observers.verbs import ObserverVerbs
from desk.projects.lifecycle import milestones as project_milestones
from desk.projects.lifecycle.verbs import LifecycleVerbs
from desk.projects.verbs import ProjectVerbs
from desk.setup import service as setup
from desk.setup.verbs import SetupVerbs
from desk.standards.verbs import StandardVerbs
from desk.stats.verbs import ReportVerbs
from desk.tickets import queries
from desk.tickets import service as tickets
from desk.tickets.search import missing_index
from desk.tickets.verbs import Actions, TicketVerbs
from desk.verbs import permission
from models import AuditHead, Event, Setting, Ticket, User

__all__ = ["ACCEPT_CLOCK", "CALENDAR_SETTINGS", "CLI_NOTE", "ESCALATION_ACTIONS", "EXPORT_BATCH", "NOTIFY_CHANNEL",
           "REQUEST_KIND", "SYSTEM_USER", "ActingUser", "Actions", "Desk", "audit_changes", "export_dispatches"]

log = logging.getLogger(__name__)

SYSTEM_USER = accounts.SYSTEM_USER
#: PostgreSQL channel on which every commit names the tickets it changed (payload: "12,57,…").
NOTIFY_CHANNEL = "whistle_desk"
#: The note of a change made from the command line (a program note: shown in the reader's language).
CLI_NOTE = notes.program(Message("命令行"))
#: session.info key: this unit of work records the clock a person confirmed (Desk.accept_clock).
ACCEPT_CLOCK = "accept_clock"
#: Rows an export reads in one transaction (the account is checked again before each batch).
EXPORT_BATCH = 2000
#: Settings that change the calendar (cached per Desk).
CALENDAR_SETTINGS = setup.CALENDAR_SETTINGS
_bump_calendar = setup.bump_calendar


class Desk:
    """An open database plus a clock. Thread-safe: every call uses its own session."""

    def __init__(self, engine: Engine, clock: Clock | None = None) -> None:
        self.engine = engine
        self.clock: Clock = clock or SystemClock()
        self._write_engine = engine.execution_options(sqlite_immediate=True)
        self._calendar_cache: tuple | None = None
        self._search_index: tuple[str | None] | None = None
        self._unclassified: int | None = None

    # -- opening ---------------------------------------------------------------
    @classmethod
    def open(cls, url: str, *, clock: Clock | None = None, migrate: bool = True) -> Desk:
        """Open (and by default create or migrate) the database at ``url``."""
        engine = db.create_db_engine(url)
        try:
            db.ensure_schema(engine, migrate=migrate)  # a newer schema is refused either way
        except DeskError:
            engine.dispose()
            raise
        except (OperationalError, DBAPIError) as exc:
            engine.dispose()
            raise db.database_error(engine.url, exc) from None
        if clock is None and engine.dialect.name == "postgresql":
            clock = ServerClock(engine)  # shared mode: the server's clock is the one that counts
        desk = cls(engine, clock)
        if migrate:
            try:
                desk.seed_calendar()
                desk._refresh_stale_clocks()
                with desk.unit(write=False) as (s, _now):
                    desk._unclassified_id(s)  # read once here, not inside the first whistle's transaction
            except ClockAhead:  # the PC's clock is far ahead: the login asks; accept_clock finishes this
                log.warning("clock far ahead of the record: calendar seeding waits for a confirmed clock")
        return desk

    def _refresh_stale_clocks(self) -> None:
        """Once after the migration that added the clocks (it cannot compute them: that needs the calendar)."""
        with self.unit(write=False) as (s, _):
            if s.get(Setting, "clocks_stale") is None:
                return
        with self.unit() as (s, _):
            db.serialise(s, db.SEED_LOCK_KEY)  # desks starting together compute them once
            row = s.get(Setting, "clocks_stale")
            if row is not None:
                s.delete(row)
                s.flush()
                office_settings.forget(s)
                clocks.refresh_all(s, self._clock_rules(s))

    def close(self) -> None:
        self.engine.dispose()

    def analyze(self) -> None:
        """Refresh the planner's statistics: after a bulk load (the demo, an import) the queue's plans depend
        on them (migrations do it themselves)."""
        if self.engine.dialect.name == "postgresql":  # VACUUM too: index-only scans need the visibility map
            with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("VACUUM (ANALYZE)")
            return
        with self.engine.connect() as conn:
            db.analyze(conn)

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def location(self) -> str:
        """Where the data lives, safe to show (never a password)."""
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    def search_index_missing(self) -> str | None:
        """Why search runs without its substring index (it then scans the tickets), or None: it has it. Read
        once: the schema decides it."""
        if self._search_index is None:
            with self.unit(write=False) as (s, _):
                self._search_index = (missing_index(s),)
        return self._search_index[0]

    # -- unit of work ----------------------------------------------------------
    @contextmanager
    def unit(self, *, write: bool = True, accept_clock: bool = False) -> Iterator[tuple[Session, datetime]]:
        """One transaction: commits if the block finishes, rolls back everything if it raises."""
        session = Session(self._write_engine if write else self.engine, expire_on_commit=False, autoflush=True)
        if write:
            clocks.install(session, lambda: self._clock_rules(session))
            session.info[ACCEPT_CLOCK] = accept_clock
        try:
            with session.begin():
                now_in = getattr(self.clock, "now_in", None)
                now = now_in(session) if now_in else self.clock.now()
                if write and self.engine.dialect.name == "sqlite":
                    now = self._monotonic(session, now)
                session.info[clocks.NOW_KEY] = now
                yield session, now
                if write:
                    self._seal(session)
        except StaleDataError:
            raise ConflictError("该记录刚刚已被他人修改，请刷新后重试。") from None
        except IntegrityError as exc:
            from desk.logs import redact  # (desk.logs imports the package: not at the top)

            log.warning("integrity error: %s", redact(str(exc.orig)))  # the database quotes the row
            raise ConflictError("与已有数据冲突，操作未保存。请刷新后重试。") from None
        except (OperationalError, DBAPIError) as exc:
            raise db.database_error(self.engine.url, exc) from None
        finally:
            session.close()

    def _seal(self, session: Session) -> None:
        """The end of a write transaction: stale clocks recomputed, other desks told (delivered at commit), and
        last the events join the hash chain, whose lock is then held only for the append and the commit.
        A verb that answers with its own events calls this before the commit (then it finds nothing left)."""
        if session.info.pop(clocks.STALE_KEY, False):  # the calendar, the share or a limit changed
            session.flush()
            clocks.refresh_all(session, self._clock_rules(session))
        repeats.follow_parents(session, session.info[clocks.NOW_KEY])  # issue 15: merged children follow
        self._announce(session)
        audit.flush(session)

    def _monotonic(self, s: Session, now: datetime) -> datetime:
        """Embedded mode trusts this PC's clock, but not blindly: nothing is recorded earlier than the latest
        instant already recorded (the audit chain's end), and a clock far ahead of it (``clock_max_ahead`` of
        working time: a weekend or a holiday is none) writes nothing until a person confirms it
        (:meth:`accept_clock`). The server's clock counts in shared mode."""
        last = s.scalar(select(AuditHead.updated_at).where(AuditHead.id == 1, AuditHead.seq > 0))
        if last is None or s.info.get(ACCEPT_CLOCK):  # nothing recorded yet (a new database), or confirmed
            return now
        if now <= last:
            return last  # the clock went back: keep the record in order
        limit = self._settings(s)["clock_max_ahead"]
        cal = self._timing(s).cal
        # More than the limit of working time since the last record (a night, a weekend or a holiday is none).
        if now > cal.next_working_moment(cal.due(last, limit)):
            tz = cal.tzinfo
            raise ClockAhead("本机时间 {now} 比数据库最后记录的时间 {last} 晚了许多（超过 {limit}），"
                             "本次操作没有保存。如果电脑时间不对，请先校正电脑时间；如果时间正确（例如长假后第一次使用），"
                             "请确认后继续。", now=now.astimezone(tz).strftime("%Y-%m-%d %H:%M"),
                             last=last.astimezone(tz).strftime("%Y-%m-%d %H:%M"), limit=Duration.parse(limit).label)
        return now

    def accept_clock(self) -> datetime:
        """A person confirmed that this PC's clock is right although it is far ahead of the record (a long break):
        recorded in the audit trail; writes go on from now. Returns the instant accepted."""
        if self.engine.dialect.name != "sqlite":
            raise ConflictError("共享数据库使用服务器的时间，无需确认本机时间。")
        with self.unit(accept_clock=True) as (s, now):
            last = s.scalar(select(AuditHead.updated_at).where(AuditHead.id == 1))
            audit.record(session=s, ticket_id=None, actor_id=accounts.system_user_id(s), at=now, kind="clock_accept",
                         subject="clock", changes={"last_recorded": (None, last), "now": (None, now)})
        self.seed_calendar()  # what Desk.open could not do with the clock unconfirmed
        self._refresh_stale_clocks()
        return now

    def _announce(self, session: Session) -> None:
        """Tell other desks which tickets changed: NOTIFY is delivered only if the transaction commits."""
        changed = session.info.pop("changed_tickets", None)
        if not changed or self.engine.dialect.name != "postgresql":
            return
        ids = sorted(changed)
        for i in range(0, len(ids), 500):
            payload = ",".join(map(str, ids[i:i + 500]))
            session.execute(text("SELECT pg_notify(:channel, :payload)"),
                            {"channel": NOTIFY_CHANNEL, "payload": payload})

    # -- settings and the calendar ----------------------------------------------------
    def now(self) -> datetime:
        return self.clock.now()

    def _unclassified_id(self, s: Session) -> int | None:
        """The id of the reserved category 待分类 (migration 0011): read once per Desk, it never changes."""
        if self._unclassified is None:
            self._unclassified = unclassified_id(s)
        return self._unclassified

    def _settings(self, s: Session) -> dict[str, str]:
        return office_settings.read(s)

    def settings(self) -> dict[str, str]:
        with self.unit(write=False) as (s, _):
            return {k: v for k, v in self._settings(s).items() if k in office_settings.SETTINGS}

    def office_tz(self) -> ZoneInfo:
        return self.calendar().tzinfo

    @boundary.checked
    def set_setting(self, key: str, value: str) -> None:
        """Change an office setting (validated; audited as the system account). For the CLI and
        set-up scripts; a logged-in administrator uses ActingUser.set_setting, audited under their name."""
        with self.unit() as (s, now):
            setup.set_setting(session=s, actor_id=accounts.system_user_id(s), now=now, key=key, value=value)

    def _office_zone(self, settings: dict[str, str]) -> ZoneInfo:
        try:
            return ZoneInfo(settings["time_zone"])
        except (ZoneInfoNotFoundError, ValueError):
            return ZoneInfo(office_settings.DEFAULTS["time_zone"])

    def _timing(self, s: Session) -> dispatching.Timing:
        settings = self._settings(s)
        key = tuple(sorted(settings.items()))
        cached = self._calendar_cache
        if cached is None or cached[0] != key:
            cal = deadline_service.build_calendar(s, time_zone=settings["time_zone"],
                                                  week=office_settings.week_of(settings))
            offsets = escalation.Offsets(settings["escalate_supervise_after"], settings["escalate_report_after"])
            cached = (key, dispatching.Timing(cal, offsets), float(settings["warning_share"]))
            self._calendar_cache = cached
        return cached[1]

    def _warning_share(self) -> float:
        return self._calendar_cache[2] if self._calendar_cache else float(office_settings.DEFAULTS["warning_share"])

    def _office(self, s: Session) -> tuple[str, dict[str, str]]:
        """The office's name and its own steps' limits (what its escalations and badges show)."""
        settings = self._settings(s)
        return settings["office_name"], {"verify": settings["verify_within"], "callback": settings["callback_within"]}

    def _clock_rules(self, s: Session) -> clocks.ClockRules:
        """How clocks are computed (desk.deadlines.clocks), from the same cached calendar as ``_timing``."""
        timing = self._timing(s)
        return clocks.ClockRules(timing.cal, self._warning_share(), self._office(s)[1], timing.offsets)

    def calendar_revision(self) -> str:
        """Changes whenever office settings or calendar dates change (cheap; for caches in other desks)."""
        with self.unit(write=False) as (s, _):
            return str(hash(tuple(sorted(self._settings(s).items()))))

    def calendar(self) -> WorkCalendar:
        """The office's working calendar (immutable; rebuilt when settings or dates change)."""
        with self.unit(write=False) as (s, _):
            return self._timing(s).cal

    @boundary.checked
    def seed_calendar(self, years: Iterable[int] | None = None) -> int:
        """Add public holidays and make-up working days (调休) from the `holidays` package.

        By default for this year and next, once per year: dates an admin changed are kept.
        """
        with self.unit() as (s, now):
            db.serialise(s, db.SEED_LOCK_KEY)  # desks starting together seed once
            this_year = now.astimezone(self._timing(s).cal.tzinfo).year
            wanted = sorted(set(years) if years is not None else {this_year, this_year + 1})
            done = set(filter(None, (self._settings(s).get("calendar_seeded_years") or "").split(",")))
            todo = [y for y in wanted if str(y) not in done or years is not None]
            if not todo:
                return 0
            added = deadline_service.seed_calendar(session=s, years=todo, now=now)
            office_settings.store(s, "calendar_seeded_years", ",".join(sorted(done | {str(y) for y in todo})))
            _bump_calendar(s)
            audit.record(session=s, ticket_id=None, actor_id=accounts.system_user_id(s), at=now, kind="calendar_seed",
                         subject="calendar", changes={"years": (None, ",".join(map(str, todo))),
                                                      "added": (None, added)})
            return added

    @boundary.checked
    def sweep(self, *, at: datetime | None = None, dry_run: bool = False) -> dto.SweepResult:
        """Record the escalations that have become due (idempotent; safe from many desks at once).

        ``dry_run`` with a future ``at`` forecasts what will have escalated by then, writing nothing.
        Over-long suspensions are ended first (at their maximum length).
        """
        with self.unit(write=not dry_run) as (s, now):
            at = at or now
            if at.tzinfo is None:
                raise ValidationError("at", "时间必须带时区。")
            if not dry_run and at > now:
                raise ValidationError("at", "只能在预测模式（dry run）下对未来时间扫描。")
            timing = self._timing(s)
            resumed = 0 if dry_run else self._end_long_suspensions(s, now, timing)
            system_id = s.scalar(select(User.id).where(User.username == SYSTEM_USER))
            reached = escalation.sweep(session=s, now=now, at=at, cal=timing.cal, offsets=timing.offsets,
                                       system_user_id=system_id, dry_run=dry_run)
            infos = queries.escalation_infos_for(s, reached, timing.cal, at, *self._office(s))
            # issue 16: project milestones climb the same ladder in the same sweep (and the same forecast)
            late = project_milestones.sweep(session=s, now=now, at=at, system_user_id=system_id, dry_run=dry_run,
                                            ladder=escalation.Ladder(timing.cal, timing.offsets))
            infos += project_milestones.sweep_infos(s, late, timing.cal, at)
            return dto.SweepResult(at=at, escalations=tuple(infos), resumed=resumed)

    def _end_long_suspensions(self, s: Session, now: datetime, timing: dispatching.Timing) -> int:
        limit = self._settings(s)["max_suspension"]
        system = s.scalar(select(User).where(User.username == SYSTEM_USER))
        return dispatching.end_long_suspensions(session=s, now=now, timing=timing, limit=limit, actor=system)

    # -- set-up done outside any acting user (CLI, demo, first run) ------------
    # Whoever holds the database credentials can do these (whistle-desk user add, the demo, the
    # installer's self-check). Each is recorded in the audit trail as the system account.
    @boundary.checked
    def add_department(self, name: str) -> dto.DepartmentInfo:
        with self.unit() as (s, now):
            d = setup.add_department(session=s, actor_id=accounts.system_user_id(s), now=now, name=name)
            return setup.department_info(d)

    @boundary.checked
    def add_community(self, name: str) -> dto.CommunityInfo:
        with self.unit() as (s, now):
            return setup.community_info(setup.add_community(session=s, actor_id=accounts.system_user_id(s), now=now,
                                                       name=name))

    @boundary.checked
    def add_category(self, name: str, default_lead: str | None = None) -> dto.CategoryInfo:
        with self.unit() as (s, now):
            c = setup.add_category(session=s, actor_id=accounts.system_user_id(s), now=now, name=name,
                                   default_lead=default_lead)
            return setup.category_info(c)

    @boundary.checked
    def add_user(
        self, username: str, password: str, role: str, *, department: str | None = None,
        display_name: str | None = None, must_change_password: bool = False,
    ) -> dto.UserInfo:
        with self.unit() as (s, now):
            u = accounts.add_user(session=s, actor_id=accounts.system_user_id(s), now=now, username=username,
                                  password=password, role=role, department=department, display_name=display_name,
                                  must_change_password=must_change_password)
            return accounts.user_info(u)

    @boundary.checked
    def reset_password(self, username: str, password: str, *, must_change_password: bool = False) -> dto.AccountInfo:
        """Set a new password (``whistle-desk user reset-password``): also unlocks; the user's sessions end."""
        with self.unit() as (s, now):
            u = accounts.reset_password(session=s, actor_id=accounts.system_user_id(s), now=now, username=username,
                                        password=password, must_change_password=must_change_password,
                                        note=CLI_NOTE)
            return accounts.account_info(u)

    @boundary.checked
    def set_user_active(self, username: str, active: bool) -> dto.AccountInfo:
        """Disable or enable an account (``whistle-desk user disable/enable``)."""
        with self.unit() as (s, now):
            u = accounts.set_active(session=s, actor_id=accounts.system_user_id(s), now=now, username=username,
                                    active=active, note=CLI_NOTE)
            return accounts.account_info(u)

    def user_count(self) -> int:
        """Accounts people log in with (the built-in system account is not one)."""
        with self.unit(write=False) as (s, _):
            return s.scalar(select(func.count(User.id)).where(User.username != SYSTEM_USER)) or 0

    def needs_first_admin(self) -> bool:
        """True while no account can log in: the first run asks for the first administrator."""
        with self.unit(write=False) as (s, _):
            return accounts.login_capable_count(s) == 0

    @boundary.checked
    def create_first_admin(self, username: str, password: str, display_name: str | None = None) -> dto.UserInfo:
        """The first administrator, asked for on first run. Refused once any account can log in."""
        with self.unit() as (s, now):
            accounts._serialise(s)  # two desks on their first run at once: one first administrator
            if accounts.login_capable_count(s):
                raise PermissionDenied("已经有可以登录的账户：首个管理员只能在首次运行时创建。"
                                       "请用管理员账户登录后新建用户。")
            u = accounts.add_user(session=s, actor_id=None, now=now, username=username, password=password,
                                  role=Role.ADMIN.value, display_name=display_name, kind="first_admin",
                                  note=notes.program(Message("首次运行")))
            return accounts.user_info(u)

    def ticket_count(self) -> int:
        with self.unit(write=False) as (s, _):
            return s.scalar(select(func.count(Ticket.id))) or 0

    def change_marker(self) -> int:
        """Grows whenever a ticket changes: pollers compare it to refresh."""
        with self.unit(write=False) as (s, _):
            return s.scalar(select(func.max(Event.id)).where(Event.ticket_id.is_not(None))) or 0

    @boundary.checked
    def changes_since(self, marker: int) -> tuple[int, frozenset[int]]:
        """The new marker and the ids of the tickets changed after ``marker`` (for targeted refresh)."""
        with self.unit(write=False) as (s, _):
            rows = s.execute(select(Event.id, Event.ticket_id).where(Event.id > marker, Event.ticket_id.is_not(None))
                             .order_by(Event.id)).all()
        if not rows:
            return marker, frozenset()
        return rows[-1][0], frozenset(r[1] for r in rows)

    def verify_audit(self) -> dto.AuditReport:
        """Walk the whole event hash chain (``whistle-desk audit verify``), in one snapshot."""
        try:
            with self.engine.connect() as conn:
                if self.backend == "postgresql":
                    conn = conn.execution_options(isolation_level="REPEATABLE READ")
                with conn.begin():
                    return chain.verify(conn)
        except (OperationalError, DBAPIError) as exc:
            raise db.database_error(self.engine.url, exc) from None

    # -- logging in ----------------------------------------------------------------
    def login(self, username: str, password: str) -> ActingUser:
        """Log in. Every attempt, success or failure, is recorded; after ``lockout_threshold`` wrong
        passwords in a row the account is locked for ``lockout_minutes`` (settings)."""
        with self.unit() as (s, now):
            settings = self._settings(s)
            u, error = accounts.attempt_login(session=s, username=username, password=password, now=now,
                                              lockout=accounts.Lockout.from_settings(settings),
                                              tz=self._office_zone(settings))
            if u is not None:
                info, dept_id = accounts.user_info(u), u.department_id
                epoch, must_change = u.auth_epoch, u.must_change_password
        if error is not None:
            raise error
        return ActingUser(self, info, dept_id, auth_epoch=epoch, must_change_password=must_change)


class ActingUser(TicketVerbs, DispatchVerbs, EscalationVerbs, DeadlineVerbs, SetupVerbs, AccountVerbs, AuditVerbs,
                 ReportVerbs, ImportVerbs, AttachmentVerbs, RepeatVerbs, StandardVerbs, ProjectVerbs, HotspotVerbs,
                 LifecycleVerbs, DisclosureVerbs, MapVerbs, ProjectRecordVerbs, ObserverVerbs):
    """A logged-in user. Every method is checked against its row of the permission matrix
    (desk.permissions.MATRIX), every verb is one transaction and checks the workflow's state machine,
    and every call first checks that the account is still active and unchanged since login.

    The verbs live beside their domain (``desk/<domain>/verbs.py``, see desk/verbs.py) and are combined here;
    this class keeps what they share: the permission and account checks, the unit of work and the helpers
    below."""

    def __init__(self, desk: Desk, info: dto.UserInfo, department_id: int | None, *, auth_epoch: int = 0,
                 must_change_password: bool = False) -> None:
        self.desk = desk
        self.info = info
        self._department_id = department_id
        self._viewer = queries.Viewer(info.id, info.role, department_id)
        self._epoch = auth_epoch
        self._must_change = must_change_password

    def __repr__(self) -> str:
        return f"<ActingUser {self.info.username} ({self.info.role})>"

    @property
    def role(self) -> Role:
        return Role(self.info.role)

    @property
    def must_change_password(self) -> bool:
        """After an administrator's reset: only change_password (and verify_password) work until then."""
        return self._must_change

    # -- what every domain's verbs share -------------------------------------------------
    def _authorise(self, perm: Permission) -> None:
        if self.role not in perm.roles:
            raise PermissionDenied("{role}不能{verb}。", role=Term(ROLE[self.role]),
                                   verb=Term(VERB.get(perm.name, perm.name)))
        if self._must_change and not perm.before_password_change:
            raise PermissionDenied("管理员已重置您的密码：请先修改密码，然后才能继续。")

    def _check_account(self, s: Session, *, locked_ok: bool = False) -> User:
        """The account row, if this session of it is still valid: active, not locked by wrong passwords typed
        elsewhere, unchanged since the login, and the same role and department as this object holds (what the
        permission check used before this read)."""
        u = s.get(User, self.info.id)
        if u is None or not u.active:
            raise AuthError("该账户已停用，请重新登录。")
        if (u.auth_epoch or 0) != self._epoch:
            raise AuthError("您账户的密码、角色或部门已变更，请重新登录。")
        if u.role != self.info.role or u.role != self._viewer.role or u.department_id != self._department_id:
            raise AuthError("本次登录的身份与账户记录不符，请重新登录。")
        now = s.info.get(clocks.NOW_KEY)
        if not locked_ok and u.locked_until is not None and now is not None and u.locked_until > now:
            raise accounts.locked_error(u.locked_until, self.desk._office_zone(self.desk._settings(s)))
        s.info["me"] = u
        return u

    @contextmanager
    def _unit(self, *, write: bool = True, password_attempt: bool = False) -> Iterator[tuple[Session, datetime]]:
        """The desk's unit of work, after checking that this session of the account is still valid.
        A ``password_attempt`` (the lock screen, changing one's password) checks the lockout itself, so that
        an attempt on a locked account is recorded like a login's."""
        with self.desk.unit(write=write) as (s, now):
            self._check_account(s, locked_ok=password_attempt)
            yield s, now

    def _check(self) -> None:
        with self._unit(write=False):
            pass

    def _me(self, s: Session) -> User:
        return s.info.get("me") or self._check_account(s)

    def _when(self, at: datetime | None) -> str:
        if at is None:
            return ""
        return at.astimezone(self.desk.office_tz()).strftime("%m-%d %H:%M")

    def _lock_ticket(self, s: Session, number_or_id: str | int) -> Ticket:
        return queries.find_ticket(s, self._viewer, number_or_id, for_update=True)

    def _ticket_touch(self, ticket: Ticket, me: User, now: datetime) -> None:
        tickets.touch(ticket, me, now)

    def _settle(self, s: Session, ticket: Ticket, me: User, now: datetime, note: str = "") -> None:
        tickets.settle(session=s, ticket=ticket, actor=me, now=now, note=note)

    def _clocks(self, s: Session, now: datetime) -> queries.Clocks:
        timing = self.desk._timing(s)
        return queries.Clocks(timing.cal, self.desk._warning_share(), now, *self.desk._office(s))

    # -- the export: a composition of its own (one transaction per batch, see export_dispatches) ----------
    @permission("export_dispatches")
    def export_dispatches(self, *, mask_phones: bool = True) -> Iterator[dict[str, Any]]:
        """Every dispatch the user may see (a responder: their department's), see export_dispatches().

        Reporters' phones are masked unless ``mask_phones`` is False; a responder's rows of dispatches
        where their department only assists are masked always."""
        self._check()
        return export_dispatches(self.desk, self._department_id if self._viewer.is_responder else None,
                                 mask_phones=mask_phones, check=self._check_account)


def export_dispatches(desk: Desk, department_id: int | None = None, *, mask_phones: bool = True,
                      check: Callable[[Session], object] | None = None) -> Iterator[dict[str, Any]]:
    """Every dispatch (of one department if given), with due instants, step times and escalation levels
    (desk.dispatch.export.batch: the columns, the office's UTC offset, the masked phones).

    Rows are streamed in batches of ``EXPORT_BATCH``, each read in a transaction of its own; ``check`` runs
    before each (a user's export stops when the account is disabled or locked meanwhile)."""
    tz = desk.office_tz()
    last = 0
    while True:
        with desk.unit(write=False) as (s, _):
            if check is not None:
                check(s)
            rows, last = dispatch_export.batch(s, after=last, limit=EXPORT_BATCH, department_id=department_id,
                                               mask_phones=mask_phones, tz=tz)
        if not rows:
            return
        yield from rows
