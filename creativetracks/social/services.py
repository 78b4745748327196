"""Every change a member makes to the social graph (follows, connections, blocks), and
`record_activity`, which other apps call to put something in people's feeds."""

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from creativetracks.core.exceptions import DomainError, NotAllowed
from creativetracks.notifications.services import notify

from . import permissions, queries
from .activity import VERBS
from .models import Activity, Block, Connection, Follow


def _name(user) -> str:
    return user.profile.display_name


def _create_once(model, **fields):
    """The row with these fields, created unless it exists: a second click (or a
    concurrent one, stopped by the unique constraint) finds the first row."""
    existing = model.objects.filter(**fields).first()
    if existing:
        return existing, False
    try:
        with transaction.atomic():
            return model.objects.create(**fields), True
    except IntegrityError:
        return model.objects.get(**fields), False


@transaction.atomic
def follow_member(user, other) -> Follow:
    """Follow a person; they are told once, on the first follow."""
    if not permissions.can_follow_member(user, other.profile):
        raise NotAllowed(_("You can't follow this member."))
    follow, created = _create_once(Follow, follower=user, followed_user=other)
    if created:
        notify(
            other,
            "new_follower",
            text=_("%(name)s follows you") % {"name": _name(user)},
            url=user.profile.get_absolute_url(),
            actor=user,
        )
    return follow


@transaction.atomic
def unfollow_member(user, other) -> None:
    Follow.objects.filter(follower=user, followed_user=other).delete()


@transaction.atomic
def follow_organisation(user, organisation) -> Follow:
    if not permissions.can_follow(user):
        raise NotAllowed(_("Sign in to follow organisations."))
    return _create_once(Follow, follower=user, followed_organisation=organisation)[0]


@transaction.atomic
def unfollow_organisation(user, organisation) -> None:
    Follow.objects.filter(follower=user, followed_organisation=organisation).delete()


@transaction.atomic
def follow_network(user, network) -> Follow:
    if not permissions.can_follow(user):
        raise NotAllowed(_("Sign in to follow networks."))
    return _create_once(Follow, follower=user, followed_network=network)[0]


@transaction.atomic
def unfollow_network(user, network) -> None:
    Follow.objects.filter(follower=user, followed_network=network).delete()


@transaction.atomic
def request_connection(user, other, note: str = "") -> Connection:
    """Ask `other` to connect. A request they already sent you is accepted instead;
    a second request for the same pair is refused, also under concurrent clicks
    (the pair's unique constraint decides)."""
    if user.pk == other.pk:
        raise DomainError(_("You can't connect with yourself."))
    if not permissions.can_connect(user, other.profile):
        raise NotAllowed(_("You can't connect with this member."))
    low, high = queries.ordered_pair(user.pk, other.pk)
    existing = Connection.objects.filter(user_low_id=low, user_high_id=high).first()
    if existing is None:
        try:
            with transaction.atomic():
                connection = Connection.objects.create(
                    user_low_id=low, user_high_id=high, requested_by=user, note=note.strip()[:500]
                )
        except IntegrityError:
            existing = Connection.objects.get(user_low_id=low, user_high_id=high)
        else:
            notify(
                other,
                "connection_request",
                text=_("%(name)s wants to connect with you") % {"name": _name(user)},
                url=reverse("connection_list"),
                actor=user,
            )
            return connection
    if existing.status == Connection.Status.ACCEPTED:
        raise DomainError(_("You are already connected with %(name)s.") % {"name": _name(other)})
    if existing.requested_by_id == user.pk:
        raise DomainError(
            _("Your request to %(name)s is already waiting for an answer.") % {"name": _name(other)}
        )
    return accept_connection(user, existing)


def _locked(connection: Connection) -> Connection:
    locked = Connection.objects.select_for_update().filter(pk=connection.pk).first()
    if locked is None:
        raise DomainError(_("This request no longer exists."))
    return locked


def _is_party(user, connection: Connection) -> bool:
    return user.pk in (connection.user_low_id, connection.user_high_id)


@transaction.atomic
def accept_connection(user, connection: Connection) -> Connection:
    """The member who was asked accepts; the one who asked is told."""
    connection = _locked(connection)
    if not _is_party(user, connection) or connection.requested_by_id == user.pk:
        raise NotAllowed(_("Only the member who was asked can accept this request."))
    if connection.status != Connection.Status.PENDING:
        raise DomainError(_("You are already connected."))
    connection.status = Connection.Status.ACCEPTED
    connection.responded = timezone.now()
    connection.save(update_fields=["status", "responded"])
    notify(
        connection.requested_by,
        "connection_accepted",
        text=_("%(name)s accepted your request to connect") % {"name": _name(user)},
        url=user.profile.get_absolute_url(),
        actor=user,
    )
    return connection


@transaction.atomic
def decline_connection(user, connection: Connection) -> None:
    """Declining removes the request quietly: the member who asked is not told."""
    connection = _locked(connection)
    if not _is_party(user, connection) or connection.requested_by_id == user.pk:
        raise NotAllowed(_("Only the member who was asked can decline this request."))
    if connection.status != Connection.Status.PENDING:
        raise DomainError(_("This request was already answered."))
    connection.delete()


@transaction.atomic
def withdraw_connection(user, connection: Connection) -> None:
    connection = _locked(connection)
    if connection.requested_by_id != user.pk:
        raise NotAllowed(_("Only the member who asked can withdraw this request."))
    if connection.status != Connection.Status.PENDING:
        raise DomainError(_("This request was already accepted."))
    connection.delete()


@transaction.atomic
def remove_connection(user, connection: Connection) -> None:
    connection = _locked(connection)
    if not _is_party(user, connection):
        raise NotAllowed(_("This is not your connection."))
    connection.delete()


@transaction.atomic
def block_member(user, other) -> Block:
    """Block a member: from now on neither can message, connect with, follow or mention
    the other, nor see the other's activity. Connections and follows between them go."""
    if user.pk == other.pk:
        raise DomainError(_("You can't block yourself."))
    block = _create_once(Block, blocker=user, blocked=other)[0]
    low, high = queries.ordered_pair(user.pk, other.pk)
    Connection.objects.filter(user_low_id=low, user_high_id=high).delete()
    Follow.objects.filter(
        Q(follower=user, followed_user=other) | Q(follower=other, followed_user=user)
    ).delete()
    return block


@transaction.atomic
def unblock_member(user, block: Block) -> None:
    if block.blocker_id != user.pk:
        raise NotAllowed(_("This is not your block."))
    block.delete()


def record_activity(
    actor,
    verb: str,
    target=None,
    *,
    text: str = "",
    url: str = "",
    network=None,
    organisation=None,
    audience: str = Activity.Audience.FOLLOWERS,
    created=None,
) -> Activity:
    """Put what `actor` did into the feeds of those who may see it (see queries.feed_for).

    `verb` is a key of activity.VERBS; `text` and `url` default to the target's `str()`
    and `get_absolute_url()`. Call it inside the action's transaction, so a rolled-back
    action leaves no trace. Use audience NETWORK (with `network`) for content only the
    network's members may see, MEMBERS for news every member may see."""
    if verb not in VERBS:
        raise ValueError(f"Unknown activity verb {verb!r}: add it to social.activity.VERBS")
    if audience == Activity.Audience.NETWORK and network is None:
        raise ValueError("An activity for a network's members needs the network.")
    if target is not None:
        text = text or str(target)
        if not url and hasattr(target, "get_absolute_url"):
            url = target.get_absolute_url()
    return Activity.objects.create(
        actor=actor,
        verb=verb,
        target_type=ContentType.objects.get_for_model(target) if target is not None else None,
        target_id=target.pk if target is not None else None,
        text=text[:300],
        url=url[:500],
        network=network,
        organisation=organisation,
        audience=audience,
        created=created or timezone.now(),
    )


def forget_activity(target) -> int:
    """Remove a target's activities from every feed (when it is deleted or made private)."""
    deleted, _counts = Activity.objects.filter(
        target_type=ContentType.objects.get_for_model(target), target_id=target.pk
    ).delete()
    return deleted


def notify_mentions(author, text: str, *, url: str, where: str) -> list:
    """Tell the members `@mentioned` in `text` (only those a mention may reach, see
    queries.mentioned_members); returns them."""
    members = queries.mentioned_members(author, text)
    for member in members:
        notify(
            member,
            "mention",
            text=_("%(name)s mentioned you in %(where)s") % {"name": _name(author), "where": where},
            url=url,
            actor=author,
        )
    return members
