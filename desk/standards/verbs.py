"""The façade's verbs for category standards, combined into ``desk.ActingUser`` (see desk/verbs.py)."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from desk.setup import service as setup
from desk.standards import library, service
from desk.standards.dto import CategoryNode, CategoryStandard, StandardsImport
from desk.verbs import permission


class StandardVerbs:
    """Verbs of category standards (a mixin of ``desk.ActingUser``). Admins edit; everyone logged in reads."""

    _unit: Any
    _me: Any

    @permission("category_tree")
    def category_tree(self, *, include_inactive: bool = True) -> list[CategoryNode]:
        """The category tree (大类 → 小类 → 细类), depth first, each node with its own standard."""
        with self._unit(write=False) as (s, _):
            return service.tree(s, include_inactive=include_inactive)

    @permission("standard_for")
    def standard_for(self, category: str) -> CategoryStandard:
        """The standard of ``category``: lead, assists, 立案/结案条件 and limits, each with the node it comes from."""
        with self._unit(write=False) as (s, _):
            return service.resolve(s, setup.find_category(s, category))

    @permission("add_category_node")
    def add_category_node(self, name: str, *, parent: str | None = None, lead: str | None = None) -> CategoryNode:
        """A new 大类 (no parent), or a 小类 / 细类 under ``parent``."""
        with self._unit() as (s, now):
            c = service.add_node(session=s, actor_id=self._me(s).id, now=now, name=name, parent=parent, lead=lead)
            return _node(s, c.id)

    @permission("move_category")
    def move_category(self, name: str, parent: str | None) -> CategoryNode:
        """Move a node with its subtree under ``parent`` (None: make it a 大类); at most three levels."""
        with self._unit() as (s, now):
            c = service.move_node(session=s, actor_id=self._me(s).id, now=now, name=name, parent=parent)
            return _node(s, c.id)

    @permission("set_category_standard")
    def set_category_standard(self, name: str, *, lead: str | None, assists: Sequence[str],
                              intake_condition: str, close_condition: str,
                              limits: Mapping[str, Sequence[str]], after_photo: bool | None = None) -> CategoryNode:
        """Replace a node's own standard. Empty values inherit from the parent; ``limits`` maps the urgencies the
        node sets itself to (报到, 响应, 办结) duration texts; ``after_photo``: 办结 needs an "after" photo (None:
        as the parent says). Dispatches already whistled keep their dues."""
        with self._unit() as (s, now):
            c = service.set_standard(session=s, actor_id=self._me(s).id, now=now, name=name, lead=lead,
                                     assists=assists, intake_condition=intake_condition,
                                     close_condition=close_condition, limits=limits, after_photo=after_photo)
            return _node(s, c.id)

    @permission("export_standards")
    def export_standards(self) -> bytes:
        """The library (active nodes) as an .xlsx workbook."""
        with self._unit(write=False) as (s, _):
            return library.export_xlsx(s)

    @permission("import_standards")
    def import_standards(self, data: bytes, *, dry_run: bool = False) -> StandardsImport:
        """Import a library workbook: all rows or nothing (the result lists every refused row with its reason)."""
        with self._unit() as (s, now):
            return library.import_xlsx(session=s, actor_id=self._me(s).id, now=now, data=data, dry_run=dry_run)


def _node(s: Any, cid: int) -> CategoryNode:
    return next(n for n in service.tree(s) if n.id == cid)


# -- the command line (whistle-desk standards export | import): by whoever holds the database credentials,
# recorded as the system account like the CLI's other changes.
def export_from_command_line(desk: Any) -> bytes:
    with desk.unit(write=False) as (s, _):
        return library.export_xlsx(s)


def import_from_command_line(desk: Any, data: bytes, *, dry_run: bool) -> StandardsImport:
    from desk.accounts import service as accounts

    with desk.unit(write=not dry_run) as (s, now):
        return library.import_xlsx(session=s, actor_id=accounts.system_user_id(s), now=now, data=data,
                                   dry_run=dry_run)
