"""The outgoing feeds: RSS, Atom and the iCalendar feed of deadlines."""

from datetime import timedelta

from django.utils import timezone
from icalendar import Calendar

from .conftest import publish


def test_rss_and_atom_list_public_open_opportunities(client, publisher):
    publish(publisher, title="Public grant")
    publish(publisher, title="Members grant", visibility="members")
    rss = client.get("/opportunities/feed/rss/")
    assert rss.status_code == 200 and rss["Content-Type"].startswith("application/rss+xml")
    body = rss.content.decode()
    assert "Public grant" in body and "Members grant" not in body
    atom = client.get("/opportunities/feed/atom/")
    assert atom["Content-Type"].startswith("application/atom+xml")
    assert "Public grant" in atom.content.decode()


def test_ical_feed_of_deadlines(client, publisher):
    deadline = timezone.now() + timedelta(days=12)
    opportunity = publish(publisher, title="Residency call", deadline=deadline)
    publish(publisher, title="Rolling one", deadline=None)
    response = client.get("/opportunities/deadlines.ics")
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    events = list(calendar.walk("VEVENT"))
    assert [str(e["summary"]) for e in events] == ["Deadline: Residency call"]
    assert (
        events[0].decoded("dtend") == deadline.replace(microsecond=0)
        or abs((events[0].decoded("dtend") - deadline).total_seconds()) < 1
    )
    assert str(events[0]["uid"]) == f"opportunity-{opportunity.pk}@creativetracks"


def test_feed_queries_are_constant(client, publisher, django_assert_max_num_queries):
    publish(publisher, title="One")
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get("/opportunities/feed/rss/")
        client.get("/opportunities/deadlines.ics")
    for n in range(20):
        publish(publisher, title=f"More {n}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/opportunities/feed/rss/")
        client.get("/opportunities/deadlines.ics")
