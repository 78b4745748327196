"""Reads about mentoring, shared by the pages, exports and figures.

`visible_programmes` is the one visibility filter: every listing, detail lookup and
export starts from it. Lists cost a constant number of queries."""

from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from creativetracks.core.permissions import is_platform_staff, is_signed_in, partner_ids_of
from creativetracks.networks.queries import network_ids_of

from .models import CheckIn, Cohort, Feedback, LogEntry, Mentee, Mentor, Pair, Programme, Session
from .permissions import admin_network_ids_of

PROGRAMMES_PER_PAGE = 20


def visible_programmes(viewer) -> QuerySet[Programme]:
    """Public programmes for everyone; members-only for signed-in members; network
    programmes for the network's members; invite-only ones for their participants.
    Organisers see their own, platform staff everything."""
    programmes = Programme.objects.all()
    if is_platform_staff(viewer):
        return programmes
    if not is_signed_in(viewer):
        return programmes.filter(visibility=Programme.Visibility.PUBLIC)
    seen = Q(visibility__in=[Programme.Visibility.PUBLIC, Programme.Visibility.MEMBERS])
    seen |= Q(visibility=Programme.Visibility.NETWORK, network_id__in=network_ids_of(viewer))
    seen |= Q(partner_id__in=partner_ids_of(viewer))
    seen |= Q(network_id__in=admin_network_ids_of(viewer))
    seen |= Q(pk__in=Mentor.objects.filter(user=viewer).values("cohort__programme_id"))
    seen |= Q(pk__in=Mentee.objects.filter(user=viewer).values("cohort__programme_id"))
    return programmes.filter(seen)


def programmes_page(viewer, page: int) -> Page:
    programmes = (
        visible_programmes(viewer)
        .select_related("partner", "network")
        .annotate(
            mentor_count=Count("cohorts__mentors", distinct=True),
            mentee_count=Count("cohorts__mentees", distinct=True),
        )
        .order_by("-applications_open", "-pk")
    )
    return Paginator(programmes, PROGRAMMES_PER_PAGE).get_page(page)


def programme_for_page(viewer, slug: str) -> Programme | None:
    return (
        visible_programmes(viewer)
        .select_related("partner", "network")
        .prefetch_related("cohorts")
        .filter(slug=slug)
        .first()
    )


def current_cohort(programme: Programme) -> Cohort | None:
    """The cohort people apply to and organisers work on: the first one not closed."""
    cohorts = list(programme.cohorts.all())
    for cohort in cohorts:
        if cohort.status != Cohort.Status.CLOSED:
            return cohort
    return cohorts[-1] if cohorts else None


def is_finished(programme: Programme) -> bool:
    return all(c.status == Cohort.Status.CLOSED for c in programme.cohorts.all())


def mentor_of(user, cohort: Cohort) -> Mentor | None:
    if not is_signed_in(user):
        return None
    return Mentor.objects.filter(cohort=cohort, user=user).first()


def mentee_of(user, cohort: Cohort) -> Mentee | None:
    if not is_signed_in(user):
        return None
    return Mentee.objects.filter(cohort=cohort, user=user).first()


def open_mentors(cohort: Cohort) -> list[Mentor]:
    """Mentors taking part in the cohort, with their profiles (for rankings and review)."""
    return list(
        Mentor.objects.filter(cohort=cohort, status=Mentor.Status.ACTIVE)
        .select_related("user__profile")
        .order_by("user__profile__display_name", "pk")
    )


def cohort_mentors(cohort: Cohort) -> list[Mentor]:
    return list(
        Mentor.objects.filter(cohort=cohort)
        .select_related("user__profile")
        .annotate(pair_count=Count("pairs"))
        .order_by("status", "user__profile__display_name", "pk")
    )


def cohort_mentees(cohort: Cohort) -> list[Mentee]:
    return list(
        Mentee.objects.filter(cohort=cohort, withdrawn=False)
        .select_related("user__profile", "pair__mentor__user__profile")
        .order_by("user__profile__display_name", "pk")
    )


def cohort_pairs(cohort: Cohort) -> list[Pair]:
    return list(
        Pair.objects.filter(cohort=cohort)
        .select_related("mentor__user__profile", "mentee__user__profile")
        .order_by("mentor__user__profile__display_name", "mentee__user__profile__display_name")
    )


def pairs_of(user) -> list[Pair]:
    """The member's published mentorships, as mentor or mentee."""
    if not is_signed_in(user):
        return []
    return list(
        Pair.objects.filter(Q(mentor__user=user) | Q(mentee__user=user))
        .exclude(status=Pair.Status.SUGGESTED)
        .select_related("cohort__programme", "mentor__user__profile", "mentee__user__profile")
        .order_by("-published", "-pk")
    )


def pair_for_page(pair_id: int) -> Pair | None:
    return (
        Pair.objects.select_related(
            "cohort__programme__partner",
            "cohort__programme__network",
            "mentor__user__profile",
            "mentee__user__profile",
        )
        .filter(pk=pair_id)
        .first()
    )


@dataclass
class Space:
    sessions: list[Session]
    log: list[LogEntry]
    check_ins: list[CheckIn]
    feedback: list[Feedback]


def space_of(pair: Pair) -> Space:
    """Everything in a pair's space that organisers may also read (never private notes)."""
    return Space(
        sessions=list(pair.sessions.all()),
        log=list(pair.log.select_related("author__profile", "session")),
        check_ins=list(pair.check_ins.select_related("author__profile")),
        feedback=list(pair.feedback.select_related("author__profile")),
    )


def private_notes_for(viewer, pair: Pair) -> list:
    """The pair's private notes, for the pair only (empty for anyone else)."""
    from .permissions import can_read_private_notes

    if not can_read_private_notes(viewer, pair):
        return []
    return list(pair.private_notes.select_related("author__profile"))


def session_for(session_id: int) -> Session | None:
    return (
        Session.objects.select_related(
            "pair__cohort__programme__network",
            "pair__mentor__user__profile",
            "pair__mentee__user__profile",
        )
        .filter(pk=session_id)
        .first()
    )


# Figures ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Figures:
    mentors: int
    mentees: int
    matches: int
    sessions_held: int
    completed: int
    countries: int
    cross_border: int
    average_rating: float | None

    @property
    def applicants(self) -> int:
        return self.mentors + self.mentees

    @property
    def completion(self) -> int:
        return round(100 * self.completed / self.matches) if self.matches else 0


def programme_figures(programme: Programme) -> Figures:
    """Applicants, matches, sessions held, completion and countries paired (published pairs)."""
    pairs = Pair.objects.filter(cohort__programme=programme).exclude(status=Pair.Status.SUGGESTED)
    countries = list(
        pairs.values_list("mentor__user__profile__country", "mentee__user__profile__country")
    )
    ratings = list(Feedback.objects.filter(pair__in=pairs).values_list("rating", flat=True))
    return Figures(
        mentors=Mentor.objects.filter(
            cohort__programme=programme, status=Mentor.Status.ACTIVE
        ).count(),
        mentees=Mentee.objects.filter(cohort__programme=programme, withdrawn=False).count(),
        matches=len(countries),
        sessions_held=Session.objects.filter(
            pair__in=pairs, cancelled=False, starts__lte=timezone.now()
        ).count(),
        completed=pairs.filter(status=Pair.Status.COMPLETED).count(),
        countries=len({c for pair in countries for c in pair if c}),
        cross_border=sum(1 for a, b in countries if a and b and a != b),
        average_rating=round(sum(ratings) / len(ratings), 1) if ratings else None,
    )


def pair_count() -> int:
    """Published mentorships on the whole platform (a headline figure)."""
    return Pair.objects.exclude(status=Pair.Status.SUGGESTED).count()


def export_rows(cohort: Cohort) -> list[list[str]]:
    """The pairs of a cohort for the organisers' CSV: names, countries, status, sessions.
    Private notes and the session log are never part of it."""
    rows = [
        ["mentor", "mentor country", "mentee", "mentee country", "status", "sessions", "reasons"]
    ]
    pairs = (
        Pair.objects.filter(cohort=cohort)
        .select_related("mentor__user__profile", "mentee__user__profile")
        .annotate(session_count=Count("sessions", filter=Q(sessions__cancelled=False)))
        .order_by("pk")
    )
    for pair in pairs:
        mentor, mentee = pair.mentor.user.profile, pair.mentee.user.profile
        rows.append(
            [
                mentor.display_name,
                mentor.country.code or "",
                mentee.display_name,
                mentee.country.code or "",
                pair.status,
                str(pair.session_count),
                "; ".join(pair.reasons),
            ]
        )
    return rows
