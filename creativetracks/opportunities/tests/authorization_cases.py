from creativetracks.core.testing import SIGN_IN, Case, everyone, members_only, post_only


def cases(ctx) -> dict[str, list[Case]]:
    """A published public opportunity, a members-only one, and one the member submitted
    (waiting for review); staff review everything."""
    from conftest import make_user
    from creativetracks.opportunities import services
    from creativetracks.opportunities.tests.conftest import opportunity_data

    member, staff = ctx["member"], ctx["staff"]
    public = services.submit_opportunity(staff, opportunity_data(title="Matrix public"))
    members = services.submit_opportunity(
        staff, opportunity_data(title="Matrix members", visibility="members")
    )
    mine = services.submit_opportunity(member, opportunity_data(title="Matrix pending"))
    outsider = make_user("matrix-opportunity-outsider@example.org")
    theirs = services.submit_opportunity(outsider, opportunity_data(title="Matrix theirs"))
    search = services.create_saved_search(member, "Matrix search", {}, "daily")

    def at(opportunity, rest: str = "") -> str:
        return f"/opportunities/{opportunity.pk}/{rest}"

    return {
        "opportunities": [
            everyone("/opportunities/"),
            everyone("/opportunities/?kind=grant&eligible=yes&past=1&page=7"),
        ],
        "opportunity_detail": [
            everyone(at(public)),
            Case(at(members), 404, 200, 200),
            Case(at(mine), 404, 200, 200, other_member=404, partner_staff=200),
            Case(at(theirs), 404, 404, 200, partner_staff=200),
            everyone("/opportunities/999999/", 404),
        ],
        "opportunity_create": [members_only("/opportunities/new/")],
        "opportunity_edit": [
            members_only(at(mine, "edit/"), other_member=404, partner_staff=200),
            Case(at(public, "edit/"), 302, 403, 200, anonymous_to=SIGN_IN, partner_staff=200),
            Case(at(theirs, "edit/"), 302, 404, 200, anonymous_to=SIGN_IN, partner_staff=200),
        ],
        "opportunity_save": [post_only(at(public, "save/"), anyone_may_post=True)],
        "opportunity_saved": [members_only("/opportunities/saved/")],
        "opportunity_review_queue": [
            Case("/opportunities/review/", 302, 403, 200, anonymous_to=SIGN_IN, partner_staff=200)
        ],
        "opportunity_review": [post_only(at(mine, "review/"))],
        "opportunity_search_create": [post_only("/opportunities/searches/")],
        "opportunity_search_delete": [post_only(f"/opportunities/searches/{search.pk}/delete/")],
        "opportunity_feed_rss": [everyone("/opportunities/feed/rss/")],
        "opportunity_feed_atom": [everyone("/opportunities/feed/atom/")],
        "opportunity_deadlines_ics": [everyone("/opportunities/deadlines.ics")],
    }
