"""The façade's verbs of set-up: office settings, departments, 社区 and categories.

A mixin combined into ``desk.ActingUser`` (see desk/verbs.py).
"""
from __future__ import annotations

from collections.abc import Mapping

from desk import dto
from desk.errors import ValidationError
from desk.setup import service as setup
from desk.standards import service as standards
from desk.verbs import permission


class SetupVerbs:
    """Verbs of set-up (a mixin of ``desk.ActingUser``)."""

    @permission("set_setting")
    def set_setting(self, key: str, value: str) -> None:
        """Change an office setting (validated; audited with the old and new value)."""
        with self._unit() as (s, now):
            setup.set_setting(session=s, actor_id=self._me(s).id, now=now, key=key, value=value)

    @permission("set_settings")
    def set_settings(self, values: Mapping[str, str]) -> dict[str, str]:
        """Change several office settings at once: all or none (the first invalid one raises and nothing
        is written). Returns their canonical texts. Each change is audited like ``set_setting``."""
        if not isinstance(values, Mapping) or not values:
            raise ValidationError("values", "没有要保存的设置。")
        with self._unit() as (s, now):
            me = self._me(s).id
            return {k: setup.set_setting(session=s, actor_id=me, now=now, key=k, value=v) for k, v in values.items()}

    @permission("departments")
    def departments(self, *, include_inactive: bool = False) -> list[dto.DepartmentInfo]:
        """Active departments (all, with ``include_inactive``, for the administration screen)."""
        with self._unit(write=False) as (s, _):
            return [setup.department_info(d) for d in setup.departments(s, include_inactive=include_inactive)]

    @permission("communities")
    def communities(self, *, include_inactive: bool = False) -> list[dto.CommunityInfo]:
        """The 社区 pick-list in name order (all, with ``include_inactive``, for the administration screen)."""
        with self._unit(write=False) as (s, _):
            return [setup.community_info(c) for c in setup.communities(s, include_inactive=include_inactive)]

    @permission("categories")
    def categories(self, *, include_inactive: bool = False) -> list[dto.CategoryInfo]:
        """Active categories (all, with ``include_inactive``), each with its default lead department."""
        with self._unit(write=False) as (s, _):
            return standards.category_infos(s, include_inactive=include_inactive)  # issue 15 §4: with the tree

    @permission("add_department")
    def add_department(self, name: str) -> dto.DepartmentInfo:
        with self._unit() as (s, now):
            d = setup.add_department(session=s, actor_id=self._me(s).id, now=now, name=name)
            return setup.department_info(d)

    @permission("rename_department")
    def rename_department(self, name: str, new_name: str) -> dto.DepartmentInfo:
        """Rename a department; its dispatches and responders follow (the timeline keeps the old name)."""
        with self._unit() as (s, now):
            d = setup.rename_department(session=s, actor_id=self._me(s).id, now=now, name=name, new_name=new_name)
            return setup.department_info(d)

    @permission("set_department_active")
    def set_department_active(self, name: str, active: bool) -> dto.DepartmentInfo:
        """Deactivate a department (it can no longer be summoned; open dispatches go on), or activate it."""
        with self._unit() as (s, now):
            d = setup.set_department_active(session=s, actor_id=self._me(s).id, now=now, name=name, active=active)
            return setup.department_info(d)

    @permission("add_community")
    def add_community(self, name: str) -> dto.CommunityInfo:
        with self._unit() as (s, now):
            return setup.community_info(setup.add_community(session=s, actor_id=self._me(s).id, now=now, name=name))

    @permission("rename_community")
    def rename_community(self, name: str, new_name: str) -> dto.CommunityInfo:
        """Rename a 社区; the tickets that name it follow."""
        with self._unit() as (s, now):
            return setup.community_info(setup.rename_community(session=s, actor_id=self._me(s).id, now=now, name=name,
                                                          new_name=new_name))

    @permission("set_community_active")
    def set_community_active(self, name: str, active: bool) -> dto.CommunityInfo:
        """An inactive 社区 is no longer offered for new tickets; tickets that name it keep it."""
        with self._unit() as (s, now):
            return setup.community_info(setup.set_community_active(session=s, actor_id=self._me(s).id, now=now,
                                                              name=name, active=active))

    @permission("add_category")
    def add_category(self, name: str, default_lead: str | None = None) -> dto.CategoryInfo:
        with self._unit() as (s, now):
            return setup.category_info(setup.add_category(session=s, actor_id=self._me(s).id, now=now, name=name,
                                                     default_lead=default_lead))

    @permission("rename_category")
    def rename_category(self, name: str, new_name: str) -> dto.CategoryInfo:
        with self._unit() as (s, now):
            return setup.category_info(setup.rename_category(session=s, actor_id=self._me(s).id, now=now, name=name,
                                                        new_name=new_name))

    @permission("set_category_lead")
    def set_category_lead(self, name: str, lead: str | None) -> dto.CategoryInfo:
        """The department a new ticket of this category is usually whistled to (None: none)."""
        with self._unit() as (s, now):
            return setup.category_info(setup.set_category_lead(session=s, actor_id=self._me(s).id, now=now, name=name,
                                                          lead=lead))

    @permission("set_category_active")
    def set_category_active(self, name: str, active: bool) -> dto.CategoryInfo:
        """Deactivate a category (no new tickets of it), or activate it again."""
        with self._unit() as (s, now):
            return setup.category_info(setup.set_category_active(session=s, actor_id=self._me(s).id, now=now, name=name,
                                                            active=active))
