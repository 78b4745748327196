"""The organisers' side: settings, windows and tables, the scheduler, the grid,
no-shows and statistics."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from creativetracks.core.exceptions import DomainError

from .. import queries, services
from ..forms import MatchmakingForm, NumberedTablesForm, RunForm, TableForm, WindowForm
from ..models import Meeting, ScheduleRun, Table, TimeWindow
from .common import organised, refused, viewer_zone


def _setup_url(slug: str) -> str:
    return reverse("event_matchmaking", args=[slug])


def _setup_page(
    request,
    event,
    matchmaking,
    *,
    form=None,
    window_form=None,
    table_form=None,
    tables_form=None,
    status=200,
):
    return TemplateResponse(
        request,
        "meetings/manage_setup.html",
        {
            "event": event,
            "matchmaking": matchmaking,
            "form": form or MatchmakingForm(instance=matchmaking, event=event),
            "window_form": window_form or WindowForm(event=event),
            "table_form": table_form or TableForm(),
            "tables_form": tables_form or NumberedTablesForm(),
            "windows": list(matchmaking.windows.prefetch_related("slots")) if matchmaking else [],
            "tables": list(matchmaking.tables.all()) if matchmaking else [],
            "stats": queries.statistics(matchmaking) if matchmaking else None,
            "zone": viewer_zone(request),
            "tab": "meetings",
            "subtab": "setup",
        },
        status=status,
    )


@login_required
def matchmaking_setup(request: HttpRequest, slug: str) -> HttpResponse:
    event, matchmaking = organised(request, slug)
    if request.method != "POST":
        return _setup_page(request, event, matchmaking)
    form = MatchmakingForm(request.POST, instance=matchmaking, event=event)
    if form.is_valid():
        try:
            services.configure_matchmaking(request.user, event, form.cleaned_data)
        except DomainError as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(request, _("Matchmaking settings saved."))
            return redirect("event_matchmaking", slug=slug)
    return _setup_page(request, event, queries.matchmaking_of(event), form=form, status=422)


def _configured(request, slug):
    event, matchmaking = organised(request, slug)
    if matchmaking is None:
        raise Http404
    return event, matchmaking


@login_required
@require_POST
def window_add(request: HttpRequest, slug: str) -> HttpResponse:
    event, matchmaking = _configured(request, slug)
    form = WindowForm(request.POST, event=event)
    if form.is_valid():
        try:
            services.add_time_window(
                request.user, matchmaking, form.cleaned_data["start"], form.cleaned_data["end"]
            )
        except DomainError as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(request, _("The time window is added and cut into slots."))
            return redirect("event_matchmaking", slug=slug)
    return _setup_page(request, event, matchmaking, window_form=form, status=422)


def _remove(request, slug: str, model, object_id: int, remove, done: str) -> HttpResponse:
    """Remove a window or a table of the event through `remove(user, obj)`."""
    event, matchmaking = _configured(request, slug)
    obj = model.objects.filter(matchmaking=matchmaking, pk=object_id).first()
    if obj is None:
        raise Http404
    obj.matchmaking = matchmaking
    try:
        remove(request.user, obj)
    except DomainError as refusal:
        return refused(request, refusal, _setup_url(slug))
    messages.success(request, done)
    return redirect("event_matchmaking", slug=slug)


@login_required
@require_POST
def window_remove(request: HttpRequest, slug: str, window_id: int) -> HttpResponse:
    return _remove(
        request,
        slug,
        TimeWindow,
        window_id,
        services.remove_time_window,
        _("The time window is removed."),
    )


@login_required
@require_POST
def table_add(request: HttpRequest, slug: str) -> HttpResponse:
    event, matchmaking = _configured(request, slug)
    if "count" in request.POST:
        tables_form = NumberedTablesForm(request.POST)
        if tables_form.is_valid():
            try:
                added = services.add_numbered_tables(
                    request.user,
                    matchmaking,
                    tables_form.cleaned_data["count"],
                    tables_form.cleaned_data["capacity"],
                )
            except DomainError as refusal:
                tables_form.add_error(None, refusal.message)
            else:
                messages.success(
                    request,
                    ngettext("%(n)s table added.", "%(n)s tables added.", added) % {"n": added},
                )
                return redirect("event_matchmaking", slug=slug)
        return _setup_page(request, event, matchmaking, tables_form=tables_form, status=422)
    form = TableForm(request.POST)
    if form.is_valid():
        try:
            services.add_table(request.user, matchmaking, form.cleaned_data)
        except DomainError as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(request, _("The table is added."))
            return redirect("event_matchmaking", slug=slug)
    return _setup_page(request, event, matchmaking, table_form=form, status=422)


@login_required
@require_POST
def table_remove(request: HttpRequest, slug: str, table_id: int) -> HttpResponse:
    return _remove(
        request, slug, Table, table_id, services.remove_table, _("The table is removed.")
    )


@login_required
def schedule(request: HttpRequest, slug: str) -> HttpResponse:
    event, matchmaking = _configured(request, slug)
    form = RunForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            run = services.start_schedule_run(
                request.user,
                matchmaking,
                weighted=form.cleaned_data["weighted"],
                time_limit=form.cleaned_data["time_limit"],
            )
        except DomainError as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(request, _("The scheduler is running."))
            return redirect("meetings_run", slug=slug, run_id=run.pk)
    return TemplateResponse(
        request,
        "meetings/manage_schedule.html",
        {
            "event": event,
            "matchmaking": matchmaking,
            "form": form,
            "runs": queries.runs_of(matchmaking),
            "stats": queries.statistics(matchmaking),
            "tab": "meetings",
            "subtab": "schedule",
        },
    )


def _run(matchmaking, run_id) -> ScheduleRun:
    run = queries.run_of(matchmaking, run_id)
    if run is None:
        raise Http404
    return run


@login_required
def run_detail(request: HttpRequest, slug: str, run_id: int) -> HttpResponse:
    event, matchmaking = _configured(request, slug)
    run = _run(matchmaking, run_id)
    review = run.status == ScheduleRun.Status.DONE
    return TemplateResponse(
        request,
        "meetings/manage_run.html",
        {
            "event": event,
            "matchmaking": matchmaking,
            "run": run,
            "tables": list(matchmaking.tables.all()) if review else [],
            "rows": queries.grid(matchmaking, run) if review else [],
            "zone": event.zone,
            "tab": "meetings",
            "subtab": "schedule",
        },
    )


@login_required
def run_progress(request: HttpRequest, slug: str, run_id: int) -> HttpResponse:
    """The progress bar alone, polled by htmx while the worker solves."""
    event, matchmaking = _configured(request, slug)
    run = _run(matchmaking, run_id)
    response = TemplateResponse(
        request, "meetings/_run_progress.html", {"event": event, "run": run}
    )
    if request.htmx and not run.is_working:
        # Finished: reload the whole page to show the proposals.
        response["HX-Refresh"] = "true"
    return response


@login_required
@require_POST
def run_publish(request: HttpRequest, slug: str, run_id: int) -> HttpResponse:
    event, matchmaking = _configured(request, slug)
    run = _run(matchmaking, run_id)
    try:
        run = services.publish_schedule_run(request.user, run)
    except DomainError as refusal:
        return refused(request, refusal, reverse("meetings_run", args=[slug, run_id]))
    messages.success(
        request,
        ngettext(
            "Published: %(n)s meeting is in the participants' agendas (%(s)s skipped).",
            "Published: %(n)s meetings are in the participants' agendas (%(s)s skipped).",
            run.published_count,
        )
        % {"n": run.published_count, "s": run.skipped_count},
    )
    return redirect("meetings_grid", slug=slug)


@login_required
@require_POST
def run_discard(request: HttpRequest, slug: str, run_id: int) -> HttpResponse:
    event, matchmaking = _configured(request, slug)
    run = _run(matchmaking, run_id)
    try:
        services.discard_schedule_run(request.user, run)
    except DomainError as refusal:
        return refused(request, refusal, reverse("meetings_run", args=[slug, run_id]))
    messages.success(request, _("The proposals are discarded."))
    return redirect("meetings_schedule", slug=slug)


@login_required
def meeting_grid(request: HttpRequest, slug: str) -> HttpResponse:
    event, matchmaking = _configured(request, slug)
    return TemplateResponse(
        request,
        "meetings/manage_grid.html",
        {
            "event": event,
            "matchmaking": matchmaking,
            "tables": list(matchmaking.tables.all()),
            "rows": queries.grid(matchmaking),
            "now": timezone.now(),
            "zone": event.zone,
            "tab": "meetings",
            "subtab": "grid",
        },
    )


@login_required
@require_POST
def meeting_no_show(request: HttpRequest, slug: str, meeting_id: int) -> HttpResponse:
    event, matchmaking = _configured(request, slug)
    meeting = (
        Meeting.objects.filter(matchmaking=matchmaking, pk=meeting_id)
        .select_related("slot")
        .first()
    )
    if meeting is None:
        raise Http404
    meeting.matchmaking = matchmaking
    try:
        person_id = int(request.POST.get("person", ""))
    except ValueError:
        return refused(
            request,
            DomainError(_("Choose who did not come.")),
            reverse("meetings_grid", args=[slug]),
        )
    try:
        services.mark_no_show(
            request.user, meeting, person_id, no_show=request.POST.get("undo") != "1"
        )
    except DomainError as refusal:
        return refused(request, refusal, reverse("meetings_grid", args=[slug]))
    messages.success(request, _("Noted."))
    return redirect("meetings_grid", slug=slug)
