"""Fixtures for moderation's tests: real rows through the real services."""

from datetime import timedelta

import pytest
from django.utils import timezone

from conftest import make_user
from creativetracks.labs.tests.conftest import make_lab
from creativetracks.moderation import services
from creativetracks.networks.tests.conftest import add_member, make_network


def established(user):
    """Make an account old enough not to count as new for the spam signals."""
    type(user).objects.filter(pk=user.pk).update(date_joined=timezone.now() - timedelta(days=60))
    user.refresh_from_db()
    return user


@pytest.fixture
def author(db):
    return established(make_user("author@example.org", display_name="Ada Author"))


@pytest.fixture
def reporter(db):
    return established(make_user("reporter@example.org", display_name="Rui Reporter"))


@pytest.fixture
def moderator(db):
    return make_user("mod@example.org", display_name="Mo Derator", is_staff=True)


@pytest.fixture
def lab(author):
    return make_lab(author, "Sea sounds")


@pytest.fixture
def network(db):
    owner = established(make_user("netowner@example.org", display_name="Nora Owner"))
    return make_network(owner, "Porto Printers")


@pytest.fixture
def thread(network, author, reporter):
    from creativetracks.networks.services import start_thread

    add_member(network, author)
    add_member(network, reporter)
    return start_thread(author, title="Ink suppliers", body="Who sells good ink?", network=network)


def report(reporter, type_key, obj, reason="spam", note=""):
    return services.report_content(reporter, type_key, obj, reason=reason, note=note)
