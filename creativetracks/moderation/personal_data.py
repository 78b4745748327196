"""Moderation's part of a member's data export and erasure (accounts.personal_data).

Export: the reports the member filed, what moderation recorded about them (reports
about them without who filed them or that person's note, sanctions, spam flags) and
their posts held or hidden. Erasure: sanctions and flags go with the account (cascade);
reports they filed stay for the moderators' record without their note; reports about
them stay without the label that named them. The audit log is redacted by
`core.audit.redact_member` (accounts' own eraser)."""

from django.db.models import Q

from creativetracks.accounts import personal_data
from creativetracks.core import audit
from creativetracks.core.models import Withheld

from .models import AccountFlag, Report, Sanction

FORMER_MEMBER = "A former member"


def _about(user):
    profile_id = getattr(getattr(user, "profile", None), "pk", None)
    about = Q(reported=user) | Q(target_type="member", target_id=user.pk)
    if profile_id is not None:
        about |= Q(target_type="profile", target_id=profile_id)
    return Report.objects.filter(about)


def export(user) -> personal_data.Export:
    return personal_data.Export(
        data={
            "reports_filed": personal_data.rows(
                Report.objects.filter(reporter=user), exclude=("decided_by",)
            ),
            # Who reported a member, and what they wrote, stays with the moderators.
            "reports_about_you": personal_data.rows(
                _about(user), exclude=("reporter", "note", "decided_by")
            ),
            "sanctions": personal_data.rows(
                Sanction.objects.filter(user=user), exclude=("created_by",)
            ),
            "spam_flags": personal_data.rows(
                AccountFlag.objects.filter(user=user), exclude=("cleared_by",)
            ),
            "withheld_posts": personal_data.rows(Withheld.objects.filter(author=user)),
        }
    )


def erase(user) -> None:
    Report.objects.filter(reporter=user).update(note="")
    # The label names the member (a profile, an account) or their content (a lab
    # title), which goes with them: the report keeps its type, reason and decision.
    # The moderator's note about them is about them too (it often names them).
    about = _about(user)
    audit.redact_entries_about(Report, about.values_list("pk", flat=True))
    about.update(target_label=FORMER_MEMBER, decision_note="")


def register() -> None:
    personal_data.register_exporter("moderation", export)
    personal_data.register_eraser("moderation", erase)
