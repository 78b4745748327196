"""Fixtures for the labs' tests: real rows through the real services."""

import pytest

from conftest import make_user
from creativetracks.labs import services
from creativetracks.labs.models import Lab


def make_lab(owner, title: str = "Looking for a sound designer", **fields) -> Lab:
    data = {
        "kind": Lab.Kind.COLLABORATION,
        "title": title,
        "summary": "A short film about the sea needs sound.",
        "description": "We *record* waves.",
        "link": "",
        "sectors": ["audiovisual-film"],
        "skills": ["Sound design"],
        "countries": ["PT"],
        "language": "en",
        "network": None,
        "visibility": Lab.Visibility.PUBLIC,
        "expires_on": None,
        **fields,
    }
    return services.create_lab(owner, data)


def lab_form_data(**fields) -> dict:
    data = {
        "kind": "collaboration",
        "title": "Looking for an illustrator",
        "summary": "A picture book about rivers.",
        "description": "Pages of **water**.",
        "link": "",
        "sectors": ["literature-publishing"],
        "skills": "illustration, watercolour",
        "countries": ["MZ", "PT"],
        "language": "en",
        "network": "",
        "visibility": "public",
        "expires_on": "",
    }
    data.update(fields)
    return data


@pytest.fixture
def lab(member):
    """A public, open call for collaboration posted by `member`."""
    return make_lab(member)


@pytest.fixture
def third_member(db):
    return make_user("third@example.org", display_name="Tia Third")
