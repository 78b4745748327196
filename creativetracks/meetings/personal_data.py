"""The meetings app's part of a member's data export (accounts.personal_data). Entries,
requests and seats go with the account."""

from django.db.models import Q

from creativetracks.accounts import personal_data

from .models import Entry, MeetingRequest, Seat, Unavailability


def export(user) -> personal_data.Export:
    return personal_data.collect(
        marketplace_entries=Entry.objects.filter(user=user),
        unavailability=Unavailability.objects.filter(entry__user=user),
        meeting_requests=MeetingRequest.objects.filter(Q(requester=user) | Q(recipient=user)),
        seats=Seat.objects.filter(user=user),
    )


def register() -> None:
    personal_data.register_exporter("meetings", export)
