"""Photos as evidence (issue 15 §3), through mouse and keyboard only: a clerk opens a ticket, adds a photo with
添加附件… (the file dialog answered), sees its thumbnail, pastes another (Ctrl+V) and drops a third, double-clicks
a thumbnail to open the viewer and pages through; a responder whose category needs an "after" photo is refused
办结 until they add one with the 办结 dialog's 附照片…. And the detail of a ticket with 20 photos opens as fast as
one without (the thumbnails follow, off the GUI thread)."""
from __future__ import annotations

import io
import time

from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from journey import answers, demo_template, journey, no_modal_exec, office, settings  # noqa: F401 - fixtures


def photo(path, w=1600, h=1200, colour=(30, 110, 190)):
    img = Image.new("RGB", (w, h), colour)
    img.paste((240, 190, 20), (w // 8, h // 8, w // 2, h // 2))
    img.save(path, "JPEG", quality=85)
    return str(path)


def clerk_ticket(office, **kw):
    clerk = office.desk.login("zhang.wei", office.passwords["zhang.wei"])
    fields = dict(title="光华路 8 号楼下井盖破损", description="井盖裂开一角，夜间有行人绊倒的危险。", category="供排水",
                  urgency="routine", address="光华路 8 号", community="幸福社区", source="12345",
                  reporter_name="刘先生", reporter_phone="13912345678")
    fields.update(kw)
    return clerk, clerk.create_ticket(**fields)


def open_ticket(j, number):
    w = j.window
    j.click_nav("全部")
    j.type(w.search, number, clear=True)
    j.key(w.search, Qt.Key.Key_Return)
    j.wait(lambda: j.rows() == [number])
    j.click_row(0)
    j.wait(lambda: j.detail_number() == number)


def test_clerk_attaches_photos_and_opens_the_viewer(journey, office, monkeypatch, tmp_path, answers):
    _clerk, t = clerk_ticket(office)
    j = journey("zhang.wei")
    w = j.window
    open_ticket(j, t.number)
    strip = w.detail_pane.attachments
    j.wait(lambda: strip.detail is not None and strip.detail.number == t.number)
    j.settle()
    assert strip.list.count() == 0 and strip.empty.isVisible()
    assert strip.place.currentText().startswith("工单 · 受理")
    j.shot("no-photos")

    # -- 添加附件…: the file dialog (answered with a photo) -> the thumbnail appears, the timeline records it
    chosen = photo(tmp_path / "井盖现场.jpg", 6000, 4000)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([chosen], "")))
    j.click(strip.add_button)
    j.wait(lambda: strip.list.count() == 1)
    assert "已添加附件：井盖现场.jpg" in j.status()
    assert strip.heading.text() == "照片与附件（1）" and not strip.empty.isVisible()
    a = strip.items[0]
    assert (a.width, a.height) == (2560, 1707) and a.file_name == "井盖现场.jpg"
    timeline = w.detail_pane.timeline_model
    j.wait(lambda: any("添加附件：井盖现场.jpg" in timeline.index(r, 4).data()
                       for r in range(timeline.rowCount())))
    j.shot("photo-attached")

    # -- Ctrl+V: an image on the clipboard (a screenshot, a photo copied from a chat)
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkGreen)
    QApplication.clipboard().setImage(image)
    j._mouse(strip.list.viewport(), QPoint(strip.list.viewport().width() - 10, 10))  # focus into the strip
    j.key(strip.list, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    j.wait(lambda: strip.list.count() == 2)
    assert strip.items[1].file_name.startswith("粘贴的图片-") and strip.items[1].mime == "image/png"

    # -- drag and drop a file from the file manager onto the strip
    dropped = photo(tmp_path / "整改后.jpg", 1200, 900, (20, 160, 80))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(dropped)])
    at = strip.list.geometry().center()
    enter = QDragEnterEvent(at, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(strip, enter)
    assert enter.isAccepted()
    drop = QDropEvent(at, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(strip, drop)
    j.wait(lambda: strip.list.count() == 3)
    assert strip.items[2].file_name == "整改后.jpg"
    j.settle()
    j.shot("three-photos")

    # -- a bad file: a clear message, nothing added
    fake = tmp_path / "不是照片.jpg"
    fake.write_bytes(b"%PDF-1.4 not a photo\n%%EOF")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(fake)], "")))
    j.click(strip.add_button)
    j.wait(lambda: "内容却是PDF 文档" in j.status())
    assert strip.list.count() == 3

    # -- double-click the first thumbnail: the viewer, fitted, with its name, step, who and when
    rect = strip.item_rect(0)
    # a person's double-click: press, release, then the second press (QTest.mouseDClick alone sends only that)
    QTest.mouseClick(strip.list.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    j._mouse(strip.list.viewport(), rect.center(), double=True)
    j.wait(lambda: strip.viewer is not None and strip.viewer.isVisible())
    v = strip.viewer
    j.wait(lambda: a.id in v.files)
    j.settle()
    assert v.title.text() == "井盖现场.jpg" and "受理" in v.caption.text() and "张伟" in v.caption.text()
    assert v.position.text() == "1 / 3" and not v.prev_button.isEnabled()
    pm = v.image.pixmap()
    room = v.image.contentsRect().size()
    assert pm.width() <= room.width() and pm.height() <= room.height()  # zoomed to fit
    assert pm.width() == room.width() or pm.height() == room.height()
    j.shot("viewer", v)
    j.click(v.next_button)
    assert v.title.text().startswith("粘贴的图片-") and v.position.text() == "2 / 3"
    j.key(v, Qt.Key.Key_Right)
    assert v.title.text() == "整改后.jpg" and not v.next_button.isEnabled()
    j.settle()
    j.shot("viewer-last", v)
    # -- 删除 (the uploader's own, the ticket open): asked first, then recorded
    j.click(v.remove_button)
    j.wait(lambda: strip.list.count() == 2)
    assert v.title.text().startswith("粘贴的图片-")
    j.click(v.close_button)
    assert not v.isVisible()
    j.wait(lambda: any(timeline.index(r, 2).data() == "删除附件" for r in range(timeline.rowCount())))
    j.shot("after-removal")


def test_resolve_asks_for_an_after_photo_and_the_dialog_adds_it(journey, office, monkeypatch, tmp_path, answers):
    admin = office.desk.login("admin", office.passwords["admin"])
    std = admin.standard_for("供排水")  # the category's standard asks for an "after" photo at 办结
    admin.set_category_standard("供排水", lead=std.lead, assists=list(std.assists), intake_condition="",
                                close_condition="", limits={}, after_photo=True)
    clerk, t = clerk_ticket(office)
    clerk.whistle(t.number, lead="水务所")
    sw = office.desk.login("sw.sun", office.passwords["sw.sun"])
    did = sw.ticket(t.number).dispatches[0].id
    sw.acknowledge(did)
    sw.respond(did, "已到场")
    j = journey("sw.sun")
    open_ticket(j, t.number)
    strip = j.window.detail_pane.attachments
    j.settle()
    assert strip.place.currentText() == "水务所 · 办结 · 处置后"  # a responder: their dispatch's next step
    dlg = j.press("resolve")
    j.type(dlg.note, "已更换井盖。")
    j.press_ok(dlg)
    j.wait(lambda: "须附处置后照片" in dlg.field_error("attachment"))
    assert dlg.isVisible()
    j.shot("resolve-refused", dlg)
    after = photo(tmp_path / "更换后.jpg", 2000, 1500, (90, 90, 90))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([after], "")))
    j.click(dlg.photos.findChild(type(strip.add_button), "resolvePhotos"))
    j.wait(lambda: dlg.photos.added == ["更换后.jpg"])
    j.shot("resolve-with-photo", dlg)
    j.press_ok(dlg)
    j.wait(lambda: not dlg.isVisible())
    assert j.status() == f"工单 {t.number}：水务所已办结"
    j.wait(lambda: strip.list.count() == 1 and strip.items[0].kind == "after")
    j.shot("resolved-with-photo")


def test_photos_chosen_in_a_cancelled_resolve_dialog_leave_nothing_behind(journey, office, monkeypatch, tmp_path):
    """The 办结 dialog's photos go with the 办结: chosen, then 取消, and the ticket has no photo and no event."""
    from PySide6.QtWidgets import QDialogButtonBox

    clerk, t = clerk_ticket(office)
    clerk.whistle(t.number, lead="水务所")
    sw = office.desk.login("sw.sun", office.passwords["sw.sun"])
    did = sw.ticket(t.number).dispatches[0].id
    sw.acknowledge(did)
    sw.respond(did, "已到场")
    events = len(sw.ticket(t.number).events)
    j = journey("sw.sun")
    open_ticket(j, t.number)
    dlg = j.press("resolve")
    after = photo(tmp_path / "更换后.jpg", 800, 600)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([after], "")))
    j.click(dlg.photos.findChild(type(dlg.ok_button), "resolvePhotos"))
    assert dlg.photos.added == ["更换后.jpg"]
    assert "将随办结附上：更换后.jpg" in [w.text() for w in dlg.photos.findChildren(QLabel)]
    clear = dlg.photos.findChild(type(dlg.ok_button), "resolvePhotosClear")
    assert clear.isEnabled()
    j.shot("resolve-photo-chosen", dlg)
    j.click(dlg.buttons.button(QDialogButtonBox.StandardButton.Cancel))
    j.wait(lambda: not dlg.isVisible())
    j.settle()
    assert sw.attachments(t.number) == [] and len(sw.ticket(t.number).events) == events
    assert j.window.detail_pane.attachments.list.count() == 0
    assert sw.ticket(t.number).dispatches[0].state == "responded"


def test_a_department_does_not_see_a_confidential_reporters_own_photo(journey, office, tmp_path):
    """保密: the clerk sees the reporter's 受理 photo; the department's responder sees only the office's file and
    is told why one is missing."""
    clerk, t = clerk_ticket(office, confidential=True)
    clerk.attach(t.number, path=photo(tmp_path / "刘先生家窗口.jpg", 800, 600), step="intake")
    clerk.attach(t.number, path=photo(tmp_path / "井盖位置.jpg", 800, 600, (200, 60, 60)))
    clerk.whistle(t.number, lead="水务所")
    j = journey("sw.sun")
    open_ticket(j, t.number)
    strip = j.window.detail_pane.attachments
    j.wait(lambda: strip.list.count() == 1)
    j.settle()
    assert strip.items[0].file_name == "井盖位置.jpg" and strip.withheld.isVisible()
    assert "反映人提供的照片只有街道工作人员可见" in strip.withheld.text()
    j.shot("confidential-photos", j.window.detail_pane)


def test_a_ticket_with_20_photos_opens_as_fast_as_one_without(journey, office, tmp_path, capsys):
    clerk, bare = clerk_ticket(office, title="没有照片的工单")
    _c, control = clerk_ticket(office, title="二十次修改的工单")  # the same timeline length, no photos
    for i in range(20):
        clerk.update_ticket(control.number, title=f"二十次修改的工单（{i + 1}）")
    _c, full = clerk_ticket(office, title="二十张照片的工单")
    buf = io.BytesIO()
    Image.new("RGB", (4000, 3000), (120, 60, 30)).save(buf, "JPEG", quality=85)
    for i in range(20):
        clerk.attach(full.number, data=buf.getvalue(), file_name=f"照片{i + 1}.jpg")
    j = journey("zhang.wei")
    w = j.window
    pane, strip = w.detail_pane, w.detail_pane.attachments
    user = w.user

    def open_detail(number):
        """The façade call and the first paint of the detail (what the pane waits for before it shows)."""
        started = time.perf_counter()
        detail = user.ticket(number)
        w.set_detail(detail)
        pane.grab()  # paints the pane
        return (time.perf_counter() - started) * 1000

    def listing(number):
        started = time.perf_counter()
        user.attachments(number)
        return (time.perf_counter() - started) * 1000

    times = {"none": [], "control": [], "twenty": []}
    for _round in range(5):
        for key, number in (("none", bare.number), ("control", control.number), ("twenty", full.number)):
            times[key].append(open_detail(number))
            j.settle()  # the strip's list arrives afterwards
    assert strip.list.count() == 20
    best = {k: min(v) for k, v in times.items()}
    lists = {"none": min(listing(bare.number) for _ in range(3)), "twenty": min(listing(full.number) for _ in range(3))}
    with capsys.disabled():
        print(f"\n[photos] open detail (façade + first paint), best of 5: no photos {best['none']:.1f} ms, "
              f"no photos but 20 more events {best['control']:.1f} ms, 20 photos (20 events) {best['twenty']:.1f} ms; "
              f"the thumbnail list afterwards (off the GUI thread): none {lists['none']:.1f} ms, "
              f"20 photos {lists['twenty']:.1f} ms")
    # the photos themselves cost the opening nothing: only their 20 timeline entries do, as 20 edits would
    assert best["twenty"] < best["control"] * 1.5 + 10
    j.shot("twenty-photos")
