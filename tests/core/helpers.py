"""Helpers for façade tests: put tickets and dispatches into any state, snapshot the database."""
from __future__ import annotations

from sqlalchemy import text

from desk import Desk
from desk.enums import DispatchState as D
from desk.enums import TicketState as T

TABLES = ("department", "category", "community", "user_account", "ticket_counter", "ticket", "dispatch", "event", "callback",
          "setting", "calendar_day", "time_policy", "dispatch_request", "escalation", "audit_head",
          "attachment", "attachment_content",  # issue 15: attachments
          "project_counter", "project", "project_ticket", "project_vote", "annual_list", "annual_list_item",  # issue 16
          "project_observer",  # issue 16 §3
          # issue 16 §2: a project's records
          "contractor", "project_record", "project_payment", "project_change", "survey_question", "survey_response",
          "survey_answer", "project_callback", "project_revisit",
          "project_milestone", "milestone_summons", "project_entry", "project_file", "project_file_content",  # §2
          "map_import", "map_feature", "ticket_point", "project_place")  # issue 17
#: What a login attempt leaves behind on purpose (the attempt is recorded, failures are counted):
#: 'nothing changed' comparisons leave these out, so that a call that logs in first can be checked.
LOGIN_EVENT_KINDS = ("login", "login_failed", "account_locked", "unlock", "unlock_failed", "password_change_failed")
LOGIN_COLUMNS = {"user_account": {"failed_logins", "locked_until", "last_login_at"}}


def snapshot(desk: Desk) -> dict[str, list[tuple]]:
    """Every row of every table, for 'the database is left exactly as it was' checks.

    Login records are left out (see LOGIN_EVENT_KINDS); the chain's anchor (audit_head) is compared
    by whether it agrees with the event table (every event is compared itself)."""
    out = {}
    kinds = ", ".join(f"'{k}'" for k in LOGIN_EVENT_KINDS)
    with desk.engine.connect() as conn:
        # The driver's own cursor: rows as the driver returns them, without SQLAlchemy's per-row processing
        # (this is compared only with another snapshot; it made the permission tests' snapshots 5x faster).
        cur = conn.connection.cursor()
        try:
            for table in TABLES:
                where = f" WHERE kind NOT IN ({kinds})" if table == "event" else ""
                cur.execute(f"SELECT * FROM {table}{where} ORDER BY 1")
                skip = LOGIN_COLUMNS.get(table)
                rows = cur.fetchall()
                if skip:
                    keep = [i for i, d in enumerate(cur.description) if d[0] not in skip]
                    rows = [tuple(r[i] for i in keep) for r in rows]
                out[table] = [tuple(r) for r in rows]
            cur.execute("SELECT seq, hash FROM event ORDER BY seq DESC LIMIT 1")
            end = cur.fetchone()
            cur.execute("SELECT seq, hash FROM audit_head")
            head = cur.fetchone()
        finally:
            cur.close()
        out["audit_head"] = [("anchor agrees with the chain",)] if tuple(head or ()) == tuple(end or (0, "0" * 64)) \
            else [tuple(head or ())]
    return out


class Office:
    """Acting users logged in once, and builders for every state."""

    def __init__(self, world) -> None:
        self.world = world
        self.users = {
            "clerk": world.clerk,
            "supervisor": world.supervisor,
            "admin": world.admin,
            "responder": world.responder("住建委"),  # the department of the dispatch under test
            "responder_other": world.responder("交通支队"),
            "responder_lead": world.responder("城管执法队"),
        }

    def __getitem__(self, key):
        return self.users[key]

    # -- tickets -----------------------------------------------------------------
    def ticket_in(self, state: str) -> str:
        clerk, lead = self["clerk"], self["responder_lead"]
        t = self.world.new_ticket()
        if state == T.NEW:
            return t.number
        if state == T.CANCELLED:
            clerk.cancel(t.number, reason="重复工单")
            return t.number
        t = clerk.whistle(t.number, lead="城管执法队", assist=["住建委"], note="请处理")
        if state == T.DISPATCHED:
            return t.number
        for d in t.dispatches:
            who = lead if d.role == "lead" else self["responder"]
            who.acknowledge(d.id)
            who.respond(d.id, "已联系")
            who.resolve(d.id, "已处理")
        if state == T.AWAITING_VERIFICATION:
            return t.number
        clerk.verify(t.number, accepted=True, note="核实通过")
        clerk.record_callback(t.number, contacted=True, resolved=True, satisfaction="satisfied")
        if state == T.AWAITING_CALLBACK:
            return t.number
        clerk.close(t.number)
        assert state == T.CLOSED, state
        return t.number

    # -- dispatches ----------------------------------------------------------------
    def dispatch_in(self, state: str) -> tuple[str, int]:
        """An assisting dispatch of 住建委 in ``state``; the lead stays pending so the ticket stays open."""
        clerk, me, sup = self["clerk"], self["responder"], self["supervisor"]
        t = self.world.new_ticket()
        t = clerk.whistle(t.number, lead="城管执法队", assist=["住建委"], note="请处理")
        d = next(x for x in t.dispatches if x.department == "住建委")
        steps = {
            D.PENDING: [],
            D.ACKNOWLEDGED: [lambda: me.acknowledge(d.id)],
            D.RESPONDED: [lambda: me.acknowledge(d.id), lambda: me.respond(d.id, "已联系")],
            D.RESOLVED: [lambda: me.acknowledge(d.id), lambda: me.respond(d.id, "已联系"),
                         lambda: me.resolve(d.id, "已处理")],
            D.RETURN_REQUESTED: [lambda: me.request_return(d.id, "不属于本部门职责")],
            D.RETURNED: [lambda: me.request_return(d.id, "不属于本部门职责"),
                         lambda: sup.decide_return(d.id, approve=True, note="同意")],
            D.WITHDRAWN: [lambda: clerk.withdraw(d.id, "派错部门")],
        }[D(state)]
        for step in steps:
            step()
        return t.number, d.id
