from django.forms import BaseForm
from django.http import HttpRequest
from django.template.response import TemplateResponse

# A form that comes back with errors is the client's mistake, so it is answered
# with 422 (the page still shows the form, the errors and what was typed).
INVALID_FORM_STATUS = 422


class InvalidFormStatusMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        return self.get_response(request)

    def process_template_response(self, request: HttpRequest, response: TemplateResponse):
        if request.method != "POST" or response.status_code != 200:
            return response
        for value in (response.context_data or {}).values():
            if isinstance(value, BaseForm) and value.is_bound and value.errors:
                response.status_code = INVALID_FORM_STATUS
                break
        return response


class MemberLanguageMiddleware:
    """A member's own language setting, when their browser has not chosen one on this
    site (no language cookie): after LocaleMiddleware, which read the browser's
    Accept-Language, and after authentication."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        from django.conf import settings
        from django.utils import translation

        user = getattr(request, "user", None)
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        preferred = (
            getattr(user, "language", "") if getattr(user, "is_authenticated", False) else ""
        )
        if (
            not chosen
            and preferred in dict(settings.LANGUAGES)
            and preferred != request.LANGUAGE_CODE
        ):
            translation.activate(preferred)
            request.LANGUAGE_CODE = preferred
        return self.get_response(request)


class ViewerTimeZoneMiddleware:
    """Times in the viewer's zone (core.timezones), for the whole request; after
    authentication. The zone is on `request.time_zone` too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        from django.utils import timezone

        from .timezones import viewer_zone

        request.time_zone = viewer_zone(request)
        timezone.activate(request.time_zone)
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()
