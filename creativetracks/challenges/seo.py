"""Open Graph and share links of challenge pages (core.seo). schema.org has no type
for a competition with a jury, so challenges carry no JSON-LD. Only published public
challenges; nothing about entries, jurors or scores."""

from django.http import HttpRequest

from creativetracks.core import taxonomy
from creativetracks.core.seo import PageMeta, is_public, labels, page_meta, plain

from . import queries
from .models import Challenge


def challenge_meta(request: HttpRequest, challenge: Challenge) -> PageMeta | None:
    if challenge.visibility != Challenge.Visibility.PUBLIC or not is_public(
        queries.visible_challenges, challenge
    ):
        return None
    return page_meta(
        request,
        title=challenge.title,
        description=challenge.summary or plain(challenge.brief, 300),
        path=challenge.get_absolute_url(),
        og_type="article",
        image_path=challenge.cover.url if challenge.cover else "",
        tags=labels(challenge.sectors, taxonomy.SECTOR_LABELS),
    )
