from creativetracks.accounts.services import accept_terms
from creativetracks.demo import members, services
from creativetracks.demo.data import DEMO_DOMAIN
from creativetracks.demo.events import seed_events
from creativetracks.demo.meetings import seed_meetings
from creativetracks.meetings import scheduler
from creativetracks.meetings import services as meeting_services
from creativetracks.meetings.models import Entry, Matchmaking, Meeting, MeetingRequest


def test_the_lisbon_conference_has_matchmaking_with_accepted_requests(client, db):
    services.seed_consortium()
    services.seed_demo_accounts()
    members.seed_organisations()
    services.attach_demo_roles()
    members.seed_members(300, with_images=False)
    seed_events()

    created = seed_meetings()
    assert created > 100
    assert seed_meetings() == 0  # idempotent
    matchmaking = Matchmaking.objects.get(event__slug="b-creative-lisbon")
    assert matchmaking.slots.count() == 6 + 5 and matchmaking.tables.count() == 21
    assert Entry.objects.filter(matchmaking=matchmaking).count() == 120
    accepted = MeetingRequest.objects.filter(matchmaking=matchmaking, status="accepted")
    assert accepted.count() > 50
    demo = Entry.objects.get(matchmaking=matchmaking, user__email=f"member@{DEMO_DOMAIN}")
    assert Meeting.objects.filter(seats__user=demo.user).count() == 2
    assert MeetingRequest.objects.filter(recipient=demo.user, status="pending").exists()

    # The partner's demo account organises it and can schedule everything accepted.
    partner = demo.user.__class__.objects.get(email=f"partner@{DEMO_DOMAIN}")
    run = meeting_services.start_schedule_run(partner, matchmaking, time_limit=5)
    run = meeting_services.execute_schedule_run(run.pk)
    problem = meeting_services.problem_for(matchmaking)
    assert run.placed > 50 and run.placed <= run.requests_considered
    assert scheduler.violations(problem, []) == []

    accept_terms(demo.user)  # demo accounts are asked to accept the terms, as anyone
    client.force_login(demo.user)
    page = client.get("/events/b-creative-lisbon/meetings/suggestions/")
    assert page.status_code == 200 and "Why:" in page.content.decode()
