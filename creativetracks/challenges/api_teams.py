"""An entry's team and files in the API, on the challenges router: the lead invites
members (by email or handle) and attaches files until the deadline; an invitee answers;
the lead removes a member or a member leaves. The entry page's forms and services,
with the same rate limits (`invitation` for invitations, `post` for files)."""

from django.core.exceptions import ValidationError
from django.http import Http404
from ninja import File, Schema, Status
from ninja.files import UploadedFile

from creativetracks.api.auth import writer_of
from creativetracks.api.common import PersonName, cleaned, person_name
from creativetracks.api.errors import ApiError, responses
from creativetracks.api.limits import limit_action

from . import queries, services
from .api import router
from .api_entries import _lead_only, _my_entry
from .forms import FileForm, TeamInviteForm
from .models import SubmissionFile, TeamMember


class TeamMemberOut(Schema):
    id: int
    member: PersonName
    status: str  # invited, accepted, declined
    entry: int
    challenge: str  # its slug


def team_member_out(viewer, member: TeamMember) -> TeamMemberOut:
    return TeamMemberOut(
        id=member.pk,
        member=person_name(viewer, member.user),
        status=member.status,
        entry=member.submission_id,
        challenge=member.submission.challenge.slug,
    )


@router.get(
    "/{slug}/entry/team",
    response=responses({200: list[TeamMemberOut]}),
    url_name="api_challenge_entry_team",
)
def list_team(request, slug: str):
    """My entry's team (its lead's view): who was invited and who answered. A team has
    at most the challenge's `max_team_size`, so the list is whole."""
    user, _challenge, entry = _my_entry(request, slug, write=False)
    members = entry.team.select_related("user__profile").order_by("pk")
    for member in members:
        member.submission = entry
    return [team_member_out(user, m) for m in members]


class InviteIn(Schema):
    who: str  # a member's email address or handle


@router.post(
    "/{slug}/entry/team",
    response=responses({201: TeamMemberOut}),
    url_name="api_challenge_entry_team",
)
def invite_to_team(request, slug: str, payload: InviteIn):
    """Invite a member to my entry's team (the lead, until the deadline); they answer
    from their entries page or `POST /challenges/team/{id}/answer`."""
    user, _challenge, entry = _my_entry(request, slug)
    _lead_only(user, entry)
    limit_action(request, "invitation")
    fields = cleaned(TeamInviteForm(payload.dict()))
    invitee = queries.member_by(fields["who"])
    if invitee is None:
        raise ApiError(422, fields={"who": ["No member has this email address or handle."]})
    member = services.invite_team_member(user, entry, invitee)
    member.submission = entry
    return Status(201, team_member_out(user, member))


def _team_member(member_id: int) -> TeamMember:
    member = (
        TeamMember.objects.select_related("submission__challenge", "user__profile")
        .filter(pk=member_id)
        .first()
    )
    if member is None:
        raise Http404
    return member


class AnswerIn(Schema):
    accept: bool


@router.post(
    "/team/{int:member_id}/answer",
    response=responses({200: TeamMemberOut}),
    url_name="api_challenge_team_answer",
)
def answer(request, member_id: int, payload: AnswerIn):
    """Accept or decline an invitation to a team (the invitee; 404 for anyone else)."""
    user = writer_of(request)
    member = _team_member(member_id)
    if member.user_id != user.pk:
        raise Http404
    member = services.answer_team_invitation(user, member, payload.accept)
    return team_member_out(user, _team_member(member.pk))


@router.delete(
    "/team/{int:member_id}",
    response=responses({204: None}),
    url_name="api_challenge_team_member",
)
def remove_from_team(request, member_id: int):
    """The lead removes a member, or a member leaves, until the deadline (404 for others)."""
    user = writer_of(request)
    member = _team_member(member_id)
    if user.pk not in (member.user_id, member.submission.lead_id):
        raise Http404
    services.remove_team_member(user, member)
    return Status(204, None)


# Files -----------------------------------------------------------------------------------


class EntryFileOut(Schema):
    id: int
    name: str
    kind: str  # pdf or image
    content_type: str
    size: int
    uploaded: str
    url: str  # the entry page's download, for its applicants, organisers and jurors


def entry_file_out(attachment: SubmissionFile, entry) -> EntryFileOut:
    return EntryFileOut(
        id=attachment.pk,
        name=attachment.original_name,
        kind=attachment.kind,
        content_type=attachment.content_type,
        size=attachment.size,
        uploaded=attachment.uploaded.isoformat(),
        url=f"{entry.get_absolute_url()}files/{attachment.pk}/",
    )


@router.get(
    "/{slug}/entry/files",
    response=responses({200: list[EntryFileOut]}),
    url_name="api_challenge_entry_files",
)
def list_files(request, slug: str):
    """My entry's files (at most the entry's limit, so the list is whole)."""
    _user, _challenge, entry = _my_entry(request, slug, write=False)
    return [entry_file_out(f, entry) for f in entry.files.order_by("pk")]


@router.post(
    "/{slug}/entry/files",
    response=responses({201: EntryFileOut}),
    url_name="api_challenge_entry_files",
)
def attach(request, slug: str, file: File[UploadedFile]):
    """Attach a file to my entry (multipart/form-data, field `file`: a PDF or an image,
    checked by its content as on the entry page; the lead, until the deadline)."""
    user, _challenge, entry = _my_entry(request, slug)
    _lead_only(user, entry)
    limit_action(request, "post")
    upload = cleaned(FileForm(files={"file": file}))["file"]
    try:
        attachment = services.attach_file(user, entry, upload)
    except ValidationError as error:
        raise ApiError(422, fields={"file": error.messages}) from None
    return Status(201, entry_file_out(attachment, entry))


@router.delete(
    "/{slug}/entry/files/{int:file_id}",
    response=responses({204: None}),
    url_name="api_challenge_entry_file",
)
def detach(request, slug: str, file_id: int):
    """Remove a file from my entry (the lead, until the deadline)."""
    user, _challenge, entry = _my_entry(request, slug)
    _lead_only(user, entry)
    attachment = SubmissionFile.objects.filter(pk=file_id, submission=entry).first()
    if attachment is None:
        raise Http404
    services.remove_file(user, attachment)
    return Status(204, None)
