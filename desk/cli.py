"""``whistle-desk``: the command line (also ``python -m desk``).

With no subcommand it opens the GUI, which it finds through the ``whistle_desk.gui``
entry point group: the core never imports Qt. Subcommands are registered in one table,
``COMMANDS``: one function per subcommand, plus an optional function that declares its
arguments. Adding ``calendar due`` or ``audit verify`` later is one more row.

Errors the core raises on purpose (``desk.errors.DeskError``) are shown as one line,
``错误：…``, on standard error, never as a traceback. Exit codes: 0 success, 1 error,
2 bad input or usage, 130 interrupted.
"""
from __future__ import annotations

# Start-up cost (issue 14): ``--version`` imports only this module and desk.errors, ``--help`` adds argparse and
# the default database's folder. Everything else (pathlib, logging, importlib.metadata, getpass, SQLAlchemy, the
# services) is imported inside the function that needs it, so a subcommand loads only its own modules.
import os
import sys
from collections import namedtuple

from desk import __version__
from desk.errors import ClockAhead, DatabaseUnavailable, DeskError, ValidationError

TYPE_CHECKING = False  # (typing.TYPE_CHECKING without importing typing)
if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable, Sequence
    from pathlib import Path

ENV_DB = "WHISTLE_DESK_DB"
VERSION = f"whistle-desk {__version__}"
GUI_GROUP = "whistle_desk.gui"
#: The entry point preferred when several GUIs are installed.
GUI_NAME = "qt"
ROLES = ("clerk", "supervisor", "responder", "admin", "project_manager", "observer")

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

#: How a ValidationError's field is called on the command line.
FIELD_NAMES = {
    "username": "USERNAME",
    "password": "密码 password",
    "role": "--role",
    "department": "--department",
    "display_name": "--display-name",
    "tickets": "--tickets",
    "seed": "--seed",
    "from": "--from",
    "within": "--within",
    "month": "YYYY-MM",
    "at": "--at",
    "week": "--week",
    "db": "--db",
    "new_password": "密码 password",
    "active": "USERNAME",
    "out": "--out",
    "json": "--json",
    "arguments": "命令行参数",
    "time": "时间",
}


# -- the table of subcommands ---------------------------------------------------------------
#: One subcommand: its words (``path``), a one-line ``help``, what it does (``run(args) -> exit code``) and, optionally,
#: a function that declares its ``arguments``, a ``description`` and an ``epilog``.
Command = namedtuple("Command", "path help run arguments description epilog", defaults=(None, None, None))


#: Help for the words that group subcommands (``db``, ``user`` …).
GROUPS: dict[tuple[str, ...], str] = {
    ("db",): "数据库结构（schema）：迁移与版本",
    ("user",): "用户账户",
    ("calendar",): "工作日历：到期时间与每月日历",
    ("audit",): "审计记录：校验不可篡改的事件哈希链",
    ("clock",): "本机时间（单机数据库）",
}


def _out(text: str = "") -> None:
    print(text)


def _err(text: str) -> None:
    print(text, file=sys.stderr)


# -- opening the database -----------------------------------------------------------------
def resolve_db_url(option: str | None) -> str:
    """``--db``, else ``$WHISTLE_DESK_DB``, else the SQLite file in the user's data folder."""
    if option:
        return option
    env = os.environ.get(ENV_DB, "").strip()
    if env:
        return env
    from desk import paths

    return paths.default_db_url()


def _open_desk(url: str):
    from desk import Desk  # imported here so that --help and --version stay quick

    return Desk.open(url)


def _engine(url: str):
    from desk import db

    try:
        return db.create_db_engine(url)
    except DeskError:
        raise
    except Exception as exc:  # noqa: BLE001 - a malformed URL or a missing driver
        raise DatabaseUnavailable("数据库地址（URL）无效：{url}（{error}）", url=_hide_password(url),
                                  error=str(exc)) from None


def _hide_password(url: str) -> str:
    from desk.secrets import redact

    return redact(url)


def _location(engine) -> str:
    return engine.url.render_as_string(hide_password=True)


def _sqlite_file(engine) -> Path | None:
    """The database file of a SQLite engine (None for PostgreSQL or an in-memory database)."""
    from pathlib import Path

    u = engine.url
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database).expanduser()


# -- demo ------------------------------------------------------------------------------------
def _non_negative(text: str) -> int:
    import argparse

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"须为整数：{text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"不能为负数：{value}")
    return value


def _demo_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--tickets", type=_non_negative, default=2000, metavar="N",
                   help="工单数量（默认 2000；10 万张约需半分钟）")
    p.add_argument("--seed", type=int, default=1, metavar="S",
                   help="随机种子（默认 1）：相同的种子生成相同的数据，包括演示密码")
    p.add_argument("--if-empty", action="store_true",
                   help="数据库中已有用户或工单时什么也不做、正常退出（首次启动时自动填充演示数据用）")


def cmd_demo(args: argparse.Namespace) -> int:
    from desk import demo

    with _open_desk(args.url) as desk:
        if not demo.database_is_empty(desk):
            if args.if_empty:
                return EXIT_OK
            _err(f"错误：数据库 {desk.location} 中已有用户或工单；演示数据只能写入空数据库。"
                 "请用 --db 指定一个新的数据库（例如 --db sqlite:///demo.db）。")
            return EXIT_ERROR
        progress = _progress_printer() if sys.stderr.isatty() else None
        result = demo.generate(desk, tickets=args.tickets, seed=args.seed, progress=progress)
        location = desk.location
    _print_demo(result, location, args.seed)
    return EXIT_OK


def _progress_printer() -> Callable[[int, int], None]:
    def show(done: int, total: int) -> None:
        end = "\n" if done >= total else ""
        print(f"\r正在生成演示工单… {done}/{total}", end=end, file=sys.stderr, flush=True)

    return show


def _print_demo(result, location: str, seed: int) -> None:
    from desk.labels import DISPATCH_STATE, ROLE, TICKET_STATE

    _out(f"已在 {location} 生成演示数据（种子 seed {seed}，用时 {result.seconds:.1f} 秒）：")
    _out(f"  部门 {result.departments} 个，分类 {result.categories} 个，用户 {len(result.users)} 个，"
         f"工单 {result.tickets} 张，派单 {result.dispatches} 条，事件 {result.events} 条，回访 {result.callbacks} 条。")
    if result.tickets:
        _out("  工单状态：" + "，".join(f"{TICKET_STATE[s]} {result.ticket_states.get(s, 0)}" for s in TICKET_STATE))
        _out("  派单状态：" + "，".join(f"{DISPATCH_STATE[s]} {result.dispatch_states.get(s, 0)}"
                                     for s in DISPATCH_STATE))
    _out()
    _out("演示账户（密码只显示这一次，请记下；这些是公开的演示密码，切勿用于真实数据）：")
    rows = [("用户名", "姓名", "角色", "部门", "密码")]
    rows += [(u.username, u.display_name, ROLE.get(u.role, u.role), u.department or "—", u.password)
             for u in result.users]
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        _out("  " + "  ".join(_pad(cell, w) for cell, w in zip(r, widths)).rstrip())


def _width(text: str) -> int:
    import unicodedata

    """Terminal columns: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


# -- db ----------------------------------------------------------------------------------------
def _current_revision(engine) -> str | None:
    from sqlalchemy.exc import DBAPIError

    from desk import db

    try:
        return db.current_revision(engine)
    except DBAPIError as exc:
        raise db.connection_error(engine.url, exc) from None


def _known_revision(rev: str) -> bool:
    from alembic.script import ScriptDirectory

    from desk import db

    try:
        return ScriptDirectory.from_config(db.alembic_config()).get_revision(rev) is not None
    except Exception:  # noqa: BLE001 - alembic raises several kinds for an unknown id
        return False


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from desk import db

    engine = _engine(args.url)
    try:
        before = _current_revision(engine)
        head = db.head_revision()
        if before == head:
            _out(f"数据库结构已是最新版本（revision {head}）：{_location(engine)}")
            return EXIT_OK
        db.ensure_schema(engine)  # refuses a schema newer than this program (SchemaTooNew)
        after = _current_revision(engine)
        _out(f"数据库结构已升级：{before or '（空）'} → {after}（{_location(engine)}）")
        return EXIT_OK
    finally:
        engine.dispose()


def cmd_db_current(args: argparse.Namespace) -> int:
    from desk import db

    engine = _engine(args.url)
    try:
        head = db.head_revision()
        file = _sqlite_file(engine)
        _out(f"数据库：{_location(engine)}")
        if file is not None and not file.exists():
            _out("当前版本 current：（数据库文件尚不存在）")
            _out(f"最新版本 head：{head}")
            _out("状态：尚未创建。首次使用时自动创建，或运行 whistle-desk db upgrade。")
            return EXIT_OK
        current = _current_revision(engine)
        _out(f"当前版本 current：{current or '（空，尚未迁移）'}")
        _out(f"最新版本 head：{head}")
        if current == head:
            _out("状态：已是最新（up to date）。")
        elif current is not None and not _known_revision(current):
            _out("状态：数据库已由更新版本的吹哨报到工作台升级，本程序无法安全写入，请升级本程序。")
        else:
            _out("状态：需要升级，请运行 whistle-desk db upgrade（程序启动时也会自动升级）。")
        return EXIT_OK
    finally:
        engine.dispose()


# -- user ---------------------------------------------------------------------------------
def _user_add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("username", metavar="USERNAME", help="登录名：小写字母开头，2–32 个小写字母、数字、点、下划线或连字符")
    p.add_argument("--role", required=True, choices=ROLES,
                   help="角色：clerk 受理员、supervisor 督办员、responder 部门联络员、admin 管理员、"
                        "project_manager 项目负责人、observer 市民观察员")
    p.add_argument("--department", metavar="NAME", help="所属部门（部门联络员必填），例如 城管执法队")
    p.add_argument("--display-name", metavar="NAME", help="显示名称，例如 张伟（默认同用户名）")


def _piped_line() -> str:
    """One line of a password piped to standard input ("" when there is none)."""
    try:
        return sys.stdin.readline().rstrip("\r\n")
    except UnicodeDecodeError:
        raise ValidationError("password", "标准输入中的密码不是有效的 UTF-8 文字。") from None


def read_new_password(prompt: str = "新用户的密码：") -> str:
    """From standard input when it is not a terminal (one line); else asked twice, unechoed."""
    stdin = sys.stdin
    if stdin is None:
        raise ValidationError("password", "没有可读取密码的标准输入。")
    if not stdin.isatty():
        line = _piped_line()
        if not line:
            raise ValidationError("password", "标准输入中没有密码（应为一行文字）。")
        return line
    import getpass

    try:
        first = getpass.getpass(prompt)
        second = getpass.getpass("再次输入密码：")
    except EOFError:
        raise ValidationError("password", "没有输入密码。") from None
    if first != second:
        raise ValidationError("password", "两次输入的密码不一致，未创建用户。")
    return first


def cmd_user_add(args: argparse.Namespace) -> int:
    from desk.labels import ROLE

    password = read_new_password()
    with _open_desk(args.url) as desk:
        u = desk.add_user(args.username, password, args.role, department=args.department,
                          display_name=args.display_name)
    where = f"，{u.department}" if u.department else ""
    _out(f"已创建用户 {u.username}（{u.display_name}，{ROLE.get(u.role, u.role)}{where}）。")
    return EXIT_OK


def _username_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("username", metavar="USERNAME", help="登录名")


def _reset_password_arguments(p: argparse.ArgumentParser) -> None:
    _username_argument(p)
    p.add_argument("--temporary", action="store_true",
                   help="临时密码：用户下次登录后必须先修改密码才能继续操作")


def cmd_user_reset_password(args: argparse.Namespace) -> int:
    password = read_new_password("新密码：")
    with _open_desk(args.url) as desk:
        u = desk.reset_password(args.username, password, must_change_password=args.temporary)
    extra = "；下次登录后须先修改密码" if args.temporary else ""
    _out(f"已重置用户 {u.username}（{u.display_name}）的密码并解除锁定{extra}。该用户已登录的会话须重新登录。")
    return EXIT_OK


def _set_active(args: argparse.Namespace, active: bool) -> int:
    with _open_desk(args.url) as desk:
        u = desk.set_user_active(args.username, active)
    _out(f"已{'启用' if active else '停用'}用户 {u.username}（{u.display_name}）。")
    return EXIT_OK


def cmd_user_disable(args: argparse.Namespace) -> int:
    return _set_active(args, False)


def cmd_user_enable(args: argparse.Namespace) -> int:
    return _set_active(args, True)


# -- clock ------------------------------------------------------------------------------------
def cmd_clock_accept(args: argparse.Namespace) -> int:
    with _open_desk(args.url) as desk:
        at = desk.accept_clock()
        shown = at.astimezone(desk.office_tz()).strftime("%Y-%m-%d %H:%M")
    _out(f"已确认本机时间 {shown} 正确（已记入审计记录）。")
    return EXIT_OK


# -- audit ------------------------------------------------------------------------------------
def cmd_audit_verify(args: argparse.Namespace) -> int:
    with _open_desk(args.url) as desk:
        report = desk.verify_audit()
        location = desk.location
    if report.ok:
        _out(f"审计链完好：{location} 中共 {report.events} 条事件，逐条校验通过，只追加触发器在位。")
        _out(f"链尾：第 {report.head_seq} 条，SHA-256 {report.head_hash}")
        _out("（请把链尾记在别处，例如周报或纸质台账：日后可据此发现整条链被重算改写。）")
        return EXIT_OK
    _err(f"错误：审计链已断开（{location}，共 {report.events} 条事件）。第一处断点：")
    _err(f"  {report.first}")  # str(): Chinese, whatever language a GUI in this process has installed
    for p in report.problems[1:]:
        _err(f"  另：{p}")
    return EXIT_ERROR


# -- calendar, sweep, export -----------------------------------------------------------------
WEEKDAYS = "一二三四五六日"


def _instant(text: str, tz, field: str):
    """ISO 8601; without an offset it is read in the office's time zone."""
    from datetime import datetime

    try:
        t = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(field, "不是 ISO 8601 时间：{text}（例如 2026-09-30T16:30+08:00）", text=text) from None
    return t.replace(tzinfo=tz) if t.tzinfo is None else t


def _calendar_due_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="start", required=True, metavar="ISO8601",
                   help="起算时间，例如 2026-09-30T16:30+08:00（不带时区时按办公室时区）")
    p.add_argument("--within", required=True, metavar="DURATION",
                   help="时限：自然时 30m/4h/2d，工作时 6wh/3wd（N 个工作日 = N × 工作日长度）")


def cmd_calendar_due(args: argparse.Namespace) -> int:
    from desk.deadlines import Duration

    with _open_desk(args.url) as desk:
        cal = desk.calendar()
        start = _instant(args.start, cal.tzinfo, "from")
        within = Duration.parse(args.within, field="within")
        _out(cal.local(cal.due(start, within)).isoformat())
    return EXIT_OK


def _calendar_show_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("month", metavar="YYYY-MM", help="月份，例如 2026-10")


def cmd_calendar_show(args: argparse.Namespace) -> int:
    try:
        year, month = (int(x) for x in args.month.split("-"))
        if not 1 <= month <= 12 or not 1900 < year < 2200:
            raise ValueError
    except ValueError:
        raise ValidationError("month", "月份应写作 YYYY-MM，例如 2026-10：{month}", month=args.month) from None
    with _open_desk(args.url) as desk:
        cal = desk.calendar()
        for info in cal.month_table(year, month):
            ov = cal.day_kind(info.date)
            hours = info.working_time.total_seconds() / 3600
            name = ov.name or ""
            _out(f"{info.date.isoformat()}  周{WEEKDAYS[info.date.weekday()]}  {_pad(info.label, 8)}  "
                 f"{hours:4.1f} 工时  {name}".rstrip())
    return EXIT_OK


def _sweep_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--dry-run", action="store_true", help="只预测，不写入数据库")
    p.add_argument("--at", metavar="ISO8601", help="预测到该时间为止会升级的事项（需要 --dry-run）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")


def cmd_sweep(args: argparse.Namespace) -> int:
    import json

    from desk.labels import ESCALATION_LEVEL, STEP

    if args.at and not args.dry_run:
        raise ValidationError("at", "--at 只能与 --dry-run 一起使用。")
    with _open_desk(args.url) as desk:
        cal = desk.calendar()
        at = _instant(args.at, cal.tzinfo, "at") if args.at else None
        result = desk.sweep(at=at, dry_run=args.dry_run)
        rows = [{
            "ticket_number": e.ticket_number, "department": e.department, "role": e.role, "step": e.step,
            "level": e.level, "level_name": ESCALATION_LEVEL[e.level],
            "due": cal.local(e.due).isoformat() if e.due else None,
            "reached_at": cal.local(e.reached_at).isoformat(),
            # working hours for a working-time limit, clock hours for a natural one (特急 30m, 2h …)
            "late_hours": round(e.late_by.total_seconds() / 3600, 2), "late_in_working_time": e.late_working,
        } for e in result.escalations]
        if args.json:
            _out(json.dumps({"at": cal.local(result.at).isoformat(), "dry_run": args.dry_run,
                             "resumed_suspensions": result.resumed, "escalations": rows},
                            ensure_ascii=False, indent=2))
            return EXIT_OK
        verb = "将升级" if args.dry_run else "已记录"
        _out(f"截至 {cal.local(result.at).strftime('%Y-%m-%d %H:%M')}，{verb} {len(rows)} 项：")
        for r, e in zip(rows, result.escalations):
            _out(f"  {r['ticket_number']}  {e.department}  {STEP[e.step]}  {r['level_name']}  "
                 f"于 {r['reached_at'][:16].replace('T', ' ')}"
                 f"（超期 {r['late_hours']} {'工作小时' if e.late_working else '小时'}）")
        if result.resumed:
            _out(f"另有 {result.resumed} 个挂起超过上限的派单已自动恢复计时。")
    return EXIT_OK


def _export_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--what", choices=["dispatches", "projects"], default="dispatches",
                   help="导出内容：dispatches 派单，或 projects 民生工程项目（编号、名称、阶段、优先级评分、来源工单、居民数……）")
    p.add_argument("--format", choices=["jsonl", "csv"], default="jsonl", help="格式：jsonl 或 csv")
    p.add_argument("--out", metavar="FILE", help="输出文件（默认：标准输出）")
    p.add_argument("--full-phones", action="store_true",
                   help="导出完整的反映人电话（默认打码为 138****1234；完整号码属于个人信息，请妥善保管导出文件）")


def _output_file(path: str | None, field: str) -> None:
    """Refuse an output path that is a folder before any work is done (opening it would say little)."""
    if not path:
        return
    from pathlib import Path

    if Path(path).is_dir():
        raise ValidationError(field, "{path} 是一个文件夹，请给出文件名。", path=path[:200])
    folder = Path(path).expanduser().absolute().parent
    if not folder.is_dir():
        raise ValidationError(field, "文件夹 {folder} 不存在。", folder=str(folder)[:200])


def cmd_export(args: argparse.Namespace) -> int:
    import csv
    import json

    from desk.facade import export_dispatches
    from desk.projects.export import export_projects

    _output_file(args.out, "out")
    out = open(args.out, "w", encoding="utf-8", newline="") if args.out else sys.stdout
    try:
        with _open_desk(args.url) as desk:
            writer = None
            count = 0
            rows = export_projects(desk) if args.what == "projects" else \
                export_dispatches(desk, mask_phones=not args.full_phones)
            for row in rows:
                if args.format == "jsonl":
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
                else:
                    if writer is None:
                        writer = csv.DictWriter(out, fieldnames=list(row))
                        writer.writeheader()
                    writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
                                     for k, v in row.items()})  # (a project's milestones: one JSON cell)
                count += 1
    finally:
        if args.out:
            out.close()
    if args.out:
        _out(f"已导出 {count} 个项目到 {args.out}。" if args.what == "projects" else f"已导出 {count} 条派单到 {args.out}。")
    return EXIT_OK


def _read_secret(prompt: str) -> str:
    if sys.stdin is not None and not sys.stdin.isatty():
        line = _piped_line()
        if not line.strip():
            raise ValidationError("password", "标准输入中没有密码（应为一行文字）。")
        return line
    import getpass

    first = getpass.getpass(prompt)
    if getpass.getpass("再次输入：") != first:
        raise ValidationError("password", "两次输入的密码不一致，未保存。")
    return first


def cmd_db_set_password(args: argparse.Namespace) -> int:
    from desk import secrets

    if not secrets.is_postgres(args.url):
        raise ValidationError("db", "只有共享服务器（PostgreSQL）需要保存密码；请用 --db 指定服务器地址。")
    secrets.store_password(args.url, _read_secret("数据库密码："))
    _out(f"密码已保存到系统密钥环（keyring）：{secrets.redact(args.url)}")
    return EXIT_OK


def cmd_db_forget_password(args: argparse.Namespace) -> int:
    from desk import secrets

    gone = secrets.delete_password(args.url)
    _out(("已从系统密钥环删除密码：" if gone else "系统密钥环中没有该数据库的密码：") + secrets.redact(args.url))
    return EXIT_OK


def _report_arguments(p: argparse.ArgumentParser) -> None:
    which = p.add_mutually_exclusive_group()
    which.add_argument("--week", metavar="YYYY-Www", help="周报：ISO 周，例如 2026-W47（默认：上一个完整的周）")
    which.add_argument("--month", metavar="YYYY-MM", help="月报：月份，例如 2026-11")
    p.add_argument("--out", metavar="FILE", help="通报 PDF（默认：通报-<周或月>.pdf）")
    p.add_argument("--slips", metavar="FILE", help="各部门工作单 PDF（默认：与通报同一文件夹的 部门工作单-<周或月>.pdf）")
    p.add_argument("--xlsx", metavar="FILE", help="完整清单的 Excel 附表（默认：与通报同一文件夹的 附表-<周或月>.xlsx）")
    p.add_argument("--json", metavar="FILE", help="同时把报告中的全部数字、计分方案和排名写成 JSON")
    p.add_argument("--comment", metavar="FILE", help="点评文字（UTF-8 文本文件）；默认用系统根据数字起草的点评")
    p.add_argument("--font", metavar="PATH", help="中文 TrueType 字体文件（.ttf/.ttc），默认自动查找")


#: The most text a 点评 file may hold (a few paragraphs; the 通报 is 2-4 pages).
MAX_COMMENT_CHARS = 2000


def _comment(path: str | None) -> str | None:
    if not path:
        return None
    from pathlib import Path

    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ValidationError("comment", "找不到点评文件：{path}。", path=path[:200]) from None
    except UnicodeDecodeError:
        raise ValidationError("comment", "点评文件须为 UTF-8 编码的文本：{path}。", path=path[:200]) from None
    except OSError as exc:
        raise ValidationError("comment", "无法读取点评文件 {path}：{why}", path=path[:200], why=exc.strerror or "") from None
    text = text.strip()
    if len(text) > MAX_COMMENT_CHARS:
        raise ValidationError("comment", "点评过长：最多 {most} 个字。", most=MAX_COMMENT_CHARS)
    return text


def cmd_report(args: argparse.Namespace) -> int:
    from pathlib import Path

    from desk.geo.paper import period_map
    from desk.stats import period_report

    # The CLI is a composition root: it may hand the core's plain data to the renderers.
    from reports import BULLETIN_MAX_PAGES, render_bulletin_pdf, render_department_slips_pdf, write_workbook
    from reports.fonts import FontNotFound

    for path, field in ((args.out, "out"), (args.slips, "slips"), (args.xlsx, "xlsx"), (args.json, "json")):
        _output_file(path, field)
    comment = _comment(args.comment)
    with _open_desk(args.url) as desk:
        report = period_report(desk, week=args.week, month=args.month, place=period_map)
    out = Path(args.out or f"通报-{report.name}.pdf")
    slips = Path(args.slips) if args.slips else out.with_name(f"部门工作单-{report.name}.pdf")
    xlsx = Path(args.xlsx) if args.xlsx else out.with_name(f"附表-{report.name}.xlsx")
    try:
        pages = render_bulletin_pdf(report, out, comment=comment, font_path=args.font)
        render_department_slips_pdf(report, slips, font_path=args.font)
    except FontNotFound as exc:
        _err(f"错误：{exc}")
        return EXIT_ERROR
    write_workbook(report, xlsx)
    _out(f"已生成 {report.title} 通报（{pages} 页）：{out}")
    if pages > BULLETIN_MAX_PAGES:
        _err(f"注意：通报共 {pages} 页，超过 {BULLETIN_MAX_PAGES} 页；请精简点评（--comment）。")
    _out(f"各部门工作单：{slips}")
    _out(f"完整清单（Excel）：{xlsx}")
    if args.json:
        Path(args.json).write_text(report.to_json(), encoding="utf-8")
        _out(f"数字已写入 {args.json}")
    return EXIT_OK


def cmd_selfcheck(args: argparse.Namespace) -> int:
    """Open a fresh database, render the main window offscreen and report (for installers and CI)."""
    try:
        check = find_gui("selfcheck")
    except Exception as exc:  # noqa: BLE001 - a broken bundle or a missing Qt library
        _err(f"错误：无法加载图形界面（GUI）：{type(exc).__name__}: {exc}")
        return EXIT_ERROR
    if check is None:
        _err("错误：未找到自检入口（entry point selfcheck）。")
        return EXIT_ERROR
    return int(check(args.url if args.db_given else None) or 0)


COMMANDS: tuple[Command, ...] = (
    Command(("demo",), "生成演示数据：部门、分类、各角色用户和 N 张各种状态的工单", cmd_demo, _demo_arguments,
            description="在空数据库中生成逼真的演示数据，并打印演示用户及其密码（只显示这一次）。",
            epilog="例：whistle-desk --db sqlite:///demo.db demo --tickets 100000 --seed 7"),
    Command(("db", "upgrade"), "把数据库结构迁移到最新版本（alembic upgrade head）", cmd_db_upgrade),
    Command(("db", "current"), "显示数据库结构的当前版本和最新版本", cmd_db_current),
    Command(("db", "set-password"), "把共享服务器的数据库密码保存到系统密钥环（keyring）", cmd_db_set_password,
            description="密码从标准输入读取（不是终端时），否则提示输入两次。密码只存入系统密钥环，"
                        "不写入任何设置文件或日志。",
            epilog="例：whistle-desk --db postgresql://desk@10.0.0.5/whistle db set-password"),
    Command(("db", "forget-password"), "从系统密钥环删除数据库密码", cmd_db_forget_password),
    Command(("user", "add"), "新建用户（密码从标准输入读取，或在终端中输入两次）", cmd_user_add,
            _user_add_arguments,
            description="新建用户。标准输入不是终端时从中读取一行作为密码，否则提示输入两次。",
            epilog="例：echo 'secret-pass' | whistle-desk user add li.na --role responder --department 城管执法队 "
                   "--display-name 李娜"),
    Command(("user", "reset-password"), "重置用户密码（同时解除锁定；密码从标准输入读取，或在终端中输入两次）",
            cmd_user_reset_password, _reset_password_arguments,
            description="为忘记密码的用户设置新密码，并解除因多次输错密码造成的锁定。该用户已登录的会话须重新登录。"
                        "操作记入审计记录（执行者为“系统”，注明“命令行”）。",
            epilog="例：whistle-desk user reset-password zhang.wei --temporary"),
    Command(("user", "disable"), "停用用户（不能停用最后一个管理员）", cmd_user_disable, _username_argument,
            description="停用账户：不能再登录，已登录的会话立即失效。操作记入审计记录。",
            epilog="例：whistle-desk user disable zhang.wei"),
    Command(("user", "enable"), "重新启用已停用的用户", cmd_user_enable, _username_argument),
    Command(("audit", "verify"), "校验审计记录的哈希链：发现被修改、删除或插入的事件", cmd_audit_verify,
            description="逐条重算事件表的 SHA-256 哈希链，并与链尾记录核对。完好时退出码为 0，"
                        "否则退出码为 1，并指出第一处断点（被修改、删除或插入的事件）。",
            epilog="例：whistle-desk audit verify"),
    Command(("clock", "accept"), "确认本机时间正确（单机数据库的时间比最后记录晚了许多时）", cmd_clock_accept,
            description="单机数据库按本机时间记录。本机时间比数据库最后记录的时间晚了超过设置“本机时间超前上限”"
                        "（默认 1 个工作日）时，写入操作会被拒绝，以免把未来的超期记入记录。核对电脑时间无误后"
                        "运行本命令确认；确认记入审计记录。",
            epilog="例：whistle-desk clock accept"),
    Command(("calendar", "due"), "按办公室工作日历计算到期时间", cmd_calendar_due, _calendar_due_arguments,
            epilog="例：whistle-desk calendar due --from 2026-09-30T16:30+08:00 --within 1wd"),
    Command(("calendar", "show"), "列出某月每一天的类型（工作日、休息日、节假日、调休上班）", cmd_calendar_show,
            _calendar_show_arguments, epilog="例：whistle-desk calendar show 2026-10"),
    Command(("sweep",), "扫描并记录已到期的催办、督办、通报（可供计划任务调用）", cmd_sweep, _sweep_arguments,
            epilog="例：whistle-desk sweep --dry-run --at 2026-11-27T17:30 --json  （周五 17:30 前会超期的事项）"),
    Command(("report",), "生成周报或月报：通报 PDF、各部门工作单 PDF 和完整清单 Excel 附表", cmd_report, _report_arguments,
            epilog="例：whistle-desk report --week 2026-W47 --out 通报.pdf --json figures.json；"
                   "whistle-desk report --month 2026-11"),
    Command(("selfcheck",), "自检：新建临时数据库，离屏渲染主窗口后退出（供安装包和 CI 使用）", cmd_selfcheck),
    Command(("export",), "导出每个派单的时限、到期时间、完成时间和升级级别", cmd_export, _export_arguments,
            epilog="例：whistle-desk export --what dispatches --format csv --out dispatches.csv；"
                   "whistle-desk export --what projects --format jsonl"),
)


# === issue 15: whistle-desk import 12345 FILE ===============================================
def _import_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="从 12345 平台导出的 .xlsx、.xls 或 .csv 文件")
    p.add_argument("--dry-run", action="store_true", help="只预览：读取、映射并统计，不写入任何数据")
    p.add_argument("--mapping", metavar="NAME", help="使用已保存的列映射（管理员在界面中保存）")
    p.add_argument("--skip-rejected", action="store_true",
                   help="有不能导入的行时跳过这些行、导入其余各行（默认：整个文件都不导入）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出统计数字")


def cmd_import_12345(args: argparse.Namespace) -> int:
    import json

    from desk.intake.imports.verbs import import_from_command_line

    with _open_desk(args.url) as desk:
        r = import_from_command_line(desk, args.file, dry_run=args.dry_run, mapping=args.mapping,
                                     allow_rejected=args.skip_rejected)
    if args.json:
        _out(json.dumps({"file": r.file_name, "sha256": r.sha256, "dry_run": args.dry_run, "batch": r.batch_id,
                         "header_row": r.header_row, **r.counts(),
                         "rejected_rows": [{"row": x.row, "number": x.number, "reason": x.reason}
                                           for x in r.rejected_rows]}, ensure_ascii=False, indent=2))
        return EXIT_OK
    _out(f"{'预览（未写入）' if args.dry_run else '已导入'}：{r.file_name}（表头在第 {r.header_row} 行）")
    _out(f"  共 {r.total} 行：新增 {r.new}，更新 {r.updated}，无变化 {r.unchanged}，疑似重复 {r.duplicates}，"
         f"不能导入 {r.rejected}，待分类 {r.unclassified}")
    for x in r.rejected_rows[:20]:
        _out(f"  第 {x.row} 行 {x.number}：{x.reason}")
    if r.rejected > 20:
        _out(f"  ……另有 {r.rejected - 20} 行不能导入")
    return EXIT_OK


GROUPS[("import",)] = "导入外部工单"
FIELD_NAMES.update({"file": "FILE"})
COMMANDS += (Command(("import", "12345"), "导入 12345 平台导出的工单（.xlsx、.xls、.csv）", cmd_import_12345,
                     _import_arguments,
                     description="读取 12345 平台导出的工单文件，自动识别表头和列，按工单编号新增或更新工单。"
                                 "整个文件在一个事务中导入：要么全部有效行都导入，要么什么都不写入。"
                                 "退出码：0 成功；2 文件无法读取、缺少必需的列或有不能导入的行（未写入任何数据）。",
                     epilog="例：whistle-desk import 12345 工单导出.xlsx --dry-run --json"),)


# === issue 16 §4: whistle-desk disclose --out DIR (阳光工程) ===================================
def _disclose_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", metavar="DIR", required=True,
                   help="网站文件夹（新的或空的文件夹；以前生成的网站文件夹会被整体替换）")
    p.add_argument("--year", type=int, metavar="YYYY", help="项目清单的年度（默认：最近一个已批准清单的年度）")


def cmd_disclose(args: argparse.Namespace) -> int:
    from desk.disclosure import disclosure
    from reports.disclosure import write_site

    with _open_desk(args.url) as desk:
        data = disclosure(desk, args.year)
    pages = write_site(data, args.out)
    _out(f"已生成阳光工程网站：{args.out}（{pages} 个网页：{data.year}年项目 {len(data.projects)} 个，"
         f"接诉即办 {len(data.months)} 个月）。用浏览器打开其中的 index.html 查看。")
    return EXIT_OK


FIELD_NAMES.update({"year": "--year"})
COMMANDS += (Command(("disclose",), "生成阳光工程公开网站（年度重点民生工程清单、项目详情、近十二个月接诉即办三率）",
                     cmd_disclose, _disclose_arguments,
                     description="写出一个静态网站（HTML 和 CSS，不需要联网，也不需要 JavaScript），可复制到内网或"
                                 "政务公开网站。网站不含反映人的姓名、电话、地址，也不含工作人员填写的说明文字（项目名称除外）。",
                     epilog="例：whistle-desk disclose --out 阳光工程 --year 2027"),)


# === issue 16 §4: whistle-desk projects bulletin --out FILE.pdf (项目进度通报) ===================
def _project_bulletin_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", metavar="FILE", required=True, help="输出的 PDF 文件")
    p.add_argument("--year", type=int, metavar="YYYY", help="项目清单的年度（默认：最近一个已批准清单的年度）")
    p.add_argument("--font", metavar="FILE", help="中文字体文件（.ttf/.ttc/.otf；默认自动查找）")


def cmd_project_bulletin(args: argparse.Namespace) -> int:
    from desk.geo.service import project_map
    from desk.projects.bulletin import project_bulletin
    from reports.fonts import FontNotFound
    from reports.projects import render_project_bulletin_pdf

    _output_file(args.out, "out")
    with _open_desk(args.url) as desk:
        data = project_bulletin(desk, args.year, place=project_map)
    try:
        pages = render_project_bulletin_pdf(data, args.out, font_path=args.font)
    except FontNotFound as exc:
        _err(f"错误：{exc}")
        return EXIT_ERROR
    _out(f"已生成 {data.year}年项目进度通报：{args.out}（{pages} 页，项目 {len(data.projects)} 个，"
         f"超期节点 {len(data.late)} 个）。")
    return EXIT_OK


GROUPS[("projects",)] = "重点民生工程项目"
COMMANDS += (Command(("projects", "bulletin"), "生成项目进度通报 PDF（进展、超期节点、资金支付、施工单位红黑榜）",
                     cmd_project_bulletin, _project_bulletin_arguments,
                     description="按已批准的年度重点民生工程清单生成项目进度通报：各项目的阶段、完成进度、节点完成情况、"
                                 "超期节点及其督办级别（按升级规则计算，不论是否已运行超时检查）、预算与拨付、施工单位红黑榜。",
                     epilog="例：whistle-desk projects bulletin --out 项目进度通报.pdf --year 2027"),)


# === issue 15 §4: whistle-desk standards export | import (立结案标准) ==============================
def _standards_export_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", metavar="FILE", required=True, help="输出的 .xlsx 文件")


def cmd_standards_export(args: argparse.Namespace) -> int:
    from desk.standards.verbs import export_from_command_line

    _output_file(args.out, "out")
    with _open_desk(args.url) as desk:
        data = export_from_command_line(desk)
    with open(args.out, "wb") as f:
        f.write(data)
    _out(f"已导出立结案标准到 {args.out}。")
    return EXIT_OK


def _standards_import_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="立结案标准工作簿（.xlsx 或 .xls，可由 standards export 导出后修改）")
    p.add_argument("--dry-run", action="store_true", help="只检查，不写入任何数据")
    p.add_argument("--json", action="store_true", help="以 JSON 输出统计数字和不能导入的行")


def cmd_standards_import(args: argparse.Namespace) -> int:
    import json

    from desk.standards.verbs import import_from_command_line

    try:
        with open(args.file, "rb") as f:
            data = f.read(64 * 1024 * 1024 + 1)
    except OSError as exc:
        raise ValidationError("file", "无法读取文件 {path}：{error}", path=args.file[:200],
                              error=exc.strerror or str(exc)) from None
    if len(data) > 64 * 1024 * 1024:
        raise ValidationError("file", "文件过大（超过 64 MB），不像是立结案标准工作簿。")
    with _open_desk(args.url) as desk:
        r = import_from_command_line(desk, data, dry_run=args.dry_run)
    rejected = [{"row": x.row, "reason": str(x.reason)} for x in r.rejected]
    if args.json:
        _out(json.dumps({"file": args.file, "dry_run": args.dry_run, "written": r.written, "rows": r.rows,
                         "created": r.created, "updated": r.updated, "unchanged": r.unchanged,
                         "rejected": rejected}, ensure_ascii=False, indent=2))
    else:
        done = "已导入" if r.written else ("检查完毕（未写入）" if not rejected else "未导入（有不能导入的行，未写入任何数据）")
        _out(f"{done}：{args.file}，共 {r.rows} 行：新增 {r.created}，更新 {r.updated}，无变化 {r.unchanged}，"
             f"不能导入 {len(rejected)}")
        for x in rejected[:20]:
            _out(f"  第 {x['row']} 行：{x['reason']}")
        if len(rejected) > 20:
            _out(f"  ……另有 {len(rejected) - 20} 行不能导入")
    return EXIT_USAGE if rejected else EXIT_OK


GROUPS[("standards",)] = "立结案标准（分类树及各分类的主办、协办部门，立案、结案条件，时限）"
COMMANDS += (
    Command(("standards", "export"), "把立结案标准导出为 Excel 工作簿", cmd_standards_export,
            _standards_export_arguments, epilog="例：whistle-desk standards export --out 立结案标准.xlsx"),
    Command(("standards", "import"), "从 Excel 工作簿导入立结案标准（全部有效才写入）", cmd_standards_import,
            _standards_import_arguments,
            description="读取立结案标准工作簿，新增分类或替换其标准；文件未列出的分类保持不变。"
                        "整个文件在一个事务中导入：任何一行不能导入时，列出各行的行号和原因，什么都不写入。"
                        "退出码：0 成功；2 文件无法读取、缺少必需的列或有不能导入的行（未写入任何数据）。",
            epilog="例：whistle-desk standards import 立结案标准.xlsx --dry-run"),
)


# === issue 17: whistle-desk map import | render (一张图) ======================================================
#: The GUI's function that draws a map offscreen (``draw(picture, out, *, width, height, title) -> None``).
MAP_RENDER_ENTRY = "map_render"


def _map_import_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE",
                   help="边界文件：GeoJSON（.geojson/.json），Shapefile（.shp，同一文件夹中须有同名 .shx 和 .dbf），或含这些文件的 .zip")
    p.add_argument("--name-property", metavar="NAME",
                   help="存放社区名称的属性（默认：自动选择与社区列表匹配最多的属性）")
    p.add_argument("--crs", choices=["wgs84", "gcj02"], default="wgs84",
                   help="文件的坐标系：wgs84（GPS、天地图等）或 gcj02（高德、腾讯等国内网络地图）；gcj02 导入时换算为 WGS84")
    p.add_argument("--layer", choices=["communities", "roads"], default="communities",
                   help="图层：communities 社区/网格边界（默认），roads 道路/建筑（仅作参照）")
    p.add_argument("--dry-run", action="store_true", help="只检查和匹配，不写入")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")


def cmd_map_import(args: argparse.Namespace) -> int:
    import json

    from desk.geo.verbs import import_from_command_line

    with _open_desk(args.url) as desk:
        r = import_from_command_line(desk, args.file, layer=args.layer, crs=args.crs, name_property=args.name_property,
                                     dry_run=args.dry_run)
    if args.json:
        _out(json.dumps({"file": r.file_name, "kind": r.file_kind, "layer": r.layer, "crs": r.crs,
                         "name_property": r.name_property, "properties": list(r.properties), "features": r.features,
                         "vertices": r.vertices, "written": r.written, "import_id": r.import_id,
                         "matched": [{"name": n, "community": c} for n, c in r.matched],
                         "unmatched": list(r.unmatched), "missing": list(r.missing), "bbox": list(r.bbox)},
                        ensure_ascii=False, indent=2))
        return EXIT_OK
    crs = "GCJ-02（已换算为 WGS84）" if r.crs == "gcj02" else "WGS84"
    layer = "社区/网格" if r.layer == "communities" else "道路/建筑"
    _out(f"{'已导入' if r.written else '检查完毕（未写入）'}：{r.file_name}（{layer}图层，{r.features} 个要素，坐标系 {crs}，"
         f"名称属性 {r.name_property or '（无）'}）")
    if r.layer == "communities":
        _out(f"  已匹配 {len(r.matched)} 个：" + ("、".join(f"{n}→{c}" if n != c else c for n, c in r.matched) or "（无）"))
        if r.unmatched:
            _out(f"  未匹配 {len(r.unmatched)} 个：" + "、".join(n or "（无名称）" for n in r.unmatched))
        if r.missing:
            _out(f"  社区列表中没有边界的 {len(r.missing)} 个：" + "、".join(r.missing))
    return EXIT_OK


def _map_render_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", metavar="FILE.png", required=True, help="输出的 PNG 文件")
    p.add_argument("--what", choices=["tickets", "overdue", "projects"], default="tickets",
                   help="内容：tickets 各社区工单数和工单位置（默认），overdue 只看超期，projects 民生工程项目")
    p.add_argument("--period", metavar="PERIOD",
                   help="受理日期：YYYY-MM（一个月）、YYYY-Www（一周）、YYYY（一年）或 FROM..TO（YYYY-MM-DD..YYYY-MM-DD）；默认全部")
    p.add_argument("--category", metavar="NAME", help="只看该分类（含其下各级分类）")
    p.add_argument("--size", metavar="WxH", default="1600x1200", help="图片大小（像素），默认 1600x1200")


def _map_period(text: str | None):
    import calendar
    from datetime import date, timedelta

    if not text:
        return None, None
    t = text.strip()
    try:
        if ".." in t:
            a, b = t.split("..", 1)
            return date.fromisoformat(a), date.fromisoformat(b)
        if "-W" in t.upper():
            y, w = t.upper().split("-W")
            start = date.fromisocalendar(int(y), int(w), 1)
            return start, start + timedelta(days=6)
        if len(t) == 7 and t[4] == "-":
            y, m = int(t[:4]), int(t[5:])
            return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
        if len(t) == 4 and t.isdigit():
            return date(int(t), 1, 1), date(int(t), 12, 31)
    except ValueError:
        pass
    raise ValidationError("period", "统计期应写作 YYYY-MM、YYYY-Www、YYYY 或 YYYY-MM-DD..YYYY-MM-DD：{text}", text=t[:40])


def _map_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise ValidationError("size", "图片大小应写作 宽x高，例如 1600x1200：{text}", text=text[:40]) from None
    if not (200 <= w <= 8000 and 200 <= h <= 8000):
        raise ValidationError("size", "图片的宽和高须在 200 到 8000 像素之间：{text}", text=text[:40])
    return w, h


def cmd_map_render(args: argparse.Namespace) -> int:
    from pathlib import Path

    from desk.geo.dto import MapQuery
    from desk.geo.verbs import picture_from_command_line

    _output_file(args.out, "out")
    start, end = _map_period(args.period)
    width, height = _map_size(args.size)
    try:
        draw = find_gui(MAP_RENDER_ENTRY)
    except Exception as exc:  # noqa: BLE001 - a missing Qt library (libEGL …), a broken install
        _err(f"错误：无法加载图形界面（GUI）来绘制地图：{type(exc).__name__}: {exc}")
        return EXIT_ERROR
    if draw is None:
        _err(f"错误：未找到绘制地图的图形界面（entry point “{GUI_GROUP}: {MAP_RENDER_ENTRY}”）。请完整安装 whistle-desk。")
        return EXIT_ERROR
    with _open_desk(args.url) as desk:
        pic = picture_from_command_line(desk, what=args.what,
                                        q=MapQuery(start=start, end=end, category=args.category or None))
    if not pic.layers.communities and not pic.layers.roads:
        _err("错误：还没有导入地图边界（whistle-desk map import FILE）。")
        return EXIT_ERROR
    what = {"tickets": "工单分布", "overdue": "超期工单", "projects": "民生工程项目"}[args.what]
    period = f"{start.isoformat()} 至 {end.isoformat()}" if start else "全部时间"
    draw(pic, Path(args.out), width=width, height=height, title=f"{what}（{period}）")
    _out(f"已绘制地图：{args.out}（{width}×{height}，{len(pic.summary.rows)} 个社区，{pic.summary.total} 张工单）")
    return EXIT_OK


GROUPS[("map",)] = "一张图：导入社区/网格边界，离屏绘制地图"
FIELD_NAMES.update({"name_property": "--name-property", "crs": "--crs", "layer": "--layer", "period": "--period",
                    "size": "--size", "what": "--what", "category": "--category"})
COMMANDS += (
    Command(("map", "import"), "导入社区/网格边界或道路图层（GeoJSON、Shapefile）", cmd_map_import, _map_import_arguments,
            description="读取边界文件，检查每个要素（多边形闭合、不自相交、坐标在中国境内），按名称属性与社区列表匹配，"
                        "列出已匹配、未匹配的名称。GCJ-02 坐标换算为 WGS84 保存。整个文件在一个事务中替换该图层；"
                        "文件有任何问题时什么都不写入。退出码：0 成功；2 文件无法读取或有问题的要素（未写入任何数据）。",
            epilog="例：whistle-desk map import 社区边界.geojson --crs gcj02 --name-property 社区名称"),
    Command(("map", "render"), "离屏绘制地图为 PNG（各社区工单数着色、工单位置、项目）", cmd_map_render,
            _map_render_arguments,
            epilog="例：whistle-desk map render --out 地图.png --what overdue --period 2026-11"),
)


# -- the parser ------------------------------------------------------------------------------
def _db_option(parser: argparse.ArgumentParser, default) -> None:
    parser.add_argument(
        "--db", metavar="URL", default=default,
        help=f"数据库地址（database URL），如 sqlite:///C:/data/whistle.db 或 postgresql://user@host/db；"
             f"默认取环境变量 {ENV_DB}，再默认为用户数据目录中的 SQLite 文件",
    )


def build_parser(commands: Sequence[Command] = COMMANDS) -> argparse.ArgumentParser:
    import argparse

    from desk import paths

    parser = argparse.ArgumentParser(
        prog="whistle-desk",
        description="吹哨报到工作台 Whistle Desk。不带子命令时打开图形界面（GUI）。",
        epilog=f"默认数据库：{paths.default_db_url()}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _db_option(parser, None)
    parser.add_argument("--version", action="version", version=VERSION,
                        help="显示版本号并退出")
    # Subcommands accept --db too (after the subcommand); it is only set when given there.
    db_parent = argparse.ArgumentParser(add_help=False)
    _db_option(db_parent, argparse.SUPPRESS)

    top = parser.add_subparsers(title="子命令", metavar="COMMAND", dest="command")
    groups: dict[tuple[str, ...], argparse._SubParsersAction] = {(): top}
    for cmd in commands:
        for depth in range(1, len(cmd.path)):
            key = cmd.path[:depth]
            if key not in groups:
                text = GROUPS.get(key, "")
                gp = groups[key[:-1]].add_parser(key[-1], help=text, description=text,
                                                 formatter_class=argparse.RawDescriptionHelpFormatter)
                groups[key] = gp.add_subparsers(title="子命令", metavar="COMMAND", dest=f"command_{depth}",
                                                required=True)
        p = groups[cmd.path[:-1]].add_parser(
            cmd.path[-1], help=cmd.help, description=cmd.description or cmd.help, epilog=cmd.epilog,
            parents=[db_parent], formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        if cmd.arguments is not None:
            cmd.arguments(p)
        p.set_defaults(handler=cmd.run)
    return parser


# -- the GUI ------------------------------------------------------------------------------
def find_gui(name: str = GUI_NAME) -> Callable[[str], int] | None:
    """The GUI's ``run(url) -> int`` (or another function of the GUI by ``name``), or None."""
    import importlib.metadata

    eps = list(importlib.metadata.entry_points(group=GUI_GROUP))
    if not eps:
        return None
    if name != GUI_NAME:
        ep = next((e for e in eps if e.name == name), None)
        return ep.load() if ep is not None else None
    ep = next((e for e in eps if e.name == GUI_NAME), None) or sorted(
        (e for e in eps if e.name not in ("selfcheck", MAP_RENDER_ENTRY)), key=lambda e: e.name)[0]
    return ep.load()



def open_gui(url: str) -> int:
    try:
        run = find_gui()
    except Exception as exc:  # noqa: BLE001 - ImportError, a missing Qt library (libEGL …), a broken install
        _err(f"错误：无法加载图形界面（GUI）：{type(exc).__name__}: {exc}")
        _err("命令行子命令仍可使用，见 whistle-desk --help。在 Debian 上，缺少的 Qt 系统库可用 bash dev.sh app 安装。")
        return EXIT_ERROR
    if run is None:
        _err(f"错误：未找到图形界面（没有 entry point group “{GUI_GROUP}”）。"
             "请完整安装 whistle-desk（例如 pip install -e .），或使用命令行子命令（whistle-desk --help）。")
        return EXIT_ERROR
    return int(run(url) or 0)


# -- main ------------------------------------------------------------------------------------
def _check_arguments(argv: Sequence[str]) -> None:
    """Every argument is text (on Linux, bytes that are not UTF-8 arrive as lone surrogates)."""
    if all(arg.isascii() and "\x00" not in arg for arg in argv):
        return  # the usual command line: no need to load desk.boundary (inspect, typing)
    from desk.boundary import is_text

    for arg in argv:
        if not is_text(arg):
            shown = arg.encode("utf-8", "backslashreplace").decode("ascii", "replace")[:50]
            raise ValidationError("arguments", "命令行参数含有无法识别的字符（不是有效的 UTF-8 文字）：{arg}",
                                  arg=shown)


def _unexpected(exc: BaseException) -> int:
    """A failure nobody foresaw: the traceback goes to the log, one line to the user."""
    import logging

    from desk import logs

    try:
        where = logs.setup_logging(level=logging.WARNING)
    except Exception:  # noqa: BLE001 - no log folder: say so rather than fail again
        where = None
    to_file = logging.getLogger("desk.cli.unexpected")  # the log file only: not the console's handler
    to_file.propagate = False
    to_file.handlers = [h for h in logging.getLogger().handlers if isinstance(h, logs.DeskFileHandler)]
    to_file.error("unexpected error", exc_info=exc)
    detail = f"（{type(exc).__name__}）" + (f"，详情已写入日志：{where}" if where else "")
    _err(f"错误：意外的错误{detail}。")
    return EXIT_ERROR


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):  # a character the console cannot show is escaped, never fatal
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="backslashreplace")
            except (OSError, ValueError):
                pass
    if argv == ["--version"]:  # the quickest answer (the parser's help needs the default database's folder)
        _out(VERSION)
        return EXIT_OK
    try:
        _check_arguments(argv)
    except ValidationError as exc:
        _err(f"错误：{exc.message}")
        return EXIT_USAGE
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        args.db_given = bool(args.db)
        args.url = resolve_db_url(args.db)
        handler = getattr(args, "handler", None)
        if handler is None:
            return open_gui(args.url)
        import logging

        if not logging.getLogger().handlers:
            logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
            from desk.logs import RedactingFilter

            for h in logging.getLogger().handlers:
                h.addFilter(RedactingFilter())
        return handler(args)
    except ValidationError as exc:
        where = FIELD_NAMES.get(exc.field, exc.field)
        _err(f"错误：{exc.message}（{where}）")
        return EXIT_USAGE
    except ClockAhead as exc:
        _err(f"错误：{exc.message}（确认电脑时间正确后运行：whistle-desk clock accept）")
        return EXIT_ERROR
    except DeskError as exc:
        _err(f"错误：{exc.message}")
        return EXIT_ERROR
    except KeyboardInterrupt:
        _err("\n已取消。")
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader went away (… | head): not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:  # a file the command reads or writes (--out, --json, --font …)
        from desk.paths import os_reason

        name = exc.filename if exc.filename is not None else ""
        _err(f"错误：无法读写文件 {name}：{os_reason(exc)}。")
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback reaches the user
        return _unexpected(exc)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
