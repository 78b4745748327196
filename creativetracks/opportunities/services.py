"""Every write about opportunities: publishing and review, saving, saved searches,
and the periodic alerts and deadline reminders (each claimed once, so a tick that
comes twice sends nothing twice)."""

from datetime import UTC, datetime, timedelta
from urllib.parse import urlencode

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from creativetracks.core import audit, taxonomy
from creativetracks.core.exceptions import DomainError, NotAllowed
from creativetracks.core.geography import continent_of
from creativetracks.core.search import index_document, remove_document
from creativetracks.core.text import fold
from creativetracks.notifications.services import notify
from creativetracks.social.services import forget_activity, record_activity

from . import permissions, queries
from .models import (
    AlertDelivery,
    DeadlineReminder,
    Opportunity,
    OpportunityFacet,
    SavedOpportunity,
    SavedSearch,
)

EDITABLE_FIELDS = [
    "kind",
    "title",
    "organiser",
    "organisation",
    "description",
    "link",
    "deadline",
    "deadline_time_zone",
    "amount",
    "currency",
    "language",
    "languages",
    "nationalities",
    "residence_countries",
    "destination_countries",
    "destination_regions",
    "sectors",
    "min_age",
    "max_age",
    "career_stages",
    "visibility",
]
MAX_SAVED_SEARCHES = 20


def _facets_of(opportunity: Opportunity) -> list[OpportunityFacet]:
    values: set[tuple[str, str]] = set()
    values.update(("sector", s) for s in opportunity.sectors)
    values.update(("language", code) for code in [opportunity.language, *opportunity.languages])
    values.update(("destination", code) for code in opportunity.destination_countries)
    values.update(("residence", code) for code in opportunity.residence_countries)
    values.update(("region", code) for code in opportunity.destination_regions)
    values.update(
        ("region", continent_of(code))
        for code in opportunity.destination_countries
        if continent_of(code)
    )
    return [
        OpportunityFacet(opportunity=opportunity, facet=facet, value=value[:40])
        for facet, value in sorted(values)
    ]


def refresh_facets(opportunity: Opportunity) -> None:
    OpportunityFacet.objects.filter(opportunity=opportunity).delete()
    OpportunityFacet.objects.bulk_create(_facets_of(opportunity))


def index_opportunity(opportunity: Opportunity) -> None:
    if not opportunity.is_published:
        remove_document(queries.SEARCH_KIND, opportunity.pk)
        return
    index_document(
        queries.SEARCH_KIND,
        opportunity.pk,
        visibility=opportunity.visibility,
        title=opportunity.title,
        body=[opportunity.organiser, opportunity.description],
        created=opportunity.published or opportunity.created,
        facets={"kind": [opportunity.kind], "sector": opportunity.sectors},
    )


def _announce(opportunity: Opportunity) -> None:
    """What follows publication: search, the activity feed."""
    index_opportunity(opportunity)
    if opportunity.created_by is not None:
        record_activity(
            opportunity.created_by,
            "published_opportunity",
            opportunity,
            audience="members" if opportunity.visibility == "members" else "followers",
        )


def _reviewers():
    User = get_user_model()
    return (
        User.objects.filter(is_active=True)
        .filter(Q(is_staff=True) | Q(partner_organisations__isnull=False))
        .distinct()
    )


def _ask_for_review(user, opportunity: Opportunity) -> None:
    url = reverse("opportunity_review_queue")
    text = _("“%(title)s” waits for review.") % {"title": opportunity.title}
    for reviewer in _reviewers():
        notify(reviewer, "opportunity_review", text=text, url=url, actor=user)


def _apply(opportunity: Opportunity, data: dict) -> None:
    for name in EDITABLE_FIELDS:
        if name in data:
            setattr(opportunity, name, data[name])
    opportunity.title_folded = fold(opportunity.title)[:200]


@transaction.atomic
def submit_opportunity(user, data: dict) -> Opportunity:
    """Publish at once (partner staff, staff, verified organisations) or send for review."""
    if not permissions.can_submit_opportunity(user):
        raise NotAllowed(_("Confirm your email address before publishing an opportunity."))
    opportunity = Opportunity(created_by=user, language=taxonomy.content_language_for(user))
    _apply(opportunity, data)
    if permissions.can_publish_directly(user):
        opportunity.status = Opportunity.Status.PUBLISHED
        opportunity.published = timezone.now()
    opportunity.save()
    refresh_facets(opportunity)
    if opportunity.is_published:
        _announce(opportunity)
    else:
        _ask_for_review(user, opportunity)
    return opportunity


@transaction.atomic
def update_opportunity(user, opportunity: Opportunity, data: dict) -> Opportunity:
    """Save changes; a member's change to a published opportunity goes back to review."""
    opportunity = Opportunity.objects.select_for_update().get(pk=opportunity.pk)
    if not permissions.can_edit_opportunity(user, opportunity):
        raise NotAllowed(_("You can only edit the opportunities you published."))
    _apply(opportunity, data)
    back_to_review = (
        not permissions.can_publish_directly(user)
        and not permissions.can_review(user)
        and opportunity.status != Opportunity.Status.PENDING
    )
    if back_to_review:
        opportunity.status = Opportunity.Status.PENDING
        forget_activity(opportunity)
    opportunity.save()
    audit.record_for_someone_else(user, opportunity.created_by_id, "opportunity.edit", opportunity)
    refresh_facets(opportunity)
    index_opportunity(opportunity)
    if back_to_review:
        _ask_for_review(user, opportunity)
    return opportunity


@transaction.atomic
def review_opportunity(
    user, opportunity: Opportunity, *, approve: bool, note: str = ""
) -> Opportunity:
    """Publish or turn down a member's submission; the author is told either way."""
    if not permissions.can_review(user):
        raise NotAllowed(_("Only partner staff and the platform team review opportunities."))
    opportunity = Opportunity.objects.select_for_update().get(pk=opportunity.pk)
    if opportunity.status != Opportunity.Status.PENDING:
        raise DomainError(_("This opportunity has already been reviewed."))
    opportunity.reviewed_by = user
    opportunity.review_note = note
    if approve:
        opportunity.status = Opportunity.Status.PUBLISHED
        opportunity.published = opportunity.published or timezone.now()
    else:
        opportunity.status = Opportunity.Status.REJECTED
    opportunity.save()
    audit.record(
        user,
        "opportunity.publish" if approve else "opportunity.reject",
        target=opportunity,
        reason=note,
    )
    if approve:
        _announce(opportunity)
    else:
        index_opportunity(opportunity)
    if opportunity.created_by is not None:
        text = (
            _("Your opportunity “%(title)s” is published.")
            if approve
            else _("Your opportunity “%(title)s” was not accepted.")
        ) % {"title": opportunity.title}
        notify(
            opportunity.created_by,
            "opportunity_review",
            text=text,
            url=opportunity.get_absolute_url(),
            actor=user,
        )
    return opportunity


@transaction.atomic
def save_opportunity(user, opportunity: Opportunity) -> SavedOpportunity:
    saved, _created = SavedOpportunity.objects.get_or_create(user=user, opportunity=opportunity)
    return saved


@transaction.atomic
def unsave_opportunity(user, opportunity: Opportunity) -> None:
    SavedOpportunity.objects.filter(user=user, opportunity=opportunity).delete()


@transaction.atomic
def create_saved_search(user, name: str, params: dict, frequency: str) -> SavedSearch:
    if SavedSearch.objects.filter(user=user).count() >= MAX_SAVED_SEARCHES:
        raise DomainError(
            _("You have %(n)d saved searches, the most there can be. Delete one first.")
            % {"n": MAX_SAVED_SEARCHES}
        )
    cleaned = queries.clean_filters(params)
    query = str(params.get("q", ""))[:200].strip()
    if query:
        cleaned["q"] = query
    return SavedSearch.objects.create(
        user=user, name=name, params=cleaned, frequency=frequency, checked_until=timezone.now()
    )


@transaction.atomic
def delete_saved_search(user, search: SavedSearch) -> None:
    if search.user_id != user.pk:
        raise NotAllowed(_("This is not your saved search."))
    search.delete()


# Periodic work ------------------------------------------------------------------


def period_of(frequency: str, moment: datetime) -> str:
    """The period an alert belongs to: the UTC day, or the ISO week."""
    day = moment.astimezone(UTC).date()
    if frequency == SavedSearch.Frequency.DAILY:
        return day.isoformat()
    year, week, _weekday = day.isocalendar()
    return f"{year}-W{week:02d}"


def search_url(search: SavedSearch) -> str:
    return f"{reverse('opportunities')}?{urlencode(search.params)}"


def send_alert(search: SavedSearch, now: datetime) -> int | None:
    """Claim this period's alert of one saved search and send it if anything new
    matches; returns the number of matches, or None when the period was already claimed."""
    period = period_of(search.frequency, now)
    try:
        with transaction.atomic():
            delivery = AlertDelivery.objects.create(saved_search=search, period=period)
            since = search.checked_until
            params = dict(search.params)
            query = params.pop("q", "")
            new = queries.search_opportunities(search.user, query, params, now=now).filter(
                published__gt=since, published__lte=now
            )
            count = new.count()
            delivery.matches = count
            delivery.save(update_fields=["matches"])
            SavedSearch.objects.filter(pk=search.pk).update(checked_until=now)
            if count:
                notify(
                    search.user,
                    "opportunity_alert",
                    text=ngettext(
                        "%(count)d new opportunity matches “%(name)s”.",
                        "%(count)d new opportunities match “%(name)s”.",
                        count,
                    )
                    % {"count": count, "name": search.name},
                    url=search_url(search),
                )
    except IntegrityError:
        return None
    return count


def send_opportunity_alerts(now: datetime | None = None) -> int:
    """Send every saved search's alert for the current period (once); returns how many
    notifications went out."""
    now = now or timezone.now()
    sent = 0
    searches = SavedSearch.objects.filter(user__is_active=True).select_related("user")
    for search in searches.iterator():
        if AlertDelivery.objects.filter(
            saved_search=search, period=period_of(search.frequency, now)
        ).exists():
            continue
        if send_alert(search, now):
            sent += 1
    return sent


def send_deadline_reminders(now: datetime | None = None) -> int:
    """Remind members of saved opportunities closing within 7 days, and within 1 day;
    each reminder is a unique row, claimed before it is sent."""
    now = now or timezone.now()
    due = (
        SavedOpportunity.objects.filter(
            opportunity__status=Opportunity.Status.PUBLISHED,
            opportunity__deadline__gt=now,
            opportunity__deadline__lte=now + timedelta(days=7),
            user__is_active=True,
        )
        .exclude(reminders__before=DeadlineReminder.Before.DAY)
        .annotate(
            week_sent=Exists(
                DeadlineReminder.objects.filter(
                    saved=OuterRef("pk"), before=DeadlineReminder.Before.WEEK
                )
            )
        )
        .select_related("opportunity", "user")
    )
    sent = 0
    for saved in due:
        last_day = saved.opportunity.deadline <= now + timedelta(days=1)
        if not last_day and saved.week_sent:
            continue
        before = DeadlineReminder.Before.DAY if last_day else DeadlineReminder.Before.WEEK
        try:
            with transaction.atomic():
                DeadlineReminder.objects.create(saved=saved, before=before)
                if last_day and not saved.week_sent:
                    # Saved at the last minute: one reminder, not two.
                    DeadlineReminder.objects.create(
                        saved=saved, before=DeadlineReminder.Before.WEEK
                    )
                text = (
                    _("“%(title)s” closes within a day.")
                    if last_day
                    else _("“%(title)s” closes within a week.")
                ) % {"title": saved.opportunity.title}
                notify(
                    saved.user,
                    "opportunity_deadline",
                    text=text,
                    url=saved.opportunity.get_absolute_url(),
                )
        except IntegrityError:
            continue
        sent += 1
    return sent
