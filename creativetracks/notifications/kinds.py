"""The registry of notification kinds and their default channels.

Apps call `notifications.services.notify(recipient, kind, ...)`; this registry decides
what a member gets when they have not chosen otherwise. Add a kind with one line.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

IN_APP = "in_app"
EMAIL = "email"
DAILY = "daily"
WEEKLY = "weekly"
OFF = "off"
CHANNELS = [
    (IN_APP, _("In the app only")),
    (EMAIL, _("In the app and by email right away")),
    (DAILY, _("In the app and in a daily digest")),
    (WEEKLY, _("In the app and in a weekly digest")),
    (OFF, _("Off")),
]
CHANNEL_VALUES = {value for value, _label in CHANNELS}


@dataclass(frozen=True)
class Kind:
    label: str
    default: str


KINDS: dict[str, Kind] = {
    "connection_request": Kind(_("Connection requests"), EMAIL),
    "connection_accepted": Kind(_("Accepted connections"), DAILY),
    "new_follower": Kind(_("New followers"), WEEKLY),
    "message": Kind(_("Messages"), EMAIL),
    "message_request": Kind(_("Message requests"), EMAIL),
    "mention": Kind(_("Mentions"), EMAIL),
    "network_join_request": Kind(_("Requests to join a network you run"), EMAIL),
    "network_join_decision": Kind(_("Answers to your requests to join a network"), EMAIL),
    "network_invitation": Kind(_("Invitations to networks"), EMAIL),
    "thread_reply": Kind(_("Replies in discussions you take part in"), DAILY),
    # Ideation Labs
    "lab_comment": Kind(_("Comments on your labs and replies to your comments"), DAILY),
    "lab_join_request": Kind(_("Requests to join a lab you run"), EMAIL),
    "lab_join_decision": Kind(_("Answers to your requests to join a lab"), EMAIL),
    "lab_update": Kind(_("Updates in labs you collaborate on"), DAILY),
    "lab_featured": Kind(_("Your lab featured on the home page"), IN_APP),
    # Events
    "event_registration": Kind(_("Your event registrations and tickets"), EMAIL),
    "event_waitlist_promotion": Kind(_("A place freed up for you at an event"), EMAIL),
    "event_reminder": Kind(_("Reminders the day before an event"), EMAIL),
    "event_change": Kind(_("Changes to events you registered for"), EMAIL),
    "event_message": Kind(_("Messages from organisers of your events"), EMAIL),
    "event_registration_pending": Kind(_("Registrations waiting for your approval"), DAILY),
    # Opportunities, resources, ambassadors
    "opportunity_alert": Kind(_("New opportunities matching your saved searches"), DAILY),
    "opportunity_deadline": Kind(_("Deadlines of opportunities you saved"), EMAIL),
    "opportunity_review": Kind(_("Opportunities submitted for review and their outcome"), EMAIL),
    "ambassador_contact": Kind(_("Messages to you as an ambassador"), EMAIL),
    # Moderation
    "moderation_decision": Kind(_("Decisions on reports you made or that concern you"), EMAIL),
    "moderation_warning": Kind(_("Warnings from the moderators"), EMAIL),
    "moderation_message": Kind(_("Messages from the moderators"), EMAIL),
    "member_verified": Kind(_("Your profile verified"), IN_APP),
    # Challenges
    "challenge_phase": Kind(_("Phase changes of challenges you take part in"), EMAIL),
    "challenge_team_invitation": Kind(_("Invitations to join a challenge team"), EMAIL),
    "challenge_jury_invitation": Kind(_("Invitations to sit on a jury"), EMAIL),
    "challenge_result": Kind(_("Results and feedback of your challenge entries"), EMAIL),
    "challenge_submission": Kind(_("Entries submitted to challenges you organise"), DAILY),
    # B2B meetings
    "meeting_request": Kind(_("Meeting requests at events"), EMAIL),
    "meeting_answer": Kind(_("Answers to and cancellations of your meeting requests"), EMAIL),
    "meeting_booked": Kind(_("Times of your meetings at events"), EMAIL),
    # Mentoring
    "mentoring_application": Kind(_("Applications to mentoring programmes you run"), DAILY),
    "mentoring_invitation": Kind(_("Invitations to mentor in a programme"), EMAIL),
    "mentoring_match": Kind(_("Your mentoring matches"), EMAIL),
    "mentoring_session": Kind(_("Mentoring sessions and reminders"), EMAIL),
    "mentoring_check_in": Kind(_("Check-ins and closing of your mentorships"), EMAIL),
}
