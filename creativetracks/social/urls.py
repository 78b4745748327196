from django.urls import path

from . import views

urlpatterns = [
    path("feed/", views.activity_feed, name="activity_feed"),
    path("people/<slug:handle>/follow/", views.follow_person, name="follow_person"),
    path("people/<slug:handle>/unfollow/", views.unfollow_person, name="unfollow_person"),
    path("people/<slug:handle>/followers/", views.followers, name="followers"),
    path("people/<slug:handle>/following/", views.following, name="following"),
    path("people/<slug:handle>/connect/", views.connection_request, name="connection_request"),
    path("people/<slug:handle>/block/", views.block_person, name="block_person"),
    path(
        "organisations/<slug:slug>/follow/",
        views.follow_organisation,
        name="follow_organisation",
    ),
    path(
        "organisations/<slug:slug>/unfollow/",
        views.unfollow_organisation,
        name="unfollow_organisation",
    ),
    path("networks/<slug:slug>/follow/", views.follow_network, name="follow_network"),
    path("networks/<slug:slug>/unfollow/", views.unfollow_network, name="unfollow_network"),
    path("connections/", views.connection_list, name="connection_list"),
    path(
        "connections/<int:connection_id>/accept/",
        views.connection_accept,
        name="connection_accept",
    ),
    path(
        "connections/<int:connection_id>/decline/",
        views.connection_decline,
        name="connection_decline",
    ),
    path(
        "connections/<int:connection_id>/withdraw/",
        views.connection_withdraw,
        name="connection_withdraw",
    ),
    path(
        "connections/<int:connection_id>/remove/",
        views.connection_remove,
        name="connection_remove",
    ),
    path("blocked/", views.block_list, name="block_list"),
    path("blocked/<int:block_id>/remove/", views.block_remove, name="block_remove"),
]
