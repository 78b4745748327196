from django.urls import path

from . import views

urlpatterns = [
    path("moderation/", views.queue, name="moderation_queue"),
    path("moderation/report/", views.report_new, name="moderation_report_new"),
    path("moderation/reports/<int:pk>/", views.report_detail, name="moderation_report"),
    path(
        "moderation/reports/<int:pk>/decide/", views.report_decide, name="moderation_report_decide"
    ),
    path(
        "moderation/reports/<int:pk>/message/",
        views.report_message,
        name="moderation_report_message",
    ),
    path(
        "moderation/reports/<int:pk>/unhide/",
        views.report_unhide,
        name="moderation_report_unhide",
    ),
    path("moderation/held/<int:pk>/", views.held_review, name="moderation_held_review"),
    path("moderation/flags/<int:pk>/clear/", views.flag_clear, name="moderation_flag_clear"),
    path(
        "moderation/sanctions/<int:pk>/lift/", views.sanction_lift, name="moderation_sanction_lift"
    ),
    path("moderation/audit/", views.audit_log, name="moderation_audit"),
]
