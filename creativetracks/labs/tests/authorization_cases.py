from creativetracks.core.testing import (
    ADMIN_SIGN_IN,
    SIGN_IN,
    Case,
    everyone,
    members_only,
    post_only,
)


def cases(ctx) -> dict[str, list[Case]]:
    """The member owns a public lab; an outsider owns a lab for the members of a network
    the member doesn't belong to (staff see everything and may feature)."""
    from conftest import make_user
    from creativetracks.labs import services
    from creativetracks.networks import services as network_services

    member = ctx["member"]
    outsider = make_user("matrix-lab-outsider@example.org")
    network = network_services.create_network(
        outsider, {"name": "Matrix Lab Network", "join_policy": "request", "listing": "public"}
    )
    base = {
        "kind": "collaboration",
        "summary": "Matrix",
        "description": "",
        "link": "",
        "sectors": [],
        "skills": [],
        "countries": [],
        "language": "en",
        "expires_on": None,
    }
    public = services.create_lab(
        member, {**base, "title": "Matrix public lab", "network": None, "visibility": "public"}
    )
    private = services.create_lab(
        outsider,
        {**base, "title": "Matrix network lab", "network": network, "visibility": "network"},
    )
    comment = services.post_comment(outsider, public, "Nice")
    own_comment = services.post_comment(member, public, "Thanks")
    request = services.ask_to_join(outsider, public, "Let me in")
    poll = services.add_poll(member, public, question="When?", options=["Monday", "Friday"])

    p = f"/labs/{public.pk}/"
    n = f"/labs/{private.pk}/"

    def hidden_from_member(path: str, staff: int = 200) -> Case:
        return Case(path, 302, 404, staff, anonymous_to=SIGN_IN)

    table = {
        "labs": [everyone("/labs/"), everyone("/labs/?q=matrix&kind=poll&status=expired&page=9")],
        "lab_create": [members_only("/labs/new/")],
        "labs_for_you": [members_only("/labs/for-you/")],
        "lab_featuring": [
            Case("/labs/featuring/", 302, 403, 200, anonymous_to=SIGN_IN, partner_staff=200)
        ],
        "lab_feed_rss": [everyone("/labs/feed/rss/")],
        "lab_feed_atom": [everyone("/labs/feed/atom/")],
        "lab_detail": [
            everyone(public.get_absolute_url()),
            Case(private.get_absolute_url(), 404, 404, 200),
            everyone("/labs/999999-nothing/", 404),
        ],
        # Owners and moderators edit; the owner alone answers requests and adds polls.
        "lab_edit": [
            members_only(f"{p}edit/", other_member=403),
            hidden_from_member(f"{n}edit/"),
        ],
        "lab_expiry": [
            members_only(f"{p}expiry/", other_member=403),
            hidden_from_member(f"{n}expiry/"),
        ],
        "lab_delete": [post_only(f"{p}delete/")],
        "lab_feature": [post_only(f"{p}feature/")],
        "lab_comment": [post_only(f"{p}comments/")],
        "lab_comment_edit": [
            Case(
                f"{p}comments/{own_comment.pk}/edit/",
                302,
                200,
                403,
                anonymous_to=SIGN_IN,
                other_member=403,
            ),
            Case(f"{p}comments/{comment.pk}/edit/", 302, 403, 403, anonymous_to=SIGN_IN),
        ],
        "lab_comment_delete": [post_only(f"{p}comments/{comment.pk}/delete/")],
        "lab_comment_hide": [post_only(f"{p}comments/{comment.pk}/hide/")],
        # The member owns the public lab: sent back to it.
        "lab_join": [
            Case(f"{p}join/", 302, 302, 200, anonymous_to=SIGN_IN, other_member=200),
            hidden_from_member(f"{n}join/"),
        ],
        "lab_leave": [post_only(f"{p}leave/")],
        "lab_request_decide": [
            post_only(f"{p}requests/{request.pk}/", data={"decision": "accept"})
        ],
        "lab_post_update": [post_only(f"{p}updates/", data={"body": "Not the owner"})],
        "lab_poll_create": [
            Case(f"{p}polls/new/", 302, 200, 403, anonymous_to=SIGN_IN, other_member=403),
            hidden_from_member(f"{n}polls/new/", staff=403),
        ],
        "lab_poll_vote": [post_only(f"{p}polls/{poll.pk}/vote/")],
    }
    table.update(_admin_cases([public, comment, request, poll]))
    return table


def _admin_cases(objects) -> dict[str, list[Case]]:
    def staff_only(path: str) -> Case:
        return Case(path, 302, 302, 200, anonymous_to=ADMIN_SIGN_IN, member_to=ADMIN_SIGN_IN)

    table = {}
    for obj in objects:
        name = type(obj)._meta.model_name
        base = f"/admin/labs/{name}/{obj.pk}/"
        table[f"admin:labs_{name}_change"] = [staff_only(f"{base}change/")]
        table[f"admin:labs_{name}_history"] = [staff_only(f"{base}history/")]
        table[f"admin:labs_{name}_delete"] = [staff_only(f"{base}delete/")]
    return table
