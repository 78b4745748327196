from creativetracks.core.testing import Case, members_only, post_only


def cases(ctx) -> dict[str, list[Case]]:
    from creativetracks.notifications.services import notify

    note = notify(ctx["member"], "new_follower", text="Someone follows you", url="/directory/")
    return {
        "notification_list": [members_only("/notifications/")],
        "notification_open": [post_only(f"/notifications/{note.pk}/open/")],
        "notification_read_all": [post_only("/notifications/read-all/")],
    }
