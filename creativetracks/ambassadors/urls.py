from django.urls import path

from . import views

urlpatterns = [
    path("ambassadors/", views.ambassador_list, name="ambassadors"),
    path("ambassadors/contact/", views.ambassador_contact, name="ambassador_contact"),
    path("ambassadors/regions/<slug:slug>/", views.region_detail, name="region_detail"),
    path("ambassadors/dashboard/", views.ambassador_dashboard, name="ambassador_dashboard"),
    path(
        "ambassadors/dashboard/verify/<int:user_id>/",
        views.ambassador_verify,
        name="ambassador_verify",
    ),
    path(
        "ambassadors/dashboard/verify/<int:user_id>/withdraw/",
        views.ambassador_unverify,
        name="ambassador_unverify",
    ),
    path("ambassadors/dashboard/feature/", views.ambassador_feature, name="ambassador_feature"),
    path(
        "ambassadors/dashboard/feature/<int:pk>/remove/",
        views.ambassador_unfeature,
        name="ambassador_unfeature",
    ),
    path("ambassadors/messages/<int:pk>/", views.ambassador_message, name="ambassador_message"),
]
