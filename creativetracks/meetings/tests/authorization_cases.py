from creativetracks.core.testing import SIGN_IN, Case, members_only, post_only


def cases(ctx) -> dict[str, list[Case]]:
    """An event organised by a partner the member doesn't work for; the member takes
    part, has an entry and a booked meeting with another participant. Staff organise
    (platform staff) but take part in nothing: no entry, no meetings of their own."""
    from creativetracks.events import services as event_services
    from creativetracks.meetings import services

    from .factories import accepted_request, make_matchmaking, make_organiser, make_participant

    member = ctx["member"]
    organiser = make_organiser("matrix-meetings-organiser@example.org")
    matchmaking = make_matchmaking(organiser, title="Matrix B2B")
    event_services.register_for_event(member, matchmaking.event)
    services.join_marketplace(
        member,
        matchmaking,
        {"pitch": "", "offers": ["funding"], "seeks": ["advice"], "sectors": [], "languages": []},
    )
    other = make_participant(matchmaking, "matrix-meetings-other@example.org")
    request = accepted_request(matchmaking, member, other)
    meeting = services.book_meeting(member, request, matchmaking.slots.order_by("start").first())
    run = services.start_schedule_run(organiser, matchmaking, time_limit=1)
    window = matchmaking.windows.first()
    table = matchmaking.tables.first()
    p = f"/events/{matchmaking.event.slug}/meetings/"
    m = f"/events/{matchmaking.event.slug}/manage/meetings/"
    entry = other.marketplace_entries.get()

    def organisers_only(path: str) -> Case:
        return Case(path, 302, 403, 200, anonymous_to=SIGN_IN)

    return {
        "meetings_marketplace": [
            members_only(p, other_member=403),
            members_only(f"{p}?offers=funding&q=x&page=2", other_member=403),
            Case("/events/no-such-event/meetings/", 302, 404, 404, anonymous_to=SIGN_IN),
        ],
        # Staff organise; only participants join.
        "meetings_entry": [
            Case(f"{p}my-entry/", 302, 200, 400, anonymous_to=SIGN_IN, other_member=403)
        ],
        "meetings_leave": [post_only(f"{p}my-entry/leave/")],
        "meetings_person": [
            members_only(f"{p}people/{entry.pk}/", other_member=403),
            Case(f"{p}people/999999/", 302, 404, 404, anonymous_to=SIGN_IN, other_member=403),
        ],
        "meetings_request_create": [post_only(f"{p}people/{entry.pk}/request/")],
        "meetings_suggestions": [
            Case(f"{p}suggestions/", 302, 200, 302, anonymous_to=SIGN_IN, other_member=403)
        ],
        "meetings_requests": [members_only(f"{p}requests/", other_member=403)],
        "meeting_request_detail": [
            members_only(f"{p}requests/{request.pk}/", other_member=403),
            Case(f"{p}requests/999999/", 302, 404, 404, anonymous_to=SIGN_IN, other_member=403),
        ],
        "meeting_request_answer": [post_only(f"{p}requests/{request.pk}/answer/")],
        "meeting_request_cancel": [post_only(f"{p}requests/{request.pk}/cancel/")],
        "meeting_request_book": [post_only(f"{p}requests/{request.pk}/book/")],
        "meetings_availability": [
            Case(f"{p}availability/", 302, 200, 302, anonymous_to=SIGN_IN, other_member=403)
        ],
        "meetings_agenda": [members_only(f"{p}agenda/", other_member=403)],
        "meetings_agenda_ics": [members_only(f"{p}agenda.ics", other_member=403)],
        "meetings_agenda_pdf": [members_only(f"{p}agenda.pdf", other_member=403)],
        # Feedback is the two people's own; organisers see the figures instead.
        "meeting_feedback": [
            Case(
                f"{p}{meeting.pk}/feedback/", 302, 200, 404, anonymous_to=SIGN_IN, other_member=403
            )
        ],
        "meeting_unbook": [post_only(f"{p}{meeting.pk}/unbook/")],
        "event_matchmaking": [organisers_only(m)],
        "meetings_window_add": [post_only(f"{m}windows/")],
        "meetings_window_remove": [post_only(f"{m}windows/{window.pk}/remove/")],
        "meetings_table_add": [post_only(f"{m}tables/")],
        "meetings_table_remove": [post_only(f"{m}tables/{table.pk}/remove/")],
        "meetings_schedule": [organisers_only(f"{m}schedule/")],
        "meetings_run": [
            organisers_only(f"{m}schedule/{run.pk}/"),
            Case(f"{m}schedule/999999/", 302, 403, 404, anonymous_to=SIGN_IN),
        ],
        "meetings_run_progress": [organisers_only(f"{m}schedule/{run.pk}/progress/")],
        "meetings_run_publish": [post_only(f"{m}schedule/{run.pk}/publish/")],
        "meetings_run_discard": [post_only(f"{m}schedule/{run.pk}/discard/")],
        "meetings_grid": [organisers_only(f"{m}grid/")],
        "meetings_no_show": [post_only(f"{m}{meeting.pk}/no-show/")],
    }
