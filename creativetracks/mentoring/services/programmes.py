"""Programmes: creating and editing them, their cohorts and organisers."""

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from creativetracks.core.exceptions import DomainError, NotAllowed

from .. import permissions
from ..models import (
    Cohort,
    Mentee,
    Mentor,
    Programme,
)

PROGRAMME_FIELDS = (
    "title",
    "description",
    "languages",
    "sectors",
    "partner",
    "network",
    "visibility",
    "applications_open",
    "applications_close",
    "mentorship_weeks",
    "cohort_count",
)
RESERVED_SLUGS = {"new", "pairs", "sessions"}


class MentorFull(DomainError):
    status = 409


def _unique_slug(title: str) -> str:
    stem = slugify(title)[:60].strip("-") or "programme"
    slug, n = stem, 1
    while slug in RESERVED_SLUGS or Programme.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{stem}-{n}"
    return slug


def _organisers_of(programme: Programme) -> list:
    """The people notified about applications: the partner's staff and the network's admins."""
    from creativetracks.networks.models import NetworkMembership
    from creativetracks.networks.permissions import ADMIN_ROLES

    people = {}
    if programme.partner_id:
        for user in programme.partner.staff.all():
            people[user.pk] = user
    if programme.network_id:
        for membership in NetworkMembership.objects.filter(
            network_id=programme.network_id, role__in=ADMIN_ROLES
        ).select_related("user"):
            people[membership.user.pk] = membership.user
    if not people and programme.created_by_id:
        people[programme.created_by_id] = programme.created_by
    return list(people.values())


def _sync_cohorts(programme: Programme) -> None:
    numbers = set(programme.cohorts.values_list("number", flat=True))
    Cohort.objects.bulk_create(
        Cohort(programme=programme, number=n)
        for n in range(1, programme.cohort_count + 1)
        if n not in numbers
    )
    extra = programme.cohorts.filter(number__gt=programme.cohort_count)
    if extra.exclude(status=Cohort.Status.MATCHING).exists() or (
        Mentor.objects.filter(cohort__in=extra).exists()
        or Mentee.objects.filter(cohort__in=extra).exists()
    ):
        raise DomainError(_("A cohort that already has applications cannot be removed."))
    extra.delete()


def _check_scope(user, data: dict, current: Programme | None = None) -> None:
    """One runs a programme only for one's own partner or network; an organiser editing
    a programme may keep the partner or network it already has."""
    from creativetracks.core.permissions import is_platform_staff, partner_ids_of
    from creativetracks.networks.permissions import can_manage_network

    if is_platform_staff(user):
        return
    partner, network = data.get("partner"), data.get("network")
    if current is not None:
        partner = None if partner and partner.pk == current.partner_id else partner
        network = None if network and network.pk == current.network_id else network
        if not (data.get("partner") or data.get("network")):
            raise DomainError(_("Choose the partner or the network that runs the programme."))
    if partner and partner.pk not in partner_ids_of(user):
        raise NotAllowed(_("You can only run programmes for a partner you work for."))
    if network and not can_manage_network(user, network):
        raise NotAllowed(_("You can only run programmes for a network you administer."))
    if current is None and not partner and not network:
        raise DomainError(_("Choose the partner or the network that runs the programme."))


@transaction.atomic
def create_programme(user, data: dict) -> Programme:
    """Partner staff, network admins or platform staff open a programme with its cohorts."""
    if not permissions.can_create_programme(user):
        raise NotAllowed(_("Only partner staff and network admins run mentoring programmes."))
    _check_scope(user, data)
    programme = Programme(slug=_unique_slug(data["title"]), created_by=user)
    for name in PROGRAMME_FIELDS:
        if name in data:
            setattr(programme, name, data[name])
    programme.save()
    _sync_cohorts(programme)
    return programme


@transaction.atomic
def update_programme(user, programme: Programme, data: dict) -> Programme:
    if not permissions.can_edit_programme(user, programme):
        raise NotAllowed(_("Only the programme's organisers can change it."))
    _check_scope(user, data, current=programme)
    for name in PROGRAMME_FIELDS:
        if name in data:
            setattr(programme, name, data[name])
    programme.save()
    _sync_cohorts(programme)
    return programme
