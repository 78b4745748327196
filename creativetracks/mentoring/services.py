"""Every write in mentoring: programmes, applications, matching, publication and the
mentorship spaces. Each runs in a transaction and refuses with a DomainError."""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from creativetracks.core.exceptions import DomainError, NotAllowed
from creativetracks.notifications.services import notify

from . import matching, permissions
from .models import (
    CheckIn,
    Cohort,
    Feedback,
    LogEntry,
    Mentee,
    Mentor,
    Pair,
    PrivateNote,
    Programme,
    Session,
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


# Applications ----------------------------------------------------------------------


def _open_cohort(programme: Programme) -> Cohort:
    cohort = (
        Cohort.objects.select_for_update()
        .filter(programme=programme)
        .exclude(status=Cohort.Status.CLOSED)
        .order_by("number")
        .first()
    )
    if cohort is None or cohort.status != Cohort.Status.MATCHING:
        raise DomainError(_("This programme is not taking applications."))
    return cohort


def _notify_organisers(programme: Programme, text: str, actor) -> None:
    url = reverse("mentoring_review", args=[programme.slug])
    for organiser in _organisers_of(programme):
        notify(organiser, "mentoring_application", text=text, url=url, actor=actor)


MENTOR_FIELDS = ("expertise", "sectors", "languages", "countries", "capacity", "availability")


@transaction.atomic
def apply_as_mentor(user, programme: Programme, data: dict) -> Mentor:
    """Offer to mentor in the open cohort, or answer an invitation to."""
    if not permissions.can_apply(user, programme):
        raise NotAllowed(_("Confirm your email address before applying."))
    cohort = _open_cohort(programme)
    mentor = Mentor.objects.filter(cohort=cohort, user=user).first()
    invited = mentor is not None and mentor.status == Mentor.Status.INVITED
    if mentor is not None and not invited:
        raise DomainError(_("You have already applied to mentor in this cohort."))
    if not invited and not programme.is_accepting:
        raise DomainError(_("Applications to this programme are closed."))
    if Mentee.objects.filter(cohort=cohort, user=user).exists():
        raise DomainError(_("You applied as a mentee in this cohort: you cannot also mentor."))
    if not data.get("languages"):
        raise DomainError(_("Choose at least one language you mentor in."))
    mentor = mentor or Mentor(cohort=cohort, user=user)
    for name in MENTOR_FIELDS:
        setattr(mentor, name, data.get(name, getattr(mentor, name)))
    mentor.status = Mentor.Status.ACTIVE
    mentor.save()
    _notify_organisers(
        programme,
        _("%(name)s offers to mentor in %(programme)s")
        % {"name": user.profile.display_name, "programme": programme.title},
        user,
    )
    return mentor


@transaction.atomic
def apply_as_mentee(user, programme: Programme, data: dict) -> Mentee:
    """Apply to be mentored in the open cohort, optionally ranking the mentors."""
    if not permissions.can_apply(user, programme):
        raise NotAllowed(_("Confirm your email address before applying."))
    cohort = _open_cohort(programme)
    if not programme.is_accepting:
        raise DomainError(_("Applications to this programme are closed."))
    if (
        Mentor.objects.filter(cohort=cohort, user=user)
        .exclude(status=Mentor.Status.WITHDRAWN)
        .exists()
    ):
        raise DomainError(_("You mentor in this cohort: you cannot also be a mentee."))
    if not data.get("languages"):
        raise DomainError(_("Choose at least one language you can be mentored in."))
    valid = set(
        Mentor.objects.filter(cohort=cohort, status=Mentor.Status.ACTIVE).values_list(
            "pk", flat=True
        )
    )
    ranking = [pk for pk in dict.fromkeys(data.get("ranking", [])) if pk in valid]
    try:
        with transaction.atomic():
            mentee = Mentee.objects.create(
                cohort=cohort,
                user=user,
                goals=data["goals"],
                sectors=data.get("sectors", []),
                languages=data["languages"],
                meeting_mode=data.get("meeting_mode", Mentee.Mode.EITHER),
                ranking=ranking,
            )
    except IntegrityError:
        raise DomainError(_("You have already applied to this cohort.")) from None
    _notify_organisers(
        programme,
        _("%(name)s applies to be mentored in %(programme)s")
        % {"name": user.profile.display_name, "programme": programme.title},
        user,
    )
    return mentee


@transaction.atomic
def rank_mentees(user, programme: Programme, ranking: list[int]) -> Mentor:
    """A mentor names the mentees they would most like to mentor, in order (optional:
    without it, fit decides)."""
    cohort = _open_cohort(programme)
    mentor = Mentor.objects.filter(cohort=cohort, user=user, status=Mentor.Status.ACTIVE).first()
    if mentor is None:
        raise NotAllowed(_("Only the cohort's mentors rank its mentees."))
    valid = set(Mentee.objects.filter(cohort=cohort, withdrawn=False).values_list("pk", flat=True))
    mentor.ranking = [pk for pk in dict.fromkeys(ranking) if pk in valid]
    mentor.save(update_fields=["ranking"])
    return mentor


@transaction.atomic
def withdraw_application(user, programme: Programme) -> None:
    """Withdraw one's application from the open cohort, before the matches are published."""
    cohort = _open_cohort(programme)
    mentee = Mentee.objects.filter(cohort=cohort, user=user, withdrawn=False).first()
    mentor = (
        Mentor.objects.filter(cohort=cohort, user=user)
        .exclude(status=Mentor.Status.WITHDRAWN)
        .first()
    )
    if mentee is None and mentor is None:
        raise DomainError(_("You have no application to withdraw in this cohort."))
    if mentee is not None:
        Pair.objects.filter(mentee=mentee).delete()
        mentee.withdrawn = True
        mentee.save(update_fields=["withdrawn"])
    if mentor is not None:
        Pair.objects.filter(mentor=mentor).delete()
        mentor.status = Mentor.Status.WITHDRAWN
        mentor.save(update_fields=["status"])


@transaction.atomic
def invite_mentor(organiser, programme: Programme, invitee) -> Mentor:
    """Ask a member to mentor in the open cohort; they answer with the mentor form."""
    if not permissions.is_organiser(organiser, programme):
        raise NotAllowed(_("Only the programme's organisers invite mentors."))
    cohort = _open_cohort(programme)
    if Mentor.objects.filter(cohort=cohort, user=invitee).exists():
        raise DomainError(_("This member is already a mentor (or invited) in this cohort."))
    if Mentee.objects.filter(cohort=cohort, user=invitee).exists():
        raise DomainError(_("This member applied as a mentee in this cohort."))
    profile = invitee.profile
    mentor = Mentor.objects.create(
        cohort=cohort,
        user=invitee,
        status=Mentor.Status.INVITED,
        sectors=list(profile.sectors),
        languages=list(profile.languages),
        countries=[profile.country.code] if profile.country else [],
        invited_by=organiser,
    )
    notify(
        invitee,
        "mentoring_invitation",
        text=_("You are invited to mentor in %(programme)s") % {"programme": programme.title},
        url=reverse("mentoring_apply_mentor", args=[programme.slug]),
        actor=organiser,
    )
    return mentor


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


# The mentorship space ----------------------------------------------------------------


def _taking_part(user, pair: Pair) -> None:
    if not permissions.can_take_part(user, pair):
        raise NotAllowed(_("Only the mentor and the mentee write in their space."))


def _other_of(user, pair: Pair):
    return pair.mentee.user if user.pk == pair.mentor.user_id else pair.mentor.user


@transaction.atomic
def set_goals(user, pair: Pair, goals: str) -> Pair:
    _taking_part(user, pair)
    pair.goals = goals.strip()
    pair.save(update_fields=["goals"])
    return pair


@transaction.atomic
def schedule_session(user, pair: Pair, data: dict) -> Session:
    """Either side schedules a session; the other is told, with the time in their zone."""
    _taking_part(user, pair)
    if data["starts"] <= timezone.now():
        raise DomainError(_("Choose a time in the future."))
    session = Session.objects.create(
        pair=pair,
        starts=data["starts"],
        minutes=data["minutes"],
        time_zone=getattr(user, "time_zone", "") or "UTC",
        mode=data.get("mode", Session.Mode.ONLINE),
        where=data.get("where", ""),
        agenda=data.get("agenda", ""),
        created_by=user,
    )
    other = _other_of(user, pair)
    notify(
        other,
        "mentoring_session",
        text=_("%(name)s scheduled a mentoring session on %(when)s UTC")
        % {
            "name": user.profile.display_name,
            "when": formats.date_format(session.starts, "j F Y, H:i"),
        },
        url=pair.get_absolute_url(),
        actor=user,
    )
    return session


@transaction.atomic
def cancel_session(user, session: Session) -> None:
    """Either side cancels a session to come; the other is told."""
    pair = session.pair
    _taking_part(user, pair)
    if session.cancelled or session.starts <= timezone.now():
        raise DomainError(_("Only a session still to come can be cancelled."))
    session.cancelled = True
    session.save(update_fields=["cancelled"])
    notify(
        _other_of(user, pair),
        "mentoring_session",
        text=_("%(name)s cancelled the mentoring session of %(when)s UTC")
        % {
            "name": user.profile.display_name,
            "when": formats.date_format(session.starts, "j F Y, H:i"),
        },
        url=pair.get_absolute_url(),
        actor=user,
    )


@transaction.atomic
def add_log_entry(user, pair: Pair, body: str, session: Session | None = None) -> LogEntry:
    _taking_part(user, pair)
    if session is not None and session.pair_id != pair.pk:
        raise DomainError(_("That session belongs to another mentorship."))
    return LogEntry.objects.create(pair=pair, session=session, author=user, body=body.strip())


@transaction.atomic
def add_private_note(user, pair: Pair, body: str) -> PrivateNote:
    """A note for the two of them only."""
    _taking_part(user, pair)
    return PrivateNote.objects.create(pair=pair, author=user, body=body.strip())


@transaction.atomic
def check_in(organiser, pair: Pair, message: str) -> CheckIn:
    """An organiser asks the pair how things go; both are told."""
    if not permissions.can_check_in(organiser, pair):
        raise NotAllowed(_("Only the programme's organisers check in on a mentorship."))
    entry = CheckIn.objects.create(pair=pair, author=organiser, message=message.strip())
    for person in (pair.mentor.user, pair.mentee.user):
        notify(
            person,
            "mentoring_check_in",
            text=_("A check-in from the organisers of %(programme)s")
            % {"programme": pair.cohort.programme.title},
            url=pair.get_absolute_url(),
            actor=organiser,
        )
    return entry


@transaction.atomic
def give_feedback(user, pair: Pair, data: dict) -> Feedback:
    """Closing feedback from one side; the mentorship is complete once both gave theirs."""
    _taking_part(user, pair)
    pair = Pair.objects.select_for_update().get(pk=pair.pk)
    try:
        with transaction.atomic():
            feedback = Feedback.objects.create(
                pair=pair,
                author=user,
                goals_met=data["goals_met"],
                rating=data["rating"],
                what_next=data.get("what_next", ""),
            )
    except IntegrityError:
        raise DomainError(_("You have already given your feedback.")) from None
    if pair.feedback.count() >= 2 and pair.status != Pair.Status.COMPLETED:
        pair.status, pair.completed = Pair.Status.COMPLETED, timezone.now()
        pair.save(update_fields=["status", "completed"])
    return feedback


# Reminders ------------------------------------------------------------------------------

REMINDER_AHEAD = timedelta(hours=24)


def send_due_session_reminders(now=None) -> int:
    """Remind both sides of each session starting within a day; each reminder is
    claimed with a conditional update first, so it is sent once however often this runs."""
    now = now or timezone.now()
    due = (
        Session.objects.filter(
            Q(pair__status=Pair.Status.ACTIVE),
            reminder_sent__isnull=True,
            cancelled=False,
            starts__gt=now,
            starts__lte=now + REMINDER_AHEAD,
        )
        .select_related("pair__cohort__programme", "pair__mentor__user", "pair__mentee__user")
        .order_by("pk")
    )
    sent = 0
    for session in due:
        claimed = Session.objects.filter(pk=session.pk, reminder_sent__isnull=True).update(
            reminder_sent=now
        )
        if not claimed:
            continue
        pair = session.pair
        for person in (pair.mentor.user, pair.mentee.user):
            notify(
                person,
                "mentoring_session",
                text=_("Mentoring session soon: %(when)s UTC (%(programme)s)")
                % {
                    "when": formats.date_format(session.starts, "l j F, H:i"),
                    "programme": pair.cohort.programme.title,
                },
                url=pair.get_absolute_url(),
            )
        sent += 1
    return sent
