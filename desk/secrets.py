"""Database passwords live only in the operating system's keyring, never in a file, a log or a message.

A shared-server URL is written without its password (``postgresql+psycopg://li.na@db.office/whistle``);
the password is stored under the service :data:`SERVICE` with the key ``user@host:port/database``
and put back into the URL only in memory, when the engine is created.
"""
from __future__ import annotations

import logging
import re

from sqlalchemy.engine import URL, make_url

from desk.errors import DeskError

log = logging.getLogger(__name__)

#: The keyring service every database password is stored under.
SERVICE = "WhistleDesk database"
DEFAULT_PORT = 5432
#: What a password is replaced with wherever a URL is shown.
MASK = "***"
#: libpq also takes a password as a query parameter (``?password=…``): that one must be hidden too.
_QUERY_SECRETS = ("password", "passfile_contents")


class KeyringUnavailable(DeskError):
    """The operating system's keyring cannot be read or written."""


def _url(url: str | URL) -> URL:
    return url if isinstance(url, URL) else make_url(url)


def is_postgres(url: str | URL) -> bool:
    return _url(url).get_backend_name() in ("postgresql", "postgres")


def key_for(url: str | URL) -> str:
    """The keyring key of a server URL: ``user@host:port/database`` (a password in the URL is ignored)."""
    u = _url(url)
    host = (u.host or "localhost").lower()
    return f"{u.username or ''}@{host}:{u.port or DEFAULT_PORT}/{u.database or ''}"


def store_password(url: str | URL, password: str) -> None:
    """Keep ``password`` for the server, user and database of ``url`` in the OS keyring."""
    if not isinstance(password, str) or not password:
        raise KeyringUnavailable("密码不能为空。")
    u = _url(url)
    if not u.username:
        raise KeyringUnavailable("数据库地址 {url} 中没有用户名，无法保存密码。", url=redact(u))
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, key_for(u), password)
    except KeyringError as exc:
        raise KeyringUnavailable("无法把密码保存到系统密钥环：{error}", error=type(exc).__name__) from None
    log.info("database password stored in the keyring for %s", key_for(u))


def get_password(url: str | URL) -> str | None:
    """The stored password for ``url``, or None (also when the keyring cannot be read)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, key_for(url))
    except KeyringError as exc:
        log.debug("cannot read the keyring for %s: %s", key_for(url), type(exc).__name__)
        return None


def delete_password(url: str | URL) -> bool:
    """Forget the stored password for ``url``; True if there was one."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    key = key_for(url)
    try:
        if keyring.get_password(SERVICE, key) is None:
            return False
        keyring.delete_password(SERVICE, key)
    except PasswordDeleteError:
        return False
    except KeyringError as exc:
        raise KeyringUnavailable("无法从系统密钥环删除密码：{error}", error=type(exc).__name__) from None
    log.info("database password removed from the keyring for %s", key)
    return True


def resolve(url: str | URL) -> URL:
    """``url`` with its password filled in from the keyring when it has none (a URL object whose
    ``repr`` and ``str`` hide the password). SQLite URLs and URLs with a password are returned as they are."""
    u = _url(url)
    if not is_postgres(u) or u.password or not u.username or any(k.lower() == "password" for k in u.query):
        return u
    password = get_password(u)
    if password is None:
        log.debug("no stored password for %s", key_for(u))
        return u
    return u.set(password=password)


def resolve_url(url: str | URL) -> str:
    """Like :func:`resolve`, as a string. It contains the password: never show or log it; prefer :func:`resolve`."""
    return resolve(url).render_as_string(hide_password=False)


def redact(url: str | URL) -> str:
    """A URL safe to show: the password (also one given as a query parameter) is masked."""
    try:
        u = _url(url)
    except Exception:  # noqa: BLE001 - an unparsable URL is shown as nothing at all
        return "（无法解析的地址）"
    if any(k.lower() in _QUERY_SECRETS for k in u.query):
        u = u.update_query_dict({k: MASK for k in u.query if k.lower() in _QUERY_SECRETS})
    return u.render_as_string(hide_password=True)


def scrub(text: str, *secrets: str | None) -> str:
    """Remove every occurrence of the given secrets (and ``password=…`` pairs) from a message."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, MASK)
    return re.sub(r"(password\s*=\s*)('[^']*'|\S+)", r"\1" + MASK, text, flags=re.IGNORECASE)
