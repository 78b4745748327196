"""Who may do what with networks and discussions, as predicates.

A member's role in a network is looked up once per network instance and kept on it
(`role_of`), so a page asking many questions about one network costs one query."""

from allauth.account.models import EmailAddress

from .models import Network, NetworkMembership, Reply, Thread

ADMIN_ROLES = (NetworkMembership.Role.OWNER, NetworkMembership.Role.ADMIN)


def _signed_in(user) -> bool:
    return getattr(user, "is_authenticated", False)


def _staff(user) -> bool:
    return _signed_in(user) and user.is_staff


def is_verified(user) -> bool:
    """Signed in with a confirmed email address."""
    if not _signed_in(user):
        return False
    cached = getattr(user, "_networks_verified", None)
    if cached is None:
        cached = EmailAddress.objects.filter(user=user, verified=True).exists()
        user._networks_verified = cached
    return cached


def role_of(user, network: Network) -> str | None:
    """The user's role in the network ("owner", "admin", "member") or None."""
    if not _signed_in(user):
        return None
    roles = network.__dict__.setdefault("_roles", {})
    if user.pk not in roles:
        roles[user.pk] = (
            NetworkMembership.objects.filter(network=network, user=user)
            .values_list("role", flat=True)
            .first()
        )
    return roles[user.pk]


def is_member(user, network: Network) -> bool:
    return role_of(user, network) is not None


def is_owner(user, network: Network) -> bool:
    return role_of(user, network) == NetworkMembership.Role.OWNER


def can_create_network(user) -> bool:
    return is_verified(user)


def can_manage_network(user, network: Network) -> bool:
    """Owners and admins run the network; platform staff may step in."""
    return _staff(user) or role_of(user, network) in ADMIN_ROLES


def can_join(user, network: Network) -> bool:
    return (
        is_verified(user)
        and not is_member(user, network)
        and network.join_policy != Network.JoinPolicy.INVITATION
    )


def can_leave(user, network: Network) -> bool:
    return role_of(user, network) not in (None, NetworkMembership.Role.OWNER)


def can_transfer_ownership(user, network: Network) -> bool:
    """The owner hands over; staff may, for a network whose owner is gone."""
    return is_owner(user, network) or _staff(user)


def can_change_roles(user, network: Network) -> bool:
    return is_owner(user, network) or _staff(user)


def can_remove_member(user, network: Network, membership: NetworkMembership) -> bool:
    """Admins remove members; only the owner (or staff) removes admins; nobody removes the owner."""
    if membership.role == NetworkMembership.Role.OWNER:
        return False
    if membership.role == NetworkMembership.Role.ADMIN:
        return is_owner(user, network) or _staff(user)
    return can_manage_network(user, network)


# Discussions ----------------------------------------------------------------------


def can_read_network_threads(viewer, network: Network) -> bool:
    """Network members read their network's discussions; a public network's discussions
    are also readable by every signed-in member. Visitors never read discussions."""
    if not _signed_in(viewer):
        return False
    return network.is_public or is_member(viewer, network) or _staff(viewer)


def can_post_in_network(user, network: Network) -> bool:
    return is_verified(user) and is_member(user, network)


def can_read_topics(viewer) -> bool:
    return _signed_in(viewer)


def can_post_in_topic(user) -> bool:
    return is_verified(user)


def can_read_thread(viewer, thread: Thread) -> bool:
    if thread.network_id:
        return can_read_network_threads(viewer, thread.network)
    return can_read_topics(viewer)


def can_reply(user, thread: Thread) -> bool:
    """May take part (a locked thread then refuses the reply with its own message)."""
    if thread.network_id:
        return can_post_in_network(user, thread.network)
    return can_post_in_topic(user)


def can_moderate_thread(user, thread: Thread) -> bool:
    """Pin, lock and delete: the network's admins, or platform staff anywhere."""
    if _staff(user):
        return True
    return bool(thread.network_id) and role_of(user, thread.network) in ADMIN_ROLES


def can_edit_post(user, post: Thread | Reply) -> bool:
    return _signed_in(user) and post.author_id == user.pk


def can_delete_post(user, post: Thread | Reply) -> bool:
    thread = post if isinstance(post, Thread) else post.thread
    return can_edit_post(user, post) or can_moderate_thread(user, thread)
