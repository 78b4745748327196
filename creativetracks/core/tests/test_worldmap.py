"""The server-rendered world map of members by country and its table component."""

import re
import xml.etree.ElementTree as ET
from types import SimpleNamespace

import pytest
from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from creativetracks.core.geography import COUNTRY_CENTROID
from creativetracks.core.worldmap import (
    MAX_RADIUS,
    MIN_RADIUS,
    map_rows,
    render_world_map,
)

SVG = "{http://www.w3.org/2000/svg}"
COUNTS = {"PT": 120, "MZ": 7, "BR": 1, "US": 0, "CN": 33}


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def links(svg: str) -> list[ET.Element]:
    return parse(svg).findall(f".//{SVG}a")


def test_returns_well_formed_safe_svg():
    svg = render_world_map(COUNTS)
    assert isinstance(svg, SafeString)
    root = parse(svg)
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == "0 0 1000 500"
    assert root.find(f"{SVG}title").text == "Members by country"
    assert root.find(f"{SVG}desc").text.startswith("161 members in 4 countries")
    assert root.find(f"{SVG}rect").get("class") == "worldmap__ocean"
    assert root.find(f"{SVG}path").get("class") == "worldmap__graticule"


def test_one_link_per_country_with_members():
    found = links(render_world_map(COUNTS))
    assert len(found) == 4
    assert sorted(a.get("href") for a in found) == [
        "/directory/?country=BR",
        "/directory/?country=CN",
        "/directory/?country=MZ",
        "/directory/?country=PT",
    ]
    for a in found:
        circle = a.find(f"{SVG}circle")
        assert circle is not None  # styled through the group (.worldmap__dots circle)
        assert 0 <= float(circle.get("cx")) <= 1000
        assert 0 <= float(circle.get("cy")) <= 500


def test_titles_give_the_country_and_count():
    titles = [a.find(f"{SVG}title").text for a in links(render_world_map(COUNTS))]
    assert titles == [
        "Portugal: 120 members",
        "China: 33 members",
        "Mozambique: 7 members",
        "Brazil: 1 member",
    ]


def test_nothing_for_countries_without_members_or_unknown_codes():
    svg = render_world_map({"US": 0, "FR": -3, "XX": 5, "": 2, "PT": 1})
    assert "country=US" not in svg
    assert "country=FR" not in svg
    assert "XX" not in svg
    assert [a.get("href") for a in links(svg)] == ["/directory/?country=PT"]


def test_no_members_gives_an_empty_map():
    svg = render_world_map({})
    assert links(svg) == []
    assert "No members to show" in svg


def test_codes_are_case_insensitive():
    svg = render_world_map({"pt": 2, "PT": 3})
    assert [a.find(f"{SVG}title").text for a in links(svg)] == ["Portugal: 5 members"]


def test_no_inline_style_or_script():
    svg = render_world_map({code: 3 for code in COUNTRY_CENTROID})
    assert "style=" not in svg
    assert "<style" not in svg
    assert "<script" not in svg
    assert "javascript:" not in svg
    assert not re.search(r"\son\w+=", svg)  # no event handler attributes


def test_colours_are_presentation_attributes():
    root = parse(render_world_map(COUNTS))
    dots = root.find(f".//{SVG}g[@class='worldmap__dots']")
    assert dots.get("fill") == "#5b2bd6"


def test_radius_grows_with_the_count_within_bounds():
    found = links(render_world_map({"PT": 400, "CN": 100, "MZ": 25, "BR": 1}))
    radii = {a.get("href")[-2:]: float(a.find(f"{SVG}circle").get("r")) for a in found}
    assert radii["PT"] == MAX_RADIUS
    assert radii["BR"] == MIN_RADIUS
    # Area proportional to the count: a quarter of the members, half the radius.
    assert radii["CN"] == pytest.approx(MAX_RADIUS / 2, abs=0.1)
    assert radii["PT"] > radii["CN"] > radii["MZ"] > radii["BR"]


def test_small_circles_are_drawn_after_large_ones():
    hrefs = [a.get("href") for a in links(render_world_map(COUNTS))]
    assert hrefs[0].endswith("PT") and hrefs[-1].endswith("BR")


def test_circles_stay_inside_the_map():
    for a in links(render_world_map({"FJ": 50, "TO": 50, "AQ": 50})):
        circle = a.find(f"{SVG}circle")
        x, y, r = (float(circle.get(name)) for name in ("cx", "cy", "r"))
        assert r <= x <= 1000 - r
        assert r <= y <= 500 - r


def test_escapes_a_malicious_link_template_and_title():
    svg = render_world_map(
        {"PT": 1},
        link_template='/d/?c={code}&x="><script>alert(1)</script>',
        title='<script>alert("t")</script>',
    )
    assert "<script" not in svg
    assert "&lt;script&gt;" in svg
    assert 'href="/d/?c=PT&amp;x=&quot;&gt;&lt;script&gt;' in svg
    root = parse(svg)  # still well-formed
    assert root.find(f"{SVG}title").text == '<script>alert("t")</script>'
    assert links(svg)[0].get("href") == '/d/?c=PT&x="><script>alert(1)</script>'


@pytest.mark.parametrize(
    "template",
    [
        "javascript:alert('{code}')",
        " JavaScript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,{code}",
    ],
)
def test_refuses_links_that_are_not_http(template):
    with pytest.raises(ValueError):
        render_world_map({"PT": 1}, link_template=template)


def test_custom_link_template():
    svg = render_world_map({"MZ": 2}, link_template="https://example.org/members/{code}/")
    assert [a.get("href") for a in links(svg)] == ["https://example.org/members/MZ/"]


def test_is_deterministic():
    forward = dict(COUNTS)
    backward = dict(reversed(list(COUNTS.items())))
    assert render_world_map(forward) == render_world_map(backward)
    assert render_world_map(forward) == render_world_map(forward)


def test_stays_small_for_every_country():
    svg = render_world_map({code: index + 1 for index, code in enumerate(sorted(COUNTRY_CENTROID))})
    assert len(links(svg)) == len(COUNTRY_CENTROID)
    assert len(svg.encode()) < 60_000


def test_map_rows():
    rows = map_rows({"PT": 3, "MZ": 3, "BR": 9, "US": 0, "XX": 1})
    assert rows == [
        {"code": "BR", "name": "Brazil", "count": 9, "url": "/directory/?country=BR"},
        {"code": "MZ", "name": "Mozambique", "count": 3, "url": "/directory/?country=MZ"},
        {"code": "PT", "name": "Portugal", "count": 3, "url": "/directory/?country=PT"},
    ]


def test_component_shows_the_map_and_an_accessible_table():
    html = render_to_string(
        "components/world_map.html",
        {"map_svg": render_world_map(COUNTS), "rows": map_rows(COUNTS)},
    )
    assert "<figure" in html and "<figcaption" in html
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in html  # not escaped
    assert "<caption>Members by country</caption>" in html
    assert '<th scope="col">Country</th>' in html
    assert ">Members</th>" in html
    assert '<th scope="row"><a href="/directory/?country=PT">Portugal</a></th>' in html
    assert html.count('<th scope="row">') == 4
    assert "style=" not in html


def test_component_takes_objects_and_escapes_them():
    rows = [
        SimpleNamespace(code="PT", name="<b>Portugal</b>", count=1234, url='/d/?c=PT&"x'),
    ]
    html = render_to_string("components/world_map.html", {"map_svg": "", "rows": rows})
    assert "<figure" not in html
    assert "&lt;b&gt;Portugal&lt;/b&gt;" in html
    assert 'href="/d/?c=PT&amp;&quot;x"' in html
    assert "1,234" in html or "1234" in html


def test_component_without_rows():
    html = render_to_string(
        "components/world_map.html", {"map_svg": render_world_map({}), "rows": []}
    )
    assert "No members to show yet." in html
