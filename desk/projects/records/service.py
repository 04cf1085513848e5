"""A project's money and parties (issue 16 §2), and the whole record as the façade answers it.

Money (in fen, integers, never floats):

* 预算 ``budget_fen`` and the signed contract's amount ``contract_fen`` (合同金额), set by the office;
* design changes (设计变更): a signed amount and a reason, requested by the office and approved or rejected by a
  supervisor; **only an approved change counts**: the contract total = ``contract_fen`` + the approved changes;
* payments (拨付): a date (not in the future) and an amount; **the payments' sum never exceeds the contract total**
  (a payment, a lower contract amount or an approved negative change that would break it is refused).

Parties: the contractor (施工单位, kind ``builder``) and the third-party supervisor (监理, ``supervisor``) are
firms kept once (models.Contractor, found by name, made at first use) and reused by every project they work on;
the person to contact and their phone are the project's.

A project has its records from the moment it is on a yearly list (列入清单): a candidate has only its estimated
cost, and a cancelled project is closed. Every change is an event on the audit chain about ``project:<number>``
and a new version of the project (the editor holding an older version is refused, as for its other fields).
Keyword-only service functions taking the session; the verbs (desk/projects/records/verbs.py) own the transaction.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.audit import service as audit
from desk.enums import ProjectStage
from desk.errors import ConflictError, NotFound, Term, ValidationError
from desk.projects import service as projects
from desk.projects.records import dto
from desk.projects.service import subject
from models import Contractor, Project, ProjectChange, ProjectPayment, ProjectRecord, User

#: A sum of money stops here (1 万亿元 in fen): more is a typing mistake.
MAX_FEN = 10**14
PARTY_KINDS = {"builder": "施工单位", "supervisor": "监理单位"}
_LABELS = {"budget_fen": "预算", "contract_fen": "合同金额", "amount_fen": "金额", "reason": "变更理由",
           "note": "说明", "builder": "施工单位", "supervisor": "监理单位", "builder_contact": "施工单位联系人",
           "supervisor_contact": "监理单位联系人", "builder_phone": "施工单位联系电话",
           "supervisor_phone": "监理单位联系电话", "respondent": "受访人", "findings": "回头看发现的问题"}
_LIMITS = {"reason": 2000, "note": 2000, "builder": 200, "supervisor": 200, "builder_contact": 64,
           "supervisor_contact": 64, "builder_phone": 32, "supervisor_phone": 32, "respondent": 64,
           "findings": 4000}
#: The stages whose project keeps records (on a yearly list, not cancelled).
RECORDED = frozenset({ProjectStage.LISTED, ProjectStage.INITIATED, ProjectStage.TENDERING, ProjectStage.CONSTRUCTION,
                      ProjectStage.ACCEPTANCE, ProjectStage.OPERATION})


# -- checking input ------------------------------------------------------------------------------------------
def text(field: str, value: Any, *, required: bool = True) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(field, "{label}必须是文字。", label=Term(_LABELS.get(field, field)))
    value = value.strip()
    if required and not value:
        raise ValidationError(field, "{label}不能为空。", label=Term(_LABELS.get(field, field)))
    limit = _LIMITS.get(field, 2000)
    if len(value) > limit:
        raise ValidationError(field, "{label}过长：{length} 个字符，最多 {count} 个。",
                              label=Term(_LABELS.get(field, field)), length=len(value), count=limit)
    return value


def fen(field: str, value: Any, *, signed: bool = False, zero: bool = True) -> int:
    """An amount in fen: an integer (never a float), within ±MAX_FEN; ``signed``: may be negative; ``zero``: may
    be 0."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, "{label}须为整数（以分计）。", label=Term(_LABELS.get(field, field)))
    low = -MAX_FEN if signed else 0
    if not low <= value <= MAX_FEN:
        raise ValidationError(field, "{label}超出范围（最多 1 万亿元）。", label=Term(_LABELS.get(field, field)))
    if not zero and value == 0:
        raise ValidationError(field, "{label}不能为零。", label=Term(_LABELS.get(field, field)))
    if not signed and not zero and value < 0:
        raise ValidationError(field, "{label}须大于零。", label=Term(_LABELS.get(field, field)))
    return value


def yuan(value_fen: int) -> str:
    """An amount as the record's events and messages write it: 1234567 -> "12345.67 元"."""
    sign = "-" if value_fen < 0 else ""
    whole, cents = divmod(abs(value_fen), 100)
    return f"{sign}{whole}.{cents:02d} 元"


def check_recorded(project: Project) -> None:
    if project.stage == ProjectStage.CANCELLED:
        raise ConflictError("项目 {number} 已取消，不能再修改。", number=project.number)
    if project.stage not in RECORDED:
        raise ConflictError("项目 {number} 还是储备项目：列入年度清单后才能登记资金、参建单位和验收。",
                            number=project.number)


# -- reading ---------------------------------------------------------------------------------------------------
def record_of(session: Session, project: Project) -> ProjectRecord:
    """The project's record row, made (empty) at its first record."""
    rec = session.get(ProjectRecord, project.id)
    if rec is None:
        rec = ProjectRecord(project_id=project.id, budget_fen=0, contract_fen=0, builder_contact="", builder_phone="",
                            supervisor_contact="", supervisor_phone="", acceptance_reason="", fix_state="none",
                            failed_acceptances=0)
        session.add(rec)
        session.flush()
    return rec


def paid(session: Session, project_id: int) -> int:
    return int(session.scalar(select(func.coalesce(func.sum(ProjectPayment.amount_fen), 0))
                              .where(ProjectPayment.project_id == project_id)) or 0)


def approved_changes(session: Session, project_id: int) -> int:
    return int(session.scalar(select(func.coalesce(func.sum(ProjectChange.amount_fen), 0))
                              .where(ProjectChange.project_id == project_id, ProjectChange.state == "approved")) or 0)


def _over(session: Session, project: Project, *, contract: int, changes: int, paid_fen: int) -> None:
    if paid_fen > contract + changes:
        raise ConflictError("拨付合计 {paid} 将超过合同金额 {contract} 加已批准的设计变更 {changes}（共 {total}），"
                            "未保存。", paid=yuan(paid_fen), contract=yuan(contract), changes=yuan(changes),
                            total=yuan(contract + changes))


# -- money -------------------------------------------------------------------------------------------------------
def set_money(session: Session, *, project: Project, actor: User, now: datetime, budget_fen: Any,
              contract_fen: Any, note: str) -> None:
    """预算 and 合同金额 (either may be None: unchanged)."""
    check_recorded(project)
    note = text("note", note, required=False)
    budget = None if budget_fen is None else fen("budget_fen", budget_fen)
    contract = None if contract_fen is None else fen("contract_fen", contract_fen)
    rec = record_of(session, project)
    changes: dict[str, tuple[Any, Any]] = {}
    if budget is not None and budget != rec.budget_fen:
        changes["budget_fen"] = (rec.budget_fen, budget)
    if contract is not None and contract != rec.contract_fen:
        _over(session, project, contract=contract, changes=approved_changes(session, project.id),
              paid_fen=paid(session, project.id))
        changes["contract_fen"] = (rec.contract_fen, contract)
    if not changes:
        raise ValidationError("budget_fen", "金额没有变化。")
    for key, (_old, new) in changes.items():
        setattr(rec, key, new)
    projects._touch(project, actor, now)
    audit.record(session=session, ticket_id=None, actor_id=actor.id, at=now, kind="project_money",
                 subject=subject(project.number), changes=changes, note=note)


def add_payment(session: Session, *, project: Project, actor: User, now: datetime, today: date, amount_fen: Any,
                paid_on: date, note: str) -> ProjectPayment:
    """A payment (拨付) on a date, up to the contract total."""
    check_recorded(project)
    amount = fen("amount_fen", amount_fen, zero=False)
    note = text("note", note, required=False)
    if paid_on > today:
        raise ValidationError("paid_on", "拨付日期不能晚于今天（{today}）。", today=today.isoformat())
    rec = record_of(session, project)
    if rec.contract_fen <= 0:
        raise ConflictError("项目 {number} 尚未登记合同金额，不能登记拨付。", number=project.number)
    before = paid(session, project.id)
    _over(session, project, contract=rec.contract_fen, changes=approved_changes(session, project.id),
          paid_fen=before + amount)
    pay = ProjectPayment(project_id=project.id, paid_on=paid_on, amount_fen=amount, note=note,
                         recorded_by_id=actor.id, at=now)
    session.add(pay)
    projects._touch(project, actor, now)
    audit.record(session=session, ticket_id=None, actor_id=actor.id, at=now, kind="project_payment",
                 subject=subject(project.number), note=note,
                 changes={"paid_on": (None, paid_on.isoformat()), "amount_fen": (None, amount),
                          "paid_fen": (before, before + amount)})
    return pay


def request_change(session: Session, *, project: Project, actor: User, now: datetime, amount_fen: Any,
                   reason: Any) -> ProjectChange:
    """A design change (设计变更) waiting for a supervisor: it changes nothing until approved."""
    check_recorded(project)
    amount = fen("amount_fen", amount_fen, signed=True)
    reason = text("reason", reason)
    change = ProjectChange(project_id=project.id, amount_fen=amount, reason=reason, state="pending",
                           requested_by_id=actor.id, requested_at=now, decision_note="")
    session.add(change)
    session.flush()
    projects._touch(project, actor, now)
    audit.record(session=session, ticket_id=None, actor_id=actor.id, at=now, kind="project_change",
                 subject=subject(project.number), note=reason,
                 changes={"change": (None, change.id), "amount_fen": (None, amount), "state": (None, "pending")})
    return change


def find_change(session: Session, change_id: int) -> tuple[ProjectChange, Project]:
    change = session.get(ProjectChange, change_id)
    if change is None:
        raise NotFound("找不到设计变更 {id}。", id=change_id)
    project = session.scalar(select(Project).where(Project.id == change.project_id).with_for_update())
    session.refresh(change, with_for_update=True)
    return change, project


def decide_change(session: Session, *, change: ProjectChange, project: Project, actor: User, now: datetime,
                  approve: bool, note: Any) -> None:
    """A supervisor approves (it joins the contract total) or rejects a pending change."""
    check_recorded(project)
    note = text("note", note, required=not approve)
    if change.state != "pending":
        raise ConflictError("设计变更 {id} 已经审批过了。", id=change.id)
    if approve:
        rec = record_of(session, project)
        _over(session, project, contract=rec.contract_fen,
              changes=approved_changes(session, project.id) + change.amount_fen, paid_fen=paid(session, project.id))
    state = "approved" if approve else "rejected"
    change.state, change.decided_by_id, change.decided_at, change.decision_note = state, actor.id, now, note
    projects._touch(project, actor, now)
    audit.record(session=session, ticket_id=None, actor_id=actor.id, at=now, kind="project_change_decide",
                 subject=subject(project.number), note=note,
                 changes={"change": (change.id, change.id), "amount_fen": (change.amount_fen, change.amount_fen),
                          "state": ("pending", state)})


# -- parties -------------------------------------------------------------------------------------------------------
def _firm(session: Session, *, kind: str, name: str, actor: User, now: datetime) -> Contractor:
    firm = session.scalar(select(Contractor).where(Contractor.kind == kind, Contractor.name == name))
    if firm is None:
        firm = Contractor(kind=kind, name=name, created_at=now, created_by_id=actor.id)
        session.add(firm)
        session.flush()
    return firm


def set_parties(session: Session, *, project: Project, actor: User, now: datetime, builder: Any,
                builder_contact: Any, builder_phone: Any, supervisor: Any, supervisor_contact: Any,
                supervisor_phone: Any) -> None:
    """The contractor and the supervisor (by name; a firm not yet known is added) and their contacts. An empty name
    leaves that party unset."""
    check_recorded(project)
    rec = record_of(session, project)
    given = {"builder": (builder, builder_contact, builder_phone),
             "supervisor": (supervisor, supervisor_contact, supervisor_phone)}
    changes: dict[str, tuple[Any, Any]] = {}
    for kind, (name, contact, phone) in given.items():
        name = text(kind, name, required=False)
        contact = text(f"{kind}_contact", contact, required=False)
        phone = text(f"{kind}_phone", phone, required=False)
        if phone and not all(c.isdigit() or c in " -+()" for c in phone):
            raise ValidationError(f"{kind}_phone", "联系电话只能包含数字、空格和 -+()。")
        if not name and (contact or phone):
            raise ValidationError(kind, "请先填写{label}名称。", label=Term(PARTY_KINDS[kind]))
        old_id = getattr(rec, f"{kind}_id")
        old_name = session.scalar(select(Contractor.name).where(Contractor.id == old_id)) if old_id else None
        new_id = _firm(session, kind=kind, name=name, actor=actor, now=now).id if name else None
        if (old_name or "") != name:
            changes[kind] = (old_name, name or None)
        for field, value in ((f"{kind}_contact", contact), (f"{kind}_phone", phone)):
            if getattr(rec, field) != value:
                changes[field] = (getattr(rec, field), value)
                setattr(rec, field, value)
        setattr(rec, f"{kind}_id", new_id)
    if not changes:
        raise ValidationError("builder", "参建单位没有变化。")
    projects._touch(project, actor, now)
    audit.record(session=session, ticket_id=None, actor_id=actor.id, at=now, kind="project_parties",
                 subject=subject(project.number), changes=changes)


def contractors(session: Session, kind: str | None) -> list[dto.ContractorInfo]:
    if kind is not None and kind not in PARTY_KINDS:
        raise ValidationError("kind", "未知的单位类别：{kind}（可选：builder 施工单位、supervisor 监理单位）。",
                              kind=str(kind)[:20])
    used = func.count(func.distinct(ProjectRecord.project_id))
    stmt = (select(Contractor.id, Contractor.kind, Contractor.name, used)
            .outerjoin(ProjectRecord, (ProjectRecord.builder_id == Contractor.id)
                       | (ProjectRecord.supervisor_id == Contractor.id))
            .group_by(Contractor.id, Contractor.kind, Contractor.name).order_by(Contractor.kind, Contractor.name))
    if kind is not None:
        stmt = stmt.where(Contractor.kind == kind)
    return [dto.ContractorInfo(*r) for r in session.execute(stmt)]
