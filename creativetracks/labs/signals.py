"""A deleted lab (by its owner, a moderator or in the admin) leaves search and the feeds."""

from django.db.models.signals import post_delete
from django.dispatch import receiver

from creativetracks.core import search
from creativetracks.social.services import forget_activity

from .models import Lab
from .queries import SEARCH_KIND


@receiver(post_delete, sender=Lab, dispatch_uid="labs_forget_deleted_lab")
def forget_deleted_lab(sender, instance: Lab, **kwargs) -> None:
    search.remove_document(SEARCH_KIND, instance.pk)
    forget_activity(instance)
