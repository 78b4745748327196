import io
import logging

from django.core.files.base import ContentFile
from django.db import migrations, models
from PIL import Image, ImageOps, UnidentifiedImageError

import creativetracks.profiles.models

log = logging.getLogger(__name__)
SIZE = (400, 300)  # PORTFOLIO_THUMBNAIL when this migration was written


def crop_existing_pictures(apps, schema_editor):
    """Works stored before thumbnails get their crop; one that can't be read keeps
    showing its original, as before."""
    PortfolioItem = apps.get_model("profiles", "PortfolioItem")
    crops: dict[str, str] = {}  # the demo shares a few pictures between many works
    for item in PortfolioItem.objects.exclude(image="").filter(thumbnail="").iterator():
        name = item.image.name
        if name not in crops:
            try:
                with item.image.open("rb") as stored, Image.open(stored) as picture:
                    buffer = io.BytesIO()
                    ImageOps.fit(picture.convert("RGB"), SIZE).save(buffer, "JPEG", quality=85)
            except (OSError, UnidentifiedImageError, ValueError):
                log.warning("portfolio picture %s unreadable: no thumbnail", name)
                crops[name] = ""
                continue
            stem = name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
            item.thumbnail.save(f"{stem}-thumb.jpg", ContentFile(buffer.getvalue()), save=False)
            crops[name] = item.thumbnail.name
        if crops[name]:
            PortfolioItem.objects.filter(pk=item.pk).update(thumbnail=crops[name])


class Migration(migrations.Migration):
    dependencies = [("profiles", "0003_profile_date_of_birth_profile_nationalities")]

    operations = [
        migrations.AddField(
            model_name="portfolioitem",
            name="thumbnail",
            field=models.ImageField(
                blank=True,
                editable=False,
                upload_to=creativetracks.profiles.models.portfolio_path,
            ),
        ),
        migrations.RunPython(crop_existing_pictures, migrations.RunPython.noop),
    ]
