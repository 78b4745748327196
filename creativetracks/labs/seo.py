"""schema.org CreativeWork, Open Graph and share links of lab pages (core.seo). A lab
is a piece of shared creative work in progress (a call, a feedback request, a poll, a
meet-up plan): CreativeWork fits every kind, with the kind as its genre. Only labs a
visitor may see get any; the author is named only when their profile is public."""

from django.http import HttpRequest

from creativetracks.core import taxonomy
from creativetracks.core.seo import PageMeta, is_public, labels, page_meta
from creativetracks.profiles.models import Visibility as ProfileVisibility

from . import queries
from .models import Lab


def lab_meta(request: HttpRequest, lab: Lab) -> PageMeta | None:
    if lab.visibility != Lab.Visibility.PUBLIC or not is_public(queries.visible_labs, lab):
        return None
    data = {
        "@type": "CreativeWork",
        "name": lab.title,
        "abstract": lab.summary,
        "genre": str(lab.get_kind_display()),
        "inLanguage": lab.language,
        "dateCreated": lab.created.isoformat(),
        "expires": lab.expires.isoformat() if lab.expires else None,
    }
    profile = getattr(lab.owner, "profile", None)
    if profile is not None and profile.visibility == ProfileVisibility.PUBLIC:
        data["author"] = {
            "@type": "Person",
            "name": profile.display_name,
            "url": request.build_absolute_uri(profile.get_absolute_url()),
        }
    return page_meta(
        request,
        title=lab.title,
        description=lab.summary,
        path=lab.get_absolute_url(),
        og_type="article",
        image_path=lab.cover.url if lab.cover else "",
        json_ld=data,
        tags=labels(lab.sectors, taxonomy.SECTOR_LABELS) + list(lab.skills or []),
    )
