"""The networks app's part of a member's data export and erasure (accounts.personal_data).

Memberships and join requests go with the account; threads and replies stay in their
discussions, from "a former member"; invitations and import rows that carry the
member's address are deleted. A network's owner hands it over before erasing."""

from django.db.models import Q
from django.utils.translation import gettext as _

from creativetracks.accounts import personal_data

from .models import ImportRow, Invitation, JoinRequest, NetworkMembership, Reply, Thread


def _invitations_of(user):
    return Invitation.objects.filter(Q(email__iexact=user.email) | Q(accepted_by=user))


def export(user) -> personal_data.Export:
    return personal_data.collect(
        memberships=NetworkMembership.objects.filter(user=user),
        join_requests=JoinRequest.objects.filter(user=user),
        invitations_received=_invitations_of(user).defer("token_hash"),
        threads=Thread.objects.filter(author=user),
        replies=Reply.objects.filter(author=user),
    )


def erase(user) -> None:
    _invitations_of(user).delete()
    ImportRow.objects.filter(email__iexact=user.email).delete()


def obstacles(user) -> list[str]:
    owned = NetworkMembership.objects.filter(
        user=user, role=NetworkMembership.Role.OWNER
    ).values_list("network__name", flat=True)
    return [
        _(
            "You own the network %(name)s: hand its ownership over to another member "
            "(on the network's members page) first."
        )
        % {"name": name}
        for name in owned
    ]


def register() -> None:
    personal_data.register_exporter("networks", export)
    personal_data.register_eraser("networks", erase)
    personal_data.register_erasure_check("networks", obstacles)
