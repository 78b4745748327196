from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    """Email addresses are compared and stored in lower case."""

    def clean_email(self, email: str) -> str:
        return super().clean_email(email).strip().lower()
