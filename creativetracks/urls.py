from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

from creativetracks.core import views as core_views

urlpatterns = [
    path("", include("creativetracks.core.urls")),
    path("", include("creativetracks.profiles.urls")),
    path("accounts/", include("creativetracks.accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("admin/", admin.site.urls),
]

# Uploaded files: Django serves them in development; production puts /media/
# behind the web server or object storage (docs/configuration.md).
urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

handler400 = core_views.bad_request
handler403 = core_views.permission_denied
handler404 = core_views.page_not_found
handler500 = core_views.server_error
