"""The façade's verbs of accounts: one's own password and the administration of accounts.

A mixin combined into ``desk.ActingUser`` (see desk/verbs.py).
"""
from __future__ import annotations

from desk import dto
from desk.accounts import service as accounts
from desk.errors import ValidationError
from desk.verbs import permission


class AccountVerbs:
    """Verbs of accounts (a mixin of ``desk.ActingUser``)."""

    @permission("verify_password")
    def verify_password(self, password: str) -> None:
        """The lock screen after ``idle_lock_minutes``: raises AuthError unless ``password`` is right.

        Recorded (unlock or unlock_failed); a wrong password counts towards the lockout like a failed
        login. AuthError also when the account was disabled or changed meanwhile: log out then."""
        with self._unit(password_attempt=True) as (s, now):
            me = self._me(s)
            settings = self.desk._settings(s)
            error = accounts.attempt_own_password(session=s, user=me, password=password, now=now,
                                                  lockout=accounts.Lockout.from_settings(settings),
                                                  tz=self.desk._office_zone(settings), ok_kind="unlock",
                                                  failed_kind="unlock_failed")
        if error is not None:
            raise error

    @permission("change_password")
    def change_password(self, old_password: str, new_password: str) -> None:
        """Change one's own password (the current one is needed). Other sessions of the account end;
        this one goes on."""
        accounts.check_password(new_password, field="new_password")
        if new_password == old_password:
            raise ValidationError("new_password", "新密码不能与当前密码相同。")
        with self._unit(password_attempt=True) as (s, now):
            me = self._me(s)
            settings = self.desk._settings(s)
            error = accounts.attempt_own_password(session=s, user=me, password=old_password, now=now,
                                                  lockout=accounts.Lockout.from_settings(settings),
                                                  tz=self.desk._office_zone(settings), ok_kind=None,
                                                  failed_kind="password_change_failed")
            if error is None:
                accounts.change_own_password(session=s, user=me, password=new_password, now=now)
                epoch = me.auth_epoch
        if error is not None:
            raise error
        self._epoch, self._must_change = epoch, False

    @permission("users")
    def users(self, *, include_inactive: bool = True) -> list[dto.AccountInfo]:
        """Every account (not the built-in system account), by username. Never a password hash."""
        with self._unit(write=False) as (s, _):
            return [accounts.account_info(u) for u in accounts.list_accounts(s, include_inactive=include_inactive)]

    @permission("create_user")
    def create_user(self, username: str, password: str, role: str, *, department: str | None = None,
                    display_name: str | None = None, must_change_password: bool = True) -> dto.AccountInfo:
        """A new account; by default the user must choose their own password at first login."""
        with self._unit() as (s, now):
            u = accounts.add_user(session=s, actor_id=self._me(s).id, now=now, username=username, password=password,
                                  role=role, department=department, display_name=display_name,
                                  must_change_password=must_change_password)
            return accounts.account_info(u)

    @permission("reset_password")
    def reset_password(self, username: str, new_password: str, *, must_change_password: bool = True
                       ) -> dto.AccountInfo:
        """Set a new password for someone who forgot theirs: also unlocks, and their sessions end."""
        with self._unit() as (s, now):
            u = accounts.reset_password(session=s, actor_id=self._me(s).id, now=now, username=username,
                                        password=new_password, must_change_password=must_change_password)
            return accounts.account_info(u)

    @permission("set_user_active")
    def set_user_active(self, username: str, active: bool) -> dto.AccountInfo:
        """Disable (or enable again) an account. Not one's own, not the last active administrator."""
        with self._unit() as (s, now):
            u = accounts.set_active(session=s, actor_id=self._me(s).id, now=now, username=username, active=active)
            return accounts.account_info(u)

    @permission("unlock_user")
    def unlock_user(self, username: str) -> dto.AccountInfo:
        """Lift a lockout after too many failed logins."""
        with self._unit() as (s, now):
            u = accounts.unlock(session=s, actor_id=self._me(s).id, now=now, username=username)
            return accounts.account_info(u)

    @permission("change_user_role")
    def change_user_role(self, username: str, role: str, *, department: str | None = None) -> dto.AccountInfo:
        """Set an account's role and department (a responder needs one). The user's sessions end."""
        with self._unit() as (s, now):
            u = accounts.change_role(session=s, actor_id=self._me(s).id, now=now, username=username, role=role,
                                     department=department)
            return accounts.account_info(u)
