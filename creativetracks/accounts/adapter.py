from allauth.account.adapter import DefaultAccountAdapter
from django.template.response import TemplateResponse


class AccountAdapter(DefaultAccountAdapter):
    """Email addresses are compared and stored in lower case."""

    def clean_email(self, email: str) -> str:
        return super().clean_email(email).strip().lower()

    def respond_user_inactive(self, request, user):
        """Someone who gave the right password of a suspended or banned account is told
        why, until when, and where to appeal (allauth's page only says "inactive")."""
        from creativetracks.moderation.queries import standing_sanction

        return TemplateResponse(
            request,
            "account/account_inactive.html",
            {"sanction": standing_sanction(user)},
            status=403,
        )
