"""A project's acceptance (验收) and its 回头看 (issue 16 §2).

* **The survey (测评):** while the project is in the acceptance stage, the office sets the survey's questions
  (each answered 满意/基本满意/不满意, ``satisfaction``, or 是/否, ``yes_no``; :data:`DEFAULT_QUESTIONS` when it sets
  none) and records each respondent's answers, one per question. The questions are fixed once an answer is in.
  The survey's **satisfaction** = (满意 + 基本满意) / the answers to its ``satisfaction`` questions.
* **The result:** passed, or failed with a reason (a failed acceptance can be repeated; each failure is on record and
  is a bad mark of the contractor). Passing needs at least one survey response. Once passed:
    - each distinct **resident** of the project's source tickets and of the repeat complaints merged into them
      (one per phone; each ticket without a phone is one) is to be **called back** on their latest ticket: the
      ticket 回访 mechanism itself (desk.tickets.service.record_callback: a Callback row and a ``callback`` event on
      that ticket, counted like any other 回访), its note naming the project;
    - a **回头看** is due ``project_revisit_months`` (a setting, default 11) after the acceptance date, moved to the
      next working day of the office calendar.
* **回头看:** the office records the revisit's findings. A finding that **reopens the fix** puts the project's fix
  in the state ``reopened`` (整改中: a bad mark of the contractor) and makes a new 回头看 due at once, so that the
  project is listed as due again; a later revisit that does not reopen it records the fix as ``fixed`` (已整改).

Events (on the audit chain, about ``project:<number>``): project_survey, project_survey_response,
project_acceptance, project_revisit; each callback is a ``callback`` event on its ticket.
"""
from __future__ import annotations

import calendar as _months
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select, union
from sqlalchemy.orm import Session

from desk.audit import service as audit
from desk.deadlines import WorkCalendar
from desk.enums import ProjectStage, Satisfaction
from desk.errors import ConflictError, NotFound, ValidationError
from desk.projects import service as projects
from desk.projects.records import dto
from desk.projects.records.service import check_recorded, record_of, text
from desk.projects.service import subject
from desk.tickets import service as tickets
from models import (
    Callback,
    Contractor,
    Project,
    ProjectCallback,
    ProjectRecord,
    ProjectRevisit,
    ProjectTicket,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
    Ticket,
    User,
)

QUESTION_KINDS = {"satisfaction": "满意度", "yes_no": "是否"}
ANSWERS = {"satisfaction": ("satisfied", "basically_satisfied", "dissatisfied"), "yes_no": ("yes", "no")}
DEFAULT_QUESTIONS = dto.DEFAULT_QUESTIONS
MAX_QUESTIONS = 20
MAX_REVISIT_MONTHS = 12
_QLIMIT, _RLIMIT = 200, 64


def _in_acceptance(project: Project) -> None:
    check_recorded(project)
    if project.stage != ProjectStage.ACCEPTANCE:
        raise ConflictError("项目 {number} 不在验收阶段，不能登记测评或验收结果。", number=project.number)


def _not_passed(session: Session, project: Project) -> None:
    rec = record_of(session, project)
    if rec.acceptance == "passed":
        raise ConflictError("项目 {number} 已验收合格，测评和验收结果不能再改。", number=project.number)


# -- the survey -----------------------------------------------------------------------------------------------------
def _questions(session: Session, project: Project) -> list[SurveyQuestion]:
    return list(session.scalars(select(SurveyQuestion).where(SurveyQuestion.project_id == project.id)
                                .order_by(SurveyQuestion.position)))


def _response_count(session: Session, project: Project) -> int:
    return session.scalar(select(func.count(SurveyResponse.id)).where(SurveyResponse.project_id == project.id)) or 0


def set_questions(session: Session, *, project: Project, actor: User, now: datetime,
                  questions: Sequence[Sequence[str]]) -> None:
    """The survey's questions, in order: [(text, "satisfaction" | "yes_no")]. Refused once an answer is in."""
    _in_acceptance(project)
    _not_passed(session, project)
    if _response_count(session, project):
        raise ConflictError("项目 {number} 的测评已有答卷，题目不能再改。", number=project.number)
    if not questions:
        raise ValidationError("questions", "请至少设一道测评题目。")
    if len(questions) > MAX_QUESTIONS:
        raise ValidationError("questions", "测评题目最多 {count} 道。", count=MAX_QUESTIONS)
    clean: list[tuple[str, str]] = []
    for q in questions:
        if len(q) != 2:
            raise ValidationError("questions", "每道题须写明题目和答案类型。")
        body, kind = q
        if not isinstance(body, str) or not body.strip():
            raise ValidationError("questions", "测评题目不能为空。")
        if len(body.strip()) > _QLIMIT:
            raise ValidationError("questions", "测评题目过长：最多 {count} 个字符。", count=_QLIMIT)
        if kind not in QUESTION_KINDS:
            raise ValidationError("questions", "未知的答案类型：{kind}（可选：satisfaction 满意度、yes_no 是否）。",
                                  kind=str(kind)[:20])
        if body.strip() in {b for b, _ in clean}:
            raise ValidationError("questions", "题目“{text}”重复了。", text=body.strip()[:40])
        clean.append((body.strip(), kind))
    before = [(q.text, q.kind) for q in _questions(session, project)]
    if before == clean:
        raise ValidationError("questions", "测评题目没有变化。")
    for q in _questions(session, project):
        session.delete(q)
    session.flush()
    for i, (body, kind) in enumerate(clean, 1):
        session.add(SurveyQuestion(project_id=project.id, position=i, text=body, kind=kind))
    projects._touch(project, actor, now)
    audit.record(session=session, ticket_id=None, actor_id=actor.id, at=now, kind="project_survey",
                 subject=subject(project.number),
                 changes={"questions": ([list(x) for x in before] or None, [list(x) for x in clean])})


def record_response(session: Session, *, project: Project, actor: User, now: datetime, respondent: Any,
                    answers: Sequence[str]) -> SurveyResponse:
    """One respondent's answers, one per question in the questions' order (the default questions are set first
    when the office set none)."""
    _in_acceptance(project)
    _not_passed(session, project)
    respondent = text("respondent", respondent)
    if len(respondent) > _RLIMIT:
        raise ValidationError("respondent", "受访人过长：最多 {count} 个字符。", count=_RLIMIT)
    questions = _questions(session, project)
    if not questions:
        set_questions(session, project=project, actor=actor, now=now, questions=DEFAULT_QUESTIONS)
        questions = _questions(session, project)
    if len(answers) != len(questions):
        raise ValidationError("answers", "须回答全部 {count} 道题（收到 {given} 个答案）。", count=len(questions),
                              given=len(answers))
    for q, a in zip(questions, answers):
        if a not in ANSWERS[q.kind]:
            raise ValidationError("answers", "第 {position} 题“{text}”的答案无效：{answer}。", position=q.position,
                                  text=q.text[:40], answer=str(a)[:20])
    response = SurveyResponse(project_id=project.id, respondent=respondent, recorded_by_id=actor.id, at=now)
    session.add(response)
    session.flush()
    for q, a in zip(questions, answers):
        session.add(SurveyAnswer(response_id=response.id, question_id=q.id, answer=a))
    projects._touch(project, actor, now)
    audit.record(session=session, ticket_id=None, actor_id=actor.id, at=now, kind="project_survey_response",
                 subject=subject(project.number),
                 changes={"respondent": (None, respondent), "answers": (None, list(answers))})
    return response


def satisfaction_of(counts: Mapping[str, int]) -> float | None:
    """(满意 + 基本满意) / the satisfaction answers, or None without any."""
    answered = sum(counts.get(a, 0) for a in ANSWERS["satisfaction"])
    if not answered:
        return None
    return (counts.get("satisfied", 0) + counts.get("basically_satisfied", 0)) / answered


def survey_counts(session: Session, project_ids: Sequence[int]) -> dict[int, dict[str, int]]:
    """Per project: how many answers of each code its satisfaction questions got."""
    out: dict[int, dict[str, int]] = {}
    if not project_ids:
        return out
    for pid, answer, n in session.execute(
            select(SurveyQuestion.project_id, SurveyAnswer.answer, func.count())
            .join(SurveyAnswer, SurveyAnswer.question_id == SurveyQuestion.id)
            .where(SurveyQuestion.project_id.in_(project_ids), SurveyQuestion.kind == "satisfaction")
            .group_by(SurveyQuestion.project_id, SurveyAnswer.answer)):
        out.setdefault(pid, {})[answer] = n
    return out


def survey_info(session: Session, project: Project, names: Mapping[int, str]) -> dto.SurveyInfo:
    questions = _questions(session, project)
    by_response: dict[int, dict[int, str]] = {}
    for rid, qid, a in session.execute(select(SurveyAnswer.response_id, SurveyAnswer.question_id, SurveyAnswer.answer)
                                       .join(SurveyQuestion, SurveyQuestion.id == SurveyAnswer.question_id)
                                       .where(SurveyQuestion.project_id == project.id)):
        by_response.setdefault(rid, {})[qid] = a
    responses = tuple(
        dto.SurveyResponseInfo(r.id, r.respondent, tuple(by_response.get(r.id, {}).get(q.id, "") for q in questions),
                               names.get(r.recorded_by_id, ""), r.at)
        for r in session.scalars(select(SurveyResponse).where(SurveyResponse.project_id == project.id)
                                 .order_by(SurveyResponse.id)))
    tallies = []
    for i, q in enumerate(questions):
        counts = dict.fromkeys(ANSWERS[q.kind], 0)
        for r in responses:
            if r.answers[i] in counts:
                counts[r.answers[i]] += 1
        tallies.append(dto.QuestionTally(q.position, q.text, q.kind, counts))
    total: dict[str, int] = {}
    for t in tallies:
        if t.kind == "satisfaction":
            for k, v in t.counts.items():
                total[k] = total.get(k, 0) + v
    return dto.SurveyInfo(tuple(tallies), responses, satisfaction_of(total))


# -- the result ------------------------------------------------------------------------------------------------------
def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the month's last day when it has no such day: 01-31 + 1 -> 02-28)."""
    m = day.month - 1 + months
    year, month = day.year + m // 12, m % 12 + 1
    return date(year, month, min(day.day, _months.monthrange(year, month)[1]))


def revisit_due(accepted_on: date, months: int, cal: WorkCalendar) -> date:
    due = add_months(accepted_on, months)
    for _ in range(60):  # (a calendar of only holidays is an administrator's mistake: stop looking)
        if cal.is_working_day(due):
            break
        due += timedelta(days=1)
    return due


def record_acceptance(session: Session, *, project: Project, actor: User, now: datetime, today: date, passed: Any,
                      reason: Any, on: date, revisit_months: int, cal: WorkCalendar) -> None:
    _in_acceptance(project)
    _not_passed(session, project)
    if not isinstance(passed, bool):
        raise ValidationError("passed", "请说明验收是否合格。")
    reason = text("reason", reason, required=not passed)
    if on > today:
        raise ValidationError("on", "验收日期不能晚于今天（{today}）。", today=today.isoformat())
    rec = record_of(session, project)
    if passed and not _response_count(session, project):
        raise ValidationError("survey", "验收合格前须先录入居民满意度测评（至少一份答卷）。")
    before = rec.acceptance
    if passed:
        rec.acceptance, rec.acceptance_reason, rec.accepted_on = "passed", reason, on
        due = revisit_due(on, revisit_months, cal)
        session.add(ProjectRevisit(project_id=project.id, due_on=due, scheduled_at=now, findings="", reopened=False))
        todo = _call_list(session, project, now)
        changes: dict[str, tuple[Any, Any]] = {
            "acceptance": (before, "passed"), "accepted_on": (None, on.isoformat()),
            "revisit_due": (None, due.isoformat()), "callbacks": (None, len(todo))}
    else:
        rec.acceptance, rec.acceptance_reason, rec.accepted_on = "failed", reason, on
        rec.failed_acceptances = (rec.failed_acceptances or 0) + 1
        changes = {"acceptance": (before, "failed"), "accepted_on": (None, on.isoformat())}
    projects._touch(project, actor, now)
    audit.record(session=session, ticket_id=None, actor_id=actor.id, at=now, kind="project_acceptance",
                 subject=subject(project.number), note=reason, changes=changes)


# -- the callbacks ---------------------------------------------------------------------------------------------------
def member_tickets(session: Session, project_ids: Sequence[int]) -> list[tuple[int, int, str]]:
    """(project id, ticket id, phone digits) of the source tickets and of the repeats merged into them (once each)."""
    linked = select(ProjectTicket.project_id, ProjectTicket.ticket_id).where(ProjectTicket.project_id.in_(project_ids))
    merged = (select(ProjectTicket.project_id, Ticket.id).join(Ticket, Ticket.parent_id == ProjectTicket.ticket_id)
              .where(ProjectTicket.project_id.in_(project_ids)))
    members = union(linked, merged).subquery()
    return [(p, t, d or "") for p, t, d in session.execute(
        select(members.c[0], Ticket.id, Ticket.phone_digits).join(Ticket, Ticket.id == members.c[1])
        .order_by(members.c[0], Ticket.id))]


def residents(session: Session, project: Project) -> dict[str, int]:
    """Each distinct resident (the phone's digits, or ``t<id>`` for a ticket without a phone) -> their latest
    ticket's id."""
    out: dict[str, int] = {}
    for _p, tid, digits in member_tickets(session, [project.id]):
        out[digits or f"t{tid}"] = tid  # (ordered by id: the latest wins)
    return out


def _call_list(session: Session, project: Project, now: datetime) -> list[ProjectCallback]:
    have = set(session.scalars(select(ProjectCallback.resident).where(ProjectCallback.project_id == project.id)))
    made = []
    for resident, tid in residents(session, project).items():
        if resident not in have:
            row = ProjectCallback(project_id=project.id, resident=resident, ticket_id=tid, created_at=now)
            session.add(row)
            made.append(row)
    session.flush()
    return made


def callback_counts(session: Session, project: Project) -> tuple[int, int]:
    total, done = session.execute(select(func.count(ProjectCallback.id), func.count(ProjectCallback.callback_id))
                                  .where(ProjectCallback.project_id == project.id)).one()
    return int(total or 0), int(done or 0)


def callback_todos(session: Session, project: Project) -> list[dto.CallbackTodo]:
    rows = session.execute(
        select(Ticket.number, Ticket.reporter_name, Ticket.reporter_phone, Callback.at, Callback.contacted,
               Callback.resolved, Callback.satisfaction)
        .select_from(ProjectCallback).join(Ticket, Ticket.id == ProjectCallback.ticket_id)
        .outerjoin(Callback, Callback.id == ProjectCallback.callback_id)
        .where(ProjectCallback.project_id == project.id).order_by(Ticket.number))
    return [dto.CallbackTodo(*r) for r in rows]


def record_callback(session: Session, *, project: Project, actor: User, now: datetime, ticket: str,
                    contacted: Any, resolved: Any, satisfaction: Any, department_contacted: Any, note: Any) -> None:
    """The 回访 of a resident to call back: recorded on their ticket through the ticket 回访 itself."""
    rec = record_of(session, project)
    if rec.acceptance != "passed":
        raise ConflictError("项目 {number} 尚未验收合格，还不能回访居民。", number=project.number)
    row = session.scalar(select(ProjectCallback).join(Ticket, Ticket.id == ProjectCallback.ticket_id)
                         .where(ProjectCallback.project_id == project.id, Ticket.number == (ticket or "").strip())
                         .with_for_update())
    if row is None:
        raise NotFound("工单 {number} 不在项目 {project} 的回访名单上。", number=(ticket or "")[:40],
                       project=project.number)
    if row.callback_id is not None:
        raise ConflictError("已回访过工单 {number} 的反映人。", number=ticket.strip())
    note = text("note", note, required=False)
    t = session.scalar(select(Ticket).where(Ticket.id == row.ticket_id).with_for_update())
    if satisfaction is not None and satisfaction not in {s.value for s in Satisfaction}:
        raise ValidationError("satisfaction", "未知的满意度：{value}。", value=str(satisfaction)[:20])
    said = f"项目 {project.number}“{project.name}”验收后回访：您反映的问题已由该项目解决。"
    cb = tickets.record_callback(session=session, ticket=t, actor=actor, now=now, contacted=contacted,
                                 resolved=resolved, satisfaction=satisfaction,
                                 department_contacted=department_contacted,
                                 note=f"{said}{note}" if note else said)
    session.flush()
    row.callback_id = cb.id
    projects._touch(project, actor, now)
    audit.record(session=session, ticket_id=None, actor_id=actor.id, at=now, kind="project_callback",
                 subject=subject(project.number),
                 changes={"ticket": (None, t.number), "contacted": (None, contacted),
                          "satisfaction": (None, satisfaction)})


# -- 回头看 ------------------------------------------------------------------------------------------------------------
def revisits(session: Session, project: Project, names: Mapping[int, str]) -> tuple[dto.RevisitInfo, ...]:
    return tuple(dto.RevisitInfo(r.id, r.due_on, r.done_at, names.get(r.done_by_id) if r.done_by_id else None,
                                 r.findings, r.reopened)
                 for r in session.scalars(select(ProjectRevisit).where(ProjectRevisit.project_id == project.id)
                                          .order_by(ProjectRevisit.id)))


def record_revisit(session: Session, *, project: Project, actor: User, now: datetime, today: date, findings: Any,
                   reopen: Any) -> None:
    """The pending 回头看's findings; ``reopen``: they reopen the fix (see the module doc)."""
    if project.stage == ProjectStage.CANCELLED:
        raise ConflictError("项目 {number} 已取消，不能再修改。", number=project.number)
    if not isinstance(reopen, bool):
        raise ValidationError("reopen", "请说明是否需要重新整改。")
    findings = text("findings", findings)
    pending = session.scalar(select(ProjectRevisit).where(ProjectRevisit.project_id == project.id,
                                                          ProjectRevisit.done_at.is_(None))
                             .order_by(ProjectRevisit.due_on, ProjectRevisit.id).limit(1).with_for_update())
    if pending is None:
        raise ConflictError("项目 {number} 没有待进行的回头看（验收合格后才安排）。", number=project.number)
    rec = record_of(session, project)
    pending.done_at, pending.done_by_id, pending.findings, pending.reopened = now, actor.id, findings, reopen
    before = rec.fix_state
    changes: dict[str, tuple[Any, Any]] = {"revisit_due": (pending.due_on.isoformat(), None),
                                           "reopened": (None, reopen)}
    if reopen:
        rec.fix_state = "reopened"
        session.add(ProjectRevisit(project_id=project.id, due_on=today, scheduled_at=now, findings="",
                                   reopened=False))
        changes["fix_state"] = (before, "reopened")
        changes["next_revisit_due"] = (None, today.isoformat())
    elif before == "reopened":
        rec.fix_state = "fixed"
        changes["fix_state"] = (before, "fixed")
    projects._touch(project, actor, now)
    audit.record(session=session, ticket_id=None, actor_id=actor.id, at=now, kind="project_revisit",
                 subject=subject(project.number), note=findings, changes=changes)


def due_revisits(session: Session, *, by: date | None) -> list[dto.RevisitDue]:
    """The pending 回头看 (due on or before ``by``; None: all), the earliest first."""
    stmt = (select(Project.number, Project.name, ProjectRevisit.due_on, Contractor.name, ProjectRecord.fix_state)
            .join(Project, Project.id == ProjectRevisit.project_id)
            .outerjoin(ProjectRecord, ProjectRecord.project_id == Project.id)
            .outerjoin(Contractor, Contractor.id == ProjectRecord.builder_id)
            .where(ProjectRevisit.done_at.is_(None), Project.stage != ProjectStage.CANCELLED.value)
            .order_by(ProjectRevisit.due_on, Project.number))
    if by is not None:
        stmt = stmt.where(ProjectRevisit.due_on <= by)
    return [dto.RevisitDue(n, name, due, builder, fix == "reopened") for n, name, due, builder, fix in
            session.execute(stmt)]
