from django.db.models.signals import post_save
from django.dispatch import receiver

from creativetracks.profiles.models import Profile


@receiver(post_save, sender=Profile)
def announce_new_member(sender, instance: Profile, created: bool, raw: bool = False, **kwargs):
    """A new member appears in feeds as "joined". Feeds check the profile's visibility
    when they are read, so a hidden profile's arrival shows only once it is visible."""
    if created and not raw:
        from .models import Activity
        from .services import record_activity

        record_activity(
            instance.user, "joined", audience=Activity.Audience.MEMBERS, created=instance.created
        )
