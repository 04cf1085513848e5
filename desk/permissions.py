"""The permission matrix: one row per façade verb and query, saying who may use it and on what.

How to read a row::

    _transition("acknowledge", Target.DISPATCH, {D.PENDING}, D.ACKNOWLEDGED, RESPONDERS, Scope.OWN_DEPARTMENT)

* ``name``: the method of ``desk.ActingUser`` (door USER) or of ``desk.Desk`` (door DESK).
* ``kind``: a VERB changes something (one transaction, audited); a QUERY only reads.
* ``roles``: who may call it. Anyone else gets ``PermissionDenied`` before anything is read or
  validated. Door DESK rows have no roles: those methods are used before anyone logs in (the
  login itself, the first administrator) or by whoever holds the database credentials (the CLI,
  the installer, the demo); they are listed so that the table names every method of the façade.
* ``scope``: on which records, for the roles allowed:
    - ANY: every record the method is about.
    - VISIBLE: a responder sees only tickets their department was summoned to (others: all).
    - OWN_DEPARTMENT: a responder acts only on their own department's dispatches.
    - SELF: the caller's own account only.
    - ASSIGNED: a 市民观察员 only on the projects they are assigned to (other roles are not limited).
* ``sources``/``dest`` (transitions only): the states a verb may start from and the state it
  leads to (None: computed, see the note). This is the workflow's state machine:
  ``desk.workflow.TRANSITIONS`` is the view of the rows that have them.
* ``reads_db``: False for the two rows that only compute from what the caller already holds.
* ``before_password_change``: still allowed while the user must change a reset password.

The façade enforces every row (``desk.facade``: a decorator checks the role of every ActingUser
method against its row; the scope is checked where the records are loaded), the UI only
reflects it (``allowed()``, ``role_may``), and tests/core/test_permissions.py is generated from it.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from desk.enums import DispatchState as D
from desk.enums import Role
from desk.enums import TicketState as T


class Door(StrEnum):
    USER = "user"  # desk.ActingUser: after login
    DESK = "desk"  # desk.Desk: before login, or with the database credentials (CLI, first run)


class Kind(StrEnum):
    VERB = "verb"
    QUERY = "query"


class Target(StrEnum):
    TICKET = "ticket"
    DISPATCH = "dispatch"
    REQUEST = "request"  # an extension or suspension request, or an approved suspension
    ESCALATION = "escalation"
    ACCOUNT = "account"  # user accounts, passwords, logins
    SETUP = "setup"  # departments, categories, time limits, the calendar, office settings
    AUDIT = "audit"  # the administration and login trail, the hash chain
    DATA = "data"  # counts and markers (no personal data)
    PROJECT = "project"  # key livelihood works: candidates, votes, the yearly list (issue 16)


class Scope(StrEnum):
    ANY = "any"
    #: A responder sees only tickets their department was summoned to (other roles see all).
    VISIBLE = "visible"
    #: A responder acts only on their own department's dispatches (other roles are not limited).
    OWN_DEPARTMENT = "own_department"
    #: The caller's own account.
    SELF = "self"
    #: A 市民观察员 acts and reads only on the projects assigned to them (issue 16 §3; other roles are not limited).
    ASSIGNED = "assigned"


@dataclass(frozen=True)
class Permission:
    name: str
    kind: Kind
    roles: frozenset[Role]
    scope: Scope = Scope.ANY
    target: Target = Target.TICKET
    door: Door = Door.USER
    #: Transitions only: the states the verb may start from, and the state it leads to (None: computed).
    sources: frozenset[str] | None = None
    dest: str | None = None
    note: str = ""
    reads_db: bool = True
    before_password_change: bool = False

    @property
    def verb(self) -> str:  # the name the workflow's transition table has always used
        return self.name

    @property
    def is_transition(self) -> bool:
        return self.sources is not None

    def allows(self, role: Role | str) -> bool:
        return Role(role) in self.roles


#: Every role, the two of issue 16 §3 included: only for what every account does with itself (its password).
ALL = frozenset(Role)
#: The roles of the ticket desk (受理员, 督办员, 部门联络员, 管理员): the ticket, queue, setup-list and attachment rows.
#: The project manager and the citizen observer (issue 16 §3) are not among them: they see no ticket and no queue.
DESK_ROLES = frozenset({Role.CLERK, Role.SUPERVISOR, Role.RESPONDER, Role.ADMIN})
OFFICE = frozenset({Role.CLERK, Role.SUPERVISOR, Role.ADMIN})
#: The office with the 项目负责人 (issue 16 §3): the rows of running a project (its lifecycle and records).
PROJECT_OFFICE = OFFICE | {Role.PROJECT_MANAGER}
#: The 市民观察员 (issue 16 §3): only the rows that name them, on the projects assigned to them (Scope.ASSIGNED).
OBSERVERS = frozenset({Role.OBSERVER})
#: The pick-lists (departments, categories, communities, limits, the calendar): no personal data.
SETUP_READERS = DESK_ROLES | {Role.PROJECT_MANAGER}
SUPERVISORS = frozenset({Role.SUPERVISOR, Role.ADMIN})
RESPONDERS = frozenset({Role.RESPONDER})
ADMINS = frozenset({Role.ADMIN})
NOBODY: frozenset[Role] = frozenset()  # door DESK: no logged-in role

_OPEN_TICKET = frozenset({T.NEW, T.DISPATCHED, T.AWAITING_VERIFICATION})
_WORKING = frozenset({D.PENDING, D.ACKNOWLEDGED, D.RESPONDED})


def _transition(name: str, target: Target, sources: Iterable[str], dest: str | None, roles: frozenset[Role],
                scope: Scope = Scope.ANY, note: str = "") -> Permission:
    return Permission(name, Kind.VERB, roles, scope, target, sources=frozenset(sources), dest=dest, note=note)


def _verb(name: str, roles: frozenset[Role], target: Target, scope: Scope = Scope.ANY, note: str = "",
          **kw) -> Permission:
    return Permission(name, Kind.VERB, roles, scope, target, note=note, **kw)


def _query(name: str, roles: frozenset[Role], target: Target, scope: Scope = Scope.ANY, note: str = "",
           **kw) -> Permission:
    return Permission(name, Kind.QUERY, roles, scope, target, note=note, **kw)


def _desk(name: str, kind: Kind, target: Target, note: str) -> Permission:
    return Permission(name, kind, NOBODY, Scope.ANY, target, door=Door.DESK, note=note)


_ROWS = [
    # === ActingUser: the workflow (the state machine) =========================================
    # --- ticket verbs ---
    _transition("create_ticket", Target.TICKET, (), T.NEW, OFFICE, note="creates a ticket in 待派"),
    _transition("update_ticket", Target.TICKET, _OPEN_TICKET, None, OFFICE,
                note="edits fields; the state does not change"),
    _transition("whistle", Target.TICKET, {T.NEW, T.DISPATCHED}, T.DISPATCHED, OFFICE,
                note="summons departments; also adds departments to an open ticket"),
    _transition("verify", Target.TICKET, {T.AWAITING_VERIFICATION}, None, OFFICE,
                note="accepted -> 待回访; not accepted -> 办理中 with the resolved departments summoned again"),
    _transition("record_callback", Target.TICKET, {T.AWAITING_CALLBACK, T.CLOSED}, None, OFFICE,
                note="records a 回访; the state does not change"),
    _transition("close", Target.TICKET, {T.AWAITING_CALLBACK}, T.CLOSED, OFFICE,
                note="needs at least one recorded callback"),
    _transition("reopen", Target.TICKET, {T.AWAITING_CALLBACK, T.CLOSED}, T.DISPATCHED, OFFICE,
                note="重办: a new round of dispatches"),
    _transition("cancel", Target.TICKET, _OPEN_TICKET, T.CANCELLED, OFFICE, note="withdraws every open dispatch"),
    _transition("record_revisit", Target.TICKET, {T.CLOSED}, None, OFFICE,
                note="回头看: records a follow-up revisit of a closed ticket"),
    # --- dispatch verbs (the ticket must be 办理中) ---
    _transition("acknowledge", Target.DISPATCH, {D.PENDING}, D.ACKNOWLEDGED, RESPONDERS, Scope.OWN_DEPARTMENT),
    _transition("respond", Target.DISPATCH, {D.ACKNOWLEDGED}, D.RESPONDED, RESPONDERS, Scope.OWN_DEPARTMENT),
    _transition("resolve", Target.DISPATCH, {D.RESPONDED}, D.RESOLVED, RESPONDERS, Scope.OWN_DEPARTMENT),
    _transition("request_return", Target.DISPATCH, {D.PENDING, D.ACKNOWLEDGED, D.RESPONDED}, D.RETURN_REQUESTED,
                RESPONDERS, Scope.OWN_DEPARTMENT, note="a reason is required"),
    _transition("decide_return", Target.DISPATCH, {D.RETURN_REQUESTED}, None, SUPERVISORS,
                note="approved -> 已退回; rejected -> back to the state before the request"),
    _transition("withdraw", Target.DISPATCH, {D.PENDING, D.ACKNOWLEDGED, D.RESPONDED, D.RETURN_REQUESTED},
                D.WITHDRAWN, OFFICE),
    _transition("request_extension", Target.DISPATCH, _WORKING, None, RESPONDERS, Scope.OWN_DEPARTMENT,
                note="延期: a reason and a new resolve due; a supervisor decides"),
    _transition("request_suspension", Target.DISPATCH, _WORKING, None, RESPONDERS, Scope.OWN_DEPARTMENT,
                note="挂起: a reason; a supervisor decides; the clock stops while suspended"),
    # --- requests and escalations ---
    _transition("decide_request", Target.REQUEST, {"pending"}, None, SUPERVISORS,
                note="approve or reject a pending extension or suspension"),
    _transition("resume", Target.REQUEST, {"suspended"}, None, RESPONDERS | SUPERVISORS, Scope.OWN_DEPARTMENT,
                note="ends a suspension; the working time it took is added to the dues"),
    _transition("handle_escalation", Target.ESCALATION, {"open"}, None, SUPERVISORS,
                note="催办 note, extend, reassign or confirm a 通报"),

    # === ActingUser: reading =================================================================
    _query("queues", DESK_ROLES, Target.TICKET, reads_db=False, note="the queue keys of the caller's role"),
    _query("queue_counts", DESK_ROLES, Target.TICKET, Scope.VISIBLE),
    _query("queue_size", DESK_ROLES, Target.TICKET, Scope.VISIBLE),
    _query("queue_position", DESK_ROLES, Target.TICKET, Scope.VISIBLE, note="None for a ticket the caller may not see"),
    _query("ticket_rows", DESK_ROLES, Target.TICKET, Scope.VISIBLE,
           note="the reporter's phone is masked for a responder whose department only assists"),
    _query("list_queue", DESK_ROLES, Target.TICKET, Scope.VISIBLE, note="as ticket_rows"),
    _query("ticket", DESK_ROLES, Target.TICKET, Scope.VISIBLE,
           note="the reporter's phone (also in the timeline) is masked for a responder whose department "
                "only assists; the lead department's responder and the office see it in full"),
    _query("allowed", DESK_ROLES, Target.TICKET, reads_db=False, note="reads this matrix for one ticket"),
    _query("whistle_forecast", OFFICE, Target.TICKET,
           note="the 办结 due a dispatch whistled now would get, beside the 12345 platform's deadline"),
    _query("departments", SETUP_READERS, Target.SETUP),
    _query("categories", SETUP_READERS, Target.SETUP),
    _query("communities", SETUP_READERS, Target.SETUP),
    _query("policies", SETUP_READERS, Target.SETUP),
    _query("calendar_month", SETUP_READERS, Target.SETUP),
    _query("export_dispatches", DESK_ROLES, Target.DISPATCH, Scope.OWN_DEPARTMENT,
           note="a responder exports their department's dispatches; phones masked by default"),
    _query("escalations", OFFICE, Target.ESCALATION),
    _query("escalation_counts", OFFICE, Target.ESCALATION),
    _query("approvals", SUPERVISORS, Target.REQUEST),
    _query("weekly_report", OFFICE, Target.DATA, note="no names or phone numbers of residents"),
    _query("period_report", OFFICE, Target.DATA, note="a week or a month; no names or phone numbers of residents"),
    _query("disclosure", PROJECT_OFFICE, Target.DATA,
           note="阳光工程: the approved list's projects and the office's 三率; no residents' data, no typed text but names"),
    _query("period_rate_items", OFFICE, Target.DATA, note="the tickets behind a department's rate: numbers, no residents"),
    _query("users", ADMINS, Target.ACCOUNT, note="never a password hash"),
    _query("audit_log", ADMINS, Target.AUDIT, note="administration and login records"),
    _query("verify_audit", ADMINS, Target.AUDIT, note="walks the whole hash chain"),

    # === ActingUser: own account =============================================================
    _verb("verify_password", ALL, Target.ACCOUNT, Scope.SELF, before_password_change=True,
          note="the lock screen: recorded; a failure counts towards the lockout"),
    _verb("change_password", ALL, Target.ACCOUNT, Scope.SELF, before_password_change=True,
          note="needs the current password; other sessions of the account end"),

    # === ActingUser: administration (each change validated and audited) ======================
    _verb("set_policy", ADMINS, Target.SETUP, note="dispatches already whistled keep their dues"),
    _verb("set_setting", ADMINS, Target.SETUP),
    _verb("set_settings", ADMINS, Target.SETUP, note="all or none"),
    _verb("set_calendar_day", ADMINS, Target.SETUP),
    _verb("import_calendar_csv", ADMINS, Target.SETUP),
    _verb("create_user", ADMINS, Target.ACCOUNT, note="by default the user must change the password first"),
    _verb("reset_password", ADMINS, Target.ACCOUNT, note="also unlocks; the user's sessions end"),
    _verb("set_user_active", ADMINS, Target.ACCOUNT,
          note="not one's own account, not the last active administrator; the user's sessions end"),
    _verb("unlock_user", ADMINS, Target.ACCOUNT),
    _verb("change_user_role", ADMINS, Target.ACCOUNT,
          note="not one's own role, not the last active administrator; a responder needs a department"),
    _verb("add_department", ADMINS, Target.SETUP),
    _verb("rename_department", ADMINS, Target.SETUP),
    _verb("set_department_active", ADMINS, Target.SETUP,
          note="not while it is a category's default lead department"),
    _verb("add_community", ADMINS, Target.SETUP),
    _verb("rename_community", ADMINS, Target.SETUP, note="the tickets that name it follow"),
    _verb("set_community_active", ADMINS, Target.SETUP, note="tickets that name it keep it"),
    _verb("add_category", ADMINS, Target.SETUP),
    _verb("rename_category", ADMINS, Target.SETUP),
    _verb("set_category_lead", ADMINS, Target.SETUP),
    _verb("set_category_active", ADMINS, Target.SETUP),

    # === issue 15: repeat complaints (重复件) ===
    _query("repeat_candidates", OFFICE, Target.TICKET,
           note="likely repeats of what the clerk types: numbers, titles, scores; no residents"),
    _query("repeat_links", OFFICE, Target.TICKET, note="a ticket's parent or children (phones masked), proposals"),
    _verb("propose_repeats", OFFICE, Target.TICKET, note="keeps the likely repeats of a ticket as proposals"),
    _verb("merge_repeat", OFFICE, Target.TICKET,
          note="merges a child (待派 or closed) into a parent; another 社区 or category needs confirm_mismatch"),
    _verb("split_repeat", OFFICE, Target.TICKET, note="an open child goes back to 待派; a closed one stays closed"),
    _verb("dismiss_repeat", OFFICE, Target.TICKET, note="a proposal is not a repeat"),
    # === issue 15: attachments ===
    _verb("attach", DESK_ROLES, Target.TICKET, Scope.OWN_DEPARTMENT,
          note="a photo (JPEG, PNG, HEIC) or a PDF on an open ticket or on a dispatch's step; a responder only on "
               "their own department's dispatch while it is worked on; size-limited, downscaled, audited with "
               "its SHA-256"),
    _query("attachments", DESK_ROLES, Target.TICKET, Scope.VISIBLE,
           note="metadata and thumbnails of a ticket's attachments, never the files"),
    _query("attachment_file", DESK_ROLES, Target.TICKET, Scope.VISIBLE, note="one stored file"),
    _verb("remove_attachment", DESK_ROLES, Target.TICKET, Scope.SELF,
          note="only the uploader, only while the ticket is open, not from a dispatch already 办结; audited"),
    # === issue 15: category standards ===
    _query("category_tree", SETUP_READERS, Target.SETUP, note="大类 → 小类 → 细类 with each node's own standard"),
    _query("standard_for", SETUP_READERS, Target.SETUP, note="a category's standard resolved up the tree, with its sources"),
    _verb("add_category_node", ADMINS, Target.SETUP, note="a 大类, or a 小类/细类 under an active parent"),
    _verb("move_category", ADMINS, Target.SETUP, note="with its subtree; at most three levels"),
    _verb("set_category_standard", ADMINS, Target.SETUP,
          note="lead, assists, 立案/结案条件, own limits; dispatches already whistled keep their dues"),
    _query("export_standards", ADMINS, Target.SETUP, note="the library as .xlsx"),
    _verb("import_standards", ADMINS, Target.SETUP, note="all rows or nothing; refused rows listed with reasons"),
    # === issue 15: 12345 import (desk/intake/imports) ==========================================
    _query("preview_import", OFFICE, Target.TICKET, note="reads a file; writes nothing"),
    _verb("import_hotline", OFFICE, Target.TICKET,
          note="one transaction: all valid rows or nothing; a batch with counts; one event per change"),
    _query("import_batches", OFFICE, Target.DATA, note="who imported which file when, and the counts"),
    _query("import_fields", OFFICE, Target.SETUP, note="the import's fields and their column names"),
    _verb("set_import_aliases", ADMINS, Target.SETUP),
    _query("import_mappings", OFFICE, Target.SETUP),
    _verb("save_import_mapping", ADMINS, Target.SETUP),
    _verb("delete_import_mapping", ADMINS, Target.SETUP),
    _query("category_mappings", OFFICE, Target.SETUP),
    _verb("set_category_mapping", ADMINS, Target.SETUP),
    _verb("delete_category_mapping", ADMINS, Target.SETUP),
    _query("platform_info", DESK_ROLES, Target.TICKET, Scope.VISIBLE, note="the 12345 platform's fields of a ticket"),
    _verb("reclassify_unclassified", ADMINS, Target.TICKET,
          note="imported tickets still in 待分类 get the category their platform path now maps to; one update event each"),
    # === issue 16: key livelihood works (desk/projects) ========================================
    # The office (clerks, supervisors) builds candidates and records votes; only a supervisor approves a year's
    # list. Administrators as supervisors: everywhere else in this matrix an administrator may do what a
    # supervisor may (approvals, returns), and in a small office the administrator often leads the 督办 work.
    # Responders see nothing of projects yet (the lifecycle's summons, §2, will give them their milestones).
    _verb("create_project", OFFICE, Target.PROJECT, note="a candidate (储备) from tickets, a hotspot or by hand"),
    _verb("add_project_tickets", OFFICE, Target.PROJECT, note="links source tickets; the tickets are untouched"),
    _verb("remove_project_tickets", OFFICE, Target.PROJECT, note="unlinks source tickets"),
    _verb("update_project", PROJECT_OFFICE, Target.PROJECT, note="needs the version read; a stale one is a conflict"),
    _verb("record_project_vote", OFFICE, Target.PROJECT, note="the 票决 of a meeting: who voted for what"),
    _verb("cancel_project", OFFICE, Target.PROJECT,
          note="a candidate only (a listed one leaves the approved list first); the reason is on record"),
    _query("project_priority", PROJECT_OFFICE, Target.PROJECT, note="the score and each term's value × weight"),
    _query("list_projects", PROJECT_OFFICE, Target.PROJECT, note="by year and stage, safety bottom line first"),
    _query("project", PROJECT_OFFICE, Target.PROJECT,
           note="source tickets by number and a count of residents (no names or phones), votes, score, history"),
    _verb("draft_annual_list", OFFICE, Target.PROJECT, note="a new version (draft) of a year's list"),
    _verb("approve_annual_list", SUPERVISORS, Target.PROJECT,
          note="lists its projects, supersedes the approved version (kept in the history)"),
    _query("annual_list", PROJECT_OFFICE, Target.PROJECT, note="a version of a year's list and every version's history"),
    _query("project_bulletin", PROJECT_OFFICE, Target.PROJECT,
           note="项目进度通报: the approved list's progress, late milestones, money, the contractors' 红黑榜"),
    # === issue 16 §2: a project's records (desk/projects/records): money, parties, acceptance, 回头看 ===
    # The office keeps them; only a supervisor approves a design change (it changes the contract total).
    _query("project_record", PROJECT_OFFICE, Target.PROJECT,
           note="money, parties and their contacts, survey tallies, acceptance, callbacks done, 回头看"),
    _verb("set_project_money", PROJECT_OFFICE, Target.PROJECT,
          note="预算 and 合同金额 in fen; a contract below what was paid is refused"),
    _verb("add_project_payment", PROJECT_OFFICE, Target.PROJECT,
          note="拨付: the sum may not exceed the contract amount plus the approved changes"),
    _verb("request_project_change", PROJECT_OFFICE, Target.PROJECT, note="设计变更: pending until a supervisor decides"),
    _verb("decide_project_change", SUPERVISORS, Target.PROJECT,
          note="approved: joins the contract total; rejected: needs a reason"),
    _verb("set_project_parties", PROJECT_OFFICE, Target.PROJECT,
          note="the contractor and the supervisor (reusable firms) and their contacts"),
    _query("contractors", PROJECT_OFFICE, Target.PROJECT, note="the firms and how many projects each works on"),
    _verb("set_survey_questions", PROJECT_OFFICE, Target.PROJECT, note="in the acceptance stage, before any answer"),
    _verb("record_survey_response", PROJECT_OFFICE, Target.PROJECT, note="one respondent's answers, in the acceptance stage"),
    _verb("record_acceptance", PROJECT_OFFICE, Target.PROJECT,
          note="passed (needs a survey response; residents to call back; 回头看 scheduled) or failed with a reason"),
    _query("project_callbacks", OFFICE, Target.PROJECT,
           note="the residents to call back, with the name and phone to call (the office's only)"),
    _verb("record_project_callback", OFFICE, Target.PROJECT, note="a ticket 回访 on the resident's latest ticket"),
    _verb("record_project_revisit", PROJECT_OFFICE, Target.PROJECT,
          note="回头看 findings; reopen: 整改中 and due again at once"),
    _query("project_revisits_due", PROJECT_OFFICE, Target.PROJECT, note="the pending 回头看, the earliest first"),
    _query("contractor_board", PROJECT_OFFICE, Target.PROJECT, note="the 红黑榜 and its definition; no personal data"),
    # the lifecycle (issue 16 §2, desk/projects/lifecycle): supervisors move a project on; the office plans
    # milestones and records progress, the log and inspections; a summoned department's responder reports in and
    # its lead department's responder marks the milestone done (as a dispatch's 办结).
    _verb("advance_project", SUPERVISORS | {Role.PROJECT_MANAGER}, Target.PROJECT,
          note="one stage on (立项 → 招标 → 施工 → 验收 → 运维); not while a milestone of the stage is not done"),
    _verb("add_milestone", PROJECT_OFFICE, Target.PROJECT,
          note="a milestone of the current or a later stage; summons its lead and assisting departments"),
    _verb("acknowledge_milestone", RESPONDERS, Target.PROJECT, Scope.OWN_DEPARTMENT,
          note="报到 of a department summoned to a milestone"),
    _verb("complete_milestone", PROJECT_OFFICE | RESPONDERS, Target.PROJECT, Scope.OWN_DEPARTMENT,
          note="done with a note and files; a responder only on a milestone their department leads"),
    _verb("record_progress", PROJECT_OFFICE, Target.PROJECT, note="percent complete and 形象进度 photos"),
    _verb("record_construction_log", PROJECT_OFFICE, Target.PROJECT, note="a dated 施工 log line"),
    _verb("record_inspection", PROJECT_OFFICE | OBSERVERS, Target.PROJECT, Scope.ASSIGNED,
          note="by 监理, staff or a 市民观察员; each finding is a fix milestone with its deadline; an observer: on "
               "an assigned project, as 市民观察员 under their own name, without findings (the office summons)"),
    _query("project_lifecycle", PROJECT_OFFICE, Target.PROJECT,
           note="milestones (planned against actual, escalation level), entries, files' metadata"),
    _query("my_milestones", RESPONDERS, Target.PROJECT, Scope.OWN_DEPARTMENT,
           note="the milestones the responder's department is summoned to"),
    _query("project_file", PROJECT_OFFICE, Target.PROJECT, note="one stored file of a project"),
    # === issue 16 §3: who may do what. The 项目负责人 runs listed projects: the lifecycle (advance included, as a
    # supervisor) and the records, and reads the projects; choosing candidates, the votes, the year's list and its
    # approval, a design change's approval and the residents' callbacks stay the office's (they are about tickets
    # and residents, or need a second person). The 市民观察员 sees, inspects and comments on assigned projects.
    _verb("assign_observer", PROJECT_OFFICE, Target.PROJECT, note="a 市民观察员 account may see the project"),
    _verb("unassign_observer", PROJECT_OFFICE, Target.PROJECT, note="the observer no longer sees the project"),
    _query("project_observers", PROJECT_OFFICE, Target.PROJECT,
           note="the observers assigned to a project, and every active observer account (names only)"),
    _verb("comment_project", PROJECT_OFFICE | OBSERVERS, Target.PROJECT, Scope.ASSIGNED,
          note="a comment: an event in the project's history; an observer only on an assigned project"),
    _query("my_projects", OBSERVERS, Target.PROJECT, Scope.ASSIGNED, note="the observer's assigned projects"),
    _query("observed_project", OBSERVERS, Target.PROJECT, Scope.ASSIGNED,
           note="an assigned project without residents' data: no source tickets, callbacks or phones, no typed notes "
                "but inspections by observers and the comments"),
    # the problem hotspots (问题清单, desk/hotspots): like the reports, the office's; a responder sees none
    _query("hotspots", OFFICE, Target.DATA,
           note="counts per 社区 × category (× place) over a period; no names or phone numbers of residents"),
    _query("hotspot_tickets", OFFICE, Target.TICKET,
           note="one hotspot's ticket numbers, titles, states and addresses (at most 500); no residents"),
    # === issue 17: the offline map (desk/geo): the office's, like the hotspots; boundaries are the administrator's ===
    _query("preview_map_import", ADMINS, Target.SETUP, note="reads a boundary file; writes nothing"),
    _verb("import_map_layer", ADMINS, Target.SETUP, note="replaces a layer's boundaries: the whole file or nothing"),
    _query("map_layers", PROJECT_OFFICE, Target.DATA,
           note="boundaries and roads (no personal data); a 项目负责人 places projects on them"),
    _query("map_summary", OFFICE, Target.DATA, note="counts and rates per 社区; no residents"),
    _query("map_pins", OFFICE, Target.TICKET, note="tickets' numbers, titles and points in a box, or counts per cell"),
    _query("map_picture", OFFICE, Target.DATA, note="layers, counts, pins and projects of one drawing"),
    _query("map_community_tickets", OFFICE, Target.TICKET, note="one 社区's ticket numbers, titles, states; no residents"),
    _query("map_projects", PROJECT_OFFICE, Target.PROJECT,
           note="projects' numbers, names, stages, places and late milestones (as list_projects shows them)"),
    _query("ticket_point", OFFICE, Target.TICKET),
    _verb("set_ticket_point", OFFICE, Target.TICKET, note="sets or corrects a ticket's point; an event on its timeline"),
    _verb("clear_ticket_point", OFFICE, Target.TICKET, note="removes a ticket's point; an event on its timeline"),
    _verb("set_project_place", PROJECT_OFFICE, Target.PROJECT, note="a point or a line; an event in the project's history"),

    # === Desk: before login, or with the database credentials ================================
    _desk("login", Kind.VERB, Target.ACCOUNT, "every success and failure is recorded; lockout"),
    _desk("needs_first_admin", Kind.QUERY, Target.ACCOUNT, "True while no account can log in"),
    _desk("create_first_admin", Kind.VERB, Target.ACCOUNT, "only while no account can log in"),
    _desk("user_count", Kind.QUERY, Target.DATA, "accounts, without the system account"),
    _desk("ticket_count", Kind.QUERY, Target.DATA, ""),
    _desk("change_marker", Kind.QUERY, Target.DATA, "grows with every ticket change"),
    _desk("changes_since", Kind.QUERY, Target.DATA, "ids of changed tickets"),
    _desk("settings", Kind.QUERY, Target.SETUP, "office settings (no secrets)"),
    _desk("now", Kind.QUERY, Target.DATA, "the clock"),
    _desk("office_tz", Kind.QUERY, Target.SETUP, ""),
    _desk("search_index_missing", Kind.QUERY, Target.SETUP, "why search runs without its substring index, or None"),
    _desk("calendar", Kind.QUERY, Target.SETUP, ""),
    _desk("calendar_revision", Kind.QUERY, Target.SETUP, ""),
    _desk("seed_calendar", Kind.VERB, Target.SETUP, "public holidays from the holidays package; audited"),
    _desk("sweep", Kind.VERB, Target.ESCALATION, "records reached escalations as the system account"),
    _desk("verify_audit", Kind.QUERY, Target.AUDIT, "whistle-desk audit verify"),
    _desk("set_setting", Kind.VERB, Target.SETUP, "operator (CLI); audited as the system account"),
    _desk("add_department", Kind.VERB, Target.SETUP, "operator (CLI, demo, installer); audited"),
    _desk("add_category", Kind.VERB, Target.SETUP, "operator; audited"),
    _desk("add_community", Kind.VERB, Target.SETUP, "operator (demo, set-up scripts); audited"),
    _desk("add_user", Kind.VERB, Target.ACCOUNT, "operator (whistle-desk user add); audited"),
    _desk("reset_password", Kind.VERB, Target.ACCOUNT, "operator (whistle-desk user reset-password); audited"),
    _desk("set_user_active", Kind.VERB, Target.ACCOUNT, "operator (whistle-desk user disable/enable); audited"),
    _desk("unit", Kind.VERB, Target.DATA, "the unit of work itself: for the core's own services and tests"),
    _desk("analyze", Kind.VERB, Target.DATA, "operator (after bulk loads): the planner's statistics"),
    _desk("open", Kind.VERB, Target.DATA, "opens and migrates the database"),
    _desk("accept_clock", Kind.VERB, Target.DATA, "embedded mode: a person confirms a clock far ahead; audited"),
    _desk("close", Kind.VERB, Target.DATA, ""),
]

#: name -> row, for ActingUser (door USER); the Desk rows are in DESK_MATRIX.
MATRIX: dict[str, Permission] = {p.name: p for p in _ROWS if p.door is Door.USER}
DESK_MATRIX: dict[str, Permission] = {p.name: p for p in _ROWS if p.door is Door.DESK}
assert len(MATRIX) + len(DESK_MATRIX) == len(_ROWS), "a name appears twice in the matrix"


def role_may(name: str, role: Role | str) -> bool:
    """Whether ``role`` may use the ActingUser method ``name`` at all (scope and state aside)."""
    return Role(role) in MATRIX[name].roles


def table() -> list[dict[str, str]]:
    """The matrix as plain rows (for documentation and the admin screen)."""
    out = []
    for p in _ROWS:
        out.append({"door": p.door.value, "name": p.name, "kind": p.kind.value,
                    "roles": ",".join(r.value for r in Role if r in p.roles) or "-",
                    "scope": p.scope.value, "target": p.target.value,
                    "sources": ",".join(sorted(p.sources)) if p.sources is not None else "",
                    "dest": p.dest or "", "note": p.note})
    return out
