"""The network page and CSV onboarding in Debian's chromium with JavaScript: the progress
updates in place. Without JavaScript: e2e/journeys/test_networks.py."""

import re

import pytest

from conftest import DEFAULT_PASSWORD, make_user, run_queued_tasks
from creativetracks.networks import services
from creativetracks.networks.models import Import, NetworkMembership
from creativetracks.profiles.models import Organisation

from .conftest import make_network, person

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CSV = (
    "name,email,country,sectors\n"
    "Amina Mussa,amina@example.org,Mozambique,design;crafts\n"
    "João Ferreira,joao@example.org,PT,audiovisual-film\n"
    "Li Wei,wei@example.org,China,\n"
    "Broken Address,broken,PT,\n"
    "Amina Again,AMINA@example.org,MZ,\n"
    "Nowhere Person,nowhere@example.org,Atlantis,\n"
    "Lúcia Santos,lucia@example.org,BR,music\n"
    "Kofi Mensah,kofi@example.org,Ghana,fashion\n"
)


@pytest.fixture
def owner(db):
    owner = make_user("owner@example.org", display_name="Olga Owner")
    network = make_network(
        owner,
        "Maputo Makers",
        description="A network of **young designers and makers** in Maputo and across "
        "southern Africa.\n\nWe run monthly portfolio nights and a shared studio.",
        sectors=["design", "crafts", "fashion"],
        countries=["MZ", "ZA", "AO"],
        website="https://makers.example.org",
    )
    for n, (name, headline) in enumerate(
        [
            ("Amara Okafor", "Textile designer"),
            ("Tendai Moyo", "Ceramicist"),
            ("Lucas Martin", "Furniture maker"),
            ("Zanele Dube", "Fashion designer"),
            ("Nuno Tembe", "Photographer"),
            ("Rita Sousa", "Producer"),
        ]
    ):
        user = person(f"p{n}@example.org", name, headline=headline)
        NetworkMembership.objects.create(
            network=network, user=user, role="admin" if n == 0 else "member"
        )
    organisation = Organisation.objects.create(
        name="Maputo Arts Council", slug="maputo-arts", kind="ngo", country="MZ"
    )
    network.organisations.add(organisation)
    thread = services.start_thread(
        owner, network=network, title="Shared studio space", body="Who is in?"
    )
    services.start_thread(
        owner, network=network, title="Open calls this season", body="Post links."
    )
    services.post_reply(user, thread, "Count me in: I need a **kiln**.")
    return owner


def sign_in(page, live_server, email: str) -> None:
    page.goto(live_server.url + "/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", DEFAULT_PASSWORD)
    page.click("form button[type=submit]")
    page.wait_for_url(re.compile(r".*/$"))


def test_network_page_and_csv_onboarding_with_javascript(
    browser, live_server, owner, screenshot_dir
):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(live_server.url + "/networks/maputo-makers/")
    page.screenshot(path=screenshot_dir / "1-network-visitor.png", full_page=True)

    sign_in(page, live_server, "owner@example.org")
    page.goto(live_server.url + "/networks/maputo-makers/")
    assert page.locator("h1").inner_text() == "Maputo Makers"
    page.screenshot(path=screenshot_dir / "2-network-owner.png", full_page=True)
    page.goto(live_server.url + "/networks/maputo-makers/members/")
    page.screenshot(path=screenshot_dir / "3-members.png", full_page=True)
    page.click("text=Discussions")
    page.click("text=Shared studio space")
    assert "kiln" in page.locator(".reply-list").inner_text()
    page.screenshot(path=screenshot_dir / "3-thread.png", full_page=True)
    page.goto(live_server.url + "/networks/")
    page.select_option("#network-sector", "crafts")
    page.wait_for_url(re.compile(r".*sector=crafts.*"))
    assert page.locator(".result-card").count() == 1
    page.screenshot(path=screenshot_dir / "3-listing.png", full_page=True)

    page.goto(live_server.url + "/networks/maputo-makers/manage/import/")
    page.screenshot(path=screenshot_dir / "4-import-form.png", full_page=True)
    page.set_input_files(
        "input[type=file]",
        files=[{"name": "people.csv", "mimeType": "text/csv", "buffer": CSV.encode()}],
    )
    page.click("text=Upload and preview")
    page.wait_for_url(re.compile(r".*/manage/import/\d+/$"))
    assert "Send 5 invitations" in page.content()
    page.screenshot(path=screenshot_dir / "5-import-preview.png", full_page=True)

    page.evaluate("window.stillTheSamePage = true")
    page.click("text=Send 5 invitations")
    page.wait_for_selector("#import-progress")
    page.evaluate("window.stillTheSamePage = true")
    page.screenshot(path=screenshot_dir / "6-import-sending.png", full_page=True)
    run_queued_tasks()
    page.wait_for_selector("text=Invitations sent", timeout=10_000)
    assert page.evaluate("window.stillTheSamePage") is True  # updated without a reload
    assert "5 of 5 invitations" in page.locator("#import-progress").inner_text()
    assert not page.locator("text=Refresh to see the progress").is_visible()
    page.screenshot(path=screenshot_dir / "7-import-done.png", full_page=True)
    assert Import.objects.get().status == "done"
    assert errors == [], "\n".join(errors)
