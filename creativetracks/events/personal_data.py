"""The events app's part of a member's data export and erasure (accounts.personal_data).
Registrations and tickets go with the account; a speaker entry linked to the member
stays in the programme, without their name, biography or photo."""

from django.utils.translation import gettext as _

from creativetracks.accounts import personal_data

from .models import CalendarFeed, Registration, Speaker


def export(user) -> personal_data.Export:
    return personal_data.collect(
        registrations=Registration.objects.filter(user=user),
        calendar_feed=CalendarFeed.objects.filter(user=user),
        speaker_entries=Speaker.objects.filter(user=user),
    )


def erase(user) -> None:
    speakers = Speaker.objects.filter(user=user)
    personal_data.delete_files(speakers)
    speakers.update(name=_("A former member"), affiliation="", bio="", photo="", user=None)


def register() -> None:
    personal_data.register_exporter("events", export)
    personal_data.register_eraser("events", erase)
