"""Choosing the interface language: the switcher on every page, the member's setting,
the browser's choice, and catalogues that compile."""

import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

LOCALE = Path(settings.BASE_DIR) / "creativetracks" / "locale"


def test_the_switcher_is_on_every_page_and_remembers_the_choice(client, member):
    page = client.get("/about/").content.decode()
    for code in ("pt", "fr", "es", "zh-hans"):
        assert f'href="/language/{code}/?next=/about/"' in page
    response = client.get(reverse("switch_language", args=["fr"]), {"next": "/about/"})
    assert response.status_code == 302 and response["Location"] == "/about/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "fr"
    assert 'lang="fr"' in client.get("/about/").content.decode()[:200]


def test_a_members_choice_is_saved_and_used_on_another_browser(client, member):
    client.force_login(member)
    client.get(reverse("switch_language", args=["pt"]))
    member.refresh_from_db()
    assert member.language == "pt"
    other_browser = type(client)()
    other_browser.force_login(member)
    assert '<html lang="pt">' in other_browser.get("/about/").content.decode()


def test_the_browser_language_is_used_for_visitors(client, db):
    page = client.get("/about/", headers={"accept-language": "es-ES,es;q=0.9"})
    assert '<html lang="es">' in page.content.decode()


def test_unknown_languages_and_foreign_redirects_are_refused(client, db):
    assert client.get("/language/xx/").status_code == 404
    response = client.get("/language/fr/", {"next": "https://evil.example.org/"})
    assert response["Location"] == "/"


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext is not installed")
@pytest.mark.parametrize("language", ["pt", "fr", "es", "zh_Hans"])
def test_each_catalogue_compiles_without_errors(language, tmp_path):
    catalogue = LOCALE / language / "LC_MESSAGES" / "django.po"
    result = subprocess.run(
        ["msgfmt", "--check", "-o", str(tmp_path / "django.mo"), str(catalogue)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext is not installed")
@pytest.mark.parametrize("language", ["pt", "fr", "es", "zh_Hans"])
def test_each_catalogue_is_complete(language, tmp_path):
    """No message left untranslated or fuzzy (run `make messages` after changing strings)."""
    catalogue = LOCALE / language / "LC_MESSAGES" / "django.po"
    result = subprocess.run(
        ["msgfmt", "--statistics", "-o", str(tmp_path / "django.mo"), str(catalogue)],
        capture_output=True,
        text=True,
    )
    assert "untranslated" not in result.stderr and "fuzzy" not in result.stderr, result.stderr


def test_language_links_drop_tracking_parameters_and_keep_the_rest(client, db):
    page = client.get("/about/", {"utm_source": "newsletter", "fbclid": "x", "q": "film"})
    html = page.content.decode()
    assert "utm_" not in html and "fbclid" not in html
    assert 'href="/language/fr/?next=/about/%3Fq%3Dfilm"' in html
