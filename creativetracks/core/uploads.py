"""Uploaded files other than images (images go through `core.images`, which re-encodes
them): their content checked against what their extension claims, their names made
safe, and the headers they are served with.

Only raster images are ever shown inline. Everything else is served as an attachment
with a type that no browser renders as a page: SVG, HTML, XML and scripts never run
from our origin, whatever a file's name says."""

import mimetypes
import re
import unicodedata
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

INLINE_TYPES = {"image/jpeg", "image/png", "image/webp", "image/gif"}
SAFE_FALLBACK = "application/octet-stream"
# Documents we accept, sent as their own type (always as attachments).
DOWNLOAD_TYPES = {
    t: t
    for t in (
        "application/pdf",
        "application/zip",
        "application/epub+zip",
        "audio/mpeg",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "application/vnd.oasis.opendocument.text",
        "application/vnd.oasis.opendocument.spreadsheet",
        "application/vnd.oasis.opendocument.presentation",
    )
} | {"text/plain": "text/plain; charset=utf-8", "text/csv": "text/csv; charset=utf-8"}

PDF = (b"%PDF-",)
ZIP = (b"PK\x03\x04",)  # also every OOXML, OpenDocument and EPUB file
MP3 = (b"ID3", b"\xff\xfb", b"\xff\xf3", b"\xff\xf2", b"\xff\xfa")
SIGNATURES: dict[str, tuple[bytes, ...] | None] = {
    ".pdf": PDF,
    ".docx": ZIP,
    ".xlsx": ZIP,
    ".pptx": ZIP,
    ".odt": ZIP,
    ".ods": ZIP,
    ".odp": ZIP,
    ".epub": ZIP,
    ".zip": ZIP,
    ".mp3": MP3,
    ".txt": None,  # plain text: checked for markup below
    ".csv": None,
}
# What an HTML, SVG or XML document (or a script) starts with or carries early on.
MARKUP = re.compile(
    rb"<\s*(!doctype|html|head|body|svg|script|iframe|object|embed|\?xml|meta|a\s|img\s)",
    re.IGNORECASE,
)


def safe_filename(name: str, *, default: str = "file", limit: int = 100) -> str:
    """A name fit for storage and a download header: the last path part only, ASCII
    letters, digits, dots, dashes and underscores, no leading dot, the extension kept
    (lowercased)."""
    base = PurePath((name or "").replace("\\", "/")).name
    base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    stem, dot, extension = base.rpartition(".")
    if not dot:
        stem, extension = base, ""
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-_.")[: limit - 10] or default
    extension = re.sub(r"[^a-z0-9]+", "", extension.lower())[:8]
    return f"{stem}.{extension}" if extension else stem


def check_file_content(upload, allowed: dict[str, tuple[bytes, ...] | None] = SIGNATURES) -> str:
    """Check that an upload is what its extension says (by its first bytes) and holds
    no markup a browser could render; returns the lowercased extension. Raises
    ValidationError with a message for people."""
    extension = PurePath(upload.name or "").suffix.lower()
    if extension not in allowed:
        raise ValidationError(_("This kind of file can't be added."), code="extension")
    upload.seek(0)
    head = upload.read(2048)
    upload.seek(0)
    signatures = allowed[extension]
    if signatures is not None and not head.startswith(signatures):
        raise ValidationError(
            _("This file's content is not a %(kind)s file.") % {"kind": extension[1:].upper()},
            code="content",
        )
    if signatures is None and (MARKUP.search(head) or b"\x00" in head):
        raise ValidationError(
            _("This file looks like a web page or a program, not plain text."), code="markup"
        )
    return extension


def served_type(name: str) -> tuple[str, bool]:
    """The Content-Type to send a stored file with, and whether it may show inline: an
    allow-list, so a type we don't know (or one that renders) goes as plain bytes."""
    guessed, _encoding = mimetypes.guess_type(name)
    if guessed in INLINE_TYPES:
        return guessed, True
    if guessed in DOWNLOAD_TYPES:
        return DOWNLOAD_TYPES[guessed], False
    return SAFE_FALLBACK, False


def protect(response, name: str):
    """Give a response serving a stored file its safe headers."""
    content_type, inline = served_type(name)
    response["Content-Type"] = content_type
    response["X-Content-Type-Options"] = "nosniff"
    if not inline:
        response["Content-Disposition"] = f'attachment; filename="{safe_filename(name)}"'
    return response
