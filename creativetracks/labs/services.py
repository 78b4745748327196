"""Every change a member makes to Ideation Labs, one verb each."""

from datetime import date

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from creativetracks.core import audit, search
from creativetracks.core.exceptions import DomainError, NotAllowed
from creativetracks.core.images import process_image, store_images
from creativetracks.core.models import Withheld
from creativetracks.core.text import fold
from creativetracks.core.withholding import is_held, withheld_state
from creativetracks.networks.mentions import handles_in
from creativetracks.notifications.services import notify
from creativetracks.social.models import Activity
from creativetracks.social.queries import blocked_user_ids, mentioned_members
from creativetracks.social.services import forget_activity, notify_mentions, record_activity

from . import permissions, queries
from .models import (
    Ballot,
    BallotChoice,
    Collaboration,
    Comment,
    Lab,
    LabFacet,
    LabUpdate,
    Poll,
    PollOption,
)

LAB_FIELDS = (
    "kind",
    "title",
    "summary",
    "description",
    "link",
    "sectors",
    "skills",
    "countries",
    "language",
    "network",
    "visibility",
)


class AlreadyVoted(DomainError):
    status = 409


class LabExpired(DomainError):
    status = 409


def _name(user) -> str:
    return user.profile.display_name


# Labs -------------------------------------------------------------------------------


def facet_rows(lab: Lab) -> list[LabFacet]:
    values = {("sector", s) for s in lab.sectors} | {("country", c) for c in lab.countries}
    values |= {("skill", fold(s)[:60]) for s in lab.skills if fold(s).strip()}
    return [LabFacet(lab=lab, facet=f, value=v) for f, v in sorted(values)]


def index_lab(lab: Lab) -> None:
    """Keep the lab's search document in step (visibility is applied on reading)."""
    search.index_document(
        queries.SEARCH_KIND,
        lab.pk,
        visibility=lab.visibility,
        title=lab.title,
        body=[
            lab.summary,
            lab.description,
            " ".join(lab.skills),
            str(lab.get_kind_display()),
            lab.network.name if lab.network_id else "",
        ],
        created=lab.created,
        facets={
            "kind": [lab.kind],
            "sector": lab.sectors,
            "country": lab.countries,
            "language": [lab.language],
        },
    )


def _record_posting(lab: Lab) -> None:
    """Put the lab in its audience's feeds (network-only labs reach that network only)."""
    forget_activity(lab)
    if not lab.is_open:
        return
    record_activity(
        lab.owner,
        "posted_lab",
        lab,
        network=lab.network,
        audience=(
            Activity.Audience.NETWORK
            if lab.visibility == Lab.Visibility.NETWORK
            else Activity.Audience.FOLLOWERS
        ),
        created=lab.created,
    )


def _check_scope(user, data: dict) -> None:
    network = data.get("network")
    if data.get("visibility") == Lab.Visibility.NETWORK and network is None:
        raise DomainError(_("Choose the network whose members may see this lab."))
    if network is not None and not permissions.can_post_in_network(user, network):
        raise NotAllowed(_("Only the network's members post labs in it."))


def _save_lab(lab: Lab, data: dict, cover) -> Lab:
    processed = process_image(cover, name="cover", square_thumbnail=False) if cover else None
    for name in LAB_FIELDS:
        if name in data:
            setattr(lab, name, data[name])
    if "expires_on" in data:
        day = data["expires_on"]
        lab.expires = queries.end_of_day(day, lab.time_zone) if day else None
    lab.save()
    if processed:
        store_images(lab, {"cover": processed.full, "cover_thumbnail": processed.thumbnail})
        lab.save(update_fields=["cover", "cover_thumbnail"])
    LabFacet.objects.filter(lab=lab).delete()
    LabFacet.objects.bulk_create(facet_rows(lab))
    index_lab(lab)
    return lab


@transaction.atomic
def create_lab(user, data: dict, cover=None) -> Lab:
    """A verified member posts a lab; its expiry date is a day in their time zone."""
    if not permissions.can_create_lab(user):
        raise NotAllowed(_("Confirm your email address before posting a lab."))
    _check_scope(user, data)
    lab = _save_lab(Lab(owner=user, time_zone=user.time_zone or "UTC"), data, cover)
    _record_posting(lab)
    _mention(user, lab, lab.description, lab.get_absolute_url())
    return lab


@transaction.atomic
def update_lab(user, lab: Lab, data: dict, cover=None) -> Lab:
    if not permissions.can_edit_lab(user, lab):
        raise NotAllowed(_("Only the lab's owner and moderators can change it."))
    # The form may have set the new values on `lab` already: compare with the database.
    before = Lab.objects.values_list("network_id", flat=True).get(pk=lab.pk)
    network = data.get("network", lab.network)
    if network is not None and network.pk != before:
        _check_scope(user, data)
    elif data.get("visibility") == Lab.Visibility.NETWORK and network is None:
        raise DomainError(_("Choose the network whose members may see this lab."))
    description_before = Lab.objects.values_list("description", flat=True).get(pk=lab.pk)
    lab.edited = timezone.now()
    lab = _save_lab(lab, data, cover)
    _record_posting(lab)
    audit.record_for_someone_else(user, lab.owner_id, "lab.edit", lab)
    if permissions.is_owner(user, lab):
        _mention(user, lab, lab.description, lab.get_absolute_url(), before=description_before)
    return lab


@transaction.atomic
def extend_lab(user, lab: Lab, until: date) -> Lab:
    """Give the lab a new last day (in its own time zone) and reopen it if it was closed."""
    if not permissions.can_change_expiry(user, lab):
        raise NotAllowed(_("Only the lab's owner can extend it."))
    if until < queries.today_in(lab.time_zone):
        raise DomainError(_("Choose today or a later day."))
    lab.expires = queries.end_of_day(until, lab.time_zone)
    lab.closed = None
    lab.save(update_fields=["expires", "closed"])
    _record_posting(lab)
    return lab


@transaction.atomic
def close_lab(user, lab: Lab) -> Lab:
    """Close a lab now: it leaves the listings and the feed and takes no more input."""
    if not permissions.can_change_expiry(user, lab):
        raise NotAllowed(_("Only the lab's owner can close it."))
    if lab.closed is None:
        lab.closed = timezone.now()
        lab.save(update_fields=["closed"])
    forget_activity(lab)
    return lab


@transaction.atomic
def delete_lab(user, lab: Lab) -> None:
    """The owner or a moderator deletes a lab for good (signals tidy search and feeds)."""
    if not permissions.can_edit_lab(user, lab):
        raise NotAllowed(_("Only the lab's owner and moderators can delete it."))
    audit.record_for_someone_else(user, lab.owner_id, "lab.delete", lab)
    lab.delete()


def forget_expired_labs() -> int:
    """Take expired and closed labs out of the activity feed (idempotent)."""
    expired = queries.expired_labs(Lab.objects.all()).values("pk")
    deleted, _counts = Activity.objects.filter(
        target_type=ContentType.objects.get_for_model(Lab), target_id__in=expired
    ).delete()
    return deleted


@transaction.atomic
def feature_lab(user, lab: Lab, featured: bool = True) -> Lab:
    """Staff and partner staff feature a lab on the home page (or take it off)."""
    if not permissions.can_feature(user):
        raise NotAllowed(_("Only the platform team and partner staff feature labs."))
    if featured and lab.visibility == Lab.Visibility.NETWORK:
        raise DomainError(_("A lab only a network's members can see can't be featured."))
    if featured and not lab.is_open:
        raise DomainError(_("This lab is closed or expired: extend it before featuring it."))
    if featured == (lab.featured is not None):
        return lab
    lab.featured = timezone.now() if featured else None
    lab.featured_by = user if featured else None
    lab.save(update_fields=["featured", "featured_by"])
    audit.record(user, "lab.feature" if featured else "lab.unfeature", target=lab)
    if featured:
        notify(
            lab.owner,
            "lab_featured",
            text=_("Your lab “%(title)s” is featured on the home page") % {"title": lab.title},
            url=lab.get_absolute_url(),
            actor=user,
        )
    return lab


# Comments -----------------------------------------------------------------------------


def _mention(author, lab: Lab, text: str, url: str, before: str = "") -> set[str]:
    """Tell newly mentioned members who may see the lab; returns their handles."""
    previous = set(handles_in(before))
    handles = [h for h in handles_in(text) if h not in previous]
    if not handles:
        return set()
    reachable = [
        member
        for member in mentioned_members(author, " ".join(f"@{h}" for h in handles))
        if queries.can_see_lab(member, lab)
    ]
    if reachable:
        allowed = " ".join(f"@{member.profile.handle}" for member in reachable)
        notify_mentions(author, allowed, url=url, where=f"“{lab.title}”")
    return {member.profile.handle for member in reachable}


def _refuse_if_expired(lab: Lab) -> None:
    if not lab.is_open:
        raise LabExpired(_("This lab is closed: it takes no new comments, members or votes."))


@transaction.atomic
def post_comment(user, lab: Lab, body: str, parent: Comment | None = None) -> Comment:
    """Comment on a lab or reply to a comment (replies to replies join the same thread)."""
    if not permissions.can_comment(user, lab):
        _refuse_if_expired(lab)
        raise NotAllowed(_("Confirm your email address before commenting."))
    if parent is not None:
        if parent.lab_id != lab.pk:
            raise DomainError(_("This reply belongs to another lab."))
        if parent.parent_id:
            parent = parent.parent
    comment = Comment.objects.create(lab=lab, parent=parent, author=user, body=body)
    comment.lab = lab
    if not is_held(comment):
        announce_comment(comment)
    return comment


def announce_comment(comment: Comment) -> None:
    """What follows a comment everyone may see: the lab's count and activity, and the
    notifications. A held comment gets this when a moderator releases it."""
    lab, user, parent = comment.lab, comment.author, comment.parent
    Lab.objects.filter(pk=lab.pk).update(
        comment_count=F("comment_count") + 1, last_activity=comment.created
    )
    url = queries.comment_url(comment)
    mentioned = _mention(user, lab, comment.body, url)
    recipients = {lab.owner_id}
    if parent is not None and parent.author_id:
        recipients.add(parent.author_id)
    recipients -= {user.pk} | blocked_user_ids(user)
    people = get_user_model().objects.filter(pk__in=recipients).select_related("profile")
    for person in people:
        if person.profile.handle in mentioned:
            continue
        text = (
            _("%(name)s replied to a comment in “%(title)s”")
            if parent is not None and person.pk == parent.author_id
            else _("%(name)s commented on “%(title)s”")
        )
        notify(
            person,
            "lab_comment",
            text=text % {"name": _name(user), "title": lab.title},
            url=url,
            actor=user,
        )


def lab_withholding_changed(object_id: int, previous: str | None, state: str | None) -> None:
    """A held lab (its owner's account flagged for spam) approved: the members its
    description mentions hear of it now; while held, nobody else could see it."""
    if not (previous == Withheld.State.HELD and state is None):
        return
    lab = Lab.objects.select_related("owner__profile").filter(pk=object_id).first()
    if lab is not None:
        _mention(lab.owner, lab, lab.description, lab.get_absolute_url())


def comment_withholding_changed(object_id: int, previous: str | None, state: str | None) -> None:
    """Moderation held, released, hid or restored a comment: counts follow what everyone
    sees, and a released held comment is announced now."""
    comment = (
        Comment.objects.select_related("lab", "author__profile", "parent")
        .filter(pk=object_id)
        .first()
    )
    if comment is None or comment.deleted:
        return
    if previous == Withheld.State.HELD and state is None:
        if comment.author is not None:
            announce_comment(comment)
    elif previous is None and state == Withheld.State.HIDDEN:
        Lab.objects.filter(pk=comment.lab_id, comment_count__gt=0).update(
            comment_count=F("comment_count") - 1
        )
    elif previous == Withheld.State.HIDDEN and state is None:
        Lab.objects.filter(pk=comment.lab_id).update(comment_count=F("comment_count") + 1)


@transaction.atomic
def edit_comment(user, comment: Comment, body: str) -> Comment:
    if not permissions.can_edit_comment(user, comment):
        raise NotAllowed(_("Only the author can edit a comment."))
    before = Comment.objects.values_list("body", flat=True).get(pk=comment.pk)
    comment.body, comment.edited = body, timezone.now()
    comment.save(update_fields=["body", "edited"])
    _mention(user, comment.lab, body, queries.comment_url(comment), before=before)
    return comment


@transaction.atomic
def delete_comment(user, comment: Comment) -> None:
    """Authors and moderators delete; a comment with replies stays as a placeholder."""
    if not permissions.can_delete_comment(user, comment):
        raise NotAllowed(_("Only the author or a moderator can delete a comment."))
    audit.record_for_someone_else(user, comment.author_id, "comment.delete", comment)
    if comment.parent_id is None and comment.replies.exists():
        comment.deleted, comment.body = True, ""
        comment.save(update_fields=["deleted", "body"])
    else:
        counted = withheld_state(comment) is None  # held or hidden ones are not counted
        comment.delete()
        if not counted:
            return
    Lab.objects.filter(pk=comment.lab_id, comment_count__gt=0).update(
        comment_count=F("comment_count") - 1
    )


@transaction.atomic
def hide_comment(user, comment: Comment, hidden: bool = True) -> Comment:
    """The lab's owner or a moderator hides a comment from everyone but its author."""
    if not permissions.can_hide_comment(user, comment):
        raise NotAllowed(_("Only the lab's owner and moderators can hide comments."))
    comment.hidden = timezone.now() if hidden else None
    comment.hidden_by = user if hidden else None
    comment.save(update_fields=["hidden", "hidden_by"])
    action = "comment.hide" if hidden else "comment.unhide"
    audit.record_for_someone_else(user, comment.author_id, action, comment)
    return comment


# Joining ------------------------------------------------------------------------------


@transaction.atomic
def ask_to_join(user, lab: Lab, note: str = "") -> Collaboration:
    """A member asks to join a lab with a note; the owner is told."""
    _refuse_if_expired(lab)
    if permissions.is_owner(user, lab):
        raise DomainError(_("You run this lab."))
    if not permissions.can_create_lab(user):
        raise NotAllowed(_("Confirm your email address before joining a lab."))
    existing = Collaboration.objects.filter(lab=lab, user=user).first()
    if existing is not None:
        raise DomainError(
            {
                Collaboration.Status.PENDING: _("Your request is already waiting for an answer."),
                Collaboration.Status.ACCEPTED: _("You already collaborate on this lab."),
                Collaboration.Status.DECLINED: _("The owner declined your request to join."),
            }[existing.status]
        )
    try:
        with transaction.atomic():
            collaboration = Collaboration.objects.create(lab=lab, user=user, note=note.strip())
    except IntegrityError:
        raise DomainError(_("Your request is already waiting for an answer.")) from None
    Lab.objects.filter(pk=lab.pk).update(last_activity=collaboration.created)
    notify(
        lab.owner,
        "lab_join_request",
        text=_("%(name)s asks to join “%(title)s”") % {"name": _name(user), "title": lab.title},
        url=f"{lab.get_absolute_url()}#requests",
        actor=user,
    )
    lab.__dict__.pop("_collaboration", None)
    return collaboration


@transaction.atomic
def decide_request(
    user, collaboration: Collaboration, *, accept: bool, response: str = ""
) -> Collaboration:
    """The owner accepts or declines a request; the member hears the answer."""
    lab = collaboration.lab
    if not permissions.can_answer_requests(user, lab):
        raise NotAllowed(_("Only the lab's owner answers requests to join."))
    collaboration = Collaboration.objects.select_for_update().get(pk=collaboration.pk)
    if collaboration.status != Collaboration.Status.PENDING:
        raise DomainError(_("This request was already answered."))
    collaboration.status = (
        Collaboration.Status.ACCEPTED if accept else Collaboration.Status.DECLINED
    )
    collaboration.decided = timezone.now()
    collaboration.response = response.strip()
    collaboration.save(update_fields=["status", "decided", "response"])
    if accept:
        Lab.objects.filter(pk=lab.pk).update(collaborator_count=F("collaborator_count") + 1)
    text = (
        _("You are now a collaborator on “%(title)s”")
        if accept
        else _("Your request to join “%(title)s” was declined")
    ) % {"title": lab.title}
    if collaboration.response:
        text = f"{text}: “{collaboration.response}”"
    notify(
        collaboration.user,
        "lab_join_decision",
        text=text,
        url=lab.get_absolute_url(),
        actor=user,
    )
    return collaboration


@transaction.atomic
def leave_lab(user, lab: Lab) -> None:
    """A member withdraws their request, or a collaborator leaves the lab."""
    collaboration = (
        Collaboration.objects.select_for_update()
        .filter(
            lab=lab,
            user=user,
            status__in=[Collaboration.Status.PENDING, Collaboration.Status.ACCEPTED],
        )
        .first()
    )
    if collaboration is None:
        raise DomainError(_("You neither collaborate on this lab nor asked to join it."))
    if collaboration.status == Collaboration.Status.ACCEPTED:
        Lab.objects.filter(pk=lab.pk, collaborator_count__gt=0).update(
            collaborator_count=F("collaborator_count") - 1
        )
    collaboration.delete()
    lab.__dict__.pop("_collaboration", None)


@transaction.atomic
def post_update(user, lab: Lab, body: str) -> LabUpdate:
    """The owner or a collaborator posts news; everyone working on the lab hears of it."""
    if not permissions.can_post_update(user, lab):
        raise NotAllowed(_("Only the lab's owner and collaborators post updates."))
    update = LabUpdate.objects.create(lab=lab, author=user, body=body)
    Lab.objects.filter(pk=lab.pk).update(last_activity=update.created)
    team = set(
        Collaboration.objects.filter(lab=lab, status=Collaboration.Status.ACCEPTED).values_list(
            "user_id", flat=True
        )
    ) | {lab.owner_id}
    team -= {user.pk}
    for person in get_user_model().objects.filter(pk__in=team):
        notify(
            person,
            "lab_update",
            text=_("%(name)s posted an update in “%(title)s”")
            % {"name": _name(user), "title": lab.title},
            url=f"{lab.get_absolute_url()}#update-{update.pk}",
            actor=user,
        )
    return update


# Polls --------------------------------------------------------------------------------


@transaction.atomic
def add_poll(
    user,
    lab: Lab,
    *,
    question: str,
    options: list[str],
    multiple: bool = False,
    closes_on: date | None = None,
    results: str = Poll.Results.AFTER_VOTE,
) -> Poll:
    """The owner adds a poll; its closing date is a day in the lab's time zone."""
    if not permissions.can_add_poll(user, lab):
        _refuse_if_expired(lab)
        raise NotAllowed(_("Only the lab's owner adds polls."))
    labels = [label.strip() for label in options if label.strip()]
    if len(labels) < 2:
        raise DomainError(_("A poll needs at least two answers."))
    if closes_on is not None and closes_on < queries.today_in(lab.time_zone):
        raise DomainError(_("Choose today or a later day for the poll to close."))
    poll = Poll.objects.create(
        lab=lab,
        question=question.strip(),
        multiple=multiple,
        closes=queries.end_of_day(closes_on, lab.time_zone) if closes_on else None,
        results=results,
    )
    PollOption.objects.bulk_create(
        PollOption(poll=poll, label=label, position=i) for i, label in enumerate(labels)
    )
    return poll


@transaction.atomic
def vote(user, poll: Poll, option_ids: list[int]) -> Ballot:
    """Cast a member's one vote: the database refuses a second one, even at the same time."""
    if poll.is_closed:
        raise LabExpired(_("This poll is closed."))
    if not permissions.can_vote(user, poll):
        raise NotAllowed(_("Confirm your email address before voting."))
    chosen = list(PollOption.objects.filter(poll=poll, pk__in=option_ids))
    if not chosen:
        raise DomainError(_("Choose an answer."))
    if len(chosen) > 1 and not poll.multiple:
        raise DomainError(_("Choose one answer only."))
    try:
        with transaction.atomic():
            ballot = Ballot.objects.create(poll=poll, voter=user)
    except IntegrityError:
        raise AlreadyVoted(_("You have already voted in this poll.")) from None
    BallotChoice.objects.bulk_create(BallotChoice(ballot=ballot, option=o) for o in chosen)
    Poll.objects.filter(pk=poll.pk).update(voter_count=F("voter_count") + 1)
    Lab.objects.filter(pk=poll.lab_id).update(last_activity=ballot.created)
    return ballot
