"""schema.org JSON-LD, Open Graph / Twitter tags and share links on public pages
(core.seo and each app's seo.py): what a visitor sees, nothing more."""

import json
import re

import pytest
from django.test import Client

from conftest import make_user
from creativetracks.challenges.tests.conftest import make_challenge
from creativetracks.events.tests.conftest import make_event, make_partner
from creativetracks.labs.tests.conftest import make_lab
from creativetracks.networks.tests.conftest import make_network
from creativetracks.opportunities.tests.conftest import partner_staff, publish
from creativetracks.profiles.models import Organisation
from creativetracks.profiles.tests.factories import person
from creativetracks.resources.tests.conftest import add_resource

pytestmark = pytest.mark.django_db

LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld(page: str) -> dict | None:
    found = LD.findall(page)
    assert len(found) <= 1
    return json.loads(found[0]) if found else None


def og(page: str, name: str) -> str | None:
    match = re.search(rf'<meta (?:property|name)="{re.escape(name)}" content="([^"]*)">', page)
    return match[1] if match else None


def has_no_open_formats(page: str) -> bool:
    return json_ld(page) is None and og(page, "og:title") is None and 'class="share"' not in page


@pytest.fixture
def organiser(db):
    user = make_user("rita@example.org", display_name="Rita Organiser")
    make_partner().staff.add(user)
    return user


def test_public_profile_is_a_person_with_open_graph_and_share_links(client):
    profile = person(
        "ana@example.org",
        "Ana Tembe",
        headline="Textile designer",
        city="Maputo",
        country="MZ",
        website="https://ana.example.org",
        contact_visibility="public",
        languages=["pt", "en"],
    )
    page = client.get(profile.get_absolute_url()).content.decode()
    data = json_ld(page)
    assert data["@context"] == "https://schema.org" and data["@type"] == "Person"
    assert data["name"] == "Ana Tembe" and data["description"] == "Textile designer"
    assert data["url"] == f"http://testserver/people/{profile.handle}/"
    assert data["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "Maputo",
        "addressCountry": "MZ",
    }
    assert data["sameAs"] == ["https://ana.example.org"]
    # never the email address, even when the owner shows it to everyone on the page
    assert "ana@example.org" not in LD.findall(page)[0]
    assert og(page, "og:type") == "profile"
    assert og(page, "og:title") == "Ana Tembe"
    assert og(page, "og:url") == f"http://testserver/people/{profile.handle}/"
    # no photo: the site's share picture, with its size and a text alternative
    assert og(page, "og:image") == "http://testserver/static/img/share.png"
    assert og(page, "twitter:card") == "summary_large_image"
    assert f'<link rel="canonical" href="http://testserver/people/{profile.handle}/">' in page
    shared = "http%3A%2F%2Ftestserver%2Fpeople%2F" + profile.handle + "%2F"
    assert f"https://www.facebook.com/sharer/sharer.php?u={shared}" in page
    assert f"https://x.com/intent/post?url={shared}&amp;text=Ana+Tembe" in page
    assert f"https://www.linkedin.com/sharing/share-offsite/?url={shared}" in page
    assert "mailto:?subject=Ana%20Tembe&amp;body=" + shared in page
    assert 'id="share-url"' in page and "Copy link" in page


def test_share_links_carry_no_tracking_and_no_third_party_script(client):
    profile = person("ana@example.org", "Ana Tembe")
    page = client.get(profile.get_absolute_url() + "?utm_source=newsletter&fbclid=x").content
    page = page.decode()
    assert "utm_" not in page.replace("?utm_source=newsletter&amp;fbclid=x", "")
    assert "fbclid" not in og(page, "og:url")
    scripts = re.findall(r"<script[^>]*src=\"([^\"]+)\"", page)
    assert scripts and all(src.startswith("/static/") for src in scripts)


def test_members_only_and_hidden_profiles_say_nothing(client, member):
    members = person("m@example.org", "Mo Members", visibility="members")
    hidden = person("h@example.org", "Hu Hidden", visibility="hidden")
    client.force_login(member)
    assert has_no_open_formats(client.get(members.get_absolute_url()).content.decode())
    owner = Client()
    owner.force_login(hidden.user)
    page = owner.get(hidden.get_absolute_url()).content.decode()
    assert "Hu Hidden" in page and has_no_open_formats(page)


def test_json_ld_cannot_be_broken_out_of(client):
    profile = person("x@example.org", "X", headline='</script><script>alert(1)</script>& "q"')
    page = client.get(profile.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in page
    raw = LD.findall(page)[0]
    assert "<" not in raw and ">" not in raw and "&" not in raw
    assert json_ld(page)["description"] == '</script><script>alert(1)</script>& "q"'
    assert og(page, "og:description").startswith("&lt;/script&gt;")


def test_csp_still_forbids_inline_scripts_on_pages_with_json_ld(client, organiser):
    event = make_event(organiser)
    response = client.get(event.get_absolute_url())
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    page = response.content.decode()
    inline = re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>", page)
    assert inline == [' type="application/ld+json"']


def test_organisation_and_partner_pages_are_organizations(client, member):
    organisation = Organisation.objects.create(
        name="Casa Criativa",
        slug="casa-criativa",
        kind="company",
        country="PT",
        city="Porto",
        description="We *design* things.",
        website="https://casa.example.org",
    )
    data = json_ld(client.get(organisation.get_absolute_url()).content.decode())
    assert data["@type"] == "Organization" and data["name"] == "Casa Criativa"
    assert data["description"] == "We design things."
    assert data["sameAs"] == ["https://casa.example.org"]
    partner = make_partner()
    page = client.get(partner.get_absolute_url()).content.decode()
    assert json_ld(page)["@type"] == "Organization" and og(page, "og:title") == "INOVA+"


def test_public_event_is_an_event_and_others_say_nothing(client, organiser, member):
    public = make_event(organiser, "Open day")
    page = client.get(public.get_absolute_url()).content.decode()
    assert json_ld(page)["@type"] == "Event" and og(page, "og:title") == "Open day"
    assert 'class="share"' in page
    hidden = make_event(organiser, "Members day", visibility="members")
    client.force_login(member)
    assert has_no_open_formats(client.get(hidden.get_absolute_url()).content.decode())


def test_labs_are_creative_works_only_when_public(client, member, other_member):
    other_member.profile.visibility = "members"
    other_member.profile.save()
    lab = make_lab(other_member)
    page = client.get(lab.get_absolute_url()).content.decode()
    data = json_ld(page)
    assert data["@type"] == "CreativeWork" and data["genre"] == "Call for collaboration"
    assert "author" not in data  # the owner's profile is for members only
    assert og(page, "og:type") == "article"
    closed = make_lab(other_member, "Secret", visibility="members")
    client.force_login(member)
    assert has_no_open_formats(client.get(closed.get_absolute_url()).content.decode())


def test_opportunities_get_the_schema_type_that_fits_their_kind(client):
    staff = partner_staff()
    job = publish(staff, kind="job", title="Studio assistant", destination_countries=["PT"])
    grant = publish(staff, kind="grant", amount="5000", currency="EUR")
    residency = publish(staff, kind="residency", title="Sea residency")
    data = json_ld(client.get(job.get_absolute_url()).content.decode())
    assert data["@type"] == "JobPosting" and data["title"] == "Studio assistant"
    assert data["hiringOrganization"]["name"] == "Fundação Criativa"
    assert data["jobLocation"][0]["address"]["addressCountry"] == "PT"
    data = json_ld(client.get(grant.get_absolute_url()).content.decode())
    assert data["@type"] == "MonetaryGrant"
    assert data["amount"] == {"@type": "MonetaryAmount", "value": "5000.00", "currency": "EUR"}
    page = client.get(residency.get_absolute_url()).content.decode()
    assert json_ld(page) is None and og(page, "og:title") == "Sea residency"


def test_pending_and_members_only_opportunities_say_nothing(client, member):
    mine = publish(member, title="My own call")
    assert mine.status == "pending"
    client.force_login(member)
    assert has_no_open_formats(client.get(mine.get_absolute_url()).content.decode())
    members = publish(partner_staff(), title="For members", visibility="members")
    assert has_no_open_formats(client.get(members.get_absolute_url()).content.decode())


def test_resources_networks_challenges_and_programmes(client, member):
    staff = partner_staff()
    course = add_resource(staff, kind="course", title="Export basics")
    data = json_ld(client.get(course.get_absolute_url()).content.decode())
    assert data["@type"] == "Course" and data["provider"]["name"] == "INOVA+"
    guide = add_resource(staff, title="Pricing")
    assert json_ld(client.get(guide.get_absolute_url()).content.decode())["genre"] == "Guide"
    network = make_network(member)
    assert json_ld(client.get(network.get_absolute_url()).content.decode())["@type"] == (
        "Organization"
    )
    unlisted = make_network(member, "Quiet circle", listing="unlisted")
    assert has_no_open_formats(client.get(unlisted.get_absolute_url()).content.decode())
    challenge = make_challenge(make_partner())
    page = client.get(challenge.get_absolute_url()).content.decode()
    assert json_ld(page) is None and og(page, "og:title") == "Creative Futures"
    assert 'class="share"' in page


def test_public_mentoring_programme_is_an_educational_programme(client):
    from creativetracks.mentoring import services as mentoring
    from creativetracks.mentoring.tests.conftest import programme_data

    user = make_user("org@example.org", display_name="Olga Organiser")
    partner = make_partner()
    partner.staff.add(user)
    public = mentoring.create_programme(user, programme_data(partner))
    data = json_ld(client.get(public.get_absolute_url()).content.decode())
    assert data["@type"] == "EducationalOccupationalProgram"
    assert data["provider"]["name"] == "INOVA+"
    members = mentoring.create_programme(
        user, programme_data(partner, title="Quiet", slug="quiet", visibility="members")
    )
    client.force_login(user)
    assert has_no_open_formats(client.get(members.get_absolute_url()).content.decode())


def test_pages_without_a_picture_get_the_share_picture_with_its_size(client, settings):
    from pathlib import Path

    from PIL import Image

    profile = person("ana@example.org", "Ana Tembe")
    page = client.get(profile.get_absolute_url()).content.decode()
    assert og(page, "og:image") == "http://testserver/static/img/share.png"
    assert og(page, "twitter:image") == og(page, "og:image")
    assert og(page, "og:image:type") == "image/png"
    assert (og(page, "og:image:width"), og(page, "og:image:height")) == ("1200", "630")
    assert og(page, "og:image:alt").startswith("Creative Tracks: young creative")
    assert og(page, "twitter:image:alt") == og(page, "og:image:alt")
    # the site's picture is not the person's: the JSON-LD carries no image
    assert "image" not in json_ld(page)
    # the static file is what the tags say it is
    shipped = Path(settings.STATICFILES_DIRS[0]) / "img" / "share.png"
    with Image.open(shipped) as image:
        assert image.format == "PNG" and image.size == (1200, 630)
    assert client.get("/static/img/share.png").status_code == 200


def test_pages_with_their_own_picture_keep_it(client, organiser):
    import io

    from django.core.files.base import ContentFile
    from PIL import Image

    cover = io.BytesIO()
    Image.new("RGB", (40, 20), "teal").save(cover, "PNG")
    event = make_event(organiser, "Open day")
    event.cover.save("cover.png", ContentFile(cover.getvalue()), save=True)
    page = client.get(event.get_absolute_url()).content.decode()
    assert og(page, "og:image").startswith("http://testserver/media/")
    assert og(page, "og:image").endswith(".png") and "share.png" not in page
    assert og(page, "og:image:width") is None  # unknown, so not claimed
    assert og(page, "og:image:alt") == "Open day"
    assert og(page, "twitter:card") == "summary_large_image"
    assert json_ld(page)["image"] == og(page, "og:image")


@pytest.mark.parametrize(
    ("language", "html_lang", "locale"),
    [
        ("en", "en", "en_GB"),
        ("pt", "pt", "pt_PT"),
        ("fr", "fr", "fr_FR"),
        ("es", "es", "es_ES"),
        ("zh-hans", "zh-hans", "zh_CN"),
    ],
)
def test_og_locale_follows_the_interface_language_like_html_lang(
    client, settings, language, html_lang, locale
):
    profile = person("ana@example.org", "Ana Tembe")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    page = client.get(profile.get_absolute_url()).content.decode()
    assert f'<html lang="{html_lang}">' in page
    assert og(page, "og:locale") == locale
    alternates = re.findall(r'<meta property="og:locale:alternate" content="([^"]+)">', page)
    assert sorted(alternates) == sorted({"en_GB", "pt_PT", "fr_FR", "es_ES", "zh_CN"} - {locale})
    # the same language on both: html lang is the first part of og:locale
    assert locale.lower().startswith(html_lang.split("-")[0])


def test_every_interface_language_has_an_og_locale(settings):
    from creativetracks.core.seo import OG_LOCALES

    assert set(OG_LOCALES) == {code for code, _name in settings.LANGUAGES}
