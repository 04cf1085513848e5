"""desk.Desk: the one door into the core for the GUI, the CLI and the tests."""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Engine, func, select, text, update
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desk import db, dto
from desk import settings as office_settings
from desk.deadlines import WorkCalendar, parse_overrides_csv
from desk.deadlines import service as deadline_service
from desk.escalation import service as escalation
from desk.labels import DISPATCH_STATE, ROLE, TICKET_STATE, VERB
from desk.accounts import service as accounts
from desk.audit import service as audit
from desk.clock import Clock, ServerClock, SystemClock
from desk.dispatch import service as dispatching
from desk.enums import (
    DispatchRole,
    DispatchState,
    OPEN_DISPATCH_STATES,
    Role,
    Satisfaction,
    TicketState,
)
from desk.errors import (
    AuthError,
    ConflictError,
    DatabaseUnavailable,
    DeskError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from desk.tickets import queries
from desk.tickets import service as tickets
from desk.workflow import DISPATCH_VERBS, TICKET_VERBS, TRANSITIONS, Scope, dispatch_allows, ticket_allows
from models import (
    CalendarDay,
    Callback,
    Category,
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

SYSTEM_USER = "system"
#: PostgreSQL channel on which every commit names the tickets it changed (payload: "12,57,…").
NOTIFY_CHANNEL = "whistle_desk"
REQUEST_KIND = {"extension": "延期", "suspension": "挂起"}
ESCALATION_ACTIONS = ("urge", "extend", "reassign", "confirm")
#: Settings that change the calendar (cached per Desk).
CALENDAR_SETTINGS = {"time_zone", "work_week"}


def _bump_calendar(s: Session) -> None:
    """Mark the calendar as changed so that every desk rebuilds its cached copy."""
    row = s.get(Setting, "calendar_revision")
    s.merge(Setting(key="calendar_revision", value=str(int(row.value) + 1 if row else 1)))


class Desk:
    """An open database plus a clock. Thread-safe: every call uses its own session."""

    def __init__(self, engine: Engine, clock: Clock | None = None) -> None:
        self.engine = engine
        self.clock: Clock = clock or SystemClock()
        self._write_engine = engine.execution_options(sqlite_immediate=True)
        self._calendar_cache: tuple | None = None

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
            raise DatabaseUnavailable(db.describe_connection_error(engine, exc)) from None
        if clock is None and engine.dialect.name == "postgresql":
            clock = ServerClock(engine)  # shared mode: the server's clock is the one that counts
        desk = cls(engine, clock)
        if migrate:
            desk.seed_calendar()
        return desk

    def close(self) -> None:
        self.engine.dispose()

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

    # -- unit of work ----------------------------------------------------------
    @contextmanager
    def unit(self, *, write: bool = True) -> Iterator[tuple[Session, datetime]]:
        """One transaction: commits if the block finishes, rolls back everything if it raises."""
        session = Session(self._write_engine if write else self.engine, expire_on_commit=False, autoflush=True)
        try:
            with session.begin():
                now_in = getattr(self.clock, "now_in", None)
                yield session, (now_in(session) if now_in else self.clock.now())
                if write:
                    self._announce(session)
        except StaleDataError:
            raise ConflictError("该记录刚刚已被他人修改，请刷新后重试。") from None
        except IntegrityError as exc:
            log.warning("integrity error: %s", exc.orig)
            raise ConflictError("与已有数据冲突，操作未保存。请刷新后重试。") from None
        except (OperationalError, DBAPIError) as exc:
            raise DatabaseUnavailable(db.describe_connection_error(self.engine, exc)) from None
        finally:
            session.close()

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

    def _settings(self, s: Session) -> dict[str, str]:
        stored = {k: v for k, v in s.execute(select(Setting.key, Setting.value))}
        return {**office_settings.DEFAULTS, **stored}

    def settings(self) -> dict[str, str]:
        with self.unit(write=False) as (s, _):
            return {k: v for k, v in self._settings(s).items() if k in office_settings.SETTINGS}

    def office_tz(self) -> ZoneInfo:
        return self.calendar().tzinfo

    def set_setting(self, key: str, value: str) -> None:
        """Change an office setting (validated). Prefer ActingUser.set_setting, which is audited."""
        value = office_settings.validate(key, value)
        with self.unit() as (s, _):
            s.merge(Setting(key=key, value=value))
            if key in CALENDAR_SETTINGS:
                _bump_calendar(s)

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

    def calendar_revision(self) -> str:
        """Changes whenever office settings or calendar dates change (cheap; for caches in other desks)."""
        with self.unit(write=False) as (s, _):
            return str(hash(tuple(sorted(self._settings(s).items()))))

    def calendar(self) -> WorkCalendar:
        """The office's working calendar (immutable; rebuilt when settings or dates change)."""
        with self.unit(write=False) as (s, _):
            return self._timing(s).cal

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
            s.merge(Setting(key="calendar_seeded_years", value=",".join(sorted(done | {str(y) for y in todo}))))
            _bump_calendar(s)
            return added

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
            infos = queries.escalation_infos_for(s, reached, timing.cal, at)
            return dto.SweepResult(at=at, escalations=tuple(infos), resumed=resumed)

    def _end_long_suspensions(self, s: Session, now: datetime, timing: dispatching.Timing) -> int:
        limit = self._settings(s)["max_suspension"]
        system = s.scalar(select(User).where(User.username == SYSTEM_USER))
        count = 0
        for d in s.scalars(select(Dispatch).where(Dispatch.suspended_at.is_not(None))
                           .with_for_update(skip_locked=True)):
            end = timing.cal.due(d.suspended_at, limit)
            if end <= now:
                dispatching.resume(session=s, dispatch=d, actor=system, now=now, until=end, timing=timing,
                                   note=f"挂起超过上限 {limit}，自动恢复计时")
                s.execute(update(DispatchRequest).where(DispatchRequest.dispatch_id == d.id,
                                                        DispatchRequest.kind == "suspension",
                                                        DispatchRequest.state == "approved")
                          .values(state="ended"))
                count += 1
        return count

    # -- set-up done outside any acting user (CLI, demo, first run) ------------
    def add_department(self, name: str) -> dto.DepartmentInfo:
        name = tickets.text_field("department", name)
        with self.unit() as (s, _):
            if s.scalar(select(Department.id).where(Department.name == name)) is not None:
                raise ValidationError("department", f"部门 {name} 已存在。")
            d = Department(name=name, active=True)
            s.add(d)
            s.flush()
            return dto.DepartmentInfo(d.id, d.name, d.active)

    def add_category(self, name: str, default_lead: str | None = None) -> dto.CategoryInfo:
        name = tickets.text_field("category", name)
        with self.unit() as (s, _):
            if s.scalar(select(Category.id).where(Category.name == name)) is not None:
                raise ValidationError("category", f"分类 {name} 已存在。")
            lead = dispatching.department_by_name(s, default_lead, field="default_lead") if default_lead else None
            c = Category(name=name, default_lead=lead, active=True)
            s.add(c)
            s.flush()
            return dto.CategoryInfo(c.id, c.name, lead.name if lead else None, True)

    def add_user(
        self, username: str, password: str, role: str, *, department: str | None = None,
        display_name: str | None = None,
    ) -> dto.UserInfo:
        with self.unit() as (s, now):
            u = accounts.create_user(session=s, username=username, password=password, role=role, now=now,
                                     department=department, display_name=display_name)
            return _user_info(u)

    def user_count(self) -> int:
        """Accounts people log in with (the built-in system account is not one)."""
        with self.unit(write=False) as (s, _):
            return s.scalar(select(func.count(User.id)).where(User.username != SYSTEM_USER)) or 0

    def ticket_count(self) -> int:
        with self.unit(write=False) as (s, _):
            return s.scalar(select(func.count(Ticket.id))) or 0

    def change_marker(self) -> int:
        """Grows whenever anything changes: pollers compare it to refresh."""
        with self.unit(write=False) as (s, _):
            return s.scalar(select(func.max(Event.id))) or 0

    def changes_since(self, marker: int) -> tuple[int, frozenset[int]]:
        """The new marker and the ids of the tickets changed after ``marker`` (for targeted refresh)."""
        with self.unit(write=False) as (s, _):
            rows = s.execute(select(Event.id, Event.ticket_id).where(Event.id > marker)
                             .order_by(Event.id)).all()
        if not rows:
            return marker, frozenset()
        return rows[-1][0], frozenset(r[1] for r in rows)

    # -- logging in ----------------------------------------------------------------
    def login(self, username: str, password: str) -> ActingUser:
        with self.unit() as (s, _):
            u = accounts.authenticate(session=s, username=username, password=password)
            info = _user_info(u)
            dept_id = u.department_id
        return ActingUser(self, info, dept_id)


def _user_info(u: User) -> dto.UserInfo:
    return dto.UserInfo(u.id, u.username, u.display_name, u.role, u.department.name if u.department else None,
                        u.active)


@dataclass(frozen=True)
class Actions:
    """What the acting user may do now to a ticket and to each of its dispatches."""

    ticket: frozenset[str]
    dispatches: dict[int, frozenset[str]]


class ActingUser:
    """A logged-in user. Every verb is one transaction and checks the transition table."""

    def __init__(self, desk: Desk, info: dto.UserInfo, department_id: int | None) -> None:
        self.desk = desk
        self.info = info
        self._department_id = department_id
        self._viewer = queries.Viewer(info.id, info.role, department_id)

    def __repr__(self) -> str:
        return f"<ActingUser {self.info.username} ({self.info.role})>"

    @property
    def role(self) -> Role:
        return Role(self.info.role)

    # -- helpers -----------------------------------------------------------------
    def _me(self, s: Session) -> User:
        u = s.get(User, self.info.id)
        if u is None or not u.active:
            raise AuthError("该账户已停用，请重新登录。")
        return u

    def _when(self, at: datetime | None) -> str:
        if at is None:
            return ""
        return at.astimezone(self.desk.office_tz()).strftime("%m-%d %H:%M")

    def _check_ticket_verb(self, verb: str, ticket: Ticket) -> None:
        t = TRANSITIONS[verb]
        if self.role not in t.roles:
            raise PermissionDenied(f"{ROLE[self.role]}不能执行“{VERB[verb]}”。")
        if ticket.state not in t.sources:
            raise ConflictError(
                f"工单 {ticket.number} 当前为“{TICKET_STATE[ticket.state]}”，不能{VERB[verb]}"
                f"（最近由 {ticket.updated_by.display_name} 于 {self._when(ticket.updated_at)} 修改）。"
            )

    def _lock_ticket(self, s: Session, number_or_id: str | int) -> Ticket:
        return queries.find_ticket(s, self._viewer, number_or_id, for_update=True)

    def _ticket_touch(self, ticket: Ticket, me: User, now: datetime) -> None:
        ticket.updated_at = now
        ticket.updated_by = me

    def _settle(self, s: Session, ticket: Ticket, me: User, now: datetime, note: str = "") -> None:
        s.flush()
        s.refresh(ticket, ["dispatches"])
        new_state = tickets.derive_state(ticket)
        if new_state != ticket.state:
            audit.record(session=s, ticket_id=ticket.id, actor_id=me.id, at=now, kind="state", note=note,
                         changes={"state": (ticket.state, new_state)})
            ticket.state = new_state
        self._ticket_touch(ticket, me, now)

    def _clocks(self, s: Session, now: datetime) -> queries.Clocks:
        timing = self.desk._timing(s)
        return queries.Clocks(timing.cal, self.desk._warning_share(), now)

    def _detail(self, s: Session, ticket: Ticket, now: datetime) -> dto.TicketDetail:
        s.flush()
        s.refresh(ticket)
        return queries.detail(s, ticket, self._clocks(s, now))

    # -- reading ---------------------------------------------------------------------
    def queues(self) -> tuple[str, ...]:
        return queries.QUEUES_BY_ROLE[self.role]

    def queue_counts(self) -> dict[str, int]:
        with self.desk.unit(write=False) as (s, now):
            return {q: queries.queue_count(s, self._viewer, q, now=now) for q in self.queues()}

    def queue_ids(self, queue: str, *, search: str = "", sort: str = "created_at", descending: bool = True
                  ) -> list[int]:
        """Ticket ids of a queue, sorted: the cheap index a lazily paged view is built on."""
        with self.desk.unit(write=False) as (s, now):
            return queries.queue_ids(s, self._viewer, queue, search=search, sort=sort, descending=descending,
                                     now=now)

    def ticket_rows(self, ids: Sequence[int]) -> list[dto.TicketSummary]:
        with self.desk.unit(write=False) as (s, now):
            return queries.summaries(s, self._viewer, ids, self._clocks(s, now))

    def list_queue(self, queue: str, *, offset: int = 0, limit: int = 50, search: str = "",
                   sort: str = "created_at", descending: bool = True) -> dto.Page:
        if offset < 0 or not 1 <= limit <= 1000:
            raise ValidationError("limit", "分页参数无效。")
        with self.desk.unit(write=False) as (s, now):
            ids = queries.queue_ids(s, self._viewer, queue, search=search, sort=sort, descending=descending,
                                    now=now)
            rows = queries.summaries(s, self._viewer, ids[offset: offset + limit], self._clocks(s, now))
            return dto.Page(tuple(rows), offset, len(ids))

    def ticket(self, number_or_id: str | int) -> dto.TicketDetail:
        with self.desk.unit(write=False) as (s, now):
            return queries.detail(s, queries.find_ticket(s, self._viewer, number_or_id), self._clocks(s, now))

    def departments(self) -> list[dto.DepartmentInfo]:
        with self.desk.unit(write=False) as (s, _):
            return [dto.DepartmentInfo(d.id, d.name, d.active)
                    for d in s.scalars(select(Department).where(Department.active).order_by(Department.id))]

    def categories(self) -> list[dto.CategoryInfo]:
        with self.desk.unit(write=False) as (s, _):
            return [dto.CategoryInfo(c.id, c.name, c.default_lead.name if c.default_lead else None, c.active)
                    for c in s.scalars(select(Category).where(Category.active).order_by(Category.id))]

    def allowed(self, ticket: dto.TicketDetail) -> Actions:
        """Read the transition table for this user and this ticket (the UI enables actions from it)."""
        tv = frozenset(v for v in TICKET_VERBS if v != "create_ticket" and ticket_allows(v, self.role, ticket.state))
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
    def create_ticket(self, **fields: Any) -> dto.TicketDetail:
        with self.desk.unit() as (s, now):
            me = self._me(s)
            if self.role not in TRANSITIONS["create_ticket"].roles:
                raise PermissionDenied("您的角色不能受理新工单。")
            clean = tickets.clean_fields(s, fields, partial=False)
            year, seq, number = tickets.next_number(session=s, now=now, tz=self.desk.office_tz())
            t = Ticket(number=number, year=year, seq=seq, state=TicketState.NEW, round=1, created_at=now,
                       created_by=me, updated_at=now, updated_by=me, **clean)
            s.add(t)
            s.flush()
            audit.record(session=s, ticket_id=t.id, actor_id=me.id, at=now, kind="create",
                         changes={"state": (None, TicketState.NEW)})
            return self._detail(s, t, now)

    def update_ticket(self, number: str, *, expected_version: int | None = None, **fields: Any
                      ) -> dto.TicketDetail:
        with self.desk.unit() as (s, now):
            me = self._me(s)
            t = self._lock_ticket(s, number)
            self._check_ticket_verb("update_ticket", t)
            if expected_version is not None and t.version != expected_version:
                raise ConflictError(f"工单 {t.number} 已被 {t.updated_by.display_name} 于 "
                                    f"{self._when(t.updated_at)} 修改，您的修改未保存。已为您重新载入。")
            clean = tickets.clean_fields(s, fields, partial=True)
            changes = {}
            for key, value in clean.items():
                old = getattr(t, key)
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

    def whistle(self, number: str, *, lead: str | None = None, assist: Iterable[str] = (), note: str = "",
                expected_version: int | None = None) -> dto.TicketDetail:
        with self.desk.unit() as (s, now):
            me = self._me(s)
            t = self._lock_ticket(s, number)
            self._check_ticket_verb("whistle", t)
            if expected_version is not None and t.version != expected_version:
                raise ConflictError(f"工单 {t.number} 已被 {t.updated_by.display_name} 于 "
                                    f"{self._when(t.updated_at)} 修改（可能已派单），请查看后再操作。")
            note = tickets.text_field("note", note, required=False)
            dispatching.summon(session=s, ticket=t, actor=me, now=now, lead=lead, assist=assist, note=note,
                               timing=self.desk._timing(s))
            if t.first_whistled_at is None:
                t.first_whistled_at = now
            self._settle(s, t, me, now)
            return self._detail(s, t, now)

    def verify(self, number: str, *, accepted: bool, note: str = "") -> dto.TicketDetail:
        with self.desk.unit() as (s, now):
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

    def record_callback(self, number: str, *, contacted: bool, resolved: bool | None = None,
                        satisfaction: str | None = None, note: str = "") -> dto.TicketDetail:
        with self.desk.unit() as (s, now):
            me = self._me(s)
            t = self._lock_ticket(s, number)
            self._check_ticket_verb("record_callback", t)
            note = tickets.text_field("note", note, required=False)
            if not isinstance(contacted, bool):
                raise ValidationError("contacted", "请说明是否联系到反映人。")
            if contacted:
                if not isinstance(resolved, bool):
                    raise ValidationError("resolved", "请说明问题是否解决。")
                satisfaction = tickets.enum_field("satisfaction", satisfaction, Satisfaction, "满意度")
            else:
                if resolved is not None or satisfaction is not None:
                    raise ValidationError("contacted", "未联系到反映人时不能填写解决情况和满意度。")
            cb = Callback(ticket_id=t.id, at=now, by=me, contacted=contacted, resolved=resolved,
                          satisfaction=satisfaction, note=note)
            s.add(cb)
            audit.record(session=s, ticket_id=t.id, actor_id=me.id, at=now, kind="callback", note=note,
                         changes={"contacted": (None, contacted), "resolved": (None, resolved),
                                  "satisfaction": (None, satisfaction)})
            self._ticket_touch(t, me, now)
            return self._detail(s, t, now)

    def close(self, number: str, *, note: str = "") -> dto.TicketDetail:
        with self.desk.unit() as (s, now):
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

    def reopen(self, number: str, *, reason: str, lead: str | None = None,
               assist: Iterable[str] | None = None) -> dto.TicketDetail:
        with self.desk.unit() as (s, now):
            me = self._me(s)
            t = self._lock_ticket(s, number)
            self._check_ticket_verb("reopen", t)
            reason = tickets.text_field("reason", reason)
            audit.record(session=s, ticket_id=t.id, actor_id=me.id, at=now, kind="reopen", note=reason)
            self._new_round(s, t, me, now, reason, lead=lead, assist=assist)
            return self._detail(s, t, now)

    def cancel(self, number: str, *, reason: str) -> dto.TicketDetail:
        with self.desk.unit() as (s, now):
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
        with self.desk.unit() as (s, now):
            me, t, d = self._dispatch_for(s, verb, dispatch_id)
            note = tickets.text_field(note_field, note, required=note_required)
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
    def request_extension(self, dispatch_id: int, *, reason: str, new_resolve_due: datetime) -> dto.DispatchInfo:
        """延期: ask for a later resolve due; a supervisor approves or rejects."""
        return self._request(dispatch_id, "extension", reason, new_resolve_due)

    def request_suspension(self, dispatch_id: int, *, reason: str) -> dto.DispatchInfo:
        """挂起: ask to stop the clock (waiting for the resident, the weather…)."""
        return self._request(dispatch_id, "suspension", reason, None)

    def _request(self, dispatch_id: int, kind: str, reason: str, new_due: datetime | None) -> dto.DispatchInfo:
        verb = f"request_{kind}"
        with self.desk.unit() as (s, now):
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
                raise ConflictError(f"该派单已有待审核的{REQUEST_KIND[kind]}申请。")
            s.add(DispatchRequest(dispatch_id=d.id, kind=kind, state="pending", reason=reason,
                                  new_resolve_due=new_due, requested_at=now, requested_by_id=me.id))
            audit.record(session=s, ticket_id=t.id, dispatch_id=d.id, actor_id=me.id, at=now, kind=verb,
                         note=reason, changes={"new_resolve_due": (None, new_due)} if new_due else {})
            self._ticket_touch(t, me, now)
            return self._dispatch_result(s, d, now)

    def decide_request(self, request_id: int, *, approve: bool, note: str = "") -> dto.DispatchInfo:
        """Approve or reject a pending extension or suspension request."""
        if not isinstance(approve, bool):
            raise ValidationError("approve", "请选择同意或驳回。")
        with self.desk.unit() as (s, now):
            me = self._me(s)
            if self.role not in TRANSITIONS["decide_request"].roles:
                raise PermissionDenied(f"{ROLE[self.role]}不能审核延期或挂起申请。")
            req = s.get(DispatchRequest, request_id) if isinstance(request_id, int) else None
            if req is None:
                raise NotFound(f"找不到申请 {request_id}。")
            t = s.scalar(select(Ticket).where(Ticket.id == req.dispatch.ticket_id).with_for_update())
            s.refresh(req)
            d = s.get(Dispatch, req.dispatch_id, populate_existing=True)
            if req.state != "pending":
                raise ConflictError(f"该申请已由 {req.decided_by.display_name if req.decided_by else '他人'} 处理。")
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

    def resume(self, dispatch_id: int, note: str = "") -> dto.DispatchInfo:
        """End a suspension: the working time it took is added to the outstanding due instants."""
        with self.desk.unit() as (s, now):
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

    def handle_escalation(self, escalation_id: int, *, action: str, note: str = "",
                          new_due: datetime | None = None, department: str | None = None) -> dto.EscalationInfo:
        """A supervisor works an escalation: ``urge`` (催办 note), ``extend`` (a new due for the late step),
        ``reassign`` (withdraw and summon ``department`` in the same role) or ``confirm`` (a 通报)."""
        if action not in ESCALATION_ACTIONS:
            raise ValidationError("action", f"未知处理方式：{action}")
        with self.desk.unit() as (s, now):
            me = self._me(s)
            if self.role not in TRANSITIONS["handle_escalation"].roles:
                raise PermissionDenied(f"{ROLE[self.role]}不能处理督办事项。")
            e = s.get(Escalation, escalation_id) if isinstance(escalation_id, int) else None
            if e is None:
                raise NotFound(f"找不到督办记录 {escalation_id}。")
            t = s.scalar(select(Ticket).where(Ticket.id == e.dispatch.ticket_id).with_for_update())
            s.refresh(e)
            d = s.get(Dispatch, e.dispatch_id, populate_existing=True)
            if e.closed_at is not None:
                raise ConflictError(f"该督办事项已关闭：{e.closed_note or ''}")
            if action == "confirm" and e.level != 3:
                raise ValidationError("action", "只有通报级别的事项需要确认通报。")
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
                escalation.close_open(s, d, steps=(e.step,), now=now, note=f"督办延期：{note}")
                escalation.reschedule(s, d, timing.cal, timing.offsets)
            if action == "reassign":
                if not department:
                    raise ValidationError("department", "请选择改派的部门。")
                target = dispatching.department_by_name(s, department, field="department")
                if target.id == d.department_id:
                    raise ValidationError("department", "请选择另一个部门。")
                role = d.role
                dispatching.move(session=s, dispatch=d, actor=me, now=now, verb="withdraw",
                                 dest=DispatchState.WITHDRAWN, note=f"督办改派：{note}", timing=timing)
                s.flush()
                s.refresh(t, ["dispatches"])
                dispatching.summon(session=s, ticket=t, actor=me, now=now,
                                   lead=target.name if role == DispatchRole.LEAD else None,
                                   assist=[target.name] if role == DispatchRole.ASSIST else [],
                                   note=f"督办改派：{note}", timing=timing)
                self._settle(s, t, me, now, note)
                changes["department"] = (d.department.name, target.name)
            e.handled_at, e.handled_by_id, e.handling, e.handling_note = now, me.id, action, note
            audit.record(session=s, ticket_id=t.id, dispatch_id=d.id, actor_id=me.id, at=now,
                         kind="handle_escalation", note=note, changes=changes)
            self._ticket_touch(t, me, now)
            s.flush()
            row = s.execute(queries._escalation_query().where(Escalation.id == e.id)).one()
            return queries._escalation_info(row, timing.cal, now)

    def escalations(self, level: int, *, include_closed: bool = False) -> list[dto.EscalationInfo]:
        """The 催办 (1), 督办 (2) or 通报 (3) queue: open escalations, unhandled first, oldest first."""
        if level not in (1, 2, 3):
            raise ValidationError("level", "督办级别必须是 1、2 或 3。")
        self._require_office("escalations")
        with self.desk.unit(write=False) as (s, now):
            return queries.escalations(s, level=level, cal=self.desk._timing(s).cal, now=now,
                                       include_closed=include_closed)

    def escalation_counts(self) -> dict[int, int]:
        """Open, not yet handled escalations per level (1 催办, 2 督办, 3 通报)."""
        self._require_office("escalations")
        with self.desk.unit(write=False) as (s, _):
            rows = s.execute(select(Escalation.level, func.count(Escalation.id))
                             .where(Escalation.closed_at.is_(None), Escalation.handled_at.is_(None))
                             .group_by(Escalation.level)).all()
        return {1: 0, 2: 0, 3: 0} | {level: n for level, n in rows}

    def approvals(self) -> list[dto.RequestInfo]:
        """The supervisor's approval queue: extensions, suspensions and returns waiting for a decision."""
        if self.role not in TRANSITIONS["decide_request"].roles:
            raise PermissionDenied(f"{ROLE[self.role]}没有审批队列。")
        with self.desk.unit(write=False) as (s, _):
            return queries.approvals(s)

    def record_revisit(self, number: str, *, note: str, problem_recurred: bool = False) -> dto.TicketDetail:
        """回头看: record the follow-up revisit of a closed ticket."""
        with self.desk.unit() as (s, now):
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

    # -- administration: policies, calendar, settings --------------------------------------
    def _require_admin(self) -> None:
        if self.role is not Role.ADMIN:
            raise PermissionDenied(f"{ROLE[self.role]}不能修改办公室设置，请联系管理员。")

    def policies(self) -> list[dto.PolicyInfo]:
        """Time limits for every category × urgency (a category without its own row uses the defaults)."""
        with self.desk.unit(write=False) as (s, _):
            rows = {(r.category_id, r.urgency): r for r in s.scalars(select(TimePolicy))}
            out = []
            for c in s.scalars(select(Category).where(Category.active).order_by(Category.id)):
                for urgency in ("emergency", "urgent", "routine"):
                    r = rows.get((c.id, urgency))
                    texts = (r.acknowledge_within, r.respond_within, r.resolve_within) if r else \
                        deadline_service.DEFAULT_POLICY[urgency]
                    out.append(dto.PolicyInfo(c.name, urgency, *texts, is_default=r is None))
            return out

    def set_policy(self, category: str, urgency: str, *, acknowledge: str, respond: str, resolve: str
                   ) -> dto.PolicyInfo:
        """Change a time limit. Dispatches already whistled keep their due instants."""
        self._require_admin()
        with self.desk.unit() as (s, _):
            self._me(s)
            texts = deadline_service.set_policy(session=s, category=category, urgency=urgency,
                                                acknowledge=acknowledge, respond=respond, resolve=resolve)
            return dto.PolicyInfo(category, urgency, *texts, is_default=False)

    def set_setting(self, key: str, value: str) -> None:
        self._require_admin()
        with self.desk.unit(write=False) as (s, _):
            self._me(s)
        self.desk.set_setting(key, value)

    def calendar_month(self, year: int, month: int) -> list[dto.CalendarDayInfo]:
        if not (isinstance(year, int) and isinstance(month, int) and 1900 < year < 2200 and 1 <= month <= 12):
            raise ValidationError("month", "月份无效。")
        cal = self.desk.calendar()
        out = []
        for info in cal.month_table(year, month):
            ov = cal.day_kind(info.date)
            out.append(dto.CalendarDayInfo(info.date, ov.kind.value, ov.name or info.label, info.working_time))
        return out

    def set_calendar_day(self, day, kind: str, name: str = "") -> None:
        """Mark a date as holiday or workday (调休上班), or back to default."""
        self._require_admin()
        with self.desk.unit() as (s, now):
            self._me(s)
            deadline_service.set_days(session=s, days={day: (kind, tickets.text_field("name", name, required=False))},
                                      origin="admin", now=now)
            _bump_calendar(s)

    def import_calendar_csv(self, text: str) -> int:
        """Import ``date,kind,name`` lines (the State Council's schedule for next year). All or nothing."""
        self._require_admin()
        days = parse_overrides_csv(text)
        with self.desk.unit() as (s, now):
            self._me(s)
            count = deadline_service.set_days(session=s, days=dict(days), origin="csv", now=now)
            _bump_calendar(s)
            return count

    def export_dispatches(self) -> Iterator[dict[str, Any]]:
        """Every dispatch the user may see (a responder: their department's), see export_dispatches()."""
        return export_dispatches(self.desk, self._department_id if self._viewer.is_responder else None)

    def weekly_report(self, week: str | None = None):
        """The weekly summary's figures (desk.stats.WeeklyReport) for an ISO week like ``2026-W47``."""
        self._require_office("weekly_report")
        from desk.stats import weekly_report

        return weekly_report(self.desk, week)

    def _require_office(self, what: str) -> None:
        if self.role is Role.RESPONDER:
            raise PermissionDenied(f"{ROLE[self.role]}不能查看该列表。")

    def _dispatch_for(self, s: Session, verb: str, dispatch_id: int, *, check_state: bool = True
                      ) -> tuple[User, Ticket, Dispatch]:
        """Load and lock a dispatch's ticket, and check role, department and state against the table."""
        me = self._me(s)
        if not isinstance(dispatch_id, int) or isinstance(dispatch_id, bool):
            raise ValidationError("dispatch_id", "派单编号无效。")
        ticket_id = s.scalar(select(Dispatch.ticket_id).where(Dispatch.id == dispatch_id))
        if ticket_id is None:
            raise NotFound(f"找不到派单 {dispatch_id}。")
        t = s.scalar(select(Ticket).where(Ticket.id == ticket_id).with_for_update())
        d = s.get(Dispatch, dispatch_id, populate_existing=True)
        assert t is not None and d is not None
        rule = TRANSITIONS[verb]
        if self.role not in rule.roles:
            raise PermissionDenied(f"{ROLE[self.role]}不能对派单执行“{VERB[verb]}”。")
        if self._viewer.is_responder and d.department_id != self._department_id:
            raise PermissionDenied(f"派单 {dispatch_id} 属于{d.department.name}，您只能处理本部门的派单。")
        if check_state and (t.state != TicketState.DISPATCHED or d.state not in rule.sources):
            raise ConflictError(
                f"{d.department.name}的派单当前为“{DISPATCH_STATE[d.state]}”，不能{VERB[verb]}"
                f"（最近由 {d.updated_by.display_name} 于 {self._when(d.updated_at)} 修改）。"
            )
        return me, t, d

    def _dispatch_result(self, s: Session, d: Dispatch, now: datetime) -> dto.DispatchInfo:
        s.flush()
        s.refresh(d)
        return queries.dispatch_info(d, self._clocks(s, now))

    def acknowledge(self, dispatch_id: int, note: str = "") -> dto.DispatchInfo:
        return self._dispatch_verb("acknowledge", dispatch_id, note=note, note_required=False,
                                   dest=DispatchState.ACKNOWLEDGED)

    def respond(self, dispatch_id: int, note: str) -> dto.DispatchInfo:
        return self._dispatch_verb("respond", dispatch_id, note=note, note_required=True,
                                   dest=DispatchState.RESPONDED)

    def resolve(self, dispatch_id: int, note: str) -> dto.DispatchInfo:
        return self._dispatch_verb("resolve", dispatch_id, note=note, note_required=True,
                                   dest=DispatchState.RESOLVED)

    def request_return(self, dispatch_id: int, reason: str) -> dto.DispatchInfo:
        return self._dispatch_verb("request_return", dispatch_id, note=reason, note_required=True,
                                   dest=DispatchState.RETURN_REQUESTED, note_field="reason")

    def decide_return(self, dispatch_id: int, *, approve: bool, note: str = "") -> dto.DispatchInfo:
        if not isinstance(approve, bool):
            raise ValidationError("approve", "请选择同意或驳回。")
        return self._dispatch_verb("decide_return", dispatch_id, note=note, note_required=not approve,
                                   dest=DispatchState.RETURNED if approve else None,
                                   extra={"approved": (None, approve)})

    def withdraw(self, dispatch_id: int, reason: str) -> dto.DispatchInfo:
        return self._dispatch_verb("withdraw", dispatch_id, note=reason, note_required=True,
                                   dest=DispatchState.WITHDRAWN, note_field="reason")


def export_dispatches(desk: Desk, department_id: int | None = None) -> Iterator[dict[str, Any]]:
    """Every dispatch (of one department if given), with due instants, step times and escalation levels.

    Times are ISO 8601 with the office's UTC offset. Rows are streamed in batches.
    """
    tz = desk.office_tz()

    def iso(t: datetime | None) -> str | None:
        return t.astimezone(tz).isoformat() if t is not None else None

    last = 0
    while True:
        with desk.unit(write=False) as (s, _):
            stmt = (select(Dispatch, Ticket.number, Department.name)
                    .join(Ticket, Ticket.id == Dispatch.ticket_id)
                    .join(Department, Department.id == Dispatch.department_id)
                    .where(Dispatch.id > last).order_by(Dispatch.id).limit(2000))
            if department_id is not None:
                stmt = stmt.where(Dispatch.department_id == department_id)
            batch = s.execute(stmt).all()
            if not batch:
                return
            levels: dict[tuple[int, str], int] = {}
            for did, step, level in s.execute(
                    select(Escalation.dispatch_id, Escalation.step, func.max(Escalation.level))
                    .where(Escalation.dispatch_id.in_([d.id for d, _, _ in batch]))
                    .group_by(Escalation.dispatch_id, Escalation.step)):
                levels[(did, step)] = level
            rows = []
            for d, number, dept in batch:
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
                rows.append(row)
            last = batch[-1][0].id
        yield from rows
