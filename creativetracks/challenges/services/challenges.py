"""Creating and running challenges: settings, criteria and prizes, and the phases."""

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from creativetracks.core.exceptions import DomainError, NotAllowed
from creativetracks.core.images import process_image, store_images
from creativetracks.core.search import index_document, remove_document
from creativetracks.notifications.services import notify

from .. import permissions
from ..models import Challenge, Juror, Submission, TeamMember

SEARCH_KIND = "challenge"
RESERVED_SLUGS = {"new", "mine", "jury", "team"}
CHALLENGE_FIELDS = (
    "title",
    "summary",
    "brief",
    "rules",
    "visibility",
    "time_zone",
    "opens_at",
    "deadline",
    "review_ends_at",
    "min_age",
    "max_age",
    "countries",
    "sectors",
    "min_team_size",
    "max_team_size",
    "blind_review",
    "normalise_scores",
    "public_vote",
    "reviews_per_entry",
)
Phase = Challenge.Phase


def unique_slug(title: str) -> str:
    stem = slugify(title)[:60].strip("-") or "challenge"
    slug, n = stem, 1
    while slug in RESERVED_SLUGS or Challenge.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{stem}-{n}"
    return slug


def _apply(challenge: Challenge, data: dict, cover) -> None:
    for name in CHALLENGE_FIELDS:
        if name in data:
            setattr(challenge, name, data[name])
    if cover:
        processed = process_image(cover, name="cover", square_thumbnail=False, max_side=1600)
        store_images(challenge, {"cover": processed.full})


def index_challenge(challenge: Challenge) -> None:
    if challenge.phase == Phase.DRAFT:
        remove_document(SEARCH_KIND, challenge.pk)
        return
    index_document(
        SEARCH_KIND,
        challenge.pk,
        visibility="public" if challenge.visibility == Challenge.Visibility.PUBLIC else "members",
        title=challenge.title,
        body=[challenge.summary, challenge.brief],
        created=challenge.created,
        facets={"sector": challenge.sectors, "country": challenge.countries},
    )


@transaction.atomic
def create_challenge(user, data: dict, organiser, cover=None) -> Challenge:
    """A new challenge, in draft, organised by a partner or an organisation the user runs."""
    from creativetracks.core.models import Partner

    if not permissions.can_create_challenge(user):
        raise NotAllowed(_("Partner staff and organisation admins create challenges."))
    challenge = Challenge(created_by=user, slug=unique_slug(data["title"]))
    if isinstance(organiser, Partner):
        challenge.partner = organiser
    else:
        challenge.organisation = organiser
    if not permissions.is_organiser(user, challenge):
        raise NotAllowed(
            _("You can only organise a challenge for a partner or organisation you run.")
        )
    _apply(challenge, data, cover)
    challenge.save()
    return challenge


@transaction.atomic
def update_challenge(user, challenge: Challenge, data: dict, cover=None) -> Challenge:
    if not permissions.is_organiser(user, challenge):
        raise NotAllowed(_("Only the challenge's organisers change it."))
    # A fresh row: a bound form may have changed the instance it was given.
    challenge = Challenge.objects.select_for_update().get(pk=challenge.pk)
    if challenge.phase in (Phase.REVIEW, Phase.RESULTS):
        # Changing the rules after the deadline would be unfair to those who entered.
        data = {k: v for k, v in data.items() if k in ("title", "summary", "brief", "visibility")}
    _apply(challenge, data, cover)
    challenge.save()
    transaction.on_commit(lambda: index_challenge(challenge))
    return challenge


# Phases -------------------------------------------------------------------------------

NEXT = {
    Phase.DRAFT: Phase.UPCOMING,
    Phase.UPCOMING: Phase.OPEN,
    Phase.OPEN: Phase.REVIEW,
    Phase.REVIEW: Phase.RESULTS,
}


def organiser_users(challenge: Challenge) -> list:
    from django.contrib.auth import get_user_model

    from creativetracks.profiles.models import OrganisationMembership

    users = get_user_model().objects.filter(is_active=True)
    if challenge.partner_id:
        return list(users.filter(partner_organisations=challenge.partner_id))
    return list(
        users.filter(
            organisation_memberships__organisation=challenge.organisation_id,
            organisation_memberships__role=OrganisationMembership.Role.ADMIN,
        )
    )


def applicant_users(challenge: Challenge, states=(Submission.State.SUBMITTED,)) -> list:
    from django.contrib.auth import get_user_model

    entries = Submission.objects.filter(challenge=challenge, state__in=states)
    members = TeamMember.objects.filter(
        submission__in=entries, status=TeamMember.Status.ACCEPTED
    ).values("user_id")
    leads = entries.values("lead_id")
    return list(
        get_user_model().objects.filter(pk__in=leads)
        | get_user_model().objects.filter(pk__in=members)
    )


def juror_users(challenge: Challenge) -> list:
    return [
        j.user
        for j in Juror.objects.filter(challenge=challenge, accepted__isnull=False).select_related(
            "user"
        )
    ]


def notify_phase(challenge: Challenge, phase: str, actor=None) -> None:
    """Tell applicants, jurors and organisers what the new phase means for them."""
    url = challenge.get_absolute_url()
    title = challenge.title
    texts = {
        Phase.UPCOMING: (None, None, _("%(t)s is announced: it opens for entries on its date.")),
        Phase.OPEN: (
            None,
            _("%(t)s is open for entries; the jury review starts after the deadline."),
            _("%(t)s is open for entries."),
        ),
        Phase.REVIEW: (
            _("Entries to %(t)s are closed: your entry is with the jury."),
            _("The jury review of %(t)s has started: your entries are waiting."),
            _("Entries to %(t)s are closed; the jury review has started."),
        ),
        Phase.RESULTS: (
            _("The results of %(t)s are published."),
            _("The results of %(t)s are published."),
            _("The results of %(t)s are published."),
        ),
    }
    for_applicants, for_jurors, for_organisers = texts[phase]
    if for_applicants:
        kind = "challenge_result" if phase == Phase.RESULTS else "challenge_phase"
        target = (
            reverse("challenge_results", args=[challenge.slug]) if phase == Phase.RESULTS else url
        )
        for user in applicant_users(challenge):
            notify(user, kind, text=for_applicants % {"t": title}, url=target, actor=actor)
    if phase == Phase.REVIEW:
        # Drafts never reach the jury: tell their authors plainly.
        for entry in Submission.objects.filter(
            challenge=challenge, state=Submission.State.DRAFT
        ).select_related("lead"):
            notify(
                entry.lead,
                "challenge_phase",
                text=_("Entries to %(t)s are closed; your draft was not submitted.") % {"t": title},
                url=url,
                actor=actor,
            )
    if for_jurors:
        review = reverse("challenge_review", args=[challenge.slug])
        for user in juror_users(challenge):
            notify(user, "challenge_phase", text=for_jurors % {"t": title}, url=review, actor=actor)
    for user in organiser_users(challenge):
        notify(user, "challenge_phase", text=for_organisers % {"t": title}, url=url, actor=actor)


def _claim_phase(challenge: Challenge, from_phase: str, to_phase: str) -> bool:
    """Move the phase only if nobody moved it meanwhile (a tick may come twice)."""
    changes = {"phase": to_phase, "notified_phase": to_phase}
    if to_phase == Phase.RESULTS:
        now = timezone.now()
        changes["results_published_at"] = now
        if challenge.review_closed_at is None:
            changes["review_closed_at"] = now
    claimed = Challenge.objects.filter(pk=challenge.pk, phase=from_phase).update(**changes)
    if claimed:
        for name, value in changes.items():
            setattr(challenge, name, value)
    return bool(claimed)


def _entered(challenge: Challenge, phase: str, actor=None) -> None:
    """What happens on entering a phase, once, after the claim."""
    from creativetracks.social.services import record_activity

    from .jury import assign_entries

    if phase == Phase.UPCOMING and challenge.created_by_id:
        record_activity(challenge.created_by, "launched_challenge", challenge)
    if phase == Phase.REVIEW:
        assign_entries(None, challenge)
    transaction.on_commit(lambda: index_challenge(challenge))
    transaction.on_commit(lambda: notify_phase(challenge, phase, actor))


def check_ready(challenge: Challenge, to_phase: str) -> None:
    if to_phase == Phase.UPCOMING and not challenge.criteria.exists():
        raise DomainError(_("Add the jury's criteria before announcing the challenge."))
    if (
        to_phase == Phase.RESULTS
        and not challenge.submissions.filter(award=Submission.Award.WINNER).exists()
    ):
        raise DomainError(_("Choose at least one winner before publishing the results."))


@transaction.atomic
def advance_phase(user, challenge: Challenge) -> str:
    """An organiser moves the challenge to its next phase now (the dates move with it)."""
    if not permissions.is_organiser(user, challenge):
        raise NotAllowed(_("Only the challenge's organisers change its phase."))
    current = challenge.phase
    if current not in NEXT:
        raise DomainError(_("The results are published: this challenge is finished."))
    target = NEXT[current]
    check_ready(challenge, target)
    now = timezone.now()
    if target == Phase.OPEN and challenge.opens_at > now:
        Challenge.objects.filter(pk=challenge.pk).update(opens_at=now)
        challenge.opens_at = now
    if target == Phase.REVIEW and challenge.deadline > now:
        # Closing early moves the deadline: entries lock at the same moment.
        Challenge.objects.filter(pk=challenge.pk).update(deadline=now)
        challenge.deadline = now
    if not _claim_phase(challenge, current, target):
        raise DomainError(_("The phase changed meanwhile; reload the page."))
    _entered(challenge, target, user)
    return target


@transaction.atomic
def close_review(user, challenge: Challenge) -> None:
    """Jurors stop scoring and may now see each other's scores."""
    if not permissions.is_organiser(user, challenge):
        raise NotAllowed(_("Only the challenge's organisers close the review."))
    if challenge.phase != Phase.REVIEW:
        raise DomainError(_("The review is not under way."))
    claimed = Challenge.objects.filter(pk=challenge.pk, review_closed_at__isnull=True).update(
        review_closed_at=timezone.now()
    )
    if not claimed:
        raise DomainError(_("The review is already closed."))
    challenge.refresh_from_db()
    text = _("The jury review of %(t)s is closed.") % {"t": challenge.title}
    for person in juror_users(challenge) + organiser_users(challenge):
        transaction.on_commit(
            lambda p=person: notify(
                p, "challenge_phase", text=text, url=challenge.get_absolute_url(), actor=user
            )
        )


def advance_due_phases(now=None) -> int:
    """The clock's work: open announced challenges and close entries whose time has come,
    and close reviews at their end date. Each change is claimed, so it happens once."""
    now = now or timezone.now()
    moved = 0
    due = [
        (
            Phase.UPCOMING,
            Phase.OPEN,
            Challenge.objects.filter(phase=Phase.UPCOMING, opens_at__lte=now),
        ),
        (Phase.OPEN, Phase.REVIEW, Challenge.objects.filter(phase=Phase.OPEN, deadline__lte=now)),
    ]
    for from_phase, to_phase, challenges in due:
        for challenge in challenges:
            with transaction.atomic():
                if _claim_phase(challenge, from_phase, to_phase):
                    _entered(challenge, to_phase)
                    moved += 1
    for challenge in Challenge.objects.filter(
        phase=Phase.REVIEW, review_ends_at__lte=now, review_closed_at__isnull=True
    ):
        with transaction.atomic():
            if Challenge.objects.filter(pk=challenge.pk, review_closed_at__isnull=True).update(
                review_closed_at=now
            ):
                text = _("The jury review of %(t)s is closed.") % {"t": challenge.title}
                for person in juror_users(challenge) + organiser_users(challenge):
                    notify(person, "challenge_phase", text=text, url=challenge.get_absolute_url())
                moved += 1
    return moved


@transaction.atomic
def save_criteria_and_prizes(user, challenge: Challenge, formsets) -> None:
    if not permissions.is_organiser(user, challenge):
        raise NotAllowed(_("Only the challenge's organisers change the criteria."))
    if challenge.phase in (Phase.REVIEW, Phase.RESULTS) and formsets[0].has_changed():
        raise DomainError(_("The criteria are fixed once the jury review has started."))
    for formset in formsets:
        formset.save()
