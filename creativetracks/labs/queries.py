"""Reads about Ideation Labs. Every listing, search, feed and detail lookup starts from
`visible_labs(viewer)`, so nothing leaks through a side door.

Every list here costs a constant number of queries whatever its length."""

import zoneinfo
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db.models import (
    Count,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _
from django_countries import countries

from creativetracks.core import taxonomy
from creativetracks.core.models import SearchDocument
from creativetracks.core.permissions import is_platform_staff, is_signed_in
from creativetracks.core.search import matching
from creativetracks.core.text import fold
from creativetracks.core.withholding import without_withheld
from creativetracks.networks.models import Network, NetworkMembership
from creativetracks.social.queries import without_blocked

from .models import (
    Ballot,
    BallotChoice,
    Collaboration,
    Comment,
    Lab,
    LabFacet,
    LabUpdate,
    Poll,
    PollOption,
)

SEARCH_KIND = "lab"
LABS_PER_PAGE = 20
COMMENTS_PER_PAGE = 50
UPDATES_SHOWN = 20
FEATURED_ON_HOME = 6
SUGGESTIONS = 30
ENGAGEMENT_DAYS = 30
FOR_YOU_LIMIT = 30
FEED_ITEMS = 50
MAX_PAGE = 10_000
FILTERS = ["kind", "sector", "country", "language", "status", "network"]


# Time zones ----------------------------------------------------------------------


def zone(name: str) -> zoneinfo.ZoneInfo:
    try:
        return zoneinfo.ZoneInfo(name or settings.TIME_ZONE)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo("UTC")


def end_of_day(day: date, time_zone: str) -> datetime:
    """The instant a day ends in a time zone (the next local midnight), in UTC."""
    local = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone(time_zone))
    return local.astimezone(zoneinfo.ZoneInfo("UTC"))


def last_day(moment: datetime | None, time_zone: str) -> date | None:
    """The local day an end-of-day instant closes (inverse of `end_of_day`)."""
    if moment is None:
        return None
    return (moment.astimezone(zone(time_zone)) - timedelta(microseconds=1)).date()


def today_in(time_zone: str) -> date:
    return timezone.now().astimezone(zone(time_zone)).date()


# Visibility ----------------------------------------------------------------------


def visible_labs(viewer) -> QuerySet[Lab]:
    """The labs `viewer` may see: public ones for everyone; members-only ones for
    signed-in members; network-only ones for that network's members; their own; and
    everything for platform staff. Labs of blocked members and closed accounts are out,
    and so are labs moderation withholds (`core.withholding`)."""
    labs = Lab.objects.all()
    if is_platform_staff(viewer):
        return labs
    labs = without_withheld(labs.filter(owner__is_active=True), viewer)
    if not is_signed_in(viewer):
        return labs.filter(visibility=Lab.Visibility.PUBLIC)
    mine = NetworkMembership.objects.filter(user=viewer).values("network_id")
    labs = labs.filter(
        Q(visibility__in=[Lab.Visibility.PUBLIC, Lab.Visibility.MEMBERS])
        | Q(visibility=Lab.Visibility.NETWORK, network_id__in=mine)
        | Q(owner=viewer)
    )
    return without_blocked(labs, viewer, "owner")


def open_labs(labs: QuerySet[Lab], now: datetime | None = None) -> QuerySet[Lab]:
    now = now or timezone.now()
    return labs.filter(Q(expires__isnull=True) | Q(expires__gt=now), closed__isnull=True)


def expired_labs(labs: QuerySet[Lab], now: datetime | None = None) -> QuerySet[Lab]:
    now = now or timezone.now()
    return labs.filter(Q(closed__isnull=False) | Q(expires__lte=now))


def network_choices(user) -> QuerySet:
    """The networks a member may post a lab in (the lab form's choices)."""
    return Network.objects.filter(memberships__user=user)


def can_see_lab(viewer, lab: Lab) -> bool:
    return visible_labs(viewer).filter(pk=lab.pk).exists()


def lab_for_page(viewer, lab_id: int) -> Lab | None:
    """One lab the viewer may see (None otherwise: a 404, whatever the reason)."""
    return (
        visible_labs(viewer).select_related("owner__profile", "network").filter(pk=lab_id).first()
    )


# The listing ---------------------------------------------------------------------


@dataclass
class LabListPage:
    query: str
    filters: dict[str, str]
    labs: list[Lab]
    total: int
    page: int
    pages: int
    options: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


def _card_labs(labs: QuerySet[Lab]) -> QuerySet[Lab]:
    return labs.select_related("owner__profile", "network")


def search_labs(labs: QuerySet[Lab], query: str) -> QuerySet[Lab]:
    """Narrow `labs` to those matching a text query, through the core search index."""
    if not query.strip():
        return labs
    documents, _rank = matching(query, SearchDocument.objects.filter(kind=SEARCH_KIND))
    return labs.filter(pk__in=documents.values("object_id"))


def filter_options(viewer) -> dict[str, list[tuple[str, str]]]:
    visible = visible_labs(viewer)
    used = set(
        LabFacet.objects.filter(facet="country", lab__in=visible.values("pk"))
        .values_list("value", flat=True)
        .distinct()
    )
    networks = Network.objects.filter(pk__in=visible.values("network_id")).order_by("name")
    return {
        "kind": [(value, str(label)) for value, label in Lab.Kind.choices],
        "sector": [(slug, str(label)) for slug, label in taxonomy.SECTORS],
        "country": sorted(
            ((code, str(countries.name(code))) for code in used), key=lambda o: fold(o[1])
        ),
        "language": [(code, str(label)) for code, label in taxonomy.LANGUAGES],
        "network": [(n.slug, n.name) for n in networks],
    }


def lab_list_page(viewer, query: str, filters: dict[str, str], page: int) -> LabListPage:
    filters = {name: value for name, value in filters.items() if name in FILTERS and value}
    labs = visible_labs(viewer)
    if filters.get("status") == "expired":
        labs = expired_labs(labs)
    else:
        filters.pop("status", None)
        labs = open_labs(labs)
    labs = search_labs(labs, query)
    if "kind" in filters:
        labs = labs.filter(kind=filters["kind"])
    if "language" in filters:
        labs = labs.filter(language=filters["language"])
    if "network" in filters:
        labs = labs.filter(network__slug=filters["network"])
    for name in ("sector", "country"):
        if name in filters:
            labs = labs.filter(
                pk__in=LabFacet.objects.filter(facet=name, value=filters[name]).values("lab_id")
            )
    total = labs.count()
    pages = max(1, -(-total // LABS_PER_PAGE))
    page = min(max(page, 1), pages)
    start = (page - 1) * LABS_PER_PAGE
    rows = list(_card_labs(labs).order_by("-created", "-pk")[start : start + LABS_PER_PAGE])
    return LabListPage(
        query=query,
        filters=filters,
        labs=rows,
        total=total,
        page=page,
        pages=pages,
        options=filter_options(viewer),
    )


# One lab -------------------------------------------------------------------------


def visible_comments(viewer) -> QuerySet[Comment]:
    """Comments the viewer may read on a lab they see: not by someone they block (or who
    blocks them), not withheld by moderation (held ones stay visible to their author)."""
    return without_withheld(without_blocked(Comment.objects.all(), viewer, "author"), viewer)


def comments_page(lab: Lab, viewer, page: int) -> Page:
    """Top-level comments with their replies and authors: three queries per page."""
    replies = (visible_comments(viewer).filter(lab=lab, parent__isnull=False)).select_related(
        "author__profile"
    )
    comments = (
        visible_comments(viewer)
        .filter(lab=lab, parent__isnull=True)
        .select_related("author__profile")
        .prefetch_related(Prefetch("replies", queryset=replies.order_by("created", "pk")))
        .order_by("created", "pk")
    )
    result = Paginator(comments, COMMENTS_PER_PAGE).get_page(page)
    result.object_list = list(result.object_list)
    for comment in result.object_list:
        comment.lab = lab  # permission checks then cost no query
        for reply in comment.replies.all():
            reply.lab = lab
    return result


def comment_url(comment: Comment) -> str:
    """The address of a comment: the page of the lab it is on, and its anchor."""
    top = comment.parent if comment.parent_id else comment
    earlier = Comment.objects.filter(
        Q(created__lt=top.created) | Q(created=top.created, pk__lt=top.pk),
        lab_id=comment.lab_id,
        parent__isnull=True,
    ).count()
    page = earlier // COMMENTS_PER_PAGE + 1
    base = comment.lab.get_absolute_url()
    anchor = f"#comment-{comment.pk}"
    return f"{base}?page={page}{anchor}" if page > 1 else f"{base}{anchor}"


def comment_for(lab: Lab, comment_id: int) -> Comment | None:
    comment = Comment.objects.select_related("author__profile").filter(lab=lab, pk=comment_id)
    found = comment.first()
    if found is not None:
        found.lab = lab
    return found


def collaborators(lab: Lab) -> list[Collaboration]:
    return list(
        Collaboration.objects.filter(lab=lab, status=Collaboration.Status.ACCEPTED)
        .select_related("user__profile")
        .order_by("decided", "pk")
    )


def pending_requests(lab: Lab) -> list[Collaboration]:
    return list(
        Collaboration.objects.filter(lab=lab, status=Collaboration.Status.PENDING)
        .select_related("user__profile")
        .order_by("created", "pk")
    )


def collaboration_for(lab: Lab, collaboration_id: int) -> Collaboration | None:
    found = Collaboration.objects.filter(lab=lab, pk=collaboration_id).first()
    if found is not None:
        found.lab = lab
    return found


def recent_updates(lab: Lab) -> list[LabUpdate]:
    return list(
        LabUpdate.objects.filter(lab=lab)
        .select_related("author__profile")
        .order_by("-created", "-pk")[:UPDATES_SHOWN]
    )


@dataclass
class PollView:
    poll: Poll
    options: list
    chosen: set[int]
    voted: bool
    show_results: bool


def polls_for(lab: Lab, viewer, poll_ids: list[int] | None = None) -> list[PollView]:
    """The lab's polls (or those of `poll_ids`) with their options and counts, and what
    the viewer chose: three queries whatever the number of polls and votes."""
    from . import permissions

    polls = Poll.objects.filter(lab=lab)
    if poll_ids is not None:
        polls = polls.filter(pk__in=poll_ids)
    polls = list(
        polls.prefetch_related(
            Prefetch(
                "options",
                queryset=PollOption.objects.annotate(votes=Count("choices")).order_by(
                    "position", "pk"
                ),
            )
        ).order_by("created", "pk")
    )
    chosen: dict[int, set[int]] = defaultdict(set)
    voted: set[int] = set()
    if is_signed_in(viewer) and polls:
        for poll_id, option_id in BallotChoice.objects.filter(
            ballot__voter=viewer, ballot__poll__lab=lab
        ).values_list("ballot__poll_id", "option_id"):
            chosen[poll_id].add(option_id)
            voted.add(poll_id)
    views = []
    for poll in polls:
        poll.lab = lab
        options = list(poll.options.all())
        for option in options:
            option.percent = round(100 * option.votes / poll.voter_count) if poll.voter_count else 0
        has_voted = poll.pk in voted
        views.append(
            PollView(
                poll=poll,
                options=options,
                chosen=chosen[poll.pk],
                voted=has_voted,
                show_results=permissions.can_see_results(viewer, poll, has_voted),
            )
        )
    return views


def poll_for(lab: Lab, poll_id: int) -> Poll | None:
    poll = Poll.objects.filter(lab=lab, pk=poll_id).first()
    if poll is not None:
        poll.lab = lab
    return poll


def has_voted(user, poll: Poll) -> bool:
    return Ballot.objects.filter(poll=poll, voter=user).exists()


# Featuring and the home page ------------------------------------------------------


def featured_labs(viewer, limit: int = FEATURED_ON_HOME) -> list[Lab]:
    labs = open_labs(visible_labs(viewer)).filter(featured__isnull=False)
    return list(_card_labs(labs).order_by("-featured", "-pk")[:limit])


def _recent_count(model, lab_field: str, since: datetime) -> Subquery:
    rows = (
        model.objects.filter(**{lab_field: OuterRef("pk"), "created__gte": since})
        .order_by()
        .values(lab_field)
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), Value(0))


def featuring_suggestions(viewer, limit: int = SUGGESTIONS) -> list[Lab]:
    """Open labs not yet featured, ranked by engagement over the last 30 days: comments,
    join requests and votes (each counts one)."""
    since = timezone.now() - timedelta(days=ENGAGEMENT_DAYS)
    labs = open_labs(visible_labs(viewer)).filter(featured__isnull=True)
    labs = labs.exclude(visibility=Lab.Visibility.NETWORK).annotate(
        recent_comments=_recent_count(Comment, "lab", since),
        recent_joins=_recent_count(Collaboration, "lab", since),
        recent_votes=_recent_count(Ballot, "poll__lab", since),
    )
    labs = labs.annotate(
        engagement=F("recent_comments") + F("recent_joins") + F("recent_votes")
    ).filter(engagement__gt=0)
    return list(_card_labs(labs).order_by("-engagement", "-last_activity", "-pk")[:limit])


def featured_on_home(viewer) -> list[Lab]:
    return featured_labs(viewer)


def open_lab_count() -> int:
    return open_labs(Lab.objects.filter(owner__is_active=True)).count()


def lab_count() -> int:
    return Lab.objects.filter(owner__is_active=True).count()


# Labs that need you ----------------------------------------------------------------


@dataclass
class Match:
    lab: Lab
    skills: list[str]
    sectors: list[str]
    countries: list[str]

    @property
    def score(self) -> int:
        return 2 * len(self.skills) + len(self.sectors) + len(self.countries)

    @property
    def reason(self) -> str:
        """Why the lab matches, in words: wanted skills first, then sectors, then country."""
        skills = {fold(s)[:60]: s for s in self.lab.skills}
        parts = []
        if self.skills:
            named = ", ".join(skills.get(s, s) for s in self.skills)
            parts.append(_("it wants your skills: %(skills)s") % {"skills": named})
        if self.sectors:
            named = ", ".join(str(taxonomy.SECTOR_LABELS.get(s, s)) for s in self.sectors)
            parts.append(_("it is in your sector: %(sectors)s") % {"sectors": named})
        if self.countries:
            named = ", ".join(str(countries.name(c)) for c in self.countries)
            parts.append(_("it seeks collaborators in %(countries)s") % {"countries": named})
        text = "; ".join(parts)
        return text[:1].upper() + text[1:]


def labs_that_need(user, limit: int = FOR_YOU_LIMIT) -> list[Match]:
    """Open labs of others whose wanted skills, sectors or countries match the member's
    profile, best matches first, each with its reasons. Four queries."""
    profile = user.profile
    wanted = {
        "skill": {fold(name)[:60] for name in profile.skills.names()},
        "sector": set(profile.sectors),
        "country": {profile.country.code} if profile.country else set(),
    }
    condition = Q()
    for facet, values in wanted.items():
        if values:
            condition |= Q(facet=facet, value__in=values)
    if not condition:
        return []
    candidates = open_labs(visible_labs(user)).exclude(owner=user)
    hits = (
        LabFacet.objects.filter(condition, lab__in=candidates.values("pk"))
        .order_by("-lab_id")
        .values_list("lab_id", "facet", "value")[:5000]
    )
    reasons: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for lab_id, facet, value in hits:
        reasons[lab_id][facet].append(value)
    if not reasons:
        return []
    labs = {lab.pk: lab for lab in _card_labs(Lab.objects.filter(pk__in=list(reasons)))}
    matches = [
        Match(
            lab=labs[lab_id],
            skills=sorted(found.get("skill", [])),
            sectors=sorted(found.get("sector", [])),
            countries=sorted(found.get("country", [])),
        )
        for lab_id, found in reasons.items()
        if lab_id in labs
    ]
    matches.sort(key=lambda m: (-m.score, -m.lab.created.timestamp(), -m.lab.pk))
    return matches[:limit]


# Feeds -----------------------------------------------------------------------------


def public_feed_labs(limit: int = FEED_ITEMS) -> list[Lab]:
    """The newest open labs anyone may read (the RSS and Atom feeds)."""
    from django.contrib.auth.models import AnonymousUser

    labs = open_labs(visible_labs(AnonymousUser()))
    return list(_card_labs(labs).order_by("-created", "-pk")[:limit])


def home_section(request) -> dict | None:
    """The featured labs on the home page, or None to leave the section out."""
    labs = featured_labs(request.user)
    return {"labs": labs} if labs else None
