"""The challenges app's part of a member's data export (accounts.personal_data).
Entries the member leads (and their files), team places, jury work and votes go with
the account; the files of the entries are deleted by the erasure with the rows."""

from creativetracks.accounts import personal_data

from .models import Assignment, Conflict, Juror, Score, Submission, SubmissionFile, TeamMember, Vote


def export(user) -> personal_data.Export:
    return personal_data.collect(
        submissions=Submission.objects.filter(lead=user),
        submission_files=SubmissionFile.objects.filter(submission__lead=user),
        team_memberships=TeamMember.objects.filter(user=user),
        jury=Juror.objects.filter(user=user),
        jury_assignments=Assignment.objects.filter(juror__user=user),
        jury_scores=Score.objects.filter(assignment__juror__user=user),
        jury_conflicts=Conflict.objects.filter(juror__user=user),
        votes=Vote.objects.filter(user=user),
    )


def register() -> None:
    personal_data.register_exporter("challenges", export)
