"""The demo mentoring: one finished and one running programme, built by the real matching."""

from creativetracks.accounts.services import accept_terms
from creativetracks.demo import members, services
from creativetracks.demo.mentoring import DEMO_MEMBER, FINISHED, RUNNING, seed_mentoring
from creativetracks.mentoring.models import Cohort, Feedback, Pair, Programme, Session
from creativetracks.mentoring.queries import is_finished, programme_figures


def counts():
    return tuple(m.objects.count() for m in (Programme, Pair, Session, Feedback))


def test_one_finished_and_one_running_programme(client, db):
    services.seed_consortium()
    services.seed_demo_accounts()
    services.attach_demo_roles()
    members.seed_organisations()
    members.seed_members(80, with_images=False)

    assert seed_mentoring() == 2
    finished, running = Programme.objects.get(slug=FINISHED), Programme.objects.get(slug=RUNNING)
    assert is_finished(finished) and not is_finished(running)
    assert running.cohorts.get(number=1).status == Cohort.Status.RUNNING
    figures = programme_figures(finished)
    assert figures.matches > 8 and figures.sessions_held >= 3 * figures.matches
    assert 50 <= figures.completion <= 100
    for pair in Pair.objects.select_related("mentor", "mentee"):
        assert set(pair.mentor.languages) & set(pair.mentee.languages)
    for mentor in running.cohorts.get(number=1).mentors.all():
        assert mentor.pairs.count() <= mentor.capacity

    before = counts()
    assert seed_mentoring() == 0
    assert counts() == before

    demo_pair = Pair.objects.get(mentee__user__email=DEMO_MEMBER)
    accept_terms(demo_pair.mentee.user)  # demo accounts are asked to accept the terms, as anyone
    client.force_login(demo_pair.mentee.user)
    page = client.get(demo_pair.get_absolute_url())
    assert page.status_code == 200 and b"Remember to send the budget" in page.content
    assert client.get("/mentoring/").status_code == 200


def test_without_members_it_does_nothing(db):
    assert seed_mentoring() == 0
    assert not Programme.objects.exists()
