"""Frozen dataclasses the façade returns. Never ORM objects."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from desk.errors import Message


@dataclass(frozen=True)
class DepartmentInfo:
    id: int
    name: str
    active: bool


@dataclass(frozen=True)
class CommunityInfo:
    id: int
    name: str
    active: bool


@dataclass(frozen=True)
class CategoryInfo:
    id: int
    name: str
    default_lead: str | None
    active: bool
    # issue 15 §4: the category tree and the standard's departments, resolved up the tree (desk.standards)
    parent_id: int | None = None
    level: int = 1
    #: The lead and assisting departments the standard proposes (the node's own, else its nearest ancestor's).
    lead: str | None = None
    assists: tuple[str, ...] = ()


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    display_name: str
    role: str
    department: str | None
    active: bool


@dataclass(frozen=True)
class TicketSummary:
    """One row of a queue."""

    id: int
    number: str
    title: str
    category: str
    urgency: str
    state: str
    source: str
    community: str
    address: str
    created_at: datetime
    updated_at: datetime
    lead_department: str | None
    #: For responders: the state of their own department's newest dispatch on this ticket.
    my_dispatch_state: str | None = None
    #: The most pressing outstanding deadline of the dispatches that concern the viewer.
    deadline: Deadline | None = None
    #: Masked (138****1234) for a responder whose department only assists on the ticket.
    reporter_phone: str = ""
    #: 待回访 and the resident was reached since the verification: it waits only for 结案.
    called_back: bool = False
    #: Requests waiting for the office on the dispatches that concern the viewer: "extension",
    #: "suspension", "return"; and whether such a dispatch's clock is suspended.
    pending_requests: frozenset[str] = frozenset()
    suspended: bool = False
    appeal_type: str = "complaint"
    hotline_number: str = ""
    #: 重复件 (issue 15): the number of the ticket this one was merged into ('' if it is not a merged child).
    parent_number: str = ""


@dataclass(frozen=True)
class QueueFilter:
    """What a queue is narrowed to, besides the queue and the search text (every field optional).

    Names are those the pick-lists offer (a department, a category, a 社区); ``created_from``/``created_to``
    are office-calendar dates, both included. ``overdue`` keeps tickets whose clock has passed its due
    instant, ``warning`` those in their amber stretch; both: either. For a responder both look at the
    department's own dispatches."""

    department: str | None = None
    category: str | None = None
    urgency: str | None = None
    source: str | None = None
    community: str | None = None
    appeal_type: str | None = None
    created_from: date | None = None
    created_to: date | None = None
    overdue: bool = False
    warning: bool = False

    def is_empty(self) -> bool:
        return self == QueueFilter()


@dataclass(frozen=True)
class Deadline:
    """One outstanding step's clock: amber from ``warn_at``, red from ``due``."""

    dispatch_id: int
    department: str
    step: str  # acknowledge | respond | resolve (a dispatch's), verify | callback (the office's own)
    due: datetime
    warn_at: datetime
    suspended: bool = False
    #: The limit is working time (``1wd``, ``6wh``): what is left or late is counted in working time.
    #: Natural-time limits (``30m``, ``2h``, ``24h``) count clock time.
    working: bool = True

    def level(self, now: datetime) -> str:
        """green, amber or red at ``now`` (a suspended clock shows grey: 'paused')."""
        if self.suspended:
            return "paused"
        if now >= self.due:
            return "red"
        if now >= self.warn_at:
            return "amber"
        return "green"


@dataclass(frozen=True)
class DispatchInfo:
    id: int
    ticket_number: str
    department: str
    role: str
    state: str
    round: int
    note: str
    return_reason: str | None
    dispatched_at: datetime
    acknowledged_at: datetime | None
    responded_at: datetime | None
    resolved_at: datetime | None
    closed_at: datetime | None
    updated_at: datetime
    updated_by: str
    version: int
    acknowledge_within: str | None = None
    respond_within: str | None = None
    resolve_within: str | None = None
    acknowledge_due: datetime | None = None
    respond_due: datetime | None = None
    resolve_due: datetime | None = None
    suspended_at: datetime | None = None
    #: Pending requests on this dispatch: {"extension", "suspension"}.
    pending_requests: frozenset[str] = frozenset()
    #: Highest escalation level reached per step, e.g. {"acknowledge": 2}.
    escalation_levels: dict = field(default_factory=dict)
    deadline: Deadline | None = None


@dataclass(frozen=True)
class EventInfo:
    id: int
    at: datetime
    actor: str
    kind: str
    note: str
    department: str | None
    changes: dict = field(default_factory=dict)


@dataclass(frozen=True)
class CallbackInfo:
    id: int
    at: datetime
    by: str
    contacted: bool
    resolved: bool | None
    satisfaction: str | None
    note: str
    #: 承办部门（工作人员）是否联系过您: the resident's answer; None when not asked (or not reached).
    department_contacted: bool | None = None


@dataclass(frozen=True)
class TicketDetail:
    id: int
    number: str
    title: str
    description: str
    category: str
    urgency: str
    address: str
    community: str
    source: str
    reporter_name: str
    reporter_phone: str
    state: str
    round: int
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str
    first_whistled_at: datetime | None
    verified_at: datetime | None
    closed_at: datetime | None
    version: int
    dispatches: tuple[DispatchInfo, ...]
    events: tuple[EventInfo, ...]
    callbacks: tuple[CallbackInfo, ...]
    revisit_due: datetime | None = None
    revisited_at: datetime | None = None
    #: 诉求类型 (desk.enums.AppealType), 回复方式 (ReplyBy), the 12345 work order's number ('' if none).
    appeal_type: str = "complaint"
    reply_by: str = "phone"
    hotline_number: str = ""
    #: 保密: the reporter's name and phone are shown only to clerks and supervisors (others see them masked).
    confidential: bool = False
    #: The office's own steps: when 核实 (while 待核实) and 回访 (while 待回访) are due.
    verify_due: datetime | None = None
    callback_due: datetime | None = None
    #: issue 15: the 12345 platform's deadline (承诺完成时间) of an imported ticket (None: none known).
    platform_due: datetime | None = None
    #: 重复件 (issue 15): the id of the ticket this one was merged into (None: not a merged child).
    parent_id: int | None = None
    #: ... and that ticket's number ('' if none).
    parent_number: str = ""

    @property
    def late_for_platform(self) -> tuple[DispatchInfo, ...]:
        """The open dispatches due to be resolved after the 12345 platform's deadline (each needs a warning)."""
        if self.platform_due is None:
            return ()
        return tuple(d for d in self.dispatches if d.closed_at is None and d.resolve_due is not None
                     and d.resolve_due > self.platform_due)

    @property
    def called_back(self) -> bool:
        """待回访 and the resident was reached since the verification: it waits only for 结案."""
        return self.state == "awaiting_callback" and self.verified_at is not None and any(
            c.contacted and c.at >= self.verified_at for c in self.callbacks)


@dataclass(frozen=True)
class WhistleForecast:
    """What a dispatch whistled now would be given, before anyone dispatches (issue 15: a dispatch is never due
    after the 12345 platform's deadline without a warning): its 办结 limit by the category's standard and the
    ticket's urgency, the instant that comes to, and the platform's deadline (None: none known)."""

    resolve_within: str
    resolve_due: datetime
    platform_due: datetime | None = None

    @property
    def late_for_platform(self) -> bool:
        return self.platform_due is not None and self.resolve_due > self.platform_due


@dataclass(frozen=True)
class Page:
    """A slice of a queue: ``rows`` from ``offset`` (None for a page asked for by key), of ``total`` in all (None
    when not asked for); ``keys[i]`` is the key of ``rows[i]``, for the page after (or before) it."""

    rows: tuple[TicketSummary, ...]
    offset: int | None
    total: int | None
    keys: tuple[tuple, ...] = ()


@dataclass(frozen=True)
class QueueInfo:
    key: str
    count: int


@dataclass(frozen=True)
class RequestInfo:
    """An extension (延期) or suspension (挂起) request, or a return request (退单) in the approval queue."""

    id: int  # the request id; for kind "return" the dispatch id
    kind: str  # extension | suspension | return
    dispatch_id: int
    ticket_number: str
    ticket_title: str
    department: str
    reason: str
    requested_at: datetime
    requested_by: str
    current_resolve_due: datetime | None
    new_resolve_due: datetime | None
    state: str = "pending"
    #: The 12345 platform's deadline (承诺完成时间) of an imported ticket (issue 15): an extension past it is flagged.
    platform_due: datetime | None = None


@dataclass(frozen=True)
class EscalationInfo:
    id: int
    dispatch_id: int
    ticket_number: str
    ticket_title: str
    department: str
    role: str
    step: str
    level: int
    due: datetime | None
    reached_at: datetime
    #: How late at the moment of the query: working time for a working-time limit, clock time for a natural one.
    late_by: timedelta
    handled_at: datetime | None
    handled_by: str | None
    handling: str | None
    handling_note: str | None
    closed_at: datetime | None
    #: Whether ``late_by`` is working time (the step's limit is working time).
    late_working: bool = True
    #: issue 16: the project milestone whose step is late (then ``ticket_number`` is the project's number and
    #: ``ticket_title`` "project name：milestone name"); None for a ticket's escalation.
    milestone_id: int | None = None

    @property
    def is_milestone(self) -> bool:
        return self.milestone_id is not None


@dataclass(frozen=True)
class SweepResult:
    """Escalations a sweep recorded (or, in a dry run, would record) by ``at``."""

    at: datetime
    escalations: tuple[EscalationInfo, ...]
    resumed: int = 0


@dataclass(frozen=True)
class PolicyInfo:
    category: str
    urgency: str
    acknowledge_within: str
    respond_within: str
    resolve_within: str
    is_default: bool
    #: issue 15 §4: the ancestor in the category tree these limits come from (None: own, or the defaults).
    inherited_from: str | None = None


@dataclass(frozen=True)
class CalendarDayInfo:
    day: date
    kind: str  # holiday | workday | default
    name: str
    working_time: timedelta


@dataclass(frozen=True)
class AccountInfo:
    """A user account as the administrator's user list shows it (never the password hash)."""

    id: int
    username: str
    display_name: str
    role: str
    department: str | None
    active: bool
    created_at: datetime
    last_login_at: datetime | None
    failed_logins: int
    #: Set while the account is locked after too many failed logins.
    locked_until: datetime | None
    must_change_password: bool


@dataclass(frozen=True)
class AuditEntry:
    """One event of the administration and login trail (events without a ticket)."""

    id: int
    seq: int
    at: datetime
    actor: str  # display name
    actor_username: str
    kind: str
    subject: str | None
    note: str
    changes: dict = field(default_factory=dict)


@dataclass(frozen=True)
class AuditProblem:
    """A broken link of the event hash chain. ``message`` says what is wrong in the interface language,
    ``str()`` in Chinese (see :class:`desk.errors.Message`)."""

    kind: str  # edited | deleted | inserted | reordered | head | triggers
    seq: int | None  # the place in the chain, where known
    event_id: int | None
    text: Message

    @property
    def message(self) -> str:
        return self.text.message

    def __str__(self) -> str:
        return str(self.text)


@dataclass(frozen=True)
class AuditReport:
    """What ``audit verify`` found: ``ok``, or the problems with the first broken link first."""

    ok: bool
    events: int
    #: The end of the chain as found: keep these two somewhere else to detect a rewrite later.
    head_seq: int
    head_hash: str
    problems: tuple[AuditProblem, ...] = ()
    #: Whether the append-only triggers are in place.
    triggers: bool = True

    @property
    def first(self) -> AuditProblem | None:
        return self.problems[0] if self.problems else None
