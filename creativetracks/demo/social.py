"""Demo follows, connections, feed entries and conversations among the synthetic members,
and for the demo member account (member@demo.creativetracks.org): a few connections,
two requests waiting, and conversations with unread messages.

Deterministic and idempotent: follows and connections are bulk inserts that skip rows
the unique constraints already hold, "joined" entries are added only for members
without one, and conversations are recognised by their pair key or title.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from creativetracks.messaging.models import Conversation, Message, Participant
from creativetracks.social.models import Activity, Connection, Follow
from creativetracks.social.queries import ordered_pair

from .data import DEMO_DOMAIN
from .members import MEMBER_DOMAIN

DEMO_MEMBER = f"member@{DEMO_DOMAIN}"
FOLLOW_STEPS = (1, 7, 31)  # each member follows the members 1, 7 and 31 places further on
BATCH = 2000

DEMO_CHATS = [
    # (partner index, title, [(from the demo member?, text)], messages left unread)
    (
        0,
        "",
        [
            (False, "Hi Amara! I saw your aso-oke work in the directory. Beautiful."),
            (True, "Thank you! Are you still looking for textile artists for the festival?"),
            (False, "Yes, we have a slot in **October**. Could you send a short portfolio?"),
            (False, "Here is the call, with the dates: https://example.org/open-call"),
        ],
        2,
    ),
    (
        1,
        "",
        [
            (True, "Would you be up for a joint workshop on natural dyes?"),
            (False, "Absolutely. Let's talk next week."),
        ],
        0,
    ),
    (
        2,
        "Residency application",
        [
            (False, "Shall we apply to the residency together? Deadline is the 30th."),
            (True, "Yes! I can write the part on the weaving process."),
            (False, "I'll take the budget."),
            (False, "Draft is in our shared folder. Comments welcome."),
            (False, "I added the letters of support."),
        ],
        3,
    ),
]


def _synthetic_members() -> list[int]:
    """Active synthetic members whose profile others may see, oldest first."""
    return list(
        get_user_model()
        .objects.filter(email__endswith="@" + MEMBER_DOMAIN, is_active=True)
        .exclude(profile__visibility="hidden")
        .order_by("pk")
        .values_list("pk", flat=True)
    )


@transaction.atomic
def seed_social() -> dict[str, int]:
    """Add the demo social graph and conversations; returns what exists afterwards."""
    members = _synthetic_members()
    demo = get_user_model().objects.filter(email=DEMO_MEMBER).first()
    if len(members) < 12:
        return {"follows": 0, "connections": 0, "conversations": 0}
    now = timezone.now()
    _seed_follows(members, demo)
    _seed_connections(members, demo)
    _seed_joined(now)
    _seed_member_chats(members, now)
    if demo is not None:
        _seed_demo_chats(members, demo, now)
    return {
        "follows": Follow.objects.count(),
        "connections": Connection.objects.count(),
        "conversations": Conversation.objects.count(),
    }


def _seed_follows(members: list[int], demo) -> None:
    n = len(members)
    follows = [
        Follow(follower_id=members[i], followed_user_id=members[(i + step) % n])
        for i in range(n)
        for step in FOLLOW_STEPS
        if (i + step) % n != i
    ]
    if demo is not None:
        follows += [Follow(follower_id=demo.pk, followed_user_id=pk) for pk in members[:12]]
        follows += [Follow(follower_id=pk, followed_user_id=demo.pk) for pk in members[:20]]
    Follow.objects.bulk_create(follows, ignore_conflicts=True, batch_size=BATCH)


def _seed_connections(members: list[int], demo) -> None:
    rows: dict[tuple[int, int], Connection] = {}

    def add(asker: int, other: int, *, accepted: bool, note: str = "") -> None:
        low, high = ordered_pair(asker, other)
        rows.setdefault(
            (low, high),
            Connection(
                user_low_id=low,
                user_high_id=high,
                requested_by_id=asker,
                status=Connection.Status.ACCEPTED if accepted else Connection.Status.PENDING,
                note=note,
                responded=timezone.now() if accepted else None,
            ),
        )

    for i in range(0, len(members) - 1, 2):
        add(members[i], members[i + 1], accepted=True)
    for i in range(0, len(members) - 3, 10):
        add(members[i], members[i + 3], accepted=False, note="We met at the Porto conference.")
    if demo is not None:
        for pk in members[:8]:
            add(pk, demo.pk, accepted=True)
        add(members[8], demo.pk, accepted=False, note="I loved your natural-dye workshop!")
        add(members[9], demo.pk, accepted=False)
    Connection.objects.bulk_create(rows.values(), ignore_conflicts=True, batch_size=BATCH)


def _seed_joined(now) -> None:
    """A "joined" feed entry for members added by bulk inserts (which send no signals)."""
    User = get_user_model()
    announced = Activity.objects.filter(verb="joined").values("actor")
    newcomers = (
        User.objects.filter(email__endswith="@" + MEMBER_DOMAIN)
        .exclude(pk__in=announced)
        .values_list("pk", "date_joined")
    )
    Activity.objects.bulk_create(
        (
            Activity(
                actor_id=pk,
                verb="joined",
                audience=Activity.Audience.MEMBERS,
                created=min(joined, now),
            )
            for pk, joined in newcomers.iterator()
        ),
        batch_size=BATCH,
    )


def _conversation(users: list[int], lines, unread: int, now, *, title: str = "") -> None:
    """One conversation with its messages; the first user is the reader of `unread`
    messages at the end (everyone else has read everything)."""
    if title:
        if Conversation.objects.filter(title=title, created_by_id=users[0]).exists():
            return
        conversation = Conversation.objects.create(
            title=title, is_group=True, created_by_id=users[0]
        )
    else:
        low, high = ordered_pair(users[0], users[1])
        key = f"{low}:{high}"
        if Conversation.objects.filter(direct_key=key).exists():
            return
        conversation = Conversation.objects.create(direct_key=key, created_by_id=users[1])
    start = now - timedelta(hours=2 * len(lines))
    messages = Message.objects.bulk_create(
        Message(
            conversation=conversation,
            sender_id=users[0] if mine else users[1 + index % (len(users) - 1)],
            body=text,
            created=start + timedelta(hours=2 * index),
        )
        for index, (mine, text) in enumerate(lines)
    )
    if messages[0].pk is None:  # backends that don't return ids from bulk inserts
        messages = list(conversation.messages.order_by("id"))
    last = messages[-1]
    conversation.last_message, conversation.last_message_at = last, last.created
    conversation.save(update_fields=["last_message", "last_message_at"])
    if not unread:
        read_by_first = last.pk
    else:
        read_by_first = messages[-unread - 1].pk if unread < len(messages) else 0
    Participant.objects.bulk_create(
        Participant(
            conversation=conversation,
            user_id=pk,
            last_read_id=read_by_first if pk == users[0] else last.pk,
            joined=start,
        )
        for pk in users
    )


def _seed_member_chats(members: list[int], now) -> None:
    lines = [
        (True, "Hello! Are you going to the Porto meet-up?"),
        (False, "Yes, I'll bring some prints. See you there?"),
        (True, "Great, see you there."),
    ]
    for i in range(10, min(len(members) - 1, 50), 4):
        _conversation([members[i], members[i + 1]], lines, 0, now)


def _seed_demo_chats(members: list[int], demo, now) -> None:
    for index, title, lines, unread in DEMO_CHATS:
        partners = members[index : index + 3] if title else [members[index]]
        _conversation([demo.pk, *partners], lines, unread, now, title=title)
    # A message request from a member the demo account is not connected with.
    stranger = members[11]
    low, high = ordered_pair(demo.pk, stranger)
    if not Conversation.objects.filter(direct_key=f"{low}:{high}").exists():
        _conversation(
            [demo.pk, stranger],
            [(False, "Hello, I run a small gallery in Lisbon. Could we talk about a show?")],
            1,
            now,
        )
        Participant.objects.filter(conversation__direct_key=f"{low}:{high}", user=demo).update(
            state=Participant.State.REQUESTED
        )
