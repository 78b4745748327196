from django.urls import reverse

URL = reverse("account_settings")


def test_member_updates_display_name_time_zone_and_language(client, member):
    client.force_login(member)
    response = client.post(
        URL, {"display_name": "  Mia M. ", "time_zone": "Africa/Maputo", "language": "pt"}
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert (member.display_name, member.time_zone, member.language) == (
        "Mia M.",
        "Africa/Maputo",
        "pt",
    )


def test_unknown_time_zone_is_refused_and_input_kept(client, member):
    client.force_login(member)
    response = client.post(
        URL, {"display_name": "Mia New", "time_zone": "Mars/Olympus", "language": "en"}
    )
    assert response.status_code == 422
    assert b"Choose a time zone from the list." in response.content
    assert b"Mars/Olympus" not in response.content
    assert b'value="Mia New"' in response.content
    member.refresh_from_db()
    assert member.display_name == "Mia Member"


def test_time_zones_are_offered_by_region_and_an_old_alias_is_kept(client, member):
    member.time_zone = "US/Pacific"
    member.save(update_fields=["time_zone"])
    client.force_login(member)

    page = client.get(URL).content.decode()
    assert '<optgroup label="Africa">' in page
    assert '<option value="Africa/Maputo">Maputo</option>' in page
    assert '<option value="US/Pacific" selected>US/Pacific</option>' in page
    assert page.count("<option") < 500  # the canonical zones, not every alias

    response = client.post(
        URL, {"display_name": "Mia", "time_zone": "US/Pacific", "language": "en"}
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.time_zone == "US/Pacific"


def test_anonymous_visitor_is_sent_to_sign_in(client, db):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
