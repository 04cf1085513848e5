"""Typed errors of the façade. The UI shows each as a message, never a traceback."""
from __future__ import annotations


class DeskError(Exception):
    """Base class for every error the façade raises on purpose."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(DeskError):
    """Bad input. ``field`` names the offending field (a façade keyword)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class PermissionDenied(DeskError):
    """The acting user's role or department does not allow this."""


class ConflictError(DeskError):
    """The item is not in a state that allows this, or someone else changed it first."""


class NotFound(DeskError):
    """No such ticket, dispatch, department, category or user."""


class AuthError(DeskError):
    """Wrong username or password, or a disabled account."""


class DatabaseUnavailable(DeskError):
    """The database cannot be reached or opened."""


class SchemaTooNew(DeskError):
    """The database was upgraded by a newer version of the application."""
