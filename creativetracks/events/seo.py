"""schema.org Event, Open Graph and share links of event pages (core.seo). Only public
events: members-only, network and invite-only events say nothing outside the site
(an invite-only event's address is its invitation and is not for sharing)."""

from django.http import HttpRequest

from creativetracks.core.seo import PageMeta, page_meta

from . import calendars
from .models import Event


def event_meta(request: HttpRequest, event: Event) -> PageMeta | None:
    if event.visibility != Event.Visibility.PUBLIC:
        return None
    url = request.build_absolute_uri(event.get_absolute_url())
    return page_meta(
        request,
        title=event.title,
        description=event.subtitle or calendars._plain(event.description, 300),
        path=event.get_absolute_url(),
        image_path=event.cover_url if event.cover else "",
        json_ld=calendars.schema_event(event, url),
    )
