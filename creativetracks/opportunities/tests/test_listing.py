"""The listing: filters, "eligible for me", expired ones leaving, constant queries."""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from creativetracks.opportunities.models import Opportunity

from .conftest import publish, set_profile


def titles(response) -> str:
    return response.content.decode()


def test_expired_opportunities_leave_the_default_listing(client, publisher):
    publish(publisher, title="Still open")
    publish(publisher, title="Rolling call", deadline=None)
    old = publish(publisher, title="Long closed")
    Opportunity.objects.filter(pk=old.pk).update(deadline=timezone.now() - timedelta(minutes=1))
    page = titles(client.get("/opportunities/"))
    assert "Still open" in page and "Rolling call" in page
    assert "Long closed" not in page
    past = titles(client.get("/opportunities/?past=1"))
    assert "Long closed" in past and "Still open" not in past
    # Its page stays readable, marked closed.
    assert "This opportunity is closed" in titles(client.get(f"/opportunities/{old.pk}/"))


def test_soonest_deadline_first_rolling_last(client, publisher):
    publish(publisher, title="Rolling call", deadline=None)
    publish(publisher, title="Later call", deadline=timezone.now() + timedelta(days=30))
    publish(publisher, title="Sooner call", deadline=timezone.now() + timedelta(days=3))
    page = titles(client.get("/opportunities/"))
    assert page.index("Sooner call") < page.index("Later call") < page.index("Rolling call")


def test_filters_by_kind_sector_language_destination_and_closing(client, publisher):
    publish(
        publisher, title="Music residency", kind="residency", sectors=["music"], languages=["fr"]
    )
    publish(publisher, title="Design job", kind="job", sectors=["design"], languages=["en"])
    publish(
        publisher,
        title="Go to Japan",
        kind="mobility",
        destination_countries=["JP"],
        deadline=timezone.now() + timedelta(days=5),
    )
    assert "Design job" not in titles(client.get("/opportunities/?kind=residency"))
    assert "Music residency" in titles(client.get("/opportunities/?kind=residency"))
    assert "Music residency" not in titles(client.get("/opportunities/?sector=design"))
    assert "Design job" not in titles(client.get("/opportunities/?language=fr"))
    by_region = titles(client.get("/opportunities/?region=AS"))
    assert "Go to Japan" in by_region and "Design job" not in by_region
    assert "Go to Japan" in titles(client.get("/opportunities/?destination=jp"))
    closing = titles(client.get("/opportunities/?closing=7"))
    assert "Go to Japan" in closing and "Design job" not in closing


def test_text_search(client, publisher):
    publish(publisher, title="Ceramics prize", description="For potters.")
    publish(publisher, title="Film fund")
    page = titles(client.get("/opportunities/?q=ceram"))
    assert "Ceramics prize" in page and "Film fund" not in page


def test_eligible_for_me_filter_and_badges(client, member, publisher):
    set_profile(member, country="PT", nationalities=["PT"], date_of_birth=date(2000, 5, 1))
    publish(publisher, title="For residents of Portugal", residence_countries=["PT"])
    publish(publisher, title="For Brazilians", nationalities=["BR"])
    publish(publisher, title="For designers", sectors=["design"])
    client.force_login(member)
    everything = titles(client.get("/opportunities/"))
    assert "You are eligible" in everything and "You are not eligible" in everything
    assert "add your sectors to your profile" in everything
    mine = titles(client.get("/opportunities/?eligible=yes"))
    assert "For residents of Portugal" in mine
    assert "For Brazilians" not in mine and "For designers" not in mine
    maybe = titles(client.get("/opportunities/?eligible=maybe"))
    assert "For designers" in maybe and "For Brazilians" not in maybe


def test_detail_explains_eligibility(client, member, publisher):
    set_profile(member, country="BR", nationalities=["BR"])
    opportunity = publish(publisher, residence_countries=["PT"])
    client.force_login(member)
    page = titles(client.get(f"/opportunities/{opportunity.pk}/"))
    assert "You are not eligible" in page
    assert "you live in Brazil" in page


def test_bad_filter_values_are_ignored(client, publisher):
    publish(publisher, title="Anything")
    response = client.get("/opportunities/?kind=<script>&closing=999&page=abc&eligible=x")
    assert response.status_code == 200
    assert "Anything" in titles(response)


def test_htmx_gets_the_results_only(client, publisher):
    publish(publisher, title="Partial")
    response = client.get("/opportunities/", headers={"HX-Request": "true"})
    page = titles(response)
    assert "Partial" in page and "<html" not in page


def _queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize(
    "url", ["/opportunities/", "/opportunities/?eligible=yes", "/opportunities/saved/"]
)
def test_listing_queries_are_constant(client, member, publisher, url):
    set_profile(member, country="PT")
    client.force_login(member)
    from creativetracks.opportunities.services import save_opportunity

    for n in range(2):
        save_opportunity(member, publish(publisher, title=f"Few {n}", residence_countries=["PT"]))
    few = _queries(client, url)
    for n in range(25):
        save_opportunity(
            member,
            publish(publisher, title=f"Many {n}", residence_countries=["PT"], sectors=["music"]),
        )
    many = _queries(client, url)
    assert many == few


def test_review_queue_queries_are_constant(
    client, member, publisher, django_assert_max_num_queries
):
    client.force_login(publisher)
    publish(member, title="One")
    few = _queries(client, "/opportunities/review/")
    for n in range(15):
        publish(member, title=f"Pending {n}")
    with django_assert_max_num_queries(few):
        client.get("/opportunities/review/")
