from django.urls import path, re_path

from . import views
from .v1 import api

urlpatterns = [
    path("api/v1/", api.urls),
    # Anything else under /api/ is answered in the API's own error format.
    re_path(r"^api/", views.api_not_found, name="api_not_found"),
    path("accounts/tokens/", views.token_list, name="api_tokens"),
    path("accounts/tokens/<int:token_id>/revoke/", views.token_revoke, name="api_token_revoke"),
]
