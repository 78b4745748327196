"""The API's ambassadors: regions and their active ambassadors, public information only."""

import json

import pytest

from creativetracks.ambassadors.models import Ambassador

from .conftest import ambassador, region

pytestmark = pytest.mark.django_db


def test_regions_with_their_ambassadors(client):
    africa = region("Southern Africa", ["MZ", "ZA"])
    europe = region("Europe", ["PT", "FR"])
    ana = ambassador("ana@example.org", "Ana Tembe", "MZ", africa)
    ana.profile.date_of_birth = "1990-01-02"
    ana.profile.save()
    former = ambassador("old@example.org", "Old Timer", "PT", europe)
    Ambassador.objects.filter(user=former).update(active=False)
    body = client.get("/api/v1/ambassadors/").json()
    names = {
        r["name"]: [a["person"]["display_name"] for a in r["ambassadors"]] for r in body["items"]
    }
    assert names == {"Southern Africa": ["Ana Tembe"], "Europe": []}
    [first] = [r for r in body["items"] if r["slug"] == africa.slug]
    assert first["ambassadors"][0]["message"] == "Ask me anything."
    assert first["ambassadors"][0]["country"] == "MZ"
    text = json.dumps(body)
    assert "ana@example.org" not in text and "1990" not in text
    only = client.get("/api/v1/ambassadors/?country=za").json()["items"]
    assert [r["slug"] for r in only] == [africa.slug]
    detail = client.get(f"/api/v1/ambassadors/{europe.slug}").json()
    assert detail["countries"] == ["PT", "FR"] and detail["ambassadors"] == []
    assert client.get("/api/v1/ambassadors/nowhere").status_code == 404


@pytest.mark.parametrize("size", [2, 12])
def test_list_costs_constant_queries(client, django_assert_max_num_queries, size):
    for number in range(size):
        place = region(f"Region {number}", ["PT"])
        ambassador(f"a{number}@example.org", f"Amb {number}", "PT", place)
    with django_assert_max_num_queries(3):
        body = client.get("/api/v1/ambassadors/?limit=100").json()
    assert len(body["items"]) == size
