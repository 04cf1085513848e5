"""desk.Desk: the one door into the core for the GUI, the CLI and the tests."""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Engine, func, select, text, update
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, object_session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from desk import boundary, db, dto, notes
from desk import settings as office_settings
from desk.deadlines import Duration, WorkCalendar, parse_overrides_csv
from desk.deadlines import clocks
from desk.deadlines import service as deadline_service
from desk.escalation import service as escalation
from desk.labels import DISPATCH_STATE, ROLE, TICKET_STATE, VERB
from desk.accounts import service as accounts
from desk.audit import chain
from desk.audit import service as audit
from desk.clock import Clock, ServerClock, SystemClock
from desk.dispatch import service as dispatching
from desk.enums import (
    DispatchRole,
    DispatchState,
    GONE_DISPATCH_STATES,
    OPEN_DISPATCH_STATES,
    Role,
    Satisfaction,
    TicketState,
)
from desk.errors import (
    AuthError,
    ClockAhead,
    ConflictError,
    DeskError,
    Message,
    NotFound,
    PermissionDenied,
    Term,
    ValidationError,
)
from desk.permissions import Permission
from desk.verbs import permission
from desk.intake.imports.verbs import ImportVerbs
from desk.intake.imports.service import refuse_unclassified, unclassified_id
from desk.intake.attachments.verbs import AttachmentVerbs
from desk.intake.attachments import service as attachment_rules
from desk.intake.repeats.verbs import RepeatVerbs
from desk.intake.repeats import service as repeats
from desk.standards.verbs import StandardVerbs
from desk.standards import service as standards
from desk.privacy import mask_phone
from desk.setup import service as setup
from desk.tickets import detail as ticket_detail
from desk.tickets import queries
from desk.tickets import service as tickets
from desk.tickets.search import missing_index
from desk.workflow import DISPATCH_VERBS, TICKET_VERBS, TRANSITIONS, dispatch_allows, ticket_allows
from models import (
    AuditHead,
    CalendarDay,
    Callback,
    Category,
    Community,
    Department,
    Dispatch,
    DispatchRequest,
    Escalation,
    Event,
    Setting,
    Ticket,
    TimePolicy,
    User,
)

log = logging.getLogger(__name__)

SYSTEM_USER = accounts.SYSTEM_USER
#: PostgreSQL channel on which every commit names the tickets it changed (payload: "12,57,…").
NOTIFY_CHANNEL = "whistle_desk"
REQUEST_KIND = {"extension": "延期", "suspension": "挂起"}
#: The note of a change made from the command line (a program note: shown in the reader's language).
CLI_NOTE = notes.program(Message("命令行"))
#: session.info key: this unit of work records the clock a person confirmed (Desk.accept_clock).
ACCEPT_CLOCK = "accept_clock"
ESCALATION_ACTIONS = ("urge", "extend", "reassign", "confirm")
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
            cal = deadline_service.build_calendar(s, settings)
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
            return dto.SweepResult(at=at, escalations=tuple(infos), resumed=resumed)

    def _end_long_suspensions(self, s: Session, now: datetime, timing: dispatching.Timing) -> int:
        limit = self._settings(s)["max_suspension"]
        system = s.scalar(select(User).where(User.username == SYSTEM_USER))
        count = 0
        for d in s.scalars(select(Dispatch).where(Dispatch.suspended_at.is_not(None))
                           .with_for_update(skip_locked=True, key_share=True)):
            end = timing.cal.due(d.suspended_at, limit)
            if end <= now:
                dispatching.resume(session=s, dispatch=d, actor=system, now=now, until=end, timing=timing,
                                   note=notes.program(Message("挂起超过上限 {limit}，自动恢复计时", limit=limit)))
                s.execute(update(DispatchRequest).where(DispatchRequest.dispatch_id == d.id,
                                                        DispatchRequest.kind == "suspension",
                                                        DispatchRequest.state == "approved")
                          .values(state="ended"))
                count += 1
        return count

    # -- set-up done outside any acting user (CLI, demo, first run) ------------
    # Whoever holds the database credentials can do these (whistle-desk user add, the demo, the
    # installer's self-check). Each is recorded in the audit trail as the system account.
    @boundary.checked
    def add_department(self, name: str) -> dto.DepartmentInfo:
        with self.unit() as (s, now):
            d = setup.add_department(session=s, actor_id=accounts.system_user_id(s), now=now, name=name)
            return dto.DepartmentInfo(d.id, d.name, d.active)

    @boundary.checked
    def add_community(self, name: str) -> dto.CommunityInfo:
        with self.unit() as (s, now):
            return _community_info(setup.add_community(session=s, actor_id=accounts.system_user_id(s), now=now,
                                                       name=name))

    @boundary.checked
    def add_category(self, name: str, default_lead: str | None = None) -> dto.CategoryInfo:
        with self.unit() as (s, now):
            c = setup.add_category(session=s, actor_id=accounts.system_user_id(s), now=now, name=name,
                                   default_lead=default_lead)
            return _category_info(c)

    @boundary.checked
    def add_user(
        self, username: str, password: str, role: str, *, department: str | None = None,
        display_name: str | None = None, must_change_password: bool = False,
    ) -> dto.UserInfo:
        with self.unit() as (s, now):
            u = accounts.add_user(session=s, actor_id=accounts.system_user_id(s), now=now, username=username,
                                  password=password, role=role, department=department, display_name=display_name,
                                  must_change_password=must_change_password)
            return _user_info(u)

    @boundary.checked
    def reset_password(self, username: str, password: str, *, must_change_password: bool = False) -> dto.AccountInfo:
        """Set a new password (``whistle-desk user reset-password``): also unlocks; the user's sessions end."""
        with self.unit() as (s, now):
            u = accounts.reset_password(session=s, actor_id=accounts.system_user_id(s), now=now, username=username,
                                        password=password, must_change_password=must_change_password,
                                        note=CLI_NOTE)
            return _account_info(u)

    @boundary.checked
    def set_user_active(self, username: str, active: bool) -> dto.AccountInfo:
        """Disable or enable an account (``whistle-desk user disable/enable``)."""
        with self.unit() as (s, now):
            u = accounts.set_active(session=s, actor_id=accounts.system_user_id(s), now=now, username=username,
                                    active=active, note=CLI_NOTE)
            return _account_info(u)

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
            return _user_info(u)

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
                info, dept_id, epoch, must_change = _user_info(u), u.department_id, u.auth_epoch, u.must_change_password
        if error is not None:
            raise error
        return ActingUser(self, info, dept_id, auth_epoch=epoch, must_change_password=must_change)


def _user_info(u: User) -> dto.UserInfo:
    return dto.UserInfo(u.id, u.username, u.display_name, u.role, u.department.name if u.department else None,
                        u.active)


def _account_info(u: User) -> dto.AccountInfo:
    return dto.AccountInfo(u.id, u.username, u.display_name, u.role, u.department.name if u.department else None,
                           u.active, u.created_at, u.last_login_at, u.failed_logins or 0, u.locked_until,
                           bool(u.must_change_password))


def _community_info(c: Community) -> dto.CommunityInfo:
    return dto.CommunityInfo(c.id, c.name, c.active)


def _category_info(c: Category) -> dto.CategoryInfo:
    return dto.CategoryInfo(c.id, c.name, c.default_lead.name if c.default_lead else None, c.active)


@dataclass(frozen=True)
class Actions:
    """What the acting user may do now to a ticket and to each of its dispatches."""

    ticket: frozenset[str]
    dispatches: dict[int, frozenset[str]]


class ActingUser(ImportVerbs, AttachmentVerbs, RepeatVerbs, StandardVerbs):
    """A logged-in user. Every method is checked against its row of the permission matrix
    (desk.permissions.MATRIX), every verb is one transaction and checks the workflow's state machine,
    and every call first checks that the account is still active and unchanged since login."""

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

    # -- helpers -----------------------------------------------------------------
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

    def _check_ticket_verb(self, verb: str, ticket: Ticket) -> None:
        t = TRANSITIONS[verb]
        if self.role not in t.roles:
            raise PermissionDenied("{role}不能执行“{verb}”。", role=Term(ROLE[self.role]), verb=Term(VERB[verb]))
        if ticket.parent_id is not None:  # issue 15: a merged child is handled through its parent
            repeats.guard_child(object_session(ticket), ticket, verb)
        if ticket.state not in t.sources:
            raise ConflictError(
                "工单 {number} 当前为“{state}”，不能{verb}（最近由 {user} 于 {when} 修改）。",
                number=ticket.number, state=Term(TICKET_STATE[ticket.state]), verb=Term(VERB[verb]),
                user=ticket.updated_by.display_name, when=self._when(ticket.updated_at),
            )

    def _lock_ticket(self, s: Session, number_or_id: str | int) -> Ticket:
        return queries.find_ticket(s, self._viewer, number_or_id, for_update=True)

    def _ticket_touch(self, ticket: Ticket, me: User, now: datetime) -> None:
        ticket.updated_at = now
        ticket.updated_by = me

    def _settle(self, s: Session, ticket: Ticket, me: User, now: datetime, note: str = "") -> None:
        new_state = tickets.derive_state(ticket)  # (its dispatches: loaded after its lock, changed in memory)
        if new_state != ticket.state:
            audit.record(session=s, ticket_id=ticket.id, actor_id=me.id, at=now, kind="state", note=note,
                         changes={"state": (ticket.state, new_state)})
            ticket.state = new_state
        self._ticket_touch(ticket, me, now)

    def _clocks(self, s: Session, now: datetime) -> queries.Clocks:
        timing = self.desk._timing(s)
        return queries.Clocks(timing.cal, self.desk._warning_share(), now, *self.desk._office(s))

    def _detail(self, s: Session, ticket: Ticket, now: datetime) -> dto.TicketDetail:
        """The ticket as this transaction leaves it, its timeline including this transaction's events.

        The detail is read first and the transaction sealed last (Desk._seal), so that the chain's lock is
        held for as short a time as possible (PostgreSQL: until the commit that follows)."""
        s.flush()

        def seal() -> list[dict]:
            mine = [r for r in s.info.get(audit.PENDING, ()) if r["ticket_id"] == ticket.id]
            self.desk._seal(s)  # gives the rows their ids
            return mine

        return ticket_detail.after_change(s, self._viewer, ticket.id, self._clocks(s, now), seal)

    # -- reading ---------------------------------------------------------------------
    @permission("queues")
    def queues(self) -> tuple[str, ...]:
        return queries.QUEUES_BY_ROLE[self.role]

    @permission("queue_counts")
    def queue_counts(self) -> dict[str, int]:
        with self._unit(write=False) as (s, now):
            return {q: queries.queue_count(s, self._viewer, q, now=now) for q in self.queues()}

    @permission("queue_size")
    def queue_size(self, queue: str, *, search: str = "", filters: dto.QueueFilter | None = None) -> int:
        """How many tickets a queue (narrowed by ``search`` and ``filters``) holds: a count of its own, so that a
        page never waits for it."""
        with self._unit(write=False) as (s, now):
            return queries.queue_count(s, self._viewer, queue, search, now, filters, self.desk._timing(s).cal.tzinfo)

    @permission("queue_position")
    def queue_position(self, queue: str, ticket_id: int, *, search: str = "", sort: str = "created_at",
                       descending: bool = True, filters: dto.QueueFilter | None = None) -> int | None:
        """The row number of ticket ``ticket_id`` in a queue as ``list_queue`` orders it (0: the first row), or
        None when the queue (narrowed by ``search`` and ``filters``) does not hold it: the table finds a ticket
        that is not in a page it has read, and asks for that page by offset."""
        with self._unit(write=False) as (s, now):
            return queries.queue_position(s, self._viewer, queue, ticket_id, search=search, sort=sort,
                                          descending=descending, now=now, filters=filters,
                                          tz=self.desk._timing(s).cal.tzinfo)

    @permission("ticket_rows")
    def ticket_rows(self, ids: Sequence[int]) -> list[dto.TicketSummary]:
        with self._unit(write=False) as (s, now):
            return queries.summaries(s, self._viewer, ids, self._clocks(s, now))

    @permission("list_queue")
    def list_queue(self, queue: str, *, offset: int = 0, limit: int = 50, search: str = "",
                   sort: str = "created_at", descending: bool = True, filters: dto.QueueFilter | None = None,
                   after: Sequence | None = None, before: Sequence | None = None, from_end: bool = False,
                   with_total: bool = True) -> dto.Page:
        """A page of a queue: the ``limit`` rows from position ``offset``, or after the row keyed ``after``, or
        before the row keyed ``before`` (a key is a row's entry in ``Page.keys``: paging on by key costs a page
        wherever it is, an offset walks the rows before it; ``from_end``: ``offset`` counts back from the last row,
        the rows still come in the queue's order). ``with_total=False`` leaves the count (``total``)
        out; ``queue_size`` gives it on its own. Sort keys: queries.SORT_KEYS (and ``my_dispatch_state`` for
        responders)."""
        if not isinstance(offset, int) or offset < 0 or not isinstance(limit, int) or not 1 <= limit <= 1000 \
                or [after, before, from_end or None].count(None) < 2 or (offset and (after or before) is not None):
            raise ValidationError("limit", "分页参数无效。")
        with self._unit(write=False) as (s, now):
            rules = self._clocks(s, now)
            tz = rules.cal.tzinfo  # (the office's zone from this session: not a second one per page)
            keyed = queries.queue_page(s, self._viewer, queue, search=search, sort=sort, descending=descending,
                                       now=now, filters=filters, tz=tz, after=after, before=before, offset=offset,
                                       limit=limit, from_end=from_end is True)
            key_of = dict(keyed)
            rows = tuple(queries.summaries(s, self._viewer, list(key_of), rules))
            total = queries.queue_count(s, self._viewer, queue, search, now, filters, tz) if with_total else None
            return dto.Page(rows, offset if after is None and before is None and not from_end else None, total,
                            tuple(key_of[r.id] for r in rows))

    @permission("ticket")
    def ticket(self, number_or_id: str | int) -> dto.TicketDetail:
        with self._unit(write=False) as (s, now):
            return ticket_detail.read(s, self._viewer, number_or_id, self._clocks(s, now))

    @permission("departments")
    def departments(self, *, include_inactive: bool = False) -> list[dto.DepartmentInfo]:
        """Active departments (all, with ``include_inactive``, for the administration screen)."""
        with self._unit(write=False) as (s, _):
            stmt = select(Department).order_by(Department.id)
            if not include_inactive:
                stmt = stmt.where(Department.active)
            return [dto.DepartmentInfo(d.id, d.name, d.active) for d in s.scalars(stmt)]

    @permission("communities")
    def communities(self, *, include_inactive: bool = False) -> list[dto.CommunityInfo]:
        """The 社区 pick-list in name order (all, with ``include_inactive``, for the administration screen)."""
        with self._unit(write=False) as (s, _):
            stmt = select(Community).order_by(Community.name)
            if not include_inactive:
                stmt = stmt.where(Community.active)
            return [_community_info(c) for c in s.scalars(stmt)]

    @permission("categories")
    def categories(self, *, include_inactive: bool = False) -> list[dto.CategoryInfo]:
        """Active categories (all, with ``include_inactive``), each with its default lead department."""
        with self._unit(write=False) as (s, _):
            return standards.category_infos(s, include_inactive=include_inactive)  # issue 15 §4: with the tree

    @permission("allowed")
    def allowed(self, ticket: dto.TicketDetail) -> Actions:
        """Read the transition table for this user and this ticket (the UI enables actions from it)."""
        tv = frozenset(v for v in TICKET_VERBS if v != "create_ticket" and ticket_allows(v, self.role, ticket.state))
        if ticket.parent_id is not None:  # a merged child is handled through its parent (repeats.guard_child)
            tv &= repeats.CHILD_VERBS
        dv: dict[int, frozenset[str]] = {}
        for d in ticket.dispatches:
            own = self.info.department is not None and d.department == self.info.department
            verbs = {v for v in DISPATCH_VERBS
                     if dispatch_allows(v, self.role, d.state, ticket_state=ticket.state, own_department=own)}
            if d.suspended_at is not None:
                verbs -= {"request_suspension"}
                if self.role in TRANSITIONS["resume"].roles and (own or self.role is not Role.RESPONDER):
                    verbs.add("resume")
            verbs -= set(d.pending_requests and {f"request_{k}" for k in d.pending_requests})
            if d.pending_requests and self.role in TRANSITIONS["decide_request"].roles:
                verbs.add("decide_request")
            dv[d.id] = frozenset(verbs)
        return Actions(tv, dv)

    # -- ticket verbs ------------------------------------------------------------------
    @permission("create_ticket")
    def create_ticket(self, **fields: Any) -> dto.TicketDetail:
        with self._unit() as (s, now):
            me = self._me(s)
            clean = tickets.clean_fields(s, fields, partial=False)
            tz = self.desk._timing(s).cal.tzinfo
            # Everything is read and checked before the number is taken: the year's counter row stays locked
            # from its upsert to the commit, and in between come only the ticket's insert, the append of its
            # event to the chain and the commit. The answer is built from what this transaction holds.
            year, seq, number = tickets.next_number(session=s, now=now, tz=tz)
            t = Ticket(number=number, year=year, seq=seq, state=TicketState.NEW, round=1, created_at=now,
                       created_by=me, updated_at=now, updated_by=me, **clean)
            s.add(t)
            s.flush()
            audit.record(session=s, ticket_id=t.id, actor_id=me.id, at=now, kind="create",
                         changes={"state": (None, TicketState.NEW)})
            events = list(s.info[audit.PENDING])
            self.desk._seal(s)  # gives the event its id
            return ticket_detail.of_new(t, clean["category"].name, me.display_name, self._viewer, events)

    @permission("update_ticket")
    def update_ticket(self, number: str, *, expected_version: int | None = None, **fields: Any
                      ) -> dto.TicketDetail:
        with self._unit() as (s, now):
            me = self._me(s)
            t = self._lock_ticket(s, number)
            self._check_ticket_verb("update_ticket", t)
            if expected_version is not None and t.version != expected_version:
                raise ConflictError("工单 {number} 已被 {user} 于 {when} 修改，您的修改未保存。已为您重新载入。",
                                    number=t.number, user=t.updated_by.display_name, when=self._when(t.updated_at))
            if queries.hides_reporter(self._viewer, t) and {"reporter_name", "reporter_phone", "confidential"} & set(
                    k for k, v in fields.items() if v != getattr(t, k, None)):
                raise PermissionDenied("保密工单的反映人信息只有受理员、督办员可以查看和修改。")
            clean = tickets.clean_fields(s, fields, partial=True, current=t)
            changes = {}
            for key, value in clean.items():
                old = getattr(t, key)
                if key in ("phone_digits", "phone_last4"):  # derived from the phone: no change of its own
                    setattr(t, key, value)
                    continue
                if key == "category":
                    if old.id != value.id:
                        changes[key] = (old.name, value.name)
                elif old != value:
                    changes[key] = (old, value)
                setattr(t, key, value)
            if changes:
                audit.record(session=s, ticket_id=t.id, actor_id=me.id, at=now, kind="update", changes=changes)
                self._ticket_touch(t, me, now)
            return self._detail(s, t, now)

    @permission("whistle")
    def whistle(self, number: str, *, lead: str | None = None, assist: Iterable[str] = (), note: str = "",
                expected_version: int | None = None) -> dto.TicketDetail:
        with self._unit() as (s, now):
            me = self._me(s)
            t = self._lock_ticket(s, number)
            self._check_ticket_verb("whistle", t)
            refuse_unclassified(t, self.desk._unclassified_id(s))  # issue 15: 待分类 gets a category first
            if expected_version is not None and t.version != expected_version:
                raise ConflictError("工单 {number} 已被 {user} 于 {when} 修改（可能已派单），请查看后再操作。",
                                    number=t.number, user=t.updated_by.display_name, when=self._when(t.updated_at))
            note = tickets.text_field("note", note, required=False)
            dispatching.summon(session=s, ticket=t, actor=me, now=now, lead=lead, assist=assist, note=note,
                               timing=self.desk._timing(s))
            if t.first_whistled_at is None:
                t.first_whistled_at = now
            self._settle(s, t, me, now)
            return self._detail(s, t, now)

    @permission("verify")
    def verify(self, number: str, *, accepted: bool, note: str = "") -> dto.TicketDetail:
        with self._unit() as (s, now):
            me = self._me(s)
            t = self._lock_ticket(s, number)
            self._check_ticket_verb("verify", t)
            note = tickets.text_field("note", note, required=not accepted)
            if accepted:
                audit.record(session=s, ticket_id=t.id, actor_id=me.id, at=now, kind="verify", note=note,
                             changes={"state": (t.state, TicketState.AWAITING_CALLBACK)})
                t.state = TicketState.AWAITING_CALLBACK
                t.verified_at = now
                self._ticket_touch(t, me, now)
            else:
                audit.record(session=s, ticket_id=t.id, actor_id=me.id, at=now, kind="verify_rejected", note=note)
                self._new_round(s, t, me, now, note, lead=None, assist=None)
            return self._detail(s, t, now)

    @permission("record_callback")
    def record_callback(self, number: str, *, contacted: bool, resolved: bool | None = None,
                        satisfaction: str | None = None, department_contacted: bool | None = None,
                        note: str = "") -> dto.TicketDetail:
        """回访: whether the resident was reached and, if so, their answers: resolved?, satisfied?, and
        承办部门（工作人员）是否联系过您 (``department_contacted``: True, False, or None when not asked)."""
        with self._unit() as (s, now):
            me = self._me(s)
            t = self._lock_ticket(s, number)
            self._check_ticket_verb("record_callback", t)
            note = tickets.text_field("note", note, required=False)
            if not isinstance(contacted, bool):
                raise ValidationError("contacted", "请说明是否联系到反映人。")
            if department_contacted is not None and not isinstance(department_contacted, bool):
                raise ValidationError("department_contacted",
                                      "“承办部门是否联系过您”只能填是、否或未询问。")
            if contacted:
                if not isinstance(resolved, bool):
                    raise ValidationError("resolved", "请说明问题是否解决。")
                satisfaction = tickets.enum_field("satisfaction", satisfaction, Satisfaction)
            else:
                if resolved is not None or satisfaction is not None:
                    raise ValidationError("contacted", "未联系到反映人时不能填写解决情况和满意度。")
                if department_contacted is not None:
                    raise ValidationError("department_contacted",
                                          "未联系到反映人时不能填写“承办部门是否联系过您”。")
            cb = Callback(ticket_id=t.id, at=now, by=me, contacted=contacted, resolved=resolved,
                          satisfaction=satisfaction, department_contacted=department_contacted, note=note)
            s.add(cb)
            audit.record(session=s, ticket_id=t.id, actor_id=me.id, at=now, kind="callback", note=note,
                         changes={"contacted": (None, contacted), "resolved": (None, resolved),
                                  "satisfaction": (None, satisfaction),
                                  "department_contacted": (None, department_contacted)})
            self._ticket_touch(t, me, now)
            return self._detail(s, t, now)

    @permission("close")
    def close(self, number: str, *, note: str = "") -> dto.TicketDetail:
        with self._unit() as (s, now):
            me = self._me(s)
            t = self._lock_ticket(s, number)
            self._check_ticket_verb("close", t)
            note = tickets.text_field("note", note, required=False)
            has_callback = s.scalar(select(func.count(Callback.id)).where(
                Callback.ticket_id == t.id, Callback.at >= t.verified_at))
            if not has_callback:
                raise ValidationError("callback", "结案前须先登记回访结果（联系不上也要登记）。")
            audit.record(session=s, ticket_id=t.id, actor_id=me.id, at=now, kind="close", note=note,
                         changes={"state": (t.state, TicketState.CLOSED)})
            t.state = TicketState.CLOSED
            t.closed_at = now
            settings = self.desk._settings(s)
            if t.category.name in settings["revisit_categories"].split(","):
                t.revisit_due = self.desk._timing(s).cal.due(now, settings["revisit_after"])
                t.revisited_at = None
            self._ticket_touch(t, me, now)
            return self._detail(s, t, now)

    @permission("reopen")
    def reopen(self, number: str, *, reason: str, lead: str | None = None,
               assist: Iterable[str] | None = None) -> dto.TicketDetail:
        with self._unit() as (s, now):
            me = self._me(s)
            t = self._lock_ticket(s, number)
            self._check_ticket_verb("reopen", t)
            reason = tickets.text_field("reason", reason)
            audit.record(session=s, ticket_id=t.id, actor_id=me.id, at=now, kind="reopen", note=reason)
            self._new_round(s, t, me, now, reason, lead=lead, assist=assist)
            return self._detail(s, t, now)

    @permission("cancel")
    def cancel(self, number: str, *, reason: str) -> dto.TicketDetail:
        with self._unit() as (s, now):
            me = self._me(s)
            t = self._lock_ticket(s, number)
            self._check_ticket_verb("cancel", t)
            reason = tickets.text_field("reason", reason)
            for d in t.dispatches:
                if d.state in OPEN_DISPATCH_STATES:
                    dispatching.move(session=s, dispatch=d, actor=me, now=now, verb="withdraw",
                                     dest=DispatchState.WITHDRAWN, note=reason, timing=self.desk._timing(s))
            audit.record(session=s, ticket_id=t.id, actor_id=me.id, at=now, kind="cancel", note=reason,
                         changes={"state": (t.state, TicketState.CANCELLED)})
            t.state = TicketState.CANCELLED
            t.closed_at = now
            self._ticket_touch(t, me, now)
            return self._detail(s, t, now)

    def _new_round(self, s: Session, t: Ticket, me: User, now: datetime, note: str, *,
                   lead: str | None, assist: Iterable[str] | None) -> None:
        """Summon departments again (重办). By default the previous round's resolved ones, same roles."""
        previous = [d for d in t.dispatches if d.round == t.round and d.state == DispatchState.RESOLVED]
        if lead is None and assist is None:
            lead = next((d.department.name for d in previous if d.role == DispatchRole.LEAD), None)
            assist = [d.department.name for d in previous if d.role == DispatchRole.ASSIST]
        old_state = t.state
        t.round += 1
        t.verified_at = None
        t.closed_at = None
        s.flush()
        dispatching.summon(session=s, ticket=t, actor=me, now=now, lead=lead, assist=assist or [], note=note,
                           timing=self.desk._timing(s))
        s.flush()
        s.refresh(t, ["dispatches"])
        t.state = tickets.derive_state(t)
        audit.record(session=s, ticket_id=t.id, actor_id=me.id, at=now, kind="state", note=note,
                     changes={"state": (old_state, t.state), "round": (t.round - 1, t.round)})
        self._ticket_touch(t, me, now)

    # -- dispatch verbs --------------------------------------------------------------
    def _dispatch_verb(self, verb: str, dispatch_id: int, *, note: str, note_required: bool,
                       dest: str | None = None, note_field: str = "note",
                       extra: dict | None = None) -> dto.DispatchInfo:
        with self._unit() as (s, now):
            me, t, d = self._dispatch_for(s, verb, dispatch_id)
            note = tickets.text_field(note_field, note, required=note_required)
            if verb == "resolve":  # issue 15: some categories' 办结 needs an "after" photo
                attachment_rules.require_after_photo(session=s, ticket=t, dispatch=d, settings=self.desk._settings(s))
            if verb == "request_return":
                d.state_before_return = d.state
                d.return_reason = note
            if dest is None:  # decide_return, rejected: back to where it was
                dest = d.state_before_return or DispatchState.PENDING
            dispatching.move(session=s, dispatch=d, actor=me, now=now, verb=verb, dest=dest, note=note,
                             extra=dict(extra or {}), timing=self.desk._timing(s))
            self._settle(s, t, me, now, note)
            return self._dispatch_result(s, d, now)

    # -- extensions, suspensions, escalations ------------------------------------------------
    @permission("request_extension")
    def request_extension(self, dispatch_id: int, *, reason: str, new_resolve_due: datetime) -> dto.DispatchInfo:
        """延期: ask for a later resolve due; a supervisor approves or rejects."""
        return self._request(dispatch_id, "extension", reason, new_resolve_due)

    @permission("request_suspension")
    def request_suspension(self, dispatch_id: int, *, reason: str) -> dto.DispatchInfo:
        """挂起: ask to stop the clock (waiting for the resident, the weather…)."""
        return self._request(dispatch_id, "suspension", reason, None)

    def _request(self, dispatch_id: int, kind: str, reason: str, new_due: datetime | None) -> dto.DispatchInfo:
        verb = f"request_{kind}"
        with self._unit() as (s, now):
            me, t, d = self._dispatch_for(s, verb, dispatch_id)
            reason = tickets.text_field("reason", reason)
            if kind == "extension":
                if not isinstance(new_due, datetime) or new_due.tzinfo is None:
                    raise ValidationError("new_resolve_due", "请填写新的办结期限（带时区的时间）。")
                if new_due <= now or (d.resolve_due is not None and new_due <= d.resolve_due):
                    raise ValidationError("new_resolve_due", "新的办结期限必须晚于现在和原办结期限。")
            if kind == "suspension" and d.suspended_at is not None:
                raise ConflictError("该派单已经挂起。")
            if s.scalar(select(DispatchRequest.id).where(DispatchRequest.dispatch_id == d.id,
                                                         DispatchRequest.kind == kind,
                                                         DispatchRequest.state == "pending")):
                raise ConflictError("该派单已有待审核的{kind}申请。", kind=Term(REQUEST_KIND[kind]))
            s.add(DispatchRequest(dispatch_id=d.id, kind=kind, state="pending", reason=reason,
                                  new_resolve_due=new_due, requested_at=now, requested_by_id=me.id))
            audit.record(session=s, ticket_id=t.id, dispatch_id=d.id, actor_id=me.id, at=now, kind=verb,
                         note=reason, changes={"new_resolve_due": (None, new_due)} if new_due else {})
            self._ticket_touch(t, me, now)
            return self._dispatch_result(s, d, now)

    @permission("decide_request")
    def decide_request(self, request_id: int, *, approve: bool, note: str = "") -> dto.DispatchInfo:
        """Approve or reject a pending extension or suspension request."""
        if not isinstance(approve, bool):
            raise ValidationError("approve", "请选择同意或驳回。")
        with self._unit() as (s, now):
            me = self._me(s)
            req = s.get(DispatchRequest, request_id) if isinstance(request_id, int) else None
            if req is None:
                raise NotFound("找不到申请 {id}。", id=request_id)
            t = s.scalar(select(Ticket).where(Ticket.id == req.dispatch.ticket_id).with_for_update(key_share=True))
            s.refresh(req)
            d = s.get(Dispatch, req.dispatch_id, populate_existing=True)
            if req.state == "ended" and req.decided_by is None:
                raise ConflictError("该申请已随派单{state}而关闭，无需审核。", state=Term(DISPATCH_STATE[d.state]))
            if req.state != "pending":
                raise ConflictError("该申请已由 {user} 处理。",
                                    user=req.decided_by.display_name if req.decided_by else Term("他人"))
            note = tickets.text_field("note", note, required=not approve)
            if approve and (t.state != TicketState.DISPATCHED or d.state not in OPEN_DISPATCH_STATES):
                raise ConflictError("派单已不在办理中，不能批准该申请。")
            req.state = "approved" if approve else "rejected"
            req.decided_at, req.decided_by_id, req.decision_note = now, me.id, note
            changes: dict = {"approved": (None, approve), "request": (None, req.kind)}
            timing = self.desk._timing(s)
            if approve and req.kind == "extension":
                changes["resolve_due"] = (d.resolve_due, req.new_resolve_due)
                d.resolve_due = req.new_resolve_due
            if approve and req.kind == "suspension":
                changes["suspended_at"] = (None, now)
                d.suspended_at = now
            if approve:
                d.updated_at, d.updated_by = now, me
                escalation.reschedule(s, d, timing.cal, timing.offsets)
            audit.record(session=s, ticket_id=t.id, dispatch_id=d.id, actor_id=me.id, at=now,
                         kind="decide_request", note=note, changes=changes)
            self._ticket_touch(t, me, now)
            return self._dispatch_result(s, d, now)

    @permission("resume")
    def resume(self, dispatch_id: int, note: str = "") -> dto.DispatchInfo:
        """End a suspension: the working time it took is added to the outstanding due instants."""
        with self._unit() as (s, now):
            me, t, d = self._dispatch_for(s, "resume", dispatch_id, check_state=False)
            if d.suspended_at is None:
                raise ConflictError("该派单没有挂起。")
            note = tickets.text_field("note", note, required=False)
            dispatching.resume(session=s, dispatch=d, actor=me, now=now, note=note, timing=self.desk._timing(s))
            s.execute(update(DispatchRequest).where(DispatchRequest.dispatch_id == d.id,
                                                    DispatchRequest.kind == "suspension",
                                                    DispatchRequest.state == "approved").values(state="ended"))
            self._ticket_touch(t, me, now)
            return self._dispatch_result(s, d, now)

    @permission("handle_escalation")
    def handle_escalation(self, escalation_id: int, *, action: str, note: str = "",
                          new_due: datetime | None = None, department: str | None = None) -> dto.EscalationInfo:
        """A supervisor works an escalation: ``urge`` (催办 note), ``extend`` (a new due for the late step),
        ``reassign`` (withdraw and summon ``department`` in the same role) or ``confirm`` (a 通报)."""
        if action not in ESCALATION_ACTIONS:
            raise ValidationError("action", "未知处理方式：{action}", action=action)
        with self._unit() as (s, now):
            me = self._me(s)
            e = s.get(Escalation, escalation_id) if isinstance(escalation_id, int) else None
            if e is None:
                raise NotFound("找不到督办记录 {id}。", id=escalation_id)
            t = s.scalar(select(Ticket).where(Ticket.id == e.ticket_id).with_for_update(key_share=True))
            s.refresh(e)
            d = s.get(Dispatch, e.dispatch_id, populate_existing=True) if e.dispatch_id is not None else None
            if e.closed_at is not None:
                raise ConflictError("该督办事项已关闭：{note}", note=notes.message(e.closed_note))
            if action == "confirm" and e.level != 3:
                raise ValidationError("action", "只有通报级别的事项需要确认通报。")
            if d is None and action in ("extend", "reassign"):  # the office's own 核实 or 回访
                raise ValidationError("action", "街道自身的核实、回访环节只能催办或确认通报，不能延期或改派。")
            note = tickets.text_field("note", note, required=action in ("urge", "reassign"))
            timing = self.desk._timing(s)
            changes: dict = {"action": (None, action), "level": (None, e.level), "step": (None, e.step)}
            if action == "extend":
                field = f"{e.step}_due"
                old = getattr(d, field)
                if not isinstance(new_due, datetime) or new_due.tzinfo is None or new_due <= now:
                    raise ValidationError("new_due", "新的期限必须是晚于现在的时间。")
                setattr(d, field, new_due)
                changes[field] = (old, new_due)
                d.updated_at, d.updated_by = now, me
                escalation.close_open(s, d, steps=(e.step,), now=now,
                                      note=notes.program(Message("督办延期：{note}", note=note)))
                escalation.reschedule(s, d, timing.cal, timing.offsets)
            if action == "reassign":
                if not department:
                    raise ValidationError("department", "请选择改派的部门。")
                target = dispatching.department_by_name(s, department, field="department")
                if target.id == d.department_id:
                    raise ValidationError("department", "请选择另一个部门。")
                role = d.role
                reassigned = notes.program(Message("督办改派：{note}", note=note))
                dispatching.move(session=s, dispatch=d, actor=me, now=now, verb="withdraw",
                                 dest=DispatchState.WITHDRAWN, note=reassigned, timing=timing)
                s.flush()
                s.refresh(t, ["dispatches"])
                dispatching.summon(session=s, ticket=t, actor=me, now=now,
                                   lead=target.name if role == DispatchRole.LEAD else None,
                                   assist=[target.name] if role == DispatchRole.ASSIST else [],
                                   note=reassigned, timing=timing)
                self._settle(s, t, me, now, note)
                changes["department"] = (d.department.name, target.name)
            e.handled_at, e.handled_by_id, e.handling, e.handling_note = now, me.id, action, note
            audit.record(session=s, ticket_id=t.id, dispatch_id=d.id if d is not None else None, actor_id=me.id,
                         at=now, kind="handle_escalation", note=note, changes=changes)
            self._ticket_touch(t, me, now)
            s.flush()
            row = s.execute(queries._escalation_query().where(Escalation.id == e.id)).one()
            return queries._escalation_info(row, timing.cal, now, *self.desk._office(s))

    @permission("escalations")
    def escalations(self, level: int, *, include_closed: bool = False) -> list[dto.EscalationInfo]:
        """The 催办 (1), 督办 (2) or 通报 (3) queue: open escalations, unhandled first, oldest first."""
        if level not in (1, 2, 3):
            raise ValidationError("level", "督办级别必须是 1、2 或 3。")
        with self._unit(write=False) as (s, now):
            office, limits = self.desk._office(s)
            return queries.escalations(s, level=level, cal=self.desk._timing(s).cal, now=now,
                                       include_closed=include_closed, office=office, office_limits=limits)

    @permission("escalation_counts")
    def escalation_counts(self) -> dict[int, int]:
        """Open, not yet handled escalations per level (1 催办, 2 督办, 3 通报)."""
        with self._unit(write=False) as (s, _):
            rows = s.execute(select(Escalation.level, func.count(Escalation.id))
                             .where(Escalation.closed_at.is_(None), Escalation.handled_at.is_(None))
                             .group_by(Escalation.level)).all()
        return {1: 0, 2: 0, 3: 0} | {level: n for level, n in rows}

    @permission("approvals")
    def approvals(self) -> list[dto.RequestInfo]:
        """The supervisor's approval queue: extensions, suspensions and returns waiting for a decision."""
        with self._unit(write=False) as (s, _):
            return queries.approvals(s)

    @permission("record_revisit")
    def record_revisit(self, number: str, *, note: str, problem_recurred: bool = False) -> dto.TicketDetail:
        """回头看: record the follow-up revisit of a closed ticket."""
        with self._unit() as (s, now):
            me = self._me(s)
            t = self._lock_ticket(s, number)
            self._check_ticket_verb("record_revisit", t)
            note = tickets.text_field("note", note)
            if not isinstance(problem_recurred, bool):
                raise ValidationError("problem_recurred", "请说明问题是否反弹。")
            audit.record(session=s, ticket_id=t.id, actor_id=me.id, at=now, kind="revisit", note=note,
                         changes={"problem_recurred": (None, problem_recurred), "revisit_due": (t.revisit_due, None)})
            t.revisited_at = now
            self._ticket_touch(t, me, now)
            return self._detail(s, t, now)

    # -- administration: policies, calendar, settings (each change audited) ------------------
    @permission("policies")
    def policies(self) -> list[dto.PolicyInfo]:
        """Time limits for every category × urgency (a category without its own row uses the defaults)."""
        with self._unit(write=False) as (s, _):
            rows = {(r.category_id, r.urgency): r for r in s.scalars(select(TimePolicy))}
            cats = {c.id: c for c in s.scalars(select(Category).order_by(Category.id))}
            out = []
            for c in (c for c in cats.values() if c.active):
                for urgency in ("emergency", "urgent", "routine"):
                    r = rows.get((c.id, urgency))
                    src, up = None, c  # issue 15 §4: a category without its own row inherits up the tree
                    while r is None and up.parent_id is not None and up.parent_id in cats:
                        up = cats[up.parent_id]
                        r, src = rows.get((up.id, urgency)), up.name
                    texts = (r.acknowledge_within, r.respond_within, r.resolve_within) if r else \
                        deadline_service.DEFAULT_POLICY[urgency]
                    out.append(dto.PolicyInfo(c.name, urgency, *texts, is_default=src is not None or r is None,
                                              inherited_from=src if r is not None else None))
            return out

    @permission("set_policy")
    def set_policy(self, category: str, urgency: str, *, acknowledge: str, respond: str, resolve: str
                   ) -> dto.PolicyInfo:
        """Change a time limit. Dispatches already whistled keep their due instants."""
        with self._unit() as (s, now):
            me = self._me(s)
            cat = s.scalar(select(Category).where(Category.name == category)) if isinstance(category, str) else None
            before = None
            if cat is not None and isinstance(urgency, str):
                before = deadline_service.policy_for(s, cat.id, urgency) if urgency in \
                    deadline_service.DEFAULT_POLICY else None
            texts = deadline_service.set_policy(session=s, category=category, urgency=urgency,
                                                acknowledge=acknowledge, respond=respond, resolve=resolve)
            changes = {f"{step}_within": (before[i] if before else None, texts[i])
                       for i, step in enumerate(deadline_service.STEPS)
                       if not before or before[i] != texts[i]}
            if changes:
                audit.record(session=s, ticket_id=None, actor_id=me.id, at=now, kind="policy",
                             subject=f"policy:{category}/{urgency}", changes=changes)
            return dto.PolicyInfo(category, urgency, *texts, is_default=False)

    @permission("set_setting")
    def set_setting(self, key: str, value: str) -> None:
        """Change an office setting (validated; audited with the old and new value)."""
        with self._unit() as (s, now):
            setup.set_setting(session=s, actor_id=self._me(s).id, now=now, key=key, value=value)

    @permission("set_settings")
    def set_settings(self, values: Mapping[str, str]) -> dict[str, str]:
        """Change several office settings at once: all or none (the first invalid one raises and nothing
        is written). Returns their canonical texts. Each change is audited like ``set_setting``."""
        if not isinstance(values, Mapping) or not values:
            raise ValidationError("values", "没有要保存的设置。")
        with self._unit() as (s, now):
            me = self._me(s).id
            return {k: setup.set_setting(session=s, actor_id=me, now=now, key=k, value=v) for k, v in values.items()}

    @permission("calendar_month")
    def calendar_month(self, year: int, month: int) -> list[dto.CalendarDayInfo]:
        if not (isinstance(year, int) and isinstance(month, int) and 1900 < year < 2200 and 1 <= month <= 12):
            raise ValidationError("month", "月份无效。")
        self._check()
        cal = self.desk.calendar()
        out = []
        for info in cal.month_table(year, month):
            ov = cal.day_kind(info.date)
            out.append(dto.CalendarDayInfo(info.date, ov.kind.value, ov.name or info.label, info.working_time))
        return out

    @permission("set_calendar_day")
    def set_calendar_day(self, day, kind: str, name: str = "") -> None:
        """Mark a date as holiday or workday (调休上班), or back to default."""
        with self._unit() as (s, now):
            me = self._me(s)
            name = tickets.text_field("name", name, required=False)
            old = s.get(CalendarDay, day) if isinstance(day, date) and not isinstance(day, datetime) else None
            before = (old.kind, old.name) if old is not None else ("default", "")
            deadline_service.set_days(session=s, days={day: (kind, name)}, origin="admin", now=now)
            after = (kind, name[:64] if kind != "default" else "")
            if before != after:
                audit.record(session=s, ticket_id=None, actor_id=me.id, at=now, kind="calendar_day",
                             subject=f"calendar:{day.isoformat()}",
                             changes={"kind": (before[0], after[0]), "name": (before[1], after[1])})
            _bump_calendar(s)

    @permission("import_calendar_csv")
    def import_calendar_csv(self, text: str) -> int:
        """Import ``date,kind,name`` lines (the State Council's schedule for next year). All or nothing."""
        days = parse_overrides_csv(text)
        with self._unit() as (s, now):
            me = self._me(s)
            count = deadline_service.set_days(session=s, days=dict(days), origin="csv", now=now)
            dates = sorted(dict(days))
            audit.record(session=s, ticket_id=None, actor_id=me.id, at=now, kind="calendar_import", subject="calendar",
                         changes={"days": (None, count), "from": (None, dates[0].isoformat() if dates else None),
                                  "to": (None, dates[-1].isoformat() if dates else None)})
            _bump_calendar(s)
            return count

    @permission("export_dispatches")
    def export_dispatches(self, *, mask_phones: bool = True) -> Iterator[dict[str, Any]]:
        """Every dispatch the user may see (a responder: their department's), see export_dispatches().

        Reporters' phones are masked unless ``mask_phones`` is False; a responder's rows of dispatches
        where their department only assists are masked always."""
        self._check()
        return export_dispatches(self.desk, self._department_id if self._viewer.is_responder else None,
                                 mask_phones=mask_phones, check=self._check_account)

    @permission("period_report")
    def period_report(self, week: str | None = None, month: str | None = None):
        """The office report's figures (desk.stats.PeriodReport) for an ISO week like ``2026-W47`` or a month like
        ``2026-11``; neither: the last complete week."""
        from desk.stats import period_report

        self._check()
        return period_report(self.desk, week=week, month=month)

    @permission("period_rate_items")
    def period_rate_items(self, department: str, indicator: str, week: str | None = None, month: str | None = None):
        """The tickets behind one department's rate in the period of :meth:`period_report` (desk.stats.RateItem;
        ``indicator``: response, acknowledge_on_time, resolve_on_time, resolution, satisfaction or
        department_contacted), counted by the report's own rules."""
        from desk.stats import rate_items

        self._check()
        return rate_items(self.desk, department, indicator, week=week, month=month)

    @permission("weekly_report")
    def weekly_report(self, week: str | None = None):
        """:meth:`period_report` of one ISO week."""
        return self.period_report(week=week)

    # -- own account ---------------------------------------------------------------------------
    @permission("verify_password")
    def verify_password(self, password: str) -> None:
        """The lock screen after ``idle_lock_minutes``: raises AuthError unless ``password`` is right.

        Recorded (unlock or unlock_failed); a wrong password counts towards the lockout like a failed
        login. AuthError also when the account was disabled or changed meanwhile: log out then."""
        with self._unit(password_attempt=True) as (s, now):
            me = self._me(s)
            settings = self.desk._settings(s)
            error = accounts.attempt_own_password(session=s, user=me, password=password, now=now,
                                                  lockout=accounts.Lockout.from_settings(settings),
                                                  tz=self.desk._office_zone(settings), ok_kind="unlock",
                                                  failed_kind="unlock_failed")
        if error is not None:
            raise error

    @permission("change_password")
    def change_password(self, old_password: str, new_password: str) -> None:
        """Change one's own password (the current one is needed). Other sessions of the account end;
        this one goes on."""
        accounts.check_password(new_password, field="new_password")
        if new_password == old_password:
            raise ValidationError("new_password", "新密码不能与当前密码相同。")
        with self._unit(password_attempt=True) as (s, now):
            me = self._me(s)
            settings = self.desk._settings(s)
            error = accounts.attempt_own_password(session=s, user=me, password=old_password, now=now,
                                                  lockout=accounts.Lockout.from_settings(settings),
                                                  tz=self.desk._office_zone(settings), ok_kind=None,
                                                  failed_kind="password_change_failed")
            if error is None:
                was_forced = bool(me.must_change_password)
                accounts.set_password(me, new_password)
                me.must_change_password = False
                audit.record(session=s, ticket_id=None, actor_id=me.id, at=now, kind="password_change",
                             subject=accounts.subject(me.username),
                             changes={"must_change_password": (was_forced, False)} if was_forced else {})
                epoch = me.auth_epoch
        if error is not None:
            raise error
        self._epoch, self._must_change = epoch, False

    # -- administration: accounts ----------------------------------------------------------------
    @permission("users")
    def users(self, *, include_inactive: bool = True) -> list[dto.AccountInfo]:
        """Every account (not the built-in system account), by username. Never a password hash."""
        with self._unit(write=False) as (s, _):
            stmt = select(User).where(User.username != SYSTEM_USER).order_by(User.username)
            if not include_inactive:
                stmt = stmt.where(User.active)
            return [_account_info(u) for u in s.scalars(stmt)]

    @permission("create_user")
    def create_user(self, username: str, password: str, role: str, *, department: str | None = None,
                    display_name: str | None = None, must_change_password: bool = True) -> dto.AccountInfo:
        """A new account; by default the user must choose their own password at first login."""
        with self._unit() as (s, now):
            u = accounts.add_user(session=s, actor_id=self._me(s).id, now=now, username=username, password=password,
                                  role=role, department=department, display_name=display_name,
                                  must_change_password=must_change_password)
            return _account_info(u)

    @permission("reset_password")
    def reset_password(self, username: str, new_password: str, *, must_change_password: bool = True
                       ) -> dto.AccountInfo:
        """Set a new password for someone who forgot theirs: also unlocks, and their sessions end."""
        with self._unit() as (s, now):
            u = accounts.reset_password(session=s, actor_id=self._me(s).id, now=now, username=username,
                                        password=new_password, must_change_password=must_change_password)
            return _account_info(u)

    @permission("set_user_active")
    def set_user_active(self, username: str, active: bool) -> dto.AccountInfo:
        """Disable (or enable again) an account. Not one's own, not the last active administrator."""
        with self._unit() as (s, now):
            u = accounts.set_active(session=s, actor_id=self._me(s).id, now=now, username=username, active=active)
            return _account_info(u)

    @permission("unlock_user")
    def unlock_user(self, username: str) -> dto.AccountInfo:
        """Lift a lockout after too many failed logins."""
        with self._unit() as (s, now):
            return _account_info(accounts.unlock(session=s, actor_id=self._me(s).id, now=now, username=username))

    @permission("change_user_role")
    def change_user_role(self, username: str, role: str, *, department: str | None = None) -> dto.AccountInfo:
        """Set an account's role and department (a responder needs one). The user's sessions end."""
        with self._unit() as (s, now):
            u = accounts.change_role(session=s, actor_id=self._me(s).id, now=now, username=username, role=role,
                                     department=department)
            return _account_info(u)

    # -- administration: departments and categories ------------------------------------------------
    @permission("add_department")
    def add_department(self, name: str) -> dto.DepartmentInfo:
        with self._unit() as (s, now):
            d = setup.add_department(session=s, actor_id=self._me(s).id, now=now, name=name)
            return dto.DepartmentInfo(d.id, d.name, d.active)

    @permission("rename_department")
    def rename_department(self, name: str, new_name: str) -> dto.DepartmentInfo:
        """Rename a department; its dispatches and responders follow (the timeline keeps the old name)."""
        with self._unit() as (s, now):
            d = setup.rename_department(session=s, actor_id=self._me(s).id, now=now, name=name, new_name=new_name)
            return dto.DepartmentInfo(d.id, d.name, d.active)

    @permission("set_department_active")
    def set_department_active(self, name: str, active: bool) -> dto.DepartmentInfo:
        """Deactivate a department (it can no longer be summoned; open dispatches go on), or activate it."""
        with self._unit() as (s, now):
            d = setup.set_department_active(session=s, actor_id=self._me(s).id, now=now, name=name, active=active)
            return dto.DepartmentInfo(d.id, d.name, d.active)

    @permission("add_community")
    def add_community(self, name: str) -> dto.CommunityInfo:
        with self._unit() as (s, now):
            return _community_info(setup.add_community(session=s, actor_id=self._me(s).id, now=now, name=name))

    @permission("rename_community")
    def rename_community(self, name: str, new_name: str) -> dto.CommunityInfo:
        """Rename a 社区; the tickets that name it follow."""
        with self._unit() as (s, now):
            return _community_info(setup.rename_community(session=s, actor_id=self._me(s).id, now=now, name=name,
                                                          new_name=new_name))

    @permission("set_community_active")
    def set_community_active(self, name: str, active: bool) -> dto.CommunityInfo:
        """An inactive 社区 is no longer offered for new tickets; tickets that name it keep it."""
        with self._unit() as (s, now):
            return _community_info(setup.set_community_active(session=s, actor_id=self._me(s).id, now=now,
                                                              name=name, active=active))

    @permission("add_category")
    def add_category(self, name: str, default_lead: str | None = None) -> dto.CategoryInfo:
        with self._unit() as (s, now):
            return _category_info(setup.add_category(session=s, actor_id=self._me(s).id, now=now, name=name,
                                                     default_lead=default_lead))

    @permission("rename_category")
    def rename_category(self, name: str, new_name: str) -> dto.CategoryInfo:
        with self._unit() as (s, now):
            return _category_info(setup.rename_category(session=s, actor_id=self._me(s).id, now=now, name=name,
                                                        new_name=new_name))

    @permission("set_category_lead")
    def set_category_lead(self, name: str, lead: str | None) -> dto.CategoryInfo:
        """The department a new ticket of this category is usually whistled to (None: none)."""
        with self._unit() as (s, now):
            return _category_info(setup.set_category_lead(session=s, actor_id=self._me(s).id, now=now, name=name,
                                                          lead=lead))

    @permission("set_category_active")
    def set_category_active(self, name: str, active: bool) -> dto.CategoryInfo:
        """Deactivate a category (no new tickets of it), or activate it again."""
        with self._unit() as (s, now):
            return _category_info(setup.set_category_active(session=s, actor_id=self._me(s).id, now=now, name=name,
                                                            active=active))

    # -- the audit trail ---------------------------------------------------------------------
    @permission("audit_log")
    def audit_log(self, *, kind: str = "all", limit: int = 200, before_seq: int | None = None
                  ) -> list[dto.AuditEntry]:
        """The administration and login trail, newest first: ``kind`` is ``all``, ``admin`` or ``login``.
        Page with ``before_seq`` (the ``seq`` of the last entry of the previous page)."""
        kinds = {"all": None, "admin": audit.ADMIN_KINDS, "login": audit.LOGIN_KINDS}
        if kind not in kinds:
            raise ValidationError("kind", "可选：all（全部）、admin（管理操作）、login（登录）。")
        if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= 1000:
            raise ValidationError("limit", "条数须在 1 到 1000 之间。")
        if before_seq is not None and (isinstance(before_seq, bool) or not isinstance(before_seq, int)):
            raise ValidationError("before_seq", "分页位置无效。")
        with self._unit(write=False) as (s, _):
            stmt = (select(Event, User.display_name, User.username).join(User, User.id == Event.actor_id)
                    .where(Event.ticket_id.is_(None)))
            if kinds[kind] is not None:
                stmt = stmt.where(Event.kind.in_(sorted(kinds[kind])))
            if before_seq is not None:
                stmt = stmt.where(Event.seq < before_seq)
            rows = s.execute(stmt.order_by(Event.seq.desc()).limit(limit)).all()
            return [dto.AuditEntry(e.id, e.seq, e.at, name, username, e.kind, e.subject, notes.text(e.note),
                                   audit_changes(e.changes)) for e, name, username in rows]

    @permission("verify_audit")
    def verify_audit(self) -> dto.AuditReport:
        """Walk the whole hash chain (as ``whistle-desk audit verify``)."""
        self._check()
        return self.desk.verify_audit()

    def _dispatch_for(self, s: Session, verb: str, dispatch_id: int, *, check_state: bool = True
                      ) -> tuple[User, Ticket, Dispatch]:
        """Load and lock a dispatch's ticket, and check role, department and state against the table."""
        me = self._me(s)
        if not isinstance(dispatch_id, int) or isinstance(dispatch_id, bool):
            raise ValidationError("dispatch_id", "派单编号无效。")
        # One statement locks the ticket (FOR NO KEY UPDATE OF ticket) found by its dispatch; its dispatches
        # are loaded after the lock, so that they are current (every change to them locks the ticket first).
        t = s.scalar(select(Ticket).join(Dispatch, Dispatch.ticket_id == Ticket.id).where(Dispatch.id == dispatch_id)
                     .options(selectinload(Ticket.dispatches)).with_for_update(of=Ticket, key_share=True))
        if t is None:
            raise NotFound("找不到派单 {id}。", id=dispatch_id)
        d = next(x for x in t.dispatches if x.id == dispatch_id)
        rule = TRANSITIONS[verb]
        if self.role not in rule.roles:
            raise PermissionDenied("{role}不能对派单执行“{verb}”。", role=Term(ROLE[self.role]), verb=Term(VERB[verb]))
        if self._viewer.is_responder and d.department_id != self._department_id:
            # Not which department: the responder may not see that ticket at all.
            raise PermissionDenied("派单 {id} 不属于您的部门，您只能处理本部门的派单。", id=dispatch_id)
        if check_state and (t.state != TicketState.DISPATCHED or d.state not in rule.sources):
            raise ConflictError(
                "{department}的派单当前为“{state}”，不能{verb}（最近由 {user} 于 {when} 修改）。",
                department=d.department.name, state=Term(DISPATCH_STATE[d.state]), verb=Term(VERB[verb]),
                user=d.updated_by.display_name, when=self._when(d.updated_at),
            )
        return me, t, d

    def _dispatch_result(self, s: Session, d: Dispatch, now: datetime) -> dto.DispatchInfo:
        s.flush()
        return ticket_detail.dispatch(s, d.id, self._clocks(s, now))

    @permission("acknowledge")
    def acknowledge(self, dispatch_id: int, note: str = "") -> dto.DispatchInfo:
        return self._dispatch_verb("acknowledge", dispatch_id, note=note, note_required=False,
                                   dest=DispatchState.ACKNOWLEDGED)

    @permission("respond")
    def respond(self, dispatch_id: int, note: str) -> dto.DispatchInfo:
        return self._dispatch_verb("respond", dispatch_id, note=note, note_required=True,
                                   dest=DispatchState.RESPONDED)

    @permission("resolve")
    def resolve(self, dispatch_id: int, note: str) -> dto.DispatchInfo:
        return self._dispatch_verb("resolve", dispatch_id, note=note, note_required=True,
                                   dest=DispatchState.RESOLVED)

    @permission("request_return")
    def request_return(self, dispatch_id: int, reason: str) -> dto.DispatchInfo:
        return self._dispatch_verb("request_return", dispatch_id, note=reason, note_required=True,
                                   dest=DispatchState.RETURN_REQUESTED, note_field="reason")

    @permission("decide_return")
    def decide_return(self, dispatch_id: int, *, approve: bool, note: str = "") -> dto.DispatchInfo:
        if not isinstance(approve, bool):
            raise ValidationError("approve", "请选择同意或驳回。")
        return self._dispatch_verb("decide_return", dispatch_id, note=note, note_required=not approve,
                                   dest=DispatchState.RETURNED if approve else None,
                                   extra={"approved": (None, approve)})

    @permission("withdraw")
    def withdraw(self, dispatch_id: int, reason: str) -> dto.DispatchInfo:
        return self._dispatch_verb("withdraw", dispatch_id, note=reason, note_required=True,
                                   dest=DispatchState.WITHDRAWN, note_field="reason")


def audit_changes(text_: str | None) -> dict:
    import json

    return json.loads(text_ or "{}")


def export_dispatches(desk: Desk, department_id: int | None = None, *, mask_phones: bool = True,
                      check: Callable[[Session], object] | None = None) -> Iterator[dict[str, Any]]:
    """Every dispatch (of one department if given), with due instants, step times and escalation levels.

    Times are ISO 8601 with the office's UTC offset. Rows are streamed in batches; ``check`` runs before each
    (a user's export stops when the account is disabled or locked meanwhile). The reporter's
    phone is masked (138****1234) unless ``mask_phones`` is False; for one department's export, a
    dispatch where it only assists (or no longer takes part) is masked always.
    """
    tz = desk.office_tz()

    def iso(t: datetime | None) -> str | None:
        return t.astimezone(tz).isoformat() if t is not None else None

    last = 0
    while True:
        with desk.unit(write=False) as (s, _):
            if check is not None:
                check(s)
            stmt = (select(Dispatch, Ticket.number, Department.name, Ticket.reporter_phone)
                    .join(Ticket, Ticket.id == Dispatch.ticket_id)
                    .join(Department, Department.id == Dispatch.department_id)
                    .where(Dispatch.id > last).order_by(Dispatch.id).limit(EXPORT_BATCH))
            if department_id is not None:
                stmt = stmt.where(Dispatch.department_id == department_id)
            batch = s.execute(stmt).all()
            if not batch:
                return
            levels: dict[tuple[int, str], int] = {}
            for did, step, level in s.execute(
                    select(Escalation.dispatch_id, Escalation.step, func.max(Escalation.level))
                    .where(Escalation.dispatch_id.in_([d.id for d, *_ in batch]))
                    .group_by(Escalation.dispatch_id, Escalation.step)):
                levels[(did, step)] = level
            rows = []
            for d, number, dept, phone in batch:
                row = {"ticket_number": number, "dispatch_id": d.id, "department": dept, "role": d.role,
                       "state": d.state, "round": d.round, "dispatched_at": iso(d.dispatched_at)}
                for step in deadline_service.STEPS:
                    row[f"{step}_within"] = getattr(d, f"{step}_within")
                    row[f"{step}_due"] = iso(getattr(d, f"{step}_due"))
                for step in deadline_service.STEPS:
                    row[deadline_service.DONE_AT[step]] = iso(getattr(d, deadline_service.DONE_AT[step]))
                for step in deadline_service.STEPS:
                    row[f"{step}_escalation"] = levels.get((d.id, step), 0)
                row["suspended_at"] = iso(d.suspended_at)
                own_lead = d.role == DispatchRole.LEAD and d.state not in GONE_DISPATCH_STATES
                full = not mask_phones and (department_id is None or own_lead)
                row["reporter_phone"] = phone if full else mask_phone(phone)
                rows.append(row)
            last = batch[-1][0].id
        yield from rows
