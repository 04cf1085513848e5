"""The records of the whistle loop."""
from __future__ import annotations

from datetime import datetime

from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, UTCDateTime


class Department(Base):
    __tablename__ = "department"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Community(Base):
    """社区: the pick-list a ticket's community comes from (kept by an administrator)."""

    __tablename__ = "community"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Category(Base):
    """A node of the category tree (大类 → 小类 → 细类, issue 15 §4). Names are unique over the whole tree."""

    __tablename__ = "category"
    __table_args__ = (CheckConstraint("level BETWEEN 1 AND 3", name="level"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    default_lead_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # --- issue 15 §4: category standards (立结案标准) ---
    #: The parent node (None: a 大类); ``level`` 1 大类, 2 小类, 3 细类. Empty fields inherit from the parent.
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("category.id"), index=True)
    level: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    #: 立案条件 and 结案条件 ("" inherits the parent's).
    intake_condition: Mapped[str] = mapped_column(Text, default="", server_default="")
    close_condition: Mapped[str] = mapped_column(Text, default="", server_default="")
    #: 办结 needs an "after" (处置后) photo: True / False, None inherits the parent's (a 大类's None: no).
    after_photo: Mapped[bool | None] = mapped_column(Boolean)

    default_lead: Mapped[Department | None] = relationship()


class User(Base):
    __tablename__ = "user_account"
    __table_args__ = (
        CheckConstraint("role IN ('clerk','supervisor','responder','admin','project_manager','observer')", name="role"),
        CheckConstraint("role <> 'responder' OR department_id IS NOT NULL", name="responder_department"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    #: Failed logins since the last success or the last lock (reset when the account locks).
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    #: Set when too many logins failed: no login is even tried before this instant.
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: After an administrator's reset: the user must choose a new password before doing anything else.
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    #: Bumped whenever the password, the role, the department or the active flag changes:
    #: a session that logged in under an older value is over.
    auth_epoch: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    department: Mapped[Department | None] = relationship()


class TicketCounter(Base):
    """The last ticket sequence number handed out per year (row-locked on increment)."""

    __tablename__ = "ticket_counter"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


#: The states of a ticket still being worked on (desk.intake.repeats narrows by them; a partial index has them).
OPEN_TICKETS = "state IN ('new', 'dispatched', 'awaiting_verification', 'awaiting_callback')"


#: What the hotspots' aggregates read besides the group and the instant (desk.hotspots); the address only when they
#: group by place (PostgreSQL's index leaves it out: its default grouping reads fewer pages without it).
HOTSPOT_COLUMNS = ("parent_id", "closed_at", "callbacks_reached", "callbacks_dissatisfied", "address")
#: What the map's pins and grid cells read of a ticket with a point besides its 社区 and created_at
#: (desk.geo.service.pins), in one partial index.
MAP_POINT_COLUMNS = ("lon", "lat", "parent_id", "closed_at", "category_id", "next_due")


class Ticket(Base):
    __tablename__ = "ticket"
    __table_args__ = (
        UniqueConstraint("year", "seq"),
        Index("ix_ticket_state_created", "state", "created_at"),
        # The queue pages by keyset on (sort key, id) (desk.tickets.queries.queue_page): one index per sortable
        # column, so that a page is an index range read on both databases (PostgreSQL cannot add the id to an
        # index on the sort key alone, SQLite does it implicitly; one definition serves both). Enum sorts
        # (urgency, state) and the category sort read one (value, id) segment after another.
        Index("ix_ticket_created_id", "created_at", "id"),
        Index("ix_ticket_updated_id", "updated_at", "id"),
        Index("ix_ticket_next_due_id", "next_due", "id"),
        Index("ix_ticket_title_id", "title", "id"),
        Index("ix_ticket_urgency_id", "urgency", "id"),
        Index("ix_ticket_state_id", "state", "id"),
        Index("ix_ticket_category_id", "category_id", "id"),
        Index("ix_ticket_community_id", "community", "id"),
        Index("ix_ticket_address_id", "address", "id"),
        Index("ix_ticket_source_id", "source", "id"),
        Index("ix_ticket_appeal_type_id", "appeal_type", "id"),
        Index("ix_ticket_hotline_number", "hotline_number"),
        Index("ix_ticket_phone_digits", "phone_digits"),
        Index("ix_ticket_phone_last4", "phone_last4"),
        # The report's period queries (desk.stats): tickets first whistled in a period.
        Index("ix_ticket_first_whistled", "first_whistled_at"),
        # Repeat complaints (issue 15): a merged child's parent; the duplicate check's narrowing.
        Index("ix_ticket_parent_id", "parent_id"),
        Index("ix_ticket_category_created", "category_id", "created_at"),
        Index("ix_ticket_community_created", "community", "created_at"),
        # ... and the still-open tickets of a category created before the window (few: a partial index).
        Index("ix_ticket_open_category", "category_id", "created_at",
              sqlite_where=text(OPEN_TICKETS), postgresql_where=text(OPEN_TICKETS)),
        # The problem hotspots (issue 16, desk.hotspots): every column their aggregates read, so that the index
        # alone answers, in the order each database's planner can use. SQLite skips from one (社区, category) to the
        # next and reads only the period's entries, already grouped (no sort). PostgreSQL (no skip scan before 18)
        # reads the period's range of created_at and hashes the groups. Each exists on its own database only
        # (Index.ddl_if; models/migrations/env.py compares it there only).
        Index("ix_ticket_hotspot", "community", "category_id", "created_at", *HOTSPOT_COLUMNS).ddl_if(dialect="sqlite"),
        Index("ix_ticket_hotspot_period", "created_at", "community", "category_id", *HOTSPOT_COLUMNS[:-1])
        .ddl_if(dialect="postgresql"),
        # The map (issue 17, desk.geo): the tickets with a point, with every column its figures and grid cells read,
        # so that the index alone answers (a partial index: only the tickets that have a point). As the hotspots'
        # indexes: SQLite skips from one 社区 to the next (its points per 社区 come grouped, without a sort);
        # PostgreSQL reads the period's range of created_at.
        Index("ix_ticket_map_point", "community", "created_at", *MAP_POINT_COLUMNS,
              sqlite_where=text("lon IS NOT NULL")).ddl_if(dialect="sqlite"),
        Index("ix_ticket_map_point_period", "created_at", "community", *MAP_POINT_COLUMNS,
              postgresql_where=text("lon IS NOT NULL")).ddl_if(dialect="postgresql"),
        CheckConstraint(
            "state IN ('new','dispatched','awaiting_verification','awaiting_callback','closed','cancelled')",
            name="state",
        ),
        CheckConstraint("urgency IN ('routine','urgent','emergency')", name="urgency"),
        CheckConstraint("appeal_type IN ('consult','help','complaint','report','suggest')", name="appeal_type"),
        CheckConstraint("reply_by IN ('phone','sms','none')", name="reply_by"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(16), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    category_id: Mapped[int] = mapped_column(ForeignKey("category.id"))
    urgency: Mapped[str] = mapped_column(String(16))
    address: Mapped[str] = mapped_column(String(200))
    community: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(16))
    reporter_name: Mapped[str] = mapped_column(String(64))
    reporter_phone: Mapped[str] = mapped_column(String(32))
    #: The phone's digits only (search by ``139 1234 5678`` or the last four digits).
    phone_digits: Mapped[str] = mapped_column(String(32), default="", server_default="")
    #: Its last four digits (what people remember): an indexed exact match for a search by them.
    phone_last4: Mapped[str] = mapped_column(String(4), default="", server_default="")
    #: 诉求类型, 回复方式, 保密 (desk.enums.AppealType, ReplyBy).
    appeal_type: Mapped[str] = mapped_column(String(16), default="complaint", server_default="complaint")
    reply_by: Mapped[str] = mapped_column(String(8), default="phone", server_default="phone")
    confidential: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    #: The 12345 work order's number when the ticket came from the hotline.
    hotline_number: Mapped[str | None] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(32))
    round: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    first_whistled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: 回头看: when a closed ticket of a selected category is due to be revisited.
    revisit_due: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    revisited_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: The ticket's clock, kept by desk.deadlines.clocks on every flush: the most pressing running due
    #: instant (the office's own step while 待核实/待回访, else the earliest of the open dispatches') and its
    #: warning instant. NULL when no clock runs. The 时限 sort and the 超期/预警 filters read these.
    next_due: Mapped[datetime | None] = mapped_column(UTCDateTime())
    next_warn: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: The next escalation threshold of the office's own step (核实, 回访); NULL when none can be crossed.
    next_escalation_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    version: Mapped[int] = mapped_column(Integer)
    #: 重复件 (issue 15): the parent this ticket was merged into (NULL: none). No foreign key (see migration 0013).
    parent_id: Mapped[int | None] = mapped_column(Integer)
    #: How many children are merged into this ticket (0 for most; the residents are 1 + this).
    repeat_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    #: Its callbacks (回访) that reached the resident (有效回访), and those of them 不满意: kept by
    #: desk.tickets.service.record_callback, so that the hotspots (desk.hotspots) need not join the callbacks.
    callbacks_reached: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    callbacks_dissatisfied: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    #: Its point on the map (WGS84), a copy of its ``ticket_point`` row's (NULL: none), so that the map's figures
    #: read the ticket's own index (ix_ticket_map_point) instead of joining every point to its ticket. Written
    #: with the point wherever one is set, corrected or removed (desk.geo.service.set_point, the imports, the
    #: demo's map).
    lon: Mapped[float | None] = mapped_column(Float)
    lat: Mapped[float | None] = mapped_column(Float)

    category: Mapped[Category] = relationship()
    created_by: Mapped[User] = relationship(foreign_keys=[created_by_id])
    updated_by: Mapped[User] = relationship(foreign_keys=[updated_by_id])
    dispatches: Mapped[list[Dispatch]] = relationship(
        back_populates="ticket", order_by="Dispatch.id"
    )

    __mapper_args__ = {"version_id_col": version}


class Dispatch(Base):
    __tablename__ = "dispatch"
    __table_args__ = (
        Index("ix_dispatch_department_state", "department_id", "state"),
        Index("ix_dispatch_department_next_due", "department_id", "next_due"),
        Index("ix_dispatch_state", "state"),
        # A page's badges: the open dispatches of the page's tickets (also every ticket_id lookup). The report's
        # lead department of a ticket's verified round (desk.stats.service.lead_of) is read from the index alone.
        Index("ix_dispatch_ticket_state", "ticket_id", "state", "role", "round", "resolved_at", "department_id"),
        # Partial: almost no dispatch is suspended, and a plain index on a column of NULLs is one the
        # planner rightly ignores (the sweep's over-long-suspension check then scanned the table).
        Index("ix_dispatch_suspended", "suspended_at", sqlite_where=text("suspended_at IS NOT NULL"),
              postgresql_where=text("suspended_at IS NOT NULL")),
        # The report's period queries (desk.stats) read the dispatches whose instants fall in a period, as a
        # union of range scans, and the ones still open (a partial index: closed dispatches are most of them).
        # The columns after the first let it count a period's dispatches, and find their late steps, from the
        # indexes alone (a dispatch row read per dispatch cost about 2 µs, for some 20,000 dispatches a week).
        Index("ix_dispatch_dispatched", "dispatched_at", "department_id", "role"),
        Index("ix_dispatch_acknowledged", "acknowledged_at", "dispatched_at", "department_id", "role"),
        Index("ix_dispatch_acknowledge_due", "acknowledge_due", "acknowledged_at", "closed_at", "state",
              "department_id", "role"),
        Index("ix_dispatch_respond_due", "respond_due", "responded_at", "closed_at", "state", "department_id", "role"),
        Index("ix_dispatch_resolve_due", "resolve_due", "resolved_at", "closed_at", "state", "department_id", "role"),
        Index("ix_dispatch_closed", "closed_at"),
        Index("ix_dispatch_open", "id", sqlite_where=text("closed_at IS NULL"),
              postgresql_where=text("closed_at IS NULL")),
        CheckConstraint("role IN ('lead','assist')", name="role"),
        CheckConstraint(
            "state IN ('pending','acknowledged','responded','return_requested',"
            "'resolved','returned','withdrawn')",
            name="state",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("ticket.id"))
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id"))
    role: Mapped[str] = mapped_column(String(8))
    state: Mapped[str] = mapped_column(String(24))
    round: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    return_reason: Mapped[str | None] = mapped_column(Text)
    state_before_return: Mapped[str | None] = mapped_column(String(24))
    dispatched_at: Mapped[datetime] = mapped_column(UTCDateTime())
    dispatched_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    responded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    # Time limits, copied from the policy at whistle time, and the due instants they gave.
    acknowledge_within: Mapped[str | None] = mapped_column(String(16))
    respond_within: Mapped[str | None] = mapped_column(String(16))
    resolve_within: Mapped[str | None] = mapped_column(String(16))
    acknowledge_due: Mapped[datetime | None] = mapped_column(UTCDateTime())
    respond_due: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolve_due: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: Set while an approved suspension (挂起) stops the clock.
    suspended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: The next instant at which an escalation threshold is crossed; NULL when none can be.
    next_escalation_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    #: The dispatch's clock (kept like Ticket.next_due): its earliest outstanding step's due and warning
    #: instants while it is open and not suspended, else NULL.
    next_due: Mapped[datetime | None] = mapped_column(UTCDateTime())
    next_warn: Mapped[datetime | None] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer)

    ticket: Mapped[Ticket] = relationship(back_populates="dispatches")
    department: Mapped[Department] = relationship()
    updated_by: Mapped[User] = relationship(foreign_keys=[updated_by_id])

    __mapper_args__ = {"version_id_col": version}


class Event(Base):
    """One entry of the audit trail: a line of a ticket's timeline, or (without a ticket) an
    administration or login record. Append-only (database triggers refuse UPDATE and DELETE),
    and hash-chained: ``hash`` = SHA-256 over the canonical event and the previous event's hash,
    in ``seq`` order (see desk.audit.chain). Rows are written only through desk.audit."""

    __tablename__ = "event"
    __table_args__ = (
        Index("ix_event_ticket_at", "ticket_id", "id"),
        # The report counts events of a kind in a period (结案, 重办, 退单 …), and the tickets they are about.
        Index("ix_event_kind_at", "kind", "at", "ticket_id"),
        # A project's history (issue 16): the events about ``project:XM2026-0001``, in chain order.
        Index("ix_event_subject", "subject", "seq"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    #: Position in the hash chain: 1, 2, 3 … with no gaps (assigned under the chain lock).
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("ticket.id"))
    dispatch_id: Mapped[int | None] = mapped_column(ForeignKey("dispatch.id"))
    actor_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    kind: Mapped[str] = mapped_column(String(32))
    #: What an event without a ticket is about: ``user:zhang.wei``, ``department:住建委``, ``setting:time_zone``.
    subject: Mapped[str | None] = mapped_column(String(160))
    note: Mapped[str] = mapped_column(Text, default="")
    changes: Mapped[str] = mapped_column(Text, default="{}")
    hash: Mapped[str] = mapped_column(String(64))

    actor: Mapped[User] = relationship()


class AuditHead(Base):
    """The end of the event hash chain as the last writer left it (one row, id 1).

    A chain alone cannot show that its newest events were cut off; this anchor can (unless it
    is rewritten too). ``whistle-desk audit verify`` compares the two. Its row lock is also the
    chain's lock: a writer appends under it (desk.audit.chain).
    """

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    #: The highest event id (ids may skip numbers: the bulk demo brings its own).
    last_id: Mapped[int | None] = mapped_column(Integer)


#: What the map's rates read of a callback besides its 社区 (desk.geo.service.summary).
CALLBACK_MAP_COLUMNS = ("at", "category_id", "contacted", "resolved", "satisfaction")


class Callback(Base):
    """回访: the office calls the resident back."""

    __tablename__ = "callback"
    __table_args__ = (
        CheckConstraint(
            "satisfaction IS NULL OR satisfaction IN ('satisfied','basically_satisfied','dissatisfied')",
            name="satisfaction",
        ),
        # The report reads a period's callbacks and their answers from the index alone.
        Index("ix_callback_at", "at", "ticket_id", "contacted", "resolved", "satisfaction", "department_contacted"),
        # The map's 解决率 and 满意率 per 社区 (desk.geo.service.summary) from the index alone: SQLite skips from one
        # 社区 to the next and reads each one's period, already grouped; PostgreSQL reads the period's range and
        # hashes the groups (as the hotspots' indexes on ticket; each only on its own database).
        Index("ix_callback_map", "community", *CALLBACK_MAP_COLUMNS).ddl_if(dialect="sqlite"),
        Index("ix_callback_map_period", "at", "community", *CALLBACK_MAP_COLUMNS[1:]).ddl_if(dialect="postgresql"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("ticket.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    contacted: Mapped[bool] = mapped_column(Boolean)
    resolved: Mapped[bool | None] = mapped_column(Boolean)
    satisfaction: Mapped[str | None] = mapped_column(String(24))
    #: 承办部门是否联系过您: the resident's own answer (None: not asked, or not reached).
    department_contacted: Mapped[bool | None] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text, default="")
    #: Its ticket's 社区 and category, copied (the map's rates per 社区 need not join every callback to its ticket):
    #: written by desk.tickets.service.record_callback and the demo's loader, and moved with the ticket by every
    #: change of either (desk.tickets.service.update, desk.setup.service.rename_community, the imports' reclassing).
    community: Mapped[str | None] = mapped_column(String(64))
    category_id: Mapped[int | None] = mapped_column(Integer)

    by: Mapped[User] = relationship()


class Setting(Base):
    """Office-wide settings shared by every desk (name, time zone, …)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CalendarDay(Base):
    """A date that differs from the normal working week: a holiday or a make-up working day (调休)."""

    __tablename__ = "calendar_day"
    __table_args__ = (
        CheckConstraint("kind IN ('holiday','workday')", name="kind"),
        CheckConstraint("origin IN ('seed','admin','csv')", name="origin"),
    )

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(64), default="")
    origin: Mapped[str] = mapped_column(String(8))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class TimePolicy(Base):
    """Time limits per category × urgency (报到/响应/办结时限), as duration texts like ``2h`` or ``3wd``."""

    __tablename__ = "time_policy"
    __table_args__ = (CheckConstraint("urgency IN ('routine','urgent','emergency')", name="urgency"),)

    category_id: Mapped[int] = mapped_column(ForeignKey("category.id"), primary_key=True)
    urgency: Mapped[str] = mapped_column(String(16), primary_key=True)
    acknowledge_within: Mapped[str] = mapped_column(String(16))
    respond_within: Mapped[str] = mapped_column(String(16))
    resolve_within: Mapped[str] = mapped_column(String(16))


class DispatchRequest(Base):
    """A responder's request for an extension (延期) or a suspension (挂起), decided by a supervisor."""

    __tablename__ = "dispatch_request"
    __table_args__ = (
        CheckConstraint("kind IN ('extension','suspension')", name="kind"),
        CheckConstraint("state IN ('pending','approved','rejected','ended')", name="state"),
        Index("ix_dispatch_request_state", "state"),
        # The report's extensions requested and decided in a period (without them SQLite walked every dispatch).
        Index("ix_dispatch_request_kind_requested", "kind", "requested_at"),
        Index("ix_dispatch_request_kind_decided", "kind", "decided_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    dispatch_id: Mapped[int] = mapped_column(ForeignKey("dispatch.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text)
    new_resolve_due: Mapped[datetime | None] = mapped_column(UTCDateTime())
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime())
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    decision_note: Mapped[str | None] = mapped_column(Text)

    dispatch: Mapped[Dispatch] = relationship()
    requested_by: Mapped[User] = relationship(foreign_keys=[requested_by_id])
    decided_by: Mapped[User | None] = relationship(foreign_keys=[decided_by_id])


class Escalation(Base):
    """One rung of the ladder reached by one step: 催办 (1), 督办 (2), 通报 (3). A department's step (报到, 响应,
    办结) belongs to a dispatch; the office's own step (核实, 回访) to the ticket alone (no dispatch)."""

    __tablename__ = "escalation"
    __table_args__ = (
        UniqueConstraint("dispatch_id", "step", "level"),
        # the office's steps have no dispatch (and NULLs are never equal): one row per ticket × step × level
        Index("uq_escalation_office_step", "ticket_id", "step", "level", unique=True,
              sqlite_where=text("dispatch_id IS NULL"), postgresql_where=text("dispatch_id IS NULL")),
        # issue 16: a project milestone's steps: a summoned department's 报到 (acknowledge, with its summons) and
        # the milestone's own due (milestone); one row per summons × step × level, per milestone × level.
        Index("uq_escalation_summons_step", "summons_id", "step", "level", unique=True,
              sqlite_where=text("summons_id IS NOT NULL"), postgresql_where=text("summons_id IS NOT NULL")),
        Index("uq_escalation_milestone_step", "milestone_id", "step", "level", unique=True,
              sqlite_where=text("milestone_id IS NOT NULL AND summons_id IS NULL"),
              postgresql_where=text("milestone_id IS NOT NULL AND summons_id IS NULL")),
        CheckConstraint("step IN ('acknowledge','respond','resolve','verify','callback','milestone')", name="step"),
        CheckConstraint("(ticket_id IS NULL) = (milestone_id IS NOT NULL)", name="subject"),
        CheckConstraint("milestone_id IS NOT NULL OR ((dispatch_id IS NULL) = (step IN ('verify','callback')) "
                        "AND summons_id IS NULL)", name="office_step"),
        CheckConstraint("milestone_id IS NULL OR (dispatch_id IS NULL AND "
                        "(summons_id IS NULL) = (step = 'milestone') AND step IN ('acknowledge','milestone'))",
                        name="milestone_step"),
        CheckConstraint("level IN (1, 2, 3)", name="level"),
        Index("ix_escalation_open", "level", "closed_at"),
        Index("ix_escalation_reached", "reached_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The ticket whose step is late; NULL for a project milestone's step (issue 16).
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("ticket.id"), index=True)
    #: The dispatch whose step is late; NULL for the office's own steps.
    dispatch_id: Mapped[int | None] = mapped_column(ForeignKey("dispatch.id"))
    #: issue 16: the project milestone whose step is late, and the summons whose 报到 is (NULL: its own due).
    milestone_id: Mapped[int | None] = mapped_column(ForeignKey("project_milestone.id"), index=True)
    summons_id: Mapped[int | None] = mapped_column(ForeignKey("milestone_summons.id"))
    step: Mapped[str] = mapped_column(String(16))
    level: Mapped[int] = mapped_column(Integer)
    #: The instant the threshold was crossed (not when a sweep noticed it).
    reached_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    handled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    handled_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    handling: Mapped[str | None] = mapped_column(String(16))
    handling_note: Mapped[str | None] = mapped_column(Text)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_note: Mapped[str | None] = mapped_column(Text)

    dispatch: Mapped[Dispatch] = relationship()
    handled_by: Mapped[User | None] = relationship()


# === issue 15: repeat complaints (重复件) ===
class RepeatProposal(Base):
    """A likely repeat proposed for a ticket (desk.intake.repeats): the clerk merges it or dismisses it."""

    __tablename__ = "repeat_proposal"
    __table_args__ = (
        UniqueConstraint("ticket_id", "candidate_id"),
        CheckConstraint("state IN ('proposed','dismissed','merged')", name="state"),
        CheckConstraint("score >= 0 AND score <= 100", name="score"),
        Index("ix_repeat_proposal_candidate", "candidate_id"),
        # the problems still flagged as likely repeats (desk.hotspots): the undecided proposals first
        Index("ix_repeat_proposal_state", "state", "ticket_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The new complaint, and the earlier ticket it probably repeats.
    ticket_id: Mapped[int] = mapped_column(ForeignKey("ticket.id"))
    candidate_id: Mapped[int] = mapped_column(ForeignKey("ticket.id"))
    score: Mapped[int] = mapped_column(Integer)
    #: Comma-separated reasons: phone, address, community, category, text.
    reasons: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16))
    proposed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    proposed_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))


# === issue 15: attachments ===========================================================================
class Attachment(Base):
    """A photo or document on a ticket (``dispatch_id`` NULL) or on one dispatch's step: its metadata only.
    The bytes live in :class:`AttachmentContent`, so that listing a ticket's attachments never reads them.
    ``sha256`` is the file as uploaded, ``stored_sha256`` what is kept (a large photo is downscaled, a HEIC
    photo converted to JPEG); the attachment's event in the audit chain carries both."""

    __tablename__ = "attachment"
    __table_args__ = (
        CheckConstraint("step IS NULL OR step IN ('intake','respond','resolve')", name="step"),
        CheckConstraint("kind IN ('before','after','other')", name="kind"),
        CheckConstraint("(dispatch_id IS NULL) = (step IS NULL OR step = 'intake')", name="dispatch_step"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("ticket.id"), index=True)
    dispatch_id: Mapped[int | None] = mapped_column(ForeignKey("dispatch.id"), index=True)
    #: 受理 (intake, the resident's photo), 响应 (respond, on site), 办结 (resolve); NULL: the ticket's own.
    step: Mapped[str | None] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(8))
    file_name: Mapped[str] = mapped_column(String(255))
    #: What is stored (image/jpeg, image/png, application/pdf); ``original_mime``: what was uploaded.
    mime: Mapped[str] = mapped_column(String(64))
    original_mime: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    stored_size: Mapped[int] = mapped_column(Integer)
    stored_sha256: Mapped[str] = mapped_column(String(64))
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))

    created_by: Mapped[User] = relationship()


class AttachmentContent(Base):
    """The bytes of an attachment: its thumbnail (JPEG, small) before the stored file, so that SQLite reads a
    thumbnail without walking the file's overflow pages (PostgreSQL keeps a large bytea out of line anyway)."""

    __tablename__ = "attachment_content"

    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachment.id", ondelete="CASCADE"), primary_key=True,
                                               autoincrement=False)
    thumbnail: Mapped[bytes | None] = mapped_column(LargeBinary)
    data: Mapped[bytes] = mapped_column(LargeBinary)


# === issue 15 §4: category standards (立结案标准) ================================================
class CategoryAssist(Base):
    """An assisting department (协办部门) of a category node's standard (none: the parent's are used)."""

    __tablename__ = "category_assist"

    category_id: Mapped[int] = mapped_column(ForeignKey("category.id"), primary_key=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id"), primary_key=True)
    #: The order the admin gave them in.
    position: Mapped[int] = mapped_column(Integer, default=0)


# === issue 15: 12345 import (desk.intake.imports) =========================================================
class ImportBatch(Base):
    """One import of a 12345 export: who, when, which file, and what it did."""

    __tablename__ = "import_batch"
    __table_args__ = (Index("ix_import_batch_at", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    source_system: Mapped[str] = mapped_column(String(32))
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    mapping_name: Mapped[str | None] = mapped_column(String(64))
    rows_total: Mapped[int] = mapped_column(Integer, default=0)
    new: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    duplicates: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    unclassified: Mapped[int] = mapped_column(Integer, default=0)

    by: Mapped[User] = relationship()


class HotlineOrder(Base):
    """The platform's side of a ticket that came from a 12345 export (one per ticket): its external number and
    source system (the upsert key), the batch that brought it, and the fields the platform owns (status,
    承诺完成时间, 办结/回访 results), which a later export may update. What the street did lives on the ticket."""

    __tablename__ = "hotline_order"
    __table_args__ = (
        UniqueConstraint("source_system", "hotline_number"),
        Index("ix_hotline_order_batch", "batch_id"),
        Index("ix_hotline_order_platform_due", "platform_due"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("ticket.id"), unique=True)
    source_system: Mapped[str] = mapped_column(String(32))
    hotline_number: Mapped[str] = mapped_column(String(32))
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batch.id"))
    #: The batch that last changed the platform's fields (the first batch until then).
    updated_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"))
    platform_category: Mapped[str] = mapped_column(String(200), default="")
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    platform_due: Mapped[datetime | None] = mapped_column(UTCDateTime())
    platform_status: Mapped[str] = mapped_column(String(32), default="")
    platform_unit: Mapped[str] = mapped_column(String(100), default="")
    platform_nature: Mapped[str] = mapped_column(String(16), default="")
    platform_closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    platform_result: Mapped[str] = mapped_column(Text, default="")
    platform_reply: Mapped[str] = mapped_column(Text, default="")
    platform_resolved: Mapped[str] = mapped_column(String(16), default="")
    platform_satisfied: Mapped[str] = mapped_column(String(16), default="")


class CategoryMap(Base):
    """A platform category path (any level, levels joined by “/”) and the local category it means.
    The longest mapped prefix of a row's path wins."""

    __tablename__ = "category_map"
    __table_args__ = (UniqueConstraint("source_system", "path"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_system: Mapped[str] = mapped_column(String(32))
    path: Mapped[str] = mapped_column(String(200))
    category_id: Mapped[int] = mapped_column(ForeignKey("category.id"))

    category: Mapped[Category] = relationship()


class ImportAlias(Base):
    """A column name the administrator added for an import field (besides the built-in ones)."""

    __tablename__ = "import_alias"

    field: Mapped[str] = mapped_column(String(32), primary_key=True)
    alias: Mapped[str] = mapped_column(String(64), primary_key=True)


class ImportMapping(Base):
    """A saved column mapping for a source: ``columns`` is JSON, field -> header text ("" : not imported)."""

    __tablename__ = "import_mapping"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    source_system: Mapped[str] = mapped_column(String(32))
    columns: Mapped[str] = mapped_column(Text)
