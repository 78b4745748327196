from django.urls import path

from . import feeds, views

urlpatterns = [
    path("labs/", views.lab_list, name="labs"),
    path("labs/new/", views.lab_create, name="lab_create"),
    path("labs/for-you/", views.labs_for_you, name="labs_for_you"),
    path("labs/featuring/", views.lab_featuring, name="lab_featuring"),
    path("labs/feed/rss/", feeds.PublicLabsFeed(), name="lab_feed_rss"),
    path("labs/feed/atom/", feeds.PublicLabsAtomFeed(), name="lab_feed_atom"),
    path("labs/<int:lab_id>-<slug:slug>/", views.lab_detail, name="lab_detail"),
    path("labs/<int:lab_id>/edit/", views.lab_edit, name="lab_edit"),
    path("labs/<int:lab_id>/expiry/", views.lab_expiry, name="lab_expiry"),
    path("labs/<int:lab_id>/delete/", views.lab_delete, name="lab_delete"),
    path("labs/<int:lab_id>/feature/", views.lab_feature, name="lab_feature"),
    path("labs/<int:lab_id>/comments/", views.lab_comment, name="lab_comment"),
    path(
        "labs/<int:lab_id>/comments/<int:comment_id>/edit/",
        views.lab_comment_edit,
        name="lab_comment_edit",
    ),
    path(
        "labs/<int:lab_id>/comments/<int:comment_id>/delete/",
        views.lab_comment_delete,
        name="lab_comment_delete",
    ),
    path(
        "labs/<int:lab_id>/comments/<int:comment_id>/hide/",
        views.lab_comment_hide,
        name="lab_comment_hide",
    ),
    path("labs/<int:lab_id>/join/", views.lab_join, name="lab_join"),
    path("labs/<int:lab_id>/leave/", views.lab_leave, name="lab_leave"),
    path(
        "labs/<int:lab_id>/requests/<int:request_id>/",
        views.lab_request_decide,
        name="lab_request_decide",
    ),
    path("labs/<int:lab_id>/updates/", views.lab_post_update, name="lab_post_update"),
    path("labs/<int:lab_id>/polls/new/", views.lab_poll_create, name="lab_poll_create"),
    path("labs/<int:lab_id>/polls/<int:poll_id>/vote/", views.lab_poll_vote, name="lab_poll_vote"),
]
