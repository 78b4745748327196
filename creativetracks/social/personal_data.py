"""The social app's part of a member's data export (accounts.personal_data). Follows,
connections, blocks and activity all go with the account (CASCADE)."""

from django.db.models import Q

from creativetracks.accounts import personal_data

from .models import Activity, Block, Connection, Follow


def export(user) -> personal_data.Export:
    return personal_data.collect(
        follows=Follow.objects.filter(follower=user),
        followers=Follow.objects.filter(followed_user=user),
        connections=Connection.objects.filter(Q(user_low=user) | Q(user_high=user)),
        blocks=Block.objects.filter(blocker=user),
        activity=Activity.objects.filter(actor=user),
    )


def register() -> None:
    personal_data.register_exporter("social", export)
