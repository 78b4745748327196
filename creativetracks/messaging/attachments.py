"""Files attached to messages: images (re-encoded by core.images) and PDF documents.

Anything else is refused with a message for people before a row or a file is written.
"""

import os
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.text import get_valid_filename
from django.utils.translation import gettext as _

from creativetracks.core.images import ACCEPTED_EXTENSIONS, process_image

from .models import Attachment

MAX_PDF_BYTES = 10 * 1024 * 1024
PDF_MAGIC = b"%PDF-"
PDF_END = b"%%EOF"


@dataclass(frozen=True)
class PreparedAttachment:
    kind: str
    name: str
    size: int
    file: ContentFile
    thumbnail: ContentFile | None = None


def _display_name(upload, extension: str) -> str:
    stem = os.path.splitext(os.path.basename(upload.name or ""))[0]
    return f"{get_valid_filename(stem)[:80] or 'file'}.{extension}"


def prepare_attachment(upload) -> PreparedAttachment:
    """Check an uploaded file and return what to store; raises ValidationError."""
    name = upload.name or ""
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension == "pdf":
        return _prepare_pdf(upload)
    if extension in ACCEPTED_EXTENSIONS:
        processed = process_image(upload, name="image", square_thumbnail=False, thumbnail_side=480)
        final_extension = processed.full.name.rsplit(".", 1)[-1]
        return PreparedAttachment(
            kind=Attachment.Kind.IMAGE,
            name=_display_name(upload, final_extension),
            size=processed.full.size,
            file=processed.full,
            thumbnail=processed.thumbnail,
        )
    raise ValidationError(
        _("Attach an image (JPEG, PNG, WebP or GIF) or a PDF document."), code="type"
    )


def _prepare_pdf(upload) -> PreparedAttachment:
    if upload.size > MAX_PDF_BYTES:
        raise ValidationError(
            _("This PDF is %(size)d MB; the limit is %(limit)d MB.")
            % {"size": upload.size // (1024 * 1024), "limit": MAX_PDF_BYTES // (1024 * 1024)},
            code="too_large",
        )
    upload.seek(0)
    content = upload.read()
    # A real PDF starts with its header and ends with its end-of-file marker (readers
    # accept it within the last kilobyte); a renamed file of another kind does not.
    if not content.startswith(PDF_MAGIC) or PDF_END not in content[-1024:]:
        raise ValidationError(_("This file is not a PDF document we can accept."), code="invalid")
    name = _display_name(upload, "pdf")
    return PreparedAttachment(
        kind=Attachment.Kind.PDF, name=name, size=len(content), file=ContentFile(content, name=name)
    )
