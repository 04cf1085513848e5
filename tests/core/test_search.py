"""Search at scale: substrings through the trigram index, phones and numbers through their own indexes, the
same privacy rules, the index kept in step with edits, a visible fallback without it, and plans that use it."""
from __future__ import annotations

import json
import uuid
from datetime import timedelta

import pytest
from sqlalchemy import create_engine, func, insert, select, text

from desk import Desk
from desk.tickets.queries import Viewer, search_filter
from models import Ticket
from models.textsearch import FTS_TABLE, TRGM_INDEX

from conftest import PASSWORD, _pg_url, seed


def _numbers(page):
    return [r.number for r in page.rows]


def _found(user, search, queue="all"):
    return set(_numbers(user.list_queue(queue, search=search)))


def test_chinese_substrings_of_title_address_and_description(world):
    a = world.new_ticket(title="樱花西街井盖缺失", address="朝阳区樱花西街 17 号", description="雨后井盖被冲走，行人绕行。")
    b = world.new_ticket(title="甜水园小区噪声扰民", address="甜水园街 3 号", description="夜间施工噪声，影响休息。")
    clerk = world.clerk
    assert _found(clerk, "井盖缺") == {a.number}  # title
    assert _found(clerk, "樱花西街 17") == {a.number}  # address, with its space
    assert _found(clerk, "行人绕行") == {a.number}  # description (3+ characters: the index)
    assert _found(clerk, "噪声") == {b.number}  # 2 characters: title and description, without the index
    assert _found(clerk, "扰") == {b.number}  # 1 character
    assert _found(clerk, "甜水园街") == {b.number}
    assert _found(clerk, "施工噪声") == {b.number}
    assert _found(clerk, "井盖噪声") == set()  # not a substring of any one field
    assert _found(clerk, "STREET") == set()


def test_phone_by_full_formatted_prefix_and_last_four(world):
    t = world.new_ticket(reporter_phone="139 1234 5678")
    other = world.new_ticket(reporter_phone="13800005678")
    landline = world.new_ticket(reporter_phone="010-62345678")
    clerk = world.clerk
    assert _found(clerk, "13912345678") == {t.number}
    assert _found(clerk, "139 1234 5678") == {t.number}
    assert _found(clerk, "(139)1234-5678") == {t.number}
    assert _found(clerk, "+86 139 1234 5678") == {t.number}
    assert _found(clerk, "1391234") == {t.number}  # the beginning (7 digits and more)
    assert _found(clerk, "5678") == {t.number, other.number, landline.number}  # the last 4
    assert _found(clerk, "00005678") == {other.number}  # the end
    assert _found(clerk, "62345678") == {landline.number}
    assert _found(clerk, "0106234") == {landline.number}


def test_numbers_exact_and_by_their_beginning(world):
    tickets = [world.new_ticket(hotline_number=f"2026112300{i:04d}") for i in range(12)]
    clerk = world.clerk
    assert _found(clerk, tickets[10].number) == {tickets[10].number}
    assert _found(clerk, tickets[0].number[:-1]) == {t.number for t in tickets[:9]}  # 2026-00000 → 1…9
    assert _found(clerk, "20261123000011") == {tickets[11].number}
    assert _found(clerk, "2026112300001") == {t.number for t in tickets[10:]}  # a 12345 number's beginning


def test_an_edited_ticket_is_found_by_its_new_text_only(world):
    t = world.new_ticket(title="光明街路灯不亮", address="光明街 5 号")
    clerk = world.clerk
    assert _found(clerk, "路灯不亮") == {t.number}
    clerk.update_ticket(t.number, title="光明街垃圾堆放", reporter_phone="13766667777", reporter_name="欧阳先生")
    assert _found(clerk, "路灯不亮") == set()
    assert _found(clerk, "垃圾堆放") == {t.number}
    assert _found(clerk, "光明街 5") == {t.number}  # the unchanged address is still found
    assert _found(clerk, "7777") == {t.number} and _found(clerk, "5678") == set()
    assert _found(clerk, "欧阳先生") == {t.number} and _found(clerk, "王女士") == set()
    if world.desk.backend == "sqlite":  # the external-content index agrees with the table
        with world.desk.engine.begin() as conn:
            conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('integrity-check', 1)")


def test_a_ticket_that_leaves_the_queue_leaves_its_search(world):
    t = world.new_ticket(title="潘家园路渣土车遗撒")
    gone = world.new_ticket(title="潘家园路渣土车遗撒（重复）")
    clerk = world.clerk
    assert _found(clerk, "渣土车", "new") == {t.number, gone.number}
    clerk.whistle(t.number, lead="城管执法队")
    clerk.cancel(gone.number, reason="重复工单")
    assert _found(clerk, "渣土车", "new") == set()
    assert _found(clerk, "渣土车", "dispatched") == {t.number}
    assert _found(clerk, "渣土车") == {t.number, gone.number}  # 全部 still has both
    page = clerk.list_queue("all", search="渣土车", limit=1)  # results page like the queue
    assert page.total == 2 and len(page.rows) == 1


def test_privacy_rules_hold_for_every_kind_of_search(world):
    t = world.new_ticket(reporter_phone="13912345678", reporter_name="赵先生")
    world.clerk.whistle(t.number, lead="城管执法队", assist=["住建委"])
    secret = world.new_ticket(title="举报", reporter_phone="13787654321", reporter_name="钱女士", confidential=True,
                              appeal_type="report")
    world.clerk.whistle(secret.number, lead="城管执法队")
    cg, zj, admin = world.responder("城管执法队"), world.responder("住建委"), world.admin
    for typed in ("13912345678", "1391234", "5678"):
        assert _found(cg, typed) == {t.number}  # the lead department sees the phone
        assert _found(zj, typed) == set()  # an assisting one sees it masked
    for who in (cg, admin):  # 保密: by name (index and short form) and by phone
        for typed in ("钱女士", "钱女", "13787654321", "4321"):
            assert _found(who, typed) == set(), typed
        assert _found(who, "举报") == {secret.number}  # the title is not secret
    for who in (world.clerk, world.supervisor):
        for typed in ("钱女士", "钱女", "13787654321", "4321"):
            assert _found(who, typed) == {secret.number}, typed


# -- without the index ---------------------------------------------------------------------------
def _search_works_and_says_why(desk: Desk) -> str:
    seed(desk)
    clerk = desk.login("clerk", PASSWORD)
    t = clerk.create_ticket(title="望京西园飞线充电", description="楼道里飞线给电动车充电。", category="市容环境",
                            urgency="routine", address="望京西园 4 区", community="幸福社区", source="12345",
                            reporter_name="王女士", reporter_phone="13812345678")
    assert _numbers(clerk.list_queue("all", search="飞线充电")) == [t.number]
    assert _numbers(clerk.list_queue("all", search="5678")) == [t.number]
    reason = desk.search_index_missing()
    assert reason
    return reason


def test_sqlite_without_trigram_searches_by_scanning_and_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr("models.textsearch.sqlite_has_trigram", lambda: False)
    monkeypatch.setattr("desk.tickets.search.sqlite_has_trigram", lambda: False)
    with Desk.open(f"sqlite:///{tmp_path / 'old.db'}") as desk:
        assert "trigram" in _search_works_and_says_why(desk)
        with desk.engine.connect() as conn:
            assert conn.scalar(text("SELECT count(*) FROM sqlite_master WHERE name = :n"), {"n": FTS_TABLE}) == 0


@pytest.mark.postgres
def test_postgres_without_pg_trgm_migrates_searches_and_says_so(pg_admin):
    """The database's owner may not create the extension (no CREATE right on the database): the
    migration still succeeds, records why, and search works without the index."""
    name, role = f"wd_test_{uuid.uuid4().hex[:12]}", f"wd_noext_{uuid.uuid4().hex[:8]}"
    with pg_admin.connect() as conn:
        conn.execute(text(f'CREATE ROLE "{role}" LOGIN'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
        conn.execute(text(f'REVOKE CREATE ON DATABASE "{name}" FROM PUBLIC'))
    schema_admin = create_engine(_pg_url(name), isolation_level="AUTOCOMMIT")
    with schema_admin.connect() as conn:
        conn.execute(text(f'GRANT CREATE, USAGE ON SCHEMA public TO "{role}"'))
        conn.execute(text("DROP EXTENSION IF EXISTS pg_trgm"))
    schema_admin.dispose()
    url = _pg_url(name).replace("postgres@", f"{role}@", 1)
    try:
        with Desk.open(url) as desk:
            assert "pg_trgm" in _search_works_and_says_why(desk)
            with desk.engine.connect() as conn:
                assert conn.scalar(text("SELECT count(*) FROM pg_indexes WHERE indexname = :n"),
                                   {"n": TRGM_INDEX}) == 0
    finally:
        with pg_admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))


def test_with_the_index_nothing_is_missing(desk):
    assert desk.search_index_missing() is None


# -- plans ---------------------------------------------------------------------------------------
PLAN_ROWS = 20_000


def _fill(desk: Desk, n: int) -> None:
    """``n`` tickets in bulk: enough that a scan costs more than the index, as at a district's scale."""
    seed(desk)
    clerk = desk.login("clerk", PASSWORD)
    t = clerk.create_ticket(title="模板", description="模板。", category="市容环境", urgency="routine",
                            address="模板", community="幸福社区", source="12345", reporter_name="王女士",
                            reporter_phone="13812345678")
    base = desk.engine
    with base.begin() as conn:
        row = conn.execute(select(Ticket.__table__).where(Ticket.id == t.id)).mappings().one()
        streets, problems = ["幸福路", "建设路", "樱花西街", "甜水园街"], ["井盖缺失", "路灯不亮", "飞线充电", "噪声扰民"]
        rows = []
        for i in range(2, n + 2):
            r = dict(row)
            r.update(id=t.id + i, number=f"2025-{i:06d}", year=2025, seq=i,
                     title=f"{streets[i % 4]}{problems[i // 4 % 4]}{i}", address=f"{streets[i % 4]} {i} 号",
                     description=f"编号{i}的描述。", reporter_phone=f"139{i:08d}", phone_digits=f"139{i:08d}",
                     phone_last4=f"{i:08d}"[-4:], created_at=row["created_at"] - timedelta(minutes=i))
            rows.append(r)
        conn.execute(insert(Ticket.__table__), rows)
    with base.connect() as conn:
        conn.execute(text("ANALYZE"))
        conn.commit()


def _plan(desk: Desk, stmt) -> str:
    sql = str(stmt.compile(desk.engine, compile_kwargs={"literal_binds": True}))
    with desk.engine.connect() as conn:
        if desk.backend == "sqlite":
            return "\n".join(r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
        return json.dumps(conn.exec_driver_sql("EXPLAIN (FORMAT JSON) " + sql).scalar())


#: (search, the index its plan must use; None: the substring index). The text is rare: the page of a
#: common one rightly walks the queue's order index and stops at 50 rows.
PLAN_CASES = [("13900012345", "ix_ticket_phone_digits"), ("2345", "ix_ticket_phone_last4"),
              ("2025-012345", "uq_ticket_number"), ("编号12345的", None)]


def test_search_plans_use_the_indexes(desk):
    _fill(desk, PLAN_ROWS)
    viewer = Viewer(1, "clerk", None)
    for search, index in PLAN_CASES:
        cond = search_filter(search, viewer)
        page = select(Ticket.id).where(cond).order_by(Ticket.created_at.desc(), Ticket.id.desc()).limit(50)
        count = select(func.count()).select_from(Ticket).where(cond)
        for stmt in (page, count):
            plan = _plan(desk, stmt)
            if desk.backend == "sqlite":  # (a UNIQUE column's index is an autoindex there)
                assert "SCAN ticket" not in plan.replace("SCAN ticket_fts", ""), plan  # no walk over the table
                expected = "sqlite_autoindex_ticket_" if index == "uq_ticket_number" else index
                assert (expected or f"{FTS_TABLE} VIRTUAL TABLE INDEX 0:M") in plan, plan
            else:
                assert '"Seq Scan"' not in plan, plan
                assert f'"{index or TRGM_INDEX}"' in plan, plan
