import pytest

from creativetracks.demo import members as member_seeds
from creativetracks.demo import services as demo_services
from creativetracks.demo.social import DEMO_MEMBER, seed_social
from creativetracks.messaging.models import Message, Participant
from creativetracks.messaging.queries import request_count, unread_conversation_count
from creativetracks.social.models import Activity, Connection
from creativetracks.social.queries import feed_for


@pytest.mark.django_db
def test_seed_social_gives_the_demo_member_a_lively_start_and_runs_twice_alike():
    from django.contrib.auth import get_user_model

    demo_services.seed_consortium()
    demo_services.seed_demo_accounts()
    member_seeds.seed_members(60, with_images=False)
    first = seed_social()
    counts = (
        first,
        Message.objects.count(),
        Participant.objects.count(),
        Activity.objects.count(),
    )
    assert first["follows"] > 150 and first["connections"] > 30 and first["conversations"] >= 10
    assert seed_social() == first
    assert counts[1:] == (
        Message.objects.count(),
        Participant.objects.count(),
        Activity.objects.count(),
    )

    demo = get_user_model().objects.get(email=DEMO_MEMBER)
    assert (
        Connection.objects.filter(status="accepted").filter(user_high=demo).count()
        + (Connection.objects.filter(status="accepted", user_low=demo).count())
        == 8
    )
    assert unread_conversation_count(demo) == 3  # two with unread messages, one request
    assert request_count(demo) == 1
    assert feed_for(demo).object_list


@pytest.mark.django_db
def test_seed_social_without_members_does_nothing():
    assert seed_social() == {"follows": 0, "connections": 0, "conversations": 0}
