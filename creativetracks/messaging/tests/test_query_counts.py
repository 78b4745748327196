"""The inbox and a conversation cost the same number of queries at 10 and 100 items."""

from django.urls import reverse

from creativetracks.messaging import services
from creativetracks.messaging.models import Conversation
from creativetracks.social.tests.builders import connect, member_named, queries_for


def test_inbox_costs_the_same_at_10_and_100(client, member, django_assert_max_num_queries):
    client.force_login(member)
    costs = {}
    for size in (10, 100):
        for n in range(size - len(costs) * 10):
            person = member_named(f"Writer {size}-{n}")
            connect(person, member)
            if n % 3 == 0:  # some groups, some one-to-one
                extra = member_named(f"Friend {size}-{n}")
                connect(person, extra)
                services.start_conversation(person, [member, extra], "Group hello", title=f"G{n}")
            else:
                services.start_conversation(person, [member], f"Hello from {n}")
        costs[size] = queries_for(client, reverse("conversation_list"))
    assert Conversation.objects.count() == 100
    assert costs[10] == costs[100], costs
    with django_assert_max_num_queries(10):
        client.get(reverse("conversation_list"))


def test_conversation_costs_the_same_at_10_and_100(
    client, member, other_member, django_assert_max_num_queries
):
    connect(member, other_member)
    conversation = services.start_conversation(member, [other_member], "First")
    client.force_login(other_member)
    costs = {}
    for size in (10, 100):
        for n in range(size - len(costs) * 10 - (1 if not costs else 0)):
            sender = member if n % 2 else other_member
            services.send_message(sender, conversation, f"Message {n}")
        assert conversation.messages.count() == size
        costs[size] = queries_for(client, conversation.get_absolute_url())
    assert costs[10] == costs[100], costs
    with django_assert_max_num_queries(11):
        client.get(conversation.get_absolute_url())
