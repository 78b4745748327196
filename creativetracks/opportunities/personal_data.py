"""The opportunities app's part of a member's data export (accounts.personal_data)."""

from creativetracks.accounts import personal_data

from .models import SavedOpportunity, SavedSearch


def export(user) -> personal_data.Export:
    return personal_data.collect(
        saved=SavedOpportunity.objects.filter(user=user),
        alerts=SavedSearch.objects.filter(user=user),
    )


def register() -> None:
    personal_data.register_exporter("opportunities", export)
