from django.urls import path, re_path

from creativetracks.core.urlindex import FirstSegmentResolver

from . import views
from .errors import json_method_not_allowed
from .v1 import api


def _with_json_405(urls):
    """ninja's URLs, each answering a wrong method in the API's error format, looked up
    by their first segment (core.urlindex)."""
    patterns, app_name, namespace = urls
    for pattern in patterns:
        pattern.callback = json_method_not_allowed(pattern.callback)
    return [FirstSegmentResolver(patterns)], app_name, namespace


urlpatterns = [
    path("api/v1/", _with_json_405(api.urls)),
    # Anything else under /api/ is answered in the API's own error format.
    re_path(r"^api/", views.api_not_found, name="api_not_found"),
    path("accounts/tokens/", views.token_list, name="api_tokens"),
    path("accounts/tokens/<int:token_id>/revoke/", views.token_revoke, name="api_token_revoke"),
]
