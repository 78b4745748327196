from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse

# Pages a member who must accept new terms can still reach.
OPEN_PREFIXES = ("/accounts/", "/terms/", "/privacy/", "/static/", "/media/", "/api/", "/healthz")


class CurrentTermsMiddleware:
    """Sends a signed-in member who accepted an older version of the terms, or none (an
    account made before consents were recorded, by the admin or by an import), to
    accept the current one. Reads only the user row already loaded: no query per page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and user.terms_version != settings.TERMS_VERSION
            and request.method == "GET"
            and not request.path.startswith(OPEN_PREFIXES)
        ):
            return redirect(
                f"{reverse('accept_terms')}?{urlencode({'next': request.get_full_path()})}"
            )
        return self.get_response(request)
