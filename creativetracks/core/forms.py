"""The site's form rendering: every field names its help and its errors as its
description, radio and checkbox groups included."""

from django.forms.boundfield import BoundField
from django.forms.renderers import DjangoTemplates


class DescribedBoundField(BoundField):
    """Django leaves `aria-describedby` off widgets drawn as a group (radio buttons,
    multiple checkboxes), expecting a fieldset's legend to carry it; the site's field
    component has no fieldset, so each option of the group names the error itself, and a
    screen reader reads the error on whichever option has focus."""

    def build_widget_attrs(self, attrs, widget=None):
        attrs = super().build_widget_attrs(attrs, widget)
        if self.use_fieldset and not attrs.get("aria-describedby"):
            if described_by := self.aria_describedby:
                attrs["aria-describedby"] = described_by
        return attrs


class FormRenderer(DjangoTemplates):
    bound_field_class = DescribedBoundField
