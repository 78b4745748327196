from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from creativetracks.core import taxonomy
from creativetracks.core.forms import CompactSelectMultiple
from creativetracks.networks.models import Network
from creativetracks.profiles.forms import ImageUploadField, website_field

from . import queries
from .models import Collaboration, Lab, LabUpdate, Poll

MAX_COUNTRIES = 60
MAX_SKILLS = 20
MAX_OPTIONS = 10


def cover_field(*, required: bool) -> ImageUploadField:
    """The cover image field of the lab form (and of the API's cover upload)."""
    return ImageUploadField(
        label=_("Cover image"),
        required=required,
        help_text=_("JPEG, PNG, WebP or GIF, up to 8 MB."),
    )


class LabForm(forms.ModelForm):
    sectors = forms.MultipleChoiceField(
        label=_("Sectors"),
        choices=taxonomy.SECTORS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    skills = forms.CharField(
        label=_("Skills wanted"),
        required=False,
        max_length=600,
        help_text=_("Separate skills with commas, e.g. “illustration, sound design”."),
    )
    countries = forms.MultipleChoiceField(
        label=_("Countries where you seek collaborators"),
        choices=lambda: list(countries),
        required=False,
        widget=CompactSelectMultiple(attrs={"size": 8}),
        help_text=_("Hold Ctrl (or ⌘) to choose several. Leave empty for anywhere."),
    )
    link = website_field(_("Link"))
    cover_upload = cover_field(required=False)
    kind = forms.ChoiceField(label=_("Kind"), choices=Lab.Kind.choices, widget=forms.RadioSelect)
    expires_on = forms.DateField(
        label=_("Open until (optional)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    network = forms.ModelChoiceField(
        label=_("Where"),
        queryset=Network.objects.none(),
        required=False,
        empty_label=_("The whole platform"),
        help_text=_("Post in one of your networks, or on the whole platform."),
    )

    class Meta:
        model = Lab
        fields = [
            "kind",
            "title",
            "summary",
            "description",
            "link",
            "cover_upload",
            "expires_on",
            "sectors",
            "skills",
            "countries",
            "language",
            "network",
            "visibility",
        ]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 2}),
            "description": forms.Textarea(attrs={"rows": 10}),
            "visibility": forms.RadioSelect,
        }

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.time_zone = (
            self.instance.time_zone if self.instance.pk else getattr(user, "time_zone", "UTC")
        )
        self.fields["expires_on"].help_text = _(
            "The lab closes at the end of this day, %(zone)s time. Leave empty to keep it open."
        ) % {"zone": self.time_zone}
        networks = queries.network_choices(user).order_by("name")
        if self.instance.network_id:
            networks = Network.objects.filter(
                pk__in=list(networks.values_list("pk", flat=True)) + [self.instance.network_id]
            ).order_by("name")
        self.fields["network"].queryset = networks
        if not self.instance.pk:
            self.initial.setdefault("language", taxonomy.content_language_for(user))
        if self.instance.pk:
            self.initial.setdefault("skills", ", ".join(self.instance.skills))
            self.initial.setdefault(
                "expires_on", queries.last_day(self.instance.expires, self.instance.time_zone)
            )

    def clean_title(self):
        title = " ".join(self.cleaned_data["title"].split())
        if not any(ch.isalnum() for ch in title):
            raise ValidationError(_("Give the lab a title with letters or numbers."))
        return title

    def clean_summary(self):
        summary = " ".join(self.cleaned_data["summary"].split())
        if not summary:
            raise ValidationError(_("Say in a sentence what the lab is about."))
        return summary

    def clean_skills(self):
        skills = list(
            dict.fromkeys(
                " ".join(s.split())[:60]
                for s in self.cleaned_data["skills"].split(",")
                if s.strip()
            )
        )
        if len(skills) > MAX_SKILLS:
            raise ValidationError(_("List at most %(n)d skills.") % {"n": MAX_SKILLS})
        return skills

    def clean_countries(self):
        chosen = self.cleaned_data["countries"]
        if len(chosen) > MAX_COUNTRIES:
            raise ValidationError(_("Choose at most %(n)d countries.") % {"n": MAX_COUNTRIES})
        return chosen

    def clean_expires_on(self):
        day = self.cleaned_data["expires_on"]
        unchanged = self.instance.pk and day == queries.last_day(
            self.instance.expires, self.instance.time_zone
        )
        if day and not unchanged and day < queries.today_in(self.time_zone):
            raise ValidationError(_("Choose today or a later day."))
        return day

    def clean(self):
        data = super().clean()
        if data.get("visibility") == Lab.Visibility.NETWORK and not data.get("network"):
            self.add_error("network", _("Choose the network whose members may see this lab."))
        return data


class CoverForm(forms.Form):
    """A new cover on its own, checked like the lab form's (type, size, pixels)."""

    cover = cover_field(required=True)


class ExpiryForm(forms.Form):
    until = forms.DateField(label=_("New last day"), widget=forms.DateInput(attrs={"type": "date"}))


class CommentForm(forms.Form):
    body = forms.CharField(
        label=_("Comment"),
        max_length=5000,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Markdown is supported. Mention members with @their-handle."),
    )
    parent = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)

    def clean_body(self):
        body = self.cleaned_data["body"]
        if not body.strip():
            raise ValidationError(_("Write a comment."))
        return body


class JoinForm(forms.ModelForm):
    class Meta:
        model = Collaboration
        fields = ["note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 4})}
        help_texts = {"note": _("Say who you are and what you would bring.")}


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("accept", _("Accept")), ("decline", _("Decline"))])
    response = forms.CharField(
        label=_("Message to the member (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class UpdateForm(forms.ModelForm):
    body = forms.CharField(
        label=_("Update"),
        max_length=5000,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Markdown is supported. Everyone working on the lab is told."),
    )

    class Meta:
        model = LabUpdate
        fields = ["body"]

    def clean_body(self):
        body = self.cleaned_data["body"]
        if not body.strip():
            raise ValidationError(_("Write the update."))
        return body


class PollForm(forms.Form):
    question = forms.CharField(label=_("Question"), max_length=300)
    options = forms.CharField(
        label=_("Answers"),
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("One answer per line, from 2 to %(n)d.") % {"n": MAX_OPTIONS},
    )
    multiple = forms.BooleanField(label=_("Members may choose several answers"), required=False)
    closes_on = forms.DateField(
        label=_("Closes at the end of (optional)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    results = forms.ChoiceField(
        label=_("Show the results"),
        choices=Poll.Results.choices,
        initial=Poll.Results.AFTER_VOTE,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, lab=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.lab = lab
        if lab is not None:
            self.fields["closes_on"].help_text = _(
                "The poll closes at the end of this day, %(zone)s time; it closes with the "
                "lab in any case."
            ) % {"zone": lab.time_zone}

    def clean_question(self):
        question = " ".join(self.cleaned_data["question"].split())
        if not question:
            raise ValidationError(_("Ask a question."))
        return question

    def clean_options(self):
        labels = list(
            dict.fromkeys(
                " ".join(line.split())[:200]
                for line in self.cleaned_data["options"].splitlines()
                if line.strip()
            )
        )
        if len(labels) < 2:
            raise ValidationError(_("Give at least two different answers, one per line."))
        if len(labels) > MAX_OPTIONS:
            raise ValidationError(_("Give at most %(n)d answers.") % {"n": MAX_OPTIONS})
        return labels

    def clean_closes_on(self):
        day = self.cleaned_data["closes_on"]
        if day and self.lab is not None and day < queries.today_in(self.lab.time_zone):
            raise ValidationError(_("Choose today or a later day."))
        return day
