"""Forms that come back with errors tie each error to its field: the field says it is
invalid (`aria-invalid`) and names the error as its description (`aria-describedby`),
so a screen reader reads the error with the field. A few representative forms."""

import re
from html.parser import HTMLParser

import pytest

from conftest import make_user

pytestmark = pytest.mark.django_db


class Fields(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.invalid: list[dict] = []
        self.ids: dict[str, int] = {}
        self.text_of: dict[str, str] = {}
        self._open: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids[attrs["id"]] = self.ids.get(attrs["id"], 0) + 1
            self._open.append(attrs["id"])
            self.text_of.setdefault(attrs["id"], "")
        if tag in ("input", "select", "textarea") and attrs.get("aria-invalid") == "true":
            self.invalid.append(attrs)

    def handle_data(self, data):
        for element_id in self._open[-3:]:
            self.text_of[element_id] += data


def errors_tied_to_fields(html: str) -> list[str]:
    parser = Fields()
    parser.feed(html)
    assert parser.invalid, "no field is marked invalid"
    described = []
    for field in parser.invalid:
        ids = (field.get("aria-describedby") or "").split()
        errors = [i for i in ids if i.endswith("_error")]
        assert errors, f"{field.get('name')} is invalid but not described by its error"
        for error_id in errors:
            assert parser.ids.get(error_id) == 1, f"{error_id} missing or not unique"
            assert re.search(r"\w", parser.text_of[error_id]), f"{error_id} is empty"
        described.append(field.get("name"))
    return described


def test_sign_up_errors_are_tied_to_their_fields(client):
    response = client.post("/accounts/signup/", {"email": "not-an-address", "password1": "x"})
    assert response.status_code == 422
    assert "email" in errors_tied_to_fields(response.content.decode())


def test_lab_form_errors_are_tied_to_their_fields(client):
    client.force_login(make_user("lab-author@example.org"))
    # No visibility chosen: a radio group's options name its error too.
    response = client.post("/labs/new/", {"title": "!!!", "kind": "collaboration"})
    assert response.status_code == 422
    assert {"title", "visibility"} <= set(errors_tied_to_fields(response.content.decode()))


def test_profile_form_errors_are_tied_to_their_fields(client):
    client.force_login(make_user("profile-owner@example.org"))
    response = client.post("/profile/edit/basics/", {"display_name": "", "country": "XX"})
    assert response.status_code == 422
    assert errors_tied_to_fields(response.content.decode())


def test_password_change_errors_are_tied_to_their_fields(client):
    client.force_login(make_user("password-owner@example.org"))
    response = client.post("/accounts/password/change/", {"oldpassword": "wrong"})
    assert response.status_code == 422
    assert "oldpassword" in errors_tied_to_fields(response.content.decode())
