"""Create a network and invite people to it with a CSV file."""

import re

import pytest
from playwright.sync_api import expect

from conftest import make_user, run_queued_tasks
from creativetracks.networks.models import Import, Invitation, Network, NetworkMembership
from creativetracks.networks.tests.test_browser import CSV

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_create_a_network_and_invite_by_csv(journey):
    olga = make_user("olga@example.org", display_name="Olga Owner")
    page = journey.open(olga)
    page.goto(journey.url("/networks/"))
    page.get_by_role("link", name="Create a network").click()
    page.wait_for_url("**/networks/new/")
    page.get_by_label("Name").fill("Maputo Makers")
    page.get_by_label("Description").fill("Young **designers and makers** in Maputo.")
    page.get_by_label("Crafts").check()
    page.get_by_label("Countries the network covers").select_option(["MZ", "ZA"])
    journey.shot(page, "new-network")
    page.locator("main form button[type=submit]").click()
    expect(page.get_by_role("heading", name="Maputo Makers", level=1)).to_be_visible()
    journey.shot(page, "network")
    network = Network.objects.get(name="Maputo Makers")
    assert NetworkMembership.objects.get(network=network, user=olga).role == "owner"

    page.goto(journey.url(f"/networks/{network.slug}/manage/import/"))
    page.set_input_files(
        "input[type=file]",
        files=[{"name": "people.csv", "mimeType": "text/csv", "buffer": CSV.encode()}],
    )
    page.get_by_role("button", name="Upload and preview").click()
    page.wait_for_url(re.compile(r".*/manage/import/\d+/$"))
    journey.shot(page, "preview")
    page.get_by_role("button", name="Send 5 invitations").click()
    expect(page.locator("#import-progress")).to_be_visible()
    journey.shot(page, "sending")
    run_queued_tasks()  # the worker sends the invitations
    if not journey.javascript:
        page.get_by_role("link", name="Refresh to see the progress").click()
    expect(page.locator("#import-progress")).to_contain_text("5 of 5 invitations", timeout=10_000)
    journey.shot(page, "sent")
    assert Import.objects.get(network=network).status == "done"
    assert Invitation.objects.filter(network=network).count() == 5
