"""The façade's verbs of the audit trail: the administration and login log, and the hash chain's check.

A mixin combined into ``desk.ActingUser`` (see desk/verbs.py).
"""
from __future__ import annotations

from sqlalchemy import select

from desk import dto, notes
from desk.audit import service as audit
from desk.errors import ValidationError
from desk.verbs import permission
from models import Event, User


def audit_changes(text_: str | None) -> dict:
    import json

    return json.loads(text_ or "{}")


class AuditVerbs:
    """Verbs of the audit trail (a mixin of ``desk.ActingUser``)."""

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
