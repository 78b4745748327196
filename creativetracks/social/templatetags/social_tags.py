from django import template

from creativetracks.social import queries
from creativetracks.social.models import Follow

register = template.Library()


@register.simple_tag(takes_context=True)
def relationship_with(context, profile):
    """Follow, connection and block state between the signed-in viewer and `profile`."""
    return queries.relationship(context["request"].user, profile)


@register.simple_tag(takes_context=True)
def feed_page(context, feed=None):
    """The feed page given, or the viewer's feed at `?page=` (None for visitors)."""
    if hasattr(feed, "object_list"):
        return feed
    request = context["request"]
    if not request.user.is_authenticated:
        return None
    return queries.feed_for(request.user, request.GET.get("page"))


@register.simple_tag(takes_context=True)
def is_following(context, organisation=None, network=None) -> bool:
    """Whether the viewer follows an organisation or a network (for the follow button)."""
    user = context["request"].user
    if not user.is_authenticated:
        return False
    if organisation is not None:
        return Follow.objects.filter(follower=user, followed_organisation=organisation).exists()
    return Follow.objects.filter(follower=user, followed_network=network).exists()
