from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from creativetracks.core import taxonomy
from creativetracks.core.exceptions import DomainError, NotAllowed
from creativetracks.core.ratelimit import limited

from .. import permissions, queries, services
from ..certificates import certificate_pdf
from ..forms import EntryForm, FileForm, TeamInviteForm
from ..models import Challenge, Submission, SubmissionFile, TeamMember
from .common import challenge_or_404, posted, refused, viewer_tz


def _entry_or_404(challenge: Challenge, entry_id: int) -> Submission:
    entry = queries.entry_for_page(challenge, entry_id)
    if entry is None:
        raise Http404
    return entry


def _lead_entry(request: HttpRequest, slug: str, entry_id: int) -> tuple[Challenge, Submission]:
    challenge = challenge_or_404(request, slug)
    entry = _entry_or_404(challenge, entry_id)
    if entry.lead_id != request.user.pk:
        raise PermissionDenied
    return challenge, entry


@login_required
def challenge_enter(request: HttpRequest, slug: str) -> HttpResponse:
    """Start an entry (saved as a draft); the lead submits it from its page."""
    challenge = challenge_or_404(request, slug)
    existing = queries.entry_of(request.user, challenge)
    if existing is not None:
        return redirect(existing)
    refusal = permissions.entry_refusal(request.user, challenge)
    if refusal is not None:
        return refused(
            request,
            services.EntriesClosed(refusal)
            if not challenge.accepts_entries
            else NotAllowed(refusal),
            back=challenge.get_absolute_url(),
        )
    form = EntryForm(posted(request), challenge=challenge)
    if request.method == "POST" and form.is_valid():
        try:
            entry = services.save_draft(request.user, challenge, form.cleaned_data)
        except DomainError as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(
                request, _("Your draft is saved. Add files and your team, then submit.")
            )
            return redirect(entry)
    return TemplateResponse(
        request, "challenges/entry_form.html", {"challenge": challenge, "form": form}
    )


@login_required
def challenge_entry_edit(request: HttpRequest, slug: str, entry_id: int) -> HttpResponse:
    challenge, entry = _lead_entry(request, slug, entry_id)
    if not challenge.accepts_entries:
        return refused(
            request,
            services.EntriesClosed(_("Entries are locked: the deadline has passed.")),
            back=entry.get_absolute_url(),
        )
    form = EntryForm(posted(request), instance=entry, challenge=challenge)
    if request.method == "POST" and form.is_valid():
        try:
            services.save_draft(request.user, challenge, form.cleaned_data, entry)
        except DomainError as refusal:
            return refused(request, refusal, back=entry.get_absolute_url())
        messages.success(request, _("Your entry is saved."))
        return redirect(entry)
    return TemplateResponse(
        request,
        "challenges/entry_form.html",
        {"challenge": challenge, "form": form, "entry": entry},
    )


def challenge_entry(request: HttpRequest, slug: str, entry_id: int) -> HttpResponse:
    """The entry's page: its applicants and organisers see everything; winners are public
    once the results are out. Jurors read entries on their review page."""
    challenge = challenge_or_404(request, slug)
    entry = _entry_or_404(challenge, entry_id)
    user = request.user
    if not permissions.can_see_entry(user, entry):
        seat = permissions.juror_seat(user, challenge)
        if services.assignment_of(seat, entry.pk) is not None:
            return redirect("challenge_review_entry", slug=slug, entry_id=entry.pk)
        raise Http404
    is_lead = entry.lead_id == getattr(user, "pk", None)
    can_edit = permissions.can_edit_entry(user, entry)
    is_applicant = permissions.is_applicant(user, entry)
    context = {
        "challenge": challenge,
        "entry": entry,
        "is_lead": is_lead,
        "is_applicant": is_applicant,
        "can_edit": can_edit,
        "is_organiser": permissions.is_organiser(user, challenge),
        "team_form": TeamInviteForm() if can_edit else None,
        "file_form": FileForm() if can_edit else None,
        "problems": services.eligibility_problems(entry) if can_edit else [],
        "viewer_tz": viewer_tz(request),
        "sector_labels": taxonomy.SECTOR_LABELS,
    }
    if is_applicant and challenge.feedback_released_at:
        context["feedback"] = queries.feedback_for(entry)
    return TemplateResponse(request, "challenges/entry_detail.html", context)


@login_required
@require_POST
def challenge_entry_submit(request: HttpRequest, slug: str, entry_id: int) -> HttpResponse:
    challenge, entry = _lead_entry(request, slug, entry_id)
    try:
        services.submit_entry(request.user, entry)
    except DomainError as refusal:
        return refused(request, refusal, back=entry.get_absolute_url())
    messages.success(
        request, _("Your entry is submitted. You may still edit or withdraw it until the deadline.")
    )
    return redirect(entry)


@login_required
@require_POST
def challenge_entry_withdraw(request: HttpRequest, slug: str, entry_id: int) -> HttpResponse:
    challenge, entry = _lead_entry(request, slug, entry_id)
    try:
        services.withdraw_entry(request.user, entry)
    except DomainError as refusal:
        return refused(request, refusal, back=entry.get_absolute_url())
    messages.success(request, _("Your entry is withdrawn: the jury won't see it."))
    return redirect(entry)


@login_required
@require_POST
@limited("invitation")
def challenge_entry_team(request: HttpRequest, slug: str, entry_id: int) -> HttpResponse:
    challenge, entry = _lead_entry(request, slug, entry_id)
    if not challenge.accepts_entries:
        return refused(
            request,
            services.EntriesClosed(_("Entries are locked: the deadline has passed.")),
            back=entry.get_absolute_url(),
        )
    form = TeamInviteForm(request.POST)
    if form.is_valid():
        invitee = queries.member_by(form.cleaned_data["who"])
        if invitee is None:
            form.add_error("who", _("No member has this email address or handle."))
        else:
            try:
                services.invite_team_member(request.user, entry, invitee)
            except DomainError as refusal:
                form.add_error("who", refusal.message)
            else:
                messages.success(request, _("The invitation is sent."))
                return redirect(entry)
    return TemplateResponse(
        request,
        "challenges/entry_team_form.html",
        {"challenge": challenge, "entry": entry, "form": form},
        status=422,
    )


@login_required
@require_POST
def challenge_team_answer(request: HttpRequest, member_id: int) -> HttpResponse:
    member = get_object_or_404(
        TeamMember.objects.select_related("submission__challenge"), pk=member_id, user=request.user
    )
    accept = request.POST.get("answer") == "accept"
    try:
        services.answer_team_invitation(request.user, member, accept)
    except DomainError as refusal:
        return refused(request, refusal, back="/challenges/mine/")
    messages.success(
        request, _("You joined the team.") if accept else _("You declined the invitation.")
    )
    return redirect("challenges_mine")


@login_required
@require_POST
def challenge_team_remove(request: HttpRequest, member_id: int) -> HttpResponse:
    member = get_object_or_404(
        TeamMember.objects.select_related("submission__challenge"), pk=member_id
    )
    if request.user.pk not in (member.user_id, member.submission.lead_id):
        raise Http404
    try:
        services.remove_team_member(request.user, member)
    except DomainError as refusal:
        return refused(request, refusal, back=member.submission.get_absolute_url())
    messages.success(request, _("The team is updated."))
    if member.user_id == request.user.pk:
        return redirect("challenges_mine")
    return redirect(member.submission)


@login_required
@require_POST
@limited("post")
def challenge_entry_file_add(request: HttpRequest, slug: str, entry_id: int) -> HttpResponse:
    challenge, entry = _lead_entry(request, slug, entry_id)
    form = FileForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            services.attach_file(request.user, entry, form.cleaned_data["file"])
        except ValidationError as error:
            form.add_error("file", error)
        except DomainError as refusal:
            form.add_error("file", refusal.message)
        else:
            messages.success(request, _("The file is attached."))
            return redirect(entry)
    return TemplateResponse(
        request,
        "challenges/entry_file_form.html",
        {"challenge": challenge, "entry": entry, "form": form},
        status=422,
    )


@login_required
@require_POST
def challenge_entry_file_remove(
    request: HttpRequest, slug: str, entry_id: int, file_id: int
) -> HttpResponse:
    challenge, entry = _lead_entry(request, slug, entry_id)
    attachment = get_object_or_404(SubmissionFile, pk=file_id, submission=entry)
    try:
        services.remove_file(request.user, attachment)
    except DomainError as refusal:
        return refused(request, refusal, back=entry.get_absolute_url())
    messages.success(request, _("The file is removed."))
    return redirect(entry)


def _file_response(attachment: SubmissionFile, filename: str) -> FileResponse:
    response = FileResponse(
        attachment.file.open("rb"), content_type=attachment.content_type, filename=filename
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-store"
    return response


def challenge_entry_file(
    request: HttpRequest, slug: str, entry_id: int, file_id: int
) -> HttpResponse:
    """An attachment, only to those who may see the entry. A juror gets it under an
    anonymous name (and never with a conflict); applicants' names never travel to them."""
    challenge = challenge_or_404(request, slug)
    entry = _entry_or_404(challenge, entry_id)
    attachments = list(entry.files.all())
    attachment = next((a for a in attachments if a.pk == file_id), None)
    if attachment is None:
        raise Http404
    if permissions.can_see_entry(request.user, entry):
        return _file_response(attachment, attachment.original_name)
    seat = permissions.juror_seat(request.user, challenge)
    if services.assignment_of(seat, entry.pk) is None:
        raise Http404
    number = attachments.index(attachment) + 1
    return _file_response(attachment, attachment.anonymous_name(number))


def challenge_certificate(request: HttpRequest, slug: str, entry_id: int) -> HttpResponse:
    """The PDF certificate of an awarded entry, once the results are published."""
    challenge = challenge_or_404(request, slug)
    entry = _entry_or_404(challenge, entry_id)
    if (
        challenge.phase != Challenge.Phase.RESULTS
        or not entry.award
        or entry.state != Submission.State.SUBMITTED
        or not permissions.can_see_entry(request.user, entry)
    ):
        raise Http404
    response = HttpResponse(certificate_pdf(challenge, entry), content_type="application/pdf")
    response["Content-Disposition"] = (
        f'inline; filename="certificate-{challenge.slug}-{entry.pk}.pdf"'
    )
    return response
