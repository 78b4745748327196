"""Outgoing feeds: RSS and Atom of newly published opportunities, and an iCalendar
feed of deadlines. Feed readers carry no cookies, so these show what a visitor sees
(public opportunities), through the same visibility helper as the pages."""

from datetime import timedelta

from django.contrib.auth.models import AnonymousUser
from django.contrib.syndication.views import Feed
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _
from icalendar import Calendar, Event

from . import queries
from .models import Kind, Opportunity

KIND_LABELS = dict(Kind.choices)


class LatestOpportunitiesFeed(Feed):
    title = _("Creative Tracks: new opportunities")
    description = _("Funding calls, residencies, mobility grants, jobs and calls for partners.")

    def link(self):
        return reverse("opportunities")

    def items(self):
        return queries.latest_published(AnonymousUser())

    def item_title(self, item: Opportunity) -> str:
        return item.title

    def item_description(self, item: Opportunity) -> str:
        deadline = (
            item.local_deadline.strftime("%Y-%m-%d %H:%M %Z") if item.deadline else _("rolling")
        )
        return f"{KIND_LABELS.get(item.kind, item.kind)} · {item.organiser} · {_('Deadline')}: {deadline}"

    def item_link(self, item: Opportunity) -> str:
        return item.get_absolute_url()

    def item_guid(self, item: Opportunity) -> str:
        return f"creativetracks-opportunity-{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item: Opportunity):
        return item.published

    def item_updateddate(self, item: Opportunity):
        return item.updated


class LatestOpportunitiesAtomFeed(LatestOpportunitiesFeed):
    feed_type = Atom1Feed
    subtitle = LatestOpportunitiesFeed.description


def deadlines_calendar(request: HttpRequest) -> HttpResponse:
    """Each open opportunity's deadline as a 30-minute event ending at the deadline."""
    calendar = Calendar()
    calendar.add("prodid", "-//Creative Tracks//Opportunity deadlines//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", str(_("Creative Tracks: opportunity deadlines")))
    host = request.build_absolute_uri("/").rstrip("/")
    for opportunity in queries.deadlines_feed(AnonymousUser()):
        event = Event()
        event.add("uid", f"opportunity-{opportunity.pk}@creativetracks")
        event.add("summary", f"{_('Deadline')}: {opportunity.title}")
        event.add("dtstart", opportunity.deadline - timedelta(minutes=30))
        event.add("dtend", opportunity.deadline)
        event.add("dtstamp", opportunity.updated)
        event.add("url", host + opportunity.get_absolute_url())
        event.add("description", f"{opportunity.organiser}\n{host}{opportunity.get_absolute_url()}")
        calendar.add_component(event)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="opportunity-deadlines.ics"'
    return response
