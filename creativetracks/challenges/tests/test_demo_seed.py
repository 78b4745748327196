from django.core.management import call_command
from django.urls import reverse

from creativetracks.challenges.models import Challenge, Submission
from creativetracks.challenges.queries import ranking_of
from creativetracks.core.models import Partner
from creativetracks.demo.challenges import seed_challenges
from creativetracks.demo.services import seed_consortium, seed_demo_accounts


def test_the_bcreative_challenge_and_its_real_winner(client, db):
    seed_consortium()
    seed_demo_accounts()
    assert seed_challenges() == 2
    assert seed_challenges() == 0  # idempotent
    bcreative = Challenge.objects.get(slug="b-creative-challenge-2017")
    assert bcreative.phase == "results" and bcreative.partner == Partner.objects.get(slug="inova")
    winner = Submission.objects.get(challenge=bcreative, award="winner")
    assert winner.lead.profile.display_name == "Aris Papadopoulos" and winner.represents == "LATRA"
    assert ranking_of(bcreative)[0].submission == winner
    page = client.get(reverse("challenge_results", args=[bcreative.slug]))
    assert "Aris Papadopoulos" in page.text and "representing LATRA" in page.text
    assert "15 November 2017" in page.text
    certificate = client.get(reverse("challenge_certificate", args=[bcreative.slug, winner.pk]))
    assert certificate.status_code == 200
    open_one = Challenge.objects.get(slug="creative-tracks-open-challenge")
    assert open_one.accepts_entries
    assert client.get("/challenges/").status_code == 200


def test_seed_demo_command_includes_the_challenges(db):
    call_command("seed_demo", members=12, no_images=True, verbosity=0)
    assert Challenge.objects.filter(slug="b-creative-challenge-2017").exists()
    assert Submission.objects.filter(challenge__slug="b-creative-challenge-2017").count() > 5
