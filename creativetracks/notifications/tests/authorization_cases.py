from creativetracks.core.testing import Case, everyone, members_only, post_only


def cases(ctx) -> dict[str, list[Case]]:
    from creativetracks.notifications.services import notify
    from creativetracks.notifications.unsubscribe import make_token

    note = notify(ctx["member"], "new_follower", text="Someone follows you", url="/directory/")
    return {
        "notification_list": [members_only("/notifications/")],
        "notification_open": [post_only(f"/notifications/{note.pk}/open/")],
        "notification_read_all": [post_only("/notifications/read-all/")],
        "notification_preferences": [members_only("/notifications/preferences/")],
        # The token is the permission: anyone holding it sees the confirmation page.
        "unsubscribe": [
            everyone(f"/notifications/unsubscribe/{make_token(ctx['member'].pk, 'mention')}/"),
            everyone("/notifications/unsubscribe/forged/", 400),
        ],
        # The bounce webhook takes POSTs from the email provider only (basic auth).
        "email_webhook_postmark": [everyone("/email/webhooks/postmark/", 405)],
    }
