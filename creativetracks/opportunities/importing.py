"""Import opportunities from the RSS and Atom feeds staff configure (`FeedSource`).

Each source is claimed with a conditional update (at most one fetch per interval,
whoever runs the task), fetched with a timeout and a size cap, and parsed with
feedparser. Entries are deduplicated by GUID (a unique constraint per source).
A feed that can't be fetched or read is reported on its source (`last_error`, shown
in the admin) and the other sources carry on: nothing here raises."""

import hashlib
import logging
import urllib.error
import urllib.request
from datetime import UTC, datetime, timedelta

import feedparser
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.html import strip_tags

from creativetracks.core.text import fold

from .models import FeedSource, Opportunity
from .services import _announce, refresh_facets

logger = logging.getLogger(__name__)

FETCH_INTERVAL = timedelta(hours=1)
TIMEOUT_SECONDS = 20
MAX_FEED_BYTES = 5 * 1024 * 1024
MAX_ENTRIES = 500
USER_AGENT = "CreativeTracks feed importer (+https://creativetracks.org)"


class FeedError(Exception):
    pass


def fetch(url: str) -> bytes:
    """The feed's bytes, refusing anything that is not http(s), too big or too slow."""
    if not url.lower().startswith(("http://", "https://")):
        raise FeedError("Only http and https feeds can be imported.")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310
            data = response.read(MAX_FEED_BYTES + 1)
    except urllib.error.HTTPError as error:
        raise FeedError(f"The server answered {error.code} {error.reason}.") from error
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        raise FeedError(f"The feed could not be fetched: {error}") from error
    if len(data) > MAX_FEED_BYTES:
        raise FeedError(f"The feed is larger than {MAX_FEED_BYTES // (1024 * 1024)} MB.")
    return data


def _text(value, limit: int) -> str:
    return strip_tags(str(value or "")).strip()[:limit]


def _guid(entry) -> str:
    guid = entry.get("id") or entry.get("guid") or entry.get("link")
    if not guid:
        basis = f"{entry.get('title', '')}|{entry.get('summary', '')}"
        guid = "sha256:" + hashlib.sha256(basis.encode("utf-8", "replace")).hexdigest()
    return str(guid)[:500]


def _published(entry) -> datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    try:
        return datetime(*parsed[:6], tzinfo=UTC)
    except (TypeError, ValueError):
        return None


def entries_of(data: bytes) -> list:
    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None) or "unknown problem"
        raise FeedError(f"Not a readable RSS or Atom feed: {reason}")
    if not parsed.entries and not parsed.get("feed"):
        raise FeedError("Not an RSS or Atom feed.")
    return list(parsed.entries[:MAX_ENTRIES])


def import_entries(source: FeedSource, entries: list) -> int:
    """Create an opportunity for each entry not seen before; returns how many."""
    created = 0
    seen: set[str] = set()
    for entry in entries:
        guid = _guid(entry)
        title = _text(entry.get("title"), 200)
        if guid in seen or not title:
            continue
        seen.add(guid)
        if Opportunity.objects.filter(source=source, guid=guid).exists():
            continue
        link = str(entry.get("link") or "")[:500]
        if not link.lower().startswith(("http://", "https://")):
            link = ""
        description = _text(entry.get("summary") or entry.get("description"), 10000)
        try:
            with transaction.atomic():
                opportunity = Opportunity.objects.create(
                    source=source,
                    guid=guid,
                    kind=source.kind,
                    title=title,
                    title_folded=fold(title)[:200],
                    organiser=source.organiser[:200],
                    description=description,
                    link=link,
                    status=Opportunity.Status.PUBLISHED,
                    published=_published(entry) or timezone.now(),
                )
                refresh_facets(opportunity)
                _announce(opportunity)
        except IntegrityError:
            continue  # imported meanwhile by another worker
        created += 1
    return created


def claim(source: FeedSource, now: datetime) -> bool:
    """Take this interval's fetch of the source; False if someone else has it."""
    return bool(
        FeedSource.objects.filter(pk=source.pk, active=True)
        .filter(Q(last_fetched__isnull=True) | Q(last_fetched__lte=now - FETCH_INTERVAL))
        .update(last_fetched=now)
    )


def import_source(source: FeedSource, now: datetime | None = None, *, force: bool = False) -> int:
    """Fetch and import one source; problems are recorded on it, never raised."""
    now = now or timezone.now()
    if not force and not claim(source, now):
        return 0
    try:
        created = import_entries(source, entries_of(fetch(source.url)))
    except FeedError as error:
        FeedSource.objects.filter(pk=source.pk).update(last_error=str(error)[:2000])
        logger.warning("Feed %s (%s) failed: %s", source.pk, source.url, error)
        return 0
    except Exception as error:  # a bad feed must never stop the others
        logger.exception("Feed %s (%s) crashed the importer", source.pk, source.url)
        FeedSource.objects.filter(pk=source.pk).update(
            last_error=f"Unexpected problem: {error}"[:2000]
        )
        return 0
    FeedSource.objects.filter(pk=source.pk).update(
        last_error="", last_success=now, imported_count=F("imported_count") + created
    )
    return created


def import_all_feeds(now: datetime | None = None) -> int:
    now = now or timezone.now()
    return sum(import_source(source, now) for source in FeedSource.objects.filter(active=True))
