"""The ambassadors app's part of a member's data export and erasure
(accounts.personal_data). Contact messages the member sent keep their text for the
ambassadors who answer them, without the sender's name and address."""

from django.utils.translation import gettext as _

from creativetracks.accounts import personal_data

from .models import Ambassador, ContactMessage, Verification


def export(user) -> personal_data.Export:
    return personal_data.collect(
        ambassador_roles=Ambassador.objects.filter(user=user),
        verification=Verification.objects.filter(user=user),
        contact_messages_sent=ContactMessage.objects.filter(sender=user),
    )


def erase(user) -> None:
    ContactMessage.objects.filter(sender=user).update(
        sender=None, name=_("A former member"), email=""
    )


def register() -> None:
    personal_data.register_exporter("ambassadors", export)
    personal_data.register_eraser("ambassadors", erase)
