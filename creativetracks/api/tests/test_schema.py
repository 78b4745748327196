"""schemathesis against the live app (WSGI), as a visitor and with a read-write token:
no server errors, and every response as the schema says (status, content type, body)."""

import pytest
import schemathesis
from django.core import signals
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from conftest import make_user
from creativetracks.api import services
from creativetracks.labs.tests.conftest import make_lab
from creativetracks.wsgi import application

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


# Loaded once at collection: the schema view reads no database.
schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _keep_the_test_connection():
    """The WSGI handler closes database connections after each request, which would end
    the test's transaction; Django's test client avoids it the same way."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture(autouse=True)
def _generous_limits(settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "api_read": "100000/h", "api_write": "100000/h"}


@pytest.fixture
def token_header(db):
    user = make_user("schemathesis@example.org", display_name="Sam Schema")
    make_lab(user, title="Fuzzed lab")
    _token, secret = services.create_token(user, name="fuzz", scope="read-write")
    return {"Authorization": f"Bearer {secret}"}


@schema.parametrize()
@settings(
    max_examples=5,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_api_as_visitor(case):
    case.call_and_validate(checks=CHECKS)


@schema.parametrize()
@settings(
    max_examples=5,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_api_with_a_token(case, token_header):
    case.call_and_validate(checks=CHECKS, headers=token_header)
