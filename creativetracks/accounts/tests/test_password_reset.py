import re

import pytest
from django.contrib.auth import get_user_model

from conftest import body_of, make_user, run_queued_tasks

NEW_PASSWORD = "another-long-passphrase-77"


@pytest.mark.django_db(transaction=True)
def test_password_reset_by_email_over_smtp(client, smtp_inbox):
    make_user("forgetful@example.org")
    response = client.post("/accounts/password/reset/", {"email": "Forgetful@example.org"})
    assert response.status_code == 302

    run_queued_tasks()
    [message] = smtp_inbox.to("forgetful@example.org")
    link = re.search(r"https?://\S+/accounts/password/reset/key/\S+", body_of(message)).group(0)
    path = "/" + link.split("/", 3)[3]

    form_page = client.get(path, follow=True)
    assert form_page.status_code == 200
    set_password_path = form_page.redirect_chain[-1][0] if form_page.redirect_chain else path
    done = client.post(set_password_path, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert done.status_code == 302

    user = get_user_model().objects.get(email="forgetful@example.org")
    assert user.check_password(NEW_PASSWORD)
    assert client.login(email="forgetful@example.org", password=NEW_PASSWORD)


@pytest.mark.django_db(transaction=True)
def test_reset_for_an_unknown_address_says_so_and_sends_nothing(client, smtp_inbox):
    response = client.post("/accounts/password/reset/", {"email": "nobody@example.org"})
    assert response.status_code == 422
    assert b"not assigned to any user account" in response.content
    run_queued_tasks()
    assert smtp_inbox.messages == []


@pytest.mark.django_db
def test_tampered_reset_link_is_a_400_and_changes_nothing(client, member):
    response = client.get("/accounts/password/reset/key/1-set-password-forged/", follow=True)
    assert response.status_code == 400
    assert b"Bad Token" in response.content or b"invalid" in response.content
    member.refresh_from_db()
    assert member.check_password("a-long-and-unusual-passphrase-42")
