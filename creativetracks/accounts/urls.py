from django.urls import path, re_path

from . import views

# Registered before allauth's own URLs so these names resolve here first.
urlpatterns = [
    path("settings/", views.account_settings, name="account_settings"),
    path("personal-data/", views.personal_data, name="personal_data"),
    path(
        "personal-data/export/",
        views.personal_data_export_request,
        name="personal_data_export_request",
    ),
    path(
        "personal-data/export/<uuid:pk>/",
        views.personal_data_export,
        name="personal_data_export",
    ),
    path(
        "personal-data/export/<uuid:pk>/download/",
        views.personal_data_export_download,
        name="personal_data_export_download",
    ),
    path("terms/", views.accept_terms, name="accept_terms"),
    path("delete/", views.erase_account, name="erase_account"),
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
