"""Uploaded images: checked, re-encoded without metadata (EXIF, GPS), resized.

The original bytes are never stored: what reaches storage is a fresh encoding of
the pixels, so hidden metadata and polyglot payloads are dropped.
"""

import io
import warnings
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
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
    thumbnail_crop: tuple[int, int] | None = None,
) -> ProcessedImage:
    """Validate an uploaded file as an image and return clean encodings of it.

    The thumbnail is a square of `thumbnail_side`, or the whole picture within it, or a
    crop to exactly `thumbnail_crop` (width, height) for cards of a fixed shape.
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
    if thumbnail_crop:
        thumb = ImageOps.fit(image, thumbnail_crop)
    elif square_thumbnail:
        thumb = ImageOps.fit(image, (thumbnail_side, thumbnail_side))
    else:
        thumb = image.copy()
        thumb.thumbnail((thumbnail_side, thumbnail_side))
    return ProcessedImage(full=_encode(full, name), thumbnail=_encode(thumb, f"{name}-thumb"))


def store_images(instance, files: dict[str, ContentFile]) -> None:
    """Put new encodings in `instance`'s file fields (the row is not saved) and delete the
    files they replace once the transaction commits, so a replaced photo leaves nothing
    behind. The old names are read first: saving a FieldFile renames it in place."""
    old = [
        (getattr(instance, field).name, getattr(instance, field).storage)
        for field in files
        if getattr(instance, field)
    ]
    for field, content in files.items():
        getattr(instance, field).save(content.name, content, save=False)
    current = {getattr(instance, field).name for field in files}
    for name, storage in old:
        if name not in current:
            transaction.on_commit(lambda name=name, storage=storage: storage.delete(name))
