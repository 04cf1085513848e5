"""Typed errors of the façade, and translatable messages. The UI shows an error as a message, never a traceback.

Messages are translatable, without Qt in the core:

* A :class:`Message` is a Chinese **template** and named parameters: ``Message("第 {seq} 条事件缺失。", seq=7)``.
  It is the text the core hands to the UI when it is not an error (an audit-chain problem, a live-update
  status). Every error carries one: ``ConflictError("工单 {number} 已结案。", number=t.number)``;
  ``ValidationError(field, template, **params)``; ``exc.text`` is its Message.
  The template is a literal at the call (plain ``str.format`` fields ``{name}``, nothing else), so that
  ``tools/update_translations.py`` can find every template and hand it to lupdate under the context
  ``desk``; ``tests/core/test_error_templates.py`` fails on a template that is not a literal.
  A template without parameters is shown as it is (it is not formatted).
* ``str(x)`` is always the Chinese text (logs, the command line). ``x.message`` is the text for the
  user: the template translated by the hook that :func:`set_message_translator` installed (the GUI
  installs ``QCoreApplication.translate("desk", …)`` with its language), then formatted. The lookup
  happens on each access, so a language switch applies to messages made before it.
* A parameter that is itself a Chinese domain word (a state, role, verb, field name …) is passed as a
  :class:`Term`; the hook translates it like a template. A Term's text must be findable as well: build it
  from a literal (``Term("他人")``) or pick it from a dict literal, ``Term(ROLE[role])`` or
  ``Term(_LABELS.get(field, field))``, where the dict is defined in the same module or imported from
  ``desk.labels`` (every value of such a dict is extracted). A parameter that is a :class:`Message` (say,
  an error's ``text`` quoted in a status) is translated with it. Any other parameter (numbers, names,
  user data, times already formatted) is inserted as it is.
* To re-raise an error under another field, forward it: ``ValidationError(field, e.template, **e.params)``.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping

#: Translates a Chinese template or Term into the interface language (None: Chinese, the source language).
MessageTranslator = Callable[[str], str]
_translator: MessageTranslator | None = None


def set_message_translator(fn: MessageTranslator | None) -> None:
    """Install the function that translates templates and Terms for :attr:`Message.message` and
    :attr:`DeskError.message` (None: none)."""
    global _translator
    _translator = fn


def message_translator() -> MessageTranslator | None:
    """The function installed by :func:`set_message_translator`, or None."""
    return _translator


class Term(str):
    """A Chinese domain word used as a message parameter; translated like a template (see the module doc)."""

    __slots__ = ()


def render(template: str, params: Mapping[str, object], translate: MessageTranslator | None = None) -> str:
    """``template`` (translated by ``translate`` when given) formatted with ``params`` (Terms and Messages
    translated too)."""
    if translate is not None:
        template = translate(template)
    if not params:
        return template
    if translate is not None:
        params = {k: translate(v) if isinstance(v, Term) else
                  render(v.template, v.params, translate) if isinstance(v, Message) else v
                  for k, v in params.items()}
    return template.format_map(params)


class Message:
    """A text for the user: a literal Chinese template and named parameters (see the module doc).

    ``str()`` is the Chinese text; :attr:`message` is the text in the interface language.
    """

    __slots__ = ("template", "params")

    def __init__(self, template: str, /, **params: object) -> None:
        self.template = template
        self.params: dict[str, object] = params

    def __str__(self) -> str:
        return render(self.template, self.params)

    @property
    def message(self) -> str:
        """The text in the interface language (Chinese when no translator is installed)."""
        fn = _translator
        if fn is None:
            return str(self)
        try:
            return render(self.template, self.params, fn)
        except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder: show Chinese
            return str(self)

    def __repr__(self) -> str:
        params = "".join(f", {k}={v!r}" for k, v in self.params.items())
        return f"Message({self.template!r}{params})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return self.template == other.template and self.params == other.params

    def __hash__(self) -> int:
        return hash((self.template, tuple(sorted(self.params.items()))))


class DeskError(Exception):
    """Base class for every error the façade raises on purpose."""

    def __init__(self, template: str, /, **params: object) -> None:
        #: The error's text (``str(exc)`` is its Chinese, ``exc.message`` its translation).
        self.text = Message(template, **params)
        super().__init__(str(self.text))

    @property
    def template(self) -> str:
        return self.text.template

    @property
    def params(self) -> dict[str, object]:
        return self.text.params

    @property
    def message(self) -> str:
        """The message in the interface language (Chinese when no translator is installed)."""
        return self.text.message


class ValidationError(DeskError):
    """Bad input. ``field`` names the offending field (a façade keyword)."""

    def __init__(self, field: str, template: str, /, **params: object) -> None:
        super().__init__(template, **params)
        self.field = field


class PermissionDenied(DeskError):
    """The acting user's role or department does not allow this."""


class ConflictError(DeskError):
    """The item is not in a state that allows this, or someone else changed it first."""


class NotFound(DeskError):
    """No such ticket, dispatch, department, category or user."""


class AuthError(DeskError):
    """Wrong username or password, or a disabled account."""


class AccountLocked(AuthError):
    """Too many wrong passwords: the account is locked for a while (the message says until when)."""


class DatabaseUnavailable(DeskError):
    """The database cannot be reached or opened."""


class ClockAhead(DeskError):
    """Embedded mode: this computer's clock is far ahead of the last instant the database recorded. Nothing is
    written until the clock is corrected or a person confirms it is right (``Desk.accept_clock``)."""


class Busy(DeskError):
    """Another desk holds what this call needs (or the database took too long): nothing was changed; try again."""


class SchemaTooNew(DeskError):
    """The database was upgraded by a newer version of the application."""
