from django import template
from django.conf import settings

from creativetracks.labs import permissions
from creativetracks.networks.mentions import render_post

register = template.Library()


@register.filter
def lab_markdown(text: str):
    """A lab's or comment's Markdown, sanitised, with @mentions linked to profiles."""
    return render_post(text)


@register.simple_tag(takes_context=True)
def viewer_zone(context) -> str:
    """The time zone dates are shown in: the member's own, or the site's for visitors."""
    user = context["request"].user
    return getattr(user, "time_zone", "") or settings.TIME_ZONE


@register.filter
def can_edit_comment(comment, user) -> bool:
    return permissions.can_edit_comment(user, comment)


@register.filter
def can_delete_comment(comment, user) -> bool:
    return permissions.can_delete_comment(user, comment)


@register.filter
def can_hide_comment(comment, user) -> bool:
    return permissions.can_hide_comment(user, comment)


@register.filter
def shows_comment_body(comment, user) -> bool:
    """A hidden comment is shown to its author, the lab's owner and moderators only."""
    if comment.hidden is None:
        return True
    return (
        getattr(user, "pk", None) == comment.author_id
        or permissions.is_owner(user, comment.lab)
        or permissions.is_moderator(user, comment.lab)
    )
