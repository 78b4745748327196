from creativetracks.core.testing import SIGN_IN, Case, members_only, post_only


def cases(ctx) -> dict[str, list[Case]]:
    from conftest import make_user
    from creativetracks.networks.models import Network
    from creativetracks.profiles.models import Organisation
    from creativetracks.social import services

    member = ctx["member"]
    other = make_user("social-matrix-other@example.org", display_name="Sam Matrix").profile
    hidden = make_user("social-matrix-hidden@example.org", display_name="Hid Matrix").profile
    hidden.visibility = "hidden"
    hidden.save()
    blocked = make_user("social-matrix-blocked@example.org", display_name="Bo Matrix")
    block = services.block_member(member, blocked)
    connection = services.request_connection(other.user, member, "Hello")
    organisation = Organisation.objects.create(
        name="Social Matrix Org", slug="social-matrix-org", kind="collective", country="PT"
    )
    network = Network.objects.create(name="Social Matrix Network", slug="social-matrix-network")
    person = f"/people/{other.handle}/"
    return {
        "activity_feed": [members_only("/feed/")],
        "follow_person": [post_only(f"{person}follow/", anyone_may_post=True)],
        "unfollow_person": [post_only(f"{person}unfollow/", anyone_may_post=True)],
        # Follow lists: signed-in members who may see the profile (staff see hidden ones).
        "followers": [
            members_only(f"{person}followers/"),
            Case(f"/people/{hidden.handle}/followers/", 302, 404, 200, anonymous_to=SIGN_IN),
            Case("/people/nobody-here/followers/", 302, 404, 404, anonymous_to=SIGN_IN),
        ],
        "following": [
            members_only(f"{person}following/"),
            Case(f"/people/{hidden.handle}/following/", 302, 404, 200, anonymous_to=SIGN_IN),
        ],
        "connection_request": [
            members_only(f"{person}connect/"),
            Case(f"/people/{hidden.handle}/connect/", 302, 404, 200, anonymous_to=SIGN_IN),
        ],
        "block_person": [post_only(f"{person}block/", anyone_may_post=True)],
        "follow_organisation": [
            post_only(f"/organisations/{organisation.slug}/follow/", anyone_may_post=True)
        ],
        "unfollow_organisation": [
            post_only(f"/organisations/{organisation.slug}/unfollow/", anyone_may_post=True)
        ],
        "follow_network": [post_only(f"/networks/{network.slug}/follow/", anyone_may_post=True)],
        "unfollow_network": [
            post_only(f"/networks/{network.slug}/unfollow/", anyone_may_post=True)
        ],
        "connection_list": [members_only("/connections/")],
        "connection_accept": [post_only(f"/connections/{connection.pk}/accept/")],
        "connection_decline": [post_only(f"/connections/{connection.pk}/decline/")],
        "connection_withdraw": [post_only(f"/connections/{connection.pk}/withdraw/")],
        "connection_remove": [post_only(f"/connections/{connection.pk}/remove/")],
        "block_list": [members_only("/blocked/")],
        "block_remove": [post_only(f"/blocked/{block.pk}/remove/")],
    }
