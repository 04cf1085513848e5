"""Issue 15 §1, the import's administration: two 12345 rows whose platform categories map to nothing were imported
into 待分类. The admin opens 管理 → 12345 导入设置… by clicking, types a bad path (the message says why, nothing is
saved), then maps 其他->噪声 to 市容环境 by typing and picking, and re-classifies: the ticket leaves 待分类. The other
tabs show the column names and the import batch. A clerk then sees that ticket in 市容环境 in 待派, and gives the
other one a category in the ticket's edit dialog. Mouse and keyboard only."""
from __future__ import annotations

from core.import_files import BEIJING, beijing_row, write_xlsx
from journey import answers, demo_template, journey, no_modal_exec, office, settings  # noqa: F401 - fixtures

NOISE, DOGS = "第901号路灯不亮", "第902号路灯不亮"


def _imported(office, tmp_path) -> None:
    rows = [beijing_row(901, number="ADM202600001"), beijing_row(902, number="ADM202600002")]
    rows[0][2] = "其他->噪声->夜间施工"
    rows[1][2] = "其他->宠物->犬只扰民"
    path = write_xlsx(tmp_path / "12345.xlsx", BEIJING, rows, title="12345 工单明细")
    clerk = office.desk.login("zhang.wei", office.passwords["zhang.wei"])
    report = clerk.import_hotline(str(path))
    assert (report.new, report.unclassified) == (2, 2)


def _tab(j, w, title: str) -> None:
    bar = w.tabs.tabBar()
    i = next(i for i in range(bar.count()) if bar.tabText(i) == title)
    j._mouse(bar, bar.tabRect(i).center())
    j.settle()
    assert w.tabs.currentIndex() == i


def test_admin_maps_a_platform_category_and_reclassifies_then_the_clerk_sees_it(journey, office, tmp_path):
    _imported(office, tmp_path)
    j = journey("admin")
    j.menu("管理", "12345 导入设置…")
    w = j.window.admin_windows["import_settings"]
    j.wait(lambda: w.isVisible() and not w.busy and w.category.count() > 0)
    assert "待分类" not in [w.category.itemText(i) for i in range(w.category.count())]  # never a target
    j.shot("opened", w)

    # a path that is no path: the core's message, nothing saved
    j.type(w.path, "->")
    j.click(w.map_save_button)
    j.wait(lambda: not w.busy)
    assert w.error_label.isVisible() and "平台分类路径无效" in w.error_label.text()
    assert w.map_table.rowCount() == 0
    j.shot("bad-path", w)

    j.type(w.path, "其他->噪声", clear=True)
    j.choose(w.category, "市容环境")
    j.click(w.map_save_button)
    j.wait(lambda: not w.busy and w.map_table.rowCount() == 1)
    assert not w.error_label.isVisible()
    assert [w.map_table.item(0, c).text() for c in range(3)] == ["12345", "其他->噪声", "市容环境"]
    assert "重新分类待分类工单" in w.message.text()  # the offer
    j.shot("mapped", w)

    j.click(w.reclassify_button)
    j.wait(lambda: not w.busy and w.reclassified is not None)
    assert w.reclassified == 1 and "已重新分类 1 张" in w.message.text()
    j.shot("reclassified", w)

    _tab(j, w, "列名别名")
    number_row = next(r for r in range(w.alias_table.rowCount()) if w.alias_table.item(r, 0).text().startswith("工单编号"))
    assert "工单编号" in w.alias_table.item(number_row, 1).text()
    j.shot("aliases", w)
    _tab(j, w, "导入记录")
    assert w.batch_table.rowCount() >= 1
    assert w.batch_table.item(0, 3).text() == "12345.xlsx" and len(w.batch_table.item(0, 4).text()) == 12
    assert w.batch_table.item(0, 12).text() == "2"
    j.shot("batches", w)
    w.close()

    c = journey("zhang.wei")
    assert "import_settings" not in c.window.admin_actions  # administrators only
    c.click_nav("待派")
    title_col, cat_col = c.column("title"), c.column("category")
    c.wait(lambda: NOISE in c.rows(column=title_col, limit=1000) and DOGS in c.rows(column=title_col, limit=1000))
    model = c.window.view.model()
    assert model.index(c.row_of(NOISE, column=title_col), cat_col).data() == "市容环境"
    assert model.index(c.row_of(DOGS, column=title_col), cat_col).data() == "待分类"
    c.click_text(NOISE, column=title_col)
    assert "whistle" in c.enabled_actions()
    c.shot("clerk-sees-it-classified")

    # the other one: the clerk picks its category in the edit dialog
    c.click_text(DOGS, column=title_col)
    dlg = c.press("update_ticket")
    assert dlg.category.currentText() == "待分类"
    c.choose(dlg.category, "市容环境")
    c.shot("clerk-edits", dlg)
    c.press_ok(dlg)
    c.wait(lambda: model.index(c.row_of(DOGS, column=title_col), cat_col).data() == "市容环境")
    assert c.window.dialog is None or not c.window.dialog.isVisible()
    c.shot("clerk-classified-the-other")
