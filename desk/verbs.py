"""The guard every verb and query of ``desk.ActingUser`` wears, wherever its domain keeps it.

``ActingUser`` (desk/facade.py) is one door, combined from the verbs of each domain: every domain keeps its
verbs beside its services (``desk/tickets/verbs.py``, ``desk/dispatch/verbs.py``, ``desk/intake/imports/verbs.py``,
``desk/standards/verbs.py`` …) as a mixin class that ``ActingUser`` inherits. Each method there uses the
same helpers of ``ActingUser`` (``self._unit()``, ``self._me(s)``, ``self._viewer``, ``self.desk``) and is
decorated with :func:`permission` and its row in ``desk.permissions``.

A verbs module is the façade's layer, not its domain's: it may use the services of any domain, and only
``desk.facade`` imports it (the import-linter contracts in pyproject.toml say so).
"""
from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from desk import boundary
from desk.permissions import MATRIX

F = TypeVar("F", bound=Callable[..., Any])


def permission(name: str) -> Callable[[F], F]:
    """Guard an ActingUser method with its row of the permission matrix (desk.permissions.MATRIX):
    a role the row does not name gets PermissionDenied before anything is read or validated.
    The row's scope is checked where the records are loaded."""
    perm = MATRIX[name]

    def decorate(fn: F) -> F:
        inner = boundary.checked(fn)  # every argument checked against the signature (desk/boundary.py)

        @functools.wraps(fn)
        def guarded(self: Any, *args: Any, **kwargs: Any) -> Any:
            self._authorise(perm)
            return inner(self, *args, **kwargs)

        guarded.permission = perm  # type: ignore[attr-defined]
        return guarded  # type: ignore[return-value]

    return decorate
