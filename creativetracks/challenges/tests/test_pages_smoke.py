from creativetracks.challenges.tests.conftest import make_entry


def test_listing_and_detail_render(client, challenge, applicant, organiser):
    entry = make_entry(challenge, applicant)
    assert client.get("/challenges/").status_code == 200
    response = client.get(challenge.get_absolute_url())
    assert response.status_code == 200
    assert "Creative Futures" in response.text
    client.force_login(organiser)
    for path in ["edit/", "criteria/", "entries/", "jury/", "ranking/", f"entries/{entry.pk}/"]:
        assert client.get(challenge.get_absolute_url() + path).status_code == 200, path
    client.force_login(applicant)
    assert client.get(entry.get_absolute_url()).status_code == 200
    assert client.get("/challenges/mine/").status_code == 200
