"""The api app's part of a member's data export (accounts.personal_data): their tokens,
never the token hashes. Tokens go with the account."""

from creativetracks.accounts import personal_data

from .models import AccessToken


def export(user) -> personal_data.Export:
    tokens = AccessToken.objects.filter(user=user)
    return personal_data.Export(
        data={"tokens": personal_data.rows(tokens, exclude=("token_hash",))}
    )


def register() -> None:
    personal_data.register_exporter("api", export)
