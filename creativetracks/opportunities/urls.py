from django.urls import path

from . import feeds, views

urlpatterns = [
    path("opportunities/", views.opportunity_list, name="opportunities"),
    path("opportunities/new/", views.opportunity_create, name="opportunity_create"),
    path("opportunities/saved/", views.opportunity_saved, name="opportunity_saved"),
    path("opportunities/review/", views.opportunity_review_queue, name="opportunity_review_queue"),
    path("opportunities/searches/", views.saved_search_create, name="opportunity_search_create"),
    path(
        "opportunities/searches/<int:pk>/delete/",
        views.saved_search_delete,
        name="opportunity_search_delete",
    ),
    path("opportunities/feed/rss/", feeds.LatestOpportunitiesFeed(), name="opportunity_feed_rss"),
    path(
        "opportunities/feed/atom/",
        feeds.LatestOpportunitiesAtomFeed(),
        name="opportunity_feed_atom",
    ),
    path("opportunities/deadlines.ics", feeds.deadlines_calendar, name="opportunity_deadlines_ics"),
    path("opportunities/<int:pk>/", views.opportunity_detail, name="opportunity_detail"),
    path("opportunities/<int:pk>/edit/", views.opportunity_edit, name="opportunity_edit"),
    path("opportunities/<int:pk>/save/", views.opportunity_save, name="opportunity_save"),
    path("opportunities/<int:pk>/review/", views.opportunity_review, name="opportunity_review"),
]
