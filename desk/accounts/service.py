"""Users and passwords: argon2id hashes (upgraded when the parameters change), lockout, and the
records every login attempt leaves in the audit trail. No password is ever stored, logged or
recorded in clear; the trail records who and what, never a secret."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk import dto, notes
from desk.boundary import is_text
from desk.audit import service as audit
from desk.enums import Role
from desk.errors import AccountLocked, AuthError, Message, NotFound, ValidationError
from models import Department, User

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
USERNAME_RE = re.compile(r"^[a-z][a-z0-9._-]{1,31}$")
MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 256
#: Verified against when the username is unknown, so both cases take as long. Made on first need, not at
#: import (an argon2 hash costs about 200 ms and 64 MiB, which every command and the GUI's start would pay);
#: only that first unknown name in a process takes longer than a wrong password.
_dummy_hash: str | None = None
#: The built-in account automatic steps are recorded under (it cannot log in).
SYSTEM_USER = "system"
#: How a login attempt with a name no account has is recorded (the name itself is not).
UNKNOWN_USER = "（未知用户名）"


def use_hasher(hasher: PasswordHasher) -> None:
    """Swap the hasher (tests use cheap parameters; production keeps the default)."""
    global _hasher, _dummy_hash
    _hasher = hasher
    _dummy_hash = None


def _dummy() -> str:
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = _hasher.hash("not a real password")
    return _dummy_hash


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password(password: str, field: str = "password") -> None:
    if not isinstance(password, str):
        raise ValidationError(field, "密码必须是文字。")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(field, "密码至少需要 {count} 个字符。", count=MIN_PASSWORD_LENGTH)
    if len(password) > MAX_PASSWORD_LENGTH:
        raise ValidationError(field, "密码过长（最多 {count} 个字符）。", count=MAX_PASSWORD_LENGTH)
    if password.strip() != password or "\x00" in password:
        raise ValidationError(field, "密码不能以空格开头或结尾，也不能含有非法字符。")


def can_log_in():
    """SQL condition: an account a person can log in to (active, with a real password hash)."""
    return User.active & ~User.password_hash.startswith("!")


def login_capable_count(session: Session) -> int:
    return session.scalar(select(func.count(User.id)).where(can_log_in())) or 0


def subject(username: str) -> str:
    return f"user:{username}"


def clean_username(username: object) -> str:
    name = (username or "").strip().lower() if isinstance(username, str) else ""
    if not USERNAME_RE.match(name):
        raise ValidationError("username", "用户名须以字母开头，由 2–32 个小写字母、数字、点、下划线或连字符组成。")
    return name


def role_field(role: object) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise ValidationError("role", "未知角色：{role}（可选 clerk、supervisor、responder、admin、project_manager、observer）。", role=role) from None


def department_field(session: Session, department: object, role: Role) -> Department | None:
    dept = None
    if department is not None and department != "":
        if not isinstance(department, str):
            raise ValidationError("department", "部门名称必须是文字。")
        dept = session.scalar(select(Department).where(Department.name == department.strip()))
        if dept is None:
            raise ValidationError("department", "未知部门：{name}", name=department.strip()[:64])
        if not dept.active:
            raise ValidationError("department", "部门 {name} 已停用。", name=dept.name)
    if role is Role.RESPONDER and dept is None:
        raise ValidationError("department", "部门联络员必须指定所属部门。")
    return dept


def display_field(display_name: object, username: str) -> str:
    if display_name is not None and not isinstance(display_name, str):
        raise ValidationError("display_name", "显示名称必须是文字。")
    display = (display_name or "").strip() or username
    if len(display) > 64:
        raise ValidationError("display_name", "显示名称过长（最多 64 个字符）。")
    if "\x00" in display:
        raise ValidationError("display_name", "显示名称含有非法字符。")
    return display


def create_user(
    *,
    session: Session,
    username: str,
    password: str,
    role: str,
    now: datetime,
    department: str | None = None,
    display_name: str | None = None,
    must_change_password: bool = False,
    password_hash: str | None = None,
) -> User:
    """A new account. ``password_hash``: its hash made beforehand (the demo hashes in the background)."""
    username = clean_username(username)
    role_ = role_field(role)
    check_password(password)
    dept = department_field(session, department, role_)
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise ValidationError("username", "用户名 {username} 已存在。", username=username)
    display = display_field(display_name, username)
    user = User(
        username=username,
        display_name=display,
        role=role_.value,
        department=dept,
        password_hash=password_hash if password_hash is not None else hash_password(password),
        active=True,
        created_at=now,
        failed_logins=0,
        must_change_password=must_change_password,
        auth_epoch=0,
    )
    session.add(user)
    session.flush()
    return user


def find_user(session: Session, username: object, *, lock: bool = False) -> User:
    name = (username or "").strip().lower() if isinstance(username, str) else ""
    stmt = select(User).where(User.username == name, User.username != SYSTEM_USER)
    if lock:
        stmt = stmt.with_for_update(key_share=True)
    user = session.scalar(stmt) if name else None
    if user is None:
        raise NotFound("找不到用户 {name}。", name=name[:64])
    return user


def system_user_id(session: Session) -> int:
    return session.scalar(select(User.id).where(User.username == SYSTEM_USER))


# -- logging in --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Lockout:
    """After ``threshold`` failed attempts in a row the account is locked for ``minutes``."""

    threshold: int = 5
    minutes: int = 15

    @classmethod
    def from_settings(cls, settings: dict[str, str]) -> Lockout:
        return cls(int(settings["lockout_threshold"]), int(settings["lockout_minutes"]))


def _verify(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def locked_error(until: datetime, tz) -> AccountLocked:
    return AccountLocked("该账户因多次密码错误已被锁定，请于 {time} 后再试，或请管理员解除锁定。",
                     time=until.astimezone(tz).strftime("%H:%M"))


def _failed(session: Session, user: User, *, now: datetime, lockout: Lockout, kind: str, tz) -> AuthError:
    """Count a wrong password; lock the account at the threshold. Returns the error to raise."""
    before = user.failed_logins or 0
    user.failed_logins = before + 1
    audit.record(session=session, ticket_id=None, actor_id=user.id, at=now, kind=kind, subject=subject(user.username),
                 changes={"reason": (None, "wrong_password"), "failed_logins": (before, user.failed_logins)})
    if user.failed_logins >= lockout.threshold:
        user.locked_until = now + timedelta(minutes=lockout.minutes)
        user.failed_logins = 0
        audit.record(session=session, ticket_id=None, actor_id=user.id, at=now, kind="account_locked",
                     subject=subject(user.username),
                     note=notes.program(Message("连续 {count} 次密码错误", count=lockout.threshold)),
                     changes={"locked_until": (None, user.locked_until)})
        return locked_error(user.locked_until, tz)
    return AuthError("用户名或密码不正确。") if kind == "login_failed" else AuthError("密码不正确。")


def attempt_login(*, session: Session, username: object, password: object, now: datetime, lockout: Lockout,
                  tz) -> tuple[User | None, AuthError | None]:
    """Try a login and record it (success or failure) in the trail. The caller commits either way,
    then raises the error if there is one."""
    password = password if is_text(password) else ""
    # a name that is not valid text (a lone surrogate, a NUL) can name no account: an unknown user, recorded
    raw = username.strip().lower() if is_text(username) else ""
    user = session.scalar(select(User).where(User.username == raw).with_for_update(key_share=True)) if raw else None
    if user is None or user.password_hash.startswith("!"):
        _verify(_dummy(), password)  # the same time as a wrong password for a real account
        # The name tried is not recorded: people type their password into the name field.
        audit.record(session=session, ticket_id=None, actor_id=system_user_id(session), at=now, kind="login_failed",
                     subject=subject(UNKNOWN_USER), changes={"reason": (None, "unknown_user")})
        return None, AuthError("用户名或密码不正确。")
    if user.locked_until is not None and user.locked_until > now:
        audit.record(session=session, ticket_id=None, actor_id=user.id, at=now, kind="login_failed",
                     subject=subject(user.username), changes={"reason": (None, "locked")})
        return None, locked_error(user.locked_until, tz)
    if not _verify(user.password_hash, password):
        return None, _failed(session, user, now=now, lockout=lockout, kind="login_failed", tz=tz)
    if not user.active:
        audit.record(session=session, ticket_id=None, actor_id=user.id, at=now, kind="login_failed",
                     subject=subject(user.username), changes={"reason": (None, "disabled")})
        return None, AuthError("该账户已停用，请联系管理员。")
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    changes = {"failed_logins": (user.failed_logins, 0)} if user.failed_logins else {}
    user.failed_logins, user.locked_until, user.last_login_at = 0, None, now
    audit.record(session=session, ticket_id=None, actor_id=user.id, at=now, kind="login",
                 subject=subject(user.username), changes=changes)
    return user, None


def attempt_own_password(*, session: Session, user: User, password: object, now: datetime, lockout: Lockout,
                         tz, ok_kind: str | None, failed_kind: str) -> AuthError | None:
    """Check a logged-in user's password again (the lock screen, changing the password)."""
    password = password if is_text(password) else ""
    if user.locked_until is not None and user.locked_until > now:
        audit.record(session=session, ticket_id=None, actor_id=user.id, at=now, kind=failed_kind,
                     subject=subject(user.username), changes={"reason": (None, "locked")})
        return locked_error(user.locked_until, tz)
    if not _verify(user.password_hash, password):
        return _failed(session, user, now=now, lockout=lockout, kind=failed_kind, tz=tz)
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.failed_logins = 0
    if ok_kind:
        audit.record(session=session, ticket_id=None, actor_id=user.id, at=now, kind=ok_kind,
                     subject=subject(user.username))
    return None


def set_password(user: User, password: str) -> None:
    """A new password: hashed, the lock lifted, and every session of the account ended."""
    user.password_hash = hash_password(password)
    user.failed_logins = 0
    user.locked_until = None
    user.auth_epoch = (user.auth_epoch or 0) + 1


def change_own_password(*, session: Session, user: User, password: str, now: datetime) -> None:
    """A logged-in user's new password (after :func:`attempt_own_password` with the old one): an administrator's
    reset that forced the change is over; recorded."""
    was_forced = bool(user.must_change_password)
    set_password(user, password)
    user.must_change_password = False
    audit.record(session=session, ticket_id=None, actor_id=user.id, at=now, kind="password_change",
                 subject=subject(user.username),
                 changes={"must_change_password": (was_forced, False)} if was_forced else {})


# -- administration -------------------------------------------------------------------------------
def list_accounts(session: Session, *, include_inactive: bool = True) -> list[User]:
    """Every account people log in with (not the built-in system account), by username."""
    stmt = select(User).where(User.username != SYSTEM_USER).order_by(User.username)
    if not include_inactive:
        stmt = stmt.where(User.active)
    return list(session.scalars(stmt))


def user_info(u: User) -> dto.UserInfo:
    return dto.UserInfo(u.id, u.username, u.display_name, u.role, u.department.name if u.department else None,
                        u.active)


def account_info(u: User) -> dto.AccountInfo:
    """What the administration shows of an account (never its password hash)."""
    return dto.AccountInfo(u.id, u.username, u.display_name, u.role, u.department.name if u.department else None,
                           u.active, u.created_at, u.last_login_at, u.failed_logins or 0, u.locked_until,
                           bool(u.must_change_password))


#: Advisory lock that serialises changes to who may administer (PostgreSQL; SQLite is serial anyway).
ACCOUNTS_LOCK_KEY = 0x57484953 + 3


def _serialise(session: Session) -> None:
    from sqlalchemy import text

    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": ACCOUNTS_LOCK_KEY})


def _active_admins(session: Session) -> int:
    return session.scalar(select(func.count(User.id)).where(can_log_in(), User.role == Role.ADMIN.value)) or 0


def _record(session: Session, actor_id: int, now: datetime, kind: str, user: User, changes: dict,
            note: str = "") -> None:
    audit.record(session=session, ticket_id=None, actor_id=actor_id, at=now, kind=kind, subject=subject(user.username),
                 note=note, changes=changes)


def add_user(*, session: Session, actor_id: int | None, now: datetime, username: str, password: str, role: str,
             department: str | None = None, display_name: str | None = None, must_change_password: bool = False,
             kind: str = "user_create", note: str = "", password_hash: str | None = None) -> User:
    """Create an account and record it (``actor_id`` None: the new account itself is the actor)."""
    if not isinstance(must_change_password, bool):
        raise ValidationError("must_change_password", "请选择是或否。")
    user = create_user(session=session, username=username, password=password, role=role, now=now,
                       department=department, display_name=display_name, must_change_password=must_change_password,
                       password_hash=password_hash)
    _record(session, actor_id if actor_id is not None else user.id, now, kind, user, {
        "role": (None, user.role), "department": (None, user.department.name if user.department else None),
        "display_name": (None, user.display_name), "active": (None, True),
        "must_change_password": (None, must_change_password)}, note)
    return user


def reset_password(*, session: Session, actor_id: int, now: datetime, username: str, password: str,
                   must_change_password: bool, note: str = "") -> User:
    check_password(password)
    if not isinstance(must_change_password, bool):
        raise ValidationError("must_change_password", "请选择是或否。")
    user = find_user(session, username, lock=True)
    before = (user.must_change_password, user.locked_until)
    set_password(user, password)
    user.must_change_password = must_change_password
    _record(session, actor_id, now, "password_reset", user, {
        "must_change_password": (before[0], must_change_password), "locked_until": (before[1], None)}, note)
    return user


def set_active(*, session: Session, actor_id: int, now: datetime, username: str, active: bool, note: str = "") -> User:
    if not isinstance(active, bool):
        raise ValidationError("active", "请选择停用或启用。")
    _serialise(session)
    user = find_user(session, username, lock=True)
    if user.active == active:
        return user
    if not active:
        if user.id == actor_id:
            raise ValidationError("username", "不能停用自己的账户。")
        if user.role == Role.ADMIN and _active_admins(session) <= 1:
            raise ValidationError("username", "这是最后一个可登录的管理员账户，不能停用。")
    user.active = active
    user.auth_epoch = (user.auth_epoch or 0) + 1
    _record(session, actor_id, now, "user_enable" if active else "user_disable", user, {"active": (not active, active)},
            note)
    return user


def unlock(*, session: Session, actor_id: int, now: datetime, username: str) -> User:
    user = find_user(session, username, lock=True)
    if user.locked_until is None and not user.failed_logins:
        return user
    before = (user.locked_until, user.failed_logins)
    user.locked_until, user.failed_logins = None, 0
    _record(session, actor_id, now, "user_unlock", user, {"locked_until": (before[0], None),
                                                         "failed_logins": (before[1], 0)})
    return user


def change_role(*, session: Session, actor_id: int, now: datetime, username: str, role: str,
                department: str | None = None) -> User:
    role_ = role_field(role)
    _serialise(session)
    user = find_user(session, username, lock=True)
    dept = department_field(session, department, role_)
    if user.id == actor_id:
        raise ValidationError("username", "不能修改自己的角色或部门，请让另一位管理员修改。")
    if user.role == Role.ADMIN and role_ is not Role.ADMIN and user.active and _active_admins(session) <= 1:
        raise ValidationError("role", "这是最后一个可登录的管理员账户，不能改为其他角色。")
    old_role, old_dept = user.role, user.department.name if user.department else None
    new_dept = dept.name if dept else None
    if (old_role, old_dept) == (role_.value, new_dept):
        return user
    user.role, user.department = role_.value, dept
    user.auth_epoch = (user.auth_epoch or 0) + 1
    _record(session, actor_id, now, "user_role", user, {"role": (old_role, role_.value),
                                                       "department": (old_dept, new_dept)})
    return user
