import pytest
from django.urls import reverse

from conftest import DEFAULT_PASSWORD
from creativetracks.core.exceptions import NotAllowed
from creativetracks.core.models import SearchDocument
from creativetracks.profiles import services
from creativetracks.profiles.models import PortfolioItem, Profile


def test_every_new_account_gets_a_members_only_profile(db):
    from conftest import make_user

    user = make_user("ana.silva@example.org")
    profile = Profile.objects.get(user=user)
    assert profile.display_name == "Ana Silva"
    assert profile.handle == "ana-silva"
    assert profile.visibility == "members"
    assert SearchDocument.objects.filter(
        kind="person", object_id=profile.pk, visibility="members"
    ).exists()


def test_handles_stay_unique(db):
    from conftest import make_user

    first = make_user("ana.silva@example.org").profile
    second = make_user("ana.silva@example.net").profile
    assert first.handle != second.handle


def test_owner_edits_the_basics(client, member):
    client.force_login(member)
    response = client.post(
        reverse("profile_edit", args=["basics"]),
        {
            "display_name": "Mia Mendes",
            "headline": "Textile designer",
            "bio": "I **weave**.",
            "country": "MZ",
            "city": "Maputo",
            "languages": ["pt", "en"],
            "career_stage": "emerging",
        },
    )
    assert response.status_code == 302
    profile = Profile.objects.get(user=member)
    assert (profile.display_name, profile.country.code, profile.languages) == (
        "Mia Mendes",
        "MZ",
        ["pt", "en"],
    )
    document = SearchDocument.objects.get(kind="person", object_id=profile.pk)
    assert document.title == "Mia Mendes"
    assert set(document.facets.values_list("facet", "value")) >= {
        ("country", "MZ"),
        ("continent", "AF"),
        ("language", "pt"),
        ("stage", "emerging"),
    }


def test_bad_basics_keep_what_was_typed(client, member):
    client.force_login(member)
    response = client.post(
        reverse("profile_edit", args=["basics"]),
        {
            "display_name": "",
            "headline": "x" * 500,
            "country": "ZZ",
            "city": "Porto",
            "languages": ["xx"],
        },
    )
    assert response.status_code == 422
    assert b"This field is required" in response.content
    assert b"at most 160 characters" in response.content
    assert b'value="Porto"' in response.content
    assert Profile.objects.get(user=member).city == ""


def test_owner_sets_sectors_and_skills(client, member):
    client.force_login(member)
    response = client.post(
        reverse("profile_edit", args=["work"]),
        {"sectors": ["design", "crafts"], "skills": "weaving, natural dyes"},
    )
    assert response.status_code == 302
    profile = Profile.objects.get(user=member)
    assert profile.sectors == ["design", "crafts"]
    assert sorted(profile.skills.names()) == ["natural dyes", "weaving"]
    again = client.get(reverse("profile_edit", args=["work"]))
    assert again.status_code == 200
    assert b"natural dyes" in again.content
    assert "weaving" in SearchDocument.objects.get(object_id=profile.pk, kind="person").body_folded


def test_offers_and_needs(client, member):
    client.force_login(member)
    response = client.post(
        reverse("profile_edit", args=["exchange"]),
        {
            "offers_text": "Studio space in Porto",
            "offer_categories": ["space"],
            "needs_text": "A co-producer",
            "need_categories": ["co-production", "funding"],
        },
    )
    assert response.status_code == 302
    profile = Profile.objects.get(user=member)
    assert profile.need_categories == ["co-production", "funding"]


@pytest.mark.parametrize(
    "links, message",
    [
        ("javascript:alert(1)", b"not a web address"),
        ("https://ok.example.org\nftp://files.example.org", b"not a web address"),
    ],
)
def test_links_must_be_web_addresses(client, member, links, message):
    client.force_login(member)
    response = client.post(
        reverse("profile_edit", args=["links"]),
        {"website": "https://mia.example.org", "social_links": links},
    )
    assert response.status_code == 422
    assert message in response.content
    assert Profile.objects.get(user=member).website == ""


def test_valid_links_are_saved(client, member):
    client.force_login(member)
    response = client.post(
        reverse("profile_edit", args=["links"]),
        {
            "website": "mia.example.org",
            "social_links": "https://instagram.com/mia\n\nhttps://vimeo.com/mia",
        },
    )
    assert response.status_code == 302
    profile = Profile.objects.get(user=member)
    assert profile.website == "https://mia.example.org"
    assert profile.social_links == ["https://instagram.com/mia", "https://vimeo.com/mia"]


def test_unknown_section_is_a_404(client, member):
    client.force_login(member)
    assert client.get("/profile/edit/secrets/").status_code == 404


def test_only_the_owner_may_change_a_profile(member, other_member):
    with pytest.raises(NotAllowed):
        services.update_profile(other_member, member.profile, "basics", {"display_name": "Hacked"})
    member.profile.refresh_from_db()
    assert member.profile.display_name == "Mia Member"


def test_edit_pages_need_sign_in(client, db):
    for url in [
        "/profile/edit/basics/",
        "/profile/edit/photo/",
        "/profile/edit/portfolio/",
        "/profile/",
    ]:
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_portfolio_add_edit_delete(client, member):
    client.force_login(member)
    response = client.post(
        reverse("portfolio_item_add"),
        {
            "title": "Maputo Tapestry",
            "year": "2017",
            "sector": "crafts",
            "link": "https://mia.example.org/tapestry",
            "description": "Woven in *Maputo*.",
        },
    )
    assert response.status_code == 302
    item = PortfolioItem.objects.get(profile=member.profile)
    assert (
        "maputo tapestry"
        in SearchDocument.objects.get(kind="person", object_id=member.profile.pk).body_folded
    )

    response = client.post(
        reverse("portfolio_item_edit", args=[item.pk]),
        {
            "title": "Maputo Tapestry II",
            "year": "2018",
            "sector": "crafts",
            "link": "https://mia.example.org/t2",
        },
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert (item.title, item.year) == ("Maputo Tapestry II", 2018)

    assert client.post(reverse("portfolio_item_delete", args=[item.pk])).status_code == 302
    assert not PortfolioItem.objects.exists()


def test_portfolio_item_needs_an_image_or_a_link_and_a_plausible_year(client, member):
    client.force_login(member)
    response = client.post(
        reverse("portfolio_item_add"), {"title": "Nothing to show", "year": "1200"}
    )
    assert response.status_code == 422
    assert b"Add an image, a link, or both" in response.content
    assert b"1900" in response.content
    assert not PortfolioItem.objects.exists()


def test_nobody_else_can_touch_my_portfolio(client, member, other_member):
    item = PortfolioItem.objects.create(
        profile=member.profile, title="Mine", link="https://example.org"
    )
    client.force_login(other_member)
    assert client.get(reverse("portfolio_item_edit", args=[item.pk])).status_code == 404
    assert (
        client.post(
            reverse("portfolio_item_edit", args=[item.pk]),
            {"title": "Stolen", "link": "https://x.org"},
        ).status_code
        == 404
    )
    assert client.post(reverse("portfolio_item_delete", args=[item.pk])).status_code == 404
    item.refresh_from_db()
    assert item.title == "Mine"


def test_signed_up_member_signs_in_and_finds_their_profile(client, member):
    client.post("/accounts/login/", {"login": member.email, "password": DEFAULT_PASSWORD})
    response = client.get("/profile/", follow=True)
    assert response.status_code == 200
    assert b"complete" in response.content
    assert b"View as visitor" in response.content
