"""Networks and their sizes, connections made (and the share across borders), labs
posted and joined. Everything a member did counts only when the member is in scope."""

from django.db.models import Count, F, Q
from django.db.models.functions import Coalesce
from django.utils.translation import gettext as _

from creativetracks.labs.models import Collaboration, Lab
from creativetracks.networks.models import Network
from creativetracks.social.models import Connection

from ..registry import Figure, Scope, SectionData, Table
from .common import in_period, share, trend_figure

CHART_ROWS = 15  # the longest charts show the top rows; their tables show every row


def networks(scope: Scope) -> SectionData:
    filters = scope.filters
    found = Network.objects.filter(created__lt=filters.until)
    if filters.network:
        found = found.filter(pk=filters.network.pk)
    rows = list(
        found.annotate(
            size=Count(
                "memberships",
                filter=Q(memberships__user__in=scope.members),
                distinct=True,
            )
        )
        .values("name", "listing", "size")
        .order_by("-size", "name")
    )
    new = trend_figure("new_networks", _("new networks"), found, "created", scope)
    if filters.region or filters.partner:
        # A network counts for a region (or partner) when it has members there.
        rows = [row for row in rows if row["size"]]
    listed = [
        [row["name"], row["size"]] for row in rows if row["listing"] == Network.Listing.PUBLIC
    ]
    unlisted = [row for row in rows if row["listing"] != Network.Listing.PUBLIC]
    if unlisted:
        listed.append(
            [
                _("Unlisted networks (%(count)s)") % {"count": len(unlisted)},
                sum(row["size"] for row in unlisted),
            ]
        )
    memberships = sum(row["size"] for row in rows)
    figures = [
        Figure("networks", _("networks"), len(rows)),
        new,
        Figure("network_memberships", _("network memberships"), memberships),
        Figure(
            "average_network_size",
            _("members in an average network"),
            round(memberships / len(rows)) if rows else 0,
        ),
    ]
    table = Table(
        "network_sizes",
        _("Networks and their sizes"),
        [_("Network"), _("Members")],
        listed,
        chart="bar",
        note=_("Unlisted networks are counted together, without their names."),
    )
    return SectionData(figures, [table])


def connections_in(scope: Scope):
    """Accepted connections between two countable members, one of them in scope, dated
    when they were accepted."""
    return (
        Connection.objects.filter(
            status=Connection.Status.ACCEPTED,
            user_low__in=scope.countable,
            user_high__in=scope.countable,
        )
        .filter(Q(user_low__in=scope.members) | Q(user_high__in=scope.members))
        .annotate(made=Coalesce("responded", "created"))
    )


def connections(scope: Scope) -> SectionData:
    known = ~Q(user_low__profile__country="") & ~Q(user_high__profile__country="")
    across = known & ~Q(user_low__profile__country=F("user_high__profile__country"))
    period = in_period("made", scope.filters)
    counts = connections_in(scope).aggregate(
        current=Count("pk", filter=period),
        previous=Count("pk", filter=in_period("made", scope.previous)),
        total=Count("pk", filter=Q(made__lt=scope.filters.until)),
        across=Count("pk", filter=period & across),
        within=Count(
            "pk",
            filter=period & known & Q(user_low__profile__country=F("user_high__profile__country")),
        ),
    )
    unknown = counts["current"] - counts["across"] - counts["within"]
    figures = [
        Figure("connections", _("connections made"), counts["current"], counts["previous"]),
        Figure(
            "connections_across_borders",
            _("of them across borders"),
            share(counts["across"], counts["current"]),
            suffix="%",
        ),
        Figure("connections_total", _("connections in all"), counts["total"]),
    ]
    rows = [
        [_("Across borders"), counts["across"]],
        [_("Within one country"), counts["within"]],
    ]
    if unknown:
        rows.append([_("Country not given"), unknown])
    table = Table(
        "connections_borders",
        _("Connections made, across borders or within a country"),
        [_("Connections"), _("Number")],
        rows,
        chart="bar",
    )
    return SectionData(figures, [table])


def labs(scope: Scope) -> SectionData:
    posted = Lab.objects.filter(owner__in=scope.members)
    joined = Collaboration.objects.filter(
        status=Collaboration.Status.ACCEPTED, user__in=scope.members, lab__owner__in=scope.countable
    )
    kinds = dict(Lab.Kind.choices)
    by_kind = (
        posted.filter(in_period("created", scope.filters))
        .values("kind")
        .annotate(n=Count("pk"))
        .order_by("-n", "kind")
    )
    figures = [
        trend_figure("labs_posted", _("labs posted"), posted, "created", scope),
        trend_figure("labs_joined", _("collaborators joined a lab"), joined, "created", scope),
        trend_figure(
            "lab_collaborators",
            _("members collaborating"),
            joined,
            "created",
            scope,
            distinct="user_id",
        ),
    ]
    table = Table(
        "labs_by_kind",
        _("Labs posted, by kind"),
        [_("Kind"), _("Labs")],
        [[str(kinds.get(row["kind"], row["kind"])), row["n"]] for row in by_kind],
        chart="bar",
    )
    return SectionData(figures, [table])
