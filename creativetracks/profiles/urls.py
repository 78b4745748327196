from django.urls import path

from . import views

urlpatterns = [
    path("directory/", views.directory, name="directory"),
    path("directory/map/", views.directory_map, name="directory_map"),
    path("people/<slug:handle>/", views.profile_detail, name="profile_detail"),
    path("profile/", views.my_profile, name="my_profile"),
    path("profile/edit/photo/", views.profile_photo, name="profile_photo"),
    path("profile/edit/portfolio/", views.portfolio_list, name="portfolio_list"),
    path("profile/edit/portfolio/new/", views.portfolio_item_edit, name="portfolio_item_add"),
    path(
        "profile/edit/portfolio/<int:item_id>/",
        views.portfolio_item_edit,
        name="portfolio_item_edit",
    ),
    path(
        "profile/edit/portfolio/<int:item_id>/delete/",
        views.portfolio_item_delete,
        name="portfolio_item_delete",
    ),
    path("profile/edit/<slug:section>/", views.profile_edit, name="profile_edit"),
    path("organisations/new/", views.organisation_create, name="organisation_create"),
    path("organisations/<slug:slug>/", views.organisation_detail, name="organisation_detail"),
    path("organisations/<slug:slug>/edit/", views.organisation_edit, name="organisation_edit"),
    path("organisations/<slug:slug>/staff/", views.organisation_staff, name="organisation_staff"),
    path(
        "organisations/<slug:slug>/staff/<int:membership_id>/remove/",
        views.organisation_staff_remove,
        name="organisation_staff_remove",
    ),
    path(
        "organisations/<slug:slug>/verify/", views.organisation_verify, name="organisation_verify"
    ),
]
