from datetime import timedelta

from django.utils import timezone

from creativetracks.core.testing import Case, everyone, members_only, post_only


def cases(ctx) -> dict[str, list[Case]]:
    """The member administers an organisation that organises a public event (and is
    registered for it); a partner the member doesn't work for organises a
    members-only and an invite-only event (whose link lets any member in). Staff organise
    anything."""
    from creativetracks.events import services
    from creativetracks.events.models import Event, Question, Registration, Session, Speaker

    member, partner, organisation = ctx["member"], ctx["partner"], ctx["organisation"]
    start = timezone.now() + timedelta(days=20)

    def event(title: str, visibility: str, organiser: dict) -> Event:
        return Event.objects.create(
            title=title,
            slug=services.unique_slug(title),
            visibility=visibility,
            start=start,
            end=start + timedelta(hours=4),
            city="Porto",
            country="PT",
            capacity=10,
            **organiser,
        )

    ours = event("Matrix Ours", "public", {"organiser_organisation": organisation})
    theirs = event("Matrix Theirs", "members", {"organiser_partner": partner})
    secret = event("Matrix Secret", "private", {"organiser_partner": partner})
    services.register_for_event(member, ours)
    registration = Registration.objects.get(user=member, event=ours)
    speaker = Speaker.objects.create(event=ours, name="Guest")
    session = Session.objects.create(event=ours, title="Talk", start=start, end=start)
    question = Question.objects.create(event=ours, label="Why?")
    feed = services.calendar_feed_of(member)

    o, t, s = f"/events/{ours.slug}/", f"/events/{theirs.slug}/", f"/events/{secret.slug}/"

    # The org admin runs "ours" with the member; the partner's staff organise the others.
    def organisers_only(suffix: str) -> list[Case]:
        return [
            members_only(o + suffix, other_member=403, org_admin=200),
            Case(t + suffix, 302, 403, 200, partner_staff=200),
            Case(s + suffix, 302, 403, 200, partner_staff=200),
        ]

    return {
        "events": [everyone("/events/"), everyone("/events/?kind=workshop&country=PT&page=9")],
        "events_past": [everyone("/events/past/")],
        "events_calendar": [
            everyone("/events/calendar/"),
            everyone("/events/calendar/?month=2017-11"),
        ],
        "events_personal_feed": [
            everyone(f"/events/calendar/{feed.token}.ics"),
            everyone("/events/calendar/not-a-token.ics", 404),
        ],
        "event_create": [
            members_only(
                "/events/new/",
                other_member=403,
                org_admin=200,
                network_admin=200,
                partner_staff=200,
            )
        ],
        "events_mine": [members_only("/events/mine/")],
        "events_calendar_reset": [post_only("/events/mine/calendar/reset/", anyone_may_post=True)],
        "events_feed_rss": [everyone("/events/feed/rss/")],
        "events_feed_atom": [everyone("/events/feed/atom/")],
        "events_feed_ics": [everyone("/events/feed/ics/")],
        # An invite-only event: the link is the invitation, for signed-in members.
        "event_detail": [everyone(o), Case(t, 404, 200, 200), Case(s, 404, 200, 200)],
        "event_ics": [
            everyone(o + "event.ics"),
            Case(t + "event.ics", 404, 200, 200),
            Case(s + "event.ics", 404, 200, 200),
        ],
        "event_edit": organisers_only("edit/"),
        # The member is registered for "ours" (refused with a message); staff are not.
        "event_register": [
            Case(o + "register/", 302, 409, 200, other_member=200),
            Case(t + "register/", 302, 200, 200),
            Case(s + "register/", 302, 200, 200),
        ],
        "event_cancel": [post_only(o + "cancel/")],
        "event_ticket": [
            Case(o + "ticket/", 302, 200, 404, other_member=404),
            Case(t + "ticket/", 302, 404, 404),
        ],
        "event_ticket_qr": [Case(o + "ticket/qr.svg", 302, 200, 404, other_member=404)],
        "event_participants": organisers_only("manage/"),
        "event_registration_decide": [
            post_only(o + f"manage/registrations/{registration.pk}/decide/")
        ],
        "event_export_csv": organisers_only("manage/participants.csv"),
        "event_export_xlsx": organisers_only("manage/participants.xlsx"),
        "event_message": organisers_only("manage/message/"),
        "event_stats": organisers_only("manage/stats/"),
        "event_check_in": organisers_only("manage/check-in/"),
        "event_programme": organisers_only("manage/programme/"),
        "event_speaker_remove": [post_only(o + f"manage/programme/speakers/{speaker.pk}/remove/")],
        "event_session_remove": [post_only(o + f"manage/programme/sessions/{session.pk}/remove/")],
        "event_questions": organisers_only("manage/questions/"),
        "event_question_remove": [post_only(o + f"manage/questions/{question.pk}/remove/")],
    }
