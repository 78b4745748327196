from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def give_every_new_account_a_profile(sender, instance, created: bool, raw: bool = False, **kwargs):
    if created and not raw:
        from .services import create_profile_for

        create_profile_for(instance)
