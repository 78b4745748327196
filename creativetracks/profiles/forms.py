from datetime import date

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from taggit.forms import TagField

from creativetracks.core import taxonomy
from creativetracks.core.images import process_image

from .models import Organisation, OrganisationMembership, PortfolioItem, Profile

MAX_SKILLS = 20
MAX_SOCIAL_LINKS = 8


class ProfileBasicsForm(forms.ModelForm):
    languages = forms.MultipleChoiceField(
        label=_("Languages you speak"),
        choices=taxonomy.LANGUAGES,
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )
    nationalities = forms.MultipleChoiceField(
        label=_("Nationalities"),
        choices=list(countries),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 6}),
        help_text=_("Used to tell which opportunities you are eligible for."),
    )
    date_of_birth = forms.DateField(
        label=_("Date of birth"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_(
            "Private: never shown to anyone. Used only to check opportunities' age limits."
        ),
    )

    class Meta:
        model = Profile
        fields = [
            "display_name",
            "headline",
            "bio",
            "country",
            "city",
            "languages",
            "career_stage",
            "nationalities",
            "date_of_birth",
        ]
        widgets = {"bio": forms.Textarea(attrs={"rows": 8})}

    def clean_date_of_birth(self):
        born = self.cleaned_data.get("date_of_birth")
        if born and not (date(1900, 1, 1) <= born <= date.today()):
            raise ValidationError(_("Enter your real date of birth."))
        return born


class ProfileWorkForm(forms.ModelForm):
    sectors = forms.MultipleChoiceField(
        label=_("Sectors you work in"),
        choices=taxonomy.SECTORS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    skills = TagField(
        label=_("Skills"),
        required=False,
        help_text=_("Separate skills with commas, e.g. screen printing, motion graphics."),
    )

    class Meta:
        model = Profile
        fields = ["sectors"]

    def clean_skills(self):
        skills = [s.strip()[:60] for s in self.cleaned_data["skills"] if s.strip()]
        if len(skills) > MAX_SKILLS:
            raise ValidationError(_("List at most %(n)d skills.") % {"n": MAX_SKILLS})
        return skills


class ProfileExchangeForm(forms.ModelForm):
    offer_categories = forms.MultipleChoiceField(
        label=_("I offer"),
        choices=taxonomy.EXCHANGE_CATEGORIES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    need_categories = forms.MultipleChoiceField(
        label=_("I'm looking for"),
        choices=taxonomy.EXCHANGE_CATEGORIES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Profile
        fields = ["offers_text", "offer_categories", "needs_text", "need_categories"]
        widgets = {
            "offers_text": forms.Textarea(attrs={"rows": 3}),
            "needs_text": forms.Textarea(attrs={"rows": 3}),
        }


def website_field(label=None) -> forms.URLField:
    return forms.URLField(
        label=label or _("Website"), required=False, assume_scheme="https", max_length=200
    )


class ProfileLinksForm(forms.ModelForm):
    website = website_field()
    social_links = forms.CharField(
        label=_("Social links"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One address per line, starting with https://"),
    )

    class Meta:
        model = Profile
        fields = ["website", "social_links"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance and not self.is_bound:
            self.initial["social_links"] = "\n".join(self.instance.social_links)

    def clean_social_links(self):
        lines = [
            line.strip() for line in self.cleaned_data["social_links"].splitlines() if line.strip()
        ]
        if len(lines) > MAX_SOCIAL_LINKS:
            raise ValidationError(_("Add at most %(n)d links.") % {"n": MAX_SOCIAL_LINKS})
        validate = URLValidator(schemes=["http", "https"])
        for line in lines:
            try:
                validate(line)
            except ValidationError:
                raise ValidationError(
                    _("“%(link)s” is not a web address starting with https://")
                    % {"link": line[:80]}
                ) from None
        return lines


class ProfilePrivacyForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["visibility", "contact_visibility"]
        widgets = {"visibility": forms.RadioSelect, "contact_visibility": forms.RadioSelect}


PROFILE_SECTION_FORMS = {
    "basics": (ProfileBasicsForm, _("About you")),
    "work": (ProfileWorkForm, _("Sectors and skills")),
    "exchange": (ProfileExchangeForm, _("Offers and needs")),
    "links": (ProfileLinksForm, _("Links")),
    "privacy": (ProfilePrivacyForm, _("Privacy")),
}


class ImageUploadField(forms.FileField):
    """A file checked as an image by core.images (the processing happens in the service)."""

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if upload and hasattr(upload, "read"):
            process_image(upload, name="check")  # raises ValidationError with the reason
            upload.seek(0)
        return upload


class PhotoForm(forms.Form):
    photo = ImageUploadField(label=_("Photo"), help_text=_("JPEG, PNG, WebP or GIF, up to 8 MB."))


class PortfolioItemForm(forms.ModelForm):
    link = website_field(_("Link"))
    image = ImageUploadField(
        label=_("Image"), required=False, help_text=_("JPEG, PNG, WebP or GIF, up to 8 MB.")
    )

    class Meta:
        model = PortfolioItem
        fields = ["title", "description", "year", "sector", "link"]
        widgets = {"description": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].widget.attrs.update(min=1900, max=2100)

    def clean_year(self):
        year = self.cleaned_data.get("year")
        if year is not None and not 1900 <= year <= 2100:
            raise ValidationError(_("Enter a year between 1900 and 2100."))
        return year

    def clean(self):
        cleaned = super().clean()
        if (
            not cleaned.get("image")
            and not cleaned.get("link")
            and not (self.instance.pk and self.instance.image)
        ):
            raise ValidationError(_("Add an image, a link, or both."))
        return cleaned


class OrganisationForm(forms.ModelForm):
    sectors = forms.MultipleChoiceField(
        label=_("Sectors"),
        choices=taxonomy.SECTORS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    logo_upload = ImageUploadField(label=_("Logo"), required=False)
    website = website_field()

    class Meta:
        model = Organisation
        fields = ["name", "kind", "country", "city", "sectors", "description", "website"]
        widgets = {"description": forms.Textarea(attrs={"rows": 6})}


class OrganisationMemberForm(forms.Form):
    email = forms.EmailField(label=_("Member's email address"))
    role = forms.ChoiceField(label=_("Role"), choices=OrganisationMembership.Role.choices)
    title = forms.CharField(label=_("Job title"), max_length=120, required=False)

    def clean_email(self):
        from django.contrib.auth import get_user_model

        email = self.cleaned_data["email"].lower()
        user = get_user_model().objects.filter(email=email, is_active=True).first()
        if user is None:
            raise ValidationError(_("No member has this email address. Ask them to join first."))
        self.member = user
        return email
