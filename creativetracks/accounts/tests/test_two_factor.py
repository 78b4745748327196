from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import hotp_value, yield_hotp_counters_from_time
from django.urls import reverse

from conftest import DEFAULT_PASSWORD


def current_code(secret: str) -> str:
    counter = next(iter(yield_hotp_counters_from_time()))
    return f"{hotp_value(secret, counter):06d}"


def test_member_activates_totp_and_then_needs_a_code_to_sign_in(client, member):
    client.force_login(member)
    # Security settings ask for the password again first.
    assert client.get(reverse("mfa_activate_totp")).status_code == 302
    client.post(reverse("account_reauthenticate"), {"password": DEFAULT_PASSWORD})
    page = client.get(reverse("mfa_activate_totp"))
    assert page.status_code == 200
    secret = page.context["form"].secret
    response = client.post(reverse("mfa_activate_totp"), {"code": current_code(secret)})
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=member, type=Authenticator.Type.TOTP).exists()

    client.logout()
    step = client.post("/accounts/login/", {"login": member.email, "password": DEFAULT_PASSWORD})
    assert step.status_code == 302
    assert step["Location"] == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session

    wrong = client.post(reverse("mfa_authenticate"), {"code": "000000"})
    assert wrong.status_code == 422
    assert "_auth_user_id" not in client.session

    right = client.post(reverse("mfa_authenticate"), {"code": current_code(secret)})
    assert right.status_code == 302
    assert client.session["_auth_user_id"] == str(member.pk)
