"""The façade's verbs for the 12345 import, combined into ``desk.ActingUser`` (see desk/verbs.py)."""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from desk.intake.imports import service
from desk.intake.imports.dto import (
    CategoryMapping,
    ImportBatchInfo,
    ImportField,
    ImportReport,
    PlatformInfo,
    SavedMapping,
)
from desk.verbs import permission


class ImportVerbs:
    """Verbs of the 12345 import (a mixin of ``desk.ActingUser``)."""

    @permission("preview_import")
    def preview_import(self, path: str, *, source_system: str = service.DEFAULT_SOURCE, mapping: str | None = None,
                       columns: Mapping[str, str] | None = None,
                       progress: Callable[[int, int], None] | None = None,
                       cancel: Callable[[], bool] | None = None) -> ImportReport:
        """The dry run: the file read, its header found, its columns and categories mapped, and the counts
        (new, updated, unchanged, 疑似重复, rejected) the import would have. Writes nothing."""
        with self._unit(write=False) as (s, now):
            tz = self.desk._timing(s).cal.tzinfo
            return service.run(session=s, path=Path(path), source_system=source_system, mapping_name=mapping,
                               columns=columns, actor_id=self._me(s).id, now=now, tz=tz, write=False,
                               progress=progress, cancel=cancel)

    @permission("import_hotline")
    def import_hotline(self, path: str, *, source_system: str = service.DEFAULT_SOURCE, mapping: str | None = None,
                       columns: Mapping[str, str] | None = None, allow_rejected: bool = False,
                       progress: Callable[[int, int], None] | None = None,
                       cancel: Callable[[], bool] | None = None) -> ImportReport:
        """Import a 12345 export in one transaction: all valid rows or nothing. Rejected rows make it fail
        unless ``allow_rejected`` (then they are skipped and listed). ``cancel`` is asked between chunks: True
        rolls everything back (ImportCancelled)."""
        with self._unit() as (s, now):
            me = self._me(s)
            tz = self.desk._timing(s).cal.tzinfo
            return service.run(session=s, path=Path(path), source_system=source_system, mapping_name=mapping,
                               columns=columns, actor_id=me.id, now=now, tz=tz, write=True,
                               allow_rejected=allow_rejected, progress=progress, cancel=cancel)

    @permission("import_batches")
    def import_batches(self, *, limit: int = 50) -> list[ImportBatchInfo]:
        with self._unit(write=False) as (s, _):
            return service.batches(session=s, limit=max(1, min(limit, 1000)))

    @permission("import_fields")
    def import_fields(self) -> list[ImportField]:
        """The import's fields with their column names (built-in and the administrator's)."""
        with self._unit(write=False) as (s, _):
            return service.fields(session=s)

    @permission("set_import_aliases")
    def set_import_aliases(self, field: str, names: Sequence[str]) -> ImportField:
        with self._unit() as (s, now):
            return service.set_aliases(session=s, field=field, names=names, actor_id=self._me(s).id, now=now)

    @permission("import_mappings")
    def import_mappings(self) -> list[SavedMapping]:
        with self._unit(write=False) as (s, _):
            return service.saved_mappings(session=s)

    @permission("save_import_mapping")
    def save_import_mapping(self, name: str, columns: Mapping[str, str], *,
                            source_system: str = service.DEFAULT_SOURCE) -> SavedMapping:
        with self._unit() as (s, now):
            return service.save_mapping(session=s, name=name, source_system=source_system, columns=columns,
                                        actor_id=self._me(s).id, now=now)

    @permission("delete_import_mapping")
    def delete_import_mapping(self, name: str) -> None:
        with self._unit() as (s, now):
            service.delete_mapping(session=s, name=name, actor_id=self._me(s).id, now=now)

    @permission("category_mappings")
    def category_mappings(self, *, source_system: str | None = None) -> list[CategoryMapping]:
        with self._unit(write=False) as (s, _):
            return service.category_mappings(session=s, source_system=source_system)

    @permission("set_category_mapping")
    def set_category_mapping(self, path: str, category: str, *,
                             source_system: str = service.DEFAULT_SOURCE) -> CategoryMapping:
        with self._unit() as (s, now):
            return service.set_category_mapping(session=s, source_system=source_system, path=path, category=category,
                                                actor_id=self._me(s).id, now=now)

    @permission("delete_category_mapping")
    def delete_category_mapping(self, path: str, *, source_system: str = service.DEFAULT_SOURCE) -> None:
        with self._unit() as (s, now):
            service.delete_category_mapping(session=s, source_system=source_system, path=path,
                                            actor_id=self._me(s).id, now=now)

    @permission("reclassify_unclassified")
    def reclassify_unclassified(self, *, source_system: str = service.DEFAULT_SOURCE) -> int:
        """Give the imported tickets still in 待分类 the category their platform category now maps to (after the
        administrator added a mapping). Each re-classified ticket is an ``update`` event. Returns how many."""
        with self._unit() as (s, now):
            return service.reclassify(session=s, source_system=source_system, actor_id=self._me(s).id, now=now)

    @permission("platform_info")
    def platform_info(self, number: str) -> PlatformInfo | None:
        """The 12345 platform's side of a ticket (None for a ticket that was not imported)."""
        from desk.tickets import queries

        with self._unit(write=False) as (s, _):
            t = queries.find_ticket(s, self._viewer, number)
            return service.platform_info(s, t)


def import_from_command_line(desk, path: str, *, dry_run: bool, mapping: str | None = None,
                             source_system: str = service.DEFAULT_SOURCE, allow_rejected: bool = False
                             ) -> ImportReport:
    """``whistle-desk import 12345``: the same import, by whoever holds the database credentials (recorded as the
    system account, like the CLI's other changes)."""
    from desk.accounts import service as accounts

    with desk.unit(write=not dry_run) as (s, now):
        tz = desk._timing(s).cal.tzinfo
        return service.run(session=s, path=Path(path), source_system=source_system, mapping_name=mapping,
                           actor_id=accounts.system_user_id(s), now=now, tz=tz, write=not dry_run,
                           allow_rejected=allow_rejected)
