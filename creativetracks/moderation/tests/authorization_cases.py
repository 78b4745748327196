from creativetracks.core.testing import SIGN_IN, Case, members_only, post_only


def cases(ctx) -> dict[str, list[Case]]:
    """A member reported by someone else: the matrix member may report them but neither
    open the report nor the audit log; staff may. The matrix member owns a network, so
    the queue answers them with their network's (empty) queue; a member who runs no
    network gets 403 (tests/test_queue.py)."""
    from conftest import make_user
    from creativetracks.moderation.models import Report

    reported = make_user("matrix-reported@example.org")
    reporter = make_user("matrix-reporter@example.org")
    report = Report.objects.create(
        reporter=reporter,
        target_type="member",
        target_id=reported.pk,
        target_label=str(reported),
        reported=reported,
        reason=Report.Reason.SPAM,
    )
    return {
        "moderation_queue": [
            Case(
                "/moderation/",
                302,
                200,
                200,
                anonymous_to=SIGN_IN,
                other_member=403,
                network_admin=200,
            ),
            Case(
                "/moderation/?status=closed",
                302,
                200,
                200,
                anonymous_to=SIGN_IN,
                other_member=403,
                network_admin=200,
            ),
        ],
        "moderation_report_new": [
            members_only(f"/moderation/report/?type=member&id={reported.pk}"),
            members_only("/moderation/report/?type=nothing&id=1", 404),
            members_only("/moderation/report/?type=lab&id=999999", 404),
        ],
        "moderation_report": [
            # Not a report about the member's network: as if it didn't exist.
            Case(
                f"/moderation/reports/{report.pk}/",
                302,
                404,
                200,
                anonymous_to=SIGN_IN,
                other_member=403,
                network_admin=404,
            ),
            Case(
                "/moderation/reports/999999/",
                302,
                404,
                404,
                anonymous_to=SIGN_IN,
                other_member=403,
                network_admin=404,
            ),
        ],
        "moderation_report_decide": [post_only(f"/moderation/reports/{report.pk}/decide/")],
        "moderation_report_unhide": [post_only(f"/moderation/reports/{report.pk}/unhide/")],
        "moderation_report_message": [post_only(f"/moderation/reports/{report.pk}/message/")],
        "moderation_held_review": [post_only("/moderation/held/1/")],
        "moderation_flag_clear": [post_only("/moderation/flags/1/clear/")],
        "moderation_sanction_lift": [post_only("/moderation/sanctions/1/lift/")],
        "moderation_audit": [
            Case("/moderation/audit/", 302, 403, 200, anonymous_to=SIGN_IN),
            Case("/moderation/audit/?action=report.", 302, 403, 200, anonymous_to=SIGN_IN),
        ],
    }
