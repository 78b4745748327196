"""Importing opportunities from RSS/Atom feeds, served by a local HTTP server started
by the test: good feeds, duplicates, broken XML, huge entries, missing feeds."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.utils import timezone

from creativetracks.opportunities.importing import MAX_FEED_BYTES, import_all_feeds, import_source
from creativetracks.opportunities.models import FeedSource, Opportunity

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Calls</title><link>https://example.org/</link>
<description>Calls</description>
{items}
</channel></rss>"""

ITEM = """<item><title>{title}</title><link>https://example.org/{guid}</link>
<guid>{guid}</guid><description>{description}</description>
<pubDate>Tue, 24 Nov 2026 10:00:00 GMT</pubDate></item>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom calls</title><id>urn:x</id>
<updated>2026-11-24T10:00:00Z</updated>
<entry><title>Atom residency</title><id>urn:atom:1</id><link href="https://example.org/a1"/>
<updated>2026-11-24T10:00:00Z</updated><summary>&lt;p&gt;Come &lt;b&gt;stay&lt;/b&gt;&lt;/p&gt;</summary></entry>
</feed>"""


def rss(*items) -> bytes:
    return RSS.format(items="".join(ITEM.format(**item) for item in items)).encode()


class FeedServer:
    """Serves `pages[path]` (bytes) on 127.0.0.1; unknown paths answer 404."""

    def __init__(self):
        self.pages: dict[str, bytes] = {}
        pages = self.pages

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                body = pages.get(self.path)
                if body is None:
                    self.send_error(404, "Not Found")
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/xml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_port}{path}"


@pytest.fixture
def feed_server():
    server = FeedServer()
    server.thread.start()
    yield server
    server.server.shutdown()
    server.server.server_close()


def source(url: str, name: str = "Calls") -> FeedSource:
    return FeedSource.objects.create(name=name, url=url, kind="call", organiser="Open Calls Org")


def test_imports_entries_as_published_opportunities(db, feed_server):
    feed_server.pages["/calls.xml"] = rss(
        {"title": "Call one", "guid": "g1", "description": "&lt;p&gt;First&lt;/p&gt;"},
        {"title": "Call two", "guid": "g2", "description": "Second"},
    )
    feed = source(feed_server.url("/calls.xml"))
    assert import_source(feed) == 2
    one = Opportunity.objects.get(guid="g1")
    assert one.status == "published" and one.kind == "call" and one.organiser == "Open Calls Org"
    assert one.description == "First"  # markup stripped
    assert one.link == "https://example.org/g1"
    feed.refresh_from_db()
    assert feed.last_error == "" and feed.imported_count == 2 and feed.last_success


def test_atom_feeds_too(db, feed_server):
    feed_server.pages["/atom.xml"] = ATOM.encode()
    assert import_source(source(feed_server.url("/atom.xml")), force=True) == 1
    assert Opportunity.objects.get().description == "Come stay"


def test_duplicates_are_imported_once(db, feed_server):
    item = {"title": "Same call", "guid": "dup", "description": "x"}
    feed_server.pages["/dup.xml"] = rss(item, item)
    feed = source(feed_server.url("/dup.xml"))
    assert import_source(feed, force=True) == 1
    # The next run finds the same entry (and one new one).
    feed_server.pages["/dup.xml"] = rss(
        item, {"title": "New call", "guid": "new", "description": "y"}
    )
    assert import_source(feed, force=True) == 1
    assert Opportunity.objects.count() == 2


def test_broken_xml_is_reported_and_others_carry_on(db, feed_server):
    feed_server.pages["/broken.xml"] = b"<rss><channel><item><title>Unclosed"
    feed_server.pages["/html.xml"] = b"<html><body>Not a feed at all</body></html>"
    feed_server.pages["/good.xml"] = rss(
        {"title": "Good call", "guid": "ok", "description": "fine"}
    )
    broken = source(feed_server.url("/broken.xml"), "Broken")
    missing = source(feed_server.url("/missing.xml"), "Missing")
    good = source(feed_server.url("/good.xml"), "Good")
    assert import_all_feeds() == 1
    broken.refresh_from_db()
    missing.refresh_from_db()
    good.refresh_from_db()
    assert "404" in missing.last_error
    assert good.last_error == ""
    assert Opportunity.objects.filter(source=good).count() == 1
    # feedparser salvages what it can from broken XML; nothing crashes either way.
    assert broken.last_error or Opportunity.objects.filter(source=broken).count() <= 1


def test_not_a_feed_is_reported(db, feed_server):
    feed_server.pages["/junk"] = b"\x00\x01binary junk \xff"
    feed = source(feed_server.url("/junk"))
    assert import_source(feed) == 0
    feed.refresh_from_db()
    assert "feed" in feed.last_error.lower()


def test_huge_entries_are_cut_and_huge_feeds_refused(db, feed_server):
    feed_server.pages["/huge-entry.xml"] = rss(
        {"title": "T" * 5000, "guid": "g" * 2000, "description": "word " * 200_000}
    )
    feed = source(feed_server.url("/huge-entry.xml"))
    assert import_source(feed) == 1
    opportunity = Opportunity.objects.get()
    assert len(opportunity.title) == 200
    assert len(opportunity.description) == 10_000
    assert len(opportunity.guid) == 500
    feed_server.pages["/huge-feed.xml"] = b"<rss>" + b" " * (MAX_FEED_BYTES + 10) + b"</rss>"
    big = source(feed_server.url("/huge-feed.xml"), "Big")
    assert import_source(big) == 0
    big.refresh_from_db()
    assert "larger than" in big.last_error


def test_a_source_is_fetched_at_most_hourly(db, feed_server):
    feed_server.pages["/calls.xml"] = rss({"title": "Call", "guid": "1", "description": ""})
    feed = source(feed_server.url("/calls.xml"))
    now = timezone.now()
    assert import_source(feed, now) == 1
    feed_server.pages["/calls.xml"] = rss({"title": "Another", "guid": "2", "description": ""})
    assert import_source(feed, now + timezone.timedelta(minutes=5)) == 0
    assert import_source(feed, now + timezone.timedelta(minutes=61)) == 1


def test_inactive_sources_and_other_schemes_are_skipped(db, feed_server):
    FeedSource.objects.create(name="Off", url=feed_server.url("/x"), organiser="x", active=False)
    file_source = FeedSource.objects.create(
        name="File", url="ftp://example.org/feed", organiser="x"
    )
    assert import_all_feeds() == 0
    file_source.refresh_from_db()
    assert "http" in file_source.last_error


@pytest.mark.django_db(transaction=True)
def test_the_periodic_task_imports(feed_server):
    from conftest import run_queued_tasks
    from creativetracks.opportunities.tasks import import_opportunity_feeds

    feed_server.pages["/calls.xml"] = rss({"title": "Via the task", "guid": "t", "description": ""})
    source(feed_server.url("/calls.xml"))
    import_opportunity_feeds.enqueue()
    run_queued_tasks()
    assert Opportunity.objects.filter(title="Via the task").exists()
