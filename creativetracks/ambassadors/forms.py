from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from .models import ContactMessage


def contact_initial(member, country: str = "") -> dict:
    """What the contact form starts with: the country asked for, and for a member their
    profile's country and name (the name they write under when they leave it empty)."""
    initial = {"country": country}
    if member is not None:
        profile = getattr(member, "profile", None)
        initial = {
            "country": country or str(getattr(profile, "country", "") or ""),
            "name": getattr(profile, "display_name", "") or member.email,
        }
    return initial


class ContactForm(forms.ModelForm):
    country = forms.ChoiceField(
        label=_("Your country"),
        choices=[("", _("Choose your country"))] + list(countries),
        help_text=_("Your message goes to the ambassadors for this country."),
    )

    class Meta:
        model = ContactMessage
        fields = ["name", "email", "country", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args, member=None, **kwargs):
        super().__init__(*args, **kwargs)
        if member is not None:
            # Members write under their account: their name and address are known.
            del self.fields["email"]
            self.fields["name"].required = False


class FeatureForm(forms.Form):
    region = forms.SlugField()
    opportunity = forms.IntegerField(required=False, min_value=1)
    resource = forms.IntegerField(required=False, min_value=1)
