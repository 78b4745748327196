import copy

import pytest

from creativetracks.core import queries


@pytest.fixture
def registry(monkeypatch):
    monkeypatch.setattr(queries, "_HOME_SECTIONS", [])


@pytest.mark.django_db
def test_registered_sections_appear_on_the_home_page_in_order(client, registry, tmp_path, settings):
    (tmp_path / "late.html").write_text("<p>late:{{ section.word }}</p>")
    (tmp_path / "early.html").write_text("<p>early:{{ section.word }}</p>")
    (tmp_path / "never.html").write_text("<p>never</p>")
    templates = copy.deepcopy(settings.TEMPLATES)
    templates[0]["DIRS"] = [*templates[0]["DIRS"], tmp_path]
    settings.TEMPLATES = templates  # assigned, so Django rebuilds its template engines
    queries.register_home_section("late", "late.html", lambda r: {"word": "b"}, position=20)
    queries.register_home_section("early", "early.html", lambda r: {"word": "a"}, position=10)
    queries.register_home_section("never", "never.html", lambda r: None, position=15)

    html = client.get("/").content.decode()

    assert html.index("early:a") < html.index("late:b")
    assert "never" not in html
