from django.urls import path

from . import feeds
from .views import discussions, invitations, manage, networks

# Words used here (new, topics, discussions, invitations) are never given to a
# network as its address (services.networks.RESERVED_SLUGS).
urlpatterns = [
    path("networks/", networks.network_list, name="networks"),
    path("networks/new/", networks.network_create, name="network_create"),
    path("networks/topics/", discussions.topic_list, name="topic_list"),
    path("networks/topics/<slug:slug>/", discussions.topic_detail, name="topic_detail"),
    path(
        "networks/topics/<slug:slug>/new/",
        discussions.topic_thread_create,
        name="topic_thread_create",
    ),
    path("networks/discussions/<int:thread_id>/", discussions.thread_detail, name="thread_detail"),
    path(
        "networks/discussions/<int:thread_id>/reply/",
        discussions.thread_reply,
        name="thread_reply",
    ),
    path("networks/discussions/<int:thread_id>/edit/", discussions.thread_edit, name="thread_edit"),
    path(
        "networks/discussions/<int:thread_id>/delete/",
        discussions.thread_delete,
        name="thread_delete",
    ),
    path(
        "networks/discussions/<int:thread_id>/moderate/",
        discussions.thread_moderate,
        name="thread_moderate",
    ),
    path(
        "networks/discussions/<int:thread_id>/replies/<int:reply_id>/edit/",
        discussions.reply_edit,
        name="reply_edit",
    ),
    path(
        "networks/discussions/<int:thread_id>/replies/<int:reply_id>/delete/",
        discussions.reply_delete,
        name="reply_delete",
    ),
    path(
        "networks/invitations/<str:token>/",
        invitations.network_invitation,
        name="network_invitation",
    ),
    path("networks/<slug:slug>/", networks.network_detail, name="network_detail"),
    path("networks/<slug:slug>/edit/", networks.network_edit, name="network_edit"),
    path("networks/<slug:slug>/members/", networks.network_members, name="network_members"),
    path("networks/<slug:slug>/join/", networks.network_join, name="network_join"),
    path("networks/<slug:slug>/leave/", networks.network_leave, name="network_leave"),
    path("networks/<slug:slug>/discussions/", discussions.network_threads, name="network_threads"),
    path(
        "networks/<slug:slug>/discussions/feed/<str:key>/rss/",
        feeds.NetworkThreadsFeed(),
        name="network_threads_feed_rss",
    ),
    path(
        "networks/<slug:slug>/discussions/feed/<str:key>/atom/",
        feeds.NetworkThreadsAtomFeed(),
        name="network_threads_feed_atom",
    ),
    path(
        "networks/<slug:slug>/discussions/new/",
        discussions.network_thread_create,
        name="network_thread_create",
    ),
    path("networks/<slug:slug>/manage/", manage.network_manage, name="network_manage"),
    path(
        "networks/<slug:slug>/manage/members/<int:membership_id>/role/",
        manage.network_member_role,
        name="network_member_role",
    ),
    path(
        "networks/<slug:slug>/manage/members/<int:membership_id>/remove/",
        manage.network_member_remove,
        name="network_member_remove",
    ),
    path(
        "networks/<slug:slug>/manage/members/<int:membership_id>/make-owner/",
        manage.network_transfer,
        name="network_transfer",
    ),
    path(
        "networks/<slug:slug>/manage/requests/<int:request_id>/",
        manage.network_request_decide,
        name="network_request_decide",
    ),
    path(
        "networks/<slug:slug>/manage/organisations/",
        manage.network_organisations,
        name="network_organisations",
    ),
    path(
        "networks/<slug:slug>/manage/organisations/<int:organisation_id>/remove/",
        manage.network_organisation_remove,
        name="network_organisation_remove",
    ),
    path(
        "networks/<slug:slug>/manage/invitations/",
        invitations.network_invitations,
        name="network_invitations",
    ),
    path(
        "networks/<slug:slug>/manage/invitations/<int:invitation_id>/withdraw/",
        invitations.network_invitation_revoke,
        name="network_invitation_revoke",
    ),
    path("networks/<slug:slug>/manage/import/", invitations.network_import, name="network_import"),
    path(
        "networks/<slug:slug>/manage/import/<int:import_id>/",
        invitations.network_import_detail,
        name="network_import_detail",
    ),
    path(
        "networks/<slug:slug>/manage/import/<int:import_id>/confirm/",
        invitations.network_import_confirm,
        name="network_import_confirm",
    ),
    path(
        "networks/<slug:slug>/manage/import/<int:import_id>/cancel/",
        invitations.network_import_cancel,
        name="network_import_cancel",
    ),
    path(
        "networks/<slug:slug>/manage/import/<int:import_id>/progress/",
        invitations.network_import_progress,
        name="network_import_progress",
    ),
]
