from creativetracks.core.testing import SIGN_IN, Case, everyone, post_only


def cases(ctx) -> dict[str, list[Case]]:
    """A region with an ambassador (neither the matrix member nor staff) and a message
    routed to that ambassador: the member may not read it, staff may."""
    from conftest import make_user
    from creativetracks.ambassadors import services
    from creativetracks.ambassadors.models import Region

    region = Region.objects.create(name="Matrix Region", slug="matrix-region", countries=["PT"])
    ambassador = make_user("matrix-ambassador@example.org")
    services.appoint_ambassador(ambassador, region)
    # The matrix's ambassador looks after the region too.
    services.appoint_ambassador(ctx["ambassador"], region)
    message = services.contact_ambassadors(
        None, name="Visitor", email="visitor@example.org", country="PT", body="Hello"
    )
    feature_path = "/ambassadors/dashboard/feature/"

    return {
        "ambassadors": [everyone("/ambassadors/"), everyone("/ambassadors/?country=PT")],
        "region_detail": [
            everyone(region.get_absolute_url()),
            everyone("/ambassadors/regions/nowhere/", 404),
        ],
        "ambassador_contact": [everyone("/ambassadors/contact/")],
        "ambassador_dashboard": [
            Case("/ambassadors/dashboard/", 302, 403, 200, anonymous_to=SIGN_IN, ambassador=200),
            Case("/ambassadors/dashboard/?region=nowhere", 302, 403, 403, anonymous_to=SIGN_IN),
        ],
        "ambassador_verify": [post_only(f"/ambassadors/dashboard/verify/{ctx['member'].pk}/")],
        "ambassador_unverify": [
            post_only(f"/ambassadors/dashboard/verify/{ctx['member'].pk}/withdraw/")
        ],
        "ambassador_feature": [post_only(feature_path)],
        "ambassador_unfeature": [post_only(f"{feature_path}1/remove/")],
        "ambassador_message": [
            Case(message.get_absolute_url(), 302, 404, 200, anonymous_to=SIGN_IN, ambassador=200),
            Case("/ambassadors/messages/999999/", 302, 404, 404, anonymous_to=SIGN_IN),
        ],
    }
