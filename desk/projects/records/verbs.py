"""The façade's verbs of a project's records (issue 16 §2: money, parties, acceptance, callbacks, 回头看, the
contractors' record), combined into ``desk.ActingUser`` (see desk/verbs.py)."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from desk import settings as office_settings
from desk.projects import service as projects
from desk.projects.records import acceptance, board, dto, query, service
from desk.verbs import permission


class ProjectRecordVerbs:
    """Verbs of a project's records (a mixin of ``desk.ActingUser``). Money in fen (integers)."""

    def _records_today(self, s: Session, now: datetime) -> date:
        return now.astimezone(self.desk._timing(s).cal.tzinfo).date()

    @permission("project_record")
    def project_record(self, number: str) -> dto.ProjectRecordInfo:
        """A project's money (budget, contract total, paid, payments, design changes), parties, survey, acceptance,
        callbacks done and 回头看."""
        with self._unit(write=False) as (s, _):
            return query.info(s, projects.find(s, number))

    @permission("set_project_money")
    def set_project_money(self, number: str, *, budget_fen: Any = None, contract_fen: Any = None,
                          note: str = "") -> dto.ProjectRecordInfo:
        """预算 and 合同金额 in fen (None: unchanged). A contract amount below what was paid (less the approved
        changes) is refused."""
        with self._unit() as (s, now):
            p = projects.find(s, number, for_update=True)
            service.set_money(s, project=p, actor=self._me(s), now=now, budget_fen=budget_fen,
                              contract_fen=contract_fen, note=note)
            return query.info(s, p)

    @permission("add_project_payment")
    def add_project_payment(self, number: str, *, amount_fen: Any, paid_on: date, note: str = ""
                            ) -> dto.ProjectRecordInfo:
        """A payment (拨付) on a date: the payments' sum may not exceed the contract amount plus approved changes."""
        with self._unit() as (s, now):
            p = projects.find(s, number, for_update=True)
            service.add_payment(s, project=p, actor=self._me(s), now=now, today=self._records_today(s, now),
                                amount_fen=amount_fen, paid_on=paid_on, note=note)
            return query.info(s, p)

    @permission("request_project_change")
    def request_project_change(self, number: str, *, amount_fen: Any, reason: str) -> dto.ProjectRecordInfo:
        """A design change (设计变更): a signed amount in fen and its reason, pending a supervisor's approval."""
        with self._unit() as (s, now):
            p = projects.find(s, number, for_update=True)
            service.request_change(s, project=p, actor=self._me(s), now=now, amount_fen=amount_fen, reason=reason)
            return query.info(s, p)

    @permission("decide_project_change")
    def decide_project_change(self, change_id: int, *, approve: bool, note: str = "") -> dto.ProjectRecordInfo:
        """Approve (it joins the contract total) or reject (a reason is required) a pending design change."""
        with self._unit() as (s, now):
            change, p = service.find_change(s, change_id)
            service.decide_change(s, change=change, project=p, actor=self._me(s), now=now, approve=approve, note=note)
            return query.info(s, p)

    @permission("set_project_parties")
    def set_project_parties(self, number: str, *, builder: str = "", builder_contact: str = "",
                            builder_phone: str = "", supervisor: str = "", supervisor_contact: str = "",
                            supervisor_phone: str = "") -> dto.ProjectRecordInfo:
        """The contractor (施工单位) and the supervisor (监理), by name (a new firm is added, a known one reused), and
        their contacts on this project."""
        with self._unit() as (s, now):
            p = projects.find(s, number, for_update=True)
            service.set_parties(s, project=p, actor=self._me(s), now=now, builder=builder,
                                builder_contact=builder_contact, builder_phone=builder_phone, supervisor=supervisor,
                                supervisor_contact=supervisor_contact, supervisor_phone=supervisor_phone)
            return query.info(s, p)

    @permission("contractors")
    def contractors(self, kind: str | None = None) -> list[dto.ContractorInfo]:
        """The firms known (of a kind: builder 施工单位, supervisor 监理) and how many projects each works on."""
        with self._unit(write=False) as (s, _):
            return service.contractors(s, kind)

    @permission("set_survey_questions")
    def set_survey_questions(self, number: str, questions: Sequence[Sequence[str]]) -> dto.ProjectRecordInfo:
        """The acceptance survey's questions: [(text, "satisfaction" | "yes_no")], before any answer is in."""
        with self._unit() as (s, now):
            p = projects.find(s, number, for_update=True)
            acceptance.set_questions(s, project=p, actor=self._me(s), now=now, questions=questions)
            return query.info(s, p)

    @permission("record_survey_response")
    def record_survey_response(self, number: str, *, respondent: str, answers: Sequence[str]
                               ) -> dto.ProjectRecordInfo:
        """One respondent's answers (satisfied | basically_satisfied | dissatisfied, or yes | no), in the
        questions' order."""
        with self._unit() as (s, now):
            p = projects.find(s, number, for_update=True)
            acceptance.record_response(s, project=p, actor=self._me(s), now=now, respondent=respondent,
                                       answers=answers)
            return query.info(s, p)

    @permission("record_acceptance")
    def record_acceptance(self, number: str, *, passed: bool, reason: str = "", on: date | None = None
                          ) -> dto.ProjectRecordInfo:
        """验收: passed (needs a survey response; the residents are to be called back and a 回头看 is due
        ``project_revisit_months`` later) or failed with a reason. ``on``: the acceptance date (default today)."""
        with self._unit() as (s, now):
            p = projects.find(s, number, for_update=True)
            today = self._records_today(s, now)
            months = int(office_settings.read(s)["project_revisit_months"])
            acceptance.record_acceptance(s, project=p, actor=self._me(s), now=now, today=today, passed=passed,
                                         reason=reason, on=today if on is None else on, revisit_months=months,
                                         cal=self.desk._timing(s).cal)
            return query.info(s, p)

    @permission("project_callbacks")
    def project_callbacks(self, number: str) -> list[dto.CallbackTodo]:
        """The residents to call back after the acceptance, on their latest ticket, with the name and phone to call."""
        with self._unit(write=False) as (s, _):
            return acceptance.callback_todos(s, projects.find(s, number))

    @permission("record_project_callback")
    def record_project_callback(self, number: str, ticket: str, *, contacted: bool, resolved: bool | None = None,
                                satisfaction: str | None = None, department_contacted: bool | None = None,
                                note: str = "") -> dto.ProjectRecordInfo:
        """The 回访 of a resident on the project's call list: recorded on their ticket as a ticket 回访."""
        with self._unit() as (s, now):
            p = projects.find(s, number, for_update=True)
            acceptance.record_callback(s, project=p, actor=self._me(s), now=now, ticket=ticket, contacted=contacted,
                                       resolved=resolved, satisfaction=satisfaction,
                                       department_contacted=department_contacted, note=note)
            return query.info(s, p)

    @permission("record_project_revisit")
    def record_project_revisit(self, number: str, *, findings: str, reopen: bool = False) -> dto.ProjectRecordInfo:
        """回头看: the pending revisit's findings; ``reopen``: they reopen the fix (整改中, due again at once)."""
        with self._unit() as (s, now):
            p = projects.find(s, number, for_update=True)
            acceptance.record_revisit(s, project=p, actor=self._me(s), now=now, today=self._records_today(s, now),
                                      findings=findings, reopen=reopen)
            return query.info(s, p)

    @permission("project_revisits_due")
    def project_revisits_due(self, by: date | None = None) -> list[dto.RevisitDue]:
        """The pending 回头看 due on or before ``by`` (None: every pending one), the earliest first."""
        with self._unit(write=False) as (s, _):
            return acceptance.due_revisits(s, by=by)

    @permission("contractor_board")
    def contractor_board(self, kind: str = "builder") -> dto.ContractorBoard:
        """The 红黑榜 of the contractors (or the supervisors), with its definition (desk/projects/records/board.py)."""
        with self._unit(write=False) as (s, _):
            return board.board(s, kind=kind)
