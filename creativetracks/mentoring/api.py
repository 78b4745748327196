"""The API's mentoring reads: programmes from `visible_programmes(viewer)` as their pages
show them, and the caller's own published mentorships. Applications and the mentorship
space are in `api_space`, the organisers' review and mentors' rankings in `api_review`.
Private notes are never in the API; matching scores only on the organisers' review."""

from django.db.models import Count, Q
from django.http import Http404
from ninja import Router, Schema

from creativetracks.api.auth import member_of, viewer_of
from creativetracks.api.common import PersonName, person_name
from creativetracks.api.errors import responses
from creativetracks.api.pagination import DEFAULT_LIMIT, page_of, paginate

from . import permissions, queries
from .models import Pair

router = Router()


class ProgrammeOut(Schema):
    slug: str
    title: str
    description: str
    languages: list[str]
    sectors: list[str]
    partner: str | None
    network: str | None
    visibility: str
    applications_open: str
    applications_close: str
    mentorship_weeks: int
    cohort_count: int
    mentor_count: int
    mentee_count: int
    url: str


class ProgrammeDetailOut(ProgrammeOut):
    cohort: int | None  # the current cohort's number
    cohort_status: str | None  # matching, running or closed
    can_apply: bool
    my_role: str | None  # mentor or mentee in the current cohort


class ProgrammeRef(Schema):
    slug: str
    title: str


class MentorshipOut(Schema):
    id: int
    programme: ProgrammeRef
    cohort: int
    role: str  # mine: mentor or mentee
    person: PersonName  # the other one
    status: str  # active or completed
    goals: str  # the goals the pair agreed
    published: str | None
    completed: str | None
    url: str


def programme_out(programme, cls=ProgrammeOut, **extra) -> ProgrammeOut:
    return cls(
        slug=programme.slug,
        title=programme.title,
        description=programme.description,
        languages=list(programme.languages or []),
        sectors=list(programme.sectors or []),
        partner=programme.partner.name if programme.partner_id else None,
        network=programme.network.slug if programme.network_id else None,
        visibility=programme.visibility,
        applications_open=programme.applications_open.isoformat(),
        applications_close=programme.applications_close.isoformat(),
        mentorship_weeks=programme.mentorship_weeks,
        cohort_count=programme.cohort_count,
        mentor_count=programme.mentor_count,
        mentee_count=programme.mentee_count,
        url=programme.get_absolute_url(),
        **extra,
    )


def _with_counts(programmes):
    return programmes.annotate(
        mentor_count=Count("cohorts__mentors", distinct=True),
        mentee_count=Count("cohorts__mentees", distinct=True),
    )


@router.get(
    "/programmes/", response=responses({200: page_of(ProgrammeOut)}), url_name="api_programmes"
)
def list_programmes(request, cursor: str | None = None, limit: int = DEFAULT_LIMIT):
    """Programmes the caller may see, the latest to open applications first."""
    programmes = _with_counts(
        queries.visible_programmes(viewer_of(request)).select_related("partner", "network")
    )
    rows, next_cursor = paginate(programmes, cursor, limit, ("-applications_open", "-id"))
    return {"items": [programme_out(p) for p in rows], "next_cursor": next_cursor}


@router.get(
    "/programmes/{slug}", response=responses({200: ProgrammeDetailOut}), url_name="api_programme"
)
def get_programme(request, slug: str):
    viewer = viewer_of(request)
    programme = queries.programme_for_page(viewer, slug[:80])
    if programme is None:
        raise Http404
    figures = _with_counts(queries.visible_programmes(viewer).filter(pk=programme.pk)).values(
        "mentor_count", "mentee_count"
    )[0]
    programme.mentor_count, programme.mentee_count = (
        figures["mentor_count"],
        figures["mentee_count"],
    )
    cohort = queries.current_cohort(programme)
    role = None
    if cohort is not None and queries.mentor_of(viewer, cohort):
        role = "mentor"
    elif cohort is not None and queries.mentee_of(viewer, cohort):
        role = "mentee"
    return programme_out(
        programme,
        ProgrammeDetailOut,
        cohort=cohort.number if cohort else None,
        cohort_status=cohort.status if cohort else None,
        can_apply=permissions.can_apply(viewer, programme),
        my_role=role,
    )


@router.get(
    "/mine", response=responses({200: page_of(MentorshipOut)}), url_name="api_my_mentorships"
)
def list_my_mentorships(request, cursor: str | None = None, limit: int = DEFAULT_LIMIT):
    """My published mentorships, as mentor or as mentee, newest first."""
    user = member_of(request)
    pairs = (
        Pair.objects.filter(Q(mentor__user=user) | Q(mentee__user=user))
        .exclude(status=Pair.Status.SUGGESTED)
        .select_related("cohort__programme", "mentor__user__profile", "mentee__user__profile")
    )
    rows, next_cursor = paginate(pairs, cursor, limit, ("-created", "-id"))
    items = []
    for pair in rows:
        mentor = pair.mentor.user_id == user.pk
        other = pair.mentee.user if mentor else pair.mentor.user
        items.append(
            MentorshipOut(
                id=pair.pk,
                programme=ProgrammeRef(
                    slug=pair.cohort.programme.slug, title=pair.cohort.programme.title
                ),
                cohort=pair.cohort.number,
                role="mentor" if mentor else "mentee",
                person=person_name(user, other),
                status=pair.status,
                goals=pair.goals,
                published=pair.published.isoformat() if pair.published else None,
                completed=pair.completed.isoformat() if pair.completed else None,
                url=pair.get_absolute_url(),
            )
        )
    return {"items": items, "next_cursor": next_cursor}


# Applications, the mentorship space and the organisers' review, on this router.
from . import api_review, api_space  # noqa: E402, F401
