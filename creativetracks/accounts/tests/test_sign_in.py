import pytest
from django.urls import reverse

from conftest import DEFAULT_PASSWORD

LOGIN = "/accounts/login/"


def test_member_signs_in_with_email_and_out_again(client, member):
    response = client.post(LOGIN, {"login": "MEMBER@example.org", "password": DEFAULT_PASSWORD})
    assert response.status_code == 302
    assert client.get(reverse("home")).wsgi_request.user == member
    assert client.post(reverse("account_logout")).status_code == 302
    assert not client.get(reverse("home")).wsgi_request.user.is_authenticated


def test_wrong_password_gets_a_message(client, member):
    response = client.post(LOGIN, {"login": "member@example.org", "password": "wrong"})
    assert response.status_code == 422
    assert b"not correct" in response.content
    assert b'value="member@example.org"' in response.content


def test_repeated_failures_lock_the_account_out(client, member):
    for _ in range(5):
        assert client.post(LOGIN, {"login": member.email, "password": "wrong"}).status_code == 422
    locked = client.post(LOGIN, {"login": member.email, "password": DEFAULT_PASSWORD})
    # Even the right password is refused while the account is locked.
    assert locked.status_code == 422
    assert b"Too many failed login attempts" in locked.content
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_signed_in_member_changes_their_email(client, member):
    client.force_login(member)
    response = client.post(
        reverse("account_email"), {"action_add": "", "email": "new-address@example.org"}
    )
    assert response.status_code == 302
    assert member.emailaddress_set.filter(email="new-address@example.org", verified=False).exists()
