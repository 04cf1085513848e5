"""Attachments (issue 15 §3): photos and PDFs on a ticket and its dispatch steps, stored in the database, on both
databases: round trip, limits, downscaling with the original's hash in the audit chain, bad input refused with
nothing stored, the 办结 after-photo rule, who sees and who adds, and nothing of them in exports or reports."""
from __future__ import annotations

import hashlib
import io
import json

import pytest
from PIL import Image

from desk.facade import export_dispatches
from desk.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from desk.intake.attachments import files
from core.helpers import snapshot


def jpeg(w: int = 800, h: int = 600, *, orientation: int | None = None, quality: int = 85) -> bytes:
    img = Image.new("RGB", (w, h), (40, 120, 200))
    img.paste((250, 200, 0), (0, 0, w // 3, h // 3))  # a corner that shows which way is up
    buf = io.BytesIO()
    if orientation is not None:
        exif = Image.Exif()
        exif[0x0112] = orientation
        img.save(buf, "JPEG", quality=quality, exif=exif.tobytes())
    else:
        img.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def png(w: int = 64, h: int = 48) -> bytes:
    buf = io.BytesIO()
    Image.new("RGBA", (w, h), (0, 200, 0, 128)).save(buf, "PNG")
    return buf.getvalue()


PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n" \
      b"trailer<</Root 1 0 R>>\n%%EOF\n"


def dispatched(world, **kw):
    t = world.new_ticket(**kw)
    t = world.clerk.whistle(t.number, lead="城管执法队", assist=["住建委"], note="请处理")
    lead = next(d for d in t.dispatches if d.department == "城管执法队")
    assist = next(d for d in t.dispatches if d.department == "住建委")
    return t, lead, assist


def require_after_photo(world, category, value=True):
    """The category's standard asks for an "after" photo at 办结 (the rest of its standard as it is)."""
    n = next(n for n in world.admin.category_tree() if n.name == category)
    world.admin.set_category_standard(category, lead=n.lead, assists=list(n.assists),
                                      intake_condition=n.intake_condition, close_condition=n.close_condition,
                                      limits={u: x.texts() for u, x in n.limits.items()}, after_photo=value)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def attachment_events(world, number):
    return [e for e in world.clerk.ticket(number).events if e.kind.startswith("attachment")]


# -- round trip ----------------------------------------------------------------------------------
def test_a_photo_and_a_pdf_round_trip_with_their_metadata(world):
    t = world.new_ticket()
    photo, clerk = jpeg(), world.clerk
    a = clerk.attach(t.number, data=photo, file_name="受理照片.jpg", step="intake")
    p = clerk.attach(t.number, data=PDF, file_name="C:\\材料\\说明.pdf")
    assert (a.step, a.kind, a.mime, a.size, a.width, a.height, a.created_by) == \
        ("intake", "other", "image/jpeg", len(photo), 800, 600, "张伟")
    assert a.sha256 == a.stored_sha256 == sha(photo)  # small and upright: stored as it came
    assert p.file_name == "说明.pdf" and p.mime == "application/pdf" and p.thumbnail is None and p.step is None
    listed = clerk.attachments(t.number)
    assert [x.id for x in listed] == [a.id, p.id]
    assert listed[0].thumbnail and Image.open(io.BytesIO(listed[0].thumbnail)).format == "JPEG"
    assert max(Image.open(io.BytesIO(listed[0].thumbnail)).size) == 256
    assert listed[0].removable and listed[0].created_at == world.clock.now()
    f = clerk.attachment_file(a.id)
    assert f.data == photo and f.mime == "image/jpeg" and f.file_name == "受理照片.jpg"
    assert clerk.attachment_file(p.id).data == PDF
    assert clerk.attachments(t.id) == listed  # by id too
    events = attachment_events(world, t.number)
    assert [e.changes["file_name"][1] for e in events] == ["受理照片.jpg", "说明.pdf"]
    assert events[0].changes["sha256"][1] == sha(photo) and events[0].changes["step"][1] == "intake"
    assert world.desk.verify_audit().ok


def test_listing_never_reads_the_stored_files(world, monkeypatch):
    t = world.new_ticket()
    world.clerk.attach(t.number, data=jpeg(), file_name="a.jpg")
    statements: list[str] = []
    from sqlalchemy import event

    def seen(conn, cursor, statement, *args):
        statements.append(statement)

    event.listen(world.desk.engine, "before_cursor_execute", seen)
    try:
        world.clerk.attachments(t.number)
    finally:
        event.remove(world.desk.engine, "before_cursor_execute", seen)
    reads = [s for s in statements if "attachment_content" in s]
    assert reads and not any("attachment_content.data" in s for s in reads)


def test_a_large_photo_is_downscaled_and_the_event_keeps_the_original_hash(world):
    t, lead, _ = dispatched(world)
    big = jpeg(6000, 4000)
    li = world.responder("城管执法队")
    li.acknowledge(lead.id)
    a = li.attach(t.number, data=big, file_name="现场.jpg", dispatch_id=lead.id, step="respond", kind="before")
    assert max(a.width, a.height) <= 2560 and (a.width, a.height) == (2560, 1707)
    assert a.sha256 == sha(big) and a.stored_sha256 != a.sha256 and a.stored_size < len(big)
    stored = li.attachment_file(a.id).data
    assert sha(stored) == a.stored_sha256 and Image.open(io.BytesIO(stored)).size == (2560, 1707)
    (e,) = attachment_events(world, t.number)
    assert e.department == "城管执法队"
    assert e.changes["sha256"][1] == sha(big) and e.changes["stored_sha256"][1] == a.stored_sha256
    assert e.changes["original_px"][1] == "6000×4000" and e.changes["processing"][1] == "downscaled"
    assert (e.changes["size"][1], e.changes["step"][1], e.changes["kind"][1]) == (len(big), "respond", "before")
    assert world.desk.verify_audit().ok


def test_the_stored_edge_and_the_thumbnail_edge_are_settings(world):
    world.desk.set_setting("attachment_max_edge", "1000")
    world.desk.set_setting("attachment_thumb_edge", "100")
    t = world.new_ticket()
    a = world.clerk.attach(t.number, data=jpeg(1600, 1200), file_name="a.jpg")
    assert (a.width, a.height) == (1000, 750)
    assert max(Image.open(io.BytesIO(a.thumbnail)).size) == 100


def test_a_photo_is_turned_upright_by_its_exif_orientation(world):
    t = world.new_ticket()
    a = world.clerk.attach(t.number, data=jpeg(800, 600, orientation=6), file_name="竖拍.jpg")
    assert (a.width, a.height) == (600, 800)
    assert a.stored_sha256 != a.sha256


def test_heic_is_converted_to_jpeg_and_says_so(world):
    buf = io.BytesIO()
    Image.new("RGB", (640, 480), (10, 160, 60)).save(buf, "HEIF")
    heic = buf.getvalue()
    t = world.new_ticket()
    a = world.clerk.attach(t.number, data=heic, file_name="IMG_0001.HEIC")
    assert (a.mime, a.original_mime, a.file_name) == ("image/jpeg", "image/heic", "IMG_0001.jpg")
    assert Image.open(io.BytesIO(world.clerk.attachment_file(a.id).data)).format == "JPEG"
    (e,) = attachment_events(world, t.number)
    assert e.changes["processing"][1] == "heic_to_jpeg" and e.changes["sha256"][1] == sha(heic)
    assert e.changes["file_name"][1] == "IMG_0001.HEIC"


def test_a_png_keeps_its_transparency_and_gets_a_jpeg_thumbnail(world):
    t = world.new_ticket()
    data = png()
    a = world.clerk.attach(t.number, data=data, file_name="截图.png")
    assert a.mime == "image/png" and world.clerk.attachment_file(a.id).data == data
    assert Image.open(io.BytesIO(a.thumbnail)).format == "JPEG"


def _gps_exif() -> bytes:
    exif = Image.Exif()
    exif[0x0112] = 1  # upright: nothing to turn
    exif[0x010F] = "Phone Maker"
    exif[0x9286] = "张三家楼下"  # (UserComment)
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (39.0, 54.0, 27.0), 3: "E", 4: (116.0, 23.0, 50.0)})
    return exif.tobytes()


def _with_metadata(progressive: bool = False) -> bytes:
    """A small upright JPEG as a phone writes it: EXIF with GPS, an XMP packet, a comment, and a second image
    after the end of the first (MPF)."""
    img = Image.new("RGB", (640, 480), (40, 120, 200))
    img.paste((250, 200, 0), (0, 0, 200, 160))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=85, exif=_gps_exif(), comment=b"Shot at home", progressive=progressive,
             xmp=b'<x:xmpmeta xmlns:x="adobe:ns:meta/">GPSLatitude 39.9</x:xmpmeta>')
    return buf.getvalue() + jpeg(64, 48)  # the phone's extra image, with its own metadata


@pytest.mark.parametrize("progressive", [False, True], ids=["baseline", "progressive"])
def test_a_photo_keeps_its_pixels_but_not_where_and_by_whom_it_was_taken(world, progressive):
    """A resident's photo carries its GPS position: an upright photo is not re-encoded, but its EXIF, XMP,
    comment and trailing images are cut out; the pixels are byte for byte the same."""
    original = _with_metadata(progressive)
    assert b"Exif" in original and b"xmpmeta" in original and b"Shot at home" in original
    t = world.new_ticket()
    a = world.clerk.attach(t.number, data=original, file_name="现场.jpg", step="intake")
    stored = world.clerk.attachment_file(a.id).data
    for secret in (b"Exif", b"xmpmeta", b"Shot at home", b"Phone Maker", "张三".encode("utf-16-be")):
        assert secret not in stored and secret not in a.thumbnail
    assert stored.count(b"\xff\xd8") == 1 and stored.endswith(b"\xff\xd9")
    img = Image.open(io.BytesIO(stored))
    assert not img.getexif() and img.size == (640, 480)
    assert img.tobytes() == Image.open(io.BytesIO(original)).tobytes()  # the same pixels, not re-encoded
    assert (a.sha256, a.stored_sha256) == (sha(original), sha(stored))
    (e,) = attachment_events(world, t.number)
    assert e.changes["processing"][1] == "metadata_removed" and e.changes["sha256"][1] == sha(original)


def test_a_turned_or_downscaled_photo_has_no_metadata_either(world):
    img = Image.new("RGB", (3000, 2000), (40, 120, 200))
    exif = Image.Exif()
    exif.load(_gps_exif())
    exif[0x0112] = 6
    buf = io.BytesIO()
    img.save(buf, "JPEG", exif=exif.tobytes(), comment=b"Shot at home", xmp=b"<x:xmpmeta>GPS</x:xmpmeta>")
    t = world.new_ticket()
    a = world.clerk.attach(t.number, data=buf.getvalue(), file_name="竖拍.jpg")
    stored = world.clerk.attachment_file(a.id).data
    for secret in (b"Exif", b"Phone Maker", b"Shot at home", b"xmpmeta"):
        assert secret in buf.getvalue() and secret not in stored and secret not in a.thumbnail
    assert (a.width, a.height) == (1707, 2560)


def test_a_png_loses_its_text_chunks_but_not_its_pixels(world):
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "张三")
    info.add_text("Comment", "GPS 39.9,116.4", zip=True)
    buf = io.BytesIO()
    Image.new("RGBA", (64, 48), (0, 200, 0, 128)).save(buf, "PNG", pnginfo=info, exif=_gps_exif())
    original = buf.getvalue()
    t = world.new_ticket()
    a = world.clerk.attach(t.number, data=original, file_name="截图.png")
    stored = world.clerk.attachment_file(a.id).data
    for chunk in (b"iTXt", b"zTXt", b"eXIf", b"Author"):  # (Pillow writes non-Latin text as iTXt)
        assert chunk in original and chunk not in stored
    assert Image.open(io.BytesIO(stored)).tobytes() == Image.open(io.BytesIO(original)).tobytes()
    assert a.mime == "image/png" and stored.endswith(b"IEND\xaeB`\x82")


# -- bad input: a clear message and nothing stored ------------------------------------------------
def _corrupt_jpeg() -> bytes:
    good = jpeg(800, 600)
    return good[:len(good) // 2]


def _bomb() -> bytes:
    buf = io.BytesIO()
    Image.new("1", (10_000, 10_000)).save(buf, "PNG")  # 100 million pixels, 12 KB
    return buf.getvalue()


BAD_FILES = [
    ("photo.png", jpeg(), "内容却是JPEG"),  # a JPEG named .png
    ("photo.jpg", PDF, "内容却是PDF"),
    ("report.pdf", jpeg(), "内容却是JPEG"),
    ("photo.jpg", b"MZ\x90\x00 this is a program", "内容无法识别"),
    ("virus.exe", b"MZ\x90\x00", "不支持的文件类型"),
    ("noextension", jpeg(), "不支持的文件类型"),
    ("broken.jpg", _corrupt_jpeg(), "已损坏"),  # a JPEG cut in half
    ("empty.jpg", b"", "0 字节"),
    ("cut.pdf", PDF[:-8], "不完整"),  # no %%EOF
    ("bomb.png", _bomb(), "像素过多"),  # a decompression bomb
]


def test_bad_files_are_refused_with_a_clear_message_and_nothing_stored(world):
    t = world.new_ticket()  # (one database for every case: a PostgreSQL database costs seconds)
    before = snapshot(world.desk)
    for name, data, words in BAD_FILES:
        with pytest.raises(ValidationError) as info:
            world.clerk.attach(t.number, data=data, file_name=name)
        assert info.value.field == "file" and words in info.value.message, (name, info.value.message)
        assert snapshot(world.desk) == before, name


def test_a_200_mb_file_is_refused_by_its_size_before_it_is_read(world, tmp_path, monkeypatch):
    path = tmp_path / "huge.jpg"
    with open(path, "wb") as f:
        f.truncate(200 * files.MB)  # sparse: no 200 MB written or held in memory
    reads: list[int] = []
    real_open = open

    def spy(p, *a, **kw):
        if str(p) == str(path):
            reads.append(1)
        return real_open(p, *a, **kw)

    monkeypatch.setattr("builtins.open", spy)
    t = world.new_ticket()
    before = snapshot(world.desk)
    with pytest.raises(ValidationError) as info:
        world.clerk.attach(t.number, path=str(path))
    assert "文件过大（200.0 MB）" in info.value.message and "10.0 MB" in info.value.message
    assert reads == []  # refused by its size alone
    assert snapshot(world.desk) == before


def test_the_size_limit_is_a_setting_and_applies_to_bytes(world):
    world.desk.set_setting("attachment_max_mb", "1")
    t = world.new_ticket()
    noisy = Image.effect_noise((1500, 1500), 80).convert("RGB")
    buf = io.BytesIO()
    noisy.save(buf, "JPEG", quality=98)
    data = buf.getvalue()
    assert len(data) > files.MB
    before = snapshot(world.desk)
    with pytest.raises(ValidationError) as info:
        world.clerk.attach(t.number, data=data, file_name="noise.jpg")
    assert "不能超过 1.0 MB" in info.value.message
    assert snapshot(world.desk) == before


def test_a_path_is_read_and_named_by_its_file(world, tmp_path):
    path = tmp_path / "现场照片.jpg"
    path.write_bytes(jpeg())
    t = world.new_ticket()
    a = world.clerk.attach(t.number, path=str(path))
    assert a.file_name == "现场照片.jpg" and a.size == path.stat().st_size


BAD_ARGUMENTS = [
    (dict(step="verify"), "step"), (dict(kind="during"), "kind"), (dict(step="resolve"), "dispatch_id"),
    (dict(data=b"x", path="/tmp/x.jpg"), "file"), (dict(data=None), "file"), (dict(file_name=""), "file_name"),
    (dict(data="not bytes"), "data"), (dict(dispatch_id=0), "dispatch_id"), (dict(path="/nonexistent/a.jpg",
                                                                                data=None), "file"),
]


def test_bad_arguments_are_typed_errors(world):
    t = world.new_ticket()
    before = snapshot(world.desk)
    for kw, field in BAD_ARGUMENTS:
        args = dict(data=jpeg(), file_name="a.jpg")
        args.update(kw)
        with pytest.raises(ValidationError) as info:
            world.clerk.attach(t.number, **args)
        assert info.value.field == field and info.value.message, kw
    assert snapshot(world.desk) == before


# -- 办结 needs an "after" photo where the category says so ---------------------------------------
def test_resolve_needs_an_after_photo_in_the_listed_categories(world):
    require_after_photo(world, "市容环境")
    t, lead, _ = dispatched(world)
    li = world.responder("城管执法队")
    li.acknowledge(lead.id)
    li.respond(lead.id, "已到场")
    before = snapshot(world.desk)
    with pytest.raises(ValidationError) as info:
        li.resolve(lead.id, "已清理")
    assert "须附处置后照片" in info.value.message and info.value.field == "attachment"
    assert snapshot(world.desk) == before
    li.attach(t.number, data=jpeg(), file_name="前.jpg", dispatch_id=lead.id, step="resolve", kind="before")
    li.attach(t.number, data=PDF, file_name="后.pdf", dispatch_id=lead.id, step="resolve", kind="after")
    with pytest.raises(ValidationError):  # neither a "before" photo nor a document is an "after" photo
        li.resolve(lead.id, "已清理")
    li.attach(t.number, data=jpeg(), file_name="后.jpg", dispatch_id=lead.id, step="resolve", kind="after")
    assert li.resolve(lead.id, "已清理").state == "resolved"
    # another category is not asked
    t2, lead2, _ = dispatched(world, category="房屋安全")
    zj = world.responder("住建委")
    d = next(x for x in world.clerk.ticket(t2.number).dispatches if x.department == "住建委")
    zj.acknowledge(d.id)
    zj.respond(d.id, "已到场")
    assert zj.resolve(d.id, "已处理").state == "resolved"


def test_resolve_takes_its_after_photos_in_the_same_transaction(world, tmp_path):
    """The 办结 dialog's photos go with the 办结: stored if it goes through, none if it is refused (or never
    sent: a cancelled dialog leaves nothing behind)."""
    require_after_photo(world, "市容环境")
    t, lead, _ = dispatched(world)
    li = world.responder("城管执法队")
    li.acknowledge(lead.id)
    li.respond(lead.id, "已到场")
    good, bad = tmp_path / "清理后.jpg", tmp_path / "坏.jpg"
    good.write_bytes(jpeg(3000, 2000))
    bad.write_bytes(jpeg()[:500])
    before = snapshot(world.desk)
    with pytest.raises(ValidationError) as info:  # one bad file: nothing at all
        li.resolve(lead.id, "已清理", photos=[str(good), str(bad)])
    assert info.value.field == "file" and "坏.jpg" in info.value.message
    with pytest.raises(ValidationError) as info:  # a refused 办结 (no note): the good photo is not kept either
        li.resolve(lead.id, "", photos=[str(good)])
    assert info.value.field == "note"
    for wrong in ("清理后.jpg", [b"x"], [""], [str(tmp_path / "无此文件.jpg")]):
        with pytest.raises(ValidationError):
            li.resolve(lead.id, "已清理", photos=wrong)
    assert snapshot(world.desk) == before
    d = li.resolve(lead.id, "已清理", photos=[str(good)])
    assert d.state == "resolved"
    (a,) = li.attachments(t.number)
    assert (a.file_name, a.step, a.kind, a.dispatch_id, a.width) == ("清理后.jpg", "resolve", "after", lead.id, 2560)
    events = [e.kind for e in world.clerk.ticket(t.number).events]
    assert events[-2:] == ["attachment", "resolve"]  # one transaction: the photo, then the 办结 it rests on
    assert world.desk.verify_audit().ok


def test_the_after_photo_must_be_on_that_dispatch(world):
    require_after_photo(world, "市容环境")
    t, lead, assist = dispatched(world)
    zj = world.responder("住建委")
    zj.acknowledge(assist.id)
    zj.respond(assist.id, "已到场")
    world.clerk.attach(t.number, data=jpeg(), file_name="受理.jpg", step="intake", kind="after")
    li = world.responder("城管执法队")
    li.acknowledge(lead.id)
    li.attach(t.number, data=jpeg(), file_name="城管.jpg", dispatch_id=lead.id, step="respond", kind="after")
    with pytest.raises(ValidationError):
        zj.resolve(assist.id, "已处理")


# -- who sees, who adds, who removes -----------------------------------------------------------------
def test_an_assisting_department_sees_the_photos_and_another_department_does_not(world):
    t, lead, _ = dispatched(world)
    li = world.responder("城管执法队")
    li.acknowledge(lead.id)
    a = li.attach(t.number, data=jpeg(), file_name="现场.jpg", dispatch_id=lead.id, step="respond")
    c = world.clerk.attach(t.number, data=jpeg(), file_name="受理.jpg", step="intake")
    zj = world.responder("住建委")  # assists
    assert [x.id for x in zj.attachments(t.number)] == [a.id, c.id]
    assert zj.attachment_file(a.id).data and zj.attachment_file(c.id).data
    assert not any(x.removable for x in zj.attachments(t.number))
    jt = world.responder("交通支队")  # not summoned
    before = snapshot(world.desk)
    with pytest.raises(NotFound):
        jt.attachments(t.number)
    with pytest.raises(NotFound) as info:
        jt.attachment_file(a.id)
    assert t.number not in info.value.message  # not even which ticket it is on
    with pytest.raises(NotFound):
        jt.remove_attachment(a.id)
    assert snapshot(world.desk) == before


def test_a_confidential_reporters_own_photos_are_seen_only_by_clerks_and_supervisors(world):
    """保密: the reporter's 受理 photo (taken from their window, it may say who they are) is not shown to the
    departments, nor to an administrator, nor named in their timeline; the rest of the evidence is."""
    t = world.new_ticket(title="楼下违建", reporter_name="钱女士", reporter_phone="13787654321", confidential=True)
    t = world.clerk.whistle(t.number, lead="城管执法队", note="请处理")
    (lead,) = t.dispatches
    own = world.clerk.attach(t.number, data=jpeg(), file_name="钱女士家窗口.jpg", step="intake")
    office = world.clerk.attach(t.number, data=PDF, file_name="现场示意图.pdf")  # the office's own file
    li = world.responder("城管执法队")
    li.acknowledge(lead.id)
    site = li.attach(t.number, data=jpeg(), file_name="现场.jpg", dispatch_id=lead.id, step="respond")
    everything = [own.id, office.id, site.id]
    assert [a.id for a in world.clerk.attachments(t.number)] == everything
    assert [a.id for a in world.supervisor.attachments(t.number)] == everything
    assert world.supervisor.attachment_file(own.id).data
    for viewer in (li, world.admin):
        assert [a.id for a in viewer.attachments(t.number)] == [office.id, site.id]
        with pytest.raises(NotFound) as info:
            viewer.attachment_file(own.id)
        assert "钱女士" not in info.value.message and t.number not in info.value.message
        timeline = repr(viewer.ticket(t.number).events)
        assert "钱女士家窗口" not in timeline and "钱女士" not in timeline
    added = [e for e in li.ticket(t.number).events if e.kind == "attachment"]
    assert [e.changes["file_name"][1] for e in added] == ["（保密）", "现场示意图.pdf", "现场.jpg"]
    assert added[0].note == "反映人提供的附件（保密）"
    clerk_view = [e for e in world.clerk.ticket(t.number).events if e.kind == "attachment"]
    assert clerk_view[0].changes["file_name"][1] == "钱女士家窗口.jpg"
    # an ordinary ticket's 受理 photo is seen by the departments (as in the test above)
    plain = world.clerk.whistle(world.new_ticket().number, lead="城管执法队", note="请处理")
    p = world.clerk.attach(plain.number, data=jpeg(), file_name="受理.jpg", step="intake")
    assert [a.id for a in li.attachments(plain.number)] == [p.id]


def test_a_responder_adds_only_to_their_own_departments_working_dispatch(world):
    t, lead, assist = dispatched(world)
    zj = world.responder("住建委")
    before = snapshot(world.desk)
    with pytest.raises(PermissionDenied) as info:  # the lead department's dispatch
        zj.attach(t.number, data=jpeg(), file_name="a.jpg", dispatch_id=lead.id, step="respond")
    assert "本部门" in info.value.message and "城管执法队" not in info.value.message
    with pytest.raises(PermissionDenied):  # the ticket itself is the office's
        zj.attach(t.number, data=jpeg(), file_name="a.jpg", step="intake")
    jt = world.responder("交通支队")
    with pytest.raises(PermissionDenied):
        jt.attach(t.number, data=jpeg(), file_name="a.jpg", dispatch_id=lead.id, step="respond")
    with pytest.raises(NotFound):  # its own department has no dispatch there: the ticket is not visible
        jt.attach(t.number, data=jpeg(), file_name="a.jpg")
    assert snapshot(world.desk) == before
    zj.attach(t.number, data=jpeg(), file_name="协办.jpg", dispatch_id=assist.id, step="respond")
    with pytest.raises(NotFound):  # a dispatch of another ticket
        other, olead, _ = dispatched(world)
        world.clerk.attach(t.number, data=jpeg(), file_name="a.jpg", dispatch_id=olead.id, step="respond")


def test_nothing_is_added_to_a_resolved_dispatch_by_its_responder_or_to_a_closed_ticket(world):
    t, lead, _ = dispatched(world)
    li = world.responder("城管执法队")
    li.acknowledge(lead.id)
    li.respond(lead.id, "已到场")
    li.resolve(lead.id, "已处理")
    with pytest.raises(ConflictError) as info:
        li.attach(t.number, data=jpeg(), file_name="晚了.jpg", dispatch_id=lead.id, step="resolve", kind="after")
    assert "办结" in info.value.message
    t2 = world.new_ticket()
    world.clerk.cancel(t2.number, reason="重复")
    before = snapshot(world.desk)
    with pytest.raises(ConflictError) as info:
        world.clerk.attach(t2.number, data=jpeg(), file_name="a.jpg")
    assert "已撤销" in info.value.message
    assert snapshot(world.desk) == before


def test_only_the_uploader_removes_while_the_ticket_is_open_and_the_event_stays(world):
    t, lead, _ = dispatched(world)
    photo = jpeg()
    a = world.clerk.attach(t.number, data=photo, file_name="受理.jpg", step="intake")
    before = snapshot(world.desk)
    with pytest.raises(PermissionDenied) as info:
        world.login("clerk2").remove_attachment(a.id)
    assert "添加附件的人" in info.value.message
    with pytest.raises(PermissionDenied):
        world.supervisor.remove_attachment(a.id)
    assert snapshot(world.desk) == before
    world.clerk.remove_attachment(a.id, reason="传错了")
    assert world.clerk.attachments(t.number) == []
    with pytest.raises(NotFound):
        world.clerk.attachment_file(a.id)
    added, removed = attachment_events(world, t.number)
    assert (added.kind, removed.kind, removed.note) == ("attachment", "attachment_remove", "传错了")
    assert removed.changes["sha256"] == [sha(photo), None] and added.changes["sha256"] == [None, sha(photo)]
    assert world.desk.verify_audit().ok
    # a resolved dispatch's photos are its evidence
    li = world.responder("城管执法队")
    li.acknowledge(lead.id)
    li.respond(lead.id, "已到场")
    b = li.attach(t.number, data=photo, file_name="后.jpg", dispatch_id=lead.id, step="resolve", kind="after")
    li.resolve(lead.id, "已处理")
    assert not li.attachments(t.number)[0].removable
    with pytest.raises(ConflictError):
        li.remove_attachment(b.id)


# -- never in exports or reports ---------------------------------------------------------------------
def test_photos_appear_in_no_export_and_no_report(world):
    t, lead, _ = dispatched(world)
    admin = world.admin
    rows_before = list(export_dispatches(world.desk))
    report_before = json.dumps(admin.weekly_report(), default=str, sort_keys=True)
    li = world.responder("城管执法队")
    li.acknowledge(lead.id)
    a = li.attach(t.number, data=jpeg(), file_name="现场.jpg", dispatch_id=lead.id, step="respond")
    rows = list(export_dispatches(world.desk))
    assert [set(r) for r in rows] == [set(r) for r in rows_before]
    text = json.dumps(rows, default=str)
    assert "现场.jpg" not in text and a.sha256 not in text
    report = json.dumps(admin.weekly_report(), default=str, sort_keys=True)
    assert "现场.jpg" not in report and a.sha256 not in report
    assert report == report_before
