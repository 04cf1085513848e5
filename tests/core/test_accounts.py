"""Accounts: the first administrator, no default passwords, argon2id with rehash, lockout, changing
and resetting passwords, disabling accounts, roles, and the administration of departments and categories."""
from __future__ import annotations

import io
import threading
from datetime import timedelta

import pytest
from argon2 import PasswordHasher

from desk import Desk, cli
from desk.accounts import service as accounts
from desk.errors import AccountLocked, AuthError, NotFound, PermissionDenied, ValidationError

from conftest import PASSWORD
from core.helpers import snapshot

NEW = "brand-new-pass-7"


def _fail(desk, username, password="wrong-password", times=1):
    for _ in range(times):
        with pytest.raises(AuthError):
            desk.login(username, password)


# -- first run ----------------------------------------------------------------------------------
def test_a_new_database_has_no_account_anyone_can_log_in_to(desk):
    assert desk.needs_first_admin()
    for username in ("system", "admin", "root"):
        for password in ("", "!", "system", "admin", "password", "123456", PASSWORD):
            with pytest.raises(AuthError):
                desk.login(username, password)


def test_the_first_administrator(desk):
    before = snapshot(desk)
    with pytest.raises(ValidationError) as info:
        desk.create_first_admin("chief", "short", "主任")
    assert info.value.field == "password" and snapshot(desk) == before
    with pytest.raises(ValidationError) as info:
        desk.create_first_admin("Chief Wang", PASSWORD, "主任")
    assert info.value.field == "username"
    info = desk.create_first_admin("chief", PASSWORD, "王主任")
    assert (info.role, info.display_name) == ("admin", "王主任")
    assert not desk.needs_first_admin()
    with pytest.raises(PermissionDenied):
        desk.create_first_admin("second", PASSWORD, "又一个")
    chief = desk.login("chief", PASSWORD)
    assert chief.role == "admin" and not chief.must_change_password
    [entry] = [e for e in chief.audit_log(kind="admin") if e.kind == "first_admin"]
    assert entry.subject == "user:chief" and entry.actor_username == "chief" and entry.note == "首次运行"


def test_two_desks_on_their_first_run_make_one_administrator(db_url, clock):
    desks = [Desk.open(db_url, clock=clock) for _ in range(4)]
    barrier = threading.Barrier(len(desks))
    results, errors = [], []

    def run(i, d):
        barrier.wait(30)
        try:
            results.append(d.create_first_admin(f"chief{i}", PASSWORD, f"主任{i}"))
        except Exception as exc:  # noqa: BLE001 - collected and asserted on
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i, d)) for i, d in enumerate(desks)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    try:
        assert len(results) == 1 and len(errors) == 3
        assert all(isinstance(e, PermissionDenied) for e in errors), errors
        assert desks[0].user_count() == 1
    finally:
        for d in desks:
            d.close()


# -- passwords ------------------------------------------------------------------------------------
def test_hashes_are_argon2id_and_upgraded_when_the_parameters_change(world):
    from sqlalchemy import text

    def stored():
        with world.desk.engine.connect() as conn:
            return conn.execute(text("SELECT password_hash FROM user_account WHERE username = 'clerk'")).scalar()

    assert stored().startswith("$argon2id$") and "t=1," in stored()
    accounts.use_hasher(PasswordHasher(time_cost=2, memory_cost=2048, parallelism=1))
    try:
        world.desk.login("clerk", PASSWORD)
        assert stored().startswith("$argon2id$") and "m=2048,t=2," in stored()
        world.desk.login("clerk", PASSWORD)
    finally:
        accounts.use_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


def test_users_never_shows_a_hash(world):
    users = {u.username: u for u in world.admin.users()}
    assert "system" not in users and set(users) >= {"clerk", "admin", "cg.li"}
    assert "argon2" not in repr(users)
    assert users["cg.li"].department == "城管执法队" and users["clerk"].last_login_at is None


# -- lockout ---------------------------------------------------------------------------------
def test_locked_after_five_failures_for_fifteen_minutes(world):
    _fail(world.desk, "clerk", times=4)
    with pytest.raises(AccountLocked) as info:  # the fifth wrong password locks (a typed AuthError)
        world.desk.login("clerk", "wrong-password")
    assert "锁定" in info.value.message
    with pytest.raises(AccountLocked) as info:  # even the right password, while locked
        world.desk.login("clerk", PASSWORD)
    assert "锁定" in info.value.message and "10:15" in info.value.message  # office time
    world.clock.advance(timedelta(minutes=14, seconds=59))
    _fail(world.desk, "clerk", PASSWORD)
    world.clock.advance(timedelta(seconds=2))
    world.desk.login("clerk", PASSWORD)
    log = [(e.kind, e.subject) for e in world.admin.audit_log(kind="login")]
    assert ("account_locked", "user:clerk") in log
    assert log.count(("login_failed", "user:clerk")) == 7  # 5 wrong, 2 refused while locked


def test_a_success_starts_the_count_again(world):
    _fail(world.desk, "clerk", times=4)
    world.desk.login("clerk", PASSWORD)
    _fail(world.desk, "clerk", times=4)
    world.desk.login("clerk", PASSWORD)


def test_lockout_numbers_are_settings(world):
    admin = world.admin
    for key, bad in (("lockout_threshold", "0"), ("lockout_threshold", "abc"), ("lockout_minutes", "0"),
                     ("lockout_minutes", "99999"), ("idle_lock_minutes", "0"), ("idle_lock_minutes", "1.5")):
        before = snapshot(world.desk)
        with pytest.raises(ValidationError) as info:
            admin.set_setting(key, bad)
        assert info.value.field == key and snapshot(world.desk) == before
    assert world.desk.settings()["idle_lock_minutes"] == "30"
    admin.set_setting("lockout_threshold", "2")
    admin.set_setting("lockout_minutes", "1")
    admin.set_setting("idle_lock_minutes", "10")
    assert world.desk.settings()["idle_lock_minutes"] == "10"
    _fail(world.desk, "clerk", times=2)
    _fail(world.desk, "clerk", PASSWORD)
    world.clock.advance(timedelta(minutes=1, seconds=1))
    world.desk.login("clerk", PASSWORD)


def test_the_lock_screen(world):
    clerk = world.clerk
    clerk.verify_password(PASSWORD)
    with pytest.raises(AuthError):
        clerk.verify_password("not-my-password")
    for _ in range(3):
        with pytest.raises(AuthError) as wrong:
            clerk.verify_password("not-my-password")
        assert not isinstance(wrong.value, AccountLocked)
    with pytest.raises(AccountLocked):  # the fifth wrong one locks
        clerk.verify_password("not-my-password")
    with pytest.raises(AccountLocked) as info:  # locked like a login
        clerk.verify_password(PASSWORD)
    assert "锁定" in info.value.message
    kinds = [e.kind for e in world.admin.audit_log(kind="login") if e.subject == "user:clerk"]
    assert kinds.count("unlock_failed") == 6 and "unlock" in kinds and "account_locked" in kinds


# -- changing and resetting ---------------------------------------------------------------------
def test_change_own_password(world):
    clerk, other_session = world.clerk, world.clerk
    before = snapshot(world.desk)
    for old, new, field in ((PASSWORD, "short", "new_password"), (PASSWORD, PASSWORD, "new_password"),
                            (PASSWORD, " padded-pass ", "new_password")):
        with pytest.raises(ValidationError) as info:
            clerk.change_password(old, new)
        assert info.value.field == field
    assert snapshot(world.desk) == before
    with pytest.raises(AuthError):
        clerk.change_password("wrong-old-pass", NEW)
    clerk.change_password(PASSWORD, NEW)
    clerk.queue_counts()  # this session goes on
    with pytest.raises(AuthError):  # the other one is over
        other_session.queue_counts()
    _fail(world.desk, "clerk", PASSWORD)
    world.desk.login("clerk", NEW)
    kinds = [e.kind for e in world.admin.audit_log(kind="login") if e.subject == "user:clerk"]
    assert "password_change" in kinds and "password_change_failed" in kinds


def test_an_administrator_resets_a_password(world):
    admin, old_session = world.admin, world.clerk
    _fail(world.desk, "clerk", times=5)  # locked
    admin.reset_password("clerk", "temporary-pass-1")
    with pytest.raises(AuthError):
        old_session.queue_counts()
    clerk = world.desk.login("clerk", "temporary-pass-1")  # the reset also unlocked it
    assert clerk.must_change_password
    with pytest.raises(PermissionDenied):
        clerk.list_queue("all")
    clerk.change_password("temporary-pass-1", NEW)
    assert not clerk.must_change_password
    clerk.list_queue("all")
    with pytest.raises(NotFound):
        admin.reset_password("nobody", NEW)
    with pytest.raises(NotFound):
        admin.reset_password("system", NEW)
    with pytest.raises(ValidationError):
        admin.reset_password("clerk", "short")
    info = admin.unlock_user("clerk")
    assert info.locked_until is None


def test_disable_and_enable(world):
    admin, session = world.admin, world.clerk
    assert not admin.set_user_active("clerk", False).active
    with pytest.raises(AuthError):
        session.queue_counts()
    with pytest.raises(AuthError) as info:
        world.desk.login("clerk", PASSWORD)
    assert "停用" in info.value.message
    admin.set_user_active("clerk", True)
    world.desk.login("clerk", PASSWORD)
    for call, field in ((lambda: admin.set_user_active("admin", False), "username"),
                        (lambda: admin.set_user_active("clerk", "no"), "active")):
        before = snapshot(world.desk)
        with pytest.raises(ValidationError) as err:
            call()
        assert err.value.field == field and snapshot(world.desk) == before


def test_the_last_administrator_stays(world):
    world.admin.create_user("admin2", PASSWORD, "admin", must_change_password=False)
    admin2 = world.desk.login("admin2", PASSWORD)
    admin2.set_user_active("admin", False)
    with pytest.raises(ValidationError):
        admin2.set_user_active("admin2", False)  # oneself
    world.desk.set_user_active("admin", True)
    admin = world.admin
    admin.change_user_role("admin2", "clerk")
    with pytest.raises(ValidationError) as info:
        world.desk.set_user_active("admin", False)  # the CLI cannot lock everyone out either
    assert "最后" in info.value.message


def test_change_role_and_department(world):
    admin, session = world.admin, world.login("clerk2")
    with pytest.raises(ValidationError) as info:
        admin.change_user_role("clerk2", "responder")
    assert info.value.field == "department"
    with pytest.raises(ValidationError):
        admin.change_user_role("clerk2", "boss")
    with pytest.raises(ValidationError):
        admin.change_user_role("admin", "clerk")  # one's own
    info = admin.change_user_role("clerk2", "responder", department="住建委")
    assert (info.role, info.department) == ("responder", "住建委")
    with pytest.raises(AuthError):
        session.list_queue("all")
    assert world.login("clerk2").queues() == ("dept_pending", "dept_in_progress", "dept_resolved", "all")


# -- departments and categories -----------------------------------------------------------------------
def test_departments(world):
    admin = world.admin
    assert admin.add_department("园林绿化队").active
    for call, field in ((lambda: admin.add_department("园林绿化队"), "department"),
                        (lambda: admin.add_department(""), "department"),
                        (lambda: admin.add_department("长" * 65), "department"),
                        (lambda: admin.rename_department("园林绿化队", "住建委"), "new_name"),
                        (lambda: admin.set_department_active("城管执法队", False), "department")):
        before = snapshot(world.desk)
        with pytest.raises(ValidationError) as info:
            call()
        assert info.value.field == field and snapshot(world.desk) == before
    with pytest.raises(NotFound):
        admin.rename_department("火星办", "地球办")
    admin.rename_department("园林绿化队", "园林局")
    admin.set_department_active("园林局", False)
    assert "园林局" not in {d.name for d in admin.departments()}
    assert {d.name: d.active for d in admin.departments(include_inactive=True)}["园林局"] is False
    t = world.new_ticket()
    with pytest.raises(ValidationError):
        world.clerk.whistle(t.number, lead="园林局")
    # A default lead department can go once its categories have another.
    admin.set_category_lead("市容环境", "住建委")
    admin.set_department_active("城管执法队", False)


def test_categories(world):
    admin = world.admin
    info = admin.add_category("绿化养护", "住建委")
    assert (info.default_lead, info.active) == ("住建委", True)
    with pytest.raises(ValidationError):
        admin.add_category("绿化养护")
    with pytest.raises(ValidationError):
        admin.set_category_lead("绿化养护", "火星办")
    assert admin.set_category_lead("绿化养护", None).default_lead is None
    assert admin.rename_category("绿化养护", "园林绿化").name == "园林绿化"
    admin.set_category_active("园林绿化", False)
    with pytest.raises(ValidationError):
        world.new_ticket(category="园林绿化")
    assert "园林绿化" in {c.name for c in admin.categories(include_inactive=True)}
    assert "园林绿化" not in {c.name for c in world.clerk.categories()}


# -- the command line -----------------------------------------------------------------------------
def _cli(monkeypatch, capsys, url, *args, stdin=""):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main(["--db", url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_reset_password_disable_and_enable(sqlite_url, clock, monkeypatch, capsys):
    with Desk.open(sqlite_url, clock=clock) as d:
        d.add_user("zhang.wei", PASSWORD, "clerk", display_name="张伟")
        _fail(d, "zhang.wei", times=5)
    code, out, err = _cli(monkeypatch, capsys, sqlite_url, "user", "reset-password", "zhang.wei", "--temporary",
                          stdin="cli-new-pass-1\n")
    assert code == 0 and "张伟" in out and "cli-new-pass-1" not in out + err
    with Desk.open(sqlite_url) as d:
        assert d.login("zhang.wei", "cli-new-pass-1").must_change_password
    code, out, _ = _cli(monkeypatch, capsys, sqlite_url, "user", "disable", "zhang.wei")
    assert code == 0 and "已停用" in out
    with Desk.open(sqlite_url) as d:
        _fail(d, "zhang.wei", "cli-new-pass-1")
    code, out, _ = _cli(monkeypatch, capsys, sqlite_url, "user", "enable", "zhang.wei")
    assert code == 0 and "已启用" in out
    code, _, err = _cli(monkeypatch, capsys, sqlite_url, "user", "disable", "nobody")
    assert code == 1 and "nobody" in err
    code, _, err = _cli(monkeypatch, capsys, sqlite_url, "user", "reset-password", "zhang.wei", stdin="short\n")
    assert code == 2 and "8" in err
    with Desk.open(sqlite_url) as d:
        assert d.verify_audit().ok
        d.add_user("boss", PASSWORD, "admin")
        trail = [(e.kind, e.subject, e.actor_username, e.note) for e in d.login("boss", PASSWORD).audit_log(kind="admin")]
    assert ("password_reset", "user:zhang.wei", "system", "命令行") in trail
    assert ("user_disable", "user:zhang.wei", "system", "命令行") in trail


def test_set_settings_is_all_or_none(world):
    admin = world.admin
    before = world.desk.settings()
    events = len(admin.audit_log(kind="admin"))
    with pytest.raises(ValidationError) as info:  # the second one is bad: the first is not written either
        admin.set_settings({"office_name": "幸福街道办事处", "idle_lock_minutes": "0"})
    assert info.value.field == "idle_lock_minutes"
    with pytest.raises(ValidationError):
        admin.set_settings({})
    with pytest.raises(ValidationError):
        admin.set_settings({"no_such_setting": "1"})
    assert world.desk.settings() == before and len(admin.audit_log(kind="admin")) == events
    # the scoring scheme: the old form (three weights of 响应率, 解决率, 满意率) is written in the named form
    assert admin.set_settings({"office_name": " 幸福街道办事处 ", "report_weights": "0.2,0.4,0.4"}) == \
        {"office_name": "幸福街道办事处", "report_weights": "response:0.2,resolution:0.4,satisfaction:0.4"}
    after = world.desk.settings()
    assert after["office_name"] == "幸福街道办事处"
    assert after["report_weights"] == "response:0.2,resolution:0.4,satisfaction:0.4"
    assert {e.subject for e in admin.audit_log(kind="admin")[:2]} == {"setting:office_name", "setting:report_weights"}
    with pytest.raises(PermissionDenied):
        world.clerk.set_settings({"office_name": "别的街道"})
