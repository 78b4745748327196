"""Reads for the ambassadors' pages. The dashboard shows a region's private data
(members awaiting verification, messages) and is reached only through
`permissions.can_see_dashboard`; every list costs a constant number of queries."""

import logging
from dataclasses import dataclass, field

from django.apps import apps
from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone

from creativetracks.core.permissions import is_signed_in
from creativetracks.profiles.models import Profile

from .models import Ambassador, ContactDelivery, ContactMessage, Feature, Region, Verification

logger = logging.getLogger(__name__)

NEW_MEMBERS = 20
AWAITING = 50
RECENT_DAYS = 30


def ambassadors_by_region() -> list[Region]:
    """Every region with its active ambassadors (and their profiles): three queries."""
    return list(regions_with_ambassadors())


def active_ambassadors():
    """Active ambassadors with their profiles, by name (to prefetch into regions)."""
    return (
        Ambassador.objects.filter(active=True, user__is_active=True)
        .select_related("user", "user__profile")
        .order_by("user__profile__display_name", "pk")
    )


def regions_with_ambassadors():
    """Regions (a queryset, for the API's cursor pages) with `active_ambassadors`."""
    from django.db.models import Prefetch

    return Region.objects.prefetch_related(
        Prefetch("ambassadors", queryset=active_ambassadors(), to_attr="active_ambassadors")
    )


def public_regions(viewer):
    """Every region page is public (it is how visitors find their ambassador)."""
    return Region.objects.all()


def ambassador_countries(regions: list[Region]) -> dict[str, int]:
    """Ambassadors per country they live in (for the map)."""
    counts: dict[str, int] = {}
    seen: set[int] = set()
    for region in regions:
        for ambassador in region.active_ambassadors:
            if ambassador.user_id in seen:
                continue
            seen.add(ambassador.user_id)
            code = str(getattr(ambassador.user.profile, "country", "") or "")
            if code:
                counts[code] = counts.get(code, 0) + 1
    return counts


def regions_for_country(country: str) -> list[Region]:
    return [region for region in Region.objects.all() if country in region.countries]


def region_features(region: Region) -> list[Feature]:
    return list(
        Feature.objects.filter(region=region)
        .select_related("opportunity", "resource")
        .order_by("-created", "-pk")
    )


def public_features(region: Region, viewer) -> list[Feature]:
    """Features the viewer may see (through each app's own visibility helper)."""
    from creativetracks.opportunities.queries import listed_opportunities, open_opportunities
    from creativetracks.resources.queries import visible_resources

    opportunities = open_opportunities(listed_opportunities(viewer)).values("pk")
    resources = visible_resources(viewer).values("pk")
    return list(
        Feature.objects.filter(region=region)
        .filter(Q(opportunity__in=opportunities) | Q(resource__in=resources))
        .select_related("opportunity", "resource")
        .order_by("-created", "-pk")
    )


def _count_in_countries(
    app_label: str, model_name: str, countries: list[str], lookup: str = "country"
) -> int | None:
    """Count another app's rows in these countries (`lookup` leads to a country), without
    importing it: None when the app isn't installed."""
    if not apps.is_installed(f"creativetracks.{app_label}"):
        return None
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError:
        return None
    try:
        return model.objects.filter(**{f"{lookup}__in": countries}).count()
    except Exception:  # a table missing while the other app is being built
        logger.warning("Could not count %s.%s for a region", app_label, model_name, exc_info=True)
        return None


@dataclass
class Dashboard:
    region: Region
    regions: list[Region]
    figures: dict[str, int | None]
    new_members: list[Profile]
    awaiting: list[Profile]
    messages: list[ContactDelivery]
    features: list[Feature]
    verified: list[Verification]
    candidates: dict[str, list] = field(default_factory=dict)


def received_messages(user):
    """The contact messages delivered to `user` (as an ambassador, or staff when no
    ambassador covered the country), with their senders' profiles."""
    return ContactMessage.objects.filter(deliveries__recipient=user).select_related(
        "sender__profile"
    )


def region_profiles(region: Region):
    return Profile.objects.filter(country__in=region.countries, user__is_active=True)


def dashboard(viewer, region: Region, regions: list[Region]) -> Dashboard:
    from creativetracks.opportunities.models import OpportunityFacet
    from creativetracks.opportunities.queries import listed_opportunities, open_opportunities
    from creativetracks.resources.queries import visible_resources

    countries = list(region.countries)
    profiles = region_profiles(region).annotate(
        is_verified=Exists(Verification.objects.filter(user=OuterRef("user_id")))
    )
    totals = region_profiles(region).aggregate(
        members=Count("pk"), countries=Count("country", distinct=True)
    )
    figures = {
        "members": totals["members"],
        "countries": totals["countries"],
        "verified": Verification.objects.filter(user__profile__country__in=countries).count(),
        # Labs have no place of their own: they count where their poster lives.
        "labs": _count_in_countries("labs", "Lab", countries, "owner__profile__country"),
        "events": _count_in_countries("events", "Event", countries),
    }
    since = timezone.now() - timezone.timedelta(days=RECENT_DAYS)
    new_members = list(
        profiles.filter(created__gte=since)
        .select_related("user")
        .order_by("-created", "-pk")[:NEW_MEMBERS]
    )
    awaiting = list(
        profiles.filter(is_verified=False)
        .exclude(user=viewer)
        .select_related("user")
        .order_by("-created", "-pk")[:AWAITING]
    )
    messages = list(
        ContactDelivery.objects.filter(recipient=viewer)
        .select_related("message")
        .order_by("-message__created", "-pk")[:20]
    )
    featured = region_features(region)
    featured_opportunities = {f.opportunity_id for f in featured if f.opportunity_id}
    featured_resources = {f.resource_id for f in featured if f.resource_id}
    regional = OpportunityFacet.objects.filter(
        facet__in=["destination", "residence"], value__in=countries
    ).values("opportunity_id")
    candidates = {
        "opportunities": list(
            open_opportunities(listed_opportunities(viewer))
            .filter(pk__in=regional)
            .exclude(pk__in=featured_opportunities)
            .order_by("deadline", "pk")[:15]
        ),
        "resources": list(
            visible_resources(viewer)
            .exclude(pk__in=featured_resources)
            .order_by("-created", "-pk")[:10]
        ),
    }
    verified = list(
        Verification.objects.filter(user__profile__country__in=countries, user__is_active=True)
        .select_related("user__profile", "verified_by__profile")
        .order_by("-created", "-pk")[:AWAITING]
    )
    return Dashboard(
        region, regions, figures, new_members, awaiting, messages, featured, verified, candidates
    )


def is_verified_member(user) -> bool:
    """The badge: whether an ambassador (or staff) has verified this member."""
    return is_signed_in(user) and Verification.objects.filter(user=user).exists()


def verified_user_ids(user_ids) -> set[int]:
    return set(
        Verification.objects.filter(user_id__in=list(user_ids)).values_list("user_id", flat=True)
    )


def ambassador_count() -> int:
    """Active ambassadors (a person for two regions counts once), for the home page."""
    return (
        Ambassador.objects.filter(active=True, user__is_active=True)
        .values("user_id")
        .distinct()
        .count()
    )
