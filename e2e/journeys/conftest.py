"""Browser journeys (docs/journeys.md): each runs twice, with JavaScript and without.

The `journey` fixture opens browser contexts in the mode under test, signs people in
through a session cookie (the sign-in form has its own journey), numbers the
screenshots under var/screenshots/journeys/<journey>/ and fails the test on any
JavaScript error the pages raised.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import expect

SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots" / "journeys"


@dataclass
class Journey:
    browser: object
    base_url: str
    javascript: bool
    directory: Path
    contexts: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    shots: int = 0

    @property
    def mode(self) -> str:
        return "js" if self.javascript else "no-js"

    def url(self, path: str) -> str:
        return self.base_url + path

    def open(self, user=None, *, width: int = 1280, height: int = 900):
        """A new browser window (its own cookies), signed in as `user` when given."""
        context = self.browser.new_context(
            java_script_enabled=self.javascript,
            viewport={"width": width, "height": height},
            accept_downloads=True,
        )
        self.contexts.append(context)
        if user is not None:
            client = Client()
            client.force_login(user)
            cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
            context.add_cookies(
                [{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": self.base_url}]
            )
        page = context.new_page()
        page.on("console", self._console)
        page.on("response", self._response)
        page.on("pageerror", lambda error: self.problems.append(str(error)))
        return page

    def _console(self, message) -> None:
        # Pages answer bad input with a 4xx by design (a form with errors is a 422, an
        # unknown ticket a 404) and chromium logs those like failures; _response judges them.
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            self.problems.append(message.text)

    def _response(self, response) -> None:
        answer = response.request.resource_type in ("document", "fetch", "xhr")
        if response.status >= 500 or (response.status >= 400 and not answer):
            self.problems.append(f"{response.status} {response.url}")

    def shot(self, page, name: str) -> Path:
        self.shots += 1
        path = self.directory / f"{self.mode}-{self.shots:02d}-{name}.png"
        page.screenshot(path=path, full_page=True)
        return path

    def close(self) -> None:
        # Closed before the test database goes, so no poll reaches the server after it.
        for context in self.contexts:
            context.close()
        self.contexts.clear()


# Without JavaScript the same forms reach the same views and services as with it: what the
# variant adds is what the browser does, so it runs in the SQLite step only.
@pytest.fixture(
    params=[
        pytest.param(True, id="js"),
        pytest.param(False, id="no-js", marks=pytest.mark.same_on_every_database),
    ]
)
def javascript(request) -> bool:
    return request.param


@pytest.fixture
def journey(request, browser, live_server, javascript):
    name = re.sub(r"^test_", "", request.node.originalname)
    directory = SCREENSHOTS / name
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.glob(f"{'js' if javascript else 'no-js'}-*.png"):
        old.unlink()
    # A busy machine (two cores, other workers) can take longer than Playwright's 5 s.
    expect.set_options(timeout=15_000)
    journey = Journey(browser, live_server.url, javascript, directory)
    yield journey
    journey.close()
    assert journey.problems == [], "\n".join(journey.problems)
