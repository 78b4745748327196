"""The site's form rendering (every field names its help and its errors as its
description, radio and checkbox groups included) and the fields every app shares."""

from django import forms
from django.forms.boundfield import BoundField
from django.forms.renderers import DjangoTemplates
from django.utils.translation import gettext_lazy as _

from .timezones import grouped_zone_choices, offered_zone_names, zone_named


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


class CompactSelect(forms.Select):
    """A select whose options are drawn in one line each and without per-option
    attributes: long lists (countries, time zones) weigh a third less and render faster."""

    template_name = "core/widgets/compact_select.html"


class CompactSelectMultiple(forms.SelectMultiple):
    template_name = CompactSelect.template_name


class TimeZoneSelect(CompactSelect):
    """The grouped zones, plus the current value when it is an alias the list leaves out,
    so saving a form never changes a zone nobody touched."""

    def optgroups(self, name, value, attrs=None):
        groups = super().optgroups(name, value, attrs)
        aliases = [v for v in value if v not in offered_zone_names() and zone_named(v)]
        if aliases:
            kept = self.create_option(name, aliases[0], aliases[0], True, 0, attrs=attrs)
            groups.insert(0, (None, [kept], 0))
        return groups


class TimeZoneField(forms.ChoiceField):
    """An IANA time zone: any real name is accepted, the list offers the canonical ones."""

    widget = TimeZoneSelect
    default_error_messages = {"invalid_choice": _("Choose a time zone from the list.")}

    def __init__(self, **kwargs):
        kwargs.setdefault("initial", "UTC")
        super().__init__(choices=grouped_zone_choices, **kwargs)

    def valid_value(self, value) -> bool:
        return zone_named(str(value)) is not None
