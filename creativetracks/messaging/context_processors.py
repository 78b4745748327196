from django.utils.functional import SimpleLazyObject

from .queries import unread_conversation_count


def messaging(request) -> dict:
    """`unread_messages`: the header's count of conversations with unread messages
    (counted only when a template shows it)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"unread_messages": SimpleLazyObject(lambda: unread_conversation_count(user))}
