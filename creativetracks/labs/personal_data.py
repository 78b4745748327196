"""The labs app's part of a member's data export and erasure (accounts.personal_data).

The member's own labs go with the account (with their cover images and search
documents); comments and updates on other labs stay, from "a former member"."""

from creativetracks.accounts import personal_data
from creativetracks.core import search

from .models import Ballot, BallotChoice, Collaboration, Comment, Lab, LabUpdate
from .queries import SEARCH_KIND


def export(user) -> personal_data.Export:
    return personal_data.collect(
        labs=Lab.objects.filter(owner=user),
        comments=Comment.objects.filter(author=user),
        updates=LabUpdate.objects.filter(author=user),
        joined=Collaboration.objects.filter(user=user),
        votes=Ballot.objects.filter(voter=user),
        vote_choices=BallotChoice.objects.filter(ballot__voter=user),
    )


def erase(user) -> None:
    for lab_id in Lab.objects.filter(owner=user).values_list("pk", flat=True):
        search.remove_document(SEARCH_KIND, lab_id)


def register() -> None:
    personal_data.register_exporter("labs", export)
    personal_data.register_eraser("labs", erase)
