from django.urls import path

from . import views

urlpatterns = [
    path("mentoring/", views.programme_list, name="mentoring"),
    path("mentoring/new/", views.programme_create, name="mentoring_create"),
    path("mentoring/pairs/<int:pair_id>/", views.space, name="mentoring_space"),
    path("mentoring/pairs/<int:pair_id>/goals/", views.set_goals, name="mentoring_goals"),
    path(
        "mentoring/pairs/<int:pair_id>/sessions/", views.add_session, name="mentoring_session_add"
    ),
    path("mentoring/pairs/<int:pair_id>/log/", views.add_log, name="mentoring_log_add"),
    path("mentoring/pairs/<int:pair_id>/notes/", views.add_note, name="mentoring_note_add"),
    path("mentoring/pairs/<int:pair_id>/check-ins/", views.add_check_in, name="mentoring_check_in"),
    path("mentoring/pairs/<int:pair_id>/feedback/", views.feedback, name="mentoring_feedback"),
    path(
        "mentoring/sessions/<int:session_id>.ics", views.session_ics, name="mentoring_session_ics"
    ),
    path(
        "mentoring/sessions/<int:session_id>/cancel/",
        views.cancel_session,
        name="mentoring_session_cancel",
    ),
    path("mentoring/<slug:slug>/rank/", views.rank_mentees, name="mentoring_rank"),
    path("mentoring/<slug:slug>/withdraw/", views.withdraw, name="mentoring_withdraw"),
    path("mentoring/<slug:slug>/", views.programme_detail, name="mentoring_programme"),
    path("mentoring/<slug:slug>/edit/", views.programme_edit, name="mentoring_edit"),
    path("mentoring/<slug:slug>/apply/mentor/", views.apply_mentor, name="mentoring_apply_mentor"),
    path("mentoring/<slug:slug>/apply/mentee/", views.apply_mentee, name="mentoring_apply_mentee"),
    path("mentoring/<slug:slug>/invite/", views.invite_mentor, name="mentoring_invite"),
    path("mentoring/<slug:slug>/review/", views.review, name="mentoring_review"),
    path("mentoring/<slug:slug>/review/match/", views.run_matching, name="mentoring_match"),
    path("mentoring/<slug:slug>/review/pairs/add/", views.pair_add, name="mentoring_pair_add"),
    path(
        "mentoring/<slug:slug>/review/pairs/<int:pair_id>/lock/",
        views.pair_lock,
        name="mentoring_pair_lock",
    ),
    path(
        "mentoring/<slug:slug>/review/pairs/<int:pair_id>/remove/",
        views.pair_remove,
        name="mentoring_pair_remove",
    ),
    path("mentoring/<slug:slug>/review/publish/", views.publish, name="mentoring_publish"),
    path("mentoring/<slug:slug>/review/close/", views.close, name="mentoring_close"),
    path("mentoring/<slug:slug>/review/pairs.csv", views.export_pairs, name="mentoring_export"),
]
