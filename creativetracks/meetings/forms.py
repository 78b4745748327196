from django import forms
from django.utils.translation import gettext_lazy as _

from creativetracks.core import taxonomy
from creativetracks.events.forms import LocalDateTimeField, _in_zone, _local

from .models import Matchmaking, MeetingRequest, Slot
from .services.schedule import MAX_TIME_LIMIT


class MatchmakingForm(forms.ModelForm):
    meeting_minutes = forms.IntegerField(
        label=_("Meeting length (minutes)"), min_value=5, max_value=240, initial=20
    )
    max_meetings = forms.IntegerField(
        label=_("Maximum meetings per participant"), min_value=1, max_value=50, initial=8
    )
    requests_close = LocalDateTimeField(
        label=_("Requests close"),
        required=False,
        help_text=_("In the event's time zone. Empty: when the event starts."),
    )

    class Meta:
        model = Matchmaking
        fields = ["is_open", "meeting_minutes", "max_meetings", "requests_close"]

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event
        if self.instance.pk and not self.is_bound:
            self.initial["requests_close"] = _local(self.instance.requests_close, event.zone)

    def clean(self):
        data = super().clean()
        data["requests_close"] = _in_zone(data.get("requests_close"), self.event.zone)
        return data


class WindowForm(forms.Form):
    start = LocalDateTimeField(label=_("From"), help_text=_("In the event's time zone."))
    end = LocalDateTimeField(label=_("Until"), help_text=_("In the event's time zone."))

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event

    def clean(self):
        data = super().clean()
        for name in ("start", "end"):
            if data.get(name) is not None:
                data[name] = _in_zone(data[name], self.event.zone)
        if data.get("start") and data.get("end") and data["end"] <= data["start"]:
            self.add_error("end", _("The window must end after it starts."))
        return data


class TableForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=80)
    capacity = forms.IntegerField(
        label=_("Meetings at the same time"), min_value=1, max_value=100, initial=1
    )
    online = forms.BooleanField(label=_("Online room"), required=False)


class NumberedTablesForm(forms.Form):
    count = forms.IntegerField(label=_("How many tables"), min_value=1, max_value=500)
    capacity = forms.IntegerField(
        label=_("Meetings at the same time at each"), min_value=1, max_value=100, initial=1
    )


class EntryForm(forms.Form):
    pitch = forms.CharField(
        label=_("What I'd like to talk about"),
        max_length=600,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    offers = forms.MultipleChoiceField(
        label=_("I offer"),
        choices=taxonomy.EXCHANGE_CATEGORIES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    seeks = forms.MultipleChoiceField(
        label=_("I'm looking for"),
        choices=taxonomy.EXCHANGE_CATEGORIES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    sectors = forms.MultipleChoiceField(
        label=_("Sectors"),
        choices=taxonomy.SECTORS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages I can meet in"),
        choices=taxonomy.LANGUAGES,
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 6}),
    )

    def clean(self):
        data = super().clean()
        if not data.get("offers") and not data.get("seeks"):
            raise forms.ValidationError(
                _("Choose at least one thing you offer or look for, so others can find you.")
            )
        return data


class MarketFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), max_length=100, required=False)
    offers = forms.ChoiceField(
        label=_("Offers"),
        choices=[("", _("Anything"))] + taxonomy.EXCHANGE_CATEGORIES,
        required=False,
    )
    seeks = forms.ChoiceField(
        label=_("Looks for"),
        choices=[("", _("Anything"))] + taxonomy.EXCHANGE_CATEGORIES,
        required=False,
    )
    sector = forms.ChoiceField(
        label=_("Sector"), choices=[("", _("Any sector"))] + taxonomy.SECTORS, required=False
    )
    language = forms.ChoiceField(
        label=_("Language"),
        choices=[("", _("Any language"))] + taxonomy.LANGUAGES,
        required=False,
    )


class RequestForm(forms.Form):
    message = forms.CharField(
        label=_("Message"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Say why you'd like to meet."),
    )
    priority = forms.TypedChoiceField(
        label=_("How much do you want this meeting?"),
        choices=MeetingRequest.Priority.choices,
        coerce=int,
        initial=MeetingRequest.Priority.HAPPY,
        widget=forms.RadioSelect,
    )


class AnswerForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Your answer"),
        choices=[("accept", _("Accept")), ("decline", _("Decline"))],
        widget=forms.RadioSelect,
    )
    priority = forms.TypedChoiceField(
        label=_("If you accept: how much do you want this meeting?"),
        choices=MeetingRequest.Priority.choices,
        coerce=int,
        initial=MeetingRequest.Priority.HAPPY,
        required=False,
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("If you decline: a reason (optional, shown to them)"),
        max_length=300,
        required=False,
    )


class CancelForm(forms.Form):
    reason = forms.CharField(label=_("Reason (optional)"), max_length=300, required=False)


class SlotChoiceField(forms.ModelChoiceField):
    """Slots in the event's zone, and in the viewer's too when it is another clock."""

    def __init__(self, *args, zone, viewer=None, **kwargs):
        self.zone, self.viewer = zone, viewer
        super().__init__(*args, **kwargs)

    def label_from_instance(self, slot: Slot) -> str:
        start, end = slot.start.astimezone(self.zone), slot.end.astimezone(self.zone)
        label = f"{start:%a %d %b, %H:%M}–{end:%H:%M}"
        if self.viewer is None:
            return label
        mine, mine_end = slot.start.astimezone(self.viewer), slot.end.astimezone(self.viewer)
        if mine.utcoffset() == start.utcoffset():
            return label
        yours = f"{mine:%H:%M}–{mine_end:%H:%M}"
        if mine.date() != start.date():
            yours = f"{mine:%a %d %b, %H:%M}–{mine_end:%H:%M}"
        return _("%(time)s (%(yours)s your time)") % {"time": label, "yours": yours}


class BookForm(forms.Form):
    def __init__(self, *args, slots: list[Slot], zone, viewer=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["slot"] = SlotChoiceField(
            label=_("Choose a time free for both of you"),
            queryset=Slot.objects.filter(pk__in=[s.pk for s in slots]).order_by("start"),
            zone=zone,
            viewer=viewer,
            widget=forms.RadioSelect,
            empty_label=None,
            error_messages={"invalid_choice": _("This time is no longer free: choose another.")},
        )


class AvailabilityForm(forms.Form):
    def __init__(self, *args, slots: list[Slot], zone, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unavailable"] = forms.ModelMultipleChoiceField(
            label=_("Times I can't meet"),
            queryset=Slot.objects.filter(pk__in=[s.pk for s in slots]).order_by("start"),
            required=False,
            widget=forms.CheckboxSelectMultiple,
        )
        self.fields["unavailable"].label_from_instance = SlotChoiceField(
            queryset=Slot.objects.none(), zone=zone
        ).label_from_instance


class RunForm(forms.Form):
    weighted = forms.BooleanField(
        label=_("Favour 'must meet' requests"), required=False, initial=True
    )
    time_limit = forms.IntegerField(
        label=_("Time limit (seconds)"), min_value=1, max_value=MAX_TIME_LIMIT, initial=20
    )


YES_NO = [("yes", _("Yes")), ("no", _("No"))]


class FeedbackForm(forms.Form):
    happened = forms.ChoiceField(
        label=_("Did the meeting take place?"), choices=YES_NO, widget=forms.RadioSelect
    )
    useful = forms.ChoiceField(
        label=_("Was it useful?"), choices=YES_NO, widget=forms.RadioSelect, required=False
    )
    follow_up = forms.ChoiceField(
        label=_("Do you plan to follow up?"),
        choices=YES_NO,
        widget=forms.RadioSelect,
        required=False,
    )
    comment = forms.CharField(
        label=_("Anything the organisers should know (optional)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean(self):
        data = super().clean()
        for name in ("happened", "useful", "follow_up"):
            value = data.get(name)
            data[name] = None if not value else value == "yes"
        return data
