import zoneinfo
from datetime import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from creativetracks.core import taxonomy
from creativetracks.core.models import Partner
from creativetracks.core.permissions import is_platform_staff, partner_ids_of
from creativetracks.networks.models import Network

from .models import Feedback, Mentee, Mentor, Programme, Session
from .permissions import admin_network_ids_of

LOCAL_FORMAT = "%Y-%m-%dT%H:%M"


def zone_of(user) -> zoneinfo.ZoneInfo:
    try:
        return zoneinfo.ZoneInfo(getattr(user, "time_zone", "") or "UTC")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo("UTC")


class LocalDateTimeField(forms.DateTimeField):
    """A date and time typed in the viewer's zone; the form attaches the zone."""

    widget = forms.DateTimeInput(attrs={"type": "datetime-local"}, format=LOCAL_FORMAT)

    def to_python(self, value):
        value = super().to_python(value)
        if value is not None and timezone.is_aware(value):
            value = timezone.make_naive(value, timezone.get_current_timezone())
        return value


def _languages_field(label) -> forms.MultipleChoiceField:
    return forms.MultipleChoiceField(
        label=label,
        choices=taxonomy.LANGUAGES,
        widget=forms.SelectMultiple(attrs={"size": 6}),
        help_text=_("Hold Ctrl (or ⌘) to choose several."),
    )


def _sectors_field() -> forms.MultipleChoiceField:
    return forms.MultipleChoiceField(
        label=_("Sectors"),
        choices=taxonomy.SECTORS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


class ProgrammeForm(forms.ModelForm):
    languages = _languages_field(_("Languages of the programme"))
    sectors = _sectors_field()
    applications_open = LocalDateTimeField(label=_("Applications open"))
    applications_close = LocalDateTimeField(label=_("Applications close"))

    class Meta:
        model = Programme
        fields = [
            "title",
            "description",
            "partner",
            "network",
            "visibility",
            "languages",
            "sectors",
            "applications_open",
            "applications_close",
            "mentorship_weeks",
            "cohort_count",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 8}),
            "visibility": forms.RadioSelect,
        }

    def __init__(self, *args, user, **kwargs):
        self.zone = zone_of(user)
        instance = kwargs.get("instance")
        if instance is not None and instance.pk:
            kwargs.setdefault("initial", {})
            for name in ("applications_open", "applications_close"):
                value = getattr(instance, name)
                kwargs["initial"][name] = value.astimezone(self.zone).strftime(LOCAL_FORMAT)
        super().__init__(*args, **kwargs)
        if is_platform_staff(user):
            partners, networks = Partner.objects.all(), Network.objects.all()
        else:
            # An organiser editing a programme keeps its current partner and network.
            current = self.instance
            partners = Partner.objects.filter(
                Q(pk__in=partner_ids_of(user)) | Q(pk=current.partner_id)
            )
            networks = Network.objects.filter(
                Q(pk__in=admin_network_ids_of(user)) | Q(pk=current.network_id)
            )
        self.fields["partner"].queryset = partners.order_by("name")
        self.fields["network"].queryset = networks.order_by("name")
        self.fields["network"].help_text = _(
            "Optional: a network's programme is run by its admins and can be kept to its members."
        )
        self.fields["mentorship_weeks"].validators.append(_between(1, 104))
        self.fields["cohort_count"].validators.append(_between(1, 12))

    def clean_title(self):
        title = " ".join(self.cleaned_data["title"].split())
        if not any(ch.isalnum() for ch in title):
            raise ValidationError(_("Give the programme a title with letters or numbers."))
        return title

    def clean(self):
        data = super().clean()
        for name in ("applications_open", "applications_close"):
            value = data.get(name)
            if isinstance(value, datetime) and timezone.is_naive(value):
                data[name] = value.replace(tzinfo=self.zone)
        opens, closes = data.get("applications_open"), data.get("applications_close")
        if opens and closes and closes <= opens:
            self.add_error("applications_close", _("Applications must close after they open."))
        if not data.get("partner") and not data.get("network"):
            self.add_error("partner", _("Choose the partner or the network running it."))
        if data.get("visibility") == Programme.Visibility.NETWORK and not data.get("network"):
            self.add_error("network", _("Choose the network whose members may see it."))
        return data


def _between(low: int, high: int):
    def check(value):
        if not low <= value <= high:
            raise ValidationError(
                _("Choose a number from %(low)d to %(high)d.") % {"low": low, "high": high}
            )

    return check


class MentorForm(forms.ModelForm):
    expertise_text = forms.CharField(
        label=_("Areas of expertise"),
        max_length=500,
        help_text=_("Separate them with commas, e.g. funding, export, brand strategy."),
    )
    sectors = _sectors_field()
    languages = _languages_field(_("Languages you mentor in"))
    countries = forms.MultipleChoiceField(
        label=_("Countries you know well"),
        choices=lambda: list(countries),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_("Hold Ctrl (or ⌘) to choose several."),
    )

    class Meta:
        model = Mentor
        fields = ["expertise_text", "sectors", "languages", "countries", "capacity", "availability"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and self.instance.expertise:
            self.initial.setdefault("expertise_text", ", ".join(self.instance.expertise))
        self.fields["capacity"].validators.append(_between(1, 10))
        self.fields["availability"].help_text = _("For example: two evenings a month, online.")

    def clean_expertise_text(self):
        areas = [a.strip() for a in self.cleaned_data["expertise_text"].split(",") if a.strip()]
        if not areas:
            raise ValidationError(_("Name at least one area of expertise."))
        return areas[:12]

    def clean_countries(self):
        return self.cleaned_data["countries"][:40]

    def service_data(self) -> dict:
        data = dict(self.cleaned_data)
        data["expertise"] = data.pop("expertise_text")
        return data


class RankedChoices(forms.Form):
    """Up to three people, in order, from `people` (id, label); each at most once."""

    RANKS = 3
    label = _("Choice %(n)d (optional)")

    def __init__(self, *args, people: list[tuple[int, str]], **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", _("No preference"))] + [(str(pk), label) for pk, label in people]
        for n in range(1, self.RANKS + 1):
            self.fields[f"choice_{n}"] = forms.TypedChoiceField(
                label=self.label % {"n": n},
                choices=choices,
                coerce=int,
                required=False,
                empty_value=None,
            )

    def clean(self):
        data = super().clean()
        ranking = [data.get(f"choice_{n}") for n in range(1, self.RANKS + 1)]
        ranking = [pk for pk in ranking if pk]
        if len(ranking) != len(set(ranking)):
            raise ValidationError(_("Choose each person only once."))
        data["ranking"] = ranking
        return data


class MenteeRankingForm(RankedChoices):
    label = _("Mentee you would most like to mentor, choice %(n)d (optional)")


class MenteeForm(forms.Form):
    goals = forms.CharField(
        label=_("What do you want to achieve?"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Two or three goals for the next months: the matching reads them."),
    )
    sectors = _sectors_field()
    languages = _languages_field(_("Languages you can be mentored in"))
    meeting_mode = forms.ChoiceField(
        label=_("Preferred meeting mode"), choices=Mentee.Mode.choices, widget=forms.RadioSelect
    )
    RANKS = 3

    def __init__(self, *args, mentors: list[Mentor], **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", _("No preference"))] + [
            (str(m.pk), f"{m.user.profile.display_name} ({', '.join(m.expertise[:3])})")
            for m in mentors
        ]
        for n in range(1, self.RANKS + 1):
            self.fields[f"choice_{n}"] = forms.TypedChoiceField(
                label=_("Mentor you would like, choice %(n)d (optional)") % {"n": n},
                choices=choices,
                coerce=int,
                required=False,
                empty_value=None,
            )

    def clean(self):
        data = super().clean()
        ranking = [data.get(f"choice_{n}") for n in range(1, self.RANKS + 1)]
        ranking = [pk for pk in ranking if pk]
        if len(ranking) != len(set(ranking)):
            raise ValidationError(_("Choose each mentor only once."))
        data["ranking"] = ranking
        return data


class InviteForm(forms.Form):
    email = forms.EmailField(
        label=_("Email address of the member to invite"),
        help_text=_("They must already have an account on Creative Tracks."),
    )

    def clean_email(self):
        from django.contrib.auth import get_user_model

        email = self.cleaned_data["email"].lower()
        user = get_user_model().objects.filter(email=email, is_active=True).first()
        if user is None:
            raise ValidationError(_("No member has this address."))
        self.cleaned_data["user"] = user
        return email


class AddPairForm(forms.Form):
    mentee = forms.ModelChoiceField(label=_("Mentee"), queryset=Mentee.objects.none())
    mentor = forms.ModelChoiceField(label=_("Mentor"), queryset=Mentor.objects.none())

    def __init__(self, *args, cohort, mentees=None, mentors=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["mentee"].queryset = Mentee.objects.filter(cohort=cohort, withdrawn=False)
        self.fields["mentor"].queryset = Mentor.objects.filter(
            cohort=cohort, status=Mentor.Status.ACTIVE
        )
        if mentees is not None:
            self.fields["mentee"].choices = [("", "---------")] + [
                (m.pk, m.user.profile.display_name) for m in mentees
            ]
        if mentors is not None:
            self.fields["mentor"].choices = [("", "---------")] + [
                (m.pk, m.user.profile.display_name) for m in mentors
            ]


class GoalsForm(forms.Form):
    goals = forms.CharField(
        label=_("Agreed goals"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Markdown is supported."),
    )


class SessionForm(forms.ModelForm):
    starts = LocalDateTimeField(label=_("Starts"))

    class Meta:
        model = Session
        fields = ["starts", "minutes", "mode", "where", "agenda"]

    def __init__(self, *args, user, **kwargs):
        self.zone = zone_of(user)
        super().__init__(*args, **kwargs)
        self.fields["minutes"].validators.append(_between(15, 480))
        self.fields["starts"].help_text = _("In your time zone (%(zone)s).") % {
            "zone": self.zone.key
        }

    def clean_starts(self):
        value = self.cleaned_data["starts"]
        value = value.replace(tzinfo=self.zone)
        if value <= timezone.now():
            raise ValidationError(_("Choose a time in the future."))
        return value


class LogForm(forms.Form):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "log_%s")  # the note form on the same page also has a body
        super().__init__(*args, **kwargs)

    body = forms.CharField(
        label=_("What happened in the session"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class NoteForm(forms.Form):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "note_%s")
        super().__init__(*args, **kwargs)

    body = forms.CharField(
        label=_("Private note (only the two of you read it)"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class CheckInForm(forms.Form):
    message = forms.CharField(
        label=_("Check-in message to the pair"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class FeedbackForm(forms.ModelForm):
    rating = forms.TypedChoiceField(
        label=_("How would you rate the mentorship?"),
        choices=[(n, str(n)) for n in range(5, 0, -1)],
        coerce=int,
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Feedback
        fields = ["goals_met", "rating", "what_next"]
        widgets = {
            "goals_met": forms.RadioSelect,
            "what_next": forms.Textarea(attrs={"rows": 4}),
        }
