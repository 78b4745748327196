"""Open formats on public pages: schema.org JSON-LD, Open Graph and Twitter card tags,
and share links without trackers.

Each app builds a `PageMeta` for its public detail pages in its own `seo.py` and the view
passes it as `page_meta`; `base.html` renders the tags (components/page_meta.html) and
the page places the share links (components/share_links.html). The rule every builder
follows: a page gets a `PageMeta` only when a visitor who is not signed in may see it,
and carries only what that visitor sees there. Members-only, network-only, invite-only
and hidden things get none (no tags, no JSON-LD, no share links)."""

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import quote, urlencode

from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest
from django.templatetags.static import static
from django.utils.html import strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .text import render_markdown

SCHEMA = "https://schema.org"
# The picture of pages without their own (scripts/draw_share_image.py draws it): a PNG,
# since Open Graph readers don't take the SVG logo, at the 1.91:1 size they prefer.
FALLBACK_IMAGE = "img/share.png"
FALLBACK_IMAGE_SIZE = (1200, 630)
FALLBACK_IMAGE_ALT = _("Creative Tracks: young creative entrepreneurs, their networks and partners")
# og:locale of each interface language (settings.LANGUAGES): the regional norm each
# catalogue follows (docs/languages.md): European Portuguese, mainland Simplified Chinese.
OG_LOCALES = {"en": "en_GB", "pt": "pt_PT", "fr": "fr_FR", "es": "es_ES", "zh-hans": "zh_CN"}


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
    image: str = ""  # absolute: the page's own picture, else the site's share picture
    image_alt: str = ""
    image_width: int | None = None  # known for the share picture only
    image_height: int | None = None
    json_ld: dict | None = field(default=None)
    locale: str = "en_GB"  # og:locale of the language the page is shown in
    tags: tuple[str, ...] = ()  # article:tag on articles, schema.org keywords

    @property
    def article_tags(self) -> tuple[str, ...]:
        return self.tags if self.og_type == "article" else ()

    @property
    def locale_alternates(self) -> list[str]:
        return [code for code in OG_LOCALES.values() if code != self.locale]

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
    image_alt: str = "",
    json_ld: dict | None = None,
    tags: Iterable[str] = (),
) -> PageMeta:
    """A PageMeta with absolute addresses; `json_ld` gets its @context and url here (and
    the page's own picture, never the site's share picture, which isn't the thing's)."""
    url = absolute(request, path)
    image = absolute(request, image_path)
    description = Truncator(" ".join(str(description or "").split())).chars(300)
    tags = tuple(dict.fromkeys(str(tag) for tag in tags if tag))
    if json_ld is not None:
        json_ld = {"@context": SCHEMA, **json_ld, "url": url}
        if tags and "keywords" not in json_ld:
            json_ld["keywords"] = ", ".join(tags)
        if image and "image" not in json_ld:
            json_ld["image"] = image
        json_ld = {key: value for key, value in json_ld.items() if value not in ("", None, [])}
    if image:
        picture = {"image": image, "image_alt": str(image_alt or title)}
    else:
        width, height = FALLBACK_IMAGE_SIZE
        picture = {
            "image": absolute(request, static(FALLBACK_IMAGE)),
            "image_alt": str(FALLBACK_IMAGE_ALT),
            "image_width": width,
            "image_height": height,
        }
    return PageMeta(
        title=str(title),
        description=description,
        url=url,
        og_type=og_type,
        json_ld=json_ld,
        locale=og_locale(get_language()),
        tags=tags,
        **picture,
    )


def og_locale(language: str | None) -> str:
    """og:locale of a Django language code, the same one `<html lang>` carries."""
    return OG_LOCALES.get((language or "").lower(), OG_LOCALES["en"])


def labels(values, names: dict) -> list[str]:
    """The shown names of taxonomy values (sectors, topics), for tags and keywords."""
    return [str(names.get(value, value)) for value in values or []]


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
