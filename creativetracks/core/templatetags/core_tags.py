from django import template
from django.http import QueryDict

from creativetracks.core.text import render_markdown

register = template.Library()


@register.filter
def markdown(text: str):
    return render_markdown(text)


@register.simple_tag(takes_context=True)
def query_with(context, **changes) -> str:
    """The current query string with some parameters replaced (pagination, sorting)."""
    params: QueryDict = context["request"].GET.copy()
    for key, value in changes.items():
        if value in (None, ""):
            params.pop(key, None)
        else:
            params[key] = value
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.filter
def get_item(mapping: dict, key):
    return mapping.get(key, "")


@register.filter
def language_name(code: str) -> str:
    """The name of a content language (taxonomy.LANGUAGES) in the interface language."""
    from creativetracks.core.taxonomy import LANGUAGE_LABELS

    return str(LANGUAGE_LABELS.get(code, code or ""))


TRACKING_PARAMETERS = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "igshid")


@register.simple_tag(takes_context=True)
def path_without_tracking(context) -> str:
    """This page's path and query, less the tracking parameters a link may have brought
    (the language links must not carry them on)."""
    request = context["request"]
    kept = [
        (key, value)
        for key, value in request.GET.items()
        if not key.lower().startswith(TRACKING_PARAMETERS)
    ]
    if not kept:
        return request.path
    from urllib.parse import urlencode

    return f"{request.path}?{urlencode(kept)}"
