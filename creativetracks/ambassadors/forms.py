from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from .models import ContactMessage


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
