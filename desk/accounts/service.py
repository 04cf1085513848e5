"""Users and passwords (argon2id)."""
from __future__ import annotations

import re
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.enums import Role
from desk.errors import AuthError, ValidationError
from models import Department, User

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
USERNAME_RE = re.compile(r"^[a-z][a-z0-9._-]{1,31}$")
MIN_PASSWORD_LENGTH = 8
#: Verified against when the username is unknown, so both cases take as long.
_DUMMY_HASH = _hasher.hash("not a real password")


def use_hasher(hasher: PasswordHasher) -> None:
    """Swap the hasher (tests use cheap parameters; production keeps the default)."""
    global _hasher, _DUMMY_HASH
    _hasher = hasher
    _DUMMY_HASH = hasher.hash("not a real password")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError("password", f"密码至少需要 {MIN_PASSWORD_LENGTH} 个字符。")
    if len(password) > 256:
        raise ValidationError("password", "密码过长（最多 256 个字符）。")


def create_user(
    *,
    session: Session,
    username: str,
    password: str,
    role: str,
    now: datetime,
    department: str | None = None,
    display_name: str | None = None,
) -> User:
    username = (username or "").strip().lower()
    if not USERNAME_RE.match(username):
        raise ValidationError("username", "用户名须以字母开头，由 2–32 个小写字母、数字、点、下划线或连字符组成。")
    try:
        role_ = Role(role)
    except ValueError:
        raise ValidationError("role", f"未知角色：{role}（可选 clerk、supervisor、responder、admin）。") from None
    check_password(password)
    dept = None
    if department:
        dept = session.scalar(select(Department).where(Department.name == department.strip()))
        if dept is None:
            raise ValidationError("department", f"未知部门：{department}")
    if role_ is Role.RESPONDER and dept is None:
        raise ValidationError("department", "部门联络员必须指定所属部门。")
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise ValidationError("username", f"用户名 {username} 已存在。")
    display = (display_name or "").strip() or username
    if len(display) > 64:
        raise ValidationError("display_name", "显示名称过长（最多 64 个字符）。")
    user = User(
        username=username,
        display_name=display,
        role=role_.value,
        department=dept,
        password_hash=hash_password(password),
        active=True,
        created_at=now,
    )
    session.add(user)
    session.flush()
    return user


def authenticate(*, session: Session, username: str, password: str) -> User:
    """Return the user, or raise AuthError with one message for every failure."""
    user = session.scalar(select(User).where(User.username == (username or "").strip().lower()))
    failure = AuthError("用户名或密码不正确。")
    if user is None:
        try:
            _hasher.verify(_DUMMY_HASH, password or "")
        except VerificationError:
            pass
        raise failure
    try:
        _hasher.verify(user.password_hash, password or "")
    except (VerificationError, InvalidHashError):
        raise failure from None
    if not user.active:
        raise AuthError("该账户已停用，请联系管理员。")
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return user
