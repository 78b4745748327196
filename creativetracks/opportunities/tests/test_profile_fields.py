"""The two private profile fields eligibility needs: edited in "About you", never shown."""

from datetime import date

from creativetracks.profiles.models import Profile

BASICS = {
    "display_name": "Mia Mendes",
    "headline": "Textile designer",
    "bio": "",
    "country": "PT",
    "city": "Porto",
    "languages": ["pt"],
    "career_stage": "emerging",
}


def test_nationalities_and_date_of_birth_are_saved_and_kept_private(client, member, other_member):
    client.force_login(member)
    response = client.post(
        "/profile/edit/basics/",
        {**BASICS, "nationalities": ["PT", "BR"], "date_of_birth": "1994-02-17"},
    )
    assert response.status_code == 302
    profile = Profile.objects.get(user=member)
    assert profile.nationalities == ["PT", "BR"]
    assert profile.date_of_birth == date(1994, 2, 17)
    profile.visibility = "public"
    profile.save()
    client.force_login(other_member)
    page = client.get(profile.get_absolute_url()).content.decode()
    assert "1994" not in page and "17 Feb" not in page


def test_an_impossible_date_of_birth_is_refused(client, member):
    client.force_login(member)
    response = client.post("/profile/edit/basics/", {**BASICS, "date_of_birth": "2090-01-01"})
    assert response.status_code == 422
    assert "real date of birth" in response.content.decode()
