"""The mentoring app's part of a member's data export (accounts.personal_data). Mentor
and mentee places (with their pairs) go with the account; notes and check-ins written
in a pair stay for the other person, from "a former member"."""

from django.db.models import Q

from creativetracks.accounts import personal_data

from .models import CheckIn, Feedback, LogEntry, Mentee, Mentor, Pair, PrivateNote, Session


def export(user) -> personal_data.Export:
    return personal_data.collect(
        mentor_roles=Mentor.objects.filter(user=user),
        mentee_roles=Mentee.objects.filter(user=user),
        pairs=Pair.objects.filter(Q(mentor__user=user) | Q(mentee__user=user)),
        sessions_created=Session.objects.filter(created_by=user),
        log_entries=LogEntry.objects.filter(author=user),
        private_notes=PrivateNote.objects.filter(author=user),
        check_ins=CheckIn.objects.filter(author=user),
        feedback=Feedback.objects.filter(author=user),
    )


def register() -> None:
    personal_data.register_exporter("mentoring", export)
