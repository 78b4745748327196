from creativetracks.core.testing import SIGN_IN, Case, everyone, members_only, post_only


def cases(ctx) -> dict[str, list[Case]]:
    """A public and a members-only resource added by staff, in a learning track."""
    from creativetracks.resources import services
    from creativetracks.resources.tests.conftest import make_track, resource_data

    staff = ctx["staff"]
    public = services.publish_resource(staff, resource_data(title="Matrix guide"))
    members = services.publish_resource(
        staff, resource_data(title="Matrix members guide", visibility="members")
    )
    track = make_track([public, members], title="Matrix track", slug="matrix-track")

    return {
        "resources": [everyone("/resources/"), everyone("/resources/?q=x&topic=legal&page=4")],
        "resource_feed_rss": [everyone("/resources/feed/rss/")],
        "resource_feed_atom": [everyone("/resources/feed/atom/")],
        "resource_detail": [
            everyone(public.get_absolute_url()),
            Case(members.get_absolute_url(), 404, 200, 200),
            everyone("/resources/999999-nothing/", 404),
        ],
        "resource_detail_short": [
            everyone(f"/resources/{public.pk}/", 301),
            Case(f"/resources/{members.pk}/", 404, 301, 301),
        ],
        # Partner staff publish and edit resources like staff.
        "resource_create": [
            Case("/resources/new/", 302, 403, 200, anonymous_to=SIGN_IN, partner_staff=200)
        ],
        "resource_edit": [
            Case(
                f"/resources/{public.pk}/edit/",
                302,
                403,
                200,
                anonymous_to=SIGN_IN,
                partner_staff=200,
            )
        ],
        "resource_action": [post_only(f"/resources/{public.pk}/bookmark/", anyone_may_post=True)],
        "resource_bookmarks": [members_only("/resources/bookmarks/")],
        "tracks": [everyone("/resources/tracks/")],
        "track_detail": [
            everyone(track.get_absolute_url()),
            everyone("/resources/tracks/nothing/", 404),
        ],
    }
