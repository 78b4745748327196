"""The demo labs: every kind, some expired, some featured, with comments, people and polls."""

from django.db.models import Count

from creativetracks.demo import members, services
from creativetracks.demo.labs import DEMO_MEMBER, seed_labs
from creativetracks.demo.networks import seed_networks
from creativetracks.labs.models import Ballot, Collaboration, Comment, Lab, Poll
from creativetracks.labs.queries import open_labs


def counts():
    return tuple(m.objects.count() for m in (Lab, Comment, Collaboration, Poll, Ballot))


def test_a_few_hundred_demo_labs_of_every_kind(client, db):
    services.seed_consortium()
    services.seed_demo_accounts()
    services.attach_demo_roles()
    members.seed_organisations()
    members.seed_members(120, with_images=False)
    seed_networks()

    assert seed_labs() == 320
    assert set(Lab.objects.values_list("kind", flat=True)) == {
        "collaboration",
        "feedback",
        "poll",
        "meetup",
    }
    assert Lab.objects.filter(owner__email=DEMO_MEMBER).count() == 3
    assert 40 < Lab.objects.count() - open_labs(Lab.objects.all()).count() < 120
    assert Lab.objects.filter(featured__isnull=False).count() == 8
    assert Lab.objects.filter(visibility="network").exists()
    assert Comment.objects.filter(parent__isnull=False).exists()
    assert Collaboration.objects.filter(status="accepted").exists()
    polls = Poll.objects.annotate(n=Count("options"))
    assert polls.count() == 80 and all(p.n >= 3 for p in polls)
    assert Ballot.objects.count() > 500
    lab = Lab.objects.annotate(n=Count("comments")).filter(n__gt=0).first()
    assert lab.comment_count == lab.n

    before = counts()
    assert seed_labs() == 0
    assert counts() == before

    page = client.get("/labs/")
    assert page.status_code == 200 and b"labs" in page.content
    assert b"Featured Ideation Labs" in client.get("/").content
    assert client.get("/labs/?q=portfolio").status_code == 200
    assert client.get(lab.get_absolute_url()).status_code in (200, 404)
