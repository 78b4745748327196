from django.urls import path

from . import views

urlpatterns = [
    path("messages/", views.conversation_list, name="conversation_list"),
    path("messages/requests/", views.message_requests, name="message_requests"),
    path("messages/new/", views.conversation_new, name="conversation_new"),
    path("messages/<int:conversation_id>/", views.conversation_detail, name="conversation_detail"),
    path(
        "messages/<int:conversation_id>/updates/",
        views.conversation_updates,
        name="conversation_updates",
    ),
    path("messages/<int:conversation_id>/mute/", views.conversation_mute, name="conversation_mute"),
    path(
        "messages/<int:conversation_id>/leave/", views.conversation_leave, name="conversation_leave"
    ),
    path(
        "messages/<int:conversation_id>/accept/",
        views.conversation_accept,
        name="conversation_accept",
    ),
    path(
        "messages/<int:conversation_id>/ignore/",
        views.conversation_ignore,
        name="conversation_ignore",
    ),
    path(
        "messages/<int:conversation_id>/block/", views.conversation_block, name="conversation_block"
    ),
    path(
        "messages/<int:conversation_id>/attachments/<int:attachment_id>/",
        views.message_attachment,
        name="message_attachment",
    ),
]
