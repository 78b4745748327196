from django.conf import settings
from django.http import HttpRequest

from . import navigation
from .queries import consortium


def site(request: HttpRequest) -> dict:
    """What every page's header and footer need."""
    return {
        "main_navigation": navigation.main_navigation(request),
        "footer_partners": consortium,
        "social_links": settings.SOCIAL_LINKS,
        "moderation_email": settings.MODERATION_EMAIL,
    }
