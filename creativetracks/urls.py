from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path

from creativetracks.core import views as core_views
from creativetracks.core.urlindex import FirstSegmentResolver

# Every app's URLs, as written; served grouped by their first segment (core.urlindex).
site_patterns = [
    path("", include("creativetracks.core.urls")),
    path("", include("creativetracks.profiles.urls")),
    path("", include("creativetracks.networks.urls")),
    path("", include("creativetracks.social.urls")),
    path("", include("creativetracks.messaging.urls")),
    path("", include("creativetracks.labs.urls")),
    path("", include("creativetracks.meetings.urls")),
    path("", include("creativetracks.events.urls")),
    path("", include("creativetracks.opportunities.urls")),
    path("", include("creativetracks.resources.urls")),
    path("", include("creativetracks.ambassadors.urls")),
    path("", include("creativetracks.challenges.urls")),
    path("", include("creativetracks.mentoring.urls")),
    path("", include("creativetracks.reports.urls")),
    path("", include("creativetracks.api.urls")),
    path("", include("creativetracks.notifications.urls")),
    path("", include("creativetracks.moderation.urls")),
    path("accounts/", include("creativetracks.accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("admin/", admin.site.urls),
]

# Uploaded files: Django serves them when SERVE_MEDIA is on (development);
# production puts /media/ behind the web server or object storage.
if settings.SERVE_MEDIA:
    site_patterns.append(re_path(r"^media/(?P<path>.*)$", core_views.media, name="media"))

urlpatterns = [FirstSegmentResolver(site_patterns)]

handler400 = core_views.bad_request
handler403 = core_views.permission_denied
handler404 = core_views.page_not_found
handler500 = core_views.server_error
