from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.http import HttpRequest

from . import permissions

SESSION_KEY = "reports_access"


@receiver(user_logged_in, dispatch_uid="reports:remember_access")
def remember_access(sender, request, user, **kwargs):
    """Whether the account menu links to the reports, decided once at sign-in, so that
    no page pays a query for it (the dashboard itself always checks again)."""
    if request is not None and hasattr(request, "session"):
        request.session[SESSION_KEY] = permissions.can_see_reports(user)


def reports(request: HttpRequest) -> dict:
    user = getattr(request, "user", None)
    session = getattr(request, "session", None)
    show = bool(
        user is not None
        and user.is_authenticated
        and (user.is_staff or (session is not None and session.get(SESSION_KEY)))
    )
    return {"show_reports_link": show}
