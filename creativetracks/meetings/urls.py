from django.urls import path

from .views import organiser, participant

P = "events/<slug:slug>/meetings/"
M = "events/<slug:slug>/manage/meetings/"

urlpatterns = [
    path(P, participant.marketplace, name="meetings_marketplace"),
    path(f"{P}my-entry/", participant.entry_edit, name="meetings_entry"),
    path(f"{P}my-entry/leave/", participant.entry_leave, name="meetings_leave"),
    path(f"{P}people/<int:entry_id>/", participant.entry_detail, name="meetings_person"),
    path(
        f"{P}people/<int:entry_id>/request/",
        participant.request_create,
        name="meetings_request_create",
    ),
    path(f"{P}suggestions/", participant.suggestions, name="meetings_suggestions"),
    path(f"{P}requests/", participant.my_requests, name="meetings_requests"),
    path(
        f"{P}requests/<int:request_id>/",
        participant.request_detail,
        name="meeting_request_detail",
    ),
    path(
        f"{P}requests/<int:request_id>/answer/",
        participant.request_answer,
        name="meeting_request_answer",
    ),
    path(
        f"{P}requests/<int:request_id>/cancel/",
        participant.request_cancel,
        name="meeting_request_cancel",
    ),
    path(
        f"{P}requests/<int:request_id>/book/",
        participant.request_book,
        name="meeting_request_book",
    ),
    path(f"{P}availability/", participant.availability, name="meetings_availability"),
    path(f"{P}agenda/", participant.agenda, name="meetings_agenda"),
    path(f"{P}agenda.ics", participant.agenda_ics, name="meetings_agenda_ics"),
    path(f"{P}agenda.pdf", participant.agenda_pdf, name="meetings_agenda_pdf"),
    path(f"{P}<int:meeting_id>/feedback/", participant.meeting_feedback, name="meeting_feedback"),
    path(f"{P}<int:meeting_id>/unbook/", participant.meeting_unbook, name="meeting_unbook"),
    path(M, organiser.matchmaking_setup, name="event_matchmaking"),
    path(f"{M}windows/", organiser.window_add, name="meetings_window_add"),
    path(
        f"{M}windows/<int:window_id>/remove/",
        organiser.window_remove,
        name="meetings_window_remove",
    ),
    path(f"{M}tables/", organiser.table_add, name="meetings_table_add"),
    path(f"{M}tables/<int:table_id>/remove/", organiser.table_remove, name="meetings_table_remove"),
    path(f"{M}schedule/", organiser.schedule, name="meetings_schedule"),
    path(f"{M}schedule/<int:run_id>/", organiser.run_detail, name="meetings_run"),
    path(
        f"{M}schedule/<int:run_id>/progress/",
        organiser.run_progress,
        name="meetings_run_progress",
    ),
    path(f"{M}schedule/<int:run_id>/publish/", organiser.run_publish, name="meetings_run_publish"),
    path(f"{M}schedule/<int:run_id>/discard/", organiser.run_discard, name="meetings_run_discard"),
    path(f"{M}grid/", organiser.meeting_grid, name="meetings_grid"),
    path(f"{M}<int:meeting_id>/no-show/", organiser.meeting_no_show, name="meetings_no_show"),
]
