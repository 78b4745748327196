from anymail.webhooks.postmark import PostmarkTrackingWebhookView
from django.urls import path

from . import views

urlpatterns = [
    path("notifications/", views.notification_list, name="notification_list"),
    path(
        "notifications/<int:notification_id>/open/",
        views.notification_open,
        name="notification_open",
    ),
    path("notifications/read-all/", views.notification_read_all, name="notification_read_all"),
    path(
        "notifications/preferences/",
        views.notification_preferences,
        name="notification_preferences",
    ),
    path("notifications/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path(
        "email/webhooks/postmark/",
        PostmarkTrackingWebhookView.as_view(),
        name="email_webhook_postmark",
    ),
]
