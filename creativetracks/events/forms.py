import zoneinfo
from datetime import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from creativetracks.core import taxonomy
from creativetracks.core.forms import TimeZoneField
from creativetracks.profiles.forms import ImageUploadField

from .models import Event, Question, Speaker

LOCAL_FORMAT = "%Y-%m-%dT%H:%M"


class LocalDateTimeField(forms.DateTimeField):
    """A date and time typed in the event's own time zone (made aware in clean())."""

    widget = forms.DateTimeInput(attrs={"type": "datetime-local"}, format=LOCAL_FORMAT)

    def to_python(self, value):
        value = super().to_python(value)
        # Keep the wall-clock time as typed; the form attaches the event's zone.
        return timezone.make_naive(value, timezone.get_current_timezone()) if value else value


def _in_zone(value: datetime | None, zone) -> datetime | None:
    return value.replace(tzinfo=zone) if value is not None else None


def _local(value: datetime | None, zone) -> str:
    return value.astimezone(zone).strftime(LOCAL_FORMAT) if value else ""


def cover_field(*, required: bool) -> ImageUploadField:
    """The cover image field of the event form (and of the API's cover upload)."""
    return ImageUploadField(
        label=_("Cover image"),
        required=required,
        help_text=_("JPEG, PNG, WebP or GIF, up to 8 MB."),
    )


def speaker_photo_field(*, required: bool) -> ImageUploadField:
    """The photo field of the speaker form (and of the API's photo upload)."""
    return ImageUploadField(label=_("Photo"), required=required)


class EventForm(forms.ModelForm):
    organiser = forms.ChoiceField(label=_("Organised by"))
    time_zone = TimeZoneField(label=_("Time zone"))
    languages = forms.MultipleChoiceField(
        label=_("Languages"),
        choices=taxonomy.LANGUAGES,
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 6}),
        help_text=_("Hold Ctrl (or ⌘) to choose several."),
    )
    start = LocalDateTimeField(label=_("Starts"), help_text=_("In the event's time zone."))
    end = LocalDateTimeField(label=_("Ends"), help_text=_("In the event's time zone."))
    registration_opens = LocalDateTimeField(
        label=_("Registration opens"), required=False, help_text=_("Empty: open now.")
    )
    registration_closes = LocalDateTimeField(
        label=_("Registration closes"), required=False, help_text=_("Empty: when it starts.")
    )
    cover_upload = cover_field(required=False)
    online_url = forms.URLField(
        label=_("Joining link"),
        required=False,
        assume_scheme="https",
        help_text=_("Shown only to confirmed participants."),
    )

    class Meta:
        model = Event
        fields = [
            "kind",
            "title",
            "subtitle",
            "organiser",
            "description",
            "cover_upload",
            "language",
            "languages",
            "time_zone",
            "start",
            "end",
            "online",
            "venue_name",
            "address",
            "city",
            "country",
            "capacity",
            "waitlist",
            "requires_approval",
            "registration_opens",
            "registration_closes",
            "visibility",
            "network",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 8}),
            "visibility": forms.RadioSelect,
        }
        help_texts = {"network": _("Needed when only the network's members may see the event.")}

    def __init__(self, *args, user, organisers: list[tuple[str, str]], **kwargs):
        super().__init__(*args, **kwargs)
        # Left out (an older form or API client), the page keeps its language, or takes
        # its author's interface language.
        self.default_language = (
            self.instance.language if self.instance.pk else taxonomy.content_language_for(user)
        )
        self.fields["language"].required = False
        self.fields["language"].help_text = _("The language this page is written in.")
        # Declared here rather than in Meta (so the model's URLField isn't turned
        # into a form field first): put it back after "online".
        order = list(self.fields)
        order.remove("online_url")
        order.insert(order.index("online") + 1, "online_url")
        self.order_fields(order)
        from creativetracks.networks.models import Network
        from creativetracks.networks.queries import network_ids_of

        self.fields["organiser"].choices = organisers
        networks = Network.objects.filter(pk__in=network_ids_of(user))
        if self.instance.network_id:
            networks = networks | Network.objects.filter(pk=self.instance.network_id)
        self.fields["network"].queryset = networks.order_by("name")
        self.fields["network"].required = False
        if not self.instance.pk:
            self.initial.setdefault("time_zone", getattr(user, "time_zone", "") or "UTC")
            self.initial.setdefault("language", taxonomy.content_language_for(user))
            self.initial.setdefault("languages", [taxonomy.content_language_for(user)])
        else:
            zone = self.instance.zone
            for name in ("start", "end", "registration_opens", "registration_closes"):
                self.initial[name] = _local(getattr(self.instance, name), zone)
            self.initial["organiser"] = self._organiser_key()
            self.initial["online_url"] = self.instance.online_url

    def _organiser_key(self) -> str:
        event = self.instance
        if event.organiser_partner_id:
            return f"partner:{event.organiser_partner_id}"
        if event.organiser_organisation_id:
            return f"organisation:{event.organiser_organisation_id}"
        return f"network:{event.organiser_network_id}"

    def clean_language(self):
        return self.cleaned_data.get("language") or self.default_language

    def clean_title(self):
        title = " ".join(self.cleaned_data["title"].split())
        if not any(ch.isalnum() for ch in title):
            raise ValidationError(_("Give the event a title with letters or numbers."))
        return title

    def clean(self):
        data = super().clean()
        try:
            zone = zoneinfo.ZoneInfo(data.get("time_zone") or "UTC")
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return data
        for name in ("start", "end", "registration_opens", "registration_closes"):
            if data.get(name) is not None:
                data[name] = _in_zone(data[name], zone)
        start, end = data.get("start"), data.get("end")
        if start and end and end < start:
            self.add_error("end", _("The event must end after it starts."))
        opens, closes = data.get("registration_opens"), data.get("registration_closes")
        if opens and closes and closes <= opens:
            self.add_error("registration_closes", _("Registration must close after it opens."))
        if end and closes and closes > end:
            self.add_error("registration_closes", _("Registration must close before the end."))
        if data.get("online") and not data.get("online_url") and not data.get("city"):
            self.add_error("online_url", _("Give the joining link of an online event."))
        if not data.get("online") and not data.get("city"):
            self.add_error("city", _("Give the city, or mark the event as online."))
        if data.get("visibility") == Event.Visibility.NETWORK and not data.get("network"):
            from creativetracks.networks.models import Network

            organiser = data.get("organiser", "")
            pk = organiser.partition(":")[2]
            network = (
                Network.objects.filter(pk=pk).first()
                if organiser.startswith("network:") and pk.isdigit()
                else None
            )
            if network is None:
                self.add_error("network", _("Choose the network whose members may see it."))
            else:
                data["network"] = self.instance.network = network
        return data


class RegistrationForm(forms.Form):
    """The organisers' questions, one field each."""

    def __init__(self, *args, questions: list[Question], **kwargs):
        super().__init__(*args, **kwargs)
        for question in questions:
            name = f"q{question.pk}"
            common = {"label": question.label, "required": question.required}
            if question.kind == Question.Kind.SINGLE:
                self.fields[name] = forms.ChoiceField(
                    choices=[(c, c) for c in question.choices], widget=forms.RadioSelect, **common
                )
            elif question.kind == Question.Kind.MULTIPLE:
                self.fields[name] = forms.MultipleChoiceField(
                    choices=[(c, c) for c in question.choices],
                    widget=forms.CheckboxSelectMultiple,
                    **common,
                )
            else:
                self.fields[name] = forms.CharField(
                    max_length=2000, widget=forms.Textarea(attrs={"rows": 2}), **common
                )

    def answers(self) -> dict[str, object]:
        return {name[1:]: value for name, value in self.cleaned_data.items()}


class SpeakerForm(forms.ModelForm):
    member = forms.CharField(
        label=_("Member's handle (optional)"),
        required=False,
        max_length=60,
        help_text=_("For a speaker with a profile here, e.g. amina-mussa."),
    )
    photo_upload = speaker_photo_field(required=False)

    class Meta:
        model = Speaker
        fields = ["name", "member", "affiliation", "bio", "photo_upload"]
        widgets = {"bio": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].required = False

    def clean_member(self):
        from creativetracks.profiles.models import Profile

        handle = self.cleaned_data["member"].strip().lstrip("@")
        if not handle:
            return None
        profile = Profile.objects.select_related("user").filter(handle=handle).first()
        if profile is None:
            raise ValidationError(_("No member has this handle."))
        return profile.user

    def clean(self):
        data = super().clean()
        if not data.get("name") and not data.get("member"):
            self.add_error("name", _("Give the speaker a name, or a member's handle."))
        return data


class SessionForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    start = LocalDateTimeField(label=_("Starts"), help_text=_("In the event's time zone."))
    end = LocalDateTimeField(label=_("Ends"), help_text=_("In the event's time zone."))
    room = forms.CharField(label=_("Room"), max_length=120, required=False)
    track = forms.CharField(label=_("Track"), max_length=120, required=False)
    description = forms.CharField(
        label=_("Description"),
        max_length=5000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    speakers = forms.ModelMultipleChoiceField(
        label=_("Speakers"),
        queryset=Speaker.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, event: Event, **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event
        self.fields["speakers"].queryset = Speaker.objects.filter(event=event)

    def clean(self):
        data = super().clean()
        zone = self.event.zone
        for name in ("start", "end"):
            if data.get(name) is not None:
                data[name] = _in_zone(data[name], zone)
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            self.add_error("end", _("The session must end after it starts."))
        return data


class QuestionForm(forms.ModelForm):
    choices_text = forms.CharField(
        label=_("Choices"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One a line, for a question with choices."),
    )

    class Meta:
        model = Question
        fields = ["label", "kind", "choices_text", "required"]

    def clean(self):
        data = super().clean()
        choices = [line.strip()[:200] for line in data.get("choices_text", "").splitlines()]
        data["choices"] = list(dict.fromkeys(c for c in choices if c))[:30]
        if data.get("kind") in (Question.Kind.SINGLE, Question.Kind.MULTIPLE) and (
            len(data["choices"]) < 2
        ):
            self.add_error("choices_text", _("Give at least two choices, one a line."))
        return data


class MessageForm(forms.Form):
    subject = forms.CharField(label=_("Subject"), max_length=200)
    body = forms.CharField(
        label=_("Message"),
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Markdown is supported."),
    )
    include_waitlist = forms.BooleanField(label=_("Also send to the waitlist"), required=False)


class CheckInForm(forms.Form):
    code = forms.CharField(
        label=_("Ticket code"),
        max_length=100,
        widget=forms.TextInput(attrs={"autofocus": True, "autocomplete": "off"}),
        help_text=_("Scan the QR code or type the code printed on the ticket."),
    )


class CoverForm(forms.Form):
    """A new cover on its own, checked like the event form's (type, size, pixels)."""

    cover = cover_field(required=True)


class SpeakerPhotoForm(forms.Form):
    """A speaker's photo on its own, checked like the speaker form's."""

    photo = speaker_photo_field(required=True)
