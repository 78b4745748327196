"""Spam signals. Simple heuristics flag an account; while flagged, its new labs, lab
comments, discussion threads and replies, and messages are held for review (shown to
their author only; a held message reaches nobody's inbox, unread count or email).

- a new account (younger than NEW_ACCOUNT_DAYS) posting a link;
- the same text posted REPEAT_COUNT times within REPEAT_WINDOW by one member;
- CONNECTION_BURST connection requests within CONNECTION_WINDOW.

Receivers of `post_save` on the content models: the content apps know nothing of this."""

import re
from datetime import timedelta

from django.db.models import Model
from django.db.models.signals import post_save
from django.utils import timezone

from creativetracks.core.models import Withheld

from . import services
from .models import AccountFlag

NEW_ACCOUNT_DAYS = 3
REPEAT_COUNT = 3
REPEAT_WINDOW = timedelta(hours=1)
CONNECTION_BURST = 15
CONNECTION_WINDOW = timedelta(minutes=10)

LINK = re.compile(r"https?://|www\.|\[[^\]]*\]\([^)]*\)", re.IGNORECASE)


def is_flagged(user) -> bool:
    return AccountFlag.objects.filter(user=user, cleared__isnull=True).exists()


def has_link(text: str) -> bool:
    return bool(LINK.search(text or ""))


def is_new_account(user, now=None) -> bool:
    now = now or timezone.now()
    return user.date_joined > now - timedelta(days=NEW_ACCOUNT_DAYS)


def author_field(model) -> str:
    """Posts have an author; a message has a sender, a lab its owner."""
    return {"messaging.message": "sender", "labs.lab": "owner"}.get(
        model._meta.label_lower, "author"
    )


def text_of(post: Model) -> str:
    """What a new post says, as a moderator reads it (`targets`)."""
    from .targets import TYPES

    type_key = {"labs.lab": "lab", "networks.thread": "thread"}.get(post._meta.label_lower)
    return TYPES[type_key].text(post) if type_key else post.body


def repeats_text(model, user, body: str, now=None) -> bool:
    now = now or timezone.now()
    same = model._default_manager.filter(
        **{author_field(model): user}, body=body, created__gte=now - REPEAT_WINDOW
    )
    return same.count() >= REPEAT_COUNT


def signal_for_post(model, post: Model) -> str | None:
    """Which spam signal (if any) a new post raises."""
    author = getattr(post, author_field(model))
    if is_new_account(author) and has_link(text_of(post)):
        return AccountFlag.Signal.NEW_ACCOUNT_LINKS
    if hasattr(post, "body") and repeats_text(model, author, post.body):
        return AccountFlag.Signal.REPEATED_TEXT
    return None


def screen_post(sender, instance, created, raw=False, **kwargs) -> None:
    """On a new post: flag its author when it raises a signal; hold it when flagged."""
    if raw or not created or not text_of(instance).strip():
        return  # a message that only carries a file has nothing to read
    if sender._meta.label_lower == "messaging.message" and instance.kind != "text":
        return  # a system line ("left the conversation")
    author = getattr(instance, author_field(sender))
    if author is None or author.is_staff:
        return
    signal = signal_for_post(sender, instance)
    if signal is not None:
        services.flag_account(author, signal)
    if signal is not None or is_flagged(author):
        services.withhold(instance, Withheld.State.HELD, author)


def screen_connection(sender, instance, created, raw=False, **kwargs) -> None:
    if raw or not created:
        return
    since = timezone.now() - CONNECTION_WINDOW
    recent = sender._default_manager.filter(
        requested_by_id=instance.requested_by_id, created__gte=since
    ).count()
    if recent >= CONNECTION_BURST:
        services.flag_account(instance.requested_by, AccountFlag.Signal.CONNECTION_BURST)


def connect() -> None:
    from creativetracks.labs.models import Comment, Lab
    from creativetracks.messaging.models import Message
    from creativetracks.networks.models import Reply, Thread
    from creativetracks.social.models import Connection

    for model in (Comment, Reply, Thread, Message, Lab):
        post_save.connect(screen_post, sender=model, dispatch_uid=f"moderation-screen-{model}")
    post_save.connect(screen_connection, sender=Connection, dispatch_uid="moderation-connections")
