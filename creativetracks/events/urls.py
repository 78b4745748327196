from django.urls import path

from .views import manage, public, registration

# Words used here (past, new, calendar, feed, mine) are never given to an event
# as its address (services.events.RESERVED_SLUGS).
urlpatterns = [
    path("events/", public.event_list, name="events"),
    path("events/past/", public.event_past, name="events_past"),
    path("events/calendar/", public.event_calendar, name="events_calendar"),
    path(
        "events/calendar/<str:token>.ics",
        registration.events_personal_feed,
        name="events_personal_feed",
    ),
    path("events/new/", manage.event_create, name="event_create"),
    path("events/mine/", registration.events_mine, name="events_mine"),
    path(
        "events/mine/calendar/reset/",
        registration.events_calendar_reset,
        name="events_calendar_reset",
    ),
    path("events/feed/rss/", public.UpcomingEventsFeed(), name="events_feed_rss"),
    path("events/feed/atom/", public.UpcomingEventsAtomFeed(), name="events_feed_atom"),
    path("events/feed/ics/", public.events_feed_ics, name="events_feed_ics"),
    path("events/<slug:slug>/", public.event_detail, name="event_detail"),
    path("events/<slug:slug>/event.ics", public.event_ics, name="event_ics"),
    path("events/<slug:slug>/edit/", manage.event_edit, name="event_edit"),
    path("events/<slug:slug>/register/", registration.event_register, name="event_register"),
    path("events/<slug:slug>/cancel/", registration.event_cancel, name="event_cancel"),
    path("events/<slug:slug>/ticket/", registration.event_ticket, name="event_ticket"),
    path("events/<slug:slug>/ticket/qr.svg", registration.event_ticket_qr, name="event_ticket_qr"),
    path("events/<slug:slug>/manage/", manage.event_participants, name="event_participants"),
    path(
        "events/<slug:slug>/manage/registrations/<int:registration_id>/decide/",
        manage.event_registration_decide,
        name="event_registration_decide",
    ),
    path(
        "events/<slug:slug>/manage/participants.csv",
        manage.event_export_csv,
        name="event_export_csv",
    ),
    path(
        "events/<slug:slug>/manage/participants.xlsx",
        manage.event_export_xlsx,
        name="event_export_xlsx",
    ),
    path("events/<slug:slug>/manage/message/", manage.event_message, name="event_message"),
    path("events/<slug:slug>/manage/stats/", manage.event_stats, name="event_stats"),
    path("events/<slug:slug>/manage/check-in/", manage.event_check_in, name="event_check_in"),
    path("events/<slug:slug>/manage/programme/", manage.event_programme, name="event_programme"),
    path(
        "events/<slug:slug>/manage/programme/speakers/<int:speaker_id>/remove/",
        manage.event_speaker_remove,
        name="event_speaker_remove",
    ),
    path(
        "events/<slug:slug>/manage/programme/sessions/<int:session_id>/remove/",
        manage.event_session_remove,
        name="event_session_remove",
    ),
    path("events/<slug:slug>/manage/questions/", manage.event_questions, name="event_questions"),
    path(
        "events/<slug:slug>/manage/questions/<int:question_id>/remove/",
        manage.event_question_remove,
        name="event_question_remove",
    ),
]
