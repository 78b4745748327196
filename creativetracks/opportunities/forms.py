import zoneinfo

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from creativetracks.core import taxonomy
from creativetracks.core.forms import CompactSelectMultiple, TimeZoneField
from creativetracks.core.geography import CONTINENTS

from .models import Opportunity, SavedSearch

DATETIME_LOCAL = "%Y-%m-%dT%H:%M"


def multiple(label, choices, *, help_text="", checkboxes=False, size=6):
    return forms.MultipleChoiceField(
        label=label,
        choices=choices,
        required=False,
        help_text=help_text,
        widget=forms.CheckboxSelectMultiple
        if checkboxes
        else CompactSelectMultiple(attrs={"size": size}),
    )


class OpportunityForm(forms.ModelForm):
    deadline_local = forms.DateTimeField(
        label=_("Deadline"),
        required=False,
        input_formats=[DATETIME_LOCAL, "%Y-%m-%d %H:%M", "%Y-%m-%d"],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format=DATETIME_LOCAL),
        help_text=_("Date and time in the time zone below. Leave empty for a rolling call."),
    )
    deadline_time_zone = TimeZoneField(label=_("Time zone of the deadline"))
    link = forms.URLField(
        label=_("Link to apply or read more"), required=False, max_length=500, assume_scheme="https"
    )
    languages = multiple(_("Languages"), taxonomy.LANGUAGES)
    nationalities = multiple(
        _("Open to nationals of"),
        list(countries),
        help_text=_("Leave empty when nationality doesn't matter."),
    )
    residence_countries = multiple(
        _("Open to residents of"),
        list(countries),
        help_text=_("Leave empty when the country of residence doesn't matter."),
    )
    destination_countries = multiple(_("Destination countries (mobility)"), list(countries))
    destination_regions = multiple(
        _("Destination regions (mobility)"),
        [(code, label) for code, label in CONTINENTS if code != "AN"],
        checkboxes=True,
    )
    sectors = multiple(_("Sectors"), taxonomy.SECTORS, checkboxes=True)
    career_stages = multiple(_("Career stages"), taxonomy.CAREER_STAGES, checkboxes=True)

    class Meta:
        model = Opportunity
        fields = [
            "kind",
            "title",
            "organiser",
            "description",
            "link",
            "amount",
            "currency",
            "language",
            "min_age",
            "max_age",
            "visibility",
        ]
        widgets = {"description": forms.Textarea(attrs={"rows": 10})}
        help_texts = {"currency": _("Three letters, e.g. EUR, USD, BRL.")}

    field_order = [
        "kind",
        "title",
        "organiser",
        "description",
        "link",
        "deadline_local",
        "deadline_time_zone",
        "amount",
        "currency",
        "language",
        "languages",
        "nationalities",
        "residence_countries",
        "destination_countries",
        "destination_regions",
        "sectors",
        "career_stages",
        "min_age",
        "max_age",
        "visibility",
    ]

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        # Left out (an older form or API client), the page keeps its language, or takes
        # its author's interface language.
        self.default_language = (
            self.instance.language if self.instance.pk else taxonomy.content_language_for(user)
        )
        self.fields["language"].required = False
        self.fields["language"].help_text = _("The language this page is written in.")
        instance = self.instance
        if not instance.pk:
            self.initial.setdefault("language", taxonomy.content_language_for(user))
            self.initial.setdefault("languages", [taxonomy.content_language_for(user)])
        if instance.pk and not self.is_bound:
            for name in (
                "languages",
                "nationalities",
                "residence_countries",
                "destination_countries",
                "destination_regions",
                "sectors",
                "career_stages",
            ):
                self.initial[name] = getattr(instance, name)
            self.initial["deadline_time_zone"] = instance.deadline_time_zone
            if instance.deadline:
                self.initial["deadline_local"] = instance.local_deadline.replace(tzinfo=None)

    def clean_language(self):
        return self.cleaned_data.get("language") or self.default_language

    def clean_currency(self):
        currency = self.cleaned_data.get("currency", "").strip().upper()
        if currency and (len(currency) != 3 or not currency.isalpha()):
            raise ValidationError(_("Use the three-letter code of the currency, e.g. EUR."))
        return currency

    def clean(self):
        data = super().clean()
        low, high = data.get("min_age"), data.get("max_age")
        if low is not None and high is not None and low > high:
            self.add_error("max_age", _("The maximum age must not be below the minimum age."))
        if data.get("amount") is not None and not data.get("currency"):
            self.add_error("currency", _("Say in which currency the amount is."))
        local = data.get("deadline_local")
        zone = data.get("deadline_time_zone") or "UTC"
        if local is not None:
            naive = local.replace(tzinfo=None)
            data["deadline"] = naive.replace(tzinfo=zoneinfo.ZoneInfo(zone))
        else:
            data["deadline"] = None
        return data


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[("approve", _("Publish")), ("reject", _("Turn down"))], widget=forms.RadioSelect
    )
    note = forms.CharField(
        label=_("Note to the author"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class SavedSearchForm(forms.Form):
    name = forms.CharField(label=_("Name of this search"), max_length=120)
    frequency = forms.ChoiceField(
        label=_("Email me new matches"),
        choices=SavedSearch.Frequency.choices,
        initial=SavedSearch.Frequency.WEEKLY,
    )
