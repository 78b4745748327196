"""The resources app's part of a member's data export (accounts.personal_data)."""

from creativetracks.accounts import personal_data

from .models import Bookmark, Completion, HelpfulVote


def export(user) -> personal_data.Export:
    return personal_data.collect(
        bookmarks=Bookmark.objects.filter(user=user),
        votes=HelpfulVote.objects.filter(user=user),
        progress=Completion.objects.filter(user=user),
    )


def register() -> None:
    personal_data.register_exporter("resources", export)
