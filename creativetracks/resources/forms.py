from pathlib import Path

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from creativetracks.core import taxonomy
from creativetracks.core.uploads import check_file_content, safe_filename

from .models import TOPICS, Resource

ALLOWED_EXTENSIONS = {
    ".pdf",
    ".docx",
    ".xlsx",
    ".pptx",
    ".odt",
    ".ods",
    ".odp",
    ".zip",
    ".mp3",
    ".epub",
    ".txt",
    ".csv",
}
MAX_FILE_BYTES = 2 * 1024 * 1024


class ResourceForm(forms.ModelForm):
    topics = forms.MultipleChoiceField(
        label=_("Topics"), choices=TOPICS, widget=forms.CheckboxSelectMultiple
    )
    sectors = forms.MultipleChoiceField(
        label=_("Sectors"),
        choices=taxonomy.SECTORS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    link = forms.URLField(label=_("Link"), required=False, max_length=500, assume_scheme="https")
    upload = forms.FileField(
        label=_("File"),
        required=False,
        help_text=_("PDF, office documents, EPUB, MP3 or ZIP, up to 2 MB. Or give a link."),
    )

    class Meta:
        model = Resource
        fields = ["kind", "title", "summary", "author", "language", "level", "link", "visibility"]
        widgets = {"summary": forms.Textarea(attrs={"rows": 8})}

    field_order = [
        "kind",
        "title",
        "summary",
        "author",
        "topics",
        "language",
        "level",
        "sectors",
        "link",
        "upload",
        "visibility",
    ]

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.instance.pk:
            self.initial.setdefault("language", taxonomy.content_language_for(user))
        if self.instance.pk and not self.is_bound:
            self.initial["topics"] = self.instance.topics
            self.initial["sectors"] = self.instance.sectors

    def clean_upload(self):
        upload = self.cleaned_data.get("upload")
        if not upload:
            return None
        if Path(upload.name).suffix.lower() not in ALLOWED_EXTENSIONS:
            raise ValidationError(
                _(
                    "This kind of file can't be added. Use PDF, an office document, EPUB, MP3 or ZIP."
                )
            )
        if upload.size > MAX_FILE_BYTES:
            raise ValidationError(_("The file is over 2 MB: share a link to it instead."))
        # By content, not only by name: a web page renamed .pdf or .txt is refused.
        check_file_content(upload)
        upload.name = safe_filename(upload.name)
        return upload

    def clean(self):
        data = super().clean()
        has_file = bool(data.get("upload")) or bool(self.instance.pk and self.instance.file)
        if not data.get("link") and not has_file:
            self.add_error("link", _("Give a link or add a file."))
        return data
