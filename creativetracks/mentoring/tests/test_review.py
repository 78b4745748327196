import csv
import io

import pytest
from django.urls import reverse

from creativetracks.mentoring import services
from creativetracks.mentoring.models import Cohort, Pair, PrivateNote
from creativetracks.notifications.models import Notification

from .conftest import add_mentee, add_mentor, person

pytestmark = pytest.mark.django_db


@pytest.fixture
def market(programme):
    """Two mentors with one place each, three mentees; Zhou speaks only Chinese."""
    ana = add_mentor(programme, person("ana@example.org", "Ana Mentor"), sectors=["design"])
    bea = add_mentor(programme, person("bea@example.org", "Bea Mentor"), languages=["en", "pt"])
    carl = add_mentee(programme, person("carl@example.org", "Carl Mentee"), sectors=["design"])
    dora = add_mentee(programme, person("dora@example.org", "Dora Mentee"), languages=["pt"])
    zhou = add_mentee(programme, person("zhou@example.org", "Zhou Mentee"), languages=["zh"])
    return {"ana": ana, "bea": bea, "carl": carl, "dora": dora, "zhou": zhou}


def review_url(programme, name="mentoring_review", *args):
    return reverse(name, args=[programme.slug, *args])


def test_organisers_run_the_matching_and_see_reasons(client, programme, organiser, market):
    client.force_login(organiser)
    response = client.post(review_url(programme, "mentoring_match"))
    assert response.status_code == 302
    pairs = {p.mentee_id: p.mentor_id for p in Pair.objects.all()}
    assert pairs == {market["carl"].pk: market["ana"].pk, market["dora"].pk: market["bea"].pk}
    page = client.get(review_url(programme)).content.decode()
    assert "Shared sectors: Design" in page
    assert "Both speak Portuguese" in page
    assert "Zhou Mentee" in page  # listed among the mentees, without a mentor


def test_members_cannot_review_match_or_publish(client, programme, member, market):
    client.force_login(member)
    assert client.get(review_url(programme)).status_code == 403
    assert client.post(review_url(programme, "mentoring_match")).status_code == 403
    assert client.post(review_url(programme, "mentoring_publish")).status_code == 403
    assert not Pair.objects.exists()


def test_only_organisers_publish(programme, organiser, market):
    cohort = programme.cohorts.get()
    services.run_matching(organiser, cohort)
    with pytest.raises(services.NotAllowed):
        services.publish_matches(market["ana"].user, cohort)
    assert not Pair.objects.exclude(status=Pair.Status.SUGGESTED).exists()


def test_locked_pairs_survive_a_rerun(client, programme, organiser, market):
    client.force_login(organiser)
    # Pair Carl with Bea by hand (locked), then re-run: Ana goes to someone else.
    response = client.post(
        review_url(programme, "mentoring_pair_add"),
        {"mentee": market["carl"].pk, "mentor": market["bea"].pk},
    )
    assert response.status_code == 302
    client.post(review_url(programme, "mentoring_match"))
    pairs = {p.mentee_id: (p.mentor_id, p.locked) for p in Pair.objects.all()}
    assert pairs[market["carl"].pk] == (market["bea"].pk, True)
    assert market["dora"].pk not in pairs  # Bea is full and Ana speaks no Portuguese
    # Unlock and re-run: the matching is free again.
    locked = Pair.objects.get(mentee=market["carl"])
    client.post(review_url(programme, "mentoring_pair_lock", locked.pk))
    client.post(review_url(programme, "mentoring_match"))
    assert Pair.objects.get(mentee=market["carl"]).mentor == market["ana"]


def test_removing_a_suggestion(client, programme, organiser, market):
    client.force_login(organiser)
    client.post(review_url(programme, "mentoring_match"))
    pair = Pair.objects.first()
    assert client.post(review_url(programme, "mentoring_pair_remove", pair.pk)).status_code == 302
    assert not Pair.objects.filter(pk=pair.pk).exists()


def test_no_pair_by_hand_without_a_shared_language(client, programme, organiser, market):
    client.force_login(organiser)
    response = client.post(
        review_url(programme, "mentoring_pair_add"),
        {"mentee": market["zhou"].pk, "mentor": market["ana"].pk},
    )
    assert response.status_code == 400
    assert "share no language" in response.content.decode()
    assert not Pair.objects.exists()


def test_the_last_place_of_a_mentor_goes_once(programme, organiser, market):
    """Sequential version of the concurrency test (see test_concurrency.py)."""
    services.add_pair(organiser, market["bea"], market["dora"])
    with pytest.raises(services.MentorFull):
        services.add_pair(organiser, market["bea"], market["carl"])
    assert Pair.objects.filter(mentor=market["bea"]).count() == 1


def test_an_invalid_pair_form_is_422(client, programme, organiser, market):
    client.force_login(organiser)
    response = client.post(review_url(programme, "mentoring_pair_add"), {"mentee": "999"})
    assert response.status_code == 422


def test_publishing_tells_everyone_and_freezes_the_review(client, programme, organiser, market):
    client.force_login(organiser)
    client.post(review_url(programme, "mentoring_match"))
    response = client.post(review_url(programme, "mentoring_publish"))
    assert response.status_code == 302
    assert Pair.objects.filter(status=Pair.Status.ACTIVE).count() == 2
    assert programme.cohorts.get().status == Cohort.Status.RUNNING
    kinds = Notification.objects.filter(kind="mentoring_match")
    assert kinds.filter(recipient=market["carl"].user, text__contains="Ana Mentor").exists()
    assert kinds.filter(recipient=market["ana"].user, text__contains="Carl Mentee").exists()
    assert kinds.filter(recipient=market["zhou"].user, text__contains="no mentor").exists()
    # Published: no more edits.
    again = client.post(review_url(programme, "mentoring_match"))
    assert again.status_code == 400
    assert Pair.objects.count() == 2


def test_publishing_nothing_is_refused(client, programme, organiser):
    client.force_login(organiser)
    response = client.post(review_url(programme, "mentoring_publish"))
    assert response.status_code == 400
    assert "run the matching first" in response.content.decode()


def test_the_export_has_the_pairs_and_never_private_notes(client, published_pair, organiser):
    services.add_private_note(published_pair.mentee.user, published_pair, "SECRET-NOTE")
    services.add_log_entry(published_pair.mentor.user, published_pair, "LOG-ENTRY")
    assert PrivateNote.objects.count() == 1
    client.force_login(organiser)
    response = client.get(review_url(published_pair.cohort.programme, "mentoring_export"))
    assert response.status_code == 200
    text = response.content.decode()
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[1][:5] == ["Maria Mentor", "PT", "Teo Mentee", "BR", "active"]
    assert "SECRET-NOTE" not in text and "LOG-ENTRY" not in text


def test_a_name_that_looks_like_a_formula_is_not_run_by_spreadsheets(
    client, published_pair, organiser
):
    profile = published_pair.mentee.user.profile
    profile.display_name = '=HYPERLINK("http://evil.example","open")'
    profile.save()
    client.force_login(organiser)
    response = client.get(review_url(published_pair.cohort.programme, "mentoring_export"))
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[1][2] == '\'=HYPERLINK("http://evil.example","open")'


def test_members_may_not_export(client, published_pair, member):
    client.force_login(member)
    assert (
        client.get(review_url(published_pair.cohort.programme, "mentoring_export")).status_code
        == 403
    )


def test_the_review_page_costs_constant_queries(
    client, programme, organiser, django_assert_max_num_queries
):
    add_mentor(programme, person("m0@example.org", "Mentor 0"), capacity=3)
    add_mentee(programme, person("e0@example.org", "Mentee 0"))
    services.run_matching(organiser, programme.cohorts.get())
    client.force_login(organiser)
    with django_assert_max_num_queries(40) as few:
        client.get(review_url(programme))
    for n in range(1, 6):
        add_mentor(programme, person(f"m{n}@example.org", f"Mentor {n}"), capacity=3)
    for n in range(1, 12):
        add_mentee(programme, person(f"e{n}@example.org", f"Mentee {n}"))
    services.run_matching(organiser, programme.cohorts.get())
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(review_url(programme))
    assert "Mentee 11" in response.content.decode()


def test_closing_asks_for_feedback(client, published_pair, organiser):
    client.force_login(organiser)
    response = client.post(review_url(published_pair.cohort.programme, "mentoring_close"))
    assert response.status_code == 302
    assert published_pair.cohort.__class__.objects.get().status == Cohort.Status.CLOSED
    asked = Notification.objects.filter(kind="mentoring_check_in", text__contains="closing")
    assert {n.recipient for n in asked} == {published_pair.mentor.user, published_pair.mentee.user}


def test_a_mentor_ranks_mentees_and_the_matching_follows(client, programme, organiser, market):
    """Bea names Carl then Dora; the reasons of her pairs say so."""
    client.force_login(market["bea"].user)
    url = reverse("mentoring_rank", args=[programme.slug])
    page = client.get(url).content.decode()
    assert "Carl Mentee" in page and "Find funding" in page
    response = client.post(url, {"choice_1": market["carl"].pk, "choice_2": market["dora"].pk})
    assert response.status_code == 302
    market["bea"].refresh_from_db()
    assert market["bea"].ranking == [market["carl"].pk, market["dora"].pk]
    # Carl ranks nobody; by fit he prefers Ana (shared sector), so he still gets Ana.
    services.run_matching(organiser, programme.cohorts.get())
    assert Pair.objects.get(mentee=market["carl"]).mentor == market["ana"]
    reasons = Pair.objects.get(mentee=market["dora"]).reasons
    assert "The mentor's choice no. 2" in reasons


def test_only_the_cohorts_mentors_rank(client, programme, market):
    client.force_login(market["carl"].user)
    url = reverse("mentoring_rank", args=[programme.slug])
    assert client.get(url).status_code == 403
    assert client.post(url, {"choice_1": market["dora"].pk}).status_code == 403
