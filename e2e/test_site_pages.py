"""Every page of the demo site, signed out and as each demo role: WCAG 2.2 AA by axe-core,
the 100 KB page budget, and images with alternatives, sizes and lazy loading.

The demo is seeded once for the module (small: 40 synthetic members, with their
photos) behind a live server of its own, so the nine walks share one database and one
browser; the database is emptied afterwards, as a transactional test would leave it.
"""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from pytest_django.live_server_helper import LiveServer

from creativetracks.demo import data

from .site_audit import BUDGET, SiteAudit, image_problems

# The module's data is committed by `demo_site`; each test's own transaction (the
# marker) only holds what the walk writes (sessions, last visits) and rolls it back.
# Accessibility, weight and images are the same whatever the database: the SQLite step
# runs this walk, the PostgreSQL step skips it (every route's status on PostgreSQL is
# the authorization matrix's job).
pytestmark = [pytest.mark.browser, pytest.mark.django_db, pytest.mark.same_on_every_database]

ROLES = ["visitor"] + [account["role"] for account in data.DEMO_ACCOUNTS]
EMAILS = {account["role"]: account["email"] for account in data.DEMO_ACCOUNTS}
# A page each role must reach, so a walk that stops early (a broken link, a lost
# session) cannot pass by checking less.
ROLE_PAGES = {
    "visitor": {"home", "directory", "event_detail", "lab_detail", "account_signup", "impact"},
    "member": {"account_settings", "conversation_detail", "profile_edit", "lab_create"},
    "organisation admin": {"organisation_edit", "organisation_staff"},
    "network admin": {"network_manage", "network_invitations"},
    "partner staff": {"event_participants", "reports"},
    "ambassador": {"ambassador_dashboard"},
    "juror": {"challenge_review"},
    "moderator / staff": {"moderation_queue", "moderation_audit", "reports"},
    "funder": {"reports"},
}


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker, tmp_path_factory):
    media = tmp_path_factory.mktemp("demo-media")
    with django_db_blocker.unblock():
        from django.test import override_settings

        with override_settings(MEDIA_ROOT=media):
            call_command("seed_demo", "--members", "40", stdout=StringIO())
        server = LiveServer("localhost")
        server._live_server_modified_settings.enable()
        # Signed in here, so that the sessions are committed for the live server too.
        clients = {"visitor": Client()}
        for role, email in EMAILS.items():
            clients[role] = Client()
            clients[role].force_login(get_user_model().objects.get(email=email))
        try:
            yield server, media, clients, role_objects()
        finally:
            server._live_server_modified_settings.disable()
            server.stop()
            call_command("flush", interactive=False, verbosity=0)


def role_objects() -> dict[str, list[str]]:
    """The pages of what each role runs: the walk opens one object per view, and it must
    be theirs for their tools to show."""
    from creativetracks.events.models import Event
    from creativetracks.networks.models import NetworkMembership
    from creativetracks.profiles.models import OrganisationMembership

    users = {role: get_user_model().objects.get(email=email) for role, email in EMAILS.items()}
    first = {}
    organisation = OrganisationMembership.objects.filter(
        user=users["organisation admin"], role=OrganisationMembership.Role.ADMIN
    ).first()
    network = NetworkMembership.objects.filter(
        user=users["network admin"], role=NetworkMembership.Role.OWNER
    ).first()
    event = Event.objects.filter(organiser_partner__staff=users["partner staff"]).first()
    first["organisation admin"] = [organisation.organisation.get_absolute_url()]
    first["network admin"] = [network.network.get_absolute_url()]
    first["partner staff"] = [event.get_absolute_url()]
    return first


@pytest.fixture(scope="module")
def audit(browser, demo_site):
    server, _, _, _ = demo_site
    return SiteAudit(browser, server.url)


@pytest.fixture
def walk(audit, demo_site, settings):
    _, media, clients, first = demo_site
    settings.MEDIA_ROOT = media
    return lambda role: audit.walk(role, clients[role], first.get(role, []))


@pytest.mark.parametrize("role", ROLES)
def test_every_page_meets_wcag_22_aa(walk, role):
    records = walk(role)
    assert ROLE_PAGES[role] - {record.view for record in records} == set(), "pages not reached"
    assert [r.path for r in records if r.status != 200] == [], "server errors"
    failures = [
        f"{record.path} [{v['id']}, {v['impact']}] {v['help']}: " + " | ".join(v["nodes"])
        for record in records
        for v in record.violations or []
    ]
    assert failures == [], "\n".join(failures)


@pytest.mark.parametrize("role", ROLES)
def test_every_page_fits_the_budget(walk, role):
    heavy = [
        f"{record.path}: {record.transferred / 1024:.0f} KB "
        f"(HTML {record.html_bytes / 1024:.0f} KB + CSS/JS "
        f"{sum(record.assets.values()) / 1024:.0f} KB)"
        for record in walk(role)
        if record.transferred > BUDGET
    ]
    assert heavy == [], "\n".join(heavy)


@pytest.mark.parametrize("role", ROLES)
def test_images_have_alternatives_sizes_and_load_lazily(walk, role):
    problems = [problem for record in walk(role) for problem in image_problems(record)]
    assert problems == [], "\n".join(problems)
