"""Open formats of ambassador regions, learning tracks and discussion threads, and the
tags (schema.org keywords, article:tag) of article pages: what a visitor sees only."""

import re

import pytest
from django.test import RequestFactory

from creativetracks.ambassadors.tests.conftest import ambassador, region
from creativetracks.core.tests.test_open_formats import has_no_open_formats, json_ld, og
from creativetracks.labs.tests.conftest import make_lab
from creativetracks.networks import services as networks
from creativetracks.networks.tests.conftest import make_network
from creativetracks.opportunities.tests.conftest import partner_staff
from creativetracks.resources.tests.conftest import add_resource, make_track

pytestmark = pytest.mark.django_db

# The schema.org properties (https://schema.org, inherited ones included) of the types
# these pages use: JSON-LD with a misspelt or misplaced property fails here.
THING = {"@type", "@context", "name", "description", "url", "image", "sameAs", "identifier"}
CREATIVE_WORK = THING | {
    "abstract", "author", "dateCreated", "dateModified", "datePublished", "educationalLevel",
    "expires", "genre", "hasPart", "headline", "inLanguage", "isPartOf", "keywords",
    "position", "provider", "text", "commentCount", "about", "mainEntity",
}  # fmt: skip
VOCABULARY = {
    "ContactPage": CREATIVE_WORK,
    "Course": CREATIVE_WORK | {"courseCode", "coursePrerequisites", "hasCourseInstance"},
    "CreativeWork": CREATIVE_WORK,
    "Report": CREATIVE_WORK,
    "PodcastEpisode": CREATIVE_WORK,
    "DiscussionForumPosting": CREATIVE_WORK | {"sharedContent", "articleBody"},
    "WebPage": CREATIVE_WORK,
    "Organization": THING | {"contactPoint", "member", "address", "logo", "areaServed"},
    "Person": THING,
    "ContactPoint": THING | {"contactType", "areaServed", "email", "availableLanguage"},
    "Country": THING,
}


def assert_schema_org(data: dict | list) -> None:
    """Every object has a known @type and only that type's properties."""
    for node in data if isinstance(data, list) else [data]:
        if not isinstance(node, dict):
            continue
        assert node["@type"] in VOCABULARY, node["@type"]
        unknown = set(node) - VOCABULARY[node["@type"]]
        assert not unknown, (node["@type"], unknown)
        for value in node.values():
            if isinstance(value, dict | list):
                assert_schema_org(value)


def tags(page: str) -> list[str]:
    return re.findall(r'<meta property="article:tag" content="([^"]*)">', page)


def test_a_region_page_is_a_contact_page_naming_only_public_ambassadors(client):
    lusophone = region("Lusophone Africa", ["MZ", "AO"])
    ana = ambassador("ana@example.org", "Ana Public", "MZ", lusophone)
    ana.profile.visibility = "public"
    ana.profile.save()
    ambassador("rui@example.org", "Rui Quiet", "AO", lusophone)  # members-only profile
    page = client.get(lusophone.get_absolute_url()).content.decode()
    data = json_ld(page)
    assert_schema_org(data)
    assert data["@type"] == "ContactPage" and data["name"] == "Lusophone Africa"
    assert data["keywords"] == "Mozambique, Angola"
    contact = data["about"]["contactPoint"]
    assert contact["areaServed"] == [
        {"@type": "Country", "name": "Mozambique"},
        {"@type": "Country", "name": "Angola"},
    ]
    assert contact["url"] == "http://testserver/ambassadors/contact/"
    assert [person["name"] for person in data["about"]["member"]] == ["Ana Public"]
    assert "Rui Quiet" in page and "Rui Quiet" not in re.findall(r"ld\+json\">(.*?)<", page)[0]
    assert og(page, "og:type") == "website" and tags(page) == []  # not an article
    assert og(page, "og:title") == "Lusophone Africa" and 'class="share"' in page


def test_a_learning_track_is_a_course_of_the_public_resources_only(client, member):
    staff = partner_staff()
    public = add_resource(staff, title="Export basics", topics=["internationalisation"])
    quiet = add_resource(
        staff, title="Members' toolkit", topics=["legal"], sectors=["music"], visibility="members"
    )
    track = make_track([public, quiet])
    client.force_login(member)  # a member sees both steps; the tags say only the public one
    page = client.get(track.get_absolute_url()).content.decode()
    assert "Members&#x27; toolkit" in page or "Members' toolkit" in page
    data = json_ld(page)
    assert_schema_org(data)
    assert data["@type"] == "Course" and data["name"] == "Going international"
    assert data["educationalLevel"] == "Beginner"
    assert data["hasPart"] == [
        {
            "@type": "CreativeWork",
            "name": "Export basics",
            "url": "http://testserver" + public.get_absolute_url(),
            "position": 1,
        }
    ]
    assert data["keywords"] == "Internationalisation and mobility, Design"
    assert og(page, "og:type") == "article"
    assert tags(page) == ["Internationalisation and mobility", "Design"]
    assert "Legal" not in tags(page) and "Music" not in tags(page)


def test_an_unpublished_track_is_not_found(client):
    track = make_track([], title="Draft", slug="draft")
    track.published = False
    track.save()
    assert client.get(track.get_absolute_url()).status_code == 404


def test_discussion_threads_say_nothing_outside_the_site(client, member, other_member):
    # Visitors never read discussions (docs/networks.md): no tags, even in a public network
    network = make_network(member)
    thread = networks.start_thread(member, network=network, title="Kilns", body="Who has one?")
    client.force_login(other_member)
    page = client.get(thread.get_absolute_url()).content.decode()
    assert "Who has one?" in page and has_no_open_formats(page)


def test_a_thread_visitors_could_read_would_be_a_discussion_forum_posting(member, monkeypatch):
    """The builder, for the day visitors may read a thread (the rule flipped here)."""
    from creativetracks.networks import permissions, seo

    member.profile.visibility = "public"
    member.profile.save()
    network = make_network(member, sectors=["crafts", "design"])
    thread = networks.start_thread(member, network=network, title="Kilns", body="Who has *one*?")
    request = RequestFactory().get(thread.get_absolute_url())
    assert seo.thread_meta(request, thread) is None  # today's rule
    monkeypatch.setattr(permissions, "can_read_thread", lambda viewer, thread: True)
    meta = seo.thread_meta(request, thread)
    assert_schema_org(meta.json_ld)
    assert meta.json_ld["@type"] == "DiscussionForumPosting"
    assert meta.json_ld["headline"] == "Kilns" and meta.json_ld["text"] == "Who has one?"
    assert meta.json_ld["author"]["name"] == "Mia Member"
    assert meta.json_ld["isPartOf"]["url"].endswith(f"/networks/{network.slug}/discussions/")
    assert meta.og_type == "article" and meta.article_tags == ("Maputo Makers", "Crafts", "Design")
    unlisted = make_network(member, "Quiet circle", listing="unlisted")
    hidden = networks.start_thread(member, network=unlisted, title="Ours", body="Only us.")
    assert seo.thread_meta(request, hidden) is None


def test_article_pages_carry_their_tags(client, member):
    staff = partner_staff()
    resource = add_resource(staff, topics=["funding", "legal"], sectors=["design"])
    page = client.get(resource.get_absolute_url()).content.decode()
    assert tags(page) == ["Funding", "Legal", "Design"]
    assert json_ld(page)["keywords"] == "Funding, Legal, Design"
    lab = make_lab(member)
    lab.sectors, lab.skills = ["music"], ["sound design"]
    lab.save()
    page = client.get(lab.get_absolute_url()).content.decode()
    assert tags(page) == ["Music", "sound design"]
    assert json_ld(page)["keywords"] == "Music, sound design"
    # a website page (a network) has keywords only where it says so, never article:tag
    network = make_network(member)
    assert tags(client.get(network.get_absolute_url()).content.decode()) == []
