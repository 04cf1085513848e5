"""What the façade answers about a project's records (frozen dataclasses, never ORM objects). Money in fen."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desk.errors import Message

#: The questions of an acceptance survey whose questions the office did not set: (text, answer kind).
DEFAULT_QUESTIONS = (("您对工程质量是否满意？", "satisfaction"), ("您对施工期间的文明施工是否满意？", "satisfaction"),
                     ("您反映的问题是否已经解决？", "yes_no"))


@dataclass(frozen=True)
class PaymentInfo:
    id: int
    paid_on: date
    amount_fen: int
    note: str
    recorded_by: str
    at: datetime


@dataclass(frozen=True)
class ChangeInfo:
    """A design change (设计变更): ``amount_fen`` is signed; only an approved one counts in the contract."""

    id: int
    amount_fen: int
    reason: str
    state: str  # pending, approved, rejected
    requested_by: str
    requested_at: datetime
    decided_by: str | None
    decided_at: datetime | None
    decision_note: str


@dataclass(frozen=True)
class PartyInfo:
    """The contractor (施工单位, kind ``builder``) or the supervisor (监理) of a project, with its contact there."""

    kind: str
    name: str
    contact: str
    phone: str


@dataclass(frozen=True)
class ContractorInfo:
    id: int
    kind: str
    name: str
    projects: int


@dataclass(frozen=True)
class QuestionTally:
    """A survey question and how many respondents gave each answer."""

    position: int
    text: str
    kind: str  # satisfaction, yes_no
    counts: dict[str, int]


@dataclass(frozen=True)
class SurveyResponseInfo:
    id: int
    respondent: str
    answers: tuple[str, ...]  # in the questions' order
    recorded_by: str
    at: datetime


@dataclass(frozen=True)
class SurveyInfo:
    """The acceptance survey (测评): its questions with their tallies, every response, and the satisfaction share
    (满意 + 基本满意 over the satisfaction answers; None: none yet)."""

    questions: tuple[QuestionTally, ...]
    responses: tuple[SurveyResponseInfo, ...]
    satisfaction: float | None


@dataclass(frozen=True)
class CallbackTodo:
    """A resident to call back after the acceptance (on their latest ticket): done once ``callback_at`` is set.
    The office sees the name and phone to call (the project's other views never show them)."""

    ticket: str
    reporter_name: str
    reporter_phone: str
    callback_at: datetime | None
    contacted: bool | None
    resolved: bool | None
    satisfaction: str | None


@dataclass(frozen=True)
class RevisitInfo:
    id: int
    due_on: date
    done_at: datetime | None
    done_by: str | None
    findings: str
    reopened: bool


@dataclass(frozen=True)
class ProjectRecordInfo:
    """A project's records: money, parties, acceptance, callbacks and 回头看.

    ``contract_total_fen`` = ``contract_fen`` + the approved changes; ``paid_fen`` (the payments' sum) never exceeds
    it."""

    number: str
    name: str
    stage: str
    budget_fen: int
    contract_fen: int
    approved_changes_fen: int
    contract_total_fen: int
    paid_fen: int
    payments: tuple[PaymentInfo, ...]
    changes: tuple[ChangeInfo, ...]
    builder: PartyInfo | None
    supervisor: PartyInfo | None
    survey: SurveyInfo
    acceptance: str | None  # passed, failed
    acceptance_reason: str
    accepted_on: date | None
    callbacks_total: int
    callbacks_done: int
    revisits: tuple[RevisitInfo, ...]
    fix_state: str  # none, reopened, fixed


@dataclass(frozen=True)
class RevisitDue:
    """A project whose 回头看 is due (or overdue) on the day asked."""

    number: str
    name: str
    due_on: date
    builder: str | None
    reopened: bool  # due again because a finding reopened the fix


@dataclass(frozen=True)
class ContractorMarks:
    """A contractor's line of the 红黑榜 (see desk.projects.records.board.DEFINITION)."""

    name: str
    kind: str
    projects: int
    good: int
    bad: int
    net: int
    board: str  # red, black, none
    reasons: tuple[str, ...]  # each mark: "+ XM2026-0001 验收合格" …


@dataclass(frozen=True)
class ContractorBoard:
    #: How the marks are counted (desk.projects.records.board.DEFINITION): ``str()`` is the Chinese text,
    #: ``.message`` the interface language's.
    definition: Message
    rows: tuple[ContractorMarks, ...]
