"""Discussions: threads in networks and platform topics, replies, mentions and moderation."""

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from creativetracks.core import audit, taxonomy
from creativetracks.core.exceptions import DomainError, NotAllowed
from creativetracks.core.models import Withheld
from creativetracks.core.withholding import is_held, withheld_state
from creativetracks.notifications.services import notify
from creativetracks.profiles.models import Profile
from creativetracks.social.queries import blocked_user_ids

from .. import permissions
from ..mentions import handles_in
from ..models import Network, Reply, Thread, Topic
from ..queries import reply_url

MAX_REPLY_NOTIFICATIONS = 50


class ThreadLocked(DomainError):
    status = 409


def _notify_mentions(author, thread: Thread, url: str, text: str, before: str = "") -> None:
    """Tell each newly mentioned member, unless a block stands between them or they can't
    read the thread."""
    handles = [h for h in handles_in(text) if h not in set(handles_in(before))]
    if not handles:
        return
    blocked = blocked_user_ids(author)
    name = author.profile.display_name
    for profile in Profile.objects.filter(handle__in=handles).select_related("user"):
        user = profile.user
        if user.pk == author.pk or user.pk in blocked:
            continue
        if not permissions.can_read_thread(user, thread):
            continue
        notify(
            user,
            "mention",
            text=_("%(name)s mentioned you in “%(title)s”") % {"name": name, "title": thread.title},
            url=url,
            actor=author,
        )


@transaction.atomic
def start_thread(
    user,
    *,
    title: str,
    body: str,
    language: str = "",
    network: Network | None = None,
    topic: Topic | None = None,
) -> Thread:
    """Start a discussion in a network (members only) or a platform topic."""
    if (network is None) == (topic is None):
        raise DomainError(_("A discussion belongs to a network or a topic."))
    if network is not None and not permissions.can_post_in_network(user, network):
        raise NotAllowed(_("Only the network's members can start discussions in it."))
    if topic is not None and not permissions.can_post_in_topic(user):
        raise NotAllowed(_("Confirm your email address before taking part in discussions."))
    thread = Thread.objects.create(
        network=network,
        topic=topic,
        author=user,
        title=title.strip(),
        body=body,
        language=language or taxonomy.content_language_for(user),
    )
    if not is_held(thread):
        announce_thread(thread)
    return thread


def announce_thread(thread: Thread) -> None:
    """A thread everyone may see tells the members it mentions (a held one once released)."""
    _notify_mentions(thread.author, thread, thread.get_absolute_url(), thread.body)


@transaction.atomic
def post_reply(user, thread: Thread, body: str) -> Reply:
    if not permissions.can_reply(user, thread):
        raise NotAllowed(_("Only the network's members can reply here."))
    locked = Thread.objects.select_for_update().values_list("locked", flat=True).get(pk=thread.pk)
    if locked:
        raise ThreadLocked(_("This discussion is locked: it takes no new replies."))
    reply = Reply.objects.create(thread=thread, author=user, body=body)
    if not is_held(reply):
        announce_reply(reply)
    return reply


def announce_reply(reply: Reply) -> None:
    """What follows a reply everyone may see: the thread's count and activity, and the
    notifications. A held reply gets this when a moderator releases it."""
    user, thread = reply.author, reply.thread
    Thread.objects.filter(pk=thread.pk).update(
        reply_count=F("reply_count") + 1, last_activity=reply.created
    )
    url = reply_url(reply)
    _notify_mentions(user, thread, url, reply.body)
    _notify_participants(user, thread, url, mentioned=set(handles_in(reply.body)))


def thread_withholding_changed(object_id: int, previous: str | None, state: str | None) -> None:
    if previous == Withheld.State.HELD and state is None:
        thread = Thread.objects.select_related("author__profile").filter(pk=object_id).first()
        if thread is not None and thread.author is not None:
            announce_thread(thread)


def reply_withholding_changed(object_id: int, previous: str | None, state: str | None) -> None:
    """Counts follow what everyone sees; a released held reply is announced now."""
    reply = Reply.objects.select_related("thread", "author__profile").filter(pk=object_id).first()
    if reply is None:
        return
    if previous == Withheld.State.HELD and state is None:
        if reply.author is not None:
            announce_reply(reply)
    elif previous is None and state == Withheld.State.HIDDEN:
        Thread.objects.filter(pk=reply.thread_id, reply_count__gt=0).update(
            reply_count=F("reply_count") - 1
        )
    elif previous == Withheld.State.HIDDEN and state is None:
        Thread.objects.filter(pk=reply.thread_id).update(reply_count=F("reply_count") + 1)


def _notify_participants(user, thread: Thread, url: str, mentioned: set[str]) -> None:
    """The thread's author and earlier repliers hear of a new reply (mentions aside)."""
    blocked = blocked_user_ids(user)
    ids = set(
        Reply.objects.filter(thread=thread)
        .exclude(author=None)
        .values_list("author_id", flat=True)
        .distinct()[:MAX_REPLY_NOTIFICATIONS]
    )
    if thread.author_id:
        ids.add(thread.author_id)
    ids -= {user.pk} | blocked
    people = Profile.objects.filter(user_id__in=ids).select_related("user")
    name = user.profile.display_name
    for profile in people:
        if profile.handle in mentioned or not permissions.can_read_thread(profile.user, thread):
            continue
        notify(
            profile.user,
            "thread_reply",
            text=_("%(name)s replied in “%(title)s”") % {"name": name, "title": thread.title},
            url=url,
            actor=user,
        )


@transaction.atomic
def edit_thread(user, thread: Thread, *, title: str, body: str, language: str = "") -> Thread:
    if not permissions.can_edit_post(user, thread):
        raise NotAllowed(_("Only the author can edit a discussion."))
    before = Thread.objects.values_list("body", flat=True).get(pk=thread.pk)
    thread.title, thread.body, thread.edited = title.strip(), body, timezone.now()
    thread.language = language or thread.language
    thread.save(update_fields=["title", "body", "language", "edited"])
    _notify_mentions(user, thread, thread.get_absolute_url(), body, before=before)
    return thread


@transaction.atomic
def edit_reply(user, reply: Reply, body: str) -> Reply:
    if not permissions.can_edit_post(user, reply):
        raise NotAllowed(_("Only the author can edit a reply."))
    before = Reply.objects.values_list("body", flat=True).get(pk=reply.pk)
    reply.body, reply.edited = body, timezone.now()
    reply.save(update_fields=["body", "edited"])
    _notify_mentions(user, reply.thread, reply_url(reply), body, before=before)
    return reply


@transaction.atomic
def delete_thread(user, thread: Thread) -> None:
    if not permissions.can_delete_post(user, thread):
        raise NotAllowed(_("Only the author or the admins can delete a discussion."))
    audit.record_for_someone_else(user, thread.author_id, "thread.delete", thread)
    thread.delete()


@transaction.atomic
def delete_reply(user, reply: Reply) -> None:
    if not permissions.can_delete_post(user, reply):
        raise NotAllowed(_("Only the author or the admins can delete a reply."))
    audit.record_for_someone_else(user, reply.author_id, "reply.delete", reply)
    thread_id = reply.thread_id
    counted = withheld_state(reply) is None  # held or hidden replies are not counted
    reply.delete()
    if counted:
        Thread.objects.filter(pk=thread_id, reply_count__gt=0).update(
            reply_count=F("reply_count") - 1
        )


@transaction.atomic
def set_thread_flags(
    user, thread: Thread, *, pinned: bool | None = None, locked: bool | None = None
) -> Thread:
    """Pin a thread to the top of its list, or lock it against new replies."""
    if not permissions.can_moderate_thread(user, thread):
        raise NotAllowed(_("Only the admins can pin or lock discussions."))
    if pinned is not None:
        thread.pinned = pinned
        audit.record(user, "thread.pin" if pinned else "thread.unpin", target=thread)
    if locked is not None:
        thread.locked = locked
        audit.record(user, "thread.lock" if locked else "thread.unlock", target=thread)
    thread.save(update_fields=["pinned", "locked"])
    return thread
