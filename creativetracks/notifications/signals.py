from anymail.signals import tracking
from django.dispatch import receiver

from .models import OutboxEmail, SuppressedAddress

# Events after which sending again would hurt: the address is dead or the person complained.
STOPPING_EVENTS = {"bounced", "complained", "rejected", "unsubscribed"}


@receiver(tracking)
def stop_mail_to_bad_addresses(sender, event, esp_name, **kwargs):
    if event.event_type not in STOPPING_EVENTS or not event.recipient:
        return
    email = event.recipient.lower()
    SuppressedAddress.objects.get_or_create(email=email, defaults={"reason": event.event_type})
    OutboxEmail.objects.filter(recipient__iexact=email, state=OutboxEmail.State.PENDING).update(
        state=OutboxEmail.State.CANCELLED
    )
