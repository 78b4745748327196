"""Uploaded images: checked, re-encoded without metadata (EXIF, GPS), resized.

The original bytes are never stored: what reaches storage is a fresh encoding of
the pixels, so hidden metadata and polyglot payloads are dropped.
"""

import io
import warnings
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_UPLOAD_BYTES = 8 * 1024 * 1024
MAX_PIXELS = 40_000_000  # a 40-megapixel photo is fine; a decompression bomb is not
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
ACCEPTED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}
ACCEPTED_EXTENSIONS = {"jpg", "jpeg", "png", "webp", "gif"}


@dataclass(frozen=True)
class ProcessedImage:
    full: ContentFile
    thumbnail: ContentFile


def _encode(image: Image.Image, name: str) -> ContentFile:
    buffer = io.BytesIO()
    if image.mode in ("RGBA", "LA", "P"):
        image = image.convert("RGBA")
        image.save(buffer, "PNG", optimize=True)
        return ContentFile(buffer.getvalue(), name=f"{name}.png")
    image.convert("RGB").save(buffer, "JPEG", quality=85, optimize=True, progressive=True)
    return ContentFile(buffer.getvalue(), name=f"{name}.jpg")


def process_image(
    upload,
    *,
    name: str,
    max_side: int = 1600,
    thumbnail_side: int = 256,
    square_thumbnail: bool = True,
) -> ProcessedImage:
    """Validate an uploaded file as an image and return clean encodings of it.

    Raises ValidationError with a message for people on anything else."""
    extension = (upload.name or "").rsplit(".", 1)[-1].lower() if "." in (upload.name or "") else ""
    if extension not in ACCEPTED_EXTENSIONS:
        raise ValidationError(_("Upload a JPEG, PNG, WebP or GIF image."), code="extension")
    if upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("This image is %(size)d MB; the limit is %(limit)d MB.")
            % {"size": upload.size // (1024 * 1024), "limit": MAX_UPLOAD_BYTES // (1024 * 1024)},
            code="too_large",
        )
    upload.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(upload) as probe:
                probe.verify()
                detected = probe.format
            upload.seek(0)
            image = Image.open(upload)
            if image.width * image.height > MAX_PIXELS:
                raise Image.DecompressionBombError("too many pixels")
            image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(
            _("This image has too many pixels to process."), code="bomb"
        ) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ValidationError(_("This file is not an image we can read."), code="invalid") from None
    if detected not in ACCEPTED_FORMATS:
        raise ValidationError(_("Upload a JPEG, PNG, WebP or GIF image."), code="format")
    image = ImageOps.exif_transpose(image)
    if getattr(image, "n_frames", 1) > 1:
        image.seek(0)
    full = image.copy()
    full.thumbnail((max_side, max_side))
    if square_thumbnail:
        thumb = ImageOps.fit(image, (thumbnail_side, thumbnail_side))
    else:
        thumb = image.copy()
        thumb.thumbnail((thumbnail_side, thumbnail_side))
    return ProcessedImage(full=_encode(full, name), thumbnail=_encode(thumb, f"{name}-thumb"))
