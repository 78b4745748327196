"""Attachments of entries: checked by content, cleaned, and named safely.

- PDFs must start with the `%PDF-` signature; images go through `core.images.process_image`
  (re-encoded without EXIF). Anything else, or anything over the size limit, is refused.
- The stored file gets a random name; the original name is kept, sanitised, for the
  applicants and organisers only.
- A PDF is rewritten page by page with pypdf when it is uploaded: the document
  information (author, creator, title...) and the XMP metadata, wherever they were
  stored (compressed object streams included), are not copied, nor are pages' own
  metadata streams. A PDF pypdf can't read, or an encrypted one, is refused. Jurors in
  blind review never see the original name either (files are served to them as
  `entry-<n>-attachment-<m>.<ext>`).
"""

import io
import re
import unicodedata

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from pypdf import PdfReader, PdfWriter

from creativetracks.core.images import process_image

MAX_FILE_BYTES = 2 * 1024 * 1024  # request bodies over 2.5 MB are refused site-wide
MAX_FILES = 6
PDF_SIGNATURE = b"%PDF-"
IMAGE_EXTENSIONS = {"jpg", "jpeg", "png", "webp", "gif"}


def safe_name(name: str) -> str:
    """A file name without paths, control characters or anything but letters, digits, - _ ."""
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip(".-")
    return (name or "file")[-100:]


def strip_pdf_metadata(data: bytes) -> bytes:
    """The same pages without any document or page metadata; ValidationError when the
    PDF can't be read."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise ValidationError(_("This PDF is protected by a password: attach it unlocked."))
        writer = PdfWriter()
        for page in reader.pages:
            added = writer.add_page(page)
            if "/Metadata" in added:
                del added["/Metadata"]
        writer.metadata = None
        out = io.BytesIO()
        writer.write(out)
    except ValidationError:
        raise
    except Exception as error:  # pypdf raises many kinds on broken files
        raise ValidationError(
            _("This PDF can't be read. Export it again from your editor and attach it.")
        ) from error
    return out.getvalue()


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
