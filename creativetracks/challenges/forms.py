from datetime import datetime
from zoneinfo import ZoneInfo

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.forms import inlineformset_factory
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from creativetracks.core import taxonomy
from creativetracks.core.forms import TimeZoneField
from creativetracks.profiles.forms import ImageUploadField

from .files import MAX_FILE_BYTES
from .models import Challenge, Criterion, Prize, Submission

MAX_LINKS = 5
DATE_FIELDS = ("opens_at", "deadline", "review_ends_at")


class LocalDateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self):
        super().__init__(format="%Y-%m-%dT%H:%M")


class ChallengeForm(forms.ModelForm):
    """Dates are typed in the challenge's own time zone and stored in UTC."""

    organiser = forms.ChoiceField(label=_("Organised by"))
    cover_upload = ImageUploadField(
        label=_("Cover image"), required=False, help_text=_("JPEG, PNG, WebP or GIF, up to 8 MB.")
    )
    time_zone = TimeZoneField(label=_("Time zone of the dates"))
    opens_at = forms.DateTimeField(label=_("Submissions open"), widget=LocalDateTimeInput())
    deadline = forms.DateTimeField(label=_("Submission deadline"), widget=LocalDateTimeInput())
    review_ends_at = forms.DateTimeField(label=_("Jury review ends"), widget=LocalDateTimeInput())
    sectors = forms.MultipleChoiceField(
        label=_("Sectors (empty: any)"),
        choices=taxonomy.SECTORS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    countries = forms.MultipleChoiceField(
        label=_("Countries of residence (empty: anywhere)"),
        choices=lambda: list(countries),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_("Hold Ctrl (or ⌘) to choose several."),
    )

    class Meta:
        model = Challenge
        fields = [
            "title",
            "summary",
            "brief",
            "rules",
            "organiser",
            "cover_upload",
            "visibility",
            "time_zone",
            "opens_at",
            "deadline",
            "review_ends_at",
            "min_age",
            "max_age",
            "countries",
            "sectors",
            "min_team_size",
            "max_team_size",
            "blind_review",
            "normalise_scores",
            "public_vote",
            "reviews_per_entry",
        ]
        widgets = {
            "brief": forms.Textarea(attrs={"rows": 10}),
            "rules": forms.Textarea(attrs={"rows": 6}),
            "visibility": forms.RadioSelect,
        }

    def __init__(self, *args, organisers=None, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            del self.fields["organiser"]
            zone = self.instance.zone
            for name in DATE_FIELDS:
                value = getattr(self.instance, name)
                self.initial[name] = value.astimezone(zone).replace(tzinfo=None)
        else:
            self.organisers = {key: obj for key, _label, obj in organisers or []}
            self.fields["organiser"].choices = [(k, label) for k, label, _o in organisers or []]

    def clean(self):
        data = super().clean()
        if not self.instance.pk and data.get("organiser") in self.organisers:
            chosen = self.organisers[data["organiser"]]
            data["organiser"] = chosen
            # The model's constraints are checked with the organiser in place.
            if data["organiser"].__class__.__name__ == "Partner":
                self.instance.partner = chosen
            else:
                self.instance.organisation = chosen
        zone = ZoneInfo(data.get("time_zone") or "UTC")
        for name in DATE_FIELDS:
            value: datetime | None = data.get(name)
            if value is not None:
                data[name] = timezone.make_aware(value.replace(tzinfo=None), zone)
        opens, deadline, review = (data.get(n) for n in DATE_FIELDS)
        if opens and deadline and deadline <= opens:
            self.add_error("deadline", _("The deadline comes after the opening."))
        if deadline and review and review <= deadline:
            self.add_error("review_ends_at", _("The review ends after the deadline."))
        low, high = data.get("min_age"), data.get("max_age")
        if low is not None and high is not None and low > high:
            self.add_error("max_age", _("The maximum age is at least the minimum age."))
        small, large = data.get("min_team_size"), data.get("max_team_size")
        if small is not None and large is not None and (small < 1 or small > large):
            self.add_error(
                "max_team_size",
                _("Teams have at least one person, and the largest team is at least the smallest."),
            )
        return data


CriterionFormSet = inlineformset_factory(
    Challenge,
    Criterion,
    fields=["name", "description", "weight", "scale_min", "scale_max", "position"],
    extra=2,
    can_delete=True,
    max_num=12,
)
PrizeFormSet = inlineformset_factory(
    Challenge,
    Prize,
    fields=["title", "description", "position"],
    extra=1,
    can_delete=True,
    max_num=10,
)


class EntryForm(forms.ModelForm):
    links = forms.CharField(
        label=_("Links"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One web address per line (up to 5)."),
    )
    sector = forms.ChoiceField(label=_("Sector"), required=False)
    video_url = forms.URLField(
        label=_("Video link"), required=False, assume_scheme="https", max_length=200
    )

    class Meta:
        model = Submission
        fields = ["title", "summary", "description", "sector", "links", "video_url"]
        widgets = {"description": forms.Textarea(attrs={"rows": 10})}

    def __init__(self, *args, challenge: Challenge, **kwargs):
        super().__init__(*args, **kwargs)
        allowed = set(challenge.sectors)
        choices = [(v, label) for v, label in taxonomy.SECTORS if not allowed or v in allowed]
        self.fields["sector"].choices = [("", _("Choose a sector"))] + choices
        self.fields["sector"].required = bool(allowed)
        if self.instance.pk and not self.is_bound:
            self.initial["links"] = "\n".join(self.instance.links)

    def clean_links(self):
        lines = [line.strip() for line in self.cleaned_data["links"].splitlines() if line.strip()]
        if len(lines) > MAX_LINKS:
            raise ValidationError(_("At most %(n)d links.") % {"n": MAX_LINKS})
        validate = URLValidator(schemes=["http", "https"])
        for line in lines:
            try:
                validate(line)
            except ValidationError:
                raise ValidationError(
                    _("“%(link)s” is not a web address (https://…).") % {"link": line[:80]}
                ) from None
        return lines


class TeamInviteForm(forms.Form):
    who = forms.CharField(
        label=_("Member's email address or handle"),
        max_length=254,
        help_text=_(
            "They need an account on Creative Tracks; they accept from their entries page."
        ),
    )


class FileForm(forms.Form):
    file = forms.FileField(
        label=_("Attach a file"),
        help_text=_("A PDF or an image, up to %(mb)d MB.")
        % {"mb": MAX_FILE_BYTES // (1024 * 1024)},
    )


class JurorInviteForm(forms.Form):
    email = forms.EmailField(label=_("Email address"), max_length=254)
    name = forms.CharField(label=_("Name (optional)"), max_length=200, required=False)


class ConflictForm(forms.Form):
    reason = forms.CharField(
        label=_("Why you can't judge this entry"),
        max_length=300,
        help_text=_("The organisers see this; the applicants don't."),
    )


class DecisionForm(forms.Form):
    shortlisted = forms.BooleanField(label=_("Shortlisted"), required=False)
    award = forms.ChoiceField(label=_("Award"), choices=Submission.Award.choices, required=False)
    prize = forms.TypedChoiceField(label=_("Prize"), required=False, coerce=int, empty_value=None)
    feedback = forms.CharField(
        label=_("Feedback to the applicants"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, prizes: list[Prize], **kwargs):
        super().__init__(*args, **kwargs)
        self.prizes = {p.pk: p for p in prizes}
        self.fields["prize"].choices = [("", "—")] + [(p.pk, p.title) for p in prizes]

    def clean_prize(self):
        return self.prizes.get(self.cleaned_data["prize"])


class ScoreForm(forms.Form):
    """One score and comment per criterion, an overall comment, and "complete"."""

    comment = forms.CharField(
        label=_("Overall comment"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    complete = forms.BooleanField(label=_("My review of this entry is complete"), required=False)

    def __init__(self, *args, criteria: list[Criterion], scores: dict, assignment=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = criteria
        for criterion in criteria:
            existing = scores.get(criterion.pk)
            self.fields[f"score_{criterion.pk}"] = forms.IntegerField(
                label=f"{criterion.name} ({criterion.scale_min}–{criterion.scale_max}, ×{criterion.weight})",
                min_value=criterion.scale_min,
                max_value=criterion.scale_max,
                required=False,
                initial=existing.value if existing else None,
                help_text=criterion.description,
            )
            self.fields[f"note_{criterion.pk}"] = forms.CharField(
                label=_("Comment on %(c)s") % {"c": criterion.name},
                required=False,
                max_length=2000,
                initial=existing.comment if existing else "",
                widget=forms.Textarea(attrs={"rows": 2}),
            )
        if assignment is not None:
            self.fields["comment"].initial = assignment.comment
            self.fields["complete"].initial = assignment.completed is not None
        # Keep the overall fields last.
        self.order_fields(
            [n for n in self.fields if n not in ("comment", "complete")] + ["comment", "complete"]
        )

    def values(self) -> dict[int, tuple[int, str]]:
        found = {}
        for criterion in self.criteria:
            value = self.cleaned_data.get(f"score_{criterion.pk}")
            if value is not None:
                found[criterion.pk] = (value, self.cleaned_data.get(f"note_{criterion.pk}", ""))
        return found

    def clean(self):
        data = super().clean()
        if data.get("complete") and len(self.values()) != len(self.criteria):
            raise ValidationError(_("Score every criterion before marking the review complete."))
        return data
