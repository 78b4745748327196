from django import forms
from django.utils.translation import gettext_lazy as _


class ConnectionRequestForm(forms.Form):
    note = forms.CharField(
        label=_("Add a note (optional)"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Say how you know each other or why you would like to connect."),
    )
