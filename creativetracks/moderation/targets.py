"""What can be reported, and how moderation finds, shows and hides each kind.

Each type loads the object through its app's own visibility helper for the reporter
(nobody reports what they can't see) and knows its author, its network (for network
admins' queues), an excerpt for the queue and whether it can be hidden."""

from collections.abc import Callable
from dataclasses import dataclass

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import models
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class TargetType:
    label: str
    load: Callable  # (viewer, id) -> object | None, as that viewer may see it
    author: Callable  # object -> user | None
    network: Callable  # object -> network | None
    text: Callable  # object -> str (what the moderator reads)
    url: Callable  # object -> str
    model: str  # "app_label.Model", to load for moderators whatever its visibility
    related: tuple[str, ...] = ()
    hideable: bool = True


def _member(viewer, pk):
    return get_user_model().objects.select_related("profile").filter(pk=pk, is_active=True).first()


def _profile(viewer, pk):
    from creativetracks.profiles import permissions
    from creativetracks.profiles.models import Profile

    profile = Profile.objects.select_related("user").filter(pk=pk).first()
    if profile is None or not permissions.can_view_profile(viewer, profile):
        return None
    return profile


def _lab(viewer, pk):
    from creativetracks.labs.queries import lab_for_page

    return lab_for_page(viewer, pk)


def _comment(viewer, pk):
    from creativetracks.labs.queries import visible_comments, visible_labs

    return (
        visible_comments(viewer)
        .select_related("lab__network", "author")
        .filter(pk=pk, deleted=False, lab__in=visible_labs(viewer))
        .first()
    )


def _thread(viewer, pk):
    from creativetracks.networks.permissions import can_read_thread
    from creativetracks.networks.queries import thread_for_page

    thread = thread_for_page(pk)
    if thread is None or not can_read_thread(viewer, thread):
        return None
    from creativetracks.core.withholding import is_withheld_from

    return None if is_withheld_from(viewer, thread) else thread


def _reply(viewer, pk):
    from creativetracks.networks.models import Reply
    from creativetracks.networks.permissions import can_read_thread

    reply = Reply.objects.select_related("thread__network", "author").filter(pk=pk).first()
    if reply is None or not can_read_thread(viewer, reply.thread):
        return None
    from creativetracks.core.withholding import is_withheld_from

    return None if is_withheld_from(viewer, reply) else reply


def _message(viewer, pk):
    from creativetracks.core.withholding import without_withheld
    from creativetracks.messaging.models import Message

    # Only a participant of the conversation may report one of its messages.
    return (
        without_withheld(Message.objects.all(), viewer)
        .select_related("sender", "conversation")
        .filter(pk=pk, kind=Message.Kind.TEXT, conversation__participants__user=viewer)
        .first()
    )


def _event(viewer, pk):
    from creativetracks.events.queries import visible_events

    return visible_events(viewer, with_link=True).select_related("network").filter(pk=pk).first()


def _opportunity(viewer, pk):
    from creativetracks.opportunities.queries import visible_opportunities

    return visible_opportunities(viewer).filter(pk=pk).first()


def _name(user) -> str:
    profile = getattr(user, "profile", None)
    return getattr(profile, "display_name", "") or user.email


TYPES: dict[str, TargetType] = {
    "member": TargetType(
        _("Member"),
        _member,
        author=lambda user: user,
        network=lambda user: None,
        text=lambda user: _name(user),
        url=lambda user: user.profile.get_absolute_url() if hasattr(user, "profile") else "",
        model="accounts.User",
        related=("profile",),
        hideable=False,
    ),
    "profile": TargetType(
        _("Profile"),
        _profile,
        author=lambda profile: profile.user,
        network=lambda profile: None,
        text=lambda profile: f"{profile.display_name}\n\n{profile.headline}\n\n{profile.bio}",
        url=lambda profile: profile.get_absolute_url(),
        model="profiles.Profile",
        related=("user",),
    ),
    "lab": TargetType(
        _("Lab"),
        _lab,
        author=lambda lab: lab.owner,
        network=lambda lab: lab.network,
        text=lambda lab: f"{lab.title}\n\n{lab.summary}\n\n{lab.description}",
        url=lambda lab: lab.get_absolute_url(),
        model="labs.Lab",
        related=("owner__profile", "network"),
    ),
    "comment": TargetType(
        _("Lab comment"),
        _comment,
        author=lambda comment: comment.author,
        network=lambda comment: comment.lab.network,
        text=lambda comment: comment.body,
        url=lambda comment: comment.get_absolute_url(),
        model="labs.Comment",
        related=("lab__network", "author__profile"),
    ),
    "thread": TargetType(
        _("Discussion"),
        _thread,
        author=lambda thread: thread.author,
        network=lambda thread: thread.network,
        text=lambda thread: f"{thread.title}\n\n{thread.body}",
        url=lambda thread: thread.get_absolute_url(),
        model="networks.Thread",
        related=("network", "author__profile"),
    ),
    "reply": TargetType(
        _("Discussion reply"),
        _reply,
        author=lambda reply: reply.author,
        network=lambda reply: reply.thread.network,
        text=lambda reply: reply.body,
        url=lambda reply: reply.get_absolute_url(),
        model="networks.Reply",
        related=("thread__network", "author__profile"),
    ),
    "message": TargetType(
        _("Private message"),
        _message,
        author=lambda message: message.sender,
        network=lambda message: None,
        text=lambda message: message.body,
        url=lambda message: message.conversation.get_absolute_url(),
        model="messaging.Message",
        related=("sender__profile", "conversation"),
    ),
    "event": TargetType(
        _("Event"),
        _event,
        author=lambda event: event.created_by,
        network=lambda event: event.network,
        text=lambda event: f"{event.title}\n\n{event.description}",
        url=lambda event: event.get_absolute_url(),
        model="events.Event",
        related=("network", "created_by__profile"),
    ),
    "opportunity": TargetType(
        _("Opportunity"),
        _opportunity,
        author=lambda opportunity: opportunity.created_by,
        network=lambda opportunity: None,
        text=lambda opportunity: f"{opportunity.title}\n\n{opportunity.description}",
        url=lambda opportunity: opportunity.get_absolute_url(),
        model="opportunities.Opportunity",
        related=("created_by__profile",),
    ),
}
TYPE_CHOICES = [(key, target.label) for key, target in TYPES.items()]


def load(type_key: str, viewer, pk) -> models.Model | None:
    target = TYPES.get(type_key)
    if target is None:
        return None
    try:
        pk = int(pk)
    except (TypeError, ValueError):
        return None
    return target.load(viewer, pk)


def load_for_moderator(type_key: str, pk: int) -> models.Model | None:
    """The reported object as moderators see it: whatever its visibility, hidden included."""
    target = TYPES.get(type_key)
    if target is None:
        return None
    model = apps.get_model(target.model)
    return model._default_manager.select_related(*target.related).filter(pk=pk).first()
