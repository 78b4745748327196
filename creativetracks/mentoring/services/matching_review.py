"""Matching a cohort, the organiser's review (lock, remove, add) and publication."""

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from creativetracks.core.exceptions import DomainError, NotAllowed
from creativetracks.notifications.services import notify

from .. import matching, permissions
from ..models import (
    Cohort,
    Mentee,
    Mentor,
    Pair,
)
from .programmes import MentorFull

# Matching and publication ---------------------------------------------------------------


def _locked_cohort(organiser, cohort: Cohort) -> Cohort:
    cohort = Cohort.objects.select_for_update().select_related("programme").get(pk=cohort.pk)
    if not permissions.can_review_matches(organiser, cohort.programme):
        raise NotAllowed(_("Only the programme's organisers review the matches."))
    if cohort.status != Cohort.Status.MATCHING:
        raise DomainError(_("The matches of this cohort are already published."))
    return cohort


def _mentee_in(mentee: Mentee) -> matching.MenteeIn:
    country = mentee.user.profile.country
    return matching.MenteeIn(
        id=mentee.pk,
        languages=frozenset(mentee.languages),
        sectors=frozenset(mentee.sectors),
        goals=mentee.goals,
        country=country.code if country else "",
        ranking=tuple(mentee.ranking),
    )


def _mentor_in(mentor: Mentor) -> matching.MentorIn:
    return matching.MentorIn(
        id=mentor.pk,
        capacity=mentor.capacity,
        languages=frozenset(mentor.languages),
        sectors=frozenset(mentor.sectors),
        expertise=tuple(mentor.expertise),
        countries=frozenset(mentor.countries),
        ranking=tuple(mentor.ranking),
    )


@transaction.atomic
def run_matching(organiser, cohort: Cohort) -> matching.Result:
    """Replace the unlocked suggestions with a fresh stable matching, keeping locked pairs."""
    cohort = _locked_cohort(organiser, cohort)
    Pair.objects.filter(cohort=cohort, locked=False).delete()
    mentees = list(
        Mentee.objects.filter(cohort=cohort, withdrawn=False).select_related("user__profile")
    )
    mentors = list(Mentor.objects.filter(cohort=cohort, status=Mentor.Status.ACTIVE))
    locked = list(Pair.objects.filter(cohort=cohort).values_list("mentee_id", "mentor_id"))
    result = matching.match(
        [_mentee_in(m) for m in mentees], [_mentor_in(m) for m in mentors], locked
    )
    Pair.objects.bulk_create(
        Pair(
            cohort=cohort,
            mentor_id=s.mentor_id,
            mentee_id=s.mentee_id,
            score=s.score,
            reasons=list(s.reasons),
        )
        for s in result.suggestions
        if not s.locked
    )
    return result


@transaction.atomic
def lock_pair(organiser, pair: Pair, locked: bool) -> Pair:
    _locked_cohort(organiser, pair.cohort)
    pair.locked = locked
    pair.save(update_fields=["locked"])
    return pair


@transaction.atomic
def remove_pair(organiser, pair: Pair) -> None:
    _locked_cohort(organiser, pair.cohort)
    pair.delete()


@transaction.atomic
def add_pair(organiser, mentor: Mentor, mentee: Mentee) -> Pair:
    """Pair a mentee with a mentor by hand (the pair is locked). The mentor's row is
    locked while the places are counted, so two organisers never both take the last place."""
    if mentor.cohort_id != mentee.cohort_id:
        raise DomainError(_("The mentor and the mentee are in different cohorts."))
    programme = mentor.cohort.programme
    if not permissions.can_review_matches(organiser, programme):
        raise NotAllowed(_("Only the programme's organisers review the matches."))
    mentor = Mentor.objects.select_for_update().get(pk=mentor.pk)
    if mentor.cohort.status != Cohort.Status.MATCHING:
        raise DomainError(_("The matches of this cohort are already published."))
    if mentor.status != Mentor.Status.ACTIVE:
        raise DomainError(_("This mentor is not taking part."))
    if not set(mentor.languages) & set(mentee.languages):
        raise DomainError(_("They share no language: choose another mentor."))
    if Pair.objects.filter(mentor=mentor).count() >= mentor.capacity:
        raise MentorFull(_("This mentor has no place left."))
    mentor_in, mentee_in = _mentor_in(mentor), _mentee_in(mentee)
    score, reasons = matching.fit(mentee_in, mentor_in)
    try:
        with transaction.atomic():
            return Pair.objects.create(
                cohort_id=mentor.cohort_id,
                mentor=mentor,
                mentee=mentee,
                locked=True,
                score=score,
                reasons=[_("Paired by the organisers"), *reasons],
            )
    except IntegrityError:
        raise DomainError(_("This mentee already has a mentor: remove that pair first.")) from None


@transaction.atomic
def publish_matches(organiser, cohort: Cohort) -> int:
    """Only organisers publish: the pairs start and everyone learns their match."""
    cohort = _locked_cohort(organiser, cohort)
    programme = cohort.programme
    now = timezone.now()
    pairs = list(
        Pair.objects.filter(cohort=cohort).select_related(
            "mentor__user__profile", "mentee__user__profile"
        )
    )
    if not pairs:
        raise DomainError(_("There are no pairs to publish: run the matching first."))
    Pair.objects.filter(cohort=cohort).update(status=Pair.Status.ACTIVE, published=now)
    cohort.status, cohort.published = Cohort.Status.RUNNING, now
    cohort.save(update_fields=["status", "published"])
    for pair in pairs:
        url = pair.get_absolute_url()
        mentor, mentee = pair.mentor.user, pair.mentee.user
        notify(
            mentee,
            "mentoring_match",
            text=_("%(programme)s: your mentor is %(name)s")
            % {"programme": programme.title, "name": mentor.profile.display_name},
            url=url,
        )
        notify(
            mentor,
            "mentoring_match",
            text=_("%(programme)s: you mentor %(name)s")
            % {"programme": programme.title, "name": mentee.profile.display_name},
            url=url,
        )
    paired = {p.mentee_id for p in pairs}
    for mentee in Mentee.objects.filter(cohort=cohort, withdrawn=False).select_related("user"):
        if mentee.pk not in paired:
            notify(
                mentee.user,
                "mentoring_match",
                text=_("%(programme)s: no mentor could be matched with you this time")
                % {"programme": programme.title},
                url=programme.get_absolute_url(),
            )
    return len(pairs)


@transaction.atomic
def close_cohort(organiser, cohort: Cohort) -> None:
    """End the cohort's mentorships and ask each pair for closing feedback."""
    cohort = Cohort.objects.select_for_update().select_related("programme").get(pk=cohort.pk)
    if not permissions.is_organiser(organiser, cohort.programme):
        raise NotAllowed(_("Only the programme's organisers close a cohort."))
    if cohort.status != Cohort.Status.RUNNING:
        raise DomainError(_("Only a cohort whose matches are published can be closed."))
    cohort.status, cohort.closed = Cohort.Status.CLOSED, timezone.now()
    cohort.save(update_fields=["status", "closed"])
    for pair in Pair.objects.filter(cohort=cohort, status=Pair.Status.ACTIVE).select_related(
        "mentor__user", "mentee__user"
    ):
        for person in (pair.mentor.user, pair.mentee.user):
            notify(
                person,
                "mentoring_check_in",
                text=_("%(programme)s is closing: tell us how your mentorship went")
                % {"programme": cohort.programme.title},
                url=reverse("mentoring_feedback", args=[pair.pk]),
            )
