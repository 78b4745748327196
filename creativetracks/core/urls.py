from django.conf import settings
from django.contrib.sitemaps.views import index as sitemap_index
from django.contrib.sitemaps.views import sitemap
from django.urls import path

from . import views
from .sitemaps import sitemaps

SITEMAPS = sitemaps()  # built once: apps registered theirs before URLs are loaded

urlpatterns = [
    path("", views.home, name="home"),
    path("about/", views.about, name="about"),
    path("partners/<slug:slug>/", views.partner_detail, name="partner_detail"),
    path("terms/", views.terms, name="terms"),
    path("privacy/", views.privacy, name="privacy"),
    path("healthz", views.healthz, name="healthz"),
    path("language/<str:code>/", views.switch_language, name="switch_language"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path(
        "sitemap.xml",
        sitemap_index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap,
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
]

if settings.BENCH_BARE_VIEW:
    urlpatterns.append(path("bench/bare/", views.bench_bare, name="bench_bare"))
