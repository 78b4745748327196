import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.urls import reverse

from conftest import DEFAULT_PASSWORD, body_of, make_user, run_queued_tasks

SIGNUP = "/accounts/signup/"


def signup(client, email, password=DEFAULT_PASSWORD, password2=None):
    return client.post(
        SIGNUP,
        {
            "email": email,
            "password1": password,
            "password2": password2 or password,
            "accept_terms": "on",
        },
    )


def link_in(message) -> str:
    match = re.search(r"https?://[^\s]+", body_of(message))
    assert match, body_of(message)
    return match.group(0)


@pytest.mark.django_db(transaction=True)
def test_sign_up_verify_by_email_over_smtp_then_signed_in(client, smtp_inbox):
    response = signup(client, "Newcomer@Example.org")
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")

    user = get_user_model().objects.get(email="newcomer@example.org")
    assert not EmailAddress.objects.get(user=user).verified
    # Nothing is sent inside the request: the email waits in the task queue.
    assert smtp_inbox.messages == []

    run_queued_tasks()
    [message] = smtp_inbox.to("newcomer@example.org")
    assert "Confirm" in message["Subject"]
    path = "/" + link_in(message).split("/", 3)[3]

    page = client.get(path)
    assert page.status_code == 200
    assert b"newcomer@example.org" in page.content

    confirmed = client.post(path)
    assert confirmed.status_code == 302
    assert EmailAddress.objects.get(user=user).verified
    home = client.get(reverse("home"))
    assert home.wsgi_request.user == user
    assert b"Sign out" in home.content


@pytest.mark.django_db
def test_unverified_member_cannot_sign_in(client):
    make_user("pending@example.org", verified=False)
    response = client.post(
        "/accounts/login/", {"login": "pending@example.org", "password": DEFAULT_PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_duplicate_email_is_refused_whatever_its_case(client, member):
    response = signup(client, "MEMBER@example.ORG")
    assert response.status_code == 422
    assert b"already registered" in response.content
    assert (
        b'value="MEMBER@example.ORG"' in response.content
        or b"member@example.org" in response.content
    )
    assert get_user_model().objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    "password, message",
    [
        ("short1", b"too short"),
        ("password123456", b"too common"),
        ("12345678901234", b"entirely numeric"),
    ],
)
def test_weak_password_is_refused_with_the_reason(client, password, message):
    response = signup(client, "weak@example.org", password)
    assert response.status_code == 422
    assert message in response.content
    assert b'value="weak@example.org"' in response.content  # what was typed is kept
    assert not get_user_model().objects.exists()


@pytest.mark.django_db
def test_mismatched_passwords_are_refused(client):
    response = signup(client, "typo@example.org", DEFAULT_PASSWORD, DEFAULT_PASSWORD + "x")
    assert response.status_code == 422
    assert b"same password" in response.content
    assert not get_user_model().objects.exists()


@pytest.mark.django_db
def test_oversized_fields_get_a_message_not_a_server_error(client):
    huge_email = "a" * 5000 + "@example.org"
    response = signup(client, huge_email, "p" * 5000)
    assert response.status_code == 422
    assert b"at most" in response.content or b"valid email" in response.content
    assert not get_user_model().objects.exists()


@pytest.mark.django_db
def test_request_body_over_the_upload_limit_is_a_400(client):
    response = client.post(SIGNUP, {"email": "x@example.org", "password1": "p" * 3_000_000})
    assert response.status_code == 400
    assert not get_user_model().objects.exists()


@pytest.mark.django_db
def test_invalid_email_is_refused(client):
    response = signup(client, "not-an-email")
    assert response.status_code == 422
    assert b"valid email" in response.content
