from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from creativetracks.core import taxonomy
from creativetracks.core.forms import CompactSelectMultiple
from creativetracks.profiles.forms import ImageUploadField, website_field
from creativetracks.profiles.models import Organisation

from .importing import MAX_BYTES, MAX_ROWS
from .models import Network, NetworkMembership, Reply, Thread

MAX_COUNTRIES = 60


class NetworkForm(forms.ModelForm):
    sectors = forms.MultipleChoiceField(
        label=_("Sectors"),
        choices=taxonomy.SECTORS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    countries = forms.MultipleChoiceField(
        label=_("Countries the network covers"),
        choices=lambda: list(countries),
        required=False,
        widget=CompactSelectMultiple(attrs={"size": 10}),
        help_text=_("Hold Ctrl (or ⌘) to choose several. The regions follow from the countries."),
    )
    logo_upload = ImageUploadField(
        label=_("Logo"), required=False, help_text=_("JPEG, PNG, WebP or GIF, up to 8 MB.")
    )
    website = website_field()

    class Meta:
        model = Network
        fields = [
            "name",
            "description",
            "logo_upload",
            "sectors",
            "countries",
            "website",
            "join_policy",
            "listing",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 8}),
            "join_policy": forms.RadioSelect,
            "listing": forms.RadioSelect,
        }

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if not any(ch.isalnum() for ch in name):
            raise ValidationError(_("Give the network a name with letters or numbers."))
        return name

    def clean_countries(self):
        chosen = self.cleaned_data["countries"]
        if len(chosen) > MAX_COUNTRIES:
            raise ValidationError(_("Choose at most %(n)d countries.") % {"n": MAX_COUNTRIES})
        return chosen


class JoinForm(forms.Form):
    message = forms.CharField(
        label=_("A word to the admins (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Say who you are and why you would like to join."),
    )


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("approve", _("Approve")), ("decline", _("Decline"))])
    response = forms.CharField(
        label=_("Message to the applicant (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class RoleForm(forms.Form):
    role = forms.ChoiceField(
        label=_("Role"),
        choices=[
            (NetworkMembership.Role.ADMIN, _("Admin")),
            (NetworkMembership.Role.MEMBER, _("Member")),
        ],
    )


class InvitationForm(forms.Form):
    email = forms.EmailField(label=_("Email address"), max_length=254)
    name = forms.CharField(label=_("Name (optional)"), required=False, max_length=200)
    note = forms.CharField(
        label=_("A personal note (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "Columns: name, email, country and, optionally, sectors (separated by “;”). "
            "At most %(rows)s rows and %(mb)d MB."
        )
        % {"rows": f"{MAX_ROWS:,}", "mb": MAX_BYTES // 1024 // 1024},
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise ValidationError(
                _("This file is %(size).1f MB; the limit is %(limit)d MB.")
                % {"size": upload.size / 1024 / 1024, "limit": MAX_BYTES // 1024 // 1024}
            )
        return upload


class OrganisationForm(forms.Form):
    organisation = forms.CharField(
        label=_("Organisation"),
        max_length=300,
        help_text=_("Its name, or the address of its page (…/organisations/its-name/)."),
    )

    def clean_organisation(self):
        text = self.cleaned_data["organisation"].strip()
        slug = text.rstrip("/").rsplit("/", 1)[-1]
        found = (
            Organisation.objects.filter(slug=slug).first()
            or Organisation.objects.filter(name__iexact=text).first()
        )
        if found is None:
            raise ValidationError(
                _("No organisation page matches “%(text)s”.") % {"text": text[:80]}
            )
        return found


class ThreadForm(forms.ModelForm):
    class Meta:
        model = Thread
        fields = ["title", "body", "language"]
        widgets = {"body": forms.Textarea(attrs={"rows": 8})}
        help_texts = {"language": _("The language you write in, so readers can find it.")}

    def __init__(self, *args, author=None, **kwargs):
        super().__init__(*args, **kwargs)
        # A new discussion starts in its author's interface language; a form sent
        # without a language (older API clients) keeps that default too.
        self.default_language = (
            self.instance.language if self.instance.pk else taxonomy.content_language_for(author)
        )
        self.fields["language"].required = False
        self.initial.setdefault("language", self.default_language)

    def clean_language(self):
        return self.cleaned_data.get("language") or self.default_language

    def clean_title(self):
        title = " ".join(self.cleaned_data["title"].split())
        if not title:
            raise ValidationError(_("Give the discussion a title."))
        return title

    def clean_body(self):
        body = self.cleaned_data["body"]
        if not body.strip():
            raise ValidationError(_("Write a message."))
        return body


class ReplyForm(forms.ModelForm):
    class Meta:
        model = Reply
        fields = ["body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 5})}

    def clean_body(self):
        body = self.cleaned_data["body"]
        if not body.strip():
            raise ValidationError(_("Write a reply."))
        return body
