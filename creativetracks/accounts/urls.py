from django.urls import path, re_path

from . import views

# Registered before allauth's own URLs so these names resolve here first.
urlpatterns = [
    path("settings/", views.account_settings, name="account_settings"),
    re_path(
        r"^confirm-email/(?P<key>[-:\w]+)/$",
        views.ConfirmEmailView.as_view(),
        name="account_confirm_email",
    ),
    re_path(
        r"^password/reset/key/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/$",
        views.PasswordResetFromKeyView.as_view(),
        name="account_reset_password_from_key",
    ),
]
