"""The API in the site-wide matrix: GETs as anonymous, member and staff (a POST-only path
answers 405 to a GET). Write permissions are tested in each app's tests/test_api.py."""

from creativetracks.core.testing import Case, everyone, members_only, post_only

UNAUTHORISED = 401


def cases(ctx) -> dict[str, list[Case]]:
    from conftest import make_user
    from creativetracks.ambassadors import services as ambassador_services
    from creativetracks.ambassadors.models import Region
    from creativetracks.api import services
    from creativetracks.challenges.tests.api_authorization import cases as challenge_entry_cases
    from creativetracks.challenges.tests.conftest import make_challenge
    from creativetracks.events.tests.api_authorization import cases as event_organiser_cases
    from creativetracks.events.tests.conftest import make_event, make_partner
    from creativetracks.labs import services as lab_services
    from creativetracks.labs.models import Lab
    from creativetracks.labs.tests.conftest import make_lab
    from creativetracks.mentoring import services as mentoring
    from creativetracks.mentoring.tests.api_authorization import cases as mentoring_space_cases
    from creativetracks.mentoring.tests.conftest import programme_data
    from creativetracks.messaging import services as messaging
    from creativetracks.messaging.tests.api_authorization import cases as conversation_state_cases
    from creativetracks.networks import services as network_services
    from creativetracks.networks.models import Topic
    from creativetracks.notifications.services import notify
    from creativetracks.opportunities import services as opportunity_services
    from creativetracks.opportunities.tests.conftest import opportunity_data
    from creativetracks.resources import services as resource_services
    from creativetracks.resources.models import LearningTrack, TrackStep
    from creativetracks.resources.tests.conftest import resource_data
    from creativetracks.social import services as social

    member = ctx["member"]
    outsider = make_user("matrix-api-outsider@example.org")
    public_lab = make_lab(outsider, title="Matrix API lab")
    members_lab = make_lab(
        outsider, title="Matrix API members lab", visibility=Lab.Visibility.MEMBERS
    )
    challenge = make_challenge(make_partner("matrix-api-partner", "Matrix API Partner"))
    members_challenge = make_challenge(
        make_partner("matrix-api-partner", "Matrix API Partner"), visibility="members"
    )
    joining = lab_services.ask_to_join(member, public_lab, "Matrix")
    lab_comment = lab_services.post_comment(outsider, public_lab, "Matrix comment")
    poll = lab_services.add_poll(outsider, public_lab, question="Matrix?", options=["A", "B"])
    organiser = make_user("matrix-api-organiser@example.org")
    make_partner("matrix-api-partner", "Matrix API Partner").staff.add(organiser)
    programme = mentoring.create_programme(
        organiser, programme_data(make_partner("matrix-api-partner"), title="Matrix API programme")
    )
    members_programme = mentoring.create_programme(
        organiser,
        programme_data(
            make_partner("matrix-api-partner"), title="Matrix API quiet", visibility="members"
        ),
    )
    event = make_event(organiser, title="Matrix API event")
    members_event = make_event(organiser, title="Matrix API members event", visibility="members")
    network = network_services.create_network(
        outsider, {"name": "Matrix API Network", "join_policy": "open", "listing": "public"}
    )
    notification = notify(member, "lab_comment", text="Hello", url="/")
    thread = network_services.start_thread(outsider, network=network, title="Matrix", body="Hi")
    topic = Topic.objects.create(name="Matrix API topic", slug="matrix-api-topic")
    topic_thread = network_services.start_thread(outsider, topic=topic, title="Matrix", body="Hi")
    network_reply = network_services.post_reply(outsider, thread, "Matrix reply")
    topic_reply = network_services.post_reply(outsider, topic_thread, "Matrix reply")
    token, _secret = services.create_token(member, name="matrix", scope="read")
    make_partner("matrix-api-partner", "Matrix API Partner").staff.add(outsider)
    opportunity = opportunity_services.submit_opportunity(
        outsider, opportunity_data(title="Matrix API grant", visibility="members")
    )
    resource = resource_services.publish_resource(
        outsider, resource_data(title="Matrix API guide", visibility="members")
    )

    track = LearningTrack.objects.create(title="Matrix API track", slug="matrix-api-track")
    TrackStep.objects.create(track=track, resource=resource)

    place = Region.objects.create(
        name="Matrix API region", slug="matrix-api-region", countries=["PT"]
    )
    # The matrix's ambassador looks after it: a message to it reaches them (and not the
    # member); staff read every message.
    ambassador_services.appoint_ambassador(ctx["ambassador"], place)
    contact = ambassador_services.contact_ambassadors(
        outsider, name="Outsider", email="", country="PT", body="Matrix hello"
    )

    # A conversation between the member and someone else: staff may not read it either.
    chat = messaging.start_conversation(outsider, [member], "Matrix hello")
    asked = social.request_connection(outsider, member)
    block = social.block_member(member, make_user("matrix-api-blocked@example.org"))
    organisation = ctx["organisation"]

    def api(path: str) -> str:
        return f"/api/v1/{path}"

    def signed_in(path: str, status: int = 200) -> Case:
        return Case(path, UNAUTHORISED, status, status)

    return {
        "api:api-root": [everyone(api(""), 404)],
        "api_not_found": [everyone(api("nothing/here"), 404), everyone(api("labs/x"), 404)],
        "api:openapi-json": [everyone(api("openapi.json"))],
        "api:openapi-view": [everyone(api("docs"))],
        "api:api_me": [signed_in(api("me"))],
        "api:api_my_profile": [everyone(api("me/profile"), 405)],
        "api:api_my_registrations": [signed_in(api("me/registrations"))],
        "api:api_feed": [signed_in(api("me/feed")), signed_in(api("me/feed?limit=5"))],
        "api:api_profiles": [everyone(api("profiles/")), everyone(api("profiles/?country=PT"))],
        "api:api_profile": [
            everyone(api(f"profiles/{ctx['public_profile'].handle}")),
            Case(api(f"profiles/{ctx['members_profile'].handle}"), 404, 200, 200),
            Case(api(f"profiles/{ctx['hidden_profile'].handle}"), 404, 404, 200),
        ],
        # follow lists: members who may see the profile
        "api:api_profile_followers": [
            signed_in(api(f"profiles/{ctx['public_profile'].handle}/followers")),
            Case(api(f"profiles/{ctx['hidden_profile'].handle}/followers"), UNAUTHORISED, 404, 200),
            Case(api("profiles/nobody-here/followers"), UNAUTHORISED, 404, 404),
        ],
        "api:api_profile_following": [
            signed_in(api(f"profiles/{ctx['members_profile'].handle}/following?limit=5")),
            Case(api(f"profiles/{ctx['hidden_profile'].handle}/following"), UNAUTHORISED, 404, 200),
        ],
        "api:api_organisations": [everyone(api("organisations/"))],
        "api:api_organisation": [
            everyone(api(f"organisations/{ctx['organisation'].slug}")),
            everyone(api("organisations/nothing-here"), 404),
        ],
        "api:api_networks": [everyone(api("networks/"))],
        "api:api_network": [everyone(api(f"networks/{network.slug}"))],
        "api:api_network_members": [everyone(api(f"networks/{network.slug}/members"))],
        "api:api_network_join": [everyone(api(f"networks/{network.slug}/join"), 405)],
        "api:api_network_leave": [everyone(api(f"networks/{network.slug}/leave"), 405)],
        "api:api_network_threads": [signed_in(api(f"networks/{network.slug}/threads"))],
        "api:api_network_thread": [
            signed_in(api(f"networks/{network.slug}/threads/{thread.pk}")),
            Case(api(f"networks/{network.slug}/threads/999999"), UNAUTHORISED, 404, 404),
        ],
        "api:api_network_thread_replies": [
            signed_in(api(f"networks/{network.slug}/threads/{thread.pk}/replies"))
        ],
        "api:api_topics": [signed_in(api("topics/"))],
        "api:api_topic": [
            signed_in(api(f"topics/{topic.slug}")),
            Case(api("topics/nothing-here"), UNAUTHORISED, 404, 404),
        ],
        "api:api_topic_threads": [signed_in(api(f"topics/{topic.slug}/threads"))],
        "api:api_topic_thread": [
            signed_in(api(f"topics/{topic.slug}/threads/{topic_thread.pk}")),
            Case(api(f"topics/{topic.slug}/threads/{thread.pk}"), UNAUTHORISED, 404, 404),
        ],
        "api:api_topic_thread_replies": [
            signed_in(api(f"topics/{topic.slug}/threads/{topic_thread.pk}/replies"))
        ],
        "api:api_network_thread_moderate": [
            everyone(api(f"networks/{network.slug}/threads/{thread.pk}/moderate"), 405)
        ],
        "api:api_network_thread_reply": [
            everyone(
                api(f"networks/{network.slug}/threads/{thread.pk}/replies/{network_reply.pk}"), 405
            )
        ],
        "api:api_topic_thread_moderate": [
            everyone(api(f"topics/{topic.slug}/threads/{topic_thread.pk}/moderate"), 405)
        ],
        "api:api_topic_thread_reply": [
            everyone(
                api(f"topics/{topic.slug}/threads/{topic_thread.pk}/replies/{topic_reply.pk}"), 405
            )
        ],
        "api:api_labs": [everyone(api("labs/"))],
        "api:api_lab": [
            everyone(api(f"labs/{public_lab.pk}")),
            Case(api(f"labs/{members_lab.pk}"), 404, 200, 200),
        ],
        "api:api_lab_comments": [everyone(api(f"labs/{public_lab.pk}/comments"))],
        "api:api_lab_polls": [
            everyone(api(f"labs/{public_lab.pk}/polls")),
            Case(api(f"labs/{members_lab.pk}/polls"), 404, 200, 200),
        ],
        "api:api_lab_join": [everyone(api(f"labs/{public_lab.pk}/join"), 405)],
        "api:api_lab_leave": [everyone(api(f"labs/{public_lab.pk}/leave"), 405)],
        # the owner's alone: the outsider owns the lab, so member and staff get 403
        "api:api_lab_requests": [
            Case(api(f"labs/{public_lab.pk}/requests"), UNAUTHORISED, 403, 403)
        ],
        "api:api_lab_request": [everyone(api(f"labs/{public_lab.pk}/requests/{joining.pk}"), 405)],
        "api:api_lab_poll_vote": [everyone(api(f"labs/{public_lab.pk}/polls/{poll.pk}/vote"), 405)],
        "api:api_lab_comment": [
            everyone(api(f"labs/{public_lab.pk}/comments/{lab_comment.pk}"), 405)
        ],
        "api:api_lab_comment_hide": [
            everyone(api(f"labs/{public_lab.pk}/comments/{lab_comment.pk}/hide"), 405)
        ],
        "api:api_lab_updates": [
            everyone(api(f"labs/{public_lab.pk}/updates")),
            Case(api(f"labs/{members_lab.pk}/updates"), 404, 200, 200),
        ],
        "api:api_lab_close": [everyone(api(f"labs/{public_lab.pk}/close"), 405)],
        "api:api_lab_extend": [everyone(api(f"labs/{public_lab.pk}/extend"), 405)],
        "api:api_lab_feature": [everyone(api(f"labs/{public_lab.pk}/feature"), 405)],
        "api:api_lab_cover": [everyone(api(f"labs/{public_lab.pk}/cover"), 405)],
        "api:api_events": [everyone(api("events/")), everyone(api("events/?when=past"))],
        "api:api_event_organisers": [signed_in(api("events/organisers"))],
        "api:api_event": [
            everyone(api(f"events/{event.slug}")),
            Case(api(f"events/{members_event.slug}"), 404, 200, 200),
        ],
        "api:api_event_registration": [
            Case(api(f"events/{event.slug}/registration"), UNAUTHORISED, 404, 404)
        ],
        "api:api_opportunities": [everyone(api("opportunities/"))],
        "api:api_opportunity": [Case(api(f"opportunities/{opportunity.pk}"), 404, 200, 200)],
        "api:api_saved_opportunities": [signed_in(api("opportunities/saved"))],
        "api:api_save_opportunity": [everyone(api(f"opportunities/{opportunity.pk}/save"), 405)],
        "api:api_resources": [everyone(api("resources/"))],
        "api:api_resource": [Case(api(f"resources/{resource.pk}"), 404, 200, 200)],
        "api:api_resource_bookmarks": [signed_in(api("resources/bookmarks"))],
        "api:api_resource_bookmark": [everyone(api(f"resources/{resource.pk}/bookmark"), 405)],
        "api:api_resource_helpful": [everyone(api(f"resources/{resource.pk}/helpful"), 405)],
        "api:api_resource_done": [everyone(api(f"resources/{resource.pk}/done"), 405)],
        "api:api_resources_done": [signed_in(api("resources/done"))],
        "api:api_tracks": [everyone(api("resources/tracks/"))],
        "api:api_track": [
            everyone(api(f"resources/tracks/{track.slug}")),
            everyone(api("resources/tracks/nothing-here"), 404),
        ],
        "api:api_notifications": [signed_in(api("notifications/"))],
        "api:api_notification_read": [everyone(api(f"notifications/{notification.pk}/read"), 405)],
        "api:api_notifications_read": [everyone(api("notifications/read"), 405)],
        "api:api_conversations": [signed_in(api("messages/"))],
        "api:api_conversation": [
            Case(api(f"messages/{chat.pk}"), UNAUTHORISED, 200, 404, other_member=404)
        ],
        "api:api_conversation_messages": [
            Case(
                api(f"messages/{chat.pk}/messages"),
                UNAUTHORISED,
                200,
                404,
                other_member=404,
                post_data={"body": "Not yours"},
            )
        ],
        "api:api_conversation_read": [everyone(api(f"messages/{chat.pk}/read"), 405)],
        "api:api_connections": [
            signed_in(api("connections/")),
            signed_in(api("connections/?status=received")),
        ],
        "api:api_connection": [everyone(api(f"connections/{asked.pk}"), 405)],
        "api:api_connection_accept": [everyone(api(f"connections/{asked.pk}/accept"), 405)],
        "api:api_connection_decline": [everyone(api(f"connections/{asked.pk}/decline"), 405)],
        "api:api_follows": [signed_in(api("follows/")), signed_in(api("follows/?kind=person"))],
        "api:api_follow_person": [everyone(api(f"follows/people/{outsider.profile.handle}"), 405)],
        "api:api_follow_organisation": [
            everyone(api(f"follows/organisations/{organisation.slug}"), 405)
        ],
        "api:api_follow_network": [everyone(api(f"follows/networks/{network.slug}"), 405)],
        "api:api_blocks": [signed_in(api("blocks/"))],
        "api:api_block": [everyone(api(f"blocks/{block.pk}"), 405)],
        "api:api_challenges": [
            everyone(api("challenges/")),
            everyone(api("challenges/?phase=open")),
        ],
        "api:api_challenge": [
            everyone(api(f"challenges/{challenge.slug}")),
            Case(api(f"challenges/{members_challenge.slug}"), 404, 200, 200),
            everyone(api("challenges/nothing-here"), 404),
        ],
        "api:api_programmes": [everyone(api("mentoring/programmes/"))],
        "api:api_programme": [
            everyone(api(f"mentoring/programmes/{programme.slug}")),
            Case(api(f"mentoring/programmes/{members_programme.slug}"), 404, 200, 200),
        ],
        "api:api_my_mentorships": [signed_in(api("mentoring/mine"))],
        "api:api_regions": [
            everyone(api("ambassadors/")),
            everyone(api("ambassadors/?country=PT")),
        ],
        "api:api_region": [
            everyone(api(f"ambassadors/{place.slug}")),
            everyone(api("ambassadors/nowhere"), 404),
        ],
        # what the ambassador received; a member who is no ambassador: 403 (the dashboard's)
        "api:api_ambassador_messages": [
            Case(api("ambassadors/messages/"), UNAUTHORISED, 403, 200, ambassador=200)
        ],
        "api:api_ambassador_message": [
            Case(api(f"ambassadors/messages/{contact.pk}"), UNAUTHORISED, 404, 200, ambassador=200),
            Case(api("ambassadors/messages/999999"), UNAUTHORISED, 404, 404),
        ],
        **event_organiser_cases(ctx),
        **challenge_entry_cases(ctx),
        **mentoring_space_cases(ctx),
        **conversation_state_cases(ctx),
        "api_tokens": [members_only("/accounts/tokens/")],
        "api_token_revoke": [post_only(f"/accounts/tokens/{token.pk}/revoke/")],
    }
