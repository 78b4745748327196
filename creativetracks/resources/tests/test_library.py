"""The resource library: publishing, search and filters, bookmarks, helpful votes."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from creativetracks.resources.models import Bookmark, HelpfulVote, Resource

from .conftest import add_resource, resource_data

FORM = {
    "kind": "toolkit",
    "title": "IP toolkit",
    "summary": "Protect your work.",
    "author": "WIPO",
    "topics": ["intellectual-property"],
    "language": "en",
    "level": "intermediate",
    "link": "https://example.org/ip",
    "visibility": "public",
}


def page(response) -> str:
    return response.content.decode()


def test_partner_staff_add_a_resource_with_a_link(client, publisher):
    client.force_login(publisher)
    response = client.post("/resources/new/", FORM)
    resource = Resource.objects.get()
    assert response.status_code == 302 and response["Location"] == resource.get_absolute_url()
    assert "IP toolkit" in page(client.get(resource.get_absolute_url()))


def test_a_file_instead_of_a_link(client, publisher):
    client.force_login(publisher)
    upload = SimpleUploadedFile("template.pdf", b"%PDF-1.4 tiny", content_type="application/pdf")
    response = client.post("/resources/new/", {**FORM, "link": "", "upload": upload})
    assert response.status_code == 302
    assert Resource.objects.get().file.name.endswith(".pdf")


def test_neither_file_nor_link_nor_a_bad_file(client, publisher):
    client.force_login(publisher)
    response = client.post("/resources/new/", {**FORM, "link": ""})
    assert response.status_code == 422
    assert "Give a link or add a file" in page(response)
    exe = SimpleUploadedFile("virus.exe", b"MZ", content_type="application/octet-stream")
    response = client.post("/resources/new/", {**FORM, "link": "", "upload": exe})
    assert response.status_code == 422 and "be added" in page(response)
    assert "IP toolkit" in page(response)  # input kept
    assert not Resource.objects.exists()


def test_members_cant_add_resources(client, member):
    client.force_login(member)
    assert client.get("/resources/new/").status_code == 403
    assert client.post("/resources/new/", FORM).status_code == 403


def test_search_and_filters(client, publisher):
    add_resource(publisher, title="Pricing your design work")
    add_resource(
        publisher,
        title="Podcast on royalties",
        kind="podcast",
        topics=["intellectual-property"],
        language="pt",
        level="advanced",
        sectors=["music"],
    )
    assert "Podcast on royalties" not in page(client.get("/resources/?q=pricing"))
    assert "Pricing your design work" in page(client.get("/resources/?q=pric"))
    for query in (
        "kind=podcast",
        "topic=intellectual-property",
        "language=pt",
        "level=advanced",
        "sector=music",
    ):
        result = page(client.get(f"/resources/?{query}"))
        assert "Podcast on royalties" in result and "Pricing your design work" not in result, query


def test_members_only_resources(client, member, publisher):
    resource = add_resource(publisher, title="Members guide", visibility="members")
    assert "Members guide" not in page(client.get("/resources/"))
    assert client.get(resource.get_absolute_url()).status_code == 404
    client.force_login(member)
    assert "Members guide" in page(client.get("/resources/"))


def test_bookmarks(client, member, publisher):
    resource = add_resource(publisher)
    client.force_login(member)
    client.post(f"/resources/{resource.pk}/bookmark/")
    client.post(f"/resources/{resource.pk}/bookmark/")
    assert Bookmark.objects.filter(user=member).count() == 1
    assert resource.title in page(client.get("/resources/bookmarks/"))
    client.post(f"/resources/{resource.pk}/unbookmark/")
    assert not Bookmark.objects.exists()


def test_helpful_votes_count_once_and_sort(client, member, other_member, publisher):
    first = add_resource(publisher, title="Less helpful")
    second = add_resource(publisher, title="Most helpful guide")
    for user in (member, other_member):
        client.force_login(user)
        client.post(f"/resources/{second.pk}/helpful/")
        client.post(f"/resources/{second.pk}/helpful/")
    second.refresh_from_db()
    assert second.helpful_count == 2 and HelpfulVote.objects.count() == 2
    listing = page(client.get("/resources/?sort=helpful"))
    assert listing.index("Most helpful guide") < listing.index("Less helpful")
    client.post(f"/resources/{second.pk}/unhelpful/")
    client.post(f"/resources/{second.pk}/unhelpful/")
    second.refresh_from_db()
    assert second.helpful_count == 1
    assert first.helpful_count == 0


def test_visitors_are_sent_to_sign_in_and_unknown_actions_404(client, member, publisher):
    resource = add_resource(publisher)
    response = client.post(f"/resources/{resource.pk}/helpful/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    client.force_login(member)
    assert client.post(f"/resources/{resource.pk}/explode/").status_code == 404


def test_old_slugs_redirect(client, publisher):
    resource = add_resource(publisher)
    response = client.get(f"/resources/{resource.pk}/")
    assert response.status_code == 301 and response["Location"] == resource.get_absolute_url()


def _count(client, url):
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize(
    "url", ["/resources/", "/resources/?q=guide&topic=funding", "/resources/bookmarks/"]
)
def test_listing_queries_are_constant(client, member, publisher, url):
    from creativetracks.resources.services import bookmark_resource

    client.force_login(member)
    for n in range(2):
        bookmark_resource(member, add_resource(publisher, title=f"Guide {n}", topics=["funding"]))
    few = _count(client, url)
    for n in range(30):
        bookmark_resource(
            member, add_resource(publisher, title=f"Guide more {n}", topics=["funding"])
        )
    assert _count(client, url) == few


def test_data_helper_is_complete():
    assert set(resource_data()) >= {"kind", "title", "topics", "link", "author"}
