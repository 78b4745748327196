from django.db import transaction

from .models import User


@transaction.atomic
def update_account_settings(
    user: User, *, display_name: str, time_zone: str, language: str
) -> User:
    """Save how a member is named and where and in which language they read the site."""
    user.display_name = display_name.strip()
    user.time_zone = time_zone
    user.language = language
    user.save(update_fields=["display_name", "time_zone", "language"])
    return user
