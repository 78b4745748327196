"""Who may enter: age on the deadline day (in the challenge's time zone), residence,
sector and team size, at their boundaries; and the refusal through the site."""

from datetime import UTC, date, datetime

import pytest
from django.urls import reverse

from conftest import make_user
from creativetracks.challenges.eligibility import Person, Rules, age_on, problems
from creativetracks.challenges.models import Submission, TeamMember

from .conftest import make_entry

# 31 December 2026 at 23:30 UTC is already 1 January 2027 in Tokyo.
DEADLINE = datetime(2026, 12, 31, 23, 30, tzinfo=UTC)


def person(born: date | None, country: str = "PT") -> Person:
    return Person(name="Ana", date_of_birth=born, country=country)


@pytest.mark.parametrize(
    "born, ok",
    [
        (date(2008, 12, 31), True),  # 18 on the deadline day: in
        (date(2009, 1, 1), False),  # 18 the day after: out
        (date(1991, 1, 1), True),  # 35 (36 next day): in
        (date(1990, 12, 31), False),  # 36 on the day: out
    ],
)
def test_age_range_boundaries_on_the_deadline_day(born, ok):
    rules = Rules(deadline=DEADLINE, time_zone="UTC", min_age=18, max_age=35)
    assert (problems([person(born)], "", rules) == []) is ok


def test_the_deadline_day_is_the_challenges_own():
    """In Tokyo the deadline falls on 1 January: someone born on 1 January 2009 is 18 then."""
    born = date(2009, 1, 1)
    assert problems([person(born)], "", Rules(deadline=DEADLINE, time_zone="UTC", min_age=18))
    assert (
        problems([person(born)], "", Rules(deadline=DEADLINE, time_zone="Asia/Tokyo", min_age=18))
        == []
    )


def test_born_on_29_february():
    assert age_on(date(2008, 2, 29), date(2026, 2, 28)) == 17
    assert age_on(date(2008, 2, 29), date(2026, 3, 1)) == 18


def test_undeclared_date_of_birth_is_asked_for():
    found = problems([person(None)], "", Rules(deadline=DEADLINE, min_age=18))
    assert found and "date of birth" in found[0]
    assert problems([person(None)], "", Rules(deadline=DEADLINE)) == []


def test_residence_sector_and_team_size():
    rules = Rules(
        deadline=DEADLINE,
        countries=("PT", "BR"),
        sectors=("design",),
        min_team_size=2,
        max_team_size=3,
    )
    assert problems([person(None, "PT"), person(None, "BR")], "design", rules) == []
    assert len(problems([person(None, "PT"), person(None, "FR")], "design", rules)) == 1
    assert len(problems([person(None, "PT"), person(None, "BR")], "music", rules)) == 1
    assert len(problems([person(None, "PT")], "design", rules)) == 1
    assert len(problems([person(None, "PT")] * 4, "design", rules)) == 1
    assert problems([person(None, "PT")] * 3, "design", rules) == []


def test_an_ineligible_team_member_blocks_the_submission(client, challenge, applicant):
    challenge.min_age = 18
    challenge.max_age = 35
    challenge.save()
    profile = applicant.profile
    profile.date_of_birth = date(1995, 5, 5)
    profile.save()
    entry = make_entry(challenge, applicant, state="draft")
    older = make_user("older@example.org", display_name="Old Timer")
    older.profile.date_of_birth = date(1950, 1, 1)
    older.profile.save()
    TeamMember.objects.create(submission=entry, user=older, status="accepted")
    client.force_login(applicant)

    page = client.get(entry.get_absolute_url())
    assert "Old Timer will be" in page.text  # told before trying

    response = client.post(reverse("challenge_entry_submit", args=[challenge.slug, entry.pk]))
    assert response.status_code == 400
    assert "the maximum age is 35" in response.text
    entry.refresh_from_db()
    assert entry.state == Submission.State.DRAFT

    TeamMember.objects.filter(user=older).delete()
    response = client.post(reverse("challenge_entry_submit", args=[challenge.slug, entry.pk]))
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.state == Submission.State.SUBMITTED
