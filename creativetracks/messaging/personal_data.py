"""The messaging app's part of a member's data export (accounts.personal_data).

Messages the member sent stay in their conversations after an erasure, from "a deleted
member" (the sender is set to null); the member's participations go with the account."""

from creativetracks.accounts import personal_data

from .models import Attachment, Message, Participant


def export(user) -> personal_data.Export:
    return personal_data.collect(
        conversations=Participant.objects.filter(user=user),
        messages_sent=Message.objects.filter(sender=user),
        attachments_sent=Attachment.objects.filter(message__sender=user),
    )


def register() -> None:
    personal_data.register_exporter("messaging", export)
