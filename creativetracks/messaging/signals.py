from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from .models import Attachment


@receiver(post_delete, sender=Attachment)
def delete_attachment_files(sender, instance: Attachment, **kwargs):
    for field in (instance.file, instance.thumbnail):
        if field:
            transaction.on_commit(
                lambda name=field.name, storage=field.storage: storage.delete(name)
            )
