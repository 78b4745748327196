import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from creativetracks.profiles.models import Profile
from creativetracks.profiles.permissions import can_view_profile

from .attachments import prepare_attachment
from .models import MAX_PARTICIPANTS


class AttachmentField(forms.FileField):
    """An image or a PDF, checked here; the cleaned value is a PreparedAttachment."""

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if upload and hasattr(upload, "read"):
            return prepare_attachment(upload)
        return None


class MessageForm(forms.Form):
    body = forms.CharField(
        label=_("Message"),
        max_length=5000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("**bold**, *italic*, `code` and links work."),
    )
    attachment = AttachmentField(
        label=_("Attach a file"),
        required=False,
        help_text=_("An image (JPEG, PNG, WebP or GIF, up to 8 MB) or a PDF (up to 10 MB)."),
    )

    def clean(self):
        cleaned = super().clean()
        if (
            not self.errors
            and not (cleaned.get("body") or "").strip()
            and not cleaned.get("attachment")
        ):
            raise ValidationError(_("Write a message or attach a file."))
        return cleaned


class NewConversationForm(MessageForm):
    to = forms.CharField(
        label=_("To"),
        max_length=1000,
        help_text=_("Profile handles, separated by commas: amina-mussa, joao-ferreira."),
    )
    title = forms.CharField(
        label=_("Title (for a group)"),
        max_length=120,
        required=False,
    )
    field_order = ["to", "title", "body", "attachment"]

    def __init__(self, *args, sender, **kwargs):
        super().__init__(*args, **kwargs)
        self.sender = sender
        self.recipients = []

    def clean_to(self):
        handles = [
            h.lower() for h in re.split(r"[\s,;]+", self.cleaned_data["to"].replace("@", "")) if h
        ]
        handles = list(dict.fromkeys(h for h in handles if h != self.sender.profile.handle))
        if not handles:
            raise ValidationError(_("Say who the message is for."))
        if len(handles) > MAX_PARTICIPANTS - 1:
            raise ValidationError(
                _("A conversation has at most %(n)d people.") % {"n": MAX_PARTICIPANTS}
            )
        profiles = {
            p.handle: p
            for p in Profile.objects.select_related("user").filter(
                handle__in=handles, user__is_active=True
            )
        }
        unknown = [
            h
            for h in handles
            if h not in profiles or not can_view_profile(self.sender, profiles[h])
        ]
        if unknown:
            raise ValidationError(
                _("No member has the handle %(handles)s.") % {"handles": ", ".join(unknown)}
            )
        self.recipients = [profiles[h].user for h in handles]
        return ", ".join(handles)
