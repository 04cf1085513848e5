"""The façade's verbs of the audit trail: the administration and login log, and the hash chain's check.

A mixin combined into ``desk.ActingUser`` (see desk/verbs.py).
"""
from __future__ import annotations

from desk import dto
from desk.audit import service as audit
from desk.verbs import permission


class AuditVerbs:
    """Verbs of the audit trail (a mixin of ``desk.ActingUser``)."""

    @permission("audit_log")
    def audit_log(self, *, kind: str = "all", limit: int = 200, before_seq: int | None = None
                  ) -> list[dto.AuditEntry]:
        """The administration and login trail, newest first: ``kind`` is ``all``, ``admin`` or ``login``.
        Page with ``before_seq`` (the ``seq`` of the last entry of the previous page)."""
        audit.check_trail(kind=kind, limit=limit, before_seq=before_seq)
        with self._unit(write=False) as (s, _):
            return audit.trail(s, kind=kind, limit=limit, before_seq=before_seq)

    @permission("verify_audit")
    def verify_audit(self) -> dto.AuditReport:
        """Walk the whole hash chain (as ``whistle-desk audit verify``)."""
        self._check()
        return self.desk.verify_audit()
