"""Attachments of entries: checked by content, cleaned, and named safely.

- PDFs must start with the `%PDF-` signature; images go through `core.images.process_image`
  (re-encoded without EXIF). Anything else, or anything over the size limit, is refused.
- The stored file gets a random name; the original name is kept, sanitised, for the
  applicants and organisers only.
- The author, creator, producer and title entries of a PDF's metadata (the Info
  dictionary and XMP) are overwritten with spaces of the same length when the file is
  uploaded, so byte offsets and the file stay valid. Metadata inside compressed object
  streams is not reached; jurors in blind review never see the original name (files are
  served to them as `entry-<n>-attachment-<m>.<ext>`).
"""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _

from creativetracks.core.images import process_image

MAX_FILE_BYTES = 2 * 1024 * 1024  # request bodies over 2.5 MB are refused site-wide
MAX_FILES = 6
PDF_SIGNATURE = b"%PDF-"
IMAGE_EXTENSIONS = {"jpg", "jpeg", "png", "webp", "gif"}

_INFO_KEYS = rb"/(?:Author|Creator|Producer|Title|Subject|Keywords)"
_LITERAL = re.compile(_INFO_KEYS + rb"\s*\((?:\\.|[^\\)])*\)", re.S)
_HEX = re.compile(_INFO_KEYS + rb"\s*<[0-9A-Fa-f\s]*>")
_XMP = re.compile(
    rb"<(dc:creator|dc:title|pdf:Author|pdf:Producer|xmp:CreatorTool)>(.*?)</\1>", re.S
)


def safe_name(name: str) -> str:
    """A file name without paths, control characters or anything but letters, digits, - _ ."""
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip(".-")
    return (name or "file")[-100:]


def _blank(match: re.Match) -> bytes:
    text = match.group(0)
    key_end = text.index(b"(") + 1 if b"(" in text else text.index(b"<") + 1
    return text[:key_end] + b" " * (len(text) - key_end - 1) + text[-1:]


def _blank_hex(match: re.Match) -> bytes:
    text = match.group(0)
    start = text.index(b"<") + 1
    return text[:start] + b"0" * (len(text) - start - 1) + text[-1:]


def _blank_xmp(match: re.Match) -> bytes:
    tag = match.group(1)
    inner = match.group(2)
    return b"<" + tag + b">" + b" " * len(inner) + b"</" + tag + b">"


def strip_pdf_metadata(data: bytes) -> bytes:
    """The same PDF with its author and tool metadata blanked (same length: offsets hold)."""
    data = _LITERAL.sub(_blank, data)
    data = _HEX.sub(_blank_hex, data)
    return _XMP.sub(_blank_xmp, data)


def clean_upload(upload) -> tuple[ContentFile, str, str, str]:
    """(content, kind, content type, sanitised original name), or ValidationError."""
    name = safe_name(upload.name or "")
    if upload.size > MAX_FILE_BYTES:
        raise ValidationError(
            _("This file is %(size).1f MB; the limit is %(limit)d MB.")
            % {"size": upload.size / (1024 * 1024), "limit": MAX_FILE_BYTES // (1024 * 1024)}
        )
    upload.seek(0)
    head = upload.read(5)
    upload.seek(0)
    if head == PDF_SIGNATURE:
        if not name.lower().endswith(".pdf"):
            name = f"{name}.pdf"
        data = strip_pdf_metadata(upload.read())
        return ContentFile(data, name="entry.pdf"), "pdf", "application/pdf", name
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in IMAGE_EXTENSIONS:
        raise ValidationError(_("Attach a PDF or an image (JPEG, PNG, WebP or GIF)."))
    processed = process_image(upload, name="entry", max_side=2400, thumbnail_side=64)
    full = processed.full
    content_type = "image/png" if full.name.endswith(".png") else "image/jpeg"
    return full, "image", content_type, name
