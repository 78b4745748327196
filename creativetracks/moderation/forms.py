from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Report
from .services import MAX_SUSPENSION_DAYS


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("What is wrong?"), choices=Report.Reason.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label=_("Tell the moderators more"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Optional. Only moderators read it; the reported member doesn't see who reported."
        ),
    )


class DecisionForm(forms.Form):
    ACTIONS = [
        ("dismiss", _("Dismiss: no action needed")),
        ("hide", _("Hide the content")),
        ("warn", _("Warn the member")),
        ("suspend", _("Suspend the member")),
        ("ban", _("Ban the member")),
    ]
    action = forms.ChoiceField(label=_("Decision"), choices=ACTIONS, widget=forms.RadioSelect)
    days = forms.IntegerField(
        label=_("Suspension length (days)"),
        required=False,
        min_value=1,
        max_value=MAX_SUSPENSION_DAYS,
        initial=7,
    )
    note = forms.CharField(
        label=_("Why"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Recorded in the audit log; the reported member reads it with a warning."),
    )

    def clean(self):
        data = super().clean()
        action = data.get("action")
        if action == "suspend" and not data.get("days"):
            self.add_error("days", _("Say how many days the suspension lasts."))
        if action in ("warn", "suspend", "ban") and not (data.get("note") or "").strip():
            self.add_error("note", _("Say why: the member is told."))
        return data


class MessageForm(forms.Form):
    to = forms.ChoiceField(
        label=_("To"),
        choices=[("reporter", _("The reporter")), ("reported", _("The reported member"))],
    )
    body = forms.CharField(
        label=_("Message"), max_length=1000, widget=forms.Textarea(attrs={"rows": 3})
    )


class AuditFilterForm(forms.Form):
    actor = forms.CharField(label=_("Who (email)"), required=False, max_length=254)
    action = forms.CharField(label=_("Action"), required=False, max_length=60)
    since = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        label=_("Until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
