from datetime import timedelta

from django.utils import timezone

from creativetracks.core.testing import (
    ADMIN_SIGN_IN,
    SIGN_IN,
    Case,
    everyone,
    members_only,
    post_only,
)


def cases(ctx) -> dict[str, list[Case]]:
    """The member owns a public network and takes no part in an unlisted one; staff
    belong to neither (they may manage and read any network, not post in it)."""
    from conftest import make_user
    from creativetracks.networks import services
    from creativetracks.networks.feeds import feed_key
    from creativetracks.networks.models import (
        Invitation,
        JoinRequest,
        NetworkMembership,
        Topic,
    )
    from creativetracks.networks.services.invitations import hash_token
    from creativetracks.profiles.models import Organisation

    member = ctx["member"]
    outsider = make_user("matrix-network-outsider@example.org")
    public = services.create_network(
        member, {"name": "Matrix Public", "join_policy": "open", "listing": "public"}
    )
    unlisted = services.create_network(
        outsider, {"name": "Matrix Unlisted", "join_policy": "request", "listing": "unlisted"}
    )
    other = NetworkMembership.objects.create(network=public, user=outsider)
    # The matrix's network admin runs the member's network with them.
    NetworkMembership.objects.create(network=public, user=ctx["network_admin"], role="admin")
    applicant = make_user("matrix-network-applicant@example.org")
    join_request = JoinRequest.objects.create(network=public, user=applicant)
    topic, _ = Topic.objects.get_or_create(slug="matrix-topic", defaults={"name": "Matrix"})
    public_thread = services.start_thread(member, network=public, title="Hello", body="Hi")
    unlisted_thread = services.start_thread(outsider, network=unlisted, title="Psst", body="Hi")
    topic_thread = services.start_thread(member, topic=topic, title="Tips", body="Share")
    reply = services.post_reply(member, public_thread, "A reply")
    now = timezone.now()
    invitation = Invitation.objects.create(
        network=public,
        email="matrix-invitee@example.org",
        token_hash=hash_token("matrix-token"),
        sent=now,
        expires=now + timedelta(days=14),
    )
    batch = services.upload_import(
        member, public, "people.csv", b"name,email,country\nAna,ana@example.org,PT\n"
    )
    organisation = Organisation.objects.create(
        name="Matrix Affiliate", slug="matrix-affiliate", kind="collective", country="PT"
    )
    public.organisations.add(organisation)

    p, u = f"/networks/{public.slug}/", f"/networks/{unlisted.slug}/"
    t = "/networks/discussions/"

    def admins_only(path: str) -> list[Case]:
        """The member and the network admin run the public network; staff run any."""
        return [
            members_only(p + path, other_member=403, network_admin=200),
            Case(u + path, 302, 403, 200, anonymous_to=SIGN_IN),
        ]

    table = {
        "networks": [everyone("/networks/"), everyone("/networks/?q=matrix&sector=x&page=9")],
        "network_create": [members_only("/networks/new/")],
        "network_detail": [everyone(p), everyone(u), everyone("/networks/nothing-here/", 404)],
        "network_edit": admins_only("edit/"),
        "network_members": [everyone(f"{p}members/"), everyone(f"{u}members/?q=zz")],
        # The member already belongs to the public network: sent back to its page.
        "network_join": [
            Case(
                f"{p}join/",
                302,
                302,
                200,
                anonymous_to=SIGN_IN,
                other_member=200,
                network_admin=302,
            ),
            members_only(f"{u}join/"),
        ],
        "network_leave": [post_only(f"{p}leave/")],
        "network_threads": [
            members_only(f"{p}discussions/"),
            Case(f"{u}discussions/", 302, 403, 200, anonymous_to=SIGN_IN),
        ],
        # A feed address is personal (signed for one member and network): it answers
        # whoever holds it, session or not; unlisted networks and bad keys are 404.
        "network_threads_feed_rss": [
            everyone(f"{p}discussions/feed/{feed_key(member, public)}/rss/"),
            everyone(f"{p}discussions/feed/not-a-key/rss/", 404),
            everyone(f"{u}discussions/feed/{feed_key(outsider, unlisted)}/rss/", 404),
        ],
        "network_threads_feed_atom": [
            everyone(f"{p}discussions/feed/{feed_key(member, public)}/atom/"),
            everyone(f"{u}discussions/feed/{feed_key(outsider, unlisted)}/atom/", 404),
        ],
        "network_thread_create": [
            Case(
                f"{p}discussions/new/",
                302,
                200,
                403,
                anonymous_to=SIGN_IN,
                other_member=403,
                network_admin=200,
            ),
            Case(f"{u}discussions/new/", 302, 403, 403, anonymous_to=SIGN_IN),
        ],
        "network_manage": admins_only("manage/"),
        "network_member_role": [
            post_only(f"{p}manage/members/{other.pk}/role/", data={"role": "admin"})
        ],
        "network_member_remove": [post_only(f"{p}manage/members/{other.pk}/remove/")],
        "network_transfer": [post_only(f"{p}manage/members/{other.pk}/make-owner/")],
        "network_request_decide": [
            post_only(f"{p}manage/requests/{join_request.pk}/", data={"decision": "approve"})
        ],
        "network_organisations": admins_only("manage/organisations/"),
        "network_organisation_remove": [
            post_only(f"{p}manage/organisations/{organisation.pk}/remove/")
        ],
        "network_invitations": admins_only("manage/invitations/"),
        "network_invitation_revoke": [
            post_only(f"{p}manage/invitations/{invitation.pk}/withdraw/")
        ],
        "network_invitation": [
            everyone("/networks/invitations/matrix-token/"),
            everyone("/networks/invitations/forged/", 404),
        ],
        "network_import": admins_only("manage/import/"),
        "network_import_detail": [
            members_only(f"{p}manage/import/{batch.pk}/", other_member=403, network_admin=200),
            Case(
                f"{p}manage/import/999999/",
                302,
                404,
                404,
                anonymous_to=SIGN_IN,
                other_member=403,
                network_admin=404,
            ),
        ],
        "network_import_confirm": [post_only(f"{p}manage/import/{batch.pk}/confirm/")],
        "network_import_cancel": [post_only(f"{p}manage/import/{batch.pk}/cancel/")],
        "network_import_progress": [
            members_only(
                f"{p}manage/import/{batch.pk}/progress/", other_member=403, network_admin=200
            )
        ],
        "topic_list": [members_only("/networks/topics/")],
        "topic_detail": [
            members_only(topic.get_absolute_url()),
            Case("/networks/topics/nothing/", 302, 404, 404, anonymous_to=SIGN_IN),
        ],
        "topic_thread_create": [members_only(f"{topic.get_absolute_url()}new/")],
        "thread_detail": [
            members_only(f"{t}{public_thread.pk}/"),
            Case(f"{t}{unlisted_thread.pk}/", 302, 403, 200, anonymous_to=SIGN_IN),
            members_only(f"{t}{topic_thread.pk}/"),
            Case(f"{t}999999/", 302, 404, 404, anonymous_to=SIGN_IN),
        ],
        "thread_reply": [post_only(f"{t}{public_thread.pk}/reply/", data={"body": "Not a member"})],
        # Only authors edit; staff moderate (pin, lock, delete) but don't rewrite.
        "thread_edit": [
            Case(
                f"{t}{public_thread.pk}/edit/",
                302,
                200,
                403,
                anonymous_to=SIGN_IN,
                other_member=403,
            )
        ],
        "thread_delete": [post_only(f"{t}{public_thread.pk}/delete/")],
        "thread_moderate": [post_only(f"{t}{public_thread.pk}/moderate/", data={"action": "lock"})],
        "reply_edit": [
            Case(
                f"{t}{public_thread.pk}/replies/{reply.pk}/edit/",
                302,
                200,
                403,
                anonymous_to=SIGN_IN,
                other_member=403,
            )
        ],
        "reply_delete": [post_only(f"{t}{public_thread.pk}/replies/{reply.pk}/delete/")],
    }
    table.update(_admin_cases([public, topic, public_thread, join_request, invitation, batch]))
    return table


def _admin_cases(objects) -> dict[str, list[Case]]:
    """Change, history and delete pages of this app's models in the Django admin."""

    def staff_only(path: str) -> Case:
        return Case(path, 302, 302, 200, anonymous_to=ADMIN_SIGN_IN, member_to=ADMIN_SIGN_IN)

    table = {}
    for obj in objects:
        name = type(obj)._meta.model_name
        base = f"/admin/networks/{name}/{obj.pk}/"
        table[f"admin:networks_{name}_change"] = [staff_only(f"{base}change/")]
        table[f"admin:networks_{name}_history"] = [staff_only(f"{base}history/")]
        table[f"admin:networks_{name}_delete"] = [staff_only(f"{base}delete/")]
    return table
