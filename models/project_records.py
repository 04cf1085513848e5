"""A project's records (重点民生工程, issue 16 §2): its money (budget, contract, payments, design changes), its
parties (the contractor and the third-party supervisor, reusable across projects), its acceptance (the residents'
satisfaction survey, the result, the callbacks of the source tickets' residents) and its 回头看 revisits.

Money is in fen (分), an integer: never a float.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, \
    UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime

#: The stored codes (desk.projects.records.service: PARTY_KINDS, CHANGE_STATES, …): the check constraints.
PARTY_KINDS = ("builder", "supervisor")
CHANGE_STATES = ("pending", "approved", "rejected")
QUESTION_KINDS = ("satisfaction", "yes_no")
ANSWERS = ("satisfied", "basically_satisfied", "dissatisfied", "yes", "no")
FIX_STATES = ("none", "reopened", "fixed")


def _among(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({','.join(repr(v) for v in values)})"


class Contractor(Base):
    """A firm a project works with: a contractor (施工单位, ``builder``) or a third-party supervisor (监理,
    ``supervisor``). One row per firm and kind, reused by every project it works on (the contractors' record
    adds up its marks over them)."""

    __tablename__ = "contractor"
    __table_args__ = (
        UniqueConstraint("kind", "name"),
        CheckConstraint(_among("kind", PARTY_KINDS), name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))


class ProjectRecord(Base):
    """One per project (made at its first record): the money's figures, the parties and their contacts on this
    project, the acceptance result and the state of its fix after 回头看."""

    __tablename__ = "project_record"
    __table_args__ = (
        CheckConstraint("budget_fen >= 0", name="budget_fen"),
        CheckConstraint("contract_fen >= 0", name="contract_fen"),
        CheckConstraint("acceptance IS NULL OR acceptance IN ('passed','failed')", name="acceptance"),
        CheckConstraint(_among("fix_state", FIX_STATES), name="fix_state"),
    )

    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), primary_key=True, autoincrement=False)
    #: 预算 and the signed contract's amount (合同金额), in fen; 0: not set yet.
    budget_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    contract_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    builder_id: Mapped[int | None] = mapped_column(ForeignKey("contractor.id"), index=True)
    builder_contact: Mapped[str] = mapped_column(String(64), default="")
    builder_phone: Mapped[str] = mapped_column(String(32), default="")
    supervisor_id: Mapped[int | None] = mapped_column(ForeignKey("contractor.id"), index=True)
    supervisor_contact: Mapped[str] = mapped_column(String(64), default="")
    supervisor_phone: Mapped[str] = mapped_column(String(32), default="")
    #: 验收: None (not yet), 'passed' or 'failed' (the latest result; each one is an event too).
    acceptance: Mapped[str | None] = mapped_column(String(8))
    acceptance_reason: Mapped[str] = mapped_column(Text, default="")
    accepted_on: Mapped[date | None] = mapped_column(Date)
    #: How many acceptances failed (验收不合格) before the latest result: each is a bad mark of the contractor.
    failed_acceptances: Mapped[int] = mapped_column(Integer, default=0)
    #: After 回头看: 'reopened' (a finding reopened the fix: due again) or 'fixed' (a later revisit found it
    #: fixed); 'none' until a finding reopens it.
    fix_state: Mapped[str] = mapped_column(String(16), default="none")


class ProjectPayment(Base):
    """A payment (拨付) to the contractor: its date and amount."""

    __tablename__ = "project_payment"
    __table_args__ = (CheckConstraint("amount_fen > 0", name="amount_fen"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), index=True)
    paid_on: Mapped[date] = mapped_column(Date)
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())


class ProjectChange(Base):
    """A design change (设计变更): its amount (signed: a change can lower the contract), its reason, and a
    supervisor's decision. Only an approved change adds to the contract amount."""

    __tablename__ = "project_change"
    __table_args__ = (CheckConstraint(_among("state", CHANGE_STATES), name="state"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), index=True)
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16))
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime())
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decision_note: Mapped[str] = mapped_column(Text, default="")


class SurveyQuestion(Base):
    """A question of a project's acceptance survey (测评), at its position: answered 满意/基本满意/不满意
    (``satisfaction``) or 是/否 (``yes_no``)."""

    __tablename__ = "survey_question"
    __table_args__ = (
        UniqueConstraint("project_id", "position"),
        CheckConstraint(_among("kind", QUESTION_KINDS), name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))


class SurveyResponse(Base):
    """One respondent's answers to a project's survey (the respondent as the survey sheet names them, e.g.
    "3号楼住户")."""

    __tablename__ = "survey_response"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), index=True)
    respondent: Mapped[str] = mapped_column(String(64))
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())


class SurveyAnswer(Base):
    __tablename__ = "survey_answer"
    __table_args__ = (CheckConstraint(_among("answer", ANSWERS), name="answer"),)

    response_id: Mapped[int] = mapped_column(ForeignKey("survey_response.id"), primary_key=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("survey_question.id"), primary_key=True, index=True)
    answer: Mapped[str] = mapped_column(String(24))


class ProjectCallback(Base):
    """A resident of the project's source tickets (and of the repeats merged into them) to call back after a
    passed acceptance: one per distinct resident (``resident``: the phone's digits, or ``t<ticket id>`` for a
    ticket without a phone), on that resident's latest ticket. ``callback_id``: the ticket 回访 recorded for it
    (models.Callback), None while it is to do."""

    __tablename__ = "project_callback"
    __table_args__ = (UniqueConstraint("project_id", "resident"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"))
    resident: Mapped[str] = mapped_column(String(32))
    ticket_id: Mapped[int] = mapped_column(ForeignKey("ticket.id"), index=True)
    callback_id: Mapped[int | None] = mapped_column(ForeignKey("callback.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ProjectRevisit(Base):
    """回头看: a revisit due on a date (acceptance + ``project_revisit_months``; again at once after a finding
    reopened the fix), and, once done, its findings and whether they reopened the fix."""

    __tablename__ = "project_revisit"
    __table_args__ = (Index("ix_project_revisit_due", "done_at", "due_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), index=True)
    due_on: Mapped[date] = mapped_column(Date)
    scheduled_at: Mapped[datetime] = mapped_column(UTCDateTime())
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    findings: Mapped[str] = mapped_column(Text, default="")
    reopened: Mapped[bool] = mapped_column(Boolean, default=False)
