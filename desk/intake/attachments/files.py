"""What an uploaded file is, checked, and what is stored of it: pure functions over bytes (Pillow, never Qt).

* The extension names the type (.jpg/.jpeg, .png, .heic/.heif, .pdf); the first bytes must say the same, and
  Pillow must open and decode the whole image (a truncated or corrupt JPEG is refused, not stored half).
* A photo is turned upright by its EXIF orientation, downscaled to ``max_edge`` pixels on its longer side when
  larger, and given a JPEG thumbnail of ``thumb_edge`` pixels. HEIC (iPhone photos, through pillow-heif) is
  converted to JPEG for storage: every desk can show a JPEG.
* **No metadata is stored:** a resident's photo carries where it was taken (GPS), when, on which phone and by
  whom (EXIF, XMP, IPTC, PNG text chunks). A re-encoded photo has none; a photo that needs no re-encoding keeps
  its pixels byte for byte, and only its metadata segments (JPEG APP1/APP13/COM, PNG eXIf/tEXt/zTXt/iTXt/tIME)
  are cut out (``metadata_removed``). Colour information (ICC profile, Adobe APP14) stays. The original's
  SHA-256 is still recorded in the event.
* A PDF is checked by its header (``%PDF-``) and its end (``%%EOF`` in the last kilobyte); it has no thumbnail.
* Refused: a type the extension does not claim, an empty file, more than ``max_bytes`` (a path's size is checked
  before it is read), an image of more than Pillow's ``MAX_IMAGE_PIXELS`` (a decompression bomb).
Each refusal is a ``ValidationError`` on the field ``file`` with a message in Chinese.
"""
from __future__ import annotations

import hashlib
import io
import math
import os
import warnings
from dataclasses import dataclass

from PIL import Image, ImageFile, ImageOps, UnidentifiedImageError

from desk.errors import Term, ValidationError

try:  # HEIC/HEIF photos (iPhones): the pillow-heif wheel registers an opener with Pillow
    import pillow_heif

    pillow_heif.register_heif_opener()
    HEIC = True
except ImportError:  # pragma: no cover - the wheel is a dependency; without it HEIC is refused with a message
    HEIC = False

#: extension -> the type it claims
EXTENSIONS = {".jpg": "jpeg", ".jpeg": "jpeg", ".jpe": "jpeg", ".png": "png", ".heic": "heic", ".heif": "heic",
              ".pdf": "pdf"}
MIME = {"jpeg": "image/jpeg", "png": "image/png", "heic": "image/heic", "pdf": "application/pdf"}
#: Pillow's format name of each image type
PIL_FORMAT = {"jpeg": "JPEG", "png": "PNG", "heic": "HEIF"}
TYPE_NAMES = {"jpeg": "JPEG 图片", "png": "PNG 图片", "heic": "HEIC 照片", "pdf": "PDF 文档"}
_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"avif"}
JPEG_QUALITY = 88
THUMB_QUALITY = 80
MB = 1024 * 1024


@dataclass(frozen=True)
class Prepared:
    """A checked file and what is stored of it."""

    kind: str  # jpeg, png, heic, pdf
    original_mime: str
    size: int
    sha256: str
    mime: str  # what is stored
    data: bytes
    stored_sha256: str
    width: int | None
    height: int | None
    thumbnail: bytes | None
    #: How the stored file differs from the original (rotated, downscaled, heic_to_jpeg, metadata_removed; none:
    #: it is the original).
    changed: tuple[str, ...]
    #: The original's width and height in pixels (None for a PDF).
    original_px: tuple[int, int] | None


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def type_of_name(file_name: str) -> str:
    ext = os.path.splitext(file_name)[1].lower()
    kind = EXTENSIONS.get(ext)
    if kind is None:
        raise ValidationError("file", "不支持的文件类型“{ext}”：只能添加 JPEG、PNG、HEIC 照片和 PDF 文档。",
                              ext=ext or file_name[-20:])
    if kind == "heic" and not HEIC:  # pragma: no cover
        raise ValidationError("file", "本机未安装 HEIC 支持（pillow-heif），请先把照片转换为 JPEG。")
    return kind


def sniff(data: bytes) -> str | None:
    """The type the first bytes say, or None."""
    if data[:3] == b"\xff\xd8\xff":
        return "jpeg"
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "png"
    if data[:5] == b"%PDF-":
        return "pdf"
    if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        return "heic"
    return None


def too_large(size: int, max_bytes: int) -> ValidationError:
    return ValidationError("file", "文件过大（{size}），每个文件不能超过 {limit}。", size=_mb(size), limit=_mb(max_bytes))


def _mb(n: int) -> str:
    return f"{n / MB:.1f} MB" if n >= MB else f"{max(1, round(n / 1024))} KB"


def read_path(path: str, max_bytes: int) -> bytes:
    """The file at ``path``, its size checked before anything is read (a 200 MB file is never read)."""
    try:
        size = os.stat(path).st_size
    except OSError as exc:
        raise ValidationError("file", "无法读取文件：{error}", error=exc.strerror or str(exc)) from None
    if size > max_bytes:
        raise too_large(size, max_bytes)
    try:
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)  # (the file may have grown meanwhile)
    except OSError as exc:
        raise ValidationError("file", "无法读取文件：{error}", error=exc.strerror or str(exc)) from None
    if len(data) > max_bytes:
        raise too_large(len(data), max_bytes)
    return data


def prepare(data: bytes, file_name: str, *, max_bytes: int, max_edge: int, thumb_edge: int) -> Prepared:
    """Check ``data`` against its ``file_name``'s extension and make what is stored: see the module doc."""
    claimed = type_of_name(file_name)
    if not data:
        raise ValidationError("file", "文件“{name}”是空的（0 字节），没有添加。", name=file_name)
    if len(data) > max_bytes:
        raise too_large(len(data), max_bytes)
    actual = sniff(data)
    if actual != claimed:
        if actual is None:
            raise ValidationError("file", "文件“{name}”不是{claimed}（内容无法识别），没有添加。", name=file_name,
                                  claimed=Term(TYPE_NAMES[claimed]))
        raise ValidationError("file", "文件“{name}”的扩展名表示{claimed}，内容却是{actual}，没有添加。",
                              name=file_name, claimed=Term(TYPE_NAMES[claimed]), actual=Term(TYPE_NAMES[actual]))
    digest = sha256(data)
    if claimed == "pdf":
        if b"%%EOF" not in data[-1024:]:
            raise ValidationError("file", "PDF 文档“{name}”不完整或已损坏（缺少文件结尾），没有添加。", name=file_name)
        return Prepared("pdf", MIME["pdf"], len(data), digest, MIME["pdf"], data, digest, None, None, None, (), None)
    return _image(data, digest, claimed, file_name, max_edge=max_edge, thumb_edge=thumb_edge)


def _open(data: bytes, claimed: str, file_name: str, max_edge: int) -> Image.Image:
    """The decoded image; a bomb, a corrupt or truncated file, or another format is a ValidationError."""
    corrupt = ValidationError("file", "图片“{name}”已损坏或不完整，无法打开，没有添加。", name=file_name)
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            probe = Image.open(io.BytesIO(data))
            w, h = probe.size
            if w * h > Image.MAX_IMAGE_PIXELS:
                raise Image.DecompressionBombError("too many pixels")
            if probe.format != PIL_FORMAT[claimed]:
                raise corrupt
            probe.verify()  # the structure (PNG: the chunks' checksums)
            img = Image.open(io.BytesIO(data))  # verify() leaves the image unusable: open it again
            if claimed == "jpeg" and max(w, h) > max_edge:  # decode at 1/2, 1/4 … (still every byte): 3x faster
                ratio = max_edge / max(w, h)
                img.draft("RGB", (math.ceil(w * ratio), math.ceil(h * ratio)))
            img.load()  # every pixel decoded: a truncated JPEG fails here
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError("file", "图片“{name}”的像素过多（超过 {limit} 万像素），可能是恶意文件，没有添加。",
                              name=file_name, limit=Image.MAX_IMAGE_PIXELS // 10_000) from None
    except ValidationError:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError, MemoryError):
        raise corrupt from None
    return img


def _image(data: bytes, digest: str, claimed: str, file_name: str, *, max_edge: int, thumb_edge: int) -> Prepared:
    img = _open(data, claimed, file_name, max_edge)
    original = _original_size(data, img)
    changes = []
    if _orientation(img) not in (None, 1):
        img = ImageOps.exif_transpose(img)
        changes.append("rotated")
    if max(img.size) > max_edge:
        img = img.copy() if not changes else img
        img.thumbnail((max_edge, max_edge), Image.Resampling.LANCZOS)
        changes.append("downscaled")
    if claimed == "heic":
        changes.append("heic_to_jpeg")
    if changes:
        out_kind = "png" if claimed == "png" else "jpeg"
        stored = _encode(img, out_kind)
    else:
        out_kind, stored = claimed, strip_metadata(data, claimed)
        if stored != data:
            changes.append("metadata_removed")
    thumb = img.copy()
    thumb.thumbnail((thumb_edge, thumb_edge), Image.Resampling.LANCZOS)
    return Prepared(claimed, MIME[claimed], len(data), digest, MIME[out_kind], stored,
                    sha256(stored) if changes else digest, img.size[0], img.size[1],
                    _encode(thumb, "jpeg", quality=THUMB_QUALITY), tuple(changes), original)


def _original_size(data: bytes, img: Image.Image) -> tuple[int, int]:
    """The original's size (a JPEG decoded at a reduced scale reports the reduced one)."""
    if img.format == "JPEG":
        return Image.open(io.BytesIO(data)).size
    return img.size


def _orientation(img: Image.Image) -> int | None:
    try:
        return img.getexif().get(0x0112)
    except Exception:  # noqa: BLE001 - damaged EXIF: no orientation
        return None


def _encode(img: Image.Image, kind: str, *, quality: int = JPEG_QUALITY) -> bytes:
    buf = io.BytesIO()
    if kind == "png":
        img.save(buf, "PNG", optimize=False)
        return buf.getvalue()
    if img.mode in ("RGBA", "LA", "P", "PA"):  # transparency on white (JPEG has none)
        rgba = img.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        img = flat
    elif img.mode != "RGB":
        img = img.convert("RGB")
    img.save(buf, "JPEG", quality=quality, optimize=False, comment=b"")  # (Pillow would copy the original's)
    return buf.getvalue()


#: JPEG segments that carry metadata: APP1 (EXIF with GPS, XMP), APP13 (Photoshop IRB / IPTC), COM (comments);
#: and APP2 when it is an MPF index (the phone's extra images after the end of the photo, each with its EXIF).
_JPEG_METADATA = frozenset({0xE1, 0xED, 0xFE})
#: PNG chunks that carry metadata: EXIF, text (author, software, comments …) and the time of the last change.
_PNG_METADATA = frozenset({b"eXIf", b"tEXt", b"zTXt", b"iTXt", b"tIME"})


def strip_metadata(data: bytes, kind: str) -> bytes:
    """``data`` without its metadata (see the module doc) and without anything after the image's end; the image
    data byte for byte unchanged. ``data`` was decoded successfully before, so its structure is sound; should
    the walk meet something unexpected, it keeps the rest as it is."""
    if kind == "jpeg":
        return _strip_jpeg(data)
    if kind == "png":
        out, i = bytearray(data[:8]), 8  # the signature
        while i + 12 <= len(data):
            length = int.from_bytes(data[i:i + 4], "big")
            end, name = i + 12 + length, data[i + 4:i + 8]
            if name not in _PNG_METADATA:
                out += data[i:end]
            if name == b"IEND":
                return bytes(out)
            i = end
        return bytes(out + data[i:])
    return data


def _strip_jpeg(data: bytes) -> bytes:
    out, i, n = bytearray(data[:2]), 2, len(data)  # SOI
    while i + 1 < n and data[i] == 0xFF:
        marker = data[i + 1]
        if marker == 0xFF:  # a fill byte
            i += 1
            continue
        if marker == 0xD9:  # EOI: what follows (MPF images, trailers) is not this photo
            return bytes(out + b"\xff\xd9")
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:  # no length
            out += data[i:i + 2]
            i += 2
            continue
        if i + 4 > n:
            break
        end = i + 2 + int.from_bytes(data[i + 2:i + 4], "big")
        drop = marker in _JPEG_METADATA or (marker == 0xE2 and data[i + 4:i + 8] == b"MPF\x00")
        if not drop:
            out += data[i:end]
        i = end
        if marker == 0xDA:  # a scan: entropy-coded bytes up to the next marker (FF 00 and RSTn belong to it)
            j = i
            while True:
                j = data.find(b"\xff", j)
                if j < 0 or j + 1 >= n:
                    return bytes(out + data[i:])
                if data[j + 1] == 0x00 or 0xD0 <= data[j + 1] <= 0xD7 or data[j + 1] == 0xFF:
                    j += 1
                    continue
                break
            out += data[i:j]
            i = j
    return bytes(out + data[i:])
