"""Search at scale: the search box's text as one condition on ``ticket`` that any paging applies (the
queue's own order, filters and paging stay as they are). Each part of it has an index:

* a ticket number (``2026-000123``, or a prefix of that form) and a 12345 number (its beginning, >= 7
  digits): a range on the column's index;
* a phone, however it is typed (``139 1234 5678``, ``139-1234-5678``): its beginning (>= 7 digits) as a
  range on ``phone_digits``, its end (>= 4 digits) through the indexed ``phone_last4``, then the digits
  before them on those few rows. A phone is found only where the viewer may see it (see :func:`_phone`);
* any other text of >= 3 characters, a substring of the title, address, description, 社区, the numbers or
  the reporter's name: the trigram index (:mod:`models.textsearch`). A string of >= 7 digits is a number
  or a phone, matched by the lookups above, not by substring.

How the parts are combined differs by database (see :func:`search_condition`).

A query of 1 or 2 characters has no trigram, so the index cannot answer it (FTS5 trigram has no prefix
queries; pg_trgm extracts no trigram from ``%ab%``): it is a LIKE over the text columns, an ordinary
condition the database applies to the rows the queue and the other filters leave. Walking the queue's
order index, the first page comes as soon as it is full; counting reads every row the filters leave.
"""
from __future__ import annotations

import re

from sqlalchemy import Boolean, ColumnElement, and_, column, exists, literal_column, not_, or_, select, table, union
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import aliased
from sqlalchemy.sql.visitors import InternalTraversal

from desk.enums import GONE_DISPATCH_STATES, DispatchRole
from desk.privacy import PRIVY_ROLES
from models import Dispatch, Setting, Ticket
from models.textsearch import FTS_TABLE, MISSING_SETTING, TEXT_COLUMNS, sqlite_has_trigram

#: The fewest digits that are searched for in phones (the last four are what people remember).
PHONE_DIGITS_MIN = 4
#: The fewest digits of a number typed from its beginning (a phone's 号段 and more, a 12345 number).
PREFIX_DIGITS_MIN = 7
#: The fewest characters the trigram index can find.
TRIGRAM_MIN = 3
_PHONE_CHARS = frozenset("0123456789 -+()（）")
_NUMBER_PREFIX = re.compile(r"\d{4}-\d{1,6}")
_GONE = [str(x) for x in GONE_DISPATCH_STATES]
_FTS = table(FTS_TABLE, column("rowid"))
#: The ticket inside the id subqueries (made once: an alias of the whole entity is costly to build).
_HIT = aliased(Ticket, name="hit")


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _starts_with(column, prefix: str):
    """``column`` begins with ``prefix`` (digits, or a number's ``YYYY-`` and digits): a range the column's
    b-tree index serves under any collation (LIKE 'x%' needs a special operator class on PostgreSQL)."""
    return column.between(prefix, prefix + "9" * (column.type.length - len(prefix)))


class ByDialect(ColumnElement):
    """One condition written for SQLite and for PostgreSQL: here the search through the FTS5 table and ILIKE
    (which the pg_trgm GIN index serves); desk.tickets.queries has another. Both are part of the cache key; the
    compiler emits the one it speaks."""

    inherit_cache = True
    type = Boolean()
    _is_implicitly_boolean = True  # a predicate: no "= 1" where booleans are integers (SQLite)
    _traverse_internals = [("sqlite", InternalTraversal.dp_clauseelement),
                           ("other", InternalTraversal.dp_clauseelement)]

    def __init__(self, sqlite: ColumnElement, other: ColumnElement) -> None:
        self.sqlite = sqlite
        self.other = other


@compiles(ByDialect)
def _compile_by_dialect(element, compiler, **kw):
    # In parentheses: the arm is an OR, and the queue's other conditions are ANDed to it (a bare OR would let
    # them bind to its last arm only).
    return "(" + compiler.process(element.sqlite if compiler.dialect.name == "sqlite" else element.other, **kw) + ")"


def _fts(match: str):
    """The ids whose indexed text matches the FTS5 query ``match``."""
    return select(_FTS.c.rowid.label("id")).where(literal_column(FTS_TABLE).op("MATCH")(match))


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _text(t, needle: str, privy: bool, op: str) -> list:
    """Conditions on ``t``: a text column holds ``needle`` (``op``: like or ilike). The reporter's name counts
    only where the viewer may see it: a confidential (保密) reporter only for clerks and supervisors."""
    pattern = _like(needle)
    conds = [getattr(getattr(t, c), op)(pattern, escape="\\") for c in TEXT_COLUMNS if c != "reporter_name"]
    name = getattr(t.reporter_name, op)(pattern, escape="\\")
    return conds + [name if privy else and_(name, not_(t.confidential))]


def _fts_text(hit, needle: str, privy: bool) -> list:
    """The same as :func:`_text`, as id selects through the FTS5 index."""
    phrase = _phrase(needle)
    if privy:
        return [_fts(phrase)]
    return [_fts(f"- {{reporter_name}} : {phrase}"),
            select(hit.id).where(hit.id.in_(_fts(f"{{reporter_name}} : {phrase}")), not_(hit.confidential))]


def _lookups(t, search: str, viewer, privy: bool) -> list:
    """Conditions on ``t`` that an ordinary index serves: a ticket number, a phone, a 12345 number."""
    out = []
    if _NUMBER_PREFIX.fullmatch(search):
        out.append(_starts_with(t.number, search))
    digits = "".join(c for c in search.removeprefix("+86") if c.isdigit())  # (stored phones have no +86)
    if set(search) <= _PHONE_CHARS and len(digits) >= PHONE_DIGITS_MIN:
        out += _phone(t, digits, viewer, privy)
        if len(digits) >= PREFIX_DIGITS_MIN:
            out.append(_starts_with(t.hotline_number, digits))
    return out


def _phone(t, digits: str, viewer, privy: bool) -> list:
    """Conditions on ``t``: its phone begins (>= 7 digits) or ends (>= 4) with ``digits``. A responder finds a
    phone only on tickets its department leads (elsewhere it sees it masked), and a confidential reporter's
    phone only clerks and supervisors find."""
    if len(digits) == 4:  # a phone's last four: known of a masked number (138****1234) too
        found = [t.phone_last4 == digits]
    else:
        found = [and_(t.phone_last4 == digits[-4:], t.phone_digits.like("%" + digits))]
    if len(digits) >= PREFIX_DIGITS_MIN:
        found.append(_starts_with(t.phone_digits, digits))
    rules = []
    if viewer is not None and viewer.is_responder:
        rules.append(exists().where(Dispatch.ticket_id == t.id, Dispatch.department_id == viewer.department_id,
                                    Dispatch.role == DispatchRole.LEAD, Dispatch.state.not_in(_GONE)))
    if not privy:
        rules.append(not_(t.confidential))
    return [and_(cond, *rules) for cond in found]


def _is_long_number(search: str) -> bool:
    return set(search) <= _PHONE_CHARS and sum(c.isdigit() for c in search) >= PREFIX_DIGITS_MIN


def search_condition(search: str, viewer=None):
    """The condition for the (cleaned, non-empty) search text ``search`` as ``viewer`` may search.

    PostgreSQL gets an OR of conditions on ``ticket`` itself: each arm has its index (b-tree or the GIN
    trigram index) and the planner combines them with a BitmapOr, or walks the queue's order index when the
    matches are many. SQLite gets ``id IN (a UNION of id lookups)``: it cannot reach an FTS5 table from an OR
    arm, and from the id list it fetches the rows by rowid."""
    privy = viewer is None or viewer.role in PRIVY_ROLES
    if len(search) < TRIGRAM_MIN:
        return or_(*_text(Ticket, search, privy, "like"))
    text = not _is_long_number(search)
    other = or_(*_lookups(Ticket, search, viewer, privy), *(_text(Ticket, search, privy, "ilike") if text else ()))
    if not sqlite_has_trigram():
        return other
    ids = [select(_HIT.id).where(c) for c in _lookups(_HIT, search, viewer, privy)]
    if text:
        ids += _fts_text(_HIT, search, privy)
    return ByDialect(Ticket.id.in_(ids[0] if len(ids) == 1 else union(*ids)), other)


def missing_index(session) -> str | None:
    """Why search runs without its substring index (None: it has it)."""
    if session.get_bind().dialect.name == "sqlite" and not sqlite_has_trigram():
        return "SQLite 版本过旧或缺少 FTS5 trigram 分词器"
    row = session.get(Setting, MISSING_SETTING)
    return row.value if row is not None else None
