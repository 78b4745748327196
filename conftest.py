"""Fixtures shared by every app's tests."""

import os
import socket
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress
from django.core.cache import cache
from django.core.management import call_command

DEFAULT_PASSWORD = "a-long-and-unusual-passphrase-42"


@pytest.fixture(autouse=True)
def _test_settings(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    # Hashing passwords the production way costs ~0.3 s each; tests create hundreds.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # The cached user row (accounts.cached_auth) saves one query from the second request
    # on, which would make every "same queries at two sizes" test compare a first request
    # with a second; its own tests turn it on.
    settings.USER_CACHE_SECONDS = 0


@pytest.fixture(autouse=True)
def _english_by_default():
    # A request activates its language in the thread; tests that render without a
    # request (error handlers, emails) must not inherit the previous test's language.
    from django.utils import translation

    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Rate limits live in the cache; one test's attempts must not lock out another's.
    cache.clear()
    yield
    cache.clear()


def make_user(email: str, *, verified: bool = True, accepted_terms: bool = True, **extra):
    """A member as sign-up makes them: a confirmed address and the current terms accepted
    (without them, every page sends the member to accept the terms first)."""
    from django.contrib.auth import get_user_model

    from creativetracks.accounts.services import accept_terms

    user = get_user_model().objects.create_user(email=email, password=DEFAULT_PASSWORD, **extra)
    EmailAddress.objects.create(user=user, email=user.email, verified=verified, primary=True)
    if accepted_terms:
        accept_terms(user)
    return user


@pytest.fixture
def member(db):
    return make_user("member@example.org", display_name="Mia Member")


@pytest.fixture
def other_member(db):
    return make_user("other@example.org", display_name="Otto Other")


@pytest.fixture
def staff_user(db):
    return make_user("staff@example.org", display_name="Stella Staff", is_staff=True)


@pytest.fixture
def superuser(db):
    return make_user("root@example.org", is_staff=True, is_superuser=True)


@dataclass
class SMTPInbox:
    """What a real SMTP server, started for the test, received."""

    host: str
    port: int
    messages: list[EmailMessage] = field(default_factory=list)

    def to(self, address: str) -> list[EmailMessage]:
        return [m for m in self.messages if address in m["To"]]


class _InboxHandler:
    def __init__(self, inbox: SMTPInbox):
        self.inbox = inbox

    async def handle_DATA(self, server, session, envelope):
        self.inbox.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 Message accepted for delivery"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp_inbox(settings):
    """Start aiosmtpd on a free port and deliver the site's email to it through the task queue."""
    from aiosmtpd.controller import Controller

    inbox = SMTPInbox(host="127.0.0.1", port=_free_port())
    controller = Controller(_InboxHandler(inbox), hostname=inbox.host, port=inbox.port)
    controller.start()
    settings.EMAIL_BACKEND = "creativetracks.core.email.TaskEmailBackend"
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = inbox.host
    settings.EMAIL_PORT = inbox.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    yield inbox
    controller.stop()


def run_queued_tasks() -> None:
    """Run the real database worker until the queue is empty."""
    call_command(
        "db_worker", batch=True, reload=False, startup_delay=False, interval=0.1, verbosity=0
    )


def body_of(message: EmailMessage) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


# Browser journeys (marker "browser"): one Debian chromium for the whole session,
# shared by e2e/ and any app's browser tests.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).parent / "e2e" / "output"


@pytest.fixture(scope="session")
def browser():
    # Playwright's sync API runs an event loop in this thread; the ORM calls the
    # tests make around it are still synchronous.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "Install Debian's chromium (make chromium)"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def screenshot_dir(request) -> Path:
    path = SCREENSHOTS / request.node.name
    path.mkdir(parents=True, exist_ok=True)
    return path


# The longest test files, started first: xdist hands whole files to workers in
# collection order (--dist loadfile), so a long file collected last would run alone
# at the end while the other workers sit idle.
LONGEST_FILES = (
    "e2e/test_site_pages.py",
    "creativetracks/core/tests/test_authorization.py",
    "e2e/test_messages.py",
    "e2e/journeys/test_labs.py",
    "e2e/journeys/test_challenges.py",
    "e2e/test_xss.py",
)


ON_POSTGRESQL = os.environ.get("DATABASE_URL", "").startswith(("postgres:", "postgresql:"))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    def rank(item) -> int:
        path = item.nodeid.split("::")[0]
        return LONGEST_FILES.index(path) if path in LONGEST_FILES else len(LONGEST_FILES)

    items.sort(key=rank)
    if ON_POSTGRESQL:
        skip = pytest.mark.skip(
            reason="checks what the browser gets (accessibility, weight, images), which the "
            "database does not change: run in the SQLite step"
        )
        for item in items:
            if item.get_closest_marker("same_on_every_database"):
                item.add_marker(skip)
