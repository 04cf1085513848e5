"""A project's whole record as the façade answers it, and the money figures of many projects at once."""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.projects.records import acceptance, dto
from models import Contractor, Project, ProjectChange, ProjectPayment, ProjectRecord, User


def info(session: Session, project: Project) -> dto.ProjectRecordInfo:
    rec = session.get(ProjectRecord, project.id)
    names = dict(session.execute(select(User.id, User.display_name)).all())  # (an office has tens of accounts)
    payments = tuple(dto.PaymentInfo(p.id, p.paid_on, p.amount_fen, p.note, names.get(p.recorded_by_id, ""), p.at)
                     for p in session.scalars(select(ProjectPayment).where(ProjectPayment.project_id == project.id)
                                              .order_by(ProjectPayment.paid_on, ProjectPayment.id)))
    changes = tuple(dto.ChangeInfo(c.id, c.amount_fen, c.reason, c.state, names.get(c.requested_by_id, ""),
                                   c.requested_at, names.get(c.decided_by_id) if c.decided_by_id else None,
                                   c.decided_at, c.decision_note)
                    for c in session.scalars(select(ProjectChange).where(ProjectChange.project_id == project.id)
                                             .order_by(ProjectChange.id)))
    approved = sum(c.amount_fen for c in changes if c.state == "approved")
    paid_fen = sum(p.amount_fen for p in payments)
    firms = {}
    if rec is not None:
        ids = {rec.builder_id, rec.supervisor_id} - {None}
        if ids:
            firms = dict(session.execute(select(Contractor.id, Contractor.name).where(Contractor.id.in_(ids))).all())

    def party(kind: str) -> dto.PartyInfo | None:
        if rec is None or getattr(rec, f"{kind}_id") is None:
            return None
        return dto.PartyInfo(kind, firms[getattr(rec, f"{kind}_id")], getattr(rec, f"{kind}_contact"),
                             getattr(rec, f"{kind}_phone"))

    budget = rec.budget_fen if rec is not None else 0
    contract = rec.contract_fen if rec is not None else 0
    total, done = acceptance.callback_counts(session, project)
    return dto.ProjectRecordInfo(
        project.number, project.name, project.stage, budget, contract, approved, contract + approved, paid_fen,
        payments, changes, party("builder"), party("supervisor"), acceptance.survey_info(session, project, names),
        rec.acceptance if rec is not None else None, rec.acceptance_reason if rec is not None else "",
        rec.accepted_on if rec is not None else None, total, done, acceptance.revisits(session, project, names),
        rec.fix_state if rec is not None else "none")


def money_of(session: Session, project_ids: list[int]) -> dict[int, tuple[int, int, int]]:
    """(budget, contract total, paid) per project, in three statements (the export's and the demo's)."""
    if not project_ids:
        return {}
    base = {pid: (b, c) for pid, b, c in session.execute(
        select(ProjectRecord.project_id, ProjectRecord.budget_fen, ProjectRecord.contract_fen)
        .where(ProjectRecord.project_id.in_(project_ids)))}
    changes = dict(session.execute(select(ProjectChange.project_id, func.sum(ProjectChange.amount_fen))
                                   .where(ProjectChange.project_id.in_(project_ids), ProjectChange.state == "approved")
                                   .group_by(ProjectChange.project_id)).all())
    payments = dict(session.execute(select(ProjectPayment.project_id, func.sum(ProjectPayment.amount_fen))
                                    .where(ProjectPayment.project_id.in_(project_ids))
                                    .group_by(ProjectPayment.project_id)).all())
    out = {}
    for pid in project_ids:
        b, c = base.get(pid, (0, 0))
        out[pid] = (int(b), int(c) + int(changes.get(pid) or 0), int(payments.get(pid) or 0))
    return out
