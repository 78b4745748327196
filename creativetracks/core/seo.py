"""Open formats on public pages: schema.org JSON-LD, Open Graph and Twitter card tags,
and share links without trackers.

Each app builds a `PageMeta` for its public detail pages in its own `seo.py` and the view
passes it as `page_meta`; `base.html` renders the tags (components/page_meta.html) and
the page places the share links (components/share_links.html). The rule every builder
follows: a page gets a `PageMeta` only when a visitor who is not signed in may see it,
and carries only what that visitor sees there. Members-only, network-only, invite-only
and hidden things get none (no tags, no JSON-LD, no share links)."""

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import quote, urlencode

from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest
from django.utils.html import strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from .text import render_markdown

SCHEMA = "https://schema.org"


@dataclass(frozen=True)
class ShareLink:
    key: str
    label: str
    href: str


@dataclass(frozen=True)
class PageMeta:
    """What a page says about itself to search engines and to sites it is shared on."""

    title: str
    description: str
    url: str  # absolute, without a query string
    og_type: str = "website"
    image: str = ""  # absolute
    json_ld: dict | None = field(default=None)

    @property
    def twitter_card(self) -> str:
        return "summary_large_image" if self.image else "summary"

    @property
    def json_ld_script(self) -> SafeString:
        return json_ld_text(self.json_ld) if self.json_ld else mark_safe("")

    @property
    def share_links(self) -> list[ShareLink]:
        return share_links(self.url, self.title)


def json_ld_text(data: dict) -> SafeString:
    """JSON for a <script type="application/ld+json"> data block: `<`, `>` and `&` are
    escaped (as Django's json_script does) so no user text can close the element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(text)  # noqa: S308 - escaped above


def share_links(url: str, title: str) -> list[ShareLink]:
    """Plain links to each site's own share address: no script of theirs on our pages,
    nothing added to the shared address."""
    return [
        ShareLink(
            "facebook",
            "Facebook",
            "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url}),
        ),
        ShareLink("x", "X", "https://x.com/intent/post?" + urlencode({"url": url, "text": title})),
        ShareLink(
            "linkedin",
            "LinkedIn",
            "https://www.linkedin.com/sharing/share-offsite/?" + urlencode({"url": url}),
        ),
        ShareLink(
            "email",
            str(_("Email")),
            "mailto:?" + urlencode({"subject": title, "body": url}, quote_via=quote),
        ),
    ]


def is_public(visible: Callable, obj) -> bool:
    """Whether a visitor who is not signed in may see `obj`, by the app's own visibility
    helper (`visible(viewer)` returns a queryset): one query, the sitemap's rule."""
    return visible(AnonymousUser()).filter(pk=obj.pk).exists()


def organisation_ld(name: str, path: str = "", request: HttpRequest | None = None) -> dict:
    data = {"@type": "Organization", "name": str(name)}
    if path and request is not None:
        data["url"] = request.build_absolute_uri(path)
    return data


def plain(markdown_text: str, limit: int = 300) -> str:
    """User Markdown as one line of plain text, cut at `limit` characters."""
    text = " ".join(strip_tags(str(render_markdown(markdown_text or ""))).split())
    return Truncator(text).chars(limit)


def absolute(request: HttpRequest, path: str) -> str:
    return request.build_absolute_uri(path) if path else ""


def page_meta(
    request: HttpRequest,
    *,
    title: str,
    description: str,
    path: str,
    og_type: str = "website",
    image_path: str = "",
    json_ld: dict | None = None,
) -> PageMeta:
    """A PageMeta with absolute addresses; `json_ld` gets its @context and url here."""
    url = absolute(request, path)
    image = absolute(request, image_path)
    description = Truncator(" ".join(str(description or "").split())).chars(300)
    if json_ld is not None:
        json_ld = {"@context": SCHEMA, **json_ld, "url": url}
        if image and "image" not in json_ld:
            json_ld["image"] = image
        json_ld = {key: value for key, value in json_ld.items() if value not in ("", None, [])}
    return PageMeta(
        title=str(title),
        description=description,
        url=url,
        og_type=og_type,
        image=image,
        json_ld=json_ld,
    )


def place(city: str = "", country=None) -> dict | None:
    """A schema.org PostalAddress of a city and country, or None when both are empty."""
    code = getattr(country, "code", "") or ""
    if not city and not code:
        return None
    address = {"@type": "PostalAddress"}
    if city:
        address["addressLocality"] = city
    if code:
        address["addressCountry"] = code
    return address


def partner_meta(request: HttpRequest, partner) -> PageMeta:
    """Organization: a consortium partner's page is public."""
    return page_meta(
        request,
        title=partner.name,
        description=partner.summary,
        path=partner.get_absolute_url(),
        json_ld={
            "@type": "Organization",
            "name": partner.name,
            "description": partner.summary,
            "address": place(partner.city, partner.country),
            "sameAs": [partner.website] if partner.website else [],
            "memberOf": {"@type": "Organization", "name": "Creative Tracks"},
        },
    )
