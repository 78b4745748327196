"""Who may do what with Ideation Labs, as predicates.

"Moderators" of a lab are platform staff and, for a lab in a network, that network's
admins. Seeing a lab at all is decided by `queries.visible_labs`; these predicates are
asked about a lab the viewer can already see."""

from creativetracks.core.permissions import is_partner_staff_or_staff, is_platform_staff
from creativetracks.networks import permissions as network_permissions

from .models import Collaboration, Comment, Lab, Poll


def _signed_in(user) -> bool:
    return getattr(user, "is_authenticated", False)


def can_take_part(user) -> bool:
    """Signed in with a confirmed address: may post, comment, join and vote."""
    return network_permissions.is_verified(user)


def can_create_lab(user) -> bool:
    return can_take_part(user)


def can_post_in_network(user, network) -> bool:
    """Only a network's members post labs scoped to it."""
    return network_permissions.is_verified(user) and network_permissions.is_member(user, network)


def is_owner(user, lab: Lab) -> bool:
    return _signed_in(user) and lab.owner_id == user.pk


def is_moderator(user, lab: Lab) -> bool:
    if is_platform_staff(user):
        return True
    return bool(lab.network_id) and network_permissions.role_of(user, lab.network) in (
        network_permissions.ADMIN_ROLES
    )


def can_edit_lab(user, lab: Lab) -> bool:
    return is_owner(user, lab) or is_moderator(user, lab)


def can_change_expiry(user, lab: Lab) -> bool:
    """The owner extends or closes a lab (moderators may close one too)."""
    return can_edit_lab(user, lab)


def can_feature(user) -> bool:
    return is_partner_staff_or_staff(user)


def status_of(user, lab: Lab) -> str | None:
    """The user's collaboration status in the lab, looked up once per lab instance."""
    if not _signed_in(user):
        return None
    statuses = lab.__dict__.setdefault("_collaboration", {})
    if user.pk not in statuses:
        statuses[user.pk] = (
            Collaboration.objects.filter(lab=lab, user=user)
            .values_list("status", flat=True)
            .first()
        )
    return statuses[user.pk]


def is_collaborator(user, lab: Lab) -> bool:
    return status_of(user, lab) == Collaboration.Status.ACCEPTED


def can_join(user, lab: Lab) -> bool:
    return (
        network_permissions.is_verified(user)
        and not is_owner(user, lab)
        and status_of(user, lab) is None
        and lab.is_open
    )


def can_answer_requests(user, lab: Lab) -> bool:
    return is_owner(user, lab)


def can_post_update(user, lab: Lab) -> bool:
    return is_owner(user, lab) or is_collaborator(user, lab)


def can_comment(user, lab: Lab) -> bool:
    return network_permissions.is_verified(user) and lab.is_open


def can_edit_comment(user, comment: Comment) -> bool:
    return _signed_in(user) and comment.author_id == user.pk and not comment.deleted


def can_delete_comment(user, comment: Comment) -> bool:
    return can_edit_comment(user, comment) or (
        not comment.deleted and is_moderator(user, comment.lab)
    )


def can_hide_comment(user, comment: Comment) -> bool:
    """The lab's owner and its moderators hide comments."""
    return not comment.deleted and (is_owner(user, comment.lab) or is_moderator(user, comment.lab))


def can_add_poll(user, lab: Lab) -> bool:
    return is_owner(user, lab) and lab.is_open


def can_vote(user, poll: Poll) -> bool:
    return network_permissions.is_verified(user) and not poll.is_closed


def can_see_results(user, poll: Poll, voted: bool) -> bool:
    """After voting (the lab's owner at any time) or after closing; only after closing,
    for everyone, if the owner chose so."""
    if poll.is_closed:
        return True
    return poll.results == Poll.Results.AFTER_VOTE and (voted or is_owner(user, poll.lab))
