from django import template

from creativetracks.networks import permissions
from creativetracks.networks.mentions import render_post

register = template.Library()


@register.filter
def post_markdown(text: str):
    """A post's Markdown, sanitised, with @mentions linked to profiles."""
    return render_post(text)


@register.inclusion_tag("networks/_network_header.html", takes_context=True)
def network_header(context, network, tab: str = "about"):
    """The network's name, logo and tabs, showing only the tabs the viewer may open."""
    user = context["request"].user
    return {
        "network": network,
        "tab": tab,
        "role": permissions.role_of(user, network),
        "can_read_threads": permissions.can_read_network_threads(user, network),
        "can_manage": permissions.can_manage_network(user, network),
        "signed_in": user.is_authenticated,
    }


@register.filter
def can_delete(post, user) -> bool:
    return permissions.can_delete_post(user, post)


@register.filter
def can_edit(post, user) -> bool:
    return permissions.can_edit_post(user, post)


@register.filter
def country_names(codes, limit: int = 0) -> str:
    """Country codes as names, at most `limit` of them (0: all), with … when cut."""
    from django_countries import countries

    shown = codes[:limit] if limit else codes
    names = ", ".join(str(countries.name(code)) or code for code in shown)
    return f"{names}…" if limit and len(codes) > limit else names
