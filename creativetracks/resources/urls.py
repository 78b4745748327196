from django.urls import path

from . import feeds, views

urlpatterns = [
    path("resources/", views.resource_list, name="resources"),
    path("resources/new/", views.resource_create, name="resource_create"),
    path("resources/feed/rss/", feeds.NewResourcesFeed(), name="resource_feed_rss"),
    path("resources/feed/atom/", feeds.NewResourcesAtomFeed(), name="resource_feed_atom"),
    path("resources/bookmarks/", views.resource_bookmarks, name="resource_bookmarks"),
    path("resources/tracks/", views.track_list, name="tracks"),
    path("resources/tracks/<slug:slug>/", views.track_detail, name="track_detail"),
    path("resources/<int:pk>/", views.resource_detail, name="resource_detail_short"),
    path("resources/<int:pk>-<slug:slug>/", views.resource_detail, name="resource_detail"),
    path("resources/<int:pk>/edit/", views.resource_edit, name="resource_edit"),
    path(
        "resources/<int:pk>/<slug:action>/",
        views.resource_action,
        name="resource_action",
    ),
]
