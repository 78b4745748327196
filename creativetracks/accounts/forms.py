from django import forms
from django.conf import settings
from django.contrib.auth.forms import BaseUserCreationForm
from django.contrib.auth.forms import UserChangeForm as BaseUserChangeForm
from django.utils.translation import gettext_lazy as _

from creativetracks.core.forms import TimeZoneField

from .models import User


class AdminUserCreationForm(BaseUserCreationForm):
    class Meta:
        model = User
        fields = ("email",)


class AdminUserChangeForm(BaseUserChangeForm):
    class Meta:
        model = User
        fields = "__all__"


class AccountSettingsForm(forms.ModelForm):
    time_zone = TimeZoneField(
        label=_("Time zone"), help_text=_("Dates and times are shown in this time zone.")
    )

    class Meta:
        model = User
        fields = ["display_name", "time_zone", "language"]
        help_texts = {
            "display_name": _("How other members see you."),
        }
        widgets = {"language": forms.Select(choices=settings.LANGUAGES)}


class SignupConsentForm(forms.Form):
    """Added to allauth's sign-up form: accepting the terms is recorded with its version."""

    accept_terms = forms.BooleanField(
        label=_("I accept the terms of use and the privacy notice"),
        error_messages={"required": _("Please accept the terms of use and the privacy notice.")},
    )
    # Filled in by static/js/time-zone.js from the browser; without JavaScript the
    # cookie the same script set on an earlier page, else UTC (editable in settings).
    time_zone = forms.CharField(
        required=False,
        max_length=64,
        widget=forms.HiddenInput(attrs={"data-guess-time-zone": ""}),
    )

    def signup(self, request, user) -> None:
        from creativetracks.core.timezones import guessed_zone_name, zone_named

        from .services import accept_terms

        zone = zone_named(self.cleaned_data.get("time_zone")) or zone_named(
            guessed_zone_name(request)
        )
        if zone is not None and str(zone) != user.time_zone:
            user.time_zone = str(zone)
            user.save(update_fields=["time_zone"])
        accept_terms(user)


class AcceptTermsForm(forms.Form):
    accept_terms = forms.BooleanField(
        label=_("I accept the terms of use and the privacy notice"),
        error_messages={"required": _("Please accept the terms to go on using the site.")},
    )


class EraseAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("To be sure it is you."),
    )
