"""Creating and running networks: settings, joining, roles, leaving."""

from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from creativetracks.core import audit
from creativetracks.core.exceptions import DomainError, NotAllowed
from creativetracks.core.geography import continent_of
from creativetracks.core.images import process_image, store_images
from creativetracks.core.text import fold
from creativetracks.notifications.services import notify

from .. import permissions
from ..indexing import index_network
from ..models import JoinRequest, Network, NetworkFacet, NetworkMembership

# Words used by the networks' own URLs (/networks/new/, /networks/topics/...).
RESERVED_SLUGS = {"new", "topics", "discussions", "invitations"}
NETWORK_FIELDS = (
    "name",
    "description",
    "sectors",
    "countries",
    "website",
    "join_policy",
    "listing",
)


def unique_slug(name: str) -> str:
    stem = slugify(name)[:60].strip("-") or "network"
    slug, n = stem, 1
    while slug in RESERVED_SLUGS or Network.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{stem}-{n}"
    return slug


def facet_rows(network: Network) -> list[NetworkFacet]:
    """The filterable values of a network: its sectors, countries and their regions."""
    values = {("sector", s) for s in network.sectors} | {("country", c) for c in network.countries}
    values |= {("region", continent_of(c)) for c in network.countries if continent_of(c)}
    return [NetworkFacet(network=network, facet=f, value=v) for f, v in sorted(values)]


def _forget_roles(network: Network) -> None:
    network.__dict__.pop("_roles", None)


def _save_network(network: Network, data: dict, logo) -> Network:
    processed = (
        process_image(logo, name="logo", square_thumbnail=False, max_side=800) if logo else None
    )
    for name in NETWORK_FIELDS:
        if name in data:
            setattr(network, name, data[name])
    network.name_folded = fold(network.name)[:160]
    network.save()
    if processed:
        store_images(network, {"logo": processed.thumbnail})
        network.save(update_fields=["logo"])
    NetworkFacet.objects.filter(network=network).delete()
    NetworkFacet.objects.bulk_create(facet_rows(network))
    index_network(network)
    return network


@transaction.atomic
def create_network(user, data: dict, logo=None) -> Network:
    """A verified member creates a network and becomes its owner."""
    if not permissions.can_create_network(user):
        raise NotAllowed(_("Confirm your email address before creating a network."))
    network = _save_network(Network(slug=unique_slug(data["name"]), created_by=user), data, logo)
    NetworkMembership.objects.create(network=network, user=user, role=NetworkMembership.Role.OWNER)
    return network


@transaction.atomic
def update_network(user, network: Network, data: dict, logo=None) -> Network:
    if not permissions.can_manage_network(user, network):
        raise NotAllowed(_("Only the network's admins can change it."))
    return _save_network(network, data, logo)


def _admins_of(network: Network):
    return [
        m.user
        for m in NetworkMembership.objects.filter(
            network=network, role__in=permissions.ADMIN_ROLES
        ).select_related("user")
    ]


@transaction.atomic
def join_network(user, network: Network, message: str = "") -> NetworkMembership | JoinRequest:
    """Join an open network at once, or ask to join one that is on request."""
    network = Network.objects.select_for_update().get(pk=network.pk)
    if permissions.is_member(user, network):
        raise DomainError(_("You are already a member of this network."))
    if not permissions.is_verified(user):
        raise NotAllowed(_("Confirm your email address before joining a network."))
    if network.join_policy == Network.JoinPolicy.INVITATION:
        raise NotAllowed(_("This network is open by invitation only."))
    if network.join_policy == Network.JoinPolicy.OPEN:
        return NetworkMembership.objects.create(network=network, user=user)
    if JoinRequest.objects.filter(
        network=network, user=user, status=JoinRequest.Status.PENDING
    ).exists():
        raise DomainError(_("Your request is already waiting for an answer."))
    request = JoinRequest.objects.create(network=network, user=user, message=message.strip())
    name = user.profile.display_name
    for admin in _admins_of(network):
        notify(
            admin,
            "network_join_request",
            text=_("%(name)s asks to join %(network)s") % {"name": name, "network": network.name},
            url=reverse("network_manage", args=[network.slug]),
            actor=user,
        )
    return request


@transaction.atomic
def decide_join_request(
    user, join_request: JoinRequest, *, approve: bool, response: str = ""
) -> JoinRequest:
    """An admin approves or declines a request, optionally with a message to the applicant."""
    network = join_request.network
    if not permissions.can_manage_network(user, network):
        raise NotAllowed(_("Only the network's admins answer requests to join."))
    join_request = JoinRequest.objects.select_for_update().get(pk=join_request.pk)
    if join_request.status != JoinRequest.Status.PENDING:
        raise DomainError(_("This request was already answered."))
    join_request.status = JoinRequest.Status.APPROVED if approve else JoinRequest.Status.DECLINED
    join_request.decided = timezone.now()
    join_request.decided_by = user
    join_request.response = response.strip()
    join_request.save()
    if approve:
        NetworkMembership.objects.get_or_create(network=network, user=join_request.user)
    text = (
        _("You are now a member of %(network)s")
        if approve
        else _("Your request to join %(network)s was declined")
    ) % {"network": network.name}
    if join_request.response:
        text = f"{text}: “{join_request.response}”"
    notify(
        join_request.user,
        "network_join_decision",
        text=text,
        url=network.get_absolute_url(),
        actor=user,
    )
    return join_request


@transaction.atomic
def leave_network(user, network: Network) -> None:
    membership = NetworkMembership.objects.filter(network=network, user=user).first()
    if membership is None:
        raise DomainError(_("You are not a member of this network."))
    if membership.role == NetworkMembership.Role.OWNER:
        raise NotAllowed(
            _("You own this network: hand it over to another member before you leave.")
        )
    membership.delete()
    _forget_roles(network)


@transaction.atomic
def remove_member(user, membership: NetworkMembership) -> None:
    network = membership.network
    if membership.user_id == user.pk:
        return leave_network(user, network)
    if not permissions.can_remove_member(user, network, membership):
        if membership.role == NetworkMembership.Role.OWNER:
            raise NotAllowed(_("The owner cannot be removed; ownership can only be handed over."))
        raise NotAllowed(_("Only the owner can remove an admin."))
    membership.delete()
    _forget_roles(network)


@transaction.atomic
def change_role(user, membership: NetworkMembership, role: str) -> NetworkMembership:
    network = membership.network
    if not permissions.can_change_roles(user, network):
        raise NotAllowed(_("Only the owner can make members admins or members."))
    if role not in (NetworkMembership.Role.ADMIN, NetworkMembership.Role.MEMBER):
        raise DomainError(_("Choose admin or member."))
    if membership.role == NetworkMembership.Role.OWNER:
        raise DomainError(_("Hand the network over to change the owner's role."))
    membership.role = role
    membership.save(update_fields=["role"])
    _forget_roles(network)
    audit.record(user, f"network.role_{role}", target=membership)
    return membership


@transaction.atomic
def transfer_ownership(user, network: Network, new_owner: NetworkMembership) -> None:
    """The owner hands the network over to a member and stays on as an admin."""
    if not permissions.can_transfer_ownership(user, network):
        raise NotAllowed(_("Only the owner can hand the network over."))
    memberships = list(
        NetworkMembership.objects.select_for_update().filter(
            Q(pk=new_owner.pk) | Q(role=NetworkMembership.Role.OWNER), network=network
        )
    )
    target = next((m for m in memberships if m.pk == new_owner.pk), None)
    if target is None:
        raise DomainError(_("Only a member of the network can become its owner."))
    if target.role == NetworkMembership.Role.OWNER:
        raise DomainError(_("This member already owns the network."))
    for membership in memberships:
        if membership.role == NetworkMembership.Role.OWNER:
            membership.role = NetworkMembership.Role.ADMIN
            membership.save(update_fields=["role"])  # first: a network has one owner
    target.role = NetworkMembership.Role.OWNER
    target.save(update_fields=["role"])
    _forget_roles(network)


@transaction.atomic
def add_organisation(user, network: Network, organisation) -> None:
    if not permissions.can_manage_network(user, network):
        raise NotAllowed(_("Only the network's admins manage its organisations."))
    if network.organisations.filter(pk=organisation.pk).exists():
        raise DomainError(_("This organisation is already affiliated."))
    network.organisations.add(organisation)


@transaction.atomic
def remove_organisation(user, network: Network, organisation) -> None:
    if not permissions.can_manage_network(user, network):
        raise NotAllowed(_("Only the network's admins manage its organisations."))
    network.organisations.remove(organisation)
